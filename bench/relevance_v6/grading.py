"""Grading for relevance_v6: the rules of WORLD.md section 2, applied to a query's intent and the hidden truth.

grades_for(query, vacancies) -> {external_ref: 0..3}
3 = what was asked, 2 = acceptable, 1 = related, 0 = not.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _load_catalogue():
    name = "relevance_v6_catalogue"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("catalogue.py"))
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


KINDS = _load_catalogue().KINDS

# fields only the grader reads (the runner must strip them before the CSV import)
HIDDEN_FIELDS = ["job_kind", "job_family", "pay_cycle", "schedule", "fields", "employer_fields",
                 "employer_types", "city", "trap", "alt_employment"]

EDU_RANK = {c: i for i, c in enumerate(["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"])}
COUNTYLESS = {"441900", "442000", "460400", "620200"}
NEAR_TYPES = {frozenset({"soe", "public_institution"}), frozenset({"big_tech", "fortune500"}), frozenset({"foreign", "fortune500"})}
MET, NEAR, MISS = 2, 1, 0


def job_match(intent: dict, v: dict) -> int:
    kinds, ok = intent.get("kinds", []), intent.get("ok_kinds", [])
    vk = v["job_kind"]
    if vk in kinds:
        return 3
    known = [KINDS[k] for k in kinds if k in KINDS]
    if vk in ok or any(vk in k["close"] for k in known):
        return 2
    if any(vk in k["related"] or k["family"] == v["job_family"] for k in known):
        return 1
    return 0


def field_match(field: str, v: dict) -> int:
    if field in v["fields"]:
        return 3
    if field in v["employer_fields"]:
        return 2
    return 0


def place_match(prefixes: list[str], region: str) -> int:
    best = 0
    for p in prefixes:
        if region.startswith(p):
            return 3
        if len(p) == 6 and p not in COUNTYLESS and region[:4] == p[:4]:
            best = max(best, 2)
        elif region[:2] == p[:2]:
            best = max(best, 1)
    return best


def _benefit(asked: str, have: set[str]) -> int:
    if asked in have:
        return MET
    if asked in ("meals", "housing") and "room_and_board" in have:
        return MET
    if asked == "social_insurance" and "social_insurance_housing_fund" in have:
        return MET
    if asked == "room_and_board" and have & {"meals", "housing"}:
        return NEAR
    return MISS


def condition_results(conds: dict, v: dict) -> list[int]:
    out = []
    for key, want in conds.items():
        if key == "pay_cycle":
            ok = {"daily": {"daily"}, "weekly": {"daily", "weekly"}, "hourly": {"hourly"}}[want]
            out.append(MET if v["pay_cycle"] in ok else MISS)
        elif key == "min_salary":
            out.append(MET if v["salary_max"] >= want else NEAR if v["salary_max"] >= 0.8 * want else MISS)
        elif key == "around_salary":
            lo, hi = v["salary_min"], v["salary_max"]
            out.append(MET if lo <= 1.25 * want and hi >= 0.8 * want else
                       NEAR if lo <= 1.5 * want and hi >= 0.65 * want else MISS)
        elif key == "max_education":
            out.append(MET if EDU_RANK[v["education_min"]] <= EDU_RANK[want] else MISS)
        elif key == "benefits":
            have = set(v["benefits"])
            out.append(min(_benefit(b, have) for b in want))
        elif key == "employment_type":
            types = {v["employment_type"], *v.get("alt_employment", [])}
            if types & set(want):
                out.append(MET)
            else:
                out.append(NEAR if "part_time" in want and "flexible" in types else MISS)
        elif key == "schedule":
            tags = set(v["schedule"]) | ({"weekends_off"} if "weekends_off" in v["benefits"] else set())
            out.append(MET if tags & set(want) else MISS)
        elif key == "welcomed":
            if want in v["welcomed_groups"] or (want == "graduate" and v["employment_type"] == "internship"):
                out.append(MET)
            elif want == "graduate" and v["experience_min_years"] == 0 and EDU_RANK[v["education_min"]] >= EDU_RANK["associate"]:
                out.append(NEAR)
            else:
                out.append(MISS)
        elif key == "no_experience":
            out.append(MET if v["experience_min_years"] == 0 else MISS)
        elif key == "employer_types":
            have = set(v["employer_types"])
            if have & set(want):
                out.append(MET)
            elif any(frozenset({w, h}) in NEAR_TYPES for w in want for h in have):
                out.append(NEAR)
            else:
                out.append(MISS)
        else:
            raise KeyError(f"unknown condition {key}")
    return out


def c_score(results: list[int]) -> int:
    if all(r == MET for r in results):
        return 3
    if all(r >= NEAR for r in results):
        return 2
    return 1


def grade(intent: dict, v: dict) -> int:
    conds = intent.get("conditions") or {}
    place = intent.get("place")
    job_bearing = bool(intent.get("kinds")) or bool(intent.get("field"))
    if job_bearing:
        g = job_match(intent, v) if intent.get("kinds") else 0
        if intent.get("field"):
            g = max(g, field_match(intent["field"], v))
        if g and conds:
            g = min(g, c_score(condition_results(conds, v)))
    elif conds:
        res = condition_results(conds, v)
        c = c_score(res)
        g = c if c >= 2 else (1 if len(res) >= 2 and MET in res else 0)
    elif place:
        g = 3
    else:
        g = 0
    if g and place:
        g = min(g, place_match(place, v["region_code"]))
    return g


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    intent = query["intent"]
    return {v["external_ref"]: grade(intent, v) for v in vacancies}
