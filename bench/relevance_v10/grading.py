"""Grades for relevance_v10, implementing WORLD.md §2 exactly. Reads only hidden ground-truth fields.

grades_for(query, vacancies) -> {external_ref: grade 0..3}; grade-0 refs are left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue import ADJACENT, COUNTY_CITIES, KINDS, related  # noqa: E402

EDU_ORDER = {"none": 0, "junior_middle": 1, "senior_high": 2, "associate": 3, "bachelor": 4, "master": 5,
             "doctorate": 6}
DAY_SHIFTS = {"day", "half_morning", "half_afternoon"}


# ---------------------------------------------------------------- J
def job_grade(intent: dict, v: dict) -> int:
    k = v["job_kind"]
    if k in intent.get("exclude_kinds", []):
        return 0
    if k in intent["kinds"]:
        return 3
    if k in intent.get("subs", []):
        return 2
    if any(a in KINDS and related(a, k) for a in intent["kinds"]):
        return 1
    return 0


# ---------------------------------------------------------------- P
def _place_one(p: str, code: str) -> int:
    if code.startswith(p):
        return 3
    if len(p) == 6:
        if p not in COUNTY_CITIES and code in ADJACENT.get(p, set()):
            return 2
        # same prefecture city (municipalities: the whole 11/31 is one city)
        same_city = code[:2] == p[:2] if p[:2] in ("11", "31") else code[:4] == p[:4]
        return 1 if same_city else 0
    # a city (4 digits) or a municipality/province (2 digits): same province -> 1
    return 1 if code[:2] == p[:2] else 0


def place_grade(intent: dict, v: dict) -> int:
    return max(_place_one(p, v["region_code"]) for p in intent["place"])


# ---------------------------------------------------------------- C
def _is_day_only(v: dict) -> bool:
    s = v["shift"]
    if s in DAY_SHIFTS:
        return True
    return s == "long_day" and v["hours"] is not None and v["hours"][1] <= 20.5


def c_day_only(v: dict, val) -> int:
    if _is_day_only(v):
        return 3
    if v["shift"] == "flex":
        return 2
    if val == "no_night" and v["shift"] in ("evening", "half_evening") and v["hours"][1] <= 22.5:
        return 2
    return 0


def c_nine_to_six(v: dict, val) -> int:
    h = v["hours"]
    if v["shift"] == "day" and 8.5 <= h[0] <= 9.5 and 17 <= h[1] <= 18.5:
        return 3
    if v["shift"] in ("day", "long_day", "half_morning", "half_afternoon") and h and h[1] - h[0] <= 9.5:
        return 2
    return 0


def c_two_shift(v: dict, val) -> int:
    return 3 if v["shift"] == "two_shift" else 2 if v["shift"] == "rot24" else 0


def c_morning(v: dict, val) -> int:
    return 3 if v["shift"] == "half_morning" else 2 if v["shift"] == "flex" else 0


def c_half_day(v: dict, val) -> int:
    if v["shift"].startswith("half_"):
        return 3
    return 2 if v["shift"] == "flex" and v["emp_type"] in ("part_time", "flexible") else 0


def c_rest_6_1(v: dict, val) -> int:
    r = v["rest"]
    return 3 if r in ("6_1", "month4") else 2 if r in ("double", "1_1", "flex") else 0


def c_rest_1_1(v: dict, val) -> int:
    return 3 if v["rest"] == "1_1" else 2 if v["rest"] == "2_2" else 0


def c_weekends(v: dict, val) -> int:
    return 3 if v["rest"] == "double" else 2 if v["rest"] == "1_1" else 0


def c_no_overtime(v: dict, val) -> int:
    return 3 if v["overtime"] == "none" else 2 if v["overtime"] == "optional" else 0


def c_no_sales(v: dict, val) -> int:
    if v["phone_sales"] or v["sales_duty"] == "core":
        return 0
    return 3 if v["sales_duty"] == "none" else 2


def c_no_phone_sales(v: dict, val) -> int:
    if v["phone_sales"]:
        return 0
    return 2 if v["sales_duty"] == "core" else 3


def c_no_deposit(v: dict, val) -> int:
    return 3 if v["deposit"] == "none" else 0


def c_age(v: dict, val) -> int:
    if v["age_min"] <= val <= v["age_max"]:
        return 3 if v["age_stated"] else 2
    return 0


def c_gender(v: dict, val) -> int:
    g = v["gender_wanted"]
    return 3 if g == val else 2 if g is None else 0


def c_mum(v: dict, val) -> int:
    if v["gender_wanted"] == "male":
        return 0
    if v["shift"] in ("half_morning", "half_afternoon", "flex") or v["home_based"]:
        return 3
    if _is_day_only(v) and v["overtime"] == "none":
        return 2
    return 0


def c_metro(v: dict, val) -> int:
    m = v["metro_min"]
    return 0 if m is None else 3 if m <= 10 else 2 if m <= 20 else 0


def c_shuttle(v: dict, val) -> int:
    return 3 if v["shuttle"] else 2 if "transport" in v["perks"] else 0


def c_board(v: dict, val) -> int:
    p = v["perks"]
    return 3 if "room_and_board" in p else 2 if ("meals" in p or "housing" in p) else 0


def c_housing(v: dict, val) -> int:
    return 3 if ("housing" in v["perks"] or "room_and_board" in v["perks"]) else 0


def c_insurance(v: dict, val) -> int:
    p = v["perks"]
    if val == "any":
        return 3 if ("social_insurance" in p or "social_insurance_housing_fund" in p) else 0
    return 3 if "social_insurance_housing_fund" in p else 2 if "social_insurance" in p else 0


def c_emp_type(v: dict, val) -> int:
    e = v["emp_type"]
    if e == val:
        return 3
    if val == "part_time" and e in ("flexible", "temporary"):
        return 2
    if val == "temporary" and e in ("part_time", "flexible"):
        return 2
    return 0


def c_summer(v: dict, val) -> int:
    if v["summer_ok"]:
        return 3
    return 2 if v["emp_type"] in ("part_time", "temporary", "flexible") else 0


def c_edu(v: dict, val) -> int:
    return 3 if EDU_ORDER[v["edu_min"]] <= EDU_ORDER[val] else 0


def c_newbie(v: dict, val) -> int:
    if v["exp_min"] == 0:
        return 3 if v["training"] else 2
    return 0


def c_group(v: dict, val) -> int:
    if val in v["welcomed_groups"]:
        return 3
    k = v["job_kind"]
    if val == "graduate" and v["exp_min"] == 0 and v["edu_min"] in ("associate", "bachelor"):
        return 2
    if val == "veteran" and k in ("security", "van_driver", "ride_hail", "courier"):
        return 2
    if val == "disabled" and k in ("ecom_cs", "host_assistant"):
        return 2
    if val == "migrant_worker" and ("housing" in v["perks"] or "room_and_board" in v["perks"]):
        return 2
    return 0


def c_pay_min(v: dict, val) -> int:
    return 3 if v["true_pay_min"] >= val else 2 if v["true_pay_max"] >= val else 0


def c_daily_pay(v: dict, val) -> int:
    return 3 if v["pay_settle"] == "daily" else 2 if v["pay_settle"] == "weekly" else 0


def c_weekly_pay(v: dict, val) -> int:
    return 3 if v["pay_settle"] == "weekly" else 2 if v["pay_settle"] == "daily" else 0


CONDS = {
    "day_only": c_day_only, "nine_to_six": c_nine_to_six, "two_shift": c_two_shift, "morning": c_morning,
    "half_day": c_half_day, "rest_6_1": c_rest_6_1, "rest_1_1": c_rest_1_1, "weekends": c_weekends,
    "no_overtime": c_no_overtime, "no_sales": c_no_sales, "no_phone_sales": c_no_phone_sales,
    "no_deposit": c_no_deposit, "age": c_age, "gender": c_gender, "mum": c_mum, "metro": c_metro,
    "shuttle": c_shuttle, "board": c_board, "housing": c_housing, "insurance": c_insurance,
    "emp_type": c_emp_type, "summer": c_summer, "edu": c_edu, "newbie": c_newbie, "group": c_group,
    "pay_min": c_pay_min, "daily_pay": c_daily_pay, "weekly_pay": c_weekly_pay,
}


def grade_one(intent: dict, v: dict) -> int:
    parts = []
    if intent.get("kinds"):
        parts.append(job_grade(intent, v))
    if intent.get("place"):
        parts.append(place_grade(intent, v))
    for name, val in intent.get("conds", []):
        parts.append(CONDS[name](v, val))
    return min(parts) if parts else 0  # nothing verifiable -> nothing relevant


def grades_for(query: dict, vacancies: list[dict]) -> dict[str, int]:
    intent = query["intent"]
    out = {}
    for v in vacancies:
        g = grade_one(intent, v)
        if g > 0:
            out[v["external_ref"]] = g
    return out
