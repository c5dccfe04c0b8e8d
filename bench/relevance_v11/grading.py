"""Grades for relevance_v11, implementing WORLD.md section 2 from the hidden `gt` fields only."""

# ruff: noqa: E501  (data tables read better one entry per line, as for bench/*.py)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogue as cat  # noqa: E402

EDU_ORDER = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]


def job_grade(intent: dict, gt: dict) -> int | None:
    kinds = intent.get("kinds")
    family = intent.get("family")
    if not kinds and not family:
        return None
    vk = set(gt["kinds"])
    asked = {k for k, v in cat.KINDS.items() if v["family"] == family} if family else set(kinds)
    if vk & asked:
        return 3
    if vk & set(intent.get("subs", [])):
        return 2
    known = {k for k in asked if k in cat.KINDS}
    rel = set().union(*(cat.related(k) for k in known)) if known else set()
    fams = {cat.family_of(k) for k in known}
    if vk & rel or any(cat.family_of(k) in fams for k in vk):
        return 1
    return 0


def place_grade(intent: dict, gt: dict) -> int | None:
    place = intent.get("place")
    if not place:
        return None
    code, level, region = place["code"], place["level"], gt["region"]
    if level == "province":
        return 3 if region.startswith(code[:2]) else 0
    if level == "prefecture":
        if region.startswith(code):
            return 3
        return 1 if region[:2] == code[:2] else 0
    if level == "district":
        if region == code:
            return 3
        if region in cat.NEIGHBOURS.get(code, []):
            return 2
        return 1 if region[:4] == code[:4] else 0
    if level == "county":
        if region == code:
            return 3
        return 1 if region[:4] == code[:4] else 0
    if level == "town":
        if region == code and gt.get("town") == place["town"]:
            return 3
        return 1 if region[:4] == code[:4] else 0
    raise ValueError(level)


def _overlap(lo: int, hi: int, a: float, b: float) -> bool:
    return lo <= b and hi >= a


def cond_grade(c: dict, gt: dict) -> int:
    kind = c["c"]
    perks = set(gt["perks"])
    pmin, pmax = gt["pay_min"], gt["pay_max"]
    if kind == "pay_min":
        x = c["x"]
        return 3 if pmin >= x else 2 if pmax >= x else 0
    if kind == "pay_about":
        x = c["x"]
        return 3 if _overlap(pmin, pmax, 0.9 * x, 1.1 * x) else 2 if _overlap(pmin, pmax, 0.75 * x, 1.25 * x) else 0
    if kind == "pay_range":
        a, b = c["a"], c["b"]
        if _overlap(pmin, pmax, a, b) and a <= (pmin + pmax) / 2 <= b:
            return 3
        return 2 if _overlap(pmin, pmax, 0.85 * a, 1.15 * b) else 0
    if kind == "day_wage":
        d = c["x"]
        if gt["pay_cycle"] == "day":
            return 3 if gt["day_wage"] >= d else 2 if gt["day_wage"] >= 0.85 * d else 0
        return 2 if gt["pay_cycle"] == "month" and pmax >= 26 * d else 0
    if kind == "hour_wage":
        h, hw = c["x"], gt.get("hour_wage")
        if gt["pay_cycle"] != "hour" or hw is None:
            return 0
        return 3 if hw >= h else 2 if hw >= 0.85 * h else 0
    if kind == "daily_pay":
        return 3 if gt["pay_cycle"] == "day" else 2 if "weekly_pay" in perks else 0
    if kind == "room_and_board":
        if "room_and_board" in perks or {"meals", "housing"} <= perks:
            return 3
        return 2 if perks & {"meals", "housing"} else 0
    if kind == "housing":
        return 3 if perks & {"housing", "room_and_board"} else 2 if "housing_allowance" in perks else 0
    if kind == "meals":
        return 3 if perks & {"meals", "room_and_board"} else 2 if "meal_allowance" in perks else 0
    if kind == "five_one":
        if {"social_insurance", "housing_fund"} <= perks:
            return 3
        return 2 if "social_insurance" in perks else 0
    if kind == "insurance":
        return 3 if "social_insurance" in perks else 0
    if kind in ("shuttle", "transport"):
        other = "transport" if kind == "shuttle" else "shuttle"
        return 3 if kind in perks else 2 if other in perks else 0
    if kind in ("year_end_bonus", "paid_leave", "training"):
        return 3 if kind in perks else 0
    if kind == "weekends_off":
        return 3 if "weekends_off" in perks else 2 if "alternate_weekends" in perks else 0
    if kind == "day_shift":
        return 3 if gt["shift"] == "day" else 2 if gt["shift"] == "flexible" else 0
    if kind == "night_shift":
        return 3 if gt["shift"] == "night" else 2 if gt["shift"] == "two_shift" else 0
    if kind == "part_time":
        return 3 if gt["etype"] == "part_time" else 2 if gt["etype"] in ("flexible", "temporary") else 0
    if kind == "temporary":
        return 3 if gt["etype"] == "temporary" else 2 if gt["etype"] in ("flexible", "part_time") else 0
    if kind == "full_time":
        return 3 if gt["etype"] == "full_time" else 0
    if kind == "internship":
        if gt["etype"] == "internship":
            return 3
        return 2 if gt["etype"] == "full_time" and "graduate" in gt["groups"] else 0
    if kind == "edu_is":
        e, v = EDU_ORDER.index(c["x"]), EDU_ORDER.index(gt["edu"])
        return 3 if v == e else 2 if v < e else 0
    if kind == "edu_none":
        return 3 if gt["edu"] == "none" else 2 if gt["edu"] == "junior_middle" else 0
    if kind == "no_exp":
        return 3 if gt["exp"] == 0 else 2 if gt["exp"] == 1 else 0
    if kind == "exp_have":
        return 3 if gt["exp"] <= c["x"] else 0
    if kind == "group":
        g = c["x"]
        return 3 if g in gt["groups_ticked"] else 2 if g in gt["groups"] else 0
    if kind == "age":
        a, amax = c["x"], gt.get("age_max")
        if amax is None:
            return 2
        return 3 if amax >= a else 0
    raise ValueError(kind)


def grade_one(intent: dict, gt: dict) -> int:
    parts = []
    j = job_grade(intent, gt)
    if j is not None:
        parts.append(j)
    p = place_grade(intent, gt)
    if p is not None:
        parts.append(p)
    for c in intent.get("conds", []):
        parts.append(cond_grade(c, gt))
    if not parts:  # only unverifiable words: nothing can be graded
        return 0
    return min(parts)


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    intent = query["intent"]
    out = {}
    for v in vacancies:
        g = grade_one(intent, v["gt"])
        if g > 0:
            out[v["external_ref"]] = g
    return out
