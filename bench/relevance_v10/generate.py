"""Generate vacancies.jsonl for relevance_v10 (seeded, deterministic). Run: python generate.py

Vacancies are generated from catalogue.py only (no query exists when this runs). Each row has the
visible CSV fields plus hidden ground truth (job_kind, true pay, schedule, age/gender, perks, traps...).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue import CITIES, DECOR_PREFIX, DUTIES, EMPLOYERS, KINDS, METRO, PASSING, TITLES  # noqa: E402

SEED = 20200610
OUT = Path(__file__).resolve().parent / "vacancies.jsonl"

# ---------------------------------------------------------------- per-kind truth profiles
DEFAULT = {
    "pay": (4000, 5500, 1000, 2500),
    "shift": {"day": 6, "long_day": 1, "evening": 1},
    "rest": {"6_1": 4, "month4": 3, "double": 2, "month2": 1},
    "overtime": {"none": 4, "optional": 3, "regular": 2},
    "settle": {"monthly": 9, "weekly": 1},
    "deposit": {"none": 20, "refundable": 1},
    "sales": {"none": 1},
    "ages": [(18, 45), (18, 50), (20, 55), (18, 40)],
    "gender": {None: 7, "female": 2, "male": 1},
    "emp": {"full_time": 8, "part_time": 1, "temporary": 1},
    "edu": {"none": 5, "junior_middle": 3, "senior_high": 1},
    "exp": {0: 7, 1: 2, 2: 1},
    "meals": 0.4, "housing": 0.3, "shuttle": 0.05,
    "ins": {"none": 2, "social_insurance": 4, "social_insurance_housing_fund": 2},
    "summer": 0.05, "training": 0.5, "home": 0.0,
}
P = {
    "rider": {"pay": (5000, 7500, 2500, 6000), "shift": {"flex": 6, "day": 1, "evening": 2, "night": 1},
              "rest": {"flex": 6, "month4": 2, "6_1": 1}, "overtime": {"optional": 5, "regular": 2, "none": 1},
              "settle": {"daily": 4, "weekly": 3, "monthly": 4},
              "deposit": {"none": 6, "refundable": 2, "vehicle_rent": 2, "fee": 1},
              "gender": {None: 6, "male": 4}, "ages": [(18, 45), (18, 50), (18, 55), (20, 40)],
              "emp": {"full_time": 5, "part_time": 3, "flexible": 2}, "meals": 0.1, "housing": 0.3,
              "ins": {"none": 4, "social_insurance": 3, "social_insurance_housing_fund": 1}, "summer": 0.3},
    "errand": {"pay": (4500, 7000, 2000, 5000), "shift": {"flex": 7, "day": 2, "evening": 1},
               "rest": {"flex": 7, "month4": 2}, "overtime": {"optional": 5, "none": 2},
               "settle": {"daily": 5, "weekly": 3, "monthly": 2},
               "deposit": {"none": 6, "refundable": 2, "fee": 1},
               "gender": {None: 8, "male": 2}, "ages": [(18, 50), (18, 55), (18, 60)],
               "emp": {"part_time": 4, "flexible": 4, "full_time": 2}, "meals": 0.0, "housing": 0.1,
               "ins": {"none": 6, "social_insurance": 2}, "summer": 0.5},
    "courier": {"pay": (6000, 8000, 2000, 4000), "shift": {"day": 5, "long_day": 4},
                "rest": {"month2": 3, "month4": 4, "6_1": 2}, "overtime": {"regular": 5, "optional": 3},
                "settle": {"monthly": 8, "weekly": 1}, "deposit": {"none": 6, "refundable": 2, "vehicle_rent": 1},
                "gender": {None: 6, "male": 4}, "ages": [(20, 45), (18, 50), (20, 40)], "housing": 0.4},
    "sorter": {"pay": (4500, 6000, 1000, 2500), "shift": {"night": 4, "two_shift": 3, "day": 2, "long_day": 1},
               "rest": {"month4": 4, "6_1": 3, "month2": 2}, "overtime": {"regular": 4, "optional": 4, "none": 1},
               "settle": {"monthly": 5, "daily": 3, "weekly": 2}, "gender": {None: 7, "male": 2, "female": 1},
               "ages": [(18, 50), (18, 55), (18, 45)], "emp": {"full_time": 5, "temporary": 3, "part_time": 2},
               "meals": 0.5, "housing": 0.5, "summer": 0.4, "shuttle": 0.2},
    "picker": {"pay": (4500, 6000, 1000, 2500), "shift": {"day": 4, "two_shift": 3, "night": 2, "long_day": 1},
               "rest": {"6_1": 4, "month4": 3, "double": 1}, "settle": {"monthly": 6, "daily": 2, "weekly": 2},
               "ages": [(18, 45), (18, 50), (18, 55)], "emp": {"full_time": 6, "temporary": 2, "part_time": 2},
               "meals": 0.5, "housing": 0.5, "summer": 0.4, "shuttle": 0.25},
    "packer": {"pay": (4200, 5500, 800, 2500), "shift": {"day": 5, "long_day": 2, "two_shift": 2, "half_morning": 1},
               "rest": {"6_1": 4, "month4": 3, "double": 1}, "settle": {"monthly": 6, "daily": 2, "weekly": 1},
               "gender": {None: 6, "female": 4}, "ages": [(18, 50), (18, 55), (18, 45)],
               "emp": {"full_time": 5, "temporary": 2, "part_time": 3}, "summer": 0.5},
    "forklift": {"pay": (5500, 7000, 1000, 2500), "shift": {"day": 4, "two_shift": 3, "long_day": 2},
                 "gender": {None: 6, "male": 4}, "ages": [(20, 50), (22, 55)], "exp": {1: 5, 0: 2, 2: 2},
                 "edu": {"junior_middle": 5, "none": 3}},
    "ride_hail": {"pay": (6000, 9000, 3000, 6000), "shift": {"flex": 6, "day": 2, "night": 2},
                  "rest": {"flex": 7, "month4": 2}, "overtime": {"optional": 6, "regular": 2},
                  "settle": {"weekly": 4, "daily": 3, "monthly": 3},
                  "deposit": {"vehicle_rent": 4, "refundable": 3, "none": 3},
                  "gender": {None: 7, "male": 3}, "ages": [(22, 55), (22, 60), (25, 50)],
                  "emp": {"full_time": 4, "flexible": 5, "part_time": 1}, "exp": {3: 5, 1: 2, 2: 2},
                  "meals": 0.0, "housing": 0.0, "ins": {"none": 6, "social_insurance": 2}},
    "van_driver": {"pay": (6000, 8000, 1500, 3500), "shift": {"day": 5, "long_day": 3, "night": 2},
                   "gender": {None: 6, "male": 4}, "ages": [(22, 50), (25, 55)], "exp": {2: 5, 1: 3, 3: 2},
                   "edu": {"junior_middle": 5, "none": 3}},
    "host": {"pay": (4000, 7000, 3000, 12000), "shift": {"day": 4, "evening": 4, "flex": 1, "night": 1},
             "rest": {"6_1": 4, "month4": 3, "double": 2}, "overtime": {"optional": 5, "regular": 3, "none": 2},
             "deposit": {"none": 6, "fee": 2, "refundable": 1}, "sales": {"minor": 6, "core": 4},
             "gender": {None: 6, "female": 4}, "ages": [(18, 30), (18, 35), (20, 35), (18, 40)],
             "edu": {"none": 4, "senior_high": 3, "associate": 3}, "meals": 0.3, "housing": 0.3, "summer": 0.2,
             "training": 0.8},
    "host_assistant": {"pay": (4000, 5500, 1000, 3000), "shift": {"day": 5, "evening": 4, "flex": 1},
                       "rest": {"6_1": 4, "month4": 3, "double": 3}, "ages": [(18, 30), (18, 35), (20, 35)],
                       "edu": {"senior_high": 4, "associate": 4, "none": 2}, "summer": 0.3, "training": 0.7},
    "ecom_cs": {"pay": (3800, 5000, 800, 2500), "shift": {"day": 6, "evening": 2, "two_shift": 1, "half_morning": 1},
                "rest": {"double": 3, "6_1": 4, "month4": 3}, "overtime": {"none": 5, "optional": 4, "regular": 1},
                "sales": {"none": 7, "minor": 3}, "gender": {None: 8, "female": 2},
                "ages": [(18, 35), (18, 40), (18, 45)], "edu": {"senior_high": 5, "associate": 3, "none": 2},
                "emp": {"full_time": 7, "part_time": 3}, "summer": 0.2, "training": 0.8, "home": 0.2,
                "ins": {"social_insurance": 5, "social_insurance_housing_fund": 3, "none": 2}},
    "telesales": {"pay": (3500, 5000, 2000, 6000), "shift": {"day": 9, "evening": 1},
                  "rest": {"double": 5, "6_1": 5}, "overtime": {"none": 4, "optional": 4, "regular": 2},
                  "sales": {"core": 1}, "ages": [(18, 35), (18, 40), (20, 45)],
                  "edu": {"senior_high": 5, "associate": 5}, "training": 0.8,
                  "ins": {"social_insurance": 5, "social_insurance_housing_fund": 4, "none": 1}},
    "membership_sales": {"pay": (4000, 5500, 2500, 6000), "shift": {"day": 4, "evening": 4, "long_day": 2},
                         "rest": {"6_1": 6, "month4": 4}, "overtime": {"optional": 4, "regular": 4, "none": 2},
                         "sales": {"core": 1}, "ages": [(18, 30), (18, 35)], "edu": {"senior_high": 5, "associate": 5},
                         "training": 0.7},
    "promoter": {"pay": (3800, 5000, 1000, 3000), "shift": {"day": 6, "half_afternoon": 2, "evening": 2},
                 "rest": {"6_1": 5, "month4": 3, "flex": 2}, "sales": {"core": 1}, "gender": {None: 6, "female": 4},
                 "ages": [(18, 40), (18, 45), (20, 50)], "emp": {"full_time": 5, "part_time": 4, "temporary": 1},
                 "summer": 0.4, "settle": {"monthly": 6, "daily": 3, "weekly": 1}},
    "stocker": {"pay": (3800, 4800, 500, 1500), "shift": {"day": 5, "half_morning": 2, "evening": 2, "night": 1},
                "rest": {"6_1": 5, "month4": 4, "double": 1}, "gender": {None: 8, "male": 1, "female": 1},
                "ages": [(18, 50), (18, 55), (25, 55), (18, 45)], "emp": {"full_time": 6, "part_time": 4},
                "summer": 0.3},
    "cashier": {"pay": (3800, 4600, 500, 1500), "shift": {"day": 5, "evening": 3, "half_morning": 1, "half_afternoon": 1},
                "rest": {"6_1": 5, "month4": 4, "double": 1}, "gender": {None: 7, "female": 3},
                "ages": [(18, 40), (18, 45), (18, 50)], "edu": {"junior_middle": 5, "senior_high": 4, "none": 1},
                "emp": {"full_time": 6, "part_time": 4}, "summer": 0.3},
    "cleaner": {"pay": (3000, 4200, 300, 1200), "shift": {"day": 6, "half_morning": 2, "half_afternoon": 1, "evening": 1},
                "rest": {"6_1": 4, "month4": 4, "double": 1, "1_1": 1}, "overtime": {"none": 7, "optional": 3},
                "gender": {None: 6, "female": 4}, "ages": [(30, 55), (35, 60), (40, 60), (18, 60), (25, 50)],
                "emp": {"full_time": 6, "part_time": 4}, "edu": {"none": 1},
                "ins": {"none": 4, "social_insurance": 5, "social_insurance_housing_fund": 1}},
    "hotel_housekeeper": {"pay": (3800, 4800, 500, 1500), "shift": {"day": 8, "half_morning": 1, "evening": 1},
                          "rest": {"6_1": 4, "month4": 5, "double": 1}, "overtime": {"none": 4, "optional": 5, "regular": 1},
                          "gender": {None: 5, "female": 5}, "ages": [(18, 50), (25, 55), (20, 45)],
                          "meals": 0.8, "housing": 0.6, "summer": 0.2},
    "maternity": {"pay": (8000, 12000, 3000, 8000), "shift": {"live_in": 1}, "rest": {"order": 1},
                  "overtime": {"regular": 1}, "gender": {"female": 1}, "ages": [(30, 50), (30, 55), (25, 52)],
                  "exp": {1: 5, 0: 3, 2: 2}, "emp": {"full_time": 7, "flexible": 3}, "meals": 1.0, "housing": 1.0,
                  "ins": {"none": 7, "social_insurance": 3}, "training": 0.8},
    "nanny": {"pay": (5500, 7500, 1000, 3000), "shift": {"live_in": 5, "day": 4, "half_morning": 1},
              "rest": {"month4": 6, "6_1": 3, "double": 1}, "overtime": {"optional": 5, "none": 3, "regular": 2},
              "gender": {"female": 1}, "ages": [(30, 55), (35, 58), (28, 50)], "exp": {1: 5, 0: 3, 2: 2},
              "emp": {"full_time": 7, "part_time": 3}, "meals": 0.7, "housing": 0.5,
              "ins": {"none": 8, "social_insurance": 2}},
    "elder_care": {"pay": (4500, 6000, 1000, 2500), "shift": {"day": 3, "two_shift": 3, "live_in": 2, "rot24": 2},
                   "rest": {"month4": 4, "6_1": 3, "1_1": 2}, "gender": {None: 6, "female": 4},
                   "ages": [(30, 55), (35, 60), (25, 58)], "meals": 0.8, "housing": 0.6},
    "hairdresser": {"pay": (5000, 8000, 3000, 7000), "shift": {"day": 3, "long_day": 7}, "rest": {"month4": 7, "6_1": 3},
                    "overtime": {"optional": 5, "regular": 5}, "sales": {"minor": 6, "none": 3, "core": 1},
                    "ages": [(18, 35), (18, 40), (20, 45)], "exp": {2: 5, 3: 3, 1: 2}, "meals": 0.6, "housing": 0.6},
    "hair_assistant": {"pay": (3000, 4000, 1000, 2000), "shift": {"long_day": 7, "day": 3}, "rest": {"month4": 8, "6_1": 2},
                       "overtime": {"optional": 5, "regular": 5}, "sales": {"minor": 6, "none": 4},
                       "ages": [(16, 25), (18, 28), (18, 30)], "meals": 0.8, "housing": 0.8, "training": 0.9},
    "beautician": {"pay": (4000, 6000, 2000, 5000), "shift": {"day": 4, "long_day": 6}, "rest": {"month4": 6, "6_1": 4},
                   "sales": {"minor": 6, "core": 2, "none": 2}, "gender": {"female": 7, None: 3},
                   "ages": [(18, 35), (18, 40), (20, 45)], "meals": 0.6, "housing": 0.6, "training": 0.9},
    "nail": {"pay": (4000, 6000, 2000, 5000), "shift": {"day": 5, "long_day": 5}, "rest": {"month4": 6, "6_1": 4},
             "sales": {"minor": 5, "none": 5}, "gender": {"female": 6, None: 4}, "ages": [(18, 35), (18, 40)],
             "meals": 0.5, "housing": 0.5, "training": 0.8},
    "fitness": {"pay": (5000, 7000, 4000, 10000), "shift": {"day": 3, "evening": 4, "long_day": 3},
                "rest": {"6_1": 6, "month4": 4}, "sales": {"minor": 6, "none": 2, "core": 2},
                "ages": [(20, 35), (20, 40)], "exp": {1: 5, 0: 3, 2: 2}, "edu": {"senior_high": 6, "associate": 4},
                "training": 0.6},
    "barista": {"pay": (4000, 5500, 1000, 2500), "shift": {"day": 5, "evening": 3, "half_morning": 1, "half_afternoon": 1},
                "rest": {"6_1": 4, "month4": 4, "double": 2}, "ages": [(18, 30), (18, 35), (18, 40)],
                "edu": {"senior_high": 5, "associate": 3, "none": 2}, "emp": {"full_time": 6, "part_time": 4},
                "summer": 0.4, "training": 0.8},
    "tea_maker": {"pay": (3800, 4800, 800, 2000), "shift": {"day": 4, "evening": 4, "half_morning": 1, "half_afternoon": 1},
                  "rest": {"6_1": 4, "month4": 5, "double": 1}, "ages": [(16, 30), (18, 30), (18, 35)],
                  "emp": {"full_time": 5, "part_time": 5}, "summer": 0.6, "training": 0.8,
                  "settle": {"monthly": 7, "weekly": 1, "daily": 2}},
    "waiter": {"pay": (4000, 5000, 800, 2000), "shift": {"day": 3, "long_day": 3, "evening": 2, "half_morning": 1, "half_evening": 1},
               "rest": {"month4": 6, "6_1": 4}, "ages": [(18, 40), (18, 45), (18, 50)],
               "emp": {"full_time": 6, "part_time": 3, "temporary": 1}, "meals": 0.9, "housing": 0.6, "summer": 0.5,
               "settle": {"monthly": 6, "daily": 3, "weekly": 1}},
    "dishwasher": {"pay": (3800, 4800, 500, 1200), "shift": {"day": 3, "long_day": 4, "half_evening": 2, "half_morning": 1},
                   "rest": {"month4": 6, "6_1": 3, "1_1": 1}, "overtime": {"none": 5, "optional": 4, "regular": 1},
                   "gender": {None: 6, "female": 4}, "ages": [(30, 55), (35, 60), (25, 58), (18, 55)],
                   "emp": {"full_time": 6, "part_time": 3, "temporary": 1}, "meals": 1.0, "housing": 0.5,
                   "settle": {"monthly": 6, "daily": 3, "weekly": 1}},
    "kitchen_helper": {"pay": (4000, 5000, 800, 2000), "shift": {"day": 3, "long_day": 5, "half_morning": 2},
                       "rest": {"month4": 7, "6_1": 3}, "ages": [(18, 45), (18, 50), (25, 55)],
                       "meals": 1.0, "housing": 0.6},
    "factory_op": {"pay": (4500, 5800, 1000, 2500), "shift": {"two_shift": 5, "long_day": 3, "day": 2},
                   "rest": {"6_1": 4, "month4": 4, "double": 1, "month2": 1}, "overtime": {"regular": 6, "optional": 3, "none": 1},
                   "gender": {None: 6, "female": 3, "male": 1}, "ages": [(18, 40), (18, 45), (18, 48), (16, 35)],
                   "emp": {"full_time": 7, "temporary": 2, "part_time": 1}, "meals": 0.7, "housing": 0.7, "shuttle": 0.3,
                   "summer": 0.3, "settle": {"monthly": 7, "daily": 1, "weekly": 2},
                   "ins": {"social_insurance": 6, "social_insurance_housing_fund": 2, "none": 2}},
    "qc": {"pay": (4500, 5800, 800, 2000), "shift": {"two_shift": 4, "long_day": 3, "day": 3},
           "rest": {"6_1": 4, "month4": 4, "double": 2}, "overtime": {"regular": 5, "optional": 4, "none": 1},
           "gender": {None: 6, "female": 4}, "ages": [(18, 35), (18, 40), (18, 45)],
           "edu": {"senior_high": 6, "junior_middle": 4}, "meals": 0.7, "housing": 0.7, "shuttle": 0.3},
    "sewing": {"pay": (5000, 7000, 1500, 4000), "shift": {"long_day": 6, "day": 4}, "rest": {"month4": 5, "6_1": 3, "month2": 2},
               "overtime": {"regular": 6, "optional": 4}, "gender": {None: 5, "female": 5},
               "ages": [(18, 45), (18, 50), (20, 55)], "exp": {1: 5, 0: 3, 2: 2}, "meals": 0.8, "housing": 0.8},
    "security": {"pay": (3800, 5000, 500, 1500), "shift": {"rot24": 3, "two_shift": 4, "day": 2, "night": 1},
                 "rest": {"1_1": 3, "month4": 4, "6_1": 3}, "overtime": {"none": 4, "optional": 4, "regular": 2},
                 "gender": {"male": 6, None: 4}, "ages": [(18, 50), (20, 55), (18, 60), (25, 58)],
                 "meals": 0.6, "housing": 0.5},
}

SHIFT_HOURS = {  # (start, end) choices per shift type
    "day": [(8.5, 17.5), (9, 18), (8, 17), (9, 17.5), (10, 19), (9.5, 18.5), (8, 18), (10, 18)],
    "long_day": [(8, 20), (7.5, 19.5), (8.5, 20.5), (10, 22)],
    "evening": [(14, 22), (16, 23), (15, 22.5), (17, 24)],
    "night": [(20, 8), (21, 6), (22, 7)],
    "half_morning": [(8, 12), (7, 11), (8.5, 12.5)],
    "half_afternoon": [(13, 17), (14, 18)],
    "half_evening": [(17, 21), (17.5, 21.5)],
}


def pick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def hm(x: float) -> str:
    h = int(x) % 24
    return f"{h}:{'30' if x % 1 else '00'}"


def truth_for(kind: str, emp: dict, rng: random.Random) -> dict:
    prof = {**DEFAULT, **P.get(kind, {})}
    lo, hi, slo, shi = prof["pay"]
    pay_min = round(rng.randint(lo, hi), -2)
    pay_max = round(pay_min + rng.randint(slo, shi), -2)
    shift = pick(rng, prof["shift"])
    if shift == "long_day" and kind == "hairdresser":
        hours = (10, 22)
    elif shift == "long_day":
        hours = rng.choice(SHIFT_HOURS["long_day"][:3])
    else:
        hours = rng.choice(SHIFT_HOURS[shift]) if shift in SHIFT_HOURS else None
    rest = pick(rng, prof["rest"])
    if shift == "rot24":
        rest = "1_1"
    if shift == "live_in" and rest == "double":
        rest = "month4"
    overtime = pick(rng, prof["overtime"])
    if shift.startswith("half_"):
        overtime = "none"
    emp_type = pick(rng, prof["emp"])
    if shift.startswith("half_") and emp_type == "full_time" and rng.random() < 0.7:
        emp_type = "part_time"
    settle = pick(rng, prof["settle"])
    basis = "piece" if kind in ("rider", "errand", "sewing", "ride_hail") else (
        "daily" if settle == "daily" and emp_type in ("temporary", "part_time") else "salary")
    age_min, age_max = rng.choice(prof["ages"])
    if rng.random() < 0.12:  # a generous employer: takes older people too
        age_max = min(60, age_max + 10)
    gender = pick(rng, prof["gender"])
    meals = rng.random() < prof["meals"]
    housing = rng.random() < prof["housing"]
    perks = []
    ins = pick(rng, prof["ins"])
    if ins != "none":
        perks.append(ins)
    if meals and housing:
        perks.append("room_and_board")
    elif meals:
        perks.append("meals")
    elif housing:
        perks.append("housing")
    shuttle = rng.random() < prof["shuttle"]
    if shuttle:
        perks.append("shuttle")
    elif rng.random() < 0.1:
        perks.append("transport")
    if rest == "double":
        perks.append("weekends_off")
    training = rng.random() < prof["training"]
    if training:
        perks.append("training")
    if rng.random() < 0.15:
        perks.append("year_end_bonus")
    if ins == "social_insurance_housing_fund" and rng.random() < 0.5:
        perks.append("paid_leave")
    # metro: the workplace's walk to a metro station (None = no metro nearby / not applicable)
    city, district = emp["city"], emp["district_code"]
    stations = METRO.get(city, {}).get(district)
    metro_min, station = None, None
    if stations and kind not in ("maternity", "nanny") and rng.random() < 0.75:
        metro_min = rng.choice([3, 5, 5, 8, 10, 12, 15, 20, 25, 30])
        station = rng.choice(stations)
    phone_sales = kind == "telesales"
    sales = pick(rng, prof["sales"])
    home = rng.random() < prof["home"]
    exp = pick(rng, prof["exp"])
    edu = pick(rng, prof["edu"])
    summer = rng.random() < prof["summer"] and emp_type != "full_time" or (rng.random() < prof["summer"] / 3)
    return {
        "job_kind": kind, "true_pay_min": pay_min, "true_pay_max": pay_max, "pay_settle": settle,
        "pay_basis": basis, "shift": shift, "hours": list(hours) if hours else None, "rest": rest,
        "overtime": overtime, "deposit": pick(rng, prof["deposit"]), "sales_duty": sales,
        "phone_sales": phone_sales, "age_min": age_min, "age_max": age_max,
        "age_stated": rng.random() < 0.55, "gender_wanted": gender,
        "gender_stated": gender is not None and rng.random() < 0.6,
        "metro_min": metro_min, "metro_station": station, "shuttle": shuttle, "perks": perks,
        "summer_ok": bool(summer), "training": training, "home_based": home,
        "emp_type": emp_type, "edu_min": edu, "exp_min": exp,
    }


# ---------------------------------------------------------------- text
REST_TXT = {"double": ["双休", "做五休二", "周末双休"], "6_1": ["做六休一", "单休", "每周休一天"],
            "month4": ["月休4天", "每月休四天", "轮休，月休4天"], "month2": ["月休2天", "每月休两天"],
            "1_1": ["做一休一", "上一天休一天"], "flex": ["时间自由", "自己安排上线时间", "想跑就跑"],
            "order": ["一单26天，下单可休息", "26天一单"]}
SHIFT_TXT = {"day": ["白班", "只上白班", "不上夜班"], "long_day": ["长白班", "长白班不倒班", "白班"],
             "evening": ["晚班", "中晚班"], "night": ["夜班", "上夜班，有夜班补贴"],
             "two_shift": ["两班倒", "白夜班两班倒", "两班倒，半月一倒"], "flex": ["自由排班", "时间灵活"],
             "half_morning": ["上午班", "半天班（上午）"], "half_afternoon": ["下午班", "半天班（下午）"],
             "half_evening": ["晚上半天班", "晚市班"], "live_in": ["住家", "住雇主家"],
             "rot24": ["24小时值班，做一休一", "上一天休一天，24小时班"]}
PERK_TXT = {"social_insurance": "缴纳五险", "social_insurance_housing_fund": "五险一金", "room_and_board": "包吃住",
            "meals": "包工作餐", "housing": "提供宿舍", "shuttle": "有班车接送", "transport": "有交通补贴",
            "weekends_off": "双休", "training": "岗前带薪培训", "year_end_bonus": "有年终奖", "paid_leave": "带薪年假"}
FILLER = ["公司正规，按时发工资。", "团队氛围好，年轻人多。", "疫情期间做好防护，每天测体温。", "欢迎有意者投递简历。",
          "复工复产，大量招人。", "工作环境干净整洁。", "有意者尽快报名，名额有限。", "老员工带新人，不用担心学不会。",
          "旺季忙一点，淡季轻松。", "节假日有三倍工资。"]


def salary_words(t: dict, rng: random.Random) -> str:
    lo, hi = t["true_pay_min"], t["true_pay_max"]
    if t["pay_basis"] == "daily":
        return f"{round(lo / 26, -1):.0f}-{round(hi / 26, -1):.0f}元/天"
    if t["pay_basis"] == "piece":
        return rng.choice([f"多劳多得，月入{lo}-{hi}", f"按单计费，综合月收入{hi}左右", f"计件，熟手{hi}+"])
    return rng.choice([f"月薪{lo}-{hi}", f"底薪{lo}+提成" if t["sales_duty"] != "none" else f"综合工资{lo}-{hi}",
                       f"到手{lo}以上", f"{lo // 1000}k-{hi // 1000}k"])


def describe(kind: str, t: dict, emp: dict, style: str, rng: random.Random) -> tuple[str, list[str]]:
    traps = []
    parts = [rng.choice(DUTIES[kind])]
    if rng.random() < 0.8:
        parts.append(salary_words(t, rng))
    if t["pay_settle"] == "daily" and rng.random() < 0.8:
        parts.append(rng.choice(["日结", "当天结工资", "工资日结"]))
    elif t["pay_settle"] == "weekly" and rng.random() < 0.8:
        parts.append(rng.choice(["周结", "一周一结"]))
    if t["hours"] and rng.random() < 0.7:
        a, b = t["hours"]
        parts.append(f"{rng.choice(SHIFT_TXT[t['shift']])}，{hm(a)}-{hm(b)}")
    elif rng.random() < 0.7:
        parts.append(rng.choice(SHIFT_TXT[t["shift"]]))
    if rng.random() < 0.7:
        parts.append(rng.choice(REST_TXT.get(t["rest"], ["轮休"])))
    if t["overtime"] == "none" and rng.random() < 0.5:
        parts.append(rng.choice(["不加班", "基本不加班"]))
    elif t["overtime"] == "optional" and rng.random() < 0.5:
        parts.append(rng.choice(["加班自愿", "旺季偶尔加班"]))
    elif t["overtime"] == "regular" and rng.random() < 0.5:
        parts.append(rng.choice(["需配合加班，有加班费", "每天加班2-3小时"]))
    if t["age_stated"]:
        if t["age_max"] >= 58 and rng.random() < 0.5:
            parts.append(rng.choice(["年龄不限，身体健康即可", "大龄可，60岁以下"]))
        else:
            parts.append(rng.choice([f"年龄{t['age_min']}-{t['age_max']}岁", f"{t['age_max']}岁以下", f"{t['age_min']}-{t['age_max']}周岁"]))
    if t["gender_stated"]:
        parts.append({"female": rng.choice(["女性优先", "限女性", "宝妈优先", "适合女性"]),
                      "male": rng.choice(["男性优先", "限男性", "适合男士"])}[t["gender_wanted"]])
    elif t["gender_wanted"] is None and rng.random() < 0.2:
        parts.append("男女不限")
    perks_said = [PERK_TXT[p] for p in t["perks"] if rng.random() < 0.6 and PERK_TXT[p] not in parts]
    if perks_said:
        parts.append("、".join(perks_said))
    if t["deposit"] == "refundable" and rng.random() < 0.8:
        parts.append(rng.choice(["装备押金300元，离职退还", "需交服装押金，干满三个月退", "押金从首月工资扣，离职退"]))
    elif t["deposit"] == "fee" and rng.random() < 0.8:
        parts.append(rng.choice(["入职需交培训费（可分期）", "需购买工装和资料费", "上岗前交体检和服装费用"]))
    elif t["deposit"] == "vehicle_rent" and rng.random() < 0.9:
        parts.append(rng.choice(["可租公司车辆，车租每月从收入中扣", "无车可租电动车，租金另算", "车辆租金每周结算"]))
    elif t["deposit"] == "none" and rng.random() < 0.25:
        parts.append(rng.choice(["不收任何费用", "无押金", "0押金入职"]))
    if kind in ("rider", "errand") and rng.random() < 0.5:
        parts.append(rng.choice(["需自备电动车", "有电动车优先", "公司提供电动车"]))
    if t["sales_duty"] == "minor" and rng.random() < 0.7:
        parts.append(rng.choice(["适当推荐办卡有提成", "有少量推销任务", "推荐产品有提成"]))
    elif t["sales_duty"] == "core" and rng.random() < 0.8:
        parts.append(rng.choice(["有业绩要求", "底薪+高提成，完成月度指标", "需完成销售任务"]))
    if t["metro_min"] and rng.random() < 0.7:
        parts.append(rng.choice([f"{t['metro_station']}步行{t['metro_min']}分钟", f"近地铁{t['metro_station']}",
                                 f"地铁{t['metro_station']}附近"]))
    if t["shuttle"] and rng.random() < 0.7:
        parts.append(rng.choice(["班车接送", "上下班有班车"]))
    if t["home_based"]:
        parts.append(rng.choice(["可居家办公", "在家上班，自备电脑"]))
    if t["summer_ok"] and rng.random() < 0.7:
        parts.append(rng.choice(["接受暑假工", "学生暑假工可做", "暑期工欢迎"]))
    if t["exp_min"] == 0 and rng.random() < 0.5:
        parts.append(rng.choice(["无经验可", "新手可，带薪培训" if t["training"] else "新手可", "零基础可学"]))
    elif t["exp_min"] > 0 and rng.random() < 0.7:
        parts.append(f"{t['exp_min']}年以上经验")
    if kind in PASSING and rng.random() < 0.35:
        phrase = rng.choice(PASSING[kind])
        parts.append(phrase)
        traps.append("mentions_other_job:" + phrase)
    if style == "hurried":
        parts = parts[: max(2, rng.randint(2, 5))]
    elif style in ("long", "agency"):
        parts += rng.sample(FILLER, 2)
        if style == "agency":
            parts.insert(0, rng.choice(["我司为人力资源公司，代招", "厂方直招（驻厂服务）", "大厂长期工，人力公司驻厂"]))
    elif rng.random() < 0.4:
        parts.append(rng.choice(FILLER))
    sep = "，" if style == "hurried" else "；"
    text = sep.join(p.rstrip("。") for p in parts) + "。"
    if len(text) < 20:
        text += rng.choice(FILLER)
    return text[:400], traps


def make_title(kind: str, t: dict, emp: dict, style: str, rng: random.Random) -> tuple[str, list[str]]:
    traps = []
    pool = TITLES[kind]
    base = pool[0] if rng.random() < 0.45 else rng.choice(pool[1:])
    if base != pool[0]:
        traps.append("nonstandard_title")
    if kind == "telesales" and base in ("电话客服", "客服专员", "电话回访专员", "客户经理"):
        traps.append("sales_titled_as_service")
    if kind == "membership_sales" and base in ("健身顾问", "储备教练"):
        traps.append("sales_titled_as_coach")
    title = base
    p_dec = 0.55 if style in ("hurried", "agency") else 0.25
    if rng.random() < p_dec:
        title = rng.choice(DECOR_PREFIX) + title
        traps.append("decorated_title")
    suffixes = []
    if "room_and_board" in t["perks"]:
        suffixes.append("+包吃住")
    if t["pay_settle"] == "daily":
        suffixes.append("日结")
    if t["shift"] in ("day", "long_day") and kind in ("factory_op", "qc", "sewing", "packer", "picker"):
        suffixes.append("长白班")
    if t["sales_duty"] != "none" and kind not in ("host",):
        suffixes.append("底薪+提成")
    suffixes += ["月入过万", f"（{emp['district_name']}）", "五险", "可兼职", "男女不限"]
    if rng.random() < (0.6 if style != "plain" else 0.35):
        s = rng.choice(suffixes)
        if s == "五险" and not any(p.startswith("social_insurance") for p in t["perks"]):
            s = ""
        if s == "可兼职" and t["emp_type"] == "full_time":
            s = ""
        if s == "男女不限" and t["gender_wanted"]:
            s = ""
        if s == "月入过万" and t["true_pay_max"] < 10000:
            traps.append("title_overstates_pay")
        title += (" " if s and not s.startswith(("+", "（")) else "") + s
    return title[:60], traps


def main() -> None:
    rng = random.Random(SEED)
    rows = []
    for eid, name, city, dnames, ind, kinds, n, style in EMPLOYERS:
        by_name = {v: k for k, v in CITIES[city]["districts"].items()}
        for i in range(1, n + 1):
            dn = rng.choice(dnames)
            emp = {"city": city, "district_code": by_name[dn], "district_name": dn}
            kind = pick(rng, kinds)
            t = truth_for(kind, emp, rng)
            title, tr1 = make_title(kind, t, emp, style, rng)
            desc, tr2 = describe(kind, t, emp, style, rng)
            vis_max = t["true_pay_max"]
            traps = tr1 + tr2
            if kind in ("host", "rider", "ride_hail", "membership_sales", "telesales") and rng.random() < 0.35:
                vis_max = int(round(vis_max * rng.uniform(1.3, 1.8), -2))
                traps.append("visible_salary_inflated")
            occ = rng.choice(KINDS[kind]["occ"])
            if "sales_titled_as_service" in traps:
                occ = rng.choice(["4-07", "4-01"])
            groups = []
            if kind in ("factory_op", "sewing", "packer", "picker", "sorter", "courier") and rng.random() < 0.4:
                groups.append("migrant_worker")
            if kind in ("security", "van_driver", "courier", "ride_hail") and rng.random() < 0.35:
                groups.append("veteran")
            if kind in ("host", "host_assistant", "ecom_cs", "fitness", "telesales", "barista", "qc") and rng.random() < 0.3:
                groups.append("graduate")
            if kind in ("ecom_cs", "packer", "qc") and rng.random() < 0.15:
                groups.append("disabled")
            if rng.random() < 0.06:
                groups.append("hubei")
            if rng.random() < 0.05:
                groups.append("poverty_registered")
            visible_benefits = [b for b in t["perks"] if rng.random() < 0.8]
            row = {
                "external_ref": f"V10-{eid}-{i:02d}",
                "title": title,
                "description": desc,
                "occupation_code": occ,
                "industry_code": ind,
                "region_code": emp["district_code"],
                "headcount": rng.choice([1, 1, 2, 2, 3, 5, 5, 10, 10, 20, 30, 50]),
                "salary_min": t["true_pay_min"],
                "salary_max": max(vis_max, t["true_pay_min"]),
                "education_min": t["edu_min"],
                "experience_min_years": t["exp_min"],
                "employment_type": t["emp_type"],
                "benefits": visible_benefits,
                "welcomed_groups": groups,
                "employer_name": name,
                # ---- hidden ground truth (ignored by the runner)
                "employer_id": eid, "city": city, "style": style,
                **t,
                "trap": traps,
            }
            rows.append(row)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} vacancies from {len({r['employer_name'] for r in rows})} employers to {OUT.name}")


if __name__ == "__main__":
    main()
