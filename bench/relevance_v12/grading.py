"""Grades for relevance_v12, implementing WORLD.md §2 on the hidden ground-truth fields only."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue import KINDS, NEIGHBOURS, PLACES, related  # noqa: E402

EDU = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]


def _job(intent: dict, v: dict) -> int:
    kind = v["job_kind"]
    asked = [k for k in intent["job"] if k in KINDS]
    if kind in asked:
        return 3
    if kind in intent.get("subs", []):
        return 2
    if any(kind in related(k) for k in asked):
        return 1
    return 0


def _is_urban_district(code: str) -> bool:
    return len(code) == 6 and PLACES.get(code, "").endswith("区")


def _place_one(asked: str, region: str) -> int:
    if region.startswith(asked):
        return 3
    if len(asked) == 6:
        if _is_urban_district(asked) and region in NEIGHBOURS.get(asked, []):
            return 2
        return 1 if region[:4] == asked[:4] else 0
    if len(asked) == 4:
        return 1 if region[:2] == asked[:2] else 0
    return 0


def _place(intent: dict, v: dict) -> int:
    return max((_place_one(a, v["region_code"]) for a in intent["place"]), default=0)


def _cond(c: list, v: dict) -> int:
    name = c[0]
    arg = c[1] if len(c) > 1 else None
    if name == "pay_min":
        return 3 if v["true_pay_min"] >= arg else 2 if v["true_pay_max"] >= arg else 0
    if name == "pay_cycle":
        loose = {"daily": "weekly", "weekly": "daily"}[arg]
        return 3 if v["true_pay_cycle"] == arg else 2 if v["true_pay_cycle"] == loose else 0
    if name == "type":
        loose = {"part_time": {"flexible", "temporary"}, "temporary": {"part_time", "flexible"}}.get(arg, set())
        return 3 if v["true_type"] == arg else 2 if v["true_type"] in loose else 0
    if name == "edu":
        have, need = EDU.index(arg), EDU.index(v["true_edu"])
        return 3 if need == have else 2 if need < have else 0
    if name == "no_exp":
        return 3 if v["true_exp"] == 0 else 2 if v["true_exp"] == 1 else 0
    if name == "group":
        if arg in v["true_groups"]:
            return 3
        if arg == "graduate" and (v["true_type"] == "internship"
                                  or (EDU.index(v["true_edu"]) >= EDU.index("associate") and v["true_exp"] == 0)):
            return 2
        return 0
    if name == "perk":
        perks = set(v["perks"])
        if arg == "room_and_board":
            return 3 if arg in perks else 2 if perks & {"meals", "housing"} else 0
        if arg == "housing":
            return 3 if perks & {"housing", "room_and_board"} else 0
        if arg == "meals":
            return 3 if perks & {"meals", "room_and_board"} else 0
        if arg == "social_insurance_housing_fund":
            return 3 if arg in perks else 2 if "social_insurance" in perks else 0
        if arg == "social_insurance":
            return 3 if perks & {"social_insurance", "social_insurance_housing_fund"} else 0
        return 3 if arg in perks else 0
    if name == "schedule":
        loose = {"day": {"flexible"}, "evening": {"flexible"}, "weekend": {"flexible"},
                 "flexible": {"evening", "weekend"}}.get(arg, set())
        return 3 if v["schedule"] == arg else 2 if v["schedule"] in loose else 0
    if name == "age":
        return 3 if v["age_max"] >= arg else 2 if v["age_max"] >= arg - 5 else 0
    raise ValueError(f"unknown condition {c!r}")


def grade(intent: dict, v: dict) -> int:
    parts = []
    if "job" in intent:
        parts.append(_job(intent, v))
    if "place" in intent:
        parts.append(_place(intent, v))
    if intent.get("conds"):
        parts.append(min(_cond(c, v) for c in intent["conds"]))
    return min(parts) if parts else 0


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    out = {}
    for v in vacancies:
        g = grade(query["intent"], v)
        if g > 0:
            out[v["external_ref"]] = g
    return out
