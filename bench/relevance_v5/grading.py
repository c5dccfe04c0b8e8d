"""relevance_v5 grading: grades_for(query, vacancies) -> {external_ref: 0..3}, by the rules fixed in WORLD.md §2.

Reads only the query's intent, the public structured fields and the hidden truth (HIDDEN_FIELDS), never
the title or the description. Stdlib only.
"""
from __future__ import annotations

import catalogue as C

HIDDEN_FIELDS = ("job_kind", "family", "pay_cycle", "pay_rate", "shift", "rest", "overtime", "travel",
                 "meal_allowance", "housing_allowance", "seasonal", "weekend", "evening", "trap", "title_style")

EDU_ORDER = {e: i for i, e in enumerate(["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"])}
FULL, PARTIAL, FAIL = "full", "partial", "fail"


def _job_part(intent: dict, v: dict) -> int | None:
    kinds = intent.get("kinds") or []
    fams = intent.get("families") or []
    if not kinds and not fams:
        return None
    k = v["job_kind"]
    if k in kinds or v["family"] in fams:
        return 3
    known = [C.KINDS[x] for x in kinds if x in C.KINDS]
    if k in (intent.get("accept") or []) or any(k in x["related"] for x in known):
        return 2
    if v["family"] in {x["family"] for x in known}:
        return 1
    return 0


def _place_part(intent: dict, v: dict) -> int | None:
    places = intent.get("place") or []
    if not places:
        return None
    r = v["region_code"]
    best = 0
    for p in places:
        if r.startswith(p):
            return 3
        if len(p) == 6 and r[:4] == p[:4]:
            best = max(best, 2)
        elif r[:2] == p[:2]:
            best = max(best, 1)
    return best


def _mid(v):
    return (v["salary_min"] + v["salary_max"]) / 2


