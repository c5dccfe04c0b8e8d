# ruff: noqa: E501  (data tables and long conditions read better on one line; the project ignores E501 under bench/)
"""relevance_v9 grading: implements WORLD.md §2 exactly, from the hidden ground-truth fields only.

    grades_for(query, vacancies) -> {external_ref: grade 0..3}   (grade-0 refs are left out)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogue as C  # noqa: E402

EDU = C.EDU_ORDER
PART_LIKE = {"part_time", "flexible", "temporary"}
CERTS = C.CERTIFICATES


def job_grade(job: dict, v: dict) -> int:
    kind = v["job_kind"]
    if kind in job["kinds"]:
        return 3
    if kind in job.get("subs", []):
        return 2
    for asked in job["kinds"]:
        if asked not in C.KINDS:
            continue
        if kind in C.related(asked) or C.KINDS[asked]["family"] == v["family"]:
            return 1
    return 0


def _area_grade(area: dict, v: dict) -> int:
    region = v["region_code"]
    if area["type"] == "zone":
        zone = area["zone"]
        if v.get("town") == zone:
            return 3
        districts = C.ZONES.get(zone, [])
        if region in districts:
            return 2
        return 1 if any(region[:4] == d[:4] for d in districts) else 0
    code = area["code"]
    if area["type"] == "county":
        if region == code:
            return 3
        if region in C.NEIGHBOURS.get(code, []):
            return 2
        return 1 if region[:4] == code[:4] else 0
    if area["type"] == "prefecture":
        if region.startswith(code):
            return 3
        return 1 if region[:2] == code[:2] else 0
    if area["type"] == "province":
        return 3 if region.startswith(code) else 0
    raise ValueError(area)


def place_grade(place: dict, v: dict) -> int:
    return max(_area_grade(a, v) for a in place["areas"])


def cond_grade(cond: dict, v: dict) -> int:
    c, val = cond["c"], cond.get("v")
    perks = set(v["perks"])
    if c == "pay_min":
        return 3 if v["true_pay_min"] >= val else 2 if v["true_pay_max"] >= val else 0
    if c == "settle":
        if val == "daily":
            return 3 if v["settle"] == "daily" else 2 if v["settle"] == "weekly" else 0
        return 3 if v["settle"] in {"weekly", "daily"} else 0
    if c == "pay_cycle":  # only "hour" is used
        return 3 if v["pay_cycle"] == val else 2 if v["pay_cycle"] == "day" else 0
    if c == "rest":  # only 双休
        if v["rest"] == "双休" or "weekends_off" in perks:
            return 3
        return 2 if v["rest"] == "大小周" else 0
    if c == "shift":  # only day
        return 3 if v["shift"] == val else 0
    if c == "etype":
        t = v["true_employment_type"]
        if t == val:
            return 3
        if val in PART_LIKE and t in PART_LIKE:
            return 2
        if val == "internship" and t == "full_time" and v["true_exp_min"] == 0 and "graduate" in v["welcomes"]:
            return 2
        return 0
    if c == "edu":
        have, need = EDU.index(val), EDU.index(v["true_edu_min"])
        if need > have:
            return 0
        return 3 if need >= have - 1 else 2
    if c == "no_exp":
        return 3 if v["true_exp_min"] == 0 else 2 if v["true_exp_min"] == 1 else 0
    if c == "group":
        if val in v["welcomes"]:
            return 3
        if val == "hubei":
            return 2 if v["region_code"].startswith("42") else 0
        if val == "graduate":
            ok = v["true_exp_min"] == 0 and EDU.index(v["true_edu_min"]) >= EDU.index("associate")
            return 2 if ok else 0
        if val == "migrant_worker":
            ok = (EDU.index(v["true_edu_min"]) <= EDU.index("junior_middle") and v["true_exp_min"] == 0
                  and v["family"] in {"factory", "construction", "logistics"})
            return 2 if ok else 0
        return 0
    if c == "benefit":
        if val in perks:
            return 3
        if val == "room_and_board" and {"meals", "housing"} <= perks:
            return 3
        if val == "housing" and "room_and_board" in perks:
            return 3
        if val == "weekends_off" and v["rest"] == "双休":
            return 3
        loose = {"social_insurance_housing_fund": {"social_insurance"}, "room_and_board": {"meals", "housing"},
                 "shuttle": {"transport"}}.get(val, set())
        return 2 if loose & perks else 0
    if c == "skill":
        covers = C.SKILL_COVERS.get(val, {val})
        if covers & set(v["skills_req"]):
            return 3
        return 2 if covers & set(v["skills_plus"]) else 0
    if c == "no_cert":
        if CERTS & set(v["skills_req"]):
            return 0
        return 2 if CERTS & set(v["skills_plus"]) else 3
    if c == "employer_kind":
        k = v["employer_kind"]
        strict = {"soe": {"soe", "central_soe"}, "listed": {"listed", "big_tech"}}.get(val, {val})
        if k in strict:
            return 3
        loose = {"soe": {"public_institution"}, "central_soe": {"soe", "public_institution"},
                 "public_institution": {"soe", "central_soe"}, "big_tech": {"listed"}}.get(val, set())
        return 2 if k in loose else 0
    raise ValueError(cond)


def grade(intent: dict, v: dict) -> int:
    parts = []
    if "job" in intent:
        parts.append(job_grade(intent["job"], v))
    if "place" in intent:
        parts.append(place_grade(intent["place"], v))
    for cond in intent.get("conds", []):
        parts.append(cond_grade(cond, v))
    return min(parts) if parts else 0


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    out = {}
    for v in vacancies:
        g = grade(query["intent"], v)
        if g > 0:
            out[v["external_ref"]] = g
    return out
