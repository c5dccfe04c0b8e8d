"""Grades for relevance_v3: grades_for(query, vacancies) -> {external_ref: 0..3}.

The rules are the ones fixed in WORLD.md §2 before any data existed. They read the query's intent
and the vacancies' hidden truth (HIDDEN_FIELDS) plus the public fields salary/education/experience/
employment type/welcomed groups/region. They never read title or description text.

intent keys: kinds, ok_kinds, families, place (GB/T 2260 prefixes), conds (strings "name:value"),
answerable, note.
"""

from __future__ import annotations

from functools import cache

import catalogue

HIDDEN_FIELDS = ("job_kind", "family", "pay_cycle", "schedule", "night_shift", "part_slot", "true_benefits",
                 "traps", "employer_type", "city_short", "county_name")

EDU_RANK = {"none": 0, "junior_middle": 1, "senior_high": 2, "associate": 3, "bachelor": 4, "master": 5,
            "doctorate": 6}
FULL, PARTIAL, UNMET = 3, 2, 0


@cache
def _kinds():
    return catalogue.kinds()


def _overlap(lo, hi, a, b):
    return lo <= b and hi >= a


def cond_score(cond: str, v: dict) -> int:
    """One condition against one vacancy's truth: 3 full, 2 partial, 0 unmet."""
    name, _, val = cond.partition(":")
    tb = set(v["true_benefits"])
    if name == "pay":
        ok = {"day": {"day"}, "week": {"week", "day"}, "hour": {"hour"}, "piece": {"piece"}}[val]
        return FULL if v["pay_cycle"] in ok else UNMET
    if name == "salary_min":
        x = int(val)
        return FULL if v["salary_min"] >= x else PARTIAL if v["salary_max"] >= x else UNMET
    if name == "salary_around":
        x = int(val)
        if _overlap(v["salary_min"], v["salary_max"], 0.85 * x, 1.15 * x):
            return FULL
        return PARTIAL if _overlap(v["salary_min"], v["salary_max"], 0.7 * x, 1.3 * x) else UNMET
    if name == "benefit":
        if val == "room_and_board":
            return FULL if "room_and_board" in tb else PARTIAL if tb & {"meals", "housing"} else UNMET
        if val in ("housing", "meals"):
            return FULL if tb & {val, "room_and_board"} else UNMET
        if val == "insurance_fund":
            return FULL if "social_insurance_housing_fund" in tb else PARTIAL if "social_insurance" in tb else UNMET
        if val == "weekends_off":
            if "weekends_off" in tb or v["schedule"] == "weekends_off":
                return FULL
            return PARTIAL if v["schedule"] == "big_small" else UNMET
        return FULL if val in tb else UNMET
    if name == "etype":
        if v["employment_type"] == val:
            return FULL
        if val == "part_time" and v["employment_type"] in ("temporary", "flexible"):
            return PARTIAL
        return UNMET
    if name == "slot":
        return FULL if v["part_slot"] == val else PARTIAL if v["schedule"] == "flexible" else UNMET
    if name == "edu_max":
        rank, limit = EDU_RANK[v["education_min"]], EDU_RANK[val]
        return FULL if rank <= limit else PARTIAL if limit == 0 and rank == 1 else UNMET
    if name == "no_exp":
        return FULL if v["experience_min_years"] == 0 else UNMET
    if name == "group":
        return FULL if val in v["welcomed_groups"] else UNMET
    if name == "employer":
        if v["employer_type"] == val:
            return FULL
        return PARTIAL if val == "workshop" and "poverty_registered" in v["welcomed_groups"] else UNMET
    if name == "graduate":
        if "graduate" in v["welcomed_groups"] or v["employment_type"] == "internship":
            return FULL
        return PARTIAL if v["experience_min_years"] == 0 and EDU_RANK[v["education_min"]] >= 3 else UNMET
    if name == "no_night":
        return UNMET if v["night_shift"] else FULL
    if name == "night":
        return FULL if v["night_shift"] else UNMET
    if name == "long_day":
        if v["schedule"] == "long_day":
            return FULL
        return UNMET if v["night_shift"] or v["schedule"] in ("flexible", "evening", "weekend") else PARTIAL
    if name == "live_in":
        if v["schedule"] == "live_in":
            return FULL
        return PARTIAL if v["family"] == "domestic" and "room_and_board" in tb else UNMET
    raise ValueError(f"unknown condition {cond!r}")


def job_score(intent: dict, v: dict) -> int | None:
    kinds = intent.get("kinds") or []
    families = set(intent.get("families") or [])
    if not kinds and not families:
        return None
    k = v["job_kind"]
    if k in kinds:
        return 3
    related = set(intent.get("ok_kinds") or [])
    for asked in kinds:
        related.update(_kinds()[asked]["related"])
    if k in related:
        return 2
    families.update(_kinds()[asked]["family"] for asked in kinds)
    return 1 if v["family"] in families else 0


def place_score(intent: dict, v: dict) -> int | None:
    places = intent.get("place") or []
    if not places:
        return None
    code = v["region_code"]
    if any(code.startswith(p) for p in places):
        return 3
    return 1 if any(code[:2] == p[:2] for p in places) else 0


def grade(intent: dict, v: dict) -> int:
    j, p = job_score(intent, v), place_score(intent, v)
    conds = intent.get("conds") or []
    parts = [x for x in (j, p) if x is not None]
    if conds:
        c = min(cond_score(cd, v) for cd in conds)
        if c == UNMET and j is not None and j >= 2 and (p is None or p >= 2):
            c = 1  # the right job in the right place, missing a condition: related
        parts.append(c)
    return min(parts) if parts else 0


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    intent = query["intent"]
    return {v["external_ref"]: grade(intent, v) for v in vacancies}