def _cond(c: dict, v: dict) -> tuple[str, bool]:
    """(result, hard) for one condition."""
    t, x = c["type"], c.get("value")
    b, g = set(v["benefits"]), set(v["welcomed_groups"])
    cyc, et, sh = v["pay_cycle"], v["employment_type"], v["shift"]
    if t == "pay_min":
        return (FULL if _mid(v) >= x else PARTIAL if v["salary_max"] >= x else FAIL), True
    if t == "pay_range":
        a, bb = x
        if v["salary_max"] >= a and v["salary_min"] <= bb:
            return FULL, True
        gap = a - v["salary_max"] if v["salary_max"] < a else v["salary_min"] - bb
        return (PARTIAL if gap <= 0.15 * a else FAIL), True
    if t == "annual_min":
        if v["salary_max"] * 12 >= x and _mid(v) * 12 >= 0.85 * x:
            return FULL, True
        return (PARTIAL if v["salary_max"] * 13 >= x else FAIL), True
    if t == "day_rate_min":
        rate = v["pay_rate"] or 0
        if cyc == "daily" and rate >= x:
            return FULL, True
        if (cyc in ("daily", "weekly") and rate >= 0.85 * x) or (cyc not in ("daily", "weekly") and _mid(v) >= 26 * x):
            return PARTIAL, True
        return FAIL, True
    if t == "hour_rate_min":
        rate = v["pay_rate"] or 0
        if cyc == "hourly" and rate >= x:
            return FULL, True
        return (PARTIAL if cyc == "hourly" and rate >= 0.85 * x else FAIL), True
    if t == "pay_cycle":
        if x == "daily":
            return (FULL if cyc == "daily" else PARTIAL if cyc == "weekly" else FAIL), True
        if x == "weekly":
            return (FULL if cyc == "weekly" else PARTIAL if cyc == "daily" else FAIL), True
        return (FULL if cyc in ("monthly", "piece", "commission") else FAIL), False
    if t == "piece_rate":
        return (FULL if cyc == "piece" else PARTIAL if cyc == "commission" else FAIL), False
    if t == "etype":
        if x == "part_time":
            return (FULL if et == "part_time" else PARTIAL if et in ("temporary", "flexible") or cyc == "hourly" else FAIL), True
        if x == "temporary":
            return (FULL if et == "temporary" else PARTIAL if et in ("part_time", "flexible") or cyc == "daily" else FAIL), True
        if x == "full_time":
            return (FULL if et == "full_time" else FAIL), False
        if x == "internship":
            ok = "graduate" in g and v["experience_min_years"] == 0
            return (FULL if et == "internship" else PARTIAL if ok else FAIL), True
    if t == "hourly_job":
        return (FULL if cyc == "hourly" else PARTIAL if et == "part_time" else FAIL), True
    if t == "seasonal":
        return (FULL if v["seasonal"] else PARTIAL if et == "temporary" else FAIL), True
    if t == "weekend":
        return (FULL if v["weekend"] else PARTIAL if et == "part_time" or v["rest"] == "flexible" else FAIL), True
    if t == "evening":
        return (FULL if v["evening"] else PARTIAL if sh == "night" or et == "part_time" else FAIL), True
    if t == "shift":
        if x == "day":  # split / flexible / live_in: not listed in WORLD.md, graded partial
            return (FULL if sh in ("day", "long_day", "office") else FAIL if sh in ("two_shift", "three_shift", "night") else PARTIAL), True
        if x == "long_day":
            return (FULL if sh == "long_day" else PARTIAL if sh in ("day", "office") else FAIL), False
        if x == "night":
            return (FULL if sh == "night" else PARTIAL if sh in ("two_shift", "three_shift") else FAIL), False
        if x == "two_shift":
            return (FULL if sh == "two_shift" else PARTIAL if sh == "three_shift" else FAIL), False
    if t == "rest":
        if x == "6_1":
            return (FULL if v["rest"] == "6_1" else PARTIAL if v["rest"] == "5_2" else FAIL), False
        return (FULL if v["rest"] == "5_2" or "weekends_off" in b else FAIL), False
    if t == "no_night":
        return (FAIL if sh in ("night", "two_shift", "three_shift") else FULL), True
    if t == "no_overtime":
        return (FAIL if v["overtime"] else FULL), True
    if t == "no_travel":
        return (FAIL if v["travel"] else FULL), True
    if t == "no_deposit":
        return FULL, False
    if t == "edu_max":
        return (FULL if EDU_ORDER[v["education_min"]] <= EDU_ORDER[x] else FAIL), True
    if t == "edu_level":
        d = EDU_ORDER[x] - EDU_ORDER[v["education_min"]]
        if d == 0:
            return FULL, True
        if d == 1:
            return PARTIAL, True
        return FAIL, d < 0  # higher than the seeker has: hard; far lower: soft
    if t == "edu_none":
        e = v["education_min"]
        return (FULL if e == "none" else PARTIAL if e == "junior_middle" else FAIL), True
    if t == "no_experience":
        return (FULL if v["experience_min_years"] == 0 else FAIL), True
    if t == "experience_ok":
        e = v["experience_min_years"]
        return (FULL if 1 <= e <= x else PARTIAL if e == 0 else FAIL), e > x
    if t == "group":
        return (FULL if x in g else FAIL), x == "disabled"
    if t == "benefit":
        if x == "room_and_board":
            if "room_and_board" in b or {"meals", "housing"} <= b:
                return FULL, True
            return (PARTIAL if b & {"meals", "housing"} else FAIL), True
        if x == "housing":
            return (FULL if b & {"housing", "room_and_board"} else PARTIAL if v["housing_allowance"] else FAIL), True
        if x == "meals":
            return (FULL if b & {"meals", "room_and_board"} else PARTIAL if v["meal_allowance"] else FAIL), False
        if x == "meal_allowance":
            return (FULL if v["meal_allowance"] else PARTIAL if b & {"meals", "room_and_board"} else FAIL), False
        if x == "housing_allowance":
            return (FULL if v["housing_allowance"] else PARTIAL if b & {"housing", "room_and_board"} else FAIL), False
        if x == "social_insurance_housing_fund":
            return (FULL if x in b else PARTIAL if "social_insurance" in b else FAIL), False
        if x == "social_insurance":
            return (FULL if b & {"social_insurance", "social_insurance_housing_fund"} else FAIL), False
        return (FULL if x in b else FAIL), False
    raise ValueError(f"unknown condition {c}")


def grade(intent: dict, v: dict) -> int:
    job, place = _job_part(intent, v), _place_part(intent, v)
    g = min(3 if job is None else job, 3 if place is None else place)
    has_target = job is not None or place is not None
    soft_fails = 0
    for c in intent.get("conditions") or []:
        res, hard = _cond(c, v)
        if res == PARTIAL:
            g = min(g, 2)
        elif res == FAIL and hard:
            g = min(g, 1) if (job is not None and job >= 2) else 0
        elif res == FAIL:
            soft_fails += 1
    if soft_fails == 1:
        g = min(g, 2 if has_target else 1)
    elif soft_fails >= 2:
        g = min(g, 1)
    return g


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    intent = query["intent"]
    return {v["external_ref"]: grade(intent, v) for v in vacancies}
