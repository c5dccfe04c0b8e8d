"""Grades of the development set (RULES.md): query x vacancy -> 0..3."""

from __future__ import annotations

RELATED = [{"cook", "kitchen_helper"}, {"courier", "rider", "sorter"}, {"truck_driver", "car_driver"},
           {"cleaner", "room_attendant"}, {"nanny", "caregiver"}, {"warehouse", "forklift", "sorter", "mover"},
           {"general_worker", "sewer", "cnc"}, {"carpenter", "tiler", "painter"}, {"cashier", "sales"},
           {"waiter", "kitchen_helper"}]
PAY = {"pay6000": 6000, "pay8000": 8000, "pay10000": 10000}


def meets(cond: str, v: dict) -> bool:
    if cond in PAY:
        return v["salary_max"] is not None and v["salary_max"] >= PAY[cond]
    facts = set(v["facts"])
    if cond == "housing":
        return bool(facts & {"housing", "room_and_board"})
    if cond == "meals":
        return bool(facts & {"meals", "room_and_board"})
    return cond in facts


def job_grade(kinds: list[str], kind: str) -> int:
    if not kinds or kind in kinds:
        return 3
    return 1 if any(kind in group and set(kinds) & group for group in RELATED) else 0


def grade(q: dict, v: dict) -> int:
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
