#!/usr/bin/env python3
"""Generate bench/relevance_v2/vacancies.jsonl — the synthetic vacancy corpus of the relevance_v2 set.

Written apart from the platform's search code and apart from queries.jsonl: this file has its own
seed, its own job-kind catalogue (titles, duties, pay, who hires it) and its own employers and
workplaces. The only thing shared with the queries is the list of job-kind *labels* (job_kinds.json),
which the grader needs to compare a query's intent with a vacancy's hidden ground truth.

Run:  /work/main/.venv/bin/python bench/relevance_v2/generate_vacancies.py
Output rows carry the CSV import fields (docs/vacancy-import.md) plus employer_name (the employer's
registered name, used to create the employer) and the HIDDEN ground-truth fields
job_kind, pay_cycle, pay_rate, schedule — never upload those four.

Seed-independent rules that the query set relies on (documented in RULES.md):
  * workplaces come only from the CITIES table below: nothing in 西藏 (54), 青海 (63), 香港/澳门/台湾;
  * salaries are built from per-kind ranges times a city factor (max 1.3), an experience bump and, for
    hourly temporary work, long hours; no vacancy's salary_max exceeds 2.5x the top of its kind's range
    (asserted below);
  * only kinds in KINDS are generated (job_kinds.json "not_generated" kinds never occur).
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED = 20200630
N_TARGET = 8000
DEMAND_SKEW = 1.25
BRANCH_WEIGHT = 0.25
OUT = HERE / "vacancies.jsonl"

REGIONS: dict[str, str] = json.loads((ROOT / "recruit/codes/data/regions.json").read_text(encoding="utf-8"))
TAXONOMY = json.loads((HERE / "job_kinds.json").read_text(encoding="utf-8"))

# --------------------------------------------------------------------------------------------
# Workplaces.  name -> (GB/T 2260 prefix, tier, zones).  Tier sets the pay factor; zones narrow
# the counties for factory-type and office-type employers.  Four county-less prefecture cities
# (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620200) are workplaces with their own code.
CITIES: dict[str, tuple[str, int, dict | None]] = {
    "北京": ("11", 1, {"office": ["110105", "110108", "110101", "110102", "110106"],
                      "factory": ["110112", "110113", "110115", "110114", "110111"]}),
    "上海": ("31", 1, {"office": ["310115", "310104", "310106", "310101", "310105", "310110", "310112"],
                      "factory": ["310117", "310112", "310114", "310118", "310120", "310116", "310113", "310115"]}),
    "广州": ("4401", 1, {"office": ["440106", "440104", "440105", "440113", "440112"],
                        "factory": ["440111", "440113", "440114", "440118", "440112", "440115"]}),
    "深圳": ("4403", 1, {"office": ["440305", "440304", "440303", "440307"],
                        "factory": ["440306", "440309", "440307", "440311", "440310"]}),
    "杭州": ("3301", 2, {"office": ["330106", "330108", "330110", "330102"],
                        "factory": ["330109", "330110", "330111", "330112"]}),
    "南京": ("3201", 2, {"office": ["320102", "320106", "320105", "320104"], "factory": ["320115", "320111", "320116", "320113"]}),
    "苏州": ("3205", 2, {"office": ["320508", "320505", "320506"],
                        "factory": ["320583", "320583", "320506", "320507", "320509", "320505", "320581", "320582", "320585"]}),
    "武汉": ("4201", 2, {"office": ["420111", "420106", "420103", "420102", "420115"],
                        "factory": ["420112", "420113", "420114", "420115", "420116", "420117", "420105"]}),
    "成都": ("5101", 2, {"office": ["510107", "510104", "510105", "510116"], "factory": ["510112", "510114", "510116", "510117", "510113"]}),
    "重庆": ("50", 2, {"office": ["500103", "500106", "500107", "500108"],
                      "factory": ["500109", "500107", "500113", "500116", "500117", "500118", "500120", "500106"]}),
    "天津": ("12", 2, {"office": ["120101", "120103", "120104", "120116"], "factory": ["120116", "120110", "120111", "120113", "120114"]}),
    "东莞": ("441900", 2, None),
    "宁波": ("3302", 2, {"factory": ["330206", "330211", "330212", "330281", "330282"]}),
    "厦门": ("3502", 2, {"factory": ["350211", "350212", "350213", "350205"], "office": ["350203", "350206"]}),
    "佛山": ("4406", 2, {"factory": ["440606", "440605", "440607", "440608"]}),
    "西安": ("6101", 2, {"office": ["610113", "610103", "610104"], "factory": ["610116", "610112", "610117", "610114"]}),
    "郑州": ("4101", 2, {"office": ["410105", "410103", "410102"], "factory": ["410184", "410122", "410182", "410106", "410108"]}),
    "长沙": ("4301", 2, {"office": ["430104", "430102", "430103"], "factory": ["430121", "430112", "430181", "430182"]}),
    "合肥": ("3401", 2, {"office": ["340104", "340111"], "factory": ["340122", "340123", "340121", "340102"]}),
    "青岛": ("3702", 2, {"factory": ["370211", "370214", "370215", "370281"]}),
    "济南": ("3701", 2, None),
    "中山": ("442000", 3, None),
    "惠州": ("4413", 3, {"factory": ["441302", "441303", "441322", "441323"]}),
    "无锡": ("3202", 3, None),
    "常州": ("3204", 3, None),
    "南通": ("3206", 3, None),
    "温州": ("3303", 3, None),
    "义乌": ("330782", 3, None),
    "泉州": ("3505", 3, {"factory": ["350582", "350582", "350581", "350583", "350521", "350502"]}),
    "福州": ("3501", 3, None),
    "南昌": ("3601", 3, None),
    "昆明": ("5301", 3, None),
    "南宁": ("4501", 3, None),
    "贵阳": ("5201", 3, None),
    "沈阳": ("2101", 3, None),
    "大连": ("2102", 3, None),
    "长春": ("2201", 3, None),
    "哈尔滨": ("2301", 3, None),
    "石家庄": ("1301", 3, None),
    "太原": ("1401", 3, None),
    "兰州": ("6201", 3, None),
    "海口": ("4601", 3, None),
    "三亚": ("4602", 3, None),
    "乌鲁木齐": ("6501", 3, None),
    "呼和浩特": ("1501", 3, None),
    "银川": ("6401", 3, None),
    "徐州": ("3203", 3, None),
    "宜昌": ("4205", 3, None),
    "襄阳": ("4206", 3, None),
    "十堰": ("4203", 3, None),
    "嘉峪关": ("620200", 3, None),
    "儋州": ("460400", 4, None),
    "孝感": ("4209", 4, None),
    "黄冈": ("4211", 4, None),
    "荆州": ("4210", 4, None),
    "恩施": ("4228", 4, None),
    "周口": ("4116", 4, None),
    "南阳": ("4113", 4, None),
    "阜阳": ("3412", 4, None),
    "赣州": ("3607", 4, None),
    "毕节": ("5205", 4, None),
    "朝阳": ("2113", 4, None),
}
TIER_FACTOR = {1: 1.3, 2: 1.08, 3: 0.95, 4: 0.82}
TIER_WEIGHT = {1: 6, 2: 3, 3: 1.5, 4: 1}  # bigger labour markets get more employers and postings


def pick_city(rng: random.Random, pool: list[str]) -> str:
    return rng.choices(pool, weights=[TIER_WEIGHT[CITIES[c][1]] for c in pool])[0]
BIG = ["北京", "上海", "广州", "深圳", "杭州", "南京", "苏州", "武汉", "成都", "重庆", "天津", "西安", "郑州", "长沙", "合肥"]
HUBS = ["东莞", "深圳", "苏州", "佛山", "中山", "惠州", "宁波", "广州", "上海", "重庆", "郑州", "武汉", "成都", "泉州",
        "无锡", "常州", "天津", "青岛", "厦门", "合肥", "孝感", "南昌", "长沙", "西安", "温州", "南通", "赣州"]
SECOND = ["宁波", "厦门", "佛山", "青岛", "济南", "福州", "南昌", "昆明", "南宁", "贵阳", "沈阳", "大连", "长春", "哈尔滨",
          "石家庄", "太原", "兰州", "海口", "乌鲁木齐", "呼和浩特", "银川", "徐州", "宜昌", "襄阳", "无锡", "常州",
          "南通", "温州", "东莞", "中山", "惠州", "泉州"]
SMALL = ["十堰", "嘉峪关", "儋州", "孝感", "黄冈", "荆州", "恩施", "周口", "南阳", "阜阳", "赣州", "毕节", "朝阳", "三亚", "义乌"]
ALL_CITIES = list(CITIES)

_county_cache: dict[str, list[str]] = {}


def counties_of(city: str, zone: str | None) -> list[str]:
    prefix, _, zones = CITIES[city]
    if zones and zone in zones:
        return zones[zone]
    if len(prefix) == 6:
        return [prefix]
    if prefix not in _county_cache:
        _county_cache[prefix] = [c for c in REGIONS if c.startswith(prefix) and not c.endswith("00") and c != "500157"]
    return _county_cache[prefix]


def short_place(code: str) -> str:
    name = REGIONS.get(code, "")
    for suf in ("土家族苗族自治州", "自治县", "自治州", "新区", "市", "区", "县"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def full_place(code: str) -> str:
    parts = []
    for cand in (code[:2] + "0000", code[:4] + "00", code):
        n = REGIONS.get(cand)
        if n and n not in parts and n != "市辖区" and n != "县":
            parts.append(n)
    return "".join(parts)


# --------------------------------------------------------------------------------------------
# Profiles: distributions shared by similar kinds.  Keys:
#   edu, exp, emp: categorical weights;  ben/grp: independent probabilities (percent);
#   hours: full-time schedule wording (day_only = the text says day shift only, night = shifts incl. night);
#   pt: schedule tags a part-time posting of this profile may carry;  students: temp/summer work exists;
#   day_pay: chance a full-time posting is paid by the day (construction 点工, agencies);  head: headcount range.
P = {
    "factory": dict(edu={"none": 45, "junior_middle": 40, "senior_high": 15}, exp={0: 85, 1: 10, 2: 5},
                    emp={"full_time": 78, "temporary": 16, "part_time": 6},
                    ben={"social_insurance": 55, "room_and_board": 35, "housing": 22, "meals": 25, "shuttle": 12, "training": 30,
                         "year_end_bonus": 15, "weekends_off": 4, "transport": 6, "paid_leave": 8},
                    grp={"migrant_worker": 30, "poverty_registered": 12, "hubei": 8, "employment_difficulty": 4, "veteran": 4, "disabled": 3},
                    hours={"day_only": 35, "night": 45, "none": 20}, pt=["evening", "weekend"], students=True, day_pay=8, head=(5, 150)),
    "factory_skilled": dict(edu={"none": 25, "junior_middle": 40, "senior_high": 35}, exp={0: 30, 1: 25, 2: 25, 3: 15, 5: 5},
                            emp={"full_time": 93, "temporary": 7},
                            ben={"social_insurance": 65, "room_and_board": 35, "housing": 20, "meals": 25, "training": 15,
                                 "year_end_bonus": 25, "weekends_off": 6, "paid_leave": 12, "social_insurance_housing_fund": 8},
                            grp={"migrant_worker": 25, "veteran": 6, "hubei": 7, "poverty_registered": 5},
                            hours={"day_only": 40, "night": 35, "none": 25}, pt=[], students=False, day_pay=6, head=(1, 20)),
    "engineer": dict(edu={"associate": 45, "bachelor": 50, "master": 5}, exp={0: 15, 1: 15, 2: 20, 3: 30, 5: 20},
                     emp={"full_time": 92, "internship": 8},
                     ben={"social_insurance_housing_fund": 75, "social_insurance": 15, "weekends_off": 45, "paid_leave": 55,
                          "year_end_bonus": 50, "meals": 25, "housing": 20, "shuttle": 20, "training": 20},
                     grp={"graduate": 25, "hubei": 6, "veteran": 3},
                     hours={"none": 70, "day_only": 30}, pt=[], students=False, day_pay=0, head=(1, 5)),
    "courier": dict(edu={"none": 60, "junior_middle": 30, "senior_high": 10}, exp={0: 85, 1: 15},
                    emp={"full_time": 70, "flexible": 20, "part_time": 10},
                    ben={"social_insurance": 45, "housing": 25, "meals": 20, "training": 35, "transport": 15, "year_end_bonus": 10},
                    grp={"migrant_worker": 30, "veteran": 10, "hubei": 7, "poverty_registered": 6, "employment_difficulty": 4},
                    hours={"none": 80, "day_only": 20}, pt=["evening", "weekend", "flexible_hours"], students=False, day_pay=0, head=(3, 60)),
    "warehouse": dict(edu={"none": 45, "junior_middle": 40, "senior_high": 15}, exp={0: 80, 1: 15, 2: 5},
                      emp={"full_time": 70, "temporary": 22, "part_time": 8},
                      ben={"social_insurance": 50, "room_and_board": 25, "housing": 20, "meals": 30, "shuttle": 8, "training": 20, "year_end_bonus": 8},
                      grp={"migrant_worker": 30, "veteran": 8, "poverty_registered": 8, "hubei": 7, "employment_difficulty": 4, "disabled": 2},
                      hours={"day_only": 30, "night": 50, "none": 20}, pt=["evening", "weekend"], students=True, day_pay=10, head=(2, 80)),
    "driver": dict(edu={"none": 45, "junior_middle": 40, "senior_high": 15}, exp={0: 15, 1: 25, 2: 25, 3: 25, 5: 10},
                   emp={"full_time": 88, "flexible": 8, "part_time": 4},
                   ben={"social_insurance": 55, "room_and_board": 30, "housing": 15, "meals": 20, "year_end_bonus": 15, "paid_leave": 8},
                   grp={"veteran": 25, "migrant_worker": 15, "hubei": 6, "poverty_registered": 4},
                   hours={"none": 75, "day_only": 15, "night": 10}, pt=["evening", "flexible_hours"], students=False, day_pay=6, head=(1, 15)),
    "kitchen": dict(edu={"none": 55, "junior_middle": 35, "senior_high": 10}, exp={0: 20, 1: 25, 2: 30, 3: 20, 5: 5},
                    emp={"full_time": 93, "temporary": 4, "part_time": 3},
                    ben={"room_and_board": 55, "meals": 25, "housing": 10, "social_insurance": 30, "year_end_bonus": 10, "paid_leave": 6},
                    grp={"migrant_worker": 15, "hubei": 7, "veteran": 3, "poverty_registered": 4},
                    hours={"none": 65, "day_only": 35}, pt=["evening", "weekend"], students=False, day_pay=3, head=(1, 6)),
    "kitchen_help": dict(edu={"none": 80, "junior_middle": 20}, exp={0: 90, 1: 10},
                         emp={"full_time": 72, "temporary": 14, "part_time": 14},
                         ben={"room_and_board": 55, "meals": 30, "housing": 8, "social_insurance": 15},
                         grp={"migrant_worker": 20, "poverty_registered": 8, "employment_difficulty": 8, "hubei": 6, "disabled": 3},
                         hours={"none": 60, "day_only": 40}, pt=["evening", "weekend"], students=True, day_pay=6, head=(1, 8)),
    "front": dict(edu={"none": 55, "junior_middle": 30, "senior_high": 15}, exp={0: 90, 1: 10},
                  emp={"full_time": 65, "part_time": 22, "temporary": 13},
                  ben={"room_and_board": 50, "meals": 30, "housing": 10, "social_insurance": 20, "training": 30, "year_end_bonus": 5},
                  grp={"migrant_worker": 12, "hubei": 6, "graduate": 4, "poverty_registered": 4, "disabled": 2},
                  hours={"none": 80, "day_only": 20}, pt=["weekend", "evening", "flexible_hours"], students=True, day_pay=4, head=(2, 20)),
    "hotel": dict(edu={"none": 40, "junior_middle": 30, "senior_high": 30}, exp={0: 85, 1: 15},
                  emp={"full_time": 85, "part_time": 8, "temporary": 7},
                  ben={"room_and_board": 55, "meals": 25, "social_insurance": 40, "training": 30, "paid_leave": 10},
                  grp={"migrant_worker": 10, "hubei": 6, "graduate": 5, "employment_difficulty": 4},
                  hours={"none": 60, "night": 40}, pt=["weekend"], students=True, day_pay=3, head=(1, 10)),
    "domestic": dict(edu={"none": 60, "junior_middle": 35, "senior_high": 5}, exp={0: 35, 1: 35, 2: 20, 3: 10},
                     emp={"full_time": 70, "flexible": 20, "part_time": 10},
                     ben={"room_and_board": 50, "training": 45, "social_insurance": 10, "paid_leave": 5},
                     grp={"migrant_worker": 15, "poverty_registered": 10, "employment_difficulty": 10, "hubei": 6},
                     hours={"none": 100}, pt=["weekend", "flexible_hours"], students=False, day_pay=0, head=(1, 10)),
    "care": dict(edu={"none": 50, "junior_middle": 40, "senior_high": 10}, exp={0: 55, 1: 30, 2: 15},
                 emp={"full_time": 85, "flexible": 10, "part_time": 5},
                 ben={"room_and_board": 50, "social_insurance": 40, "training": 50, "meals": 15, "year_end_bonus": 5},
                 grp={"poverty_registered": 10, "employment_difficulty": 12, "migrant_worker": 12, "hubei": 6},
                 hours={"none": 50, "night": 50}, pt=["flexible_hours"], students=False, day_pay=4, head=(1, 15)),
    "cleaning": dict(edu={"none": 85, "junior_middle": 15}, exp={0: 95, 1: 5},
                     emp={"full_time": 70, "part_time": 18, "temporary": 12},
                     ben={"social_insurance": 35, "meals": 30, "housing": 10, "room_and_board": 10, "weekends_off": 5},
                     grp={"employment_difficulty": 15, "poverty_registered": 10, "migrant_worker": 10, "disabled": 4, "hubei": 5},
                     hours={"day_only": 55, "none": 35, "night": 10}, pt=["weekend", "evening"], students=False, day_pay=10, head=(1, 20)),
    "security": dict(edu={"none": 35, "junior_middle": 45, "senior_high": 20}, exp={0: 80, 1: 15, 2: 5},
                     emp={"full_time": 93, "temporary": 5, "part_time": 2},
                     ben={"social_insurance": 50, "room_and_board": 40, "housing": 15, "meals": 25, "training": 20},
                     grp={"veteran": 35, "employment_difficulty": 10, "migrant_worker": 10, "poverty_registered": 5, "hubei": 5},
                     hours={"night": 55, "day_only": 20, "none": 25}, pt=["night", "weekend"], students=False, day_pay=3, head=(1, 20)),
    "property": dict(edu={"junior_middle": 25, "senior_high": 45, "associate": 30}, exp={0: 70, 1: 25, 2: 5},
                     emp={"full_time": 100},
                     ben={"social_insurance": 70, "meals": 30, "housing": 15, "paid_leave": 15, "weekends_off": 10},
                     grp={"employment_difficulty": 8, "veteran": 10, "hubei": 5, "graduate": 5},
                     hours={"none": 60, "day_only": 25, "night": 15}, pt=[], students=False, day_pay=0, head=(1, 4)),
    "construction": dict(edu={"none": 70, "junior_middle": 30}, exp={0: 35, 1: 20, 2: 25, 3: 15, 5: 5},
                         emp={"full_time": 65, "temporary": 35},
                         ben={"room_and_board": 45, "housing": 25, "meals": 10, "social_insurance": 12},
                         grp={"migrant_worker": 40, "poverty_registered": 10, "hubei": 8, "veteran": 4},
                         hours={"none": 70, "day_only": 30}, pt=[], students=False, day_pay=45, head=(2, 40)),
    "site_mgmt": dict(edu={"senior_high": 20, "associate": 55, "bachelor": 25}, exp={0: 20, 1: 20, 2: 25, 3: 25, 5: 10},
                      emp={"full_time": 95, "internship": 5},
                      ben={"social_insurance": 50, "social_insurance_housing_fund": 30, "room_and_board": 35, "housing": 20, "year_end_bonus": 25},
                      grp={"graduate": 20, "veteran": 6, "hubei": 6},
                      hours={"none": 100}, pt=[], students=False, day_pay=0, head=(1, 3)),
    "install": dict(edu={"none": 35, "junior_middle": 40, "senior_high": 25}, exp={0: 35, 1: 30, 2: 25, 3: 10},
                    emp={"full_time": 85, "temporary": 10, "flexible": 5},
                    ben={"social_insurance": 45, "housing": 20, "room_and_board": 15, "training": 30, "transport": 20, "year_end_bonus": 10},
                    grp={"migrant_worker": 20, "veteran": 10, "hubei": 6},
                    hours={"none": 70, "day_only": 30}, pt=[], students=False, day_pay=10, head=(1, 10)),
    "repair": dict(edu={"none": 25, "junior_middle": 40, "senior_high": 35}, exp={0: 40, 1: 25, 2: 20, 3: 15},
                   emp={"full_time": 95, "internship": 5},
                   ben={"social_insurance": 45, "meals": 30, "housing": 20, "room_and_board": 15, "training": 35, "year_end_bonus": 10},
                   grp={"veteran": 8, "hubei": 6, "migrant_worker": 10, "disabled": 3},
                   hours={"none": 70, "day_only": 30}, pt=[], students=False, day_pay=0, head=(1, 5)),
    "retail": dict(edu={"none": 35, "junior_middle": 35, "senior_high": 30}, exp={0: 85, 1: 15},
                   emp={"full_time": 65, "part_time": 25, "temporary": 10},
                   ben={"social_insurance": 40, "meals": 30, "housing": 10, "training": 30, "paid_leave": 6},
                   grp={"employment_difficulty": 6, "hubei": 6, "graduate": 6, "disabled": 3, "poverty_registered": 4},
                   hours={"none": 80, "day_only": 20}, pt=["weekend", "evening"], students=True, day_pay=2, head=(1, 10)),
    "sales": dict(edu={"none": 15, "senior_high": 35, "associate": 40, "bachelor": 10}, exp={0: 60, 1: 25, 2: 15},
                  emp={"full_time": 88, "part_time": 5, "internship": 7},
                  ben={"social_insurance": 60, "year_end_bonus": 25, "training": 50, "weekends_off": 15, "paid_leave": 15, "transport": 10},
                  grp={"graduate": 25, "veteran": 6, "hubei": 6},
                  hours={"none": 100}, pt=["flexible_hours"], students=False, day_pay=0, head=(1, 15)),
    "office": dict(edu={"senior_high": 30, "associate": 55, "bachelor": 15}, exp={0: 50, 1: 30, 2: 20},
                   emp={"full_time": 90, "internship": 6, "part_time": 4},
                   ben={"social_insurance": 50, "social_insurance_housing_fund": 30, "weekends_off": 45, "paid_leave": 35, "year_end_bonus": 20, "meals": 15},
                   grp={"graduate": 30, "disabled": 5, "hubei": 6, "employment_difficulty": 4},
                   hours={"none": 60, "day_only": 40}, pt=["remote"], students=False, day_pay=0, head=(1, 3)),
    "professional": dict(edu={"associate": 40, "bachelor": 55, "master": 5}, exp={0: 30, 1: 25, 2: 25, 3: 20},
                         emp={"full_time": 90, "internship": 8, "part_time": 2},
                         ben={"social_insurance_housing_fund": 60, "social_insurance": 25, "weekends_off": 55, "paid_leave": 50, "year_end_bonus": 40},
                         grp={"graduate": 35, "hubei": 6},
                         hours={"none": 70, "day_only": 30}, pt=["remote"], students=False, day_pay=0, head=(1, 3)),
    "it": dict(edu={"associate": 20, "bachelor": 70, "master": 10}, exp={0: 15, 1: 15, 2: 20, 3: 35, 5: 15},
               emp={"full_time": 92, "internship": 8},
               ben={"social_insurance_housing_fund": 85, "weekends_off": 60, "paid_leave": 60, "year_end_bonus": 50, "meals": 20, "transport": 10},
               grp={"graduate": 35, "hubei": 6, "disabled": 2},
               hours={"none": 100}, pt=["remote"], students=False, day_pay=0, head=(1, 5)),
    "creative": dict(edu={"senior_high": 15, "associate": 55, "bachelor": 30}, exp={0: 35, 1: 30, 2: 25, 3: 10},
                     emp={"full_time": 85, "part_time": 8, "internship": 7},
                     ben={"social_insurance": 50, "social_insurance_housing_fund": 25, "weekends_off": 40, "paid_leave": 25, "year_end_bonus": 20},
                     grp={"graduate": 30, "hubei": 5, "disabled": 3},
                     hours={"none": 100}, pt=["remote"], students=False, day_pay=0, head=(1, 3)),
    "teacher": dict(edu={"associate": 35, "bachelor": 60, "master": 5}, exp={0: 40, 1: 25, 2: 25, 3: 10},
                    emp={"full_time": 88, "part_time": 8, "internship": 4},
                    ben={"social_insurance": 40, "social_insurance_housing_fund": 40, "paid_leave": 40, "weekends_off": 25, "meals": 30, "housing": 15, "training": 30},
                    grp={"graduate": 40, "hubei": 6},
                    hours={"none": 80, "day_only": 20}, pt=["weekend", "evening", "summer"], students=False, day_pay=0, head=(1, 5)),
    "preschool": dict(edu={"senior_high": 40, "associate": 50, "bachelor": 10}, exp={0: 55, 1: 30, 2: 15},
                      emp={"full_time": 95, "internship": 5},
                      ben={"social_insurance": 60, "meals": 50, "housing": 15, "paid_leave": 30, "weekends_off": 60, "training": 30},
                      grp={"graduate": 30, "hubei": 5, "employment_difficulty": 4},
                      hours={"none": 60, "day_only": 40}, pt=[], students=False, day_pay=0, head=(1, 4)),
    "health": dict(edu={"associate": 40, "bachelor": 55, "master": 5}, exp={0: 35, 1: 25, 2: 25, 3: 15},
                   emp={"full_time": 95, "internship": 5},
                   ben={"social_insurance_housing_fund": 55, "social_insurance": 35, "paid_leave": 40, "meals": 25, "housing": 15, "year_end_bonus": 30},
                   grp={"graduate": 35, "hubei": 8},
                   hours={"none": 60, "night": 40}, pt=[], students=False, day_pay=0, head=(1, 6)),
    "service": dict(edu={"none": 50, "junior_middle": 35, "senior_high": 15}, exp={0: 55, 1: 25, 2: 20},
                    emp={"full_time": 88, "part_time": 8, "internship": 4},
                    ben={"room_and_board": 40, "meals": 25, "housing": 15, "training": 55, "social_insurance": 20},
                    grp={"migrant_worker": 10, "hubei": 6, "disabled": 4, "poverty_registered": 4},
                    hours={"none": 100}, pt=["weekend", "evening"], students=False, day_pay=0, head=(1, 6)),
    "agri": dict(edu={"none": 75, "junior_middle": 25}, exp={0: 85, 1: 15},
                 emp={"full_time": 45, "temporary": 45, "part_time": 10},
                 ben={"room_and_board": 40, "meals": 25, "housing": 15, "training": 20},
                 grp={"poverty_registered": 30, "migrant_worker": 20, "employment_difficulty": 8, "hubei": 4},
                 hours={"none": 60, "day_only": 40}, pt=["weekend"], students=True, day_pay=35, head=(2, 60)),
    "public": dict(edu={"none": 35, "junior_middle": 35, "senior_high": 30}, exp={0: 90, 1: 10},
                   emp={"full_time": 80, "flexible": 20},
                   ben={"social_insurance": 80, "paid_leave": 20, "weekends_off": 25},
                   grp={"poverty_registered": 40, "employment_difficulty": 40, "disabled": 10, "veteran": 10},
                   hours={"none": 60, "day_only": 40}, pt=[], students=False, day_pay=0, head=(1, 20)),
    "heavy": dict(edu={"junior_middle": 50, "senior_high": 50}, exp={0: 40, 1: 30, 2: 20, 3: 10},
                  emp={"full_time": 100},
                  ben={"social_insurance": 60, "social_insurance_housing_fund": 30, "room_and_board": 40, "housing": 20, "year_end_bonus": 30, "shuttle": 20},
                  grp={"veteran": 15, "migrant_worker": 20, "poverty_registered": 8, "hubei": 5},
                  hours={"night": 60, "none": 40}, pt=[], students=False, day_pay=0, head=(2, 30)),
    "bank": dict(edu={"associate": 30, "bachelor": 65, "master": 5}, exp={0: 50, 1: 25, 2: 25},
                 emp={"full_time": 92, "internship": 8},
                 ben={"social_insurance_housing_fund": 90, "weekends_off": 50, "paid_leave": 60, "year_end_bonus": 60, "meals": 30},
                 grp={"graduate": 40, "hubei": 5},
                 hours={"none": 70, "day_only": 30}, pt=[], students=False, day_pay=0, head=(1, 5)),
}

# Occupation middle groups a tired employer might pick instead of the most precise one (per family prefix).
ALT_OCC = [
    ("mfg.", ["6-31", "6-99", "8-00"]), ("eng.", ["2-02", "6-31"]), ("logi.", ["4-02", "4-99", "6-31"]),
    ("drive.", ["4-02", "6-30", "4-99"]), ("cat.", ["4-03", "4-10", "4-99"]), ("hosp.", ["4-03", "4-10"]),
    ("dom.", ["4-10", "4-14", "4-99"]), ("clean.", ["4-09", "4-10", "4-06"]), ("sec.", ["3-02", "4-06", "4-99"]),
    ("prop", ["4-06", "3-01"]), ("cons.site", ["2-02", "3-01", "6-29"]), ("cons.", ["6-29", "6-30", "6-99"]),
    ("trade.", ["6-29", "6-31", "4-11", "4-06"]), ("repair.", ["4-12", "6-31"]), ("retail", ["4-01", "4-99"]),
    ("sales", ["4-01", "4-07", "4-99"]), ("ecom", ["4-01", "4-04", "4-13"]), ("design", ["2-09", "4-08", "4-13"]),
    ("visual", ["2-09", "2-10", "4-08"]), ("media", ["2-10", "4-13", "4-08"]), ("office", ["3-01", "3-99", "2-06"]),
    ("it.", ["2-02", "4-04"]), ("edu.", ["2-08", "4-13"]), ("sports", ["4-14", "2-09"]), ("health.", ["2-05", "4-14"]),
    ("wellness", ["4-10", "4-14"]), ("hair", ["4-10", "4-14"]), ("beauty", ["4-10", "4-14"]), ("pet", ["4-10", "4-14"]),
    ("vet", ["2-03", "5-03"]), ("netcafe", ["4-14", "4-04"]), ("travel", ["4-07", "4-14"]), ("agri.livestock", ["5-03", "5-05"]),
    ("agri.", ["5-01", "5-05", "5-99"]), ("forest", ["5-02", "4-09"]), ("community", ["3-01", "2-07", "4-99"]),
    ("mining", ["6-16", "6-99"]), ("energy", ["6-28", "4-11", "4-09"]), ("bank", ["4-05", "2-06"]),
]

# --------------------------------------------------------------------------------------------
# Employer archetypes: (industries, zone, name endings, number of local employers, city pool, voice, what they do)
# voice: formal = 岗位职责/任职要求 layout; casual = one paragraph in plain speech; agency = 【】 blocks.
A = {
    "agency": (["L72"], "factory", ["人力资源服务有限公司", "劳务派遣有限公司", "人力资源有限公司"], 5, HUBS, "agency", "专业人力资源服务机构，为园区多家大型工厂长期输送员工"),
    "electronics": (["C39"], "factory", ["电子科技有限公司", "精密电子有限公司", "光电科技有限公司", "电子有限公司"], 9,
                    ["东莞", "深圳", "苏州", "惠州", "重庆", "郑州", "成都", "中山", "孝感", "合肥", "厦门", "赣州", "南昌", "无锡"], "formal", "电子产品制造企业，主要生产手机配件、电路板和消费电子产品"),
    "auto": (["C36"], "factory", ["汽车零部件有限公司", "汽车配件有限公司", "汽车有限公司"], 5, ["武汉", "十堰", "襄阳", "长春", "广州", "重庆", "合肥", "天津"], "formal", "汽车及零部件制造企业，为多家整车厂配套"),
    "battery": (["C38"], "factory", ["新能源科技有限公司", "电池有限公司", "动力电池有限公司"], 3, ["常州", "宁波", "惠州", "合肥", "宜昌"], "formal", "新能源锂电池研发生产企业"),
    "food": (["C14", "C13", "C15"], "factory", ["食品有限公司", "食品科技有限公司", "农产品加工有限公司"], 5, ["周口", "南阳", "郑州", "成都", "阜阳", "青岛", "昆明", "赣州"], "formal", "食品生产加工企业，产品销往全国"),
    "pharma": (["C27"], "factory", ["药业有限公司", "制药有限公司", "生物医药有限公司"], 3, ["石家庄", "武汉", "苏州", "成都", "哈尔滨"], "formal", "GMP认证制药企业"),
    "chem": (["C26"], "factory", ["化工有限公司", "新材料有限公司"], 3, ["南通", "宁波", "兰州", "宜昌", "银川"], "formal", "化工新材料生产企业，园区化管理"),
    "machining": (["C34", "C33", "C35"], "factory", ["精密机械有限公司", "五金制品有限公司", "机械制造有限公司", "钣金制品有限公司"], 8,
                  ["东莞", "宁波", "苏州", "佛山", "温州", "无锡", "常州", "青岛", "沈阳", "十堰", "徐州", "泉州", "长沙"], "formal", "机械加工和五金制品企业"),
    "plastics": (["C29", "C35"], "factory", ["塑胶制品有限公司", "模具有限公司", "塑业有限公司"], 4, ["东莞", "宁波", "中山", "温州", "深圳", "佛山"], "formal", "塑胶模具与注塑件生产企业"),
    "garment": (["C18", "C19", "C17"], "factory", ["服饰有限公司", "制衣有限公司", "鞋业有限公司", "纺织有限公司"], 7,
                ["广州", "泉州", "赣州", "东莞", "周口", "阜阳", "苏州", "宁波", "武汉", "温州"], "casual", "服装鞋帽生产企业，订单稳定"),
    "printing": (["C23", "C22"], "factory", ["印刷有限公司", "包装印刷有限公司", "彩印有限公司"], 3, ["东莞", "深圳", "温州", "上海"], "formal", "包装印刷企业"),
    "furniture": (["C21"], "factory", ["家具有限公司", "家居有限公司", "木业有限公司"], 3, ["佛山", "东莞", "成都", "赣州"], "casual", "板式及实木家具生产企业"),
    "lighting": (["C38"], "factory", ["灯饰有限公司", "照明电器有限公司", "电器有限公司"], 4, ["中山", "佛山", "宁波", "厦门"], "casual", "灯饰照明和小家电生产企业"),
    "steel": (["C31", "C33"], "factory", ["钢铁有限公司", "金属制品有限公司", "钢结构有限公司"], 3, ["嘉峪关", "石家庄", "呼和浩特", "武汉"], "formal", "钢铁冶炼及钢结构制造企业"),
    "express": (["G60"], None, ["快递服务部", "速递有限公司", "快递有限公司"], 6, BIG + ["东莞", "义乌", "孝感", "南阳", "昆明"], "casual", "快递网点"),
    "delivery": (["I64", "G54"], None, ["同城配送服务有限公司", "网络科技有限公司"], 4, BIG + ["东莞", "昆明", "南宁"], "casual", "外卖平台配送服务商"),
    "warehouse": (["G59"], "factory", ["供应链管理有限公司", "仓储物流有限公司", "物流有限公司"], 6, HUBS + ["义乌", "天津"], "formal", "第三方仓储物流企业"),
    "trucking": (["G54"], None, ["运输有限公司", "物流运输有限公司", "货运有限公司"], 6, ALL_CITIES, "casual", "公路货运企业，车辆自有"),
    "bus": (["G54"], None, ["公共交通有限公司", "客运有限公司", "旅游客运有限公司"], 4, BIG + SECOND[:10], "formal", "城市公共交通及客运企业"),
    "cab": (["G54"], None, ["出租汽车有限公司", "汽车服务有限公司", "出行科技有限公司"], 5, BIG + SECOND[:12], "casual", "出租车和网约车运营企业"),
    "drivingschool": (["P83"], None, ["驾驶员培训有限公司", "驾校"], 3, ALL_CITIES, "casual", "机动车驾驶员培训学校"),
    "restaurant": (["H62"], "office", ["餐饮管理有限公司", "酒楼", "饭店", "餐饮店"], 12, ALL_CITIES, "casual", "餐饮企业"),
    "canteen": (["H62"], "factory", ["餐饮管理有限公司", "团餐服务有限公司"], 4, HUBS + BIG, "casual", "团餐企业，承包工厂、学校和医院食堂"),
    "bakery": (["H62", "C14"], "office", ["烘焙坊", "茶饮店", "咖啡馆", "食品店"], 5, BIG + SECOND, "casual", "烘焙和茶饮门店"),
    "bar": (["H62", "R90"], "office", ["酒吧", "餐饮娱乐有限公司"], 2, ["成都", "上海", "长沙", "厦门", "三亚"], "casual", "清吧/餐吧"),
    "hotel": (["H61"], "office", ["大酒店", "酒店管理有限公司", "宾馆"], 6, BIG + ["三亚", "海口", "昆明", "厦门", "宜昌", "恩施", "儋州"], "formal", "酒店"),
    "housekeeping": (["O80"], "office", ["家政服务有限公司", "家庭服务有限公司", "母婴护理中心"], 6, ALL_CITIES, "casual", "家政服务公司，员工制管理"),
    "eldercare": (["Q85"], None, ["养老服务中心", "颐养院", "康养中心"], 4, ALL_CITIES, "formal", "养老服务机构"),
    "hospital": (["Q84"], "office", ["医院", "中医医院", "社区卫生服务中心"], 6, ALL_CITIES, "formal", "医疗机构"),
    "dental": (["Q84"], "office", ["口腔门诊部", "口腔医院"], 3, BIG, "formal", "口腔连锁门诊"),
    "pharmacy": (["F52"], "office", ["大药房", "医药连锁有限公司"], 3, ALL_CITIES, "casual", "连锁药店"),
    "property": (["K70"], "office", ["物业服务有限公司", "物业管理有限公司"], 6, ALL_CITIES, "formal", "物业服务企业，服务住宅小区和写字楼"),
    "sanitation": (["N78", "N77"], None, ["环境卫生服务有限公司", "环境工程有限公司", "园林绿化有限公司"], 4, ALL_CITIES, "formal", "环卫保洁和园林绿化服务企业"),
    "security_co": (["L72"], None, ["保安服务有限公司", "安保服务有限公司"], 4, ALL_CITIES, "formal", "持证保安服务公司"),
    "construction": (["E47", "E48"], None, ["建设工程有限公司", "建筑工程有限公司", "建工集团有限公司"], 6, ALL_CITIES, "casual", "建筑施工企业，在建项目多"),
    "decoration": (["E50"], None, ["装饰工程有限公司", "装饰设计有限公司"], 5, ALL_CITIES, "casual", "家装公装企业"),
    "install_service": (["O81", "E49"], None, ["家电服务有限公司", "机电安装有限公司", "智能科技有限公司"], 5, ALL_CITIES, "casual", "家电安装维修和弱电工程服务商"),
    "elevator": (["E49", "C34"], None, ["电梯工程有限公司", "电梯有限公司"], 2, BIG + SECOND[:8], "formal", "电梯安装维保企业"),
    "autoservice": (["O81", "F52"], None, ["汽车服务有限公司", "汽车销售服务有限公司", "汽修厂"], 6, ALL_CITIES, "casual", "汽车4S店及汽修服务企业"),
    "phonerepair": (["O81"], "office", ["电子维修店", "数码维修服务部"], 3, BIG + SECOND[:10], "casual", "手机电脑维修门店"),
    "supermarket": (["F52"], None, ["超市", "商贸有限公司", "购物中心"], 4, ALL_CITIES, "casual", "连锁超市"),
    "mallretail": (["F52"], "office", ["服饰专卖店", "商贸有限公司", "百货有限公司"], 4, BIG + SECOND, "casual", "商场品牌门店"),
    "trading": (["F51"], "office", ["贸易有限公司", "商贸有限公司", "实业有限公司", "进出口有限公司"], 8, ALL_CITIES, "formal", "商贸企业"),
    "realestate": (["K70"], "office", ["房地产经纪有限公司", "置业顾问有限公司"], 4, BIG + SECOND[:8], "casual", "房产中介门店"),
    "insurance": (["J68"], "office", ["保险代理有限公司", "保险经纪有限公司"], 3, ALL_CITIES, "casual", "保险代理机构"),
    "bank": (["J66"], "office", ["农村商业银行", "村镇银行"], 3, SECOND + SMALL, "formal", "地方商业银行"),
    "pharma_sales": (["F51"], "office", ["医药有限公司", "医疗器械有限公司"], 2, BIG, "formal", "医药流通企业"),
    "training": (["P83"], "office", ["教育咨询有限公司", "培训学校", "文化艺术培训中心"], 8, ALL_CITIES, "casual", "课外培训机构"),
    "school": (["P83"], None, ["实验学校", "外国语学校", "学校"], 3, BIG + SECOND[:8] + ["周口", "南阳", "毕节"], "formal", "民办全日制学校"),
    "kindergarten": (["P83"], None, ["幼儿园", "早教中心"], 5, ALL_CITIES, "formal", "幼儿园"),
    "ecommerce": (["I64", "F52"], "office", ["电子商务有限公司", "电商有限公司", "网络科技有限公司"], 7, ["杭州", "义乌", "广州", "深圳", "泉州", "上海", "武汉", "成都", "郑州", "济南"], "casual", "电商企业，天猫/抖音多平台运营"),
    "media": (["L72", "R87"], "office", ["文化传媒有限公司", "广告有限公司", "品牌策划有限公司"], 5, BIG + ["厦门", "长沙"], "casual", "文化传媒公司"),
    "it": (["I65", "I64"], "office", ["软件有限公司", "信息技术有限公司", "网络科技有限公司", "数据科技有限公司"], 12,
           ["北京", "上海", "深圳", "杭州", "广州", "成都", "武汉", "南京", "西安", "合肥", "长沙", "厦门", "苏州", "郑州", "济南", "大连"], "formal", "软件和互联网企业"),
    "datalabel": (["I65"], None, ["数据服务有限公司", "智能科技有限公司"], 3, ["郑州", "贵阳", "太原", "毕节", "南昌", "武汉"], "casual", "人工智能数据服务企业"),
    "callcenter": (["L72"], "office", ["客户服务有限公司", "信息服务有限公司"], 3, ["武汉", "成都", "合肥", "西安", "长沙", "南昌"], "formal", "呼叫中心外包服务企业"),
    "fitness": (["R89"], "office", ["健身会所", "体育文化有限公司", "游泳馆"], 4, BIG + SECOND[:10], "casual", "健身游泳场馆"),
    "massage": (["O80"], "office", ["养生馆", "足浴会所", "推拿中心"], 4, ALL_CITIES, "casual", "中医推拿养生门店"),
    "salon": (["O80"], "office", ["美发店", "美容会所", "美业有限公司", "美甲店"], 6, ALL_CITIES, "casual", "美发美容门店"),
    "pet": (["O80", "M75"], "office", ["宠物医院", "宠物生活馆"], 3, BIG + SECOND[:6], "casual", "宠物医疗与美容门店"),
    "netcafe": (["R90"], "office", ["网咖", "电竞馆"], 3, ALL_CITIES, "casual", "网咖"),
    "travel": (["L72"], "office", ["旅行社", "国际旅行社有限公司"], 4, ["宜昌", "恩施", "昆明", "三亚", "西安", "北京", "成都", "海口"], "casual", "旅行社"),
    "farm": (["A01", "A05"], None, ["农业发展有限公司", "种植专业合作社", "果业有限公司"], 6, ["赣州", "昆明", "南宁", "儋州", "周口", "南阳", "恩施", "毕节", "阜阳", "荆州", "十堰"], "casual", "现代农业种植基地"),
    "livestock": (["A03"], None, ["养殖有限公司", "牧业有限公司", "生态农业有限公司"], 3, ["南阳", "周口", "阜阳", "荆州", "毕节", "呼和浩特"], "casual", "规模化养殖场"),
    "forestry": (["A02", "S92"], None, ["林场", "林业站"], 2, ["恩施", "毕节", "十堰", "赣州", "儋州"], "formal", "国有林场"),
    "community": (["S96", "Q85"], "office", ["街道办事处", "社会工作服务中心", "社区服务中心"], 5, ALL_CITIES, "formal", "街道社区"),
    "mining": (["B06", "B09"], None, ["矿业有限公司", "煤业有限公司"], 2, ["毕节", "太原", "嘉峪关"], "formal", "矿山企业"),
    "utility": (["D44", "D46", "N77"], None, ["热力有限公司", "水务有限公司", "环保科技有限公司"], 3, ["沈阳", "哈尔滨", "太原", "石家庄", "兰州", "呼和浩特", "郑州"], "formal", "供热供水和污水处理企业"),
}

# Chains and big employers: fixed names, many cities, and a boost for the kinds they dominate.
CHAINS = [
    ("鼎盛人力资源集团有限公司", "agency", HUBS, {"普工": 10, "电子厂操作工": 3, "包装工": 3, "分拣员": 1.5, "SMT操作员": 2}),
    ("迅达速运有限公司", "express", BIG + SECOND + SMALL, {"快递员": 3, "分拣员": 2, "快递驿站店员": 2}),
    ("飞骑同城配送服务有限公司", "delivery", BIG + SECOND, {"外卖骑手": 1.5}),
    ("安心家政服务有限公司", "housekeeping", BIG + SECOND, {"住家保姆": 2, "育儿嫂": 2, "月嫂": 2, "钟点工": 1.5}),
    ("安泰物业服务集团有限公司", "property", BIG + SECOND, {"保安": 2, "保洁员": 2, "物业客服": 1.5}),
    ("湘当好餐饮管理连锁有限公司", "restaurant", BIG + SECOND, {"餐厅服务员": 2, "中餐厨师": 1.5}),
    ("禾初茶饮连锁有限公司", "bakery", BIG + SECOND, {"奶茶店员": 1.5}),
    ("惠万家超市连锁有限公司", "supermarket", ALL_CITIES, {"收银员": 2, "超市理货员": 2}),
    ("华建工程局有限公司", "construction", BIG + SECOND, {}),
    ("康宁大药房连锁有限公司", "pharmacy", ALL_CITIES, {}),
    ("优学教育科技有限公司", "training", BIG + SECOND, {}),
    ("逸居酒店管理有限公司", "hotel", BIG + SECOND, {}),
    ("快马出行科技有限公司", "cab", BIG + SECOND, {"网约车司机": 2}),
    ("博远智能数据服务有限公司", "datalabel", ["郑州", "贵阳", "太原", "武汉", "毕节"], {}),
    ("卫士保安服务集团有限公司", "security_co", BIG + SECOND + SMALL, {}),
    ("洁美环境服务集团有限公司", "sanitation", BIG + SECOND, {}),
    ("济安医疗集团有限公司", "hospital", BIG + SECOND, {}),
    ("童趣幼教集团有限公司", "kindergarten", BIG + SECOND + SMALL, {}),
    ("车之家汽车服务连锁有限公司", "autoservice", BIG + SECOND + SMALL, {}),
    ("育才教育集团有限公司", "school", BIG + SECOND, {}),
    ("乐动健身连锁有限公司", "fitness", BIG + SECOND, {}),
    ("筑美装饰集团有限公司", "decoration", BIG + SECOND, {}),
]

BRANDS = ["鑫达", "宏图", "华锐", "恒信", "永盛", "金诚", "瑞丰", "嘉禾", "新航", "天成", "裕隆", "德润", "佳和", "万顺", "汇通", "安居", "惠民", "美佳", "优品", "锦程", "顺捷", "星辰", "蓝海", "云帆", "启航", "卓越", "凯旋", "和美", "福满", "兴旺", "众邦", "长青", "同创", "盛世", "晨光", "海川", "立信", "铭泰", "博瑞", "润丰", "东升", "正元", "中诺", "华夏", "联创", "祥和", "宏达", "聚力", "恒丰", "天瑞", "明德", "信达", "金桥", "宝利", "鼎新", "合力", "创维达", "新纪元", "腾越", "百川", "致远", "泰和", "康泰", "华润丰", "安达", "恒泰", "宇通达", "金鹏", "福瑞", "鸿运", "森茂", "德胜", "广源", "绿源", "春晖", "华信", "元亨", "万通", "嘉诚", "大成", "昌盛", "久安", "凯达", "盈丰", "远航", "汇丰源", "振华", "龙腾", "锦绣", "玉龙", "金穗", "瑞康", "仁和", "益民", "乐享", "禾丰", "同心", "佰仕", "诺达", "圣源", "峰华", "展鹏", "宏盛", "新锐", "欣悦", "沃土", "丰收", "青禾", "山海", "楚天", "荆楚", "湘江", "巴蜀", "江南", "岭南", "中原", "齐鲁", "燕山", "秦川", "黄河", "长江", "珠江", "闽源", "赣江", "徽派", "滇池", "黔灵", "八桂", "琼海", "陇原", "塞北", "松江", "辽海", "晋商", "鄂尔", "天宇", "华彩", "美嘉", "金域", "博雅", "睿思", "知行", "慧谷", "智汇", "云图", "星河", "蓝鲸", "飞鱼", "小满", "初心", "拾光", "一禾", "米粒", "麦田", "甜心", "暖阳"]


LOCAL_SCALE = 0.48  # the counts in A are relative; this keeps the set near 150 employers
# How many cities an employer of an archetype posts in (branches, project sites, service areas).
REACH = {"agency": (3, 7), "express": (2, 6), "delivery": (2, 6), "warehouse": (2, 5), "trucking": (2, 6), "bus": (1, 3),
         "cab": (2, 6), "drivingschool": (1, 3), "restaurant": (2, 6), "canteen": (2, 6), "bakery": (2, 6), "bar": (1, 3),
         "hotel": (2, 5), "housekeeping": (2, 6), "eldercare": (1, 4), "hospital": (1, 3), "dental": (1, 4), "pharmacy": (2, 5),
         "property": (3, 8), "sanitation": (2, 5), "security_co": (3, 8), "construction": (2, 7), "decoration": (2, 5),
         "install_service": (2, 6), "elevator": (2, 6), "autoservice": (2, 6), "phonerepair": (1, 4), "supermarket": (3, 8),
         "mallretail": (2, 6), "trading": (1, 4), "realestate": (2, 5), "insurance": (2, 6), "bank": (1, 3),
         "pharma_sales": (2, 5), "training": (2, 6), "school": (1, 3), "kindergarten": (2, 5), "ecommerce": (1, 4),
         "media": (1, 4), "it": (2, 5), "datalabel": (1, 3), "callcenter": (1, 3), "fitness": (2, 5), "massage": (2, 5),
         "salon": (2, 5), "pet": (1, 4), "netcafe": (1, 4), "travel": (1, 4), "farm": (1, 3), "livestock": (1, 3),
         "forestry": (1, 2), "community": (2, 6), "mining": (1, 1), "utility": (1, 3), "electronics": (1, 3),
         "auto": (1, 2), "battery": (1, 2), "food": (1, 3), "pharma": (1, 2), "chem": (1, 2), "machining": (1, 3),
         "plastics": (1, 3), "garment": (1, 3), "printing": (1, 2), "furniture": (1, 2), "lighting": (1, 2), "steel": (1, 3)}


def make_employers(rng: random.Random) -> list[dict]:
    brands = BRANDS[:]
    rng.shuffle(brands)
    employers = []
    used = set()
    for name, arch, cities, boost in CHAINS:
        employers.append(dict(name=name, arch=arch, cities=cities, size=0.6, boost=boost, chain=True))
        used.add(name)
    for arch, (_inds, _zone, ends, n, pool, _voice, _intro) in A.items():
        for i in range(max(1, round(n * LOCAL_SCALE))):
            city = pick_city(rng, pool)
            brand = brands.pop()
            end = rng.choice(ends)
            style = rng.random()
            if end.endswith(("店", "馆", "坊", "部", "酒楼", "饭店", "网咖", "医院", "学校", "幼儿园", "中心", "林场", "林业站", "办事处", "银行", "驾校", "宾馆", "大酒店", "合作社", "汽修厂", "超市")):
                name = f"{city}{brand}{end}" if style < 0.7 else f"{brand}{end}（{city}店）" if end.endswith("店") else f"{city}市{brand}{end}"
            else:
                name = f"{city}{'市' if style < 0.5 and len(CITIES[city][0]) != 6 else ''}{brand}{end}" if style < 0.8 else f"{brand}{end}"
            name = name.replace("市市", "市")
            if name in used:
                name = f"{city}{brand}{end}{i + 2}"
            used.add(name)
            size = rng.choice([0.5, 0.8, 1, 1, 1, 1.2, 1.5, 2])
            lo_r, hi_r = REACH.get(arch, (1, 1))
            n_cities = rng.randint(lo_r, hi_r)
            cities = [city]
            others = [c for c in pool if c != city]
            while len(cities) < n_cities and others:
                c = pick_city(rng, others)
                others.remove(c)
                cities.append(c)
            employers.append(dict(name=name, arch=arch, cities=cities, size=size, boost={}, chain=False,
                                  brand=brand, end=end, home=city))
    return employers


STORE_ENDS = ("店", "馆", "坊", "部", "酒楼", "饭店", "网咖", "医院", "学校", "幼儿园", "中心", "林场", "林业站", "办事处",
              "银行", "驾校", "宾馆", "大酒店", "合作社", "汽修厂", "超市")
GROUP_END = {"restaurant": "餐饮管理有限公司", "bakery": "餐饮连锁有限公司", "hotel": "酒店管理有限公司", "hospital": "医疗集团有限公司",
             "dental": "口腔医疗集团有限公司", "school": "教育集团有限公司", "kindergarten": "幼教集团有限公司", "supermarket": "商业连锁有限公司",
             "pharmacy": "医药连锁有限公司", "phonerepair": "数码服务连锁有限公司", "netcafe": "网咖连锁有限公司", "massage": "健康管理有限公司",
             "salon": "美业连锁有限公司", "fitness": "健身连锁有限公司", "pet": "宠物服务连锁有限公司", "travel": "国际旅行社有限公司",
             "drivingschool": "驾驶培训集团有限公司", "eldercare": "养老服务集团有限公司", "community": "社会工作服务中心",
             "farm": "农业发展有限公司", "bank": "村镇银行", "autoservice": "汽车服务有限公司", "mallretail": "商贸有限公司",
             "training": "教育咨询有限公司", "express": "速递有限公司", "livestock": "牧业有限公司", "forestry": "林业发展有限公司"}


def rename_groups(employers: list[dict]) -> None:
    """An employer that ended up posting in 4+ cities is a group: its registered name carries no city."""
    used = {e["name"] for e in employers if e["chain"]}
    for e in employers:
        if e["chain"]:
            continue
        if len(set(e["cities"])) >= 4:
            end = GROUP_END.get(e["arch"], e["end"]) if e["end"].endswith(STORE_ENDS) else e["end"]
            name = f"{e['brand']}{end}"
            e["name"] = name if name not in used else f"{e['brand']}{end.replace('有限公司', '集团有限公司')}"
        used.add(e["name"])
    assert len(used) == len(employers), "employer names must be unique"

# --------------------------------------------------------------------------------------------
# The job-kind catalogue.  K(label, demand weight, profile, (monthly pay low, high) in a tier-2 city,
# archetypes that hire it, t=titles, d=duties, r=requirements, vt=vague titles an employer may use instead,
# plus per-kind overrides of the profile).  Titles, duties and requirements are '|'-separated.
KINDS: dict[str, dict] = {}


def K(label, w, prof, sal, arch, t, d, r="", vt="", **over):
    KINDS[label] = dict(label=label, w=w, prof=prof, sal=sal, arch=arch.split(), t=t.split("|"), d=d.split("|"),
                        r=[x for x in r.split("|") if x], vt=[x for x in vt.split("|") if x], over=over)


# ---- manufacturing
K("普工", 70, "factory", (4500, 6500), "agency electronics auto battery food machining plastics lighting garment printing furniture steel",
  "普工|操作工|生产普工|车间普工|流水线普工|普工/操作工|生产线员工|工厂普工",
  "在流水线上完成上料、组装、贴标等简单工序|按作业指导书操作，完成班组下达的生产任务|做好产品自检，发现不良及时反馈班组长|保持工位整洁，遵守车间5S和安全规定|服从生产安排，配合完成产线换线",
  "能适应站立作业|识字，会简单加减|能服从安排，工作认真")
K("电子厂操作工", 40, "factory", (4500, 6800), "agency electronics",
  "电子厂操作工|电子厂普工|电子组装工|手机组装操作员|电子厂作业员|组装工",
  "在无尘车间完成手机配件、电路板的组装和测试|按SOP进行插件、锁螺丝、贴膜等工序|使用测试治具对产品进行功能检测|穿戴静电服，遵守防静电要求",
  "能看懂简单的作业指导书|能分辨细小零件", vt="普工|作业员|操作员")
K("包装工", 22, "factory", (4000, 5800), "agency food lighting garment printing electronics furniture",
  "包装工|包装员|成品包装|打包工|包装普工",
  "负责成品的装箱、封箱、贴标和码垛|核对产品型号和数量，填写包装记录|按要求使用打包机、封箱机|配合仓库完成出货前的整理",
  "做事细心，能适应重复性工作", vt="普工|操作工|生产员工|车间员工")
K("SMT操作员", 10, "factory", (5000, 7200), "agency electronics",
  "SMT操作员|SMT贴片操作员|SMT技术员|贴片机操作工|SMT炉前目检",
  "负责SMT贴片机、回流焊的上料和日常操作|炉前炉后目检，发现缺件、偏位及时处理|按要求记录生产数据和换线信息|配合技术员完成程序切换",
  "有SMT经验者优先|会简单电脑操作", vt="电子厂普工|操作员")
K("汽车装配工", 10, "factory", (5500, 8200), "agency auto",
  "汽车装配工|总装操作工|汽车厂普工|汽车零部件装配工|生产线装配工",
  "在总装线上完成内饰、底盘或电器件装配|按节拍完成工位作业，确保装配质量|使用气动工具、扭力扳手按规范紧固|参与班组质量改进活动",
  "能适应流水线节拍|服从生产安排", vt="普工|操作工")
K("锂电池操作工", 8, "factory", (5000, 7800), "agency battery",
  "锂电池操作工|电芯操作员|电池厂普工|新能源操作工|涂布/卷绕操作工",
  "负责涂布、卷绕、注液等工序设备的操作|按工艺要求进行首件检查和过程巡检|记录设备参数，异常及时上报|在干燥房内作业，遵守防尘要求",
  "能适应无尘车间作业", vt="普工|操作工")
K("食品厂操作工", 10, "factory", (4000, 6000), "agency food",
  "食品厂操作工|食品加工工|食品厂普工|面包生产员|肉制品加工工|包装操作工（食品）",
  "负责食品的配料、成型、蒸煮或包装工序|按卫生规范穿戴工作服，做好车间清洁|记录生产批次，配合品控抽检|搬运原料和成品到指定区域",
  "入职后公司统一办理健康证", vt="普工|操作工|车间员工")
K("制药操作工", 5, "factory", (4500, 6800), "pharma",
  "制药操作工|GMP车间操作工|药厂操作员|制剂操作工|医药生产操作工",
  "在GMP车间内完成制粒、压片、包衣或灌装工序|按批生产记录进行操作和填写|做好设备清场和清洁消毒|配合QA完成过程检验",
  "高中或中专以上文化|能严格按照SOP执行", vt="普工|操作工")
K("化工操作工", 6, "factory", (5500, 8500), "chem",
  "化工操作工|化工总控工|DCS操作员|化工外操|化工厂操作员",
  "负责装置现场巡检和设备操作|按操作规程调节温度、压力、流量等参数|做好交接班记录和异常上报|参与装置开停车和安全演练",
  "化工类相关专业优先|熟悉安全操作规程", vt="操作工|生产员工")
K("质检员", 16, "factory", (4500, 6800), "agency electronics auto battery food pharma machining plastics garment lighting",
  "质检员|品检员|QC|IPQC巡检|OQC出货检验|来料检验IQC|品检",
  "按检验标准对来料、过程或成品进行检验|使用卡尺、千分尺等量具测量尺寸|填写检验报告，不良品标识和隔离|参与不良原因分析和改善跟进",
  "会使用常用量具|能看懂简单图纸者优先", vt="普工|检验员")
K("CNC操作工", 14, "factory_skilled", (5500, 8500), "machining plastics auto agency",
  "CNC操作工|CNC操机员|数控车床操作工|加工中心操作员|CNC学徒|数控车工",
  "负责CNC加工中心或数控车床的上下料和操作|装夹工件、对刀，按程序加工零件|首件自检，用量具测量尺寸|做好机床日常保养",
  "会看简单图纸和用卡尺|可接受学徒，有师傅带", vt="操作工|普工")
K("冲压工", 6, "factory", (5000, 7500), "machining auto agency",
  "冲压工|冲床操作工|冲床工|冲压操作员",
  "操作冲床完成五金件的冲压成型|按要求更换、调试简单模具|检查冲压件外观和尺寸|严格执行冲床安全操作规程",
  "注意安全，服从管理", vt="普工|操作工")
K("激光切割工", 5, "factory_skilled", (5500, 8500), "machining steel",
  "激光切割工|激光切割操作员|光纤激光切割机操作工|数控切割工",
  "操作激光切割机完成钢板、不锈钢板的下料|导入图纸，排版并设置切割参数|检查切割件尺寸和毛刺|负责设备日常清洁保养",
  "会使用CAD看图者优先")
K("折弯工", 5, "factory_skilled", (6000, 9000), "machining steel",
  "折弯工|数控折弯机操作工|钣金折弯工|折弯师傅",
  "操作数控折弯机完成钣金件折弯|根据图纸计算折弯尺寸，选用模具|首件检验，保证角度和尺寸|配合焊接、装配工序",
  "有钣金折弯经验|能独立看懂钣金图纸")
K("注塑工", 10, "factory", (5000, 7500), "plastics lighting electronics agency auto",
  "注塑工|注塑机操作工|注塑普工|注塑技术员|啤机操作员|注塑车间员工",
  "负责注塑机的看机、取件、剪水口|检查产品外观，分拣不良品|按要求包装产品并记录数量|配合技术员上下模和调机",
  "能适应站立作业", vt="普工|操作工")
K("打磨抛光工", 6, "factory", (5500, 8500), "machining furniture steel lighting",
  "打磨工|抛光工|打磨抛光工|五金抛光师傅|手工打磨",
  "使用砂轮机、抛光机对五金件或铸件进行打磨抛光|去除毛刺和焊渣，保证表面光洁|按要求佩戴口罩、护目镜等防护用品|做好工件自检和数量统计",
  "有打磨经验者优先，计件多劳多得")
K("CNC编程员", 6, "factory_skilled", (8000, 13000), "machining plastics auto",
  "CNC编程员|数控编程工程师|UG编程|加工中心编程|CNC编程师",
  "使用UG/Mastercam完成零件的数控编程|制定加工工艺，选择刀具和切削参数|指导操机员调试首件并解决加工问题|优化程序，提高加工效率",
  "熟练使用UG或Mastercam|有模具或精密零件编程经验", exp={1: 20, 2: 30, 3: 35, 5: 15}, edu={"senior_high": 50, "associate": 50})
K("钳工", 6, "factory_skilled", (6000, 9500), "machining auto steel",
  "钳工|装配钳工|机修钳工|模具钳工|钳工师傅",
  "负责机械设备或零部件的装配、调试|按图纸进行划线、钻孔、攻丝、修配|排除装配过程中的机械故障|做好工具量具的保管",
  "能看懂机械装配图|有钳工证者优先")
K("模具工", 6, "factory_skilled", (7000, 11000), "plastics machining",
  "模具工|模具师傅|注塑模具钳工|冲压模具维修|模具技术员",
  "负责注塑或冲压模具的装配、试模和维修|根据产品问题分析模具原因并修模|配合编程和加工完成新模制作|建立模具保养记录",
  "有模具制作或维修经验")
K("电焊工", 24, "factory_skilled", (6500, 10000), "machining steel construction auto agency",
  "电焊工|焊工|二保焊焊工|电焊师傅|CO2保护焊工|钢结构焊工|熟练电焊工",
  "负责钢结构件、机架的二氧化碳保护焊焊接|看懂图纸，按焊接工艺施焊|焊后自检，清理焊渣和飞溅|遵守动火作业和安全防护规定",
  "持焊工证（特种作业操作证）|会立焊、仰焊者优先")
K("氩弧焊工", 6, "factory_skilled", (7000, 11000), "machining steel",
  "氩弧焊工|不锈钢氩弧焊|氩弧焊师傅|TIG焊工",
  "负责不锈钢、铝件的氩弧焊接|保证焊缝美观、无气孔|按图纸要求控制焊接变形|配合打磨和装配工序",
  "持焊工证|有不锈钢焊接经验")
K("喷涂工", 6, "factory", (6000, 9000), "machining furniture lighting auto",
  "喷涂工|喷漆工|喷粉工|静电喷涂操作工|油漆喷涂师傅",
  "负责工件的喷漆、喷粉作业|调配油漆，控制涂层厚度和颜色|做好喷涂前的打磨和遮蔽|按要求佩戴防护用品",
  "有喷涂经验者优先")
K("设备维修工", 10, "factory_skilled", (6000, 9500), "electronics auto battery food pharma chem machining steel mining",
  "设备维修工|机修工|设备维护员|机电维修工|设备技术员|维修师傅",
  "负责生产设备的日常点检、保养和故障维修|处理机械、气动、液压类故障|配合设备改造和新设备安装调试|做好维修记录和备件管理",
  "懂机械和基础电气|有电工证者优先")
K("缝纫工", 14, "factory", (5000, 9000), "garment",
  "缝纫工|车位|平车工|服装车工|缝纫机工|熟手车位|鞋面车工",
  "使用平车、高车完成服装或鞋面的缝制|按工艺单要求缝制，保证针距和线路|配合组长完成流水作业|计件工资，多劳多得",
  "会踩平车，熟手优先|新手可带", vt="普工|车间员工", unit="piece")
K("裁床工", 5, "factory", (5000, 8000), "garment",
  "裁床工|裁剪工|服装裁床|电剪工|拉布工",
  "负责布料的拉布、排版和裁剪|使用电剪或自动裁床裁片|裁片分扎、编号，核对数量|保持裁床区整洁",
  "有裁床经验者优先")
K("纺织挡车工", 5, "factory", (4500, 6500), "garment",
  "挡车工|纺织挡车工|织布挡车工|细纱挡车工|纺纱操作工",
  "负责纺纱或织布机台的巡回看管|及时接头、换筒，处理断纱|清洁机台，保证布面质量|执行交接班制度",
  "责任心强，能看管多台机器", vt="普工|操作工")
K("服装整烫工", 4, "factory", (4500, 7000), "garment",
  "整烫工|大烫|服装整烫|熨烫工|后道整烫",
  "负责成衣的熨烫定型|按工艺要求整烫，保证平整无极光|配合后道检验和包装|注意用电用汽安全",
  "有整烫经验者优先", unit="piece")
K("印刷工", 6, "factory_skilled", (6000, 9000), "printing",
  "印刷机长|印刷工|印刷机副手|胶印机长|柔印操作工",
  "负责胶印或柔印设备的操作和调试|调墨、校版，保证套印精度和颜色|处理印刷过程中的质量问题|做好设备日常保养",
  "有印刷相关经验")
K("家具木工", 6, "factory_skilled", (6000, 9500), "furniture",
  "家具木工|实木家具木工|板式家具开料工|家具厂木工师傅|封边工",
  "负责实木或板式家具的开料、封边、钻孔|按图纸完成部件加工和组装|操作推台锯、封边机等设备|保证部件尺寸和质量",
  "有家具厂工作经验者优先")
K("机械工程师", 6, "engineer", (8500, 14000), "machining auto battery steel electronics",
  "机械工程师|结构工程师|机械设计工程师|非标设备设计|机械设计",
  "负责非标设备或产品的机械结构设计|使用SolidWorks/AutoCAD出图，编写BOM|跟进零件加工、装配和调试|解决生产中的机械技术问题",
  "机械类专业|熟练使用SolidWorks和CAD")
K("工艺工程师", 4, "engineer", (8000, 13000), "electronics auto battery machining pharma",
  "工艺工程师|PE工程师|制程工程师|工艺技术员",
  "制定产品工艺流程和作业指导书|导入新产品，组织试产|分析解决制程异常，提升良率|推动工艺改善和降本",
  "理工科专业|熟悉生产制程")
K("电气工程师", 5, "engineer", (9000, 15000), "machining electronics battery steel auto elevator",
  "电气工程师|电气设计工程师|PLC工程师|自动化电气工程师",
  "负责设备电气原理图设计和元器件选型|PLC编程和触摸屏编程调试|现场安装调试和电气故障处理|编写电气技术文件",
  "电气自动化相关专业|熟悉西门子或三菱PLC")
K("品质工程师", 4, "engineer", (8000, 12000), "electronics auto battery machining plastics",
  "品质工程师|QE工程师|质量工程师|SQE供应商质量工程师",
  "负责产品质量问题的分析和8D报告|制定检验标准和质量控制计划|处理客户投诉和供应商质量问题|推动质量体系运行",
  "熟悉质量工具|有ISO/IATF16949体系经验优先")

# ---- logistics and delivery
K("快递员", 26, "courier", (6000, 10000), "express",
  "快递员|快递派送员|收派员|快递小哥|派件员|快递业务员",
  "负责指定区域的快递派送和揽收|使用手持终端扫描签收，及时反馈异常件|维护片区客户关系，开发散件客户|保管好快件，确保安全准时送达",
  "会骑电动三轮车|会使用智能手机", unit="piece")
K("外卖骑手", 22, "courier", (6000, 11000), "delivery",
  "外卖骑手|外卖配送员|送餐员|专送骑手|众包骑手|骑手",
  "使用骑手APP接单，到商家取餐并送达顾客|遵守交通规则，安全配送|按要求穿着工服，保持餐箱整洁|处理顾客的简单询问",
  "会骑电动车，会用手机导航", unit="piece")
K("同城配送员", 8, "courier", (5000, 8000), "delivery express supermarket",
  "同城配送员|跑腿骑手|同城跑腿|生鲜配送员|超市送货员",
  "负责同城订单的取件和送达，跑腿代买代送|生鲜、商超订单的及时配送|维护好配送箱，保证货品完好|按平台规则接单和结算",
  "熟悉本地路况", unit="piece")
K("仓库管理员", 18, "warehouse", (4500, 6800), "warehouse electronics auto food machining garment ecommerce supermarket trading lighting",
  "仓库管理员|仓管员|仓管|库管|物料员|仓库文员",
  "负责物料的收发、入库、出库和盘点|在ERP/WMS系统中做账，保证账实相符|物料分区摆放，做好标识|配合生产领料和发货",
  "会电脑基本操作，会用Excel|做事仔细", edu={"junior_middle": 30, "senior_high": 55, "associate": 15})
K("分拣员", 18, "warehouse", (4500, 6500), "express warehouse agency",
  "分拣员|快递分拣员|包裹分拣|分拣操作员|中转场分拣",
  "在分拨中心按地址或条码对包裹进行分拣|扫描包裹，上传数据|按要求装袋、装车|保持分拣区域整洁",
  "会使用扫码枪者优先", vt="普工|操作员|搬运分拣")
K("拣货打包员", 12, "warehouse", (4000, 6000), "warehouse ecommerce agency",
  "拣货员|打包员|拣货打包员|电商仓打包|仓库拣货|发货员",
  "按订单在货架拣货，核对商品和数量|对商品进行打包、封箱、贴面单|协助入库上架和库存盘点|大促期间配合加班发货",
  "会用手持终端者优先", vt="普工|仓库普工|仓库员工")
K("装卸工", 14, "warehouse", (5500, 9000), "warehouse express trucking supermarket agency",
  "装卸工|搬运工|装卸搬运工|货车装卸工|卸货员",
  "负责货物的装车、卸车和搬运码放|按要求轻拿轻放，防止货物损坏|配合叉车进行托盘作业|听从现场主管安排",
  "能吃苦耐劳", unit="piece")
K("叉车司机", 16, "warehouse", (5500, 8200), "warehouse electronics auto machining steel food supermarket agency",
  "叉车司机|叉车工|叉车操作员|电动叉车司机|仓库叉车|叉车师傅",
  "驾驶叉车完成货物的装卸、搬运和堆垛|做好叉车的日常点检和充电|配合仓库收发货|遵守厂内安全驾驶规定",
  "持有效叉车证（N1）|有叉车驾驶经验", exp={0: 30, 1: 40, 2: 20, 3: 10})
K("快递驿站店员", 5, "retail", (3500, 5000), "express",
  "驿站店员|快递驿站理货员|菜鸟驿站店员|快递代收点店员",
  "负责快递包裹的入库、上架和出库|用手机扫码通知客户取件|整理货架，保持站点整洁|处理客户咨询",
  "会用智能手机")
K("物流调度", 5, "office", (5000, 7500), "trucking warehouse express",
  "物流调度|车辆调度|调度员|运输调度|物流专员",
  "负责车辆安排和运输线路调度|跟踪在途车辆，处理异常|对接客户和司机，确保按时交付|统计运费和车辆数据",
  "熟悉Excel|有物流行业经验优先")

# ---- drivers
K("重卡司机", 16, "driver", (9000, 15000), "trucking steel construction",
  "重卡司机|半挂车司机|A2司机|大车司机|牵引车司机|长途货车司机",
  "驾驶半挂牵引车完成干线货物运输|出车前检查车辆，保证车况良好|按时按线路送达，做好交接签收|遵守交通法规，安全驾驶",
  "持A2驾照和道路货物运输从业资格证|有三年以上大车驾驶经验优先", exp={1: 20, 2: 30, 3: 35, 5: 15})
K("轻卡司机", 14, "driver", (6000, 9000), "trucking express supermarket food trading warehouse",
  "货车司机|送货司机|轻卡司机|C1货车司机|面包车司机|4米2货车司机",
  "驾驶轻型货车或面包车进行市内配送|协助装卸货物，核对单据|按线路送货，及时回单|做好车辆日常清洁保养",
  "持C1及以上驾照|熟悉本地路况", vt="司机|送货员")
K("危化品运输司机", 4, "driver", (10000, 15000), "trucking chem",
  "危化品运输司机|危险品司机|罐车司机|危货司机",
  "驾驶危化品罐车完成化工产品运输|严格执行危险品运输安全规定|出车前检查罐体阀门及安全设施|做好运输记录",
  "持A2驾照和危险货物道路运输从业资格证", exp={1: 20, 2: 30, 3: 35, 5: 15})
K("网约车司机", 12, "driver", (6000, 12000), "cab",
  "网约车司机|快车司机|专车司机|新能源网约车司机|带车加盟司机",
  "驾驶公司新能源车辆通过平台接单|按平台规范服务乘客，保持车内整洁|遵守交通规则，安全行驶|可自由安排出车时间",
  "持C1驾照三年以上|无重大交通违法记录", emp={"full_time": 55, "flexible": 45})
K("出租车司机", 6, "driver", (5000, 9000), "cab",
  "出租车司机|的士司机|出租车驾驶员|巡游出租车司机",
  "驾驶公司出租车运营，服务乘客|遵守出租车服务规范|做好车辆日常检查|按规定交接班",
  "持C1驾照三年以上|需取得出租车从业资格证")
K("公交车司机", 6, "driver", (6000, 8500), "bus",
  "公交车司机|公交驾驶员|城市公交司机|公交车驾驶员（A3）",
  "驾驶公交车按线路和班次运营|做好进站、报站和乘客服务|检查车辆状况，确保行车安全|遵守公司运营管理制度",
  "持A3或A1驾照|有大客车驾驶经验者优先", edu={"junior_middle": 40, "senior_high": 60})
K("大巴司机", 6, "driver", (6500, 9500), "bus travel school electronics",
  "大巴司机|旅游大巴司机|班车司机|通勤车司机|客车司机",
  "驾驶大客车完成员工通勤或旅游团接送|按时发车，保证准点|做好车辆日常保养和卫生|遵守安全驾驶规定",
  "持A1驾照|有大客车驾驶经验")
K("商务司机", 6, "driver", (6000, 9000), "trading it construction realestate hotel",
  "商务司机|小车司机|公司司机|行政司机|专职司机",
  "负责公司领导和客户的接送|做好车辆的日常保养、年检和保险|熟悉本地主要道路，合理规划路线|协助处理部分行政事务",
  "C1驾照五年以上驾龄|形象整洁，守时", edu={"junior_middle": 30, "senior_high": 50, "associate": 20})
K("代驾司机", 6, "driver", (4000, 10000), "cab",
  "代驾司机|酒后代驾|兼职代驾|代驾师傅",
  "通过代驾平台接单，为客户驾驶其车辆安全到家|出发前与客户确认车辆状况|遵守交通法规，文明驾驶|时间自由，多劳多得",
  "持C1驾照三年以上", emp={"flexible": 60, "part_time": 40})
K("驾校教练", 4, "driver", (5000, 8000), "drivingschool",
  "驾校教练|驾驶教练员|科目二教练|科目三教练|驾校教练员",
  "负责学员科目二、科目三的实际操作教学|按教学大纲安排练车|维护教练车车况|提升学员考试通过率",
  "持C1驾照五年以上|有教练员证者优先")

# ---- catering and hotels
K("中餐厨师", 22, "kitchen", (6000, 10000), "restaurant hotel canteen",
  "厨师|中餐厨师|炒锅|炒锅师傅|热菜厨师|湘菜厨师|川菜厨师|大厨",
  "负责热菜的烹饪出品，保证口味稳定|根据菜单做好备料和调料准备|配合厨师长研发新菜|做好厨房卫生和食品安全",
  "有中餐炒锅经验|会做川菜、湘菜或本帮菜者优先")
K("食堂厨师", 12, "kitchen", (5000, 7500), "canteen hospital school kindergarten eldercare electronics auto",
  "食堂厨师|大锅菜厨师|工厂食堂厨师|学校食堂厨师|团餐厨师",
  "负责单位食堂早中晚餐的大锅菜制作|按菜单和人数准备食材|保证饭菜卫生、口味和出餐时间|做好食堂清洁和留样",
  "有大锅菜经验者优先")
K("烧烤师傅", 5, "kitchen", (6000, 10000), "restaurant",
  "烧烤师傅|烤串师傅|烧烤厨师|夜宵烧烤师傅",
  "负责烤串、烤鱼等烧烤产品的制作|腌制和串制食材|控制火候，保证出品速度和口味|做好烤炉区卫生",
  "会烤串，懂腌料者优先", emp={"full_time": 80, "part_time": 20}, pt=["evening"])
K("厨师长", 4, "kitchen", (10000, 18000), "restaurant hotel canteen",
  "厨师长|行政总厨|后厨主管|厨房主管",
  "全面负责后厨管理，排班和人员培训|制定菜单，研发新菜品|控制食材成本和毛利|保证食品安全和出品质量",
  "五年以上厨房管理经验", exp={3: 50, 5: 50})
K("面点师", 8, "kitchen", (5500, 8000), "restaurant hotel canteen bakery supermarket",
  "面点师|白案师傅|面点师傅|包子师傅|早点师傅|中式面点师",
  "负责包子、馒头、花卷、饺子等面点的制作|和面、发面，控制面团质量|按需求准备早餐和点心|做好面点间的卫生",
  "会做中式面点")
K("烘焙师", 7, "kitchen", (5000, 8000), "bakery supermarket hotel",
  "烘焙师|蛋糕师|西点师|面包师|裱花师|烘焙学徒",
  "负责面包、蛋糕、西点的制作和烘烤|奶油裱花和蛋糕装饰|按配方控制原料用量|做好烘焙间卫生和设备清洁",
  "有烘焙经验或相关证书者优先|学徒可培训")
K("配菜切配工", 8, "kitchen_help", (4500, 6200), "restaurant hotel canteen",
  "切配|砧板|配菜员|切配师傅|配菜工|墩子",
  "负责原料的切配、改刀和配份|按菜单提前备好配菜|做好刀具和砧板区卫生|配合炒锅出菜",
  "刀工好者优先")
K("打荷", 5, "kitchen_help", (4500, 6000), "restaurant hotel",
  "打荷|打荷工|打荷师傅|荷台",
  "负责菜品的上浆、腌制和摆盘|协助炒锅准备调料和出品|配合传菜及时出菜|做好荷台卫生",
  "有打荷经验者优先")
K("厨房杂工", 12, "kitchen_help", (3800, 5000), "restaurant hotel canteen kindergarten school eldercare",
  "厨房杂工|厨工|帮厨|厨房帮工|后厨小工|打杂",
  "负责择菜、洗菜和简单切配|清洗厨房用具，打扫厨房卫生|协助厨师做好出餐准备|搬运食材和垃圾清运",
  "勤快，能吃苦")
K("洗碗工", 8, "kitchen_help", (3500, 4600), "restaurant hotel canteen",
  "洗碗工|洗碗员|洗碗保洁|管事部员工|碗碟清洗员",
  "负责餐具的清洗、消毒和摆放|操作洗碗机|保持洗碗间和厨房地面清洁|协助后厨其他杂务",
  "能适应忙时节奏", vt="后厨员工|厨房杂工")
K("餐厅服务员", 34, "front", (3800, 5500), "restaurant hotel bar canteen",
  "服务员|餐厅服务员|前厅服务员|包厢服务员|火锅店服务员|餐饮服务员|楼面服务员",
  "负责迎宾、点菜、上菜和餐后收台|为顾客提供热情周到的服务|保持餐厅桌面和地面整洁|处理顾客的简单需求",
  "有亲和力，会普通话|无经验可培训")
K("传菜员", 8, "front", (3800, 5000), "restaurant hotel",
  "传菜员|传菜生|传菜|跑菜员",
  "负责将后厨出品的菜品准确送到餐桌|回收餐具送到洗碗间|协助服务员做好翻台|保持传菜通道整洁",
  "手脚麻利")
K("奶茶店员", 12, "front", (3500, 5500), "bakery",
  "奶茶店员|奶茶师|饮品师|茶饮店员|奶茶店店员|水吧员",
  "负责奶茶、果茶等饮品的制作|收银点单，接待顾客|备料、清洁门店卫生|配合店长完成营业目标",
  "有饮品店经验者优先，小白可培训")
K("咖啡师", 6, "front", (4500, 7000), "bakery hotel",
  "咖啡师|咖啡吧台|Barista|咖啡店店员",
  "负责意式咖啡和手冲咖啡的制作|维护咖啡机和磨豆机|接待顾客，推荐饮品|保持吧台清洁",
  "会拉花者优先")
K("调酒师", 3, "front", (5000, 9000), "bar hotel",
  "调酒师|吧台调酒师|Bartender|酒吧调酒",
  "负责鸡尾酒和特调饮品的制作|管理吧台酒水库存|与顾客互动，营造氛围|保持吧台整洁",
  "有调酒经验", emp={"full_time": 75, "part_time": 25}, pt=["evening"], hours={"night": 100})
K("餐饮店长", 5, "kitchen", (7000, 12000), "restaurant bakery",
  "店长|餐厅经理|餐饮店长|门店店长|储备店长",
  "全面负责门店营运、人员排班和培训|控制成本，完成营业额指标|处理顾客投诉，维护门店口碑|落实食品安全和卫生管理",
  "有餐饮门店管理经验", exp={1: 30, 2: 40, 3: 30}, edu={"senior_high": 50, "associate": 50})
K("酒店前台", 8, "hotel", (4000, 5600), "hotel",
  "前台接待|酒店前台|前台收银|宾馆前台|前厅接待",
  "负责客人入住、退房登记和收银|接听电话，处理预订|解答客人咨询，提供周到服务|做好交接班记录",
  "会电脑操作|形象整洁，普通话标准")
K("客房服务员", 10, "hotel", (4000, 6200), "hotel housekeeping",
  "客房服务员|客房清洁员|PA客房|做房员|酒店客房清洁|客房员",
  "负责客房的清扫、整理和布草更换|补充客房用品，检查设施设备|做好楼层公共区域卫生|按房间计件，多劳多得",
  "能吃苦", unit="piece")

# ---- domestic and care
K("住家保姆", 12, "domestic", (5500, 8500), "housekeeping",
  "住家保姆|保姆|全职保姆|家务保姆|做饭保姆|家政服务员（住家）",
  "负责雇主家的日常家务：做饭、打扫、洗衣|照顾家庭成员起居|按雇主口味做家常菜|保管好家中物品",
  "会做家常菜|有家政经验者优先", ben={"room_and_board": 85, "training": 45, "social_insurance": 5}, emp={"full_time": 80, "flexible": 20})
K("育儿嫂", 10, "domestic", (6500, 10000), "housekeeping kindergarten",
  "育儿嫂|育婴师|早教育儿嫂|育儿员",
  "负责婴幼儿的日常照护：喂养、洗澡、哄睡|辅助宝宝早期智力开发和游戏|做好宝宝衣物清洗和用品消毒|记录宝宝成长情况，与家长沟通",
  "有育婴师证者优先|有带娃经验", ben={"room_and_board": 70, "training": 50}, emp={"full_time": 80, "flexible": 20}, vt="家政服务员")
K("月嫂", 8, "domestic", (9000, 16000), "housekeeping",
  "月嫂|母婴护理师|金牌月嫂|高级月嫂|产后护理员",
  "负责产妇产后护理和月子餐制作|新生儿喂养、洗澡、抚触和脐带护理|观察母婴健康状况，及时反馈|指导家长科学育儿",
  "持母婴护理证书|有月嫂经验优先", ben={"room_and_board": 80, "training": 60}, emp={"full_time": 70, "flexible": 30}, exp={0: 25, 1: 35, 2: 25, 3: 15})
K("钟点工", 10, "domestic", (3000, 6000), "housekeeping property",
  "钟点工|小时工（家政）|家政保洁员|日常保洁钟点工|上门保洁",
  "上门为客户提供日常保洁：擦洗、拖地、整理收纳|按订单时间准时上门|使用公司配发的清洁工具|服务后请客户确认",
  "做事干净利索", emp={"part_time": 45, "flexible": 40, "full_time": 15}, pt=["weekend", "flexible_hours"], unit="hour", vt="家政服务员")
K("养老护理员", 14, "care", (4000, 6200), "eldercare hospital housekeeping",
  "养老护理员|护理员|养老院护工|护理员（养老）|照护员|失能老人护理员",
  "负责老人的生活照料：助餐、助浴、翻身、如厕|观察老人身体和情绪变化并记录|协助老人参加康复和娱乐活动|保持房间和老人个人卫生",
  "有养老护理员证书者优先|无经验可培训")
K("医院护工", 10, "care", (4500, 7500), "housekeeping hospital eldercare",
  "医院护工|陪护|护工|病房陪护|住院陪护|一对一护工",
  "在医院为住院病人提供生活照料和陪护|协助病人进食、翻身、洗漱|配合护士观察病情|做好病房环境清洁",
  "有陪护经验者优先", unit="day")

# ---- cleaning, security, property
K("保洁员", 32, "cleaning", (2800, 4000), "property sanitation hospital hotel supermarket school electronics canteen agency",
  "保洁员|保洁|清洁工|商场保洁|写字楼保洁|医院保洁|小区保洁",
  "负责责任区域地面、桌面、卫生间的清洁|按时清运垃圾，做好垃圾分类|补充卫生间用品|配合完成大扫除和临时任务",
  "做事认真负责")
K("家电清洗师", 4, "cleaning", (5000, 9000), "housekeeping install_service",
  "家电清洗师|油烟机清洗|空调清洗师傅|家电清洗技师",
  "上门为客户清洗空调、油烟机、洗衣机等家电|拆装清洗部件，恢复安装|向客户介绍家电保养常识|按公司标准流程作业",
  "动手能力强，公司提供培训", emp={"full_time": 70, "flexible": 30})
K("外墙清洗工", 3, "cleaning", (8000, 15000), "sanitation property",
  "外墙清洗|高空作业清洗工|蜘蛛人|幕墙清洗工",
  "负责高层建筑外墙和玻璃幕墙的清洗|使用吊板、绳索进行高空作业|严格执行高空作业安全规程|做好清洗工具的检查保养",
  "持高处作业证|有高空作业经验", exp={0: 30, 1: 40, 2: 30}, unit="day")
K("环卫工", 8, "cleaning", (2500, 3600), "sanitation",
  "环卫工|清扫工|道路保洁员|环卫保洁员|垃圾清运工",
  "负责责任路段的清扫保洁|清理垃圾桶和果皮箱|配合完成垃圾分类和清运|雨雪天气做好路面清扫",
  "能早起", hours={"day_only": 70, "none": 30})
K("绿化工", 5, "cleaning", (3000, 4600), "sanitation property farm",
  "绿化工|园林工人|绿化养护工|花木养护员|园林绿化工",
  "负责小区或道路绿化带的浇水、修剪、除草|病虫害防治和施肥|配合完成苗木种植|保管好绿化工具",
  "有园林养护经验者优先")
K("保安", 32, "security", (3500, 5200), "security_co property hotel hospital electronics auto school supermarket construction agency",
  "保安|保安员|安保员|小区保安|工厂保安|商场保安|巡逻保安|秩序维护员",
  "负责门岗值守，来访人员和车辆登记|按规定路线巡逻，排查安全隐患|维护区域秩序，处理突发情况|配合消防演练和安全检查",
  "有保安证者优先")
K("门卫", 8, "security", (2800, 3800), "property school electronics machining hospital kindergarten",
  "门卫|门岗|传达室值班员|门卫保安|大门值班",
  "负责单位大门值守，来访登记和收发快递|看管进出车辆和物品|夜间巡查门窗水电|保持门岗整洁",
  "责任心强", hours={"night": 60, "none": 40})
K("消防监控员", 5, "security", (4000, 5600), "property security_co hotel hospital",
  "消防监控员|消控室值班员|消防设施操作员|中控员|监控员",
  "在消防控制室值班，监控消防报警系统|处理火警信号，及时报告|做好值班记录和设备巡检|配合消防检查和演练",
  "持消防设施操作员证（中级）", edu={"junior_middle": 30, "senior_high": 60, "associate": 10})
K("停车场管理员", 5, "security", (3000, 4300), "property security_co hospital supermarket",
  "停车场管理员|停车场收费员|车管员|道口岗|停车引导员",
  "负责停车场车辆引导和秩序维护|道闸收费和异常处理|巡查车辆，防止剐蹭和盗窃|保持停车场环境整洁",
  "会用智能手机")
K("物业客服", 8, "property", (3500, 5200), "property realestate",
  "物业客服|客服前台（物业）|物业管家|物业管理员|楼栋管家",
  "负责业主报事报修的接待和派单|收缴物业费，处理业主投诉|巡查楼栋，跟进整改|做好业主档案管理",
  "会电脑操作，沟通能力好")
K("宿舍管理员", 5, "property", (3500, 4800), "electronics agency school property",
  "宿舍管理员|宿管|宿舍管理|员工宿舍管理员|宿管员",
  "负责员工或学生宿舍的入住、退宿登记|巡查宿舍安全和卫生|处理宿舍报修和住宿纠纷|做好来访登记",
  "有责任心", hours={"night": 50, "none": 50})

# ---- construction and trades
K("钢筋工", 10, "construction", (8000, 12000), "construction",
  "钢筋工|钢筋大工|钢筋班组|钢筋师傅|钢筋绑扎工",
  "按图纸进行钢筋下料、弯曲和绑扎|配合模板、混凝土工序施工|自检钢筋间距、保护层|遵守工地安全文明施工规定",
  "会看钢筋图|大工小工均可", unit="day")
K("架子工", 6, "construction", (8000, 12000), "construction",
  "架子工|脚手架工|外架工|架子工班组",
  "负责脚手架的搭设、加固和拆除|检查脚手架安全状况|配合其他工种高处作业|佩戴安全带，遵守高空作业规范",
  "持架子工特种作业证", unit="day")
K("建筑小工", 14, "construction", (5000, 7000), "construction decoration agency",
  "建筑小工|小工|工地小工|杂工|点工|工地普工",
  "负责工地材料搬运、清理垃圾|配合大工和面、递料|协助打扫施工现场|听从班组长安排",
  "能吃苦", unit="day", vt="普工|工地普工")
K("建筑木工", 8, "construction", (8000, 13000), "construction",
  "木工|建筑木工|支模木工|模板工|木工大工|木工班组",
  "负责建筑模板的支设、加固和拆除|按图纸放线，保证模板尺寸|清理和整理模板材料|配合钢筋和混凝土施工",
  "有支模经验", unit="day")
K("装修木工", 6, "construction", (8000, 12000), "decoration",
  "装修木工|木工师傅|家装木工|吊顶木工|装饰木工",
  "负责室内吊顶、隔墙、柜体的制作和安装|按设计图纸施工，保证工艺|使用电锯、气钉枪等工具|做好现场成品保护",
  "有家装木工经验")
K("瓦工", 8, "construction", (8000, 13000), "decoration construction",
  "瓦工|泥瓦工|贴砖师傅|泥工|瓷砖铺贴工|砌墙瓦工",
  "负责墙地砖铺贴、砌墙和抹灰|按要求找平放线，保证平整度|做好防水层的保护|清理施工现场",
  "有贴砖经验，手艺好", unit="day")
K("油漆工", 6, "construction", (7000, 11000), "decoration construction",
  "油漆工|刷漆师傅|乳胶漆工|批灰工|腻子工",
  "负责墙面批腻子、打磨和刷乳胶漆|木器漆施工|按工艺要求完成涂装，保证效果|做好成品保护",
  "有家装油漆经验")
K("防水工", 4, "construction", (6000, 9000), "decoration construction",
  "防水工|防水师傅|卫生间防水工|屋面防水工",
  "负责卫生间、屋面、地下室的防水施工|涂刷防水涂料、铺设卷材|闭水试验和渗漏维修|做好施工记录",
  "有防水施工经验")
K("空调安装工", 8, "install", (6000, 11000), "install_service decoration",
  "空调安装工|空调安装师傅|空调安装维修|空调工|中央空调安装工",
  "负责家用或中央空调的上门安装、移机|打孔、走管、抽真空、试机|安装后向用户讲解使用|遵守高空作业安全规定",
  "有高处作业证者优先|可带学徒")
K("门窗安装工", 4, "install", (6000, 9000), "decoration install_service",
  "门窗安装工|断桥铝门窗安装|门窗安装师傅|木门安装工",
  "负责门窗、木门的现场测量和安装|打胶、调试五金件|处理售后维修|保持安装现场整洁",
  "有门窗安装经验")
K("电梯维保工", 5, "install", (6000, 9000), "elevator property",
  "电梯维保工|电梯安装工|电梯维修工|电梯保养技术员",
  "负责电梯的安装调试和定期维护保养|排除电梯故障，应急救援|填写维保记录|遵守电梯安全操作规程",
  "持电梯作业证（T证）者优先", edu={"junior_middle": 30, "senior_high": 70})
K("水暖工", 4, "install", (6000, 9000), "utility property construction decoration",
  "水暖工|管道工|暖通安装工|水暖维修|管道安装工",
  "负责给排水、暖气管道的安装和维修|检修阀门、水泵、暖气片|处理管道漏水和堵塞|配合供暖季巡检",
  "有水暖安装经验")
K("电工", 18, "install", (6000, 9000), "property electronics machining auto steel construction hospital hotel mining utility agency",
  "电工|维修电工|持证电工|低压电工|物业电工|工厂电工|高压电工",
  "负责厂区或楼宇配电系统的日常巡检和维护|排除照明、动力线路故障|设备电气部分的安装和接线|做好用电安全检查",
  "持低压/高压电工证|有维修电工经验", edu={"junior_middle": 30, "senior_high": 60, "associate": 10})
K("水电工", 8, "install", (7000, 11000), "decoration construction property",
  "水电工|装修水电工|水电师傅|家装水电|水电安装工",
  "负责家装或工装的水电开槽、布管、穿线|安装开关插座、灯具和卫浴|打压测试，保证水电安全|做好水电隐蔽工程记录",
  "持电工证者优先")
K("物业维修工", 8, "install", (4500, 6800), "property hotel school hospital",
  "物业维修工|工程维修工|综合维修工|小区维修工|工程部维修",
  "负责小区或楼宇公共设施的日常维修|处理业主家中水电小修|巡查水泵房、配电房|做好维修记录",
  "懂水电维修|有电工证者优先")
K("弱电安装工", 5, "install", (6000, 9000), "install_service construction it",
  "弱电安装工|监控安装|弱电工程师|安防监控安装工|网络布线工",
  "负责监控、门禁、网络布线等弱电系统安装|设备调试和故障排查|按图纸施工，做好线缆标识|客户现场培训",
  "懂网络和监控基础")
K("挖掘机司机", 10, "construction", (8000, 13000), "construction steel mining farm",
  "挖掘机司机|挖机司机|勾机师傅|挖机操作手|挖掘机操作工",
  "驾驶挖掘机进行土方开挖、装车和平整|做好挖掘机日常保养|配合现场施工员完成作业|遵守安全操作规程",
  "持挖掘机操作证|有挖机经验", exp={0: 15, 1: 35, 2: 30, 3: 20})
K("装载机司机", 5, "construction", (7000, 10000), "construction mining steel warehouse",
  "装载机司机|铲车司机|铲车师傅|装载机操作手",
  "驾驶装载机进行物料装卸和短途转运|做好车辆日常检查和保养|配合现场调度作业|保持作业区域安全",
  "持装载机操作证", exp={0: 20, 1: 40, 2: 25, 3: 15})
K("塔吊司机", 5, "construction", (9000, 14000), "construction",
  "塔吊司机|塔吊司机（持证）|塔式起重机司机|塔吊司索信号工",
  "操作塔吊完成钢筋、模板等材料的吊运|听从信号工指挥，安全作业|做好塔吊日常检查和记录|恶劣天气按规定停止作业",
  "持建筑施工特种作业操作资格证（塔式起重机司机）", exp={0: 20, 1: 40, 2: 25, 3: 15})
K("汽车吊司机", 3, "construction", (9000, 13000), "construction steel",
  "汽车吊司机|吊车司机|25吨吊车司机|起重机司机",
  "驾驶汽车起重机完成吊装作业|出车前检查车辆和吊具|按吊装方案作业，确保安全|做好车辆保养",
  "持起重机操作证和A2/B2驾照", exp={1: 40, 2: 30, 3: 30})
K("施工员", 6, "site_mgmt", (6000, 10000), "construction decoration",
  "施工员|土建施工员|现场施工员|技术员（土建）|装修施工员",
  "负责施工现场的技术交底和进度管理|协调各班组施工，控制质量|编写施工日志|参与验收和工程量核对",
  "建筑类相关专业|持施工员证者优先")
K("安全员", 6, "site_mgmt", (6000, 9000), "construction steel mining chem",
  "安全员|安全主任|工地安全员|安全专员|EHS专员",
  "负责施工现场或厂区的安全检查|组织安全教育培训和班前讲话|排查安全隐患，督促整改|编写安全资料和台账",
  "持安全员C证或注册安全工程师者优先")
K("资料员", 4, "site_mgmt", (4500, 6500), "construction decoration",
  "资料员|工程资料员|土建资料员|内业资料员",
  "负责工程技术资料的收集、整理和归档|编制报验资料，配合监理验收|管理图纸和变更文件|做好资料台账",
  "会用Office和资料软件", exp={0: 50, 1: 30, 2: 20})
K("造价员", 4, "site_mgmt", (7000, 12000), "construction decoration",
  "造价员|预算员|造价工程师|土建预算|安装预算员",
  "负责工程量计算和清单计价|编制投标报价和结算|审核分包工程量|收集材料价格信息",
  "熟练使用广联达软件")
K("测量员", 4, "site_mgmt", (6000, 9000), "construction",
  "测量员|测量工|施工测量员|测绘员",
  "负责施工现场控制点测设和放样|使用全站仪、水准仪进行测量|整理测量数据和记录|配合施工员复核",
  "会使用全站仪和水准仪")
K("土建工程师", 4, "site_mgmt", (9000, 15000), "construction",
  "土建工程师|结构工程师（土建）|土建技术负责人|项目工程师",
  "负责项目土建施工技术管理|编制施工方案，解决技术问题|控制工程质量和进度|参与图纸会审和竣工验收",
  "土木工程相关专业|持二级建造师证者优先", edu={"associate": 40, "bachelor": 60}, exp={2: 30, 3: 40, 5: 30})

# ---- repair
K("汽车维修工", 12, "repair", (5500, 9000), "autoservice",
  "汽车维修工|汽修技师|机修工（汽修）|汽车修理工|汽修学徒|汽车机电维修",
  "负责车辆的保养、故障诊断和维修|使用诊断仪检测车辆故障|按工单完成维修项目，保证质量|保持工位和工具整洁",
  "有汽修经验或汽修专业毕业|学徒可带")
K("钣金喷漆工", 5, "repair", (7000, 11000), "autoservice",
  "钣金工|喷漆工（汽车）|汽车钣金喷漆|钣喷技师|汽车喷漆师傅",
  "负责事故车钣金修复和整形|调漆、喷漆，保证颜色一致|打磨、抛光和美容处理|做好烤漆房的维护",
  "有钣喷经验")
K("洗车美容工", 6, "repair", (3800, 5500), "autoservice",
  "洗车工|汽车美容|洗车美容技师|贴膜师傅|洗车员",
  "负责车辆清洗、打蜡和内饰清洁|汽车贴膜、镀晶等美容项目|接待客户，介绍服务项目|保持店面整洁",
  "无经验可培训")
K("电脑维修工", 4, "repair", (4500, 7000), "phonerepair it trading",
  "电脑维修|电脑维修工程师|笔记本维修技术员|电脑维修技术员",
  "负责台式机和笔记本的故障检测和维修|系统安装、数据恢复|更换硬件，清灰保养|上门为企业客户提供维护",
  "懂电脑硬件和系统")
K("手机维修工", 5, "repair", (4500, 7500), "phonerepair mallretail",
  "手机维修|手机维修技术员|手机维修工程师|手机维修学徒",
  "负责手机屏幕、电池、主板等故障维修|使用热风枪、电烙铁等工具|接待客户，解释维修方案|做好维修登记",
  "有手机维修经验者优先，学徒可培训")
K("家电维修工", 6, "install", (5500, 9000), "install_service",
  "家电维修|家电维修师傅|售后维修工程师|冰箱洗衣机维修|空调维修",
  "上门为用户维修冰箱、洗衣机、空调、热水器等家电|故障判断、配件更换|向用户解释维修情况，规范收费|填写服务工单",
  "懂家电维修")

# ---- retail, sales, e-commerce, live-streaming
K("收银员", 20, "retail", (3500, 4800), "supermarket mallretail restaurant pharmacy bakery",
  "收银员|超市收银员|收银|前台收银|门店收银员",
  "负责收银台的商品扫码、收款和找零|为顾客办理会员卡和积分|保持收银台整洁，做好交接班对账|协助理货和商品陈列",
  "会使用智能手机和收银系统，小白可教")
K("导购员", 16, "retail", (4000, 7000), "mallretail supermarket autoservice",
  "导购|导购员|店员|营业员|服装导购|门店销售|商场营业员",
  "负责接待进店顾客，介绍和推荐商品|完成个人销售目标|商品陈列和库存整理|维护会员，做好售后服务",
  "有零售经验者优先，口齿清晰")
K("超市理货员", 10, "retail", (3500, 4800), "supermarket",
  "理货员|超市理货员|补货员|商品陈列员|生鲜理货员",
  "负责商品的上架、补货和陈列|检查商品保质期，处理临期商品|整理货架，保持卖场整洁|协助盘点和收货",
  "做事踏实", vt="超市员工|门店员工")
K("促销员", 8, "retail", (3500, 6000), "supermarket mallretail food trading",
  "促销员|促销|商超促销员|品牌推广员|试吃促销员",
  "在商超门店进行产品试吃、试用和推介|引导顾客购买，完成销量目标|维护端架和堆头陈列|记录销售数据",
  "性格开朗，普通话标准", emp={"full_time": 45, "part_time": 40, "temporary": 15}, pt=["weekend", "evening"])
K("零售店长", 5, "retail", (6500, 10000), "supermarket mallretail pharmacy",
  "店长|门店店长|零售店长|储备店长|超市店长",
  "全面负责门店的经营管理，完成销售指标|员工排班、培训和绩效管理|商品订货、库存和损耗控制|维护顾客关系和门店形象",
  "两年以上零售门店管理经验", exp={1: 20, 2: 50, 3: 30}, edu={"senior_high": 50, "associate": 50})
K("销售代表", 20, "sales", (5000, 12000), "trading food pharma_sales lighting machining electronics insurance",
  "销售代表|业务员|销售专员|区域销售|渠道销售|客户经理|销售业务员",
  "负责区域内客户开发和维护|拜访经销商和终端门店，推广公司产品|完成月度销售和回款目标|收集市场信息，反馈竞品动态",
  "沟通能力强，能接受出差|有驾照者优先")
K("电话销售", 10, "sales", (4500, 10000), "callcenter insurance training realestate trading",
  "电话销售|电销|电话客服（销售）|电销专员|电话邀约专员",
  "通过电话与意向客户沟通，介绍产品和服务|邀约客户到店或线上成交|维护客户资料，做好回访|完成每日通话量和业绩目标",
  "普通话流利，抗压能力强")
K("地推专员", 6, "sales", (4500, 8000), "training delivery realestate insurance it",
  "地推|地推专员|地推推广员|扫码推广员|市场推广专员",
  "在社区、商圈、学校周边开展地面推广|引导用户下载APP、注册或办卡|布置物料，组织小型推广活动|统计推广数据",
  "性格外向，能接受户外工作", emp={"full_time": 60, "part_time": 30, "temporary": 10}, pt=["weekend"])
K("房产经纪人", 10, "sales", (5000, 15000), "realestate",
  "房产经纪人|置业顾问|房产销售|二手房经纪人|房屋租赁顾问|房产中介",
  "负责二手房买卖和租赁业务|带客户看房，促成交易|维护房源和客源信息|协助办理签约和过户手续",
  "有驾照者优先，无经验可培训", exp={0: 70, 1: 20, 2: 10})
K("汽车销售顾问", 5, "sales", (5000, 12000), "autoservice",
  "汽车销售顾问|汽车销售|4S店销售顾问|新车销售|二手车销售",
  "负责展厅客户接待，介绍车型和配置|安排试驾，促成成交|办理购车手续和交车|客户回访和转介绍",
  "持C1驾照")
K("课程顾问", 6, "sales", (5000, 10000), "training kindergarten",
  "课程顾问|课程销售|学习规划师|教育顾问|招生顾问",
  "负责接待家长咨询，介绍课程|邀约试听，完成报名转化|维护学员家长关系，续费转介绍|配合市场部开展招生活动",
  "沟通能力好，有教育行业经验者优先")
K("保险代理人", 6, "sales", (4000, 12000), "insurance bank",
  "保险代理人|保险顾问|保险销售|保险业务员|理财规划师（保险）",
  "为客户提供保险咨询和保障规划|开发和维护客户|协助客户办理投保和理赔|参加公司培训和早会",
  "无经验可培训，时间自由", emp={"full_time": 60, "flexible": 30, "part_time": 10}, pt=["flexible_hours"])
K("医药代表", 4, "sales", (7000, 13000), "pharma_sales pharma",
  "医药代表|医药销售代表|医疗器械销售|学术推广专员",
  "负责医院或药店渠道的产品推广|组织科室会，传递产品学术信息|完成区域销售指标|维护客户关系",
  "医学药学相关专业优先", edu={"associate": 50, "bachelor": 50})
K("电商运营", 10, "creative", (6000, 12000), "ecommerce",
  "电商运营|淘宝运营|天猫运营|抖音小店运营|拼多多运营|店铺运营|电商运营专员",
  "负责店铺日常运营，商品上新和页面优化|策划店铺活动，完成销售目标|分析生意参谋数据，优化推广|管理直通车等付费推广",
  "有电商运营经验|熟悉平台规则")
K("电商客服", 12, "office", (4000, 6000), "ecommerce callcenter",
  "电商客服|淘宝客服|售前客服|售后客服|在线客服|网店客服|京东客服",
  "通过旺旺、抖店后台回复顾客咨询|处理订单、退换货和售后问题|促成顾客下单，提升询单转化|记录常见问题并反馈",
  "打字速度每分钟50字以上|会电脑基本操作", edu={"none": 20, "junior_middle": 20, "senior_high": 45, "associate": 15},
  pt=["remote"], grp={"disabled": 12, "graduate": 15, "hubei": 6, "employment_difficulty": 6})
K("直播运营", 5, "creative", (6000, 10000), "ecommerce media",
  "直播运营|直播场控|抖音直播运营|直播间运营|中控",
  "负责直播间的场控、中控和数据监控|策划直播脚本和活动|配合主播调动直播间气氛|复盘直播数据，优化流量",
  "有抖音直播经验者优先")
K("带货主播", 8, "creative", (6000, 15000), "ecommerce media",
  "带货主播|主播|直播带货主播|抖音主播|服装主播|新人主播",
  "在抖音、快手等平台进行直播带货|熟悉产品卖点，讲解和试穿试用|与粉丝互动，提升直播间转化|配合运营完成直播排期",
  "镜头表现力好，表达能力强|无经验可培训", exp={0: 70, 1: 20, 2: 10}, pt=["evening"])
K("美工", 10, "creative", (5000, 8000), "ecommerce media",
  "美工|淘宝美工|电商美工|网店美工|电商设计|美工设计",
  "负责店铺首页、详情页和主图的设计|制作活动海报和推广图|配合运营完成大促视觉|产品图片精修",
  "熟练使用PS、AI|有电商设计作品", pt=["remote"])
K("平面设计师", 8, "creative", (5500, 9000), "media printing ecommerce decoration",
  "平面设计|平面设计师|广告设计|视觉设计|品牌设计师",
  "负责品牌VI、海报、画册和包装设计|根据需求完成创意设计方案|与客户和印刷厂沟通跟进|整理设计素材",
  "熟练使用PS、AI、CDR|有作品集", pt=["remote"])
K("UI设计师", 6, "creative", (8000, 15000), "it media ecommerce",
  "UI设计师|UI设计|UI/UX设计师|交互设计师|APP界面设计",
  "负责APP和Web产品的界面设计|制定设计规范，输出切图和标注|参与用户体验优化|与产品经理、前端协作",
  "熟练使用Figma、Sketch|有完整的项目作品", edu={"associate": 45, "bachelor": 55})
K("室内设计师", 6, "creative", (6000, 12000), "decoration",
  "室内设计师|家装设计师|软装设计师|室内设计|设计师助理（室内）",
  "负责客户沟通、量房和方案设计|出平面图、效果图和施工图|跟进工地施工，解决设计问题|完成签单指标",
  "熟练使用CAD、3Dmax、酷家乐")
K("摄影师", 5, "creative", (6000, 10000), "media ecommerce salon",
  "摄影师|产品摄影师|电商摄影|摄影助理|婚纱摄影师",
  "负责产品、模特或活动的拍摄|灯光布景和拍摄后期修图|管理摄影器材|配合运营完成拍摄计划",
  "有摄影作品集")
K("视频剪辑师", 6, "creative", (6000, 10000), "media ecommerce it",
  "视频剪辑|剪辑师|短视频剪辑|后期剪辑|短视频编导",
  "负责短视频的剪辑、调色、字幕和包装|根据脚本完成视频后期|跟踪抖音热点，参与选题|管理素材库",
  "熟练使用PR、剪映、AE", pt=["remote"])
K("新媒体运营", 8, "creative", (5500, 9000), "media ecommerce training it hospital",
  "新媒体运营|公众号运营|小红书运营|抖音运营|内容运营|社群运营",
  "负责公众号、小红书、抖音等账号的内容运营|撰写推文，策划话题活动|分析粉丝数据，提升互动|运营用户社群",
  "文字功底好，熟悉新媒体平台", pt=["remote"])
K("文案策划", 5, "creative", (6000, 10000), "media ecommerce realestate",
  "文案策划|文案|广告文案|品牌文案|文案编辑",
  "负责品牌和产品的文案撰写|参与营销活动的创意策划|撰写广告语、推文和脚本|配合设计完成物料",
  "中文、新闻、广告相关专业优先", pt=["remote"])

# ---- office
K("行政前台", 10, "office", (4000, 5600), "it trading realestate media training hospital decoration insurance",
  "前台|行政前台|前台接待|前台文员|公司前台",
  "负责来访客人接待和电话转接|收发快递和信件|会议室预订和办公用品管理|协助行政部处理日常事务",
  "形象整洁，会Office办公软件", exp={0: 75, 1: 25})
K("办公室文员", 14, "office", (3800, 5500), "trading machining electronics construction realestate trucking it school hospital warehouse property",
  "文员|办公室文员|行政文员|综合文员|仓库文员|统计文员|办公室职员",
  "负责公司文件的打印、整理和归档|数据录入和报表统计|协助部门做好日常行政工作|接听电话，做好记录",
  "熟练使用Word、Excel", grp={"graduate": 30, "disabled": 6, "hubei": 6, "employment_difficulty": 5})
K("行政专员", 6, "office", (4500, 6500), "it trading machining electronics realestate media",
  "行政专员|行政助理|行政主管|综合管理专员",
  "负责公司行政事务，办公环境和后勤管理|组织公司活动和会议|固定资产和办公用品管理|协助人事处理考勤",
  "行政管理相关专业优先")
K("总经理助理", 4, "office", (6000, 10000), "trading it realestate construction",
  "总经理助理|总裁助理|经理助理|董事长秘书|总助",
  "协助总经理处理日常事务和行程安排|起草公司文件和会议纪要|跟进重点工作落实|对接外部客户和政府部门",
  "本科以上学历，文字功底好", edu={"associate": 40, "bachelor": 60})
K("数据录入员", 6, "office", (3500, 5000), "callcenter datalabel trading hospital trucking",
  "数据录入员|录入员|打字员|数据录入|信息录入员",
  "负责将纸质单据、表格录入电脑系统|核对录入数据，保证准确|整理归档原始资料|完成主管安排的其他工作",
  "打字快，会Excel", edu={"none": 20, "junior_middle": 20, "senior_high": 50, "associate": 10},
  pt=["remote"], grp={"disabled": 20, "employment_difficulty": 8, "graduate": 10, "hubei": 6})
K("会计", 18, "professional", (5000, 8000), "trading machining electronics construction realestate it hospital decoration food garment",
  "会计|总账会计|成本会计|主办会计|税务会计|会计专员|财务会计",
  "负责日常账务处理和凭证审核|编制月度、年度财务报表|纳税申报和税务筹划|配合审计，管理财务档案",
  "财会相关专业|持初级会计职称以上|熟练使用用友、金蝶", edu={"associate": 55, "bachelor": 45})
K("出纳", 8, "professional", (4000, 6000), "trading machining construction realestate hospital food decoration",
  "出纳|出纳员|财务出纳|出纳兼文员",
  "负责现金收付和银行结算|登记现金和银行存款日记账|办理网银付款和票据管理|协助会计处理日常事务",
  "财会相关专业", edu={"senior_high": 20, "associate": 60, "bachelor": 20})
K("财务经理", 3, "professional", (12000, 20000), "trading machining construction realestate it",
  "财务经理|财务主管|财务总监|财务负责人",
  "全面负责公司财务管理和资金计划|审核财务报表，提供经营分析|税务筹划和风险控制|带领财务团队",
  "中级会计师以上|五年以上财务管理经验", exp={3: 40, 5: 60}, edu={"bachelor": 85, "master": 15})
K("人事专员", 8, "professional", (4500, 7000), "it trading machining electronics construction hospital agency",
  "人事专员|HR专员|人事行政专员|人力资源专员|人事助理|HR",
  "负责员工入职、离职和转正手续|考勤统计和工资核算|员工档案和劳动合同管理|协助招聘和培训工作",
  "人力资源相关专业优先，熟悉劳动法")
K("招聘专员", 6, "professional", (5000, 8000), "agency electronics it trading",
  "招聘专员|招聘主管|招聘顾问|驻厂招聘|HR招聘",
  "负责各岗位招聘需求的对接和渠道发布|筛选简历，电话邀约和面试安排|参加招聘会和校园招聘|维护招聘渠道和人才库",
  "沟通能力强，有招聘经验者优先")
K("客服专员", 14, "office", (4000, 6000), "callcenter insurance bank it trading realestate electronics",
  "客服专员|客服|电话客服|呼叫中心客服|话务员|售后客服|在线客服专员",
  "接听客户来电，解答咨询和处理投诉|记录客户问题并跟进处理结果|回访客户，提高满意度|完成每日服务指标",
  "普通话标准，会电脑打字", pt=["remote"], grp={"disabled": 12, "graduate": 20, "employment_difficulty": 6, "hubei": 6})
K("采购员", 6, "professional", (5000, 8000), "machining electronics trading construction food restaurant",
  "采购员|采购专员|采购助理|物料采购|采购",
  "负责原材料和辅料的询价、比价和下单|跟进交期，确保物料及时到厂|开发和管理供应商|处理采购对账",
  "有采购经验者优先")
K("跟单员", 6, "professional", (4500, 7000), "garment trading machining printing",
  "跟单员|业务跟单|生产跟单|外贸跟单|PMC跟单",
  "负责客户订单的跟进，从下单到出货|协调生产、采购和仓库，确保交期|处理客户的样品和资料|制作出货单据",
  "做事细致，会Excel")
K("外贸业务员", 6, "professional", (5000, 10000), "trading lighting machining garment",
  "外贸业务员|外贸专员|外贸业务|跨境电商业务员|外贸销售",
  "通过阿里国际站、展会开发海外客户|用英语与客户邮件沟通，报价和跟单|安排出货，处理单证|维护老客户",
  "英语四级以上|有外贸经验者优先")
K("法务专员", 3, "professional", (7000, 12000), "realestate it trading construction",
  "法务专员|法务|法务助理|合同专员",
  "负责合同审核和法律风险提示|处理公司诉讼和仲裁事务|提供日常法律咨询|建立合同台账",
  "法学专业，通过司法考试者优先", edu={"bachelor": 85, "master": 15})
K("英语翻译", 3, "professional", (6500, 11000), "trading machining media travel",
  "英语翻译|英文翻译|翻译|商务英语翻译",
  "负责公司文件、合同的中英互译|外宾接待和会议口译|协助外贸业务沟通|校对技术资料译文",
  "英语专业八级或同等水平", edu={"bachelor": 85, "master": 15}, pt=["remote"])

# ---- IT
K("Java开发工程师", 12, "it", (12000, 22000), "it ecommerce bank",
  "Java开发工程师|Java工程师|Java后端开发|高级Java开发|Java开发|后端开发工程师（Java）",
  "负责公司业务系统的后端设计和开发|基于Spring Boot、Spring Cloud进行微服务开发|编写接口文档，参与代码评审|排查线上问题，优化性能",
  "熟悉Java、Spring Boot、MySQL、Redis|计算机相关专业")
K("前端开发工程师", 10, "it", (11000, 20000), "it ecommerce media",
  "前端开发工程师|Web前端|前端工程师|Vue前端开发|H5前端|前端开发",
  "负责Web和H5页面开发|使用Vue/React实现交互功能|与后端联调接口|优化页面性能和兼容性",
  "熟悉Vue或React、JavaScript、CSS")
K("Python开发工程师", 6, "it", (12000, 22000), "it datalabel",
  "Python开发工程师|Python工程师|Python后端开发|爬虫工程师|Python开发",
  "负责基于Python的后端服务开发|使用Django/Flask开发接口|数据采集和处理脚本开发|参与系统架构设计",
  "熟悉Python、Django或Flask、Linux")
K("嵌入式工程师", 6, "it", (12000, 20000), "electronics it battery lighting",
  "嵌入式工程师|嵌入式软件工程师|单片机开发工程师|嵌入式开发|固件工程师",
  "负责单片机或ARM平台的嵌入式软件开发|驱动程序编写和硬件调试|编写技术文档|配合硬件完成产品测试",
  "熟悉C语言，有STM32开发经验")
K("移动端开发工程师", 5, "it", (12000, 22000), "it ecommerce",
  "Android开发工程师|iOS开发工程师|移动端开发|安卓开发|APP开发工程师",
  "负责公司APP的Android或iOS端开发|实现产品功能并持续优化|与后端联调，修复缺陷|跟进新技术",
  "熟悉Kotlin/Java或Swift")
K("算法工程师", 4, "it", (20000, 35000), "it",
  "算法工程师|机器学习工程师|推荐算法工程师|NLP算法工程师|计算机视觉算法工程师",
  "负责推荐、搜索或视觉相关算法研发|数据清洗、特征工程和模型训练|模型上线和效果评估|跟踪前沿技术",
  "硕士优先，熟悉PyTorch或TensorFlow", edu={"bachelor": 50, "master": 45, "doctorate": 5})
K("软件测试工程师", 8, "it", (8000, 14000), "it bank ecommerce",
  "软件测试工程师|测试工程师|软件测试|自动化测试工程师|QA测试|功能测试",
  "负责产品的功能测试和接口测试|编写测试用例，提交和跟踪缺陷|编写自动化测试脚本|参与需求评审",
  "熟悉测试流程，会SQL和Linux基础命令")
K("运维工程师", 6, "it", (9000, 16000), "it bank ecommerce",
  "运维工程师|Linux运维|系统运维|DevOps工程师|IT运维工程师",
  "负责服务器和网络的日常运维|部署和监控线上系统|故障排查和应急处理|编写自动化运维脚本",
  "熟悉Linux、Docker、Shell")
K("网络管理员", 5, "it", (5000, 8000), "it hospital school trading bank",
  "网络管理员|网管|信息管理员|IT网管|网络运维",
  "负责公司局域网、服务器和网络设备维护|电脑和打印机等办公设备的故障处理|账号权限和网络安全管理|IT资产登记",
  "懂网络配置和Windows系统", edu={"senior_high": 25, "associate": 55, "bachelor": 20}, exp={0: 40, 1: 35, 2: 25})
K("IT技术支持", 6, "it", (5000, 8000), "it trading hospital",
  "IT技术支持|桌面运维|技术支持工程师|IT支持专员|驻场技术支持",
  "负责员工电脑、软件和网络问题的现场支持|系统安装和办公设备维护|处理IT服务工单|编写操作手册",
  "熟悉电脑软硬件和常见办公软件", edu={"senior_high": 20, "associate": 60, "bachelor": 20}, exp={0: 50, 1: 30, 2: 20})
K("实施工程师", 5, "it", (7000, 11000), "it",
  "实施工程师|软件实施工程师|ERP实施顾问|系统实施|驻场实施",
  "负责软件项目的现场部署和上线|客户需求调研和系统配置|用户培训和问题解答|编写实施文档",
  "能接受出差，懂数据库基础", edu={"associate": 55, "bachelor": 45})
K("数据分析师", 6, "it", (10000, 18000), "it ecommerce bank insurance",
  "数据分析师|数据分析|商业分析师|BI分析师|数据运营",
  "负责业务数据的提取、清洗和分析|搭建数据报表和BI看板|输出分析报告，支持业务决策|设计指标体系",
  "熟练使用SQL、Excel和Python")
K("数据标注员", 10, "office", (3500, 6000), "datalabel it",
  "数据标注员|AI数据标注|图片标注员|语音标注员|数据标注|人工智能训练师（初级）",
  "使用标注工具对图片、语音或文本进行标注|按规则完成框选、分类和转写|保证标注质量和效率|配合质检修改",
  "会电脑基本操作，细心", edu={"none": 10, "junior_middle": 15, "senior_high": 45, "associate": 30},
  emp={"full_time": 60, "part_time": 25, "flexible": 15}, pt=["remote", "flexible_hours"],
  grp={"disabled": 20, "poverty_registered": 15, "graduate": 20, "employment_difficulty": 8, "hubei": 6})
K("产品经理", 6, "it", (15000, 25000), "it ecommerce",
  "产品经理|互联网产品经理|B端产品经理|高级产品经理|产品助理",
  "负责产品需求调研和规划|撰写PRD和原型设计|协调研发、设计和测试推进迭代|分析数据，持续优化产品",
  "熟练使用Axure、Xmind")

# ---- education
K("小学教师", 6, "teacher", (5000, 8000), "school",
  "小学教师|小学语文老师|小学数学老师|小学英语教师|小学班主任",
  "负责所任学科的课堂教学和作业批改|担任班主任，做好班级管理|与家长沟通学生情况|参加教研活动",
  "持小学及以上教师资格证", edu={"associate": 30, "bachelor": 70})
K("中学教师", 6, "teacher", (6000, 10000), "school",
  "中学教师|初中数学老师|高中语文教师|初中英语老师|高中物理教师|中学班主任",
  "负责初中或高中学科教学|备课、上课、批改作业和辅导|组织考试和成绩分析|参与学校教研和竞赛辅导",
  "持相应学科教师资格证", edu={"bachelor": 85, "master": 15})
K("幼儿园教师", 12, "preschool", (3800, 6000), "kindergarten",
  "幼儿园教师|幼师|幼儿园老师|幼儿教师|配班老师|主班老师",
  "负责班级幼儿的一日活动组织和教学|观察幼儿发展，做好记录|与家长沟通，开展家园共育|布置班级环境",
  "学前教育专业|持幼儿园教师资格证者优先")
K("保育员", 6, "preschool", (3200, 4600), "kindergarten",
  "保育员|幼儿园保育员|生活老师|保育老师",
  "负责幼儿的生活照料：进餐、午睡、如厕|班级卫生清洁和物品消毒|配合老师开展教学活动|观察幼儿健康情况",
  "有保育员证者优先", edu={"junior_middle": 30, "senior_high": 60, "associate": 10})
K("早教老师", 4, "preschool", (4500, 7000), "kindergarten training",
  "早教老师|早教指导师|亲子早教老师|蒙氏老师",
  "负责0-3岁亲子课程的教学|指导家长科学育儿|组织早教中心活动|跟进会员家庭",
  "学前教育相关专业")
K("英语培训老师", 6, "teacher", (6000, 10000), "training",
  "英语老师|少儿英语老师|英语培训老师|雅思老师|英语外教助教",
  "负责少儿或成人英语课程教学|备课、授课和课后反馈|组织学生活动，提升续班率|参与教研和课程研发",
  "英语专业，口语流利")
K("学科辅导老师", 10, "teacher", (6000, 12000), "training",
  "学科辅导老师|辅导老师|初中数学辅导|家教老师|一对一辅导老师|课外辅导老师",
  "负责中小学学科课程辅导|针对学生情况制定学习计划|与家长沟通学习进度|批改作业，答疑解惑",
  "相关学科专业，表达能力好", emp={"full_time": 65, "part_time": 35}, pt=["weekend", "evening", "summer", "remote"])
K("托管老师", 6, "teacher", (3500, 5500), "training kindergarten",
  "托管老师|午托老师|晚托老师|作业辅导老师|托管班老师",
  "负责小学生放学后的接送和作业辅导|照顾学生午餐、午休|组织课后兴趣活动|与家长沟通学生情况",
  "有耐心，喜欢孩子", edu={"senior_high": 40, "associate": 50, "bachelor": 10}, emp={"full_time": 60, "part_time": 40}, pt=["evening", "summer"])
K("美术老师", 4, "teacher", (5000, 8000), "training school kindergarten",
  "美术老师|少儿美术老师|绘画老师|书法美术老师|创意美术老师",
  "负责少儿美术课程教学|准备教案和绘画材料|组织作品展和比赛|与家长沟通孩子学习情况",
  "美术相关专业", emp={"full_time": 70, "part_time": 30}, pt=["weekend"])
K("舞蹈老师", 4, "teacher", (5000, 9000), "training kindergarten fitness",
  "舞蹈老师|少儿舞蹈老师|中国舞老师|拉丁舞老师|舞蹈教练",
  "负责少儿舞蹈课程教学和编排|组织学员考级和演出|维护教室和服装道具|与家长沟通",
  "舞蹈专业毕业", emp={"full_time": 70, "part_time": 30}, pt=["weekend"])
K("钢琴老师", 3, "teacher", (5000, 9000), "training",
  "钢琴老师|音乐老师|钢琴陪练|声乐老师",
  "负责钢琴一对一或小班教学|制定教学计划，指导考级|组织学员音乐会|课后反馈",
  "音乐专业，钢琴演奏水平好", emp={"full_time": 60, "part_time": 40}, pt=["weekend", "evening"])
K("健身教练", 5, "service", (6000, 15000), "fitness",
  "健身教练|私人教练|私教|团课教练|瑜伽教练",
  "负责会员的体能评估和训练计划制定|一对一私教课程和团课教学|维护会员关系，完成课时销售|保持场馆器械安全",
  "有健身教练资格证书者优先，可培训")
K("游泳教练", 3, "service", (6000, 12000), "fitness",
  "游泳教练|少儿游泳教练|游泳老师|游泳馆教练",
  "负责少儿和成人游泳教学|保障学员在泳池的安全|制定教学计划|维护泳池秩序",
  "持游泳社会体育指导员证", emp={"full_time": 60, "part_time": 20, "temporary": 20}, pt=["weekend", "summer"])
K("救生员", 3, "service", (4000, 6200), "fitness hotel",
  "救生员|游泳池救生员|泳池救生员|水上救生员",
  "负责泳池水域的安全巡查和救护|制止危险行为，维护秩序|配合水质检测和场馆卫生|参加救生演练",
  "持救生员证", emp={"full_time": 50, "temporary": 40, "part_time": 10}, pt=["summer", "weekend"])

# ---- health
K("护士", 12, "health", (5000, 8000), "hospital dental eldercare",
  "护士|临床护士|护理人员|病房护士|门诊护士|护士（持证）",
  "负责病人的基础护理和专科护理|执行医嘱，做好护理记录|观察病情变化，及时报告医生|开展健康宣教",
  "持护士执业资格证", edu={"associate": 60, "bachelor": 40})
K("临床医生", 6, "health", (10000, 20000), "hospital",
  "临床医生|内科医生|外科医生|全科医生|住院医师|主治医师",
  "负责门诊和住院病人的诊疗|书写病历，制定治疗方案|参与查房和会诊|开展健康教育",
  "临床医学专业，持执业医师证", edu={"bachelor": 70, "master": 30}, exp={0: 10, 1: 20, 2: 20, 3: 30, 5: 20})
K("口腔医生", 4, "health", (12000, 25000), "dental",
  "口腔医生|牙医|口腔执业医师|种植牙医生|正畸医生",
  "负责口腔常见病的诊疗|开展补牙、拔牙、根管和种植等项目|书写病历，做好医患沟通|参加业务培训",
  "持口腔执业医师证", edu={"bachelor": 80, "master": 20})
K("医学检验技师", 4, "health", (6000, 9000), "hospital",
  "检验技师|医学检验|检验科技师|化验员（医院）|PCR检验员",
  "负责临床标本的检验和报告|操作和维护检验仪器|做好室内质控|生物安全管理",
  "医学检验专业，持检验士及以上证书")
K("放射技师", 3, "health", (6500, 10000), "hospital",
  "放射技师|影像技师|CT技师|DR技师|影像科技师",
  "负责DR、CT等设备的检查操作|摆位和图像质量控制|设备日常维护|辐射防护管理",
  "医学影像技术专业，持技师证")
K("康复治疗师", 4, "health", (6000, 10000), "hospital eldercare",
  "康复治疗师|康复师|PT治疗师|OT治疗师|康复技师",
  "负责患者的康复评定和治疗|运动疗法、作业疗法训练|制定康复计划，记录进展|指导家属居家康复",
  "康复治疗学专业")
K("执业药师", 6, "health", (6000, 9000), "pharmacy hospital",
  "执业药师|药师|驻店药师|中药师|药剂师",
  "负责处方审核和用药指导|药品质量管理，GSP合规|为顾客提供合理用药咨询|指导店员药学知识",
  "持执业药师资格证", edu={"associate": 60, "bachelor": 40})
K("药店营业员", 8, "retail", (4000, 5600), "pharmacy",
  "药店营业员|药店店员|营业员（药店）|医药营业员|药品销售员",
  "负责药店顾客接待和药品销售|商品陈列、盘点和效期管理|会员服务和慢病顾客回访|收银和门店卫生",
  "医药相关专业优先", edu={"junior_middle": 20, "senior_high": 60, "associate": 20})
K("推拿按摩师", 6, "service", (6000, 12000), "massage hospital",
  "推拿师|按摩师|中医推拿师|理疗师|保健按摩师",
  "为顾客提供中医推拿、按摩和理疗服务|根据顾客情况选择手法|介绍养生保健项目|维护顾客关系",
  "持保健按摩师证者优先，可培训", grp={"disabled": 25, "poverty_registered": 8, "migrant_worker": 10, "hubei": 6})
K("足疗技师", 5, "service", (6000, 12000), "massage",
  "足疗技师|足浴技师|足疗师|修脚师",
  "为顾客提供足疗、足浴和修脚服务|介绍店内养生项目|保持工作区域卫生|提成高，多劳多得",
  "零基础可带薪培训", pt=["evening"])

# ---- personal services
K("美发师", 8, "service", (5000, 12000), "salon",
  "美发师|发型师|理发师|美发助理|烫染师|洗头工",
  "为顾客提供剪发、烫染和造型服务|根据顾客脸型推荐发型|维护老顾客，开发新顾客|保持工具和店面卫生",
  "有美发经验，学徒可培训")
K("美容师", 6, "service", (5000, 10000), "salon",
  "美容师|美容顾问|皮肤管理师|美容技师|美容学徒",
  "为顾客提供面部护理和身体护理|介绍护肤项目和产品|为顾客建档，做好回访|保持美容间卫生",
  "无经验可带薪培训")
K("美甲师", 5, "service", (4500, 8000), "salon",
  "美甲师|美甲美睫师|美睫师|美甲学徒",
  "为顾客提供美甲、美睫服务|根据顾客喜好设计款式|工具消毒和店面整洁|维护顾客关系",
  "有美甲经验者优先，可学")
K("化妆师", 3, "service", (5000, 9000), "salon media",
  "化妆师|新娘跟妆师|影楼化妆师|造型师",
  "为新娘、演出和拍摄提供化妆造型|根据需求设计妆面|管理化妆品和工具|配合摄影团队",
  "有化妆作品")
K("宠物美容师", 4, "service", (5000, 8000), "pet",
  "宠物美容师|宠物洗护师|宠物美容助理|狗狗美容师",
  "负责宠物的洗澡、吹干、修剪造型|宠物指甲、耳道清洁|照看寄养宠物|接待客户，介绍服务",
  "喜欢动物，有C级证书者优先")
K("兽医", 3, "health", (7000, 12000), "pet livestock",
  "兽医|宠物医生|执业兽医师|畜牧兽医|助理兽医",
  "负责动物疾病的诊断和治疗|疫苗接种和防疫工作|手术和住院动物护理|做好病历记录",
  "动物医学专业，持执业兽医资格证", edu={"associate": 50, "bachelor": 50})
K("网吧网管", 4, "retail", (3500, 5000), "netcafe",
  "网管|网吧网管|网咖网管|网咖收银网管|网咖服务员",
  "负责网咖上机登记、收银和顾客服务|巡场，处理电脑和外设的简单故障|为顾客提供饮品和餐食|保持场内卫生",
  "会电脑基础操作", hours={"night": 70, "none": 30})
K("导游", 5, "service", (4000, 8000), "travel",
  "导游|地接导游|全陪导游|景区讲解员|旅游顾问",
  "负责旅游团的接待和行程安排|景点讲解，照顾游客|处理旅途中的突发情况|协调酒店、餐厅和车辆",
  "持导游证", edu={"senior_high": 30, "associate": 60, "bachelor": 10}, emp={"full_time": 60, "part_time": 20, "flexible": 20}, pt=["weekend", "summer"])

# ---- agriculture, forestry
K("种植工", 6, "agri", (3500, 5000), "farm",
  "种植工|大棚工人|农场工人|蔬菜种植工|果园管理工",
  "负责大棚蔬菜或果树的种植、浇水、施肥|除草、打药、修枝|配合技术员做好农事记录|农产品采收和装箱",
  "能干农活", unit="day")
K("果蔬采摘工", 5, "agri", (3800, 5600), "farm",
  "采摘工|果园采摘工|脐橙采摘工|茶叶采摘工|季节性采摘工",
  "负责水果、蔬菜或茶叶的采摘|按标准分拣和装筐|配合装车运输|采摘季短期用工",
  "能吃苦", unit="day", emp={"temporary": 80, "part_time": 20})
K("养殖饲养员", 5, "agri", (5000, 7200), "livestock farm",
  "饲养员|养猪场饲养员|养殖工|养鸡场工人|牧场工人",
  "负责猪、鸡等畜禽的日常饲喂和清洁|观察畜禽健康状况，配合防疫|记录生产数据|做好场区卫生消毒",
  "能适应封闭式管理", emp={"full_time": 90, "temporary": 10}, ben={"room_and_board": 75, "social_insurance": 30, "year_end_bonus": 20})
K("农业技术员", 4, "agri", (5000, 8000), "farm livestock",
  "农业技术员|农技员|种植技术员|植保技术员",
  "负责种植基地的技术指导|制定施肥、植保方案|培训农户，推广新技术|记录作物生长数据",
  "农学相关专业", edu={"senior_high": 30, "associate": 50, "bachelor": 20}, emp={"full_time": 100})
K("护林员", 4, "public", (1800, 2800), "forestry",
  "护林员|生态护林员|林区巡护员|森林防火巡查员|公益性岗位（护林员）",
  "负责责任林区的日常巡护|森林防火宣传和火情报告|制止乱砍滥伐|记录巡护日志",
  "熟悉林区地形")

# ---- community, energy, mining, finance
K("社区网格员", 6, "public", (3000, 4600), "community",
  "社区网格员|网格员|社区专职网格员|网格管理员|社区工作者（网格）",
  "负责网格内人口、房屋等基础信息采集|走访居民，排查矛盾纠纷和安全隐患|协助开展防疫、创文等社区工作|上报和跟进网格事件",
  "会使用智能手机和电脑", edu={"senior_high": 50, "associate": 50}, emp={"full_time": 100})
K("社会工作者", 4, "public", (4000, 6000), "community eldercare",
  "社工|社会工作者|社工助理|项目社工|社区社工",
  "负责社区服务项目的策划和执行|为老人、儿童、残疾人等群体提供个案和小组服务|撰写项目报告|链接社区资源",
  "社会工作专业，持社工证者优先", edu={"associate": 50, "bachelor": 50}, emp={"full_time": 90, "part_time": 10})
K("井下矿工", 4, "heavy", (9000, 14000), "mining",
  "井下工人|矿工|采煤工|井下支护工|综采工",
  "负责井下采掘、支护和运输作业|遵守煤矿安全规程|配合班组完成生产任务|参加安全培训",
  "经培训取得相应资格")
K("锅炉工", 4, "heavy", (5000, 7000), "utility steel food chem",
  "锅炉工|司炉工|锅炉操作工|供热锅炉工",
  "负责锅炉的运行操作和巡检|监控水位、压力和温度|做好锅炉运行记录|配合设备检修",
  "持锅炉操作证（G1）")
K("污水处理工", 4, "heavy", (4500, 6500), "utility sanitation chem",
  "污水处理工|水处理操作工|污水处理运行工|环保设备操作员",
  "负责污水处理设备的运行和巡检|化验水质，调节药剂投加|设备简单维护和故障上报|填写运行记录",
  "有水处理经验者优先")
K("银行柜员", 4, "bank", (5000, 8000), "bank",
  "银行柜员|综合柜员|大堂经理|银行前台|柜面服务",
  "负责储蓄、对公等柜面业务办理|现金收付和凭证管理|为客户提供咨询和产品推荐|遵守银行操作规程",
  "金融、财会相关专业")
K("信贷专员", 4, "bank", (6000, 12000), "bank insurance",
  "信贷专员|信贷客户经理|贷款专员|小微信贷经理",
  "负责小微企业和个人贷款的营销和调查|收集客户资料，撰写调查报告|贷后管理和风险预警|维护客户关系",
  "金融相关专业，有驾照者优先")

# --------------------------------------------------------------------------------------------
# Text pieces
EDU_TXT = {"none": ["学历不限", "不限学历", ""], "junior_middle": ["初中及以上学历", "初中以上文化"],
           "senior_high": ["高中/中专及以上学历", "中专以上学历", "高中以上学历"], "associate": ["大专及以上学历", "大专以上学历", "全日制大专以上"],
           "bachelor": ["本科及以上学历", "全日制本科以上学历", "本科学历"], "master": ["硕士及以上学历", "研究生学历"], "doctorate": ["博士学历"]}
BEN_TXT = {
    "social_insurance_housing_fund": ["五险一金", "缴纳五险一金", "入职即缴五险一金"],
    "social_insurance": ["五险", "缴纳社保", "购买五险", "入职买社保"],
    "room_and_board": ["包吃包住", "包吃住", "免费提供食宿", "食宿全包"],
    "meals": ["包吃", "提供工作餐", "免费工作餐", "公司食堂免费就餐"],
    "housing": ["包住", "提供员工宿舍", "免费住宿（空调宿舍）", "宿舍免费住"],
    "transport": ["交通补贴", "每月车补"],
    "shuttle": ["厂车接送", "班车接送", "有通勤班车"],
    "paid_leave": ["带薪年假", "享受带薪年假"],
    "year_end_bonus": ["年终奖", "年底发年终奖金"],
    "training": ["岗前带薪培训", "提供免费培训", "有师傅带教"],
    "weekends_off": ["双休", "周末双休", "做五休二"],
}
GRP_TXT = {
    "graduate": ["欢迎2020届高校毕业生投递。", "欢迎应届毕业生投递。", "高校毕业生专场岗位，欢迎应届生。"],
    "migrant_worker": ["欢迎返岗农民工朋友报名。", "欢迎外出务工人员。", "农民工返岗专场岗位。"],
    "hubei": ["欢迎湖北籍劳动者投递。", "湖北籍劳动者专场岗位，欢迎报名。"],
    "poverty_registered": ["欢迎建档立卡贫困劳动力报名。", "扶贫岗位，欢迎脱贫劳动力报名。"],
    "employment_difficulty": ["欢迎就业困难人员报名。", "本岗位可吸纳就业困难人员。"],
    "veteran": ["欢迎退役军人加入。", "退役军人专场岗位，欢迎投递。"],
    "disabled": ["欢迎残疾人朋友投递，工作环境友好。", "本岗位适合残疾人就业，欢迎报名。"],
}
HOURS_TXT = {
    "day_only": ["长白班", "只上白班，不上夜班", "白班8:00-17:30", "长白班，早8点到晚5点半", "白班，不倒班"],
    "day_only_office": ["9:00-18:00", "朝九晚六", "8:30-17:30"],
    "night": ["两班倒", "白夜班两班倒，半月一倒", "需上夜班，夜班有补贴", "三班倒", "白夜轮班"],
    "night_security": ["白夜班轮换", "需值夜班", "做一休一，含夜班"],
    "night_other": ["需轮值夜班", "含夜班，按排班", "夜班22:00-次日8:00"],
    "weekend": ["仅周六周日上班", "周末两天，每天8小时", "周末兼职", "周六日全天"],
    "evening": ["晚上18:00-22:00", "下班后兼职，每晚3-4小时", "晚班17:00-21:00"],
    "remote": ["居家办公，线上完成", "在家即可完成，无需坐班", "远程办公"],
    "summer": ["暑假工，7月初到8月底", "暑期短期工，做满45天", "学生暑假工"],
    "winter": ["寒假工，春节前后", "寒假短期工"],
    "flexible_hours": ["时间自由，自主接单", "上线时间自己安排", "时间灵活，多劳多得"],
}
DAILY_TXT = ["日结", "当天结算", "做一天结一天", "工资日结"]
WEEKLY_TXT = ["周结", "工资周结", "一周一结"]
MONTHLY_TXT = ["每月10号准时发薪，不押工资", "按月发放", "每月15日发上月工资", ""]
PREFIX = [("急招", 12), ("【急招】", 6), ("诚聘", 5), ("高薪招聘", 3), ("长期招聘", 3), ("🔥", 1), ("", 70)]


def wchoice(rng: random.Random, d: dict):
    keys = list(d)
    return rng.choices(keys, weights=[d[k] for k in keys])[0]


def k_fmt(v: int) -> str:
    return f"{v / 1000:g}k" if v % 100 == 0 else str(v)


EDU_RANK = {c: i for i, c in enumerate(["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"])}
BEN_ORDER = list(BEN_TXT)
GRP_ORDER = list(GRP_TXT)


def profile(kind: dict) -> dict:
    p = dict(P[kind["prof"]])
    for key in ("edu", "exp", "emp", "ben", "grp", "hours", "pt"):
        if key in kind["over"]:
            p[key] = kind["over"][key]
    return p


def round_to(v: float, step: int) -> int:
    return int(round(v / step) * step)


def make_attrs(kind: dict, city: str, rng: random.Random) -> dict:
    p = profile(kind)
    unit_over = kind["over"].get("unit")
    emp = wchoice(rng, p["emp"])
    edu = wchoice(rng, p["edu"])
    exp = wchoice(rng, p["exp"])
    if emp in ("part_time", "temporary", "flexible") and exp > 0 and rng.random() < 0.8:
        exp = 0
    if emp == "internship":
        exp = 0
        if EDU_RANK[edu] < EDU_RANK["associate"]:
            edu = "associate"
    # schedule tags = what the text will state
    sched: set[str] = set()
    opts = p["pt"]
    if emp in ("full_time", "internship"):
        h = wchoice(rng, p["hours"])
        if h != "none":
            sched.add(h)
        if "remote" in opts and rng.random() < 0.08:
            sched = {"remote"}  # 居家办公 postings (common for customer service and content work in 2020)
    elif emp == "part_time":
        cand = [o for o in opts if o != "summer"] or []
        if "summer" in opts and rng.random() < 0.25:
            sched.add("summer")
        elif cand and rng.random() < 0.9:
            sched.add(rng.choice(cand))
    elif emp == "temporary":
        if (p["students"] or "summer" in opts) and rng.random() < 0.45:
            sched.add("summer" if rng.random() < 0.75 else "winter")
        h = wchoice(rng, p["hours"])
        if h != "none":
            sched.add(h)
    elif emp == "flexible":
        sched.add("flexible_hours")
        if "evening" in opts and rng.random() < 0.3:
            sched.add("evening")
        if "remote" in opts and rng.random() < 0.4:
            sched.add("remote")
    # pay unit and cycle
    piece = unit_over == "piece"
    if emp in ("full_time", "internship"):
        if unit_over == "day" or rng.random() * 100 < p["day_pay"]:
            unit = "day"
        elif unit_over == "hour" and rng.random() < 0.5:
            unit = "hour"
        else:
            unit = "month"
    elif emp == "temporary":
        unit = "day" if rng.random() < 0.55 else "hour"
    elif emp == "part_time":
        unit = "hour" if rng.random() < 0.55 else "day"
    else:  # flexible
        unit = "hour" if unit_over == "hour" else "month"
        piece = piece or (unit == "month" and kind["prof"] in ("courier", "driver", "sales"))
    if unit == "day":
        cycle = wchoice(rng, {"daily": 40, "monthly": 60} if emp == "full_time" else {"daily": 65, "weekly": 10, "monthly": 25})
    elif unit == "hour":
        cycle = wchoice(rng, {"daily": 35, "weekly": 30, "monthly": 35})
    elif emp == "flexible":
        cycle = wchoice(rng, {"daily": 30, "weekly": 40, "monthly": 30})
    else:
        cycle = "weekly" if rng.random() < 0.03 else "monthly"
    # pay
    lo, hi = kind["sal"]
    tier = CITIES[city][1]
    f = TIER_FACTOR[tier] * (1 + 0.06 * min(exp, 5)) * rng.uniform(0.92, 1.08)
    if emp == "internship":
        f *= 0.6
    mmin, mmax = round_to(lo * f, 100), round_to(hi * f, 500)
    if rng.random() < 0.3:
        mmin = round_to(mmin, 500)
    mmax = max(mmax, mmin)
    if rng.random() < 0.08:
        mmax = mmin
    if unit == "day":
        bonus = 1.1 if emp == "temporary" else 1.0
        rmin, rmax = max(80, round_to(mmin / 26 * bonus, 10)), max(80, round_to(mmax / 26 * bonus, 10))
        days = {"weekend": 8, "evening": 20}.get(next(iter(sched & {"weekend", "evening"}), ""), 26 if emp != "part_time" else 12)
        if "evening" in sched:
            rmin, rmax = round_to(rmin / 2, 10), round_to(rmax / 2, 10)
        smin, smax = rmin * days, rmax * days
    elif unit == "hour":
        hr = kind["over"].get("hourly")
        if hr and emp != "full_time":
            # lesson / session rates: paid per hour taught, a few hours a week (more in a summer job)
            rmin, rmax = hr
            hours = 100 if emp == "temporary" or "summer" in sched else 60
        else:
            rmin, rmax = max(16, round(mmin / 208 * 1.15)), max(16, round(mmax / 208 * 1.15))
            hours = 260 if emp in ("full_time", "temporary") or "summer" in sched else {"weekend": 64, "evening": 60}.get(
                next(iter(sched & {"weekend", "evening"}), ""), 80)
        smin, smax = rmin * hours, rmax * hours
    else:
        rmin, rmax = mmin, mmax
        smin, smax = mmin, mmax
        if emp == "part_time":
            smin, smax = round_to(mmin * 0.35, 100), round_to(mmax * 0.35, 100)
            rmin, rmax = smin, smax
    rmax = max(rmax, rmin)
    smax = max(smax, smin)
    # benefits
    ben = {b for b, pct in p["ben"].items() if rng.random() * 100 < pct}
    if emp in ("part_time", "temporary", "flexible"):
        ben -= {"social_insurance_housing_fund", "paid_leave", "year_end_bonus", "weekends_off"}
        if rng.random() < 0.85:
            ben.discard("social_insurance")
    if kind["label"] == "住家保姆":
        ben.add("room_and_board")  # live-in: board and lodging at the family
    if "room_and_board" in ben:
        ben -= {"meals", "housing"}
    if "social_insurance_housing_fund" in ben:
        ben.discard("social_insurance")
    if "weekend" in sched:
        ben.discard("weekends_off")
    # groups
    grp = {g for g, pct in p["grp"].items() if rng.random() * 100 < pct}
    if emp == "internship":
        grp.add("graduate")
    if CITIES[city][0].startswith("42") and rng.random() < 0.2:
        grp.add("hubei")
    lo_h, hi_h = p["head"]
    head = int(lo_h + (hi_h - lo_h) * rng.random() ** 2.5)
    if emp == "internship" or kind["prof"] in ("it", "professional", "engineer", "bank", "health", "teacher"):
        head = min(head, rng.choice([1, 1, 2, 3, 5]))
    return dict(emp=emp, edu=edu, exp=exp, sched=sched, unit=unit, piece=piece, cycle=cycle, rmin=rmin, rmax=rmax,
                smin=int(smin), smax=int(smax), ben=[b for b in BEN_ORDER if b in ben], grp=[g for g in GRP_ORDER if g in grp],
                head=max(1, head), city=city)

for _k, _hr in {"钟点工": (30, 50), "学科辅导老师": (80, 200), "英语培训老师": (80, 150), "钢琴老师": (100, 200),
                "美术老师": (60, 120), "舞蹈老师": (80, 150), "游泳教练": (80, 150), "健身教练": (100, 250)}.items():
    KINDS[_k]["over"]["hourly"] = _hr


def pay_text(a: dict, kind: dict, rng: random.Random) -> str:
    unit, cycle = a["unit"], a["cycle"]
    if unit == "day":
        s = f"{a['rmin']}-{a['rmax']}元/天" if a["rmin"] != a["rmax"] else f"{a['rmin']}元/天"
        s = rng.choice([s, "日薪" + s.replace("元/天", "元"), s])
    elif unit == "hour":
        s = rng.choice([f"时薪{a['rmin']}-{a['rmax']}元", f"{a['rmin']}-{a['rmax']}元/小时"]) if a["rmin"] != a["rmax"] else f"{a['rmin']}元/小时"
    else:
        lo, hi = a["smin"], a["smax"]
        if a["piece"]:
            s = rng.choice([f"计件工资，月收入{lo}-{hi}元", f"多劳多得，熟手月入{hi}+", f"底薪+计件，综合{k_fmt(lo)}-{k_fmt(hi)}"])
        elif kind["prof"] == "sales":
            s = rng.choice([f"底薪{round_to(lo * 0.6, 500)}+提成，综合月薪{lo}-{hi}元", f"综合薪资{k_fmt(lo)}-{k_fmt(hi)}", f"月薪{lo}-{hi}元"])
        elif lo == hi:
            s = rng.choice([f"月薪{lo}元", f"固定工资{lo}元/月"])
        else:
            s = rng.choice([f"月薪{lo}-{hi}元", f"综合薪资{k_fmt(lo)}-{k_fmt(hi)}", f"{lo}-{hi}元/月", f"工资{lo}-{hi}"])
    if cycle == "daily":
        s += "，" + rng.choice(DAILY_TXT)
    elif cycle == "weekly":
        s += "，" + rng.choice(WEEKLY_TXT)
    else:
        m = rng.choice(MONTHLY_TXT)
        if unit == "day" and not m:
            m = "按天计薪，月底统一发放"
        if m:
            s += "，" + m
    return s


def hours_text(a: dict, kind: dict, rng: random.Random) -> str:
    parts = []
    office = kind["prof"] in ("office", "professional", "it", "creative", "engineer", "bank", "sales", "site_mgmt", "property", "preschool", "teacher")
    for tag in ("summer", "winter", "weekend", "evening", "remote", "flexible_hours", "day_only", "night"):
        if tag not in a["sched"]:
            continue
        if tag == "day_only" and office:
            parts.append(rng.choice(HOURS_TXT["day_only_office"]))
        elif tag == "night" and kind["prof"] == "security":
            parts.append(rng.choice(HOURS_TXT["night_security"]))
        elif tag == "night" and kind["prof"] not in ("factory", "factory_skilled", "warehouse", "heavy"):
            parts.append(rng.choice(HOURS_TXT["night_other"]))
        else:
            parts.append(rng.choice(HOURS_TXT[tag]))
    if not parts:
        if "weekends_off" not in a["ben"] and a["emp"] == "full_time" and rng.random() < 0.35:
            parts.append(rng.choice(["月休4天", "单休", "做六休一", "大小周", "按排班轮休"]))
        elif rng.random() < 0.3:
            parts.append(rng.choice(["每天工作8小时", "按排班上班", "工作时间面议"]))
    return "，".join(parts)


def benefits_text(a: dict, rng: random.Random) -> str:
    items = [rng.choice(BEN_TXT[b]) for b in a["ben"]]
    rng.shuffle(items)
    return "、".join(items)


def edu_exp_text(a: dict, rng: random.Random) -> list[str]:
    out = []
    e = rng.choice(EDU_TXT[a["edu"]])
    if e:
        out.append(e)
    if a["exp"] == 0:
        x = rng.choice(["无经验可培训", "接受零基础", "小白可带", "无需经验", "接受应届生", ""])
    else:
        x = rng.choice([f"{a['exp']}年以上相关工作经验", f"有{a['exp']}年以上工作经验", f"{a['exp']}年以上经验"])
    if x:
        out.append(x)
    return out


def make_title(kind: dict, a: dict, base: str, place: str, rng: random.Random) -> str:
    title = base
    pre = wchoice(rng, dict(PREFIX))
    extras = []
    if a["ben"] and rng.random() < 0.3:
        b = a["ben"][0] if rng.random() < 0.6 else rng.choice(a["ben"])
        extras.append({"room_and_board": "包吃住", "social_insurance_housing_fund": "五险一金", "social_insurance": "五险",
                       "weekends_off": "双休", "housing": "包住", "meals": "包吃"}.get(b, ""))
    if rng.random() < 0.18:
        if a["unit"] == "day":
            extras.append(f"{a['rmin']}/天" if rng.random() < 0.5 else f"日薪{a['rmax']}")
        elif a["unit"] == "hour":
            extras.append(f"{a['rmax']}元/时")
        elif a["smin"] != a["smax"]:
            extras.append(rng.choice([f"{k_fmt(a['smin'])}-{k_fmt(a['smax'])}", f"{a['smin']}-{a['smax']}", f"月薪{k_fmt(a['smin'])}+"]))
    if a["cycle"] == "daily" and rng.random() < 0.4:
        extras.append("日结")
    if a["cycle"] == "weekly" and rng.random() < 0.3:
        extras.append("周结")
    if "summer" in a["sched"] and rng.random() < 0.6:
        extras.append("暑假工")
    if "winter" in a["sched"] and rng.random() < 0.6:
        extras.append("寒假工")
    if a["emp"] == "part_time" and rng.random() < 0.4:
        extras.append(rng.choice(["兼职", "（兼职）", "可兼职"]))
    if "weekend" in a["sched"] and rng.random() < 0.4:
        extras.append("周末")
    if "remote" in a["sched"] and rng.random() < 0.4:
        extras.append("居家")
    if "day_only" in a["sched"] and kind["prof"] in ("factory", "warehouse", "factory_skilled") and rng.random() < 0.35:
        extras.append("长白班")
    if a["emp"] == "full_time" and rng.random() < 0.05:
        extras.append("长期稳定")
    if a["emp"] == "internship" and rng.random() < 0.7:
        extras.append("实习生")
    if rng.random() < 0.1:
        title = (place + title) if rng.random() < 0.5 else f"{title}（{place}）"
    extras = [e for e in extras if e and e not in title]
    if extras:
        sep = rng.choice([" ", "/", "，", "+", "|", " "])
        title = title + sep + sep.join(extras) if sep != "|" else title + "|" + "|".join(extras)
    title = pre + title
    if rng.random() < 0.01:
        title += "💰"
    return title[:60]


def make_desc(kind: dict, a: dict, emp: dict, base: str, region: str, rng: random.Random) -> str:
    voice = A[emp["arch"]][5]
    r = rng.random()
    if r < 0.12:
        voice = "casual"
    elif r < 0.2:
        voice = "formal"
    duties = rng.sample(kind["d"], k=min(len(kind["d"]), rng.randint(2, 4)))
    reqs = edu_exp_text(a, rng) + rng.sample(kind["r"], k=min(len(kind["r"]), rng.randint(0, 2)))
    pay = pay_text(a, kind, rng)
    ben = benefits_text(a, rng)
    hrs = hours_text(a, kind, rng)
    welcome = "".join(rng.choice(GRP_TXT[g]) for g in a["grp"])
    place = full_place(region)
    n = a["head"]
    emoji = rng.random() < 0.03
    if voice == "formal":
        lines = []
        if rng.random() < 0.6:
            lines.append(f"{EMP_TOKEN}是一家{A[emp['arch']][6]}。因业务发展需要，现招聘{base}{n}名。")
        lines.append("岗位职责：")
        lines += [f"{i}. {d}；" for i, d in enumerate(duties, 1)]
        if reqs:
            lines.append("任职要求：")
            lines += [f"{i}. {q}；" for i, q in enumerate(reqs, 1)]
        lines.append("薪资福利：" + pay + ("；" + ben if ben else "") + "。")
        if hrs:
            lines.append("工作时间：" + hrs + "。")
        lines.append("工作地点：" + place + "。")
        if welcome:
            lines.append(welcome)
        if rng.random() < 0.5:
            lines.append("有意者请通过平台在线投递简历。")
        text = "\n".join(lines)
    elif voice == "agency":
        mark = ("✅", "💰", "⏰", "🏠", "📍") if emoji else ("【工作内容】", "【薪资待遇】", "【工作时间】", "【福利】", "【工作地点】")
        lines = [f"【岗位】{base}，招{n}人"] if rng.random() < 0.7 else []
        lines.append(mark[0] + "，".join(duties) + "。")
        lines.append(mark[1] + pay + "。")
        if hrs:
            lines.append(mark[2] + hrs + "。")
        if ben:
            lines.append(mark[3] + ben + "。")
        if reqs:
            lines.append("【要求】" + "，".join(reqs) + "。")
        lines.append(mark[4] + place + "。")
        if welcome:
            lines.append(welcome)
        text = "\n".join(lines)
    else:
        who = EMP_TOKEN if rng.random() < 0.4 else "本店" if any(emp["name"].endswith(x) for x in ("店", "馆", "坊", "网咖")) else "我司"
        bits = [rng.choice([f"{who}（{short_place(region)}）招{base}{n}名。", f"{short_place(region)}，{who}招{base}{n}名。", f"{who}招{base}{n}人。"]) if rng.random() < 0.6 else f"{who}现招{base}，{rng.choice(['长期稳定', '人手不够', '生意好', '新店开业'])}。",
                "主要工作：" + "，".join(duties) + "。", pay + "。"]
        if ben:
            bits.append(ben + "。")
        if hrs:
            bits.append(hrs + "。")
        if reqs:
            bits.append("，".join(reqs) + "。")
        bits.append(f"地址在{place}。")
        if welcome:
            bits.append(welcome)
        if rng.random() < 0.4:
            bits.append(rng.choice(["有意者直接平台投递。", "想干的直接投简历。", "欢迎投递，面试通过即可上岗。"]))
        text = "".join(bits)
    return text


EMP_TOKEN = "\x00EMPLOYER\x00"  # replaced by the final registered name once groups are renamed
BANNED = re.compile(r"男|女|年龄|\d+\s*岁以|\d{2}-\d{2}岁|户口|籍贯|民族|乙肝|身体健康|押金|报名费|培训费|服装费|体检费|加微信|微信号|QQ|联系方式|\d{7,}")


def main() -> None:
    rng = random.Random(SEED)
    kinds_tax = set(TAXONOMY["kinds"])
    assert set(KINDS) == kinds_tax, (set(KINDS) ^ kinds_tax)
    for k in KINDS.values():
        for a in k["arch"]:
            assert a in A, (k["label"], a)
        assert k["prof"] in P, k["label"]
    employers = make_employers(rng)
    by_arch = defaultdict(list)
    for e in employers:
        by_arch[e["arch"]].append(e)
    for k in KINDS.values():
        assert any(by_arch[a] for a in k["arch"]), k["label"]
    # vacancy counts per kind
    total_w = sum(k["w"] for k in KINDS.values())
    # demand is more skewed than the weights: niche kinds get few postings, mass kinds many
    total_w = sum(k["w"] ** DEMAND_SKEW for k in KINDS.values())
    counts = {lab: max(4, round(k["w"] ** DEMAND_SKEW / total_w * N_TARGET)) for lab, k in KINDS.items()}
    # employer external-ref styles
    letters = "ABCDEFGHJKLMNPQRSTWXYZ"
    abbrs = set()
    for e in employers:
        while True:
            ab = "".join(rng.choice(letters) for _ in range(rng.choice([2, 3, 3, 4])))
            if ab not in abbrs:
                abbrs.add(ab)
                break
        e["abbr"], e["ref_style"], e["seq"] = ab, rng.randrange(4), 0
    rows = []
    plan = [lab for lab, n in counts.items() for _ in range(n)]
    rng.shuffle(plan)
    # city-first: a posting's city follows the labour market (tier weight) among the cities where
    # employers hiring this kind operate; then an employer present there is chosen.  National chains and
    # multi-city local groups (2+ cities) may open a branch in a city of their archetype's pool (at a
    # discount, BRANCH_WEIGHT), which keeps the national chains from taking every city.
    kind_pool = {}
    for lab, kind in KINDS.items():
        pool = set()
        for a in kind["arch"]:
            pool.update(A[a][4])
            for e in by_arch[a]:
                pool.update(e["cities"])
        kind_pool[lab] = [c for c in ALL_CITIES if c in pool]
    for lab in plan:
        kind = KINDS[lab]
        hirers = [e for a in kind["arch"] for e in by_arch[a]]
        city = pick_city(rng, kind_pool[lab])
        present = [e for e in hirers if city in e["cities"]]
        expand = [e for e in hirers if city not in e["cities"] and not e["chain"] and len(e["cities"]) >= 2 and city in A[e["arch"]][4]]
        cands = present + expand
        if cands:
            emp = rng.choices(cands, weights=[e["size"] * e["boost"].get(lab, 1.0) * (1 if city in e["cities"] else BRANCH_WEIGHT)
                                              for e in cands])[0]
            if city not in emp["cities"]:
                emp["cities"].append(city)
        else:
            emp = rng.choices(hirers, weights=[e["size"] * e["boost"].get(lab, 1.0) for e in hirers])[0]
            city = pick_city(rng, emp["cities"])
        region = rng.choice(counties_of(city, A[emp["arch"]][1]))
        a = make_attrs(kind, city, rng)
        base = rng.choice(kind["vt"]) if kind["vt"] and rng.random() < 0.22 else rng.choice(kind["t"])
        title = make_title(kind, a, base, short_place(region) if len(CITIES[city][0]) == 6 else city, rng)
        desc = make_desc(kind, a, emp, base, region, rng)
        fam = TAXONOMY["kinds"][lab]["family"]
        occ = TAXONOMY["kinds"][lab]["occupation"]
        if rng.random() < 0.25:
            for pre, alts in ALT_OCC:
                if fam.startswith(pre):
                    occ = rng.choice(alts)
                    break
        ind = rng.choice(A[emp["arch"]][0]) if rng.random() > 0.12 else ""
        emp["seq"] += 1
        s = emp["seq"]
        ref = [f"{emp['abbr']}{s:04d}", f"{emp['abbr']}-2020-{s:03d}", f"{emp['abbr']}_{rng.randint(5, 6):02d}{rng.randint(1, 28):02d}{s:02d}",
               f"ZP{emp['abbr']}{s:03d}"][emp["ref_style"]]
        rows.append(dict(
            external_ref=ref, title=title, description=desc, occupation_code=occ, industry_code=ind, region_code=region,
            headcount=a["head"], salary_min=a["smin"], salary_max=a["smax"], education_min=a["edu"],
            experience_min_years=a["exp"], employment_type=a["emp"], benefits=a["ben"], welcomed_groups=a["grp"],
            employer_name=emp,
            job_kind=lab, pay_cycle=a["cycle"], pay_rate={"unit": a["unit"], "min": a["rmin"], "max": a["rmax"]},
            schedule=sorted(a["sched"]),
        ))
    rename_groups(employers)
    for r in rows:
        r["employer_name"] = r["employer_name"]["name"]
        r["description"] = r["description"].replace(EMP_TOKEN, r["employer_name"])
    # checks
    refs = Counter(r["external_ref"] for r in rows)
    assert max(refs.values()) == 1
    for r in rows:
        assert 2 <= len(r["title"]) <= 60, r["title"]
        assert 10 <= len(r["description"]) <= 5000
        for field in ("title", "description"):
            m = BANNED.search(r[field])
            assert not m, (field, m.group(0), r[field])
        assert r["region_code"] in REGIONS and (not r["region_code"].endswith("00") or r["region_code"] in ("441900", "442000", "460400", "620200")), r["region_code"]
        assert 0 <= r["salary_min"] <= r["salary_max"] <= 1_000_000
        assert 1 <= r["headcount"] <= 10000
        assert r["region_code"][:2] not in ("54", "63", "71", "81", "82")
        assert r["salary_max"] <= 2.5 * KINDS[r["job_kind"]]["sal"][1], r
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    emp_n = Counter(r["employer_name"] for r in rows)
    print(f"wrote {len(rows)} vacancies, {len(KINDS)} job kinds, {len(emp_n)} employers -> {OUT.relative_to(ROOT)}")
    print("largest employers:", emp_n.most_common(8))
    by_kind = defaultdict(Counter)
    for r in rows:
        by_kind[r["job_kind"]][r["employer_name"]] += 1
    dom = sorted(((c.most_common(1)[0][1] / sum(c.values()), lab, c.most_common(1)[0][0], sum(c.values()))
                  for lab, c in by_kind.items() if sum(c.values()) >= 15), reverse=True)[:6]
    print("most concentrated kinds (share of top employer):", [(lab, emp, f"{s:.0%} of {n}") for s, lab, emp, n in dom])
    print("county-less prefecture cities:", Counter(r["region_code"] for r in rows if r["region_code"] in ("441900", "442000", "460400", "620200")))


if __name__ == "__main__":
    main()
