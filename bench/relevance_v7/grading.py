"""Grades 0-3 for relevance_v7, by the rules fixed in WORLD.md §2 (from the intent and the hidden fields).

grades_for(query, vacancies) -> {external_ref: grade}. Grade = min(J, P, C); J == 0 or P == 0 gives 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue import KIND_BY_ID  # noqa: E402

# the ground truth that only grading reads; the runner must not upload these
HIDDEN_FIELDS = ("job_kind", "family", "pay_cycle", "shift", "rest", "posture", "physical", "computer",
                 "vehicle", "workplace", "trap")

EDU_ORDER = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]


def job_score(intent: dict, v: dict) -> int:
    kinds = intent.get("kinds") or []
    families = intent.get("families") or []
    workplace = intent.get("workplace")
    if not (kinds or families or workplace):
        return 3
    kind = v["job_kind"]
    if kind in kinds or v["family"] in families or (workplace and v["workplace"] == workplace):
        return 3
    asked = [KIND_BY_ID[k] for k in kinds if k in KIND_BY_ID]
    if any(kind in a.related for a in asked):
        return 2
    if any(v["family"] == a.family for a in asked):
        return 1
    return 0


def place_score(intent: dict, v: dict) -> int:
    prefixes = intent.get("place") or []
    if not prefixes:
        return 3
    region = v["region_code"]
    if any(region.startswith(p) for p in prefixes):
        return 3
    best = 0
    for p in prefixes:
        if len(p) == 6 and not p.endswith("00") and region[:4] == p[:4]:
            best = max(best, 2)
        elif region[:2] == p[:2]:
            best = max(best, 1)
    return best


def _benefit(code: str, have: set[str]) -> int:
    board = "room_and_board" in have
    if code == "room_and_board":
        if board or {"meals", "housing"} <= have:
            return 3
        return 2 if have & {"meals", "housing"} else 0
    if code == "housing":
        return 3 if board or "housing" in have else 0
    if code == "meals":
        return 3 if board or "meals" in have else 0
    if code == "social_insurance":
        return 3 if have & {"social_insurance", "social_insurance_housing_fund"} else 0
    return 3 if code in have else 0


def condition_scores(cond: dict, v: dict, has_job: bool) -> list[int]:
    """One score per stated condition: 3 met, 2 nearly met, 0 unmet (the caller maps unmet)."""
    out = []
    cyc = v["pay_cycle"]
    for key, want in cond.items():
        s = 0
        if key == "pay_cycle":
            table = {"daily": {"daily": 3, "weekly": 2}, "hourly": {"hourly": 3, "daily": 2},
                     "weekly": {"weekly": 3, "daily": 3}}[want]
            s = table.get(cyc, 0)
        elif key == "min_pay":
            s = 3 if v["salary_max"] >= want else 2 if v["salary_max"] >= 0.9 * want else 0
        elif key == "about_pay":
            lo, hi = want
            if v["salary_max"] >= lo and v["salary_min"] <= hi:
                s = 3
            elif v["salary_max"] >= lo * 0.85 and v["salary_min"] <= hi * 1.15:
                s = 2
        elif key == "max_education":
            have, need = EDU_ORDER.index(want), EDU_ORDER.index(v["education_min"] or "none")
            s = 3 if need <= have else 2 if want == "none" and need == 1 else 0
        elif key == "no_experience":
            exp = v["experience_min_years"] or 0
            s = 3 if exp == 0 else 2 if exp == 1 and has_job else 0
        elif key == "employment":
            et = v["employment_type"]
            if want == "part_time":
                s = 3 if et == "part_time" else 2 if et in ("temporary", "flexible") else 0
            elif want == "internship":
                s = 3 if et == "internship" else 2 if ("graduate" in v["welcomed_groups"]
                                                      and not v["experience_min_years"]) else 0
            else:
                s = 3 if et == want else 0
        elif key == "benefit":
            have = set(v["benefits"])
            s = min(_benefit(code, have) for code in want)
        elif key == "group":
            groups = v["welcomed_groups"]
            if want in groups:
                s = 3
            elif want == "graduate" and not v["experience_min_years"] and \
                    EDU_ORDER.index(v["education_min"] or "none") >= 3:
                s = 2
        elif key == "shift":
            sh = v["shift"]
            s = {"day_only": {"day": 3, "flex": 2}, "night": {"night": 3, "rot": 2},
                 "weekend": {"wkd": 3, "flex": 2 if v["employment_type"] == "part_time" else 0},
                 "evening": {"eve": 3, "flex": 2}}[want].get(sh, 0)
        elif key == "posture":
            s = {"sit": 3, "mixed": 2}.get(v["posture"], 0)
        elif key == "physical":
            s = {"light": 3, "medium": 2}.get(v["physical"], 0)
        elif key == "computer":
            s = 0 if v["computer"] else 3
        elif key == "vehicle":
            s = 3 if v["vehicle"] == want else 0
        else:
            raise ValueError(f"unknown condition {key!r}")
        out.append(s)
    return out


def grade(intent: dict, v: dict) -> int:
    has_job = bool(intent.get("kinds") or intent.get("families") or intent.get("workplace"))
    has_place = bool(intent.get("place"))
    j = job_score(intent, v)
    p = place_score(intent, v)
    if j == 0 or p == 0:
        return 0
    c = 3
    scores = condition_scores(intent.get("cond") or {}, v, has_job)
    if scores:
        c = min(scores)
        if c == 0:
            if not (has_job or has_place):
                return 0
            c = 1
    return min(j, p, c)


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    intent = query["intent"]
    return {v["external_ref"]: grade(intent, v) for v in vacancies}
