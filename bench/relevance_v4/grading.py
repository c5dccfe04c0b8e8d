"""Grades for relevance_v4, by the rules fixed in WORLD.md section 2 (written before the data).

grades_for(query, vacancies) -> {external_ref: 0..3}. Reads the query's intent, the vacancies'
structured fields and the hidden truth (HIDDEN_FIELDS), never the title or description text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from catalogue import KINDS  # noqa: E402

HIDDEN_FIELDS = ("job_kind", "family", "pay_cycle", "schedule", "true_benefits", "true_groups",
                 "public_welfare", "county_town", "writing_style", "trap")

EDU_RANK = {"none": 0, "junior_middle": 1, "senior_high": 2, "associate": 3, "bachelor": 4, "master": 5, "doctorate": 6}
PART_TIME_TYPES = {"part_time", "flexible", "temporary"}
PART_TIME_SCHEDULES = {"flexible", "flex", "half", "wknd", "weekend"}
DAY_SCHEDULES = {"day", "long", "half", "flex", "wknd"}
HARD, SOFT, MET = "hard", "soft", "met"


def job_part(intent: dict, v: dict) -> int:
    kinds = intent.get("kinds") or []
    families = intent.get("families") or []
    if not kinds and not families:
        return 3
    kind = v["job_kind"]
    if kind in kinds or v["family"] in families:
        return 3
    near = set(intent.get("also") or [])
    for k in kinds:
        if k in KINDS:
            near.update(KINDS[k]["near"])
    if kind in near:
        return 2
    asked_families = {KINDS[k]["family"] for k in kinds if k in KINDS}
    if v["family"] in asked_families:
        return 1
    return 0


def place_cap(intent: dict, v: dict) -> int:
    prefixes = intent.get("region") or []
    if not prefixes:
        return 3
    code = v["region_code"]
    if any(code.startswith(p) for p in prefixes):
        return 3
    if any(len(p) == 6 and code[:4] == p[:4] for p in prefixes):
        return 2
    return 0


def _check(key: str, val, v: dict) -> str:
    """MET, SOFT (a soft miss) or HARD (a hard miss) for one condition."""
    tb = set(v["true_benefits"])
    tg = set(v["true_groups"])
    part_time_ok = v["employment_type"] in PART_TIME_TYPES or v["schedule"] in PART_TIME_SCHEDULES
    if key == "daily_pay":
        return MET if v["pay_cycle"] == "daily" else HARD
    if key == "hourly":
        return MET if v["pay_cycle"] in ("hourly", "daily") else SOFT
    if key == "part_time":
        return MET if part_time_ok else HARD
    if key == "weekend":
        return MET if v["schedule"] == "wknd" or (part_time_ok and v["schedule"] == "flex") else HARD
    if key == "min_salary":
        if v["salary_max"] >= val:
            return MET
        return SOFT if v["salary_max"] >= 0.8 * val else HARD
    if key == "max_education":
        return MET if EDU_RANK[v["education_min"] or "none"] <= EDU_RANK[val] else HARD
    if key == "board":
        return MET if "room_and_board" in tb else SOFT
    if key == "housing":
        return MET if tb & {"room_and_board", "housing"} else SOFT
    if key == "meals":
        return MET if tb & {"room_and_board", "meals"} else SOFT
    if key == "insurance":
        ok = {"social_insurance_housing_fund"} if val == "fund" else {"social_insurance_housing_fund", "social_insurance"}
        return MET if tb & ok else SOFT
    if key == "weekends_off":
        return MET if "weekends_off" in tb else SOFT
    if key == "no_night":
        return MET if v["schedule"] in DAY_SCHEDULES else SOFT
    if key == "group":
        ok = val in tg or (val == "graduate" and v["employment_type"] == "internship")
        return MET if ok else (HARD if val == "disabled" else SOFT)
    if key == "no_experience":
        return MET if not v["experience_min_years"] else SOFT
    if key == "public_welfare":
        return MET if v["public_welfare"] else HARD
    raise ValueError(f"unknown condition {key}")


def grade_one(intent: dict, v: dict) -> int:
    g = job_part(intent, v)
    if g == 0:
        return 0
    g = min(g, place_cap(intent, v))
    if g == 0:
        return 0
    cond = intent.get("cond") or {}
    if not cond:
        return g
    results = [_check(k, val, v) for k, val in cond.items()]
    job_named = bool(intent.get("kinds") or intent.get("families"))
    hard = results.count(HARD)
    soft = results.count(SOFT)
    if not job_named and not intent.get("region"):
        # condition-only query: 3 when all met, 2 with one soft miss (only if there are other conditions met)
        if hard or soft > 1:
            return 0
        if soft == 1:
            return 2 if len(results) > 1 else 0
        return 3
    if hard:
        return 0 if not job_named else min(g, 1)
    if soft == 1:
        return min(g, 2)
    if soft > 1:
        return min(g, 1)
    return g


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    intent = query["intent"]
    return {v["external_ref"]: grade_one(intent, v) for v in vacancies}
