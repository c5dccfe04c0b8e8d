"""Grades of the development set (RULES.md): query x vacancy -> 0..3."""

from __future__ import annotations

RELATED = [{"cook", "kitchen_helper"}, {"courier", "rider", "sorter"}, {"truck_driver", "car_driver"},
           {"cleaner", "room_attendant"}, {"nanny", "caregiver"}, {"warehouse", "forklift", "sorter", "mover"},
           {"general_worker", "sewer", "cnc"}, {"carpenter", "tiler", "painter"}, {"cashier", "sales"},
           {"waiter", "kitchen_helper"},
           # round 5 addendum (build_squ.py)
           {"home_cleaner", "cleaner", "nanny"}, {"ride_hailing", "car_driver"}, {"nurse", "caregiver"},
           {"art_teacher", "teacher"}, {"packer", "general_worker"}, {"car_repair", "electrician"},
           # round 6 addendum (build_sq4u.py)
           {"bus_driver", "car_driver", "truck_driver"}, {"rehab", "nurse"}, {"designer", "art_teacher"},
           {"elevator_repair", "electric_repair", "electrician"}, {"greening_worker", "cleaner"},
           {"purchaser", "warehouse"}, {"pipe_fitter", "plumber_el"}]
PAY = {"pay6000": 6000, "pay6600": 6600, "pay8000": 8000, "pay10000": 10000}
EDUCATION = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]


def derived(v: dict) -> set[str]:
    """Facts of the posting's structured fields (round 5 addendum): open to no experience, the
    education levels it accepts, and the schedule of the original set's titles (夜班保安, 长白班普工)."""
    out = {f"edu_{lvl}" for lvl in EDUCATION[EDUCATION.index(v["education_min"]):]}
    if not v["experience_min_years"]:
        out.add("no_exp")
    if v["id"] < 1001:
        out |= {"night"} if "夜班" in v["title"] else {"day_only"} if "长白班" in v["title"] else set()
    return out


def meets(cond: str, v: dict) -> bool:
    if cond in PAY:
        return v["salary_max"] is not None and v["salary_max"] >= PAY[cond]
    facts = set(v["facts"]) | derived(v)
    if cond == "housing":
        return bool(facts & {"housing", "room_and_board"})
    if cond == "meals":
        return bool(facts & {"meals", "room_and_board"})
    return cond in facts


def job_grade(kinds: list[str], kind: str) -> int:
    if not kinds or kind in kinds:
        return 3
    return 1 if any(kind in group and set(kinds) & group for group in RELATED) else 0


def tier_grade(q: dict, v: dict) -> int:
    """Round 6 (build_sq4r.py): the query's own grades by kind (3 the kind, 2 a sibling, 1 the
    family, else 0); the place is hard; a preference the exact kind lacks costs it one grade."""
    job = 3 if q.get("title") and v["title"] == q["title"] else q["grades"].get(v["kind"], 0)
    if q["place"] and not v["region_code"].startswith(q["place"]):
        return 0
    if job == 3 and not all(meets(c, v) for c in q.get("prefs", ())):
        return 2
    return job


def soft_met(cond: str, v: dict) -> bool:
    """A soft preference (round 6): a welcomed group, a benefit, or region:<prefix> (the counties
    a place nickname means inside its city)."""
    if cond.startswith("region:"):
        return v["region_code"].startswith(cond[len("region:"):])
    return meets(cond, v) or cond in v.get("welcomed_groups", [])


def grade(q: dict, v: dict) -> int:
    if "grades" in q:
        return tier_grade(q, v)
    g = _grade(q, v)
    soft = q.get("soft") or []
    if g == 3 and soft and not any(soft_met(c, v) for c in soft):
        return 2  # soft preferences only raise the grade: the job without them is still an answer
    return g


def _grade(q: dict, v: dict) -> int:
    job = job_grade(q["kinds"], v["kind"])
    if q.get("title"):
        if v["title"] == q["title"]:
            return 3
        return 2 if job == 3 else job
    if not q["kinds"] and not q["place"]:  # conditions only
        met = sum(meets(c, v) for c in q["conds"])
        return 2 if met == len(q["conds"]) else 1 if met else 0
    if job == 0:
        return 0
    if q["place"] and not v["region_code"].startswith(q["place"]):
        return 0 if q.get("place_hard") else 1 if job == 3 else 0
    if q["conds"]:
        met = sum(meets(c, v) for c in q["conds"])
        if met == len(q["conds"]):
            return job
        if met:
            return max(job - 1, 1)
        return 1 if job == 3 else 0
    return job
