"""Grades for relevance_v8: grades_for(query, vacancies) -> {external_ref: 0..3}.

Implements the rules of WORLD.md section 2, fixed before the data existed. Reads the query's intent and
the vacancies' hidden ground truth (HIDDEN_FIELDS), plus a few visible fields that are true by
construction (region_code, employment_type, education_min, experience_min_years, welcomed_groups).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue import EDU_ORDER, KINDS  # noqa: E402

HIDDEN_FIELDS = ("job_kind", "job_family", "pay_cycle", "pay_rate", "true_salary_min", "true_salary_max",
                 "schedule", "town", "perks", "extras", "trap")

CONDITIONS = ("day_pay", "hour_pay", "room_board", "housing", "meals", "insurance", "fund", "weekends",
              "part_time", "weekend_pt", "temporary", "internship", "no_edu", "edu_le", "no_exp", "salary_ge",
              "salary_about", "group", "graduate", "advance", "no_deposit", "travel", "long_day", "shuttle",
              "training")


def _related(a: str, b: str) -> bool:
    ka, kb = KINDS.get(a), KINDS.get(b)
    if ka is None or kb is None:
        return False
    return b in ka["related"] or a in kb["related"] or ka["family"] == kb["family"]


def job_score(job: dict, v: dict) -> int:
    kind = v["job_kind"]
    if kind in job.get("kinds", []):
        return 3
    if kind in job.get("ok", []):
        return 2
    if kind in job.get("rel", []) or any(_related(k, kind) for k in job.get("kinds", [])):
        return 1
    return 0


def _urban(code: str) -> bool:
    return 1 <= int(code[4:]) <= 20


def place_score(place: dict, v: dict) -> int:
    code, level, vc = place["code"], place["level"], v["region_code"]
    if level == "province":
        return 3 if vc.startswith(code) else 0
    if level == "prefecture":
        return 3 if vc.startswith(code) else (1 if vc[:2] == code[:2] else 0)
    if level == "county":
        if vc == code:
            return 3
        if vc[:4] == code[:4] and _urban(code) and _urban(vc) and not code.endswith("00"):
            return 2
        return 1 if vc[:2] == code[:2] else 0
    if level == "town":
        if vc == code:
            return 3 if v.get("town") == place["town"] else 2
        return 1 if vc[:4] == code[:4] else 0
    raise ValueError(f"unknown place level {level!r}")


def cond_score(cond: str, v: dict) -> int:
    name, _, arg = cond.partition(":")
    perks, extras, cycle = set(v["perks"]), set(v["extras"]), v["pay_cycle"]
    emp, edu, exp = v["employment_type"], v["education_min"], v["experience_min_years"]
    lo, hi = v["true_salary_min"], v["true_salary_max"]
    mid = (lo + hi) / 2

    def pick(strict: bool, loose: bool = False) -> int:
        return 3 if strict else (2 if loose else 0)

    if name == "day_pay":
        return pick(cycle == "d", cycle == "w")
    if name == "hour_pay":
        return pick(cycle == "h", cycle == "d")
    if name == "room_board":
        return pick("room_and_board" in perks, bool({"meals", "housing"} & perks))
    if name == "housing":
        return pick(bool({"housing", "room_and_board"} & perks))
    if name == "meals":
        return pick(bool({"meals", "room_and_board"} & perks), "meal_allowance" in extras)
    if name == "insurance":
        return pick(bool({"social_insurance", "social_insurance_housing_fund"} & perks))
    if name == "fund":
        return pick("social_insurance_housing_fund" in perks, "social_insurance" in perks)
    if name == "weekends":
        return pick("weekends_off" in perks)
    if name == "part_time":
        return pick(emp == "part_time", emp in ("temporary", "flexible"))
    if name == "weekend_pt":
        return pick(emp == "part_time" and v["schedule"] == "K", emp == "part_time")
    if name == "temporary":
        return pick(emp == "temporary", emp in ("part_time", "flexible"))
    if name == "internship":
        return pick(emp == "internship",
                    emp == "full_time" and exp == 0 and "graduate" in v["welcomed_groups"])
    if name == "no_edu":
        return pick(edu == "none", edu == "junior_middle")
    if name == "edu_le":
        asked, have = EDU_ORDER.index(arg), EDU_ORDER.index(edu)
        return pick(have <= asked, have == asked + 1)
    if name == "no_exp":
        return pick(exp == 0 and "beginner" in extras, exp == 0)
    if name == "salary_ge":
        n = int(arg)
        return pick(mid >= n, hi >= n)
    if name == "salary_about":
        a, b = (int(x) for x in arg.split("-"))
        return pick(a <= mid <= b, lo <= 1.15 * b and hi >= 0.85 * a)
    if name == "group":
        return pick(arg in v["welcomed_groups"])
    if name == "graduate":
        return pick("graduate" in v["welcomed_groups"],
                    exp == 0 and EDU_ORDER.index(edu) >= EDU_ORDER.index("associate"))
    if name in ("advance", "no_deposit", "travel"):
        return pick(name in extras)
    if name == "long_day":
        return pick(v["schedule"] in ("L", "W"))
    if name == "shuttle":
        return pick("shuttle" in perks, "transport" in perks)
    if name == "training":
        return pick("training" in perks or "beginner" in extras)
    raise ValueError(f"unknown condition {cond!r}")


def grade(intent: dict, v: dict) -> int:
    job, place, conds = intent.get("job"), intent.get("place"), intent.get("conds") or []
    if not (job or place or conds):
        return 0
    scores = []
    if job:
        scores.append(job_score(job, v))
    if place:
        scores.append(place_score(place, v))
    if scores and min(scores) == 0:
        return 0
    if conds:
        c = min(cond_score(c, v) for c in conds)
        scores.append(c if (c > 0 or not (job or place)) else 1)
    return min(scores)


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    intent = query["intent"]
    return {v["external_ref"]: grade(intent, v) for v in vacancies}
