"""Round 5 (helper squ) addendum to the development set: vacancies_squ.jsonl and queries_squ.json.

    python3 bench/relevance_dev/build_squ.py

Written before any run of the changed code, by the rules of RULES.md plus the addendum there
("Round 5 addendum"): 360 more postings (another seed) of the set's kinds and of seven new
ones, with schedules (夜班, 长白班/只上白班, 周末, 暑假工, 居家/线上), experience, education
levels and daily wages stated the ways employers write them; queries of the kinds issue 14's
round 5 names (place read inside a word, job words that look like conditions, pay cycle,
schedules, graduates and experience, education, pay floors, workplace words, filler, everyday
vocabulary, place slips).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from build_set import FIRMS, KINDS, PAY, TRADES

HERE = Path(__file__).parent
SEED = 20261129
FIRST_ID = 1001

# new kinds: (small group, neighbour code, titles, duty sentences, monthly pay range)
NEW_KINDS: dict[str, tuple[str, str, list[str], list[str], tuple[int, int]]] = {
    "massage": ("4-10-04", "4-10-01", ["按摩师", "足疗技师", "推拿师", "足浴技师", "养生馆技师"],
                ["为顾客提供足部按摩和肩颈推拿", "负责足浴和保健按摩服务"], (6000, 12000)),
    "ride_hailing": ("4-02-02", "4-02-05", ["网约车司机", "滴滴司机", "快车司机", "专车司机"],
                     ["平台派单，驾驶公司车辆接送乘客", "带车加盟或租车均可，多劳多得"], (7000, 13000)),
    "nurse": ("2-05-08", "4-14-01", ["护士", "护理人员", "病房护士", "门诊护士"],
              ["负责病房患者的日常护理和输液", "协助医生完成门诊护理工作"], (4500, 8000)),
    "art_teacher": ("2-08-03", "2-08-04", ["少儿美术老师", "书法老师", "舞蹈老师", "美术老师", "托管老师"],
                    ["负责少儿美术课程的教学", "带小朋友画画、练字，辅导作业"], (4000, 8000)),
    "car_repair": ("4-12-01", "6-22", ["汽车维修工", "汽修师傅", "汽车机电维修", "钣金喷漆工", "汽修学徒"],
                   ["负责汽车保养、维修和故障排查", "负责车辆钣金、喷漆修复"], (5000, 10000)),
    "packer": ("6-99", "4-02-06", ["包装工", "打包员", "拣货打包员", "电商打包员"],
               ["负责电商订单的拣货和打包", "负责产品装箱、封箱和贴标"], (4000, 6500)),
    "home_cleaner": ("4-10-01", "4-09-07", ["钟点工", "家政钟点工", "家庭保洁", "上门保洁"],
                     ["按小时上门做家务、打扫卫生", "为客户家庭做日常保洁和收纳"], (3500, 6000)),
}
PLACES = ["441900", "441900", "442000", "440305", "440306", "440111", "440106", "420102", "420111",
          "510107", "410105", "330109", "440605", "220102"]
# schedule -> (phrases that state it, decoy phrases that do not)
SCHEDULES = {
    "night": (["夜班", "上夜班", "夜班岗位", "晚上8点到早上8点"], []),
    "day_only": (["长白班", "只上白班", "不上夜班", "无夜班，长白班"], ["两班倒", "白夜班轮换"]),
    "weekend": (["只需周末上班", "周六周日上班", "周末两天"], []),
    "summer": (["招暑假工", "暑期工，干满两个月", "暑假工，学生可做"], []),
    "remote": (["居家办公", "在家就能做", "线上远程工作"], []),
}


def vacancy(rng: random.Random, vid: int, employer: dict) -> dict:
    kind = rng.choice(employer["kinds"])
    if kind in NEW_KINDS:
        small, near, titles, duties, (lo, hi) = NEW_KINDS[kind]
        middle = small[:4]
    else:
        small, middle, near, titles, duties = KINDS[kind]
        lo, hi = PAY[kind]
    title = rng.choice(titles)
    facts: set[str] = set()
    text = [rng.choice(duties) + "。"]
    etype = "full_time"
    for sched, share in (("night", 0.12), ("day_only", 0.15), ("weekend", 0.06), ("summer", 0.06),
                         ("remote", 0.04)):
        if rng.random() < share and not (sched == "night" and "day_only" in facts):
            facts.add(sched)
            if sched == "summer":
                etype = "temporary" if rng.random() < 0.5 else etype
            if sched == "weekend":
                etype, _ = "part_time", facts.add("part_time")
            if rng.random() < 0.3 and sched in ("night", "day_only", "summer"):
                title = {"night": "夜班", "day_only": "长白班", "summer": "暑假工"}[sched] + title
            else:
                text.append(rng.choice(SCHEDULES[sched][0]) + "。")
    if "night" not in facts and "day_only" not in facts and rng.random() < 0.1:
        text.append(rng.choice(SCHEDULES["day_only"][1]) + "。")  # shifts: neither night only nor day only
    if kind == "home_cleaner" and rng.random() < 0.6:
        etype = "part_time"
        facts.add("part_time")
    daily = None
    if rng.random() < 0.15:
        facts.add("daily_pay")
        daily = rng.choice([150, 200, 250, 300, 350, 400])
        text.append(rng.choice([f"日薪{daily}元，工资日结。", f"一天{daily}，当天结。", f"{daily}元/天，日结。"]))
    elif rng.random() < 0.05:
        facts.add("weekly_pay")
        text.append("工资周结。")
    exp = rng.choice([0, 0, 0, 1, 2, 3])
    if exp:
        text.append(rng.choice([f"需{exp}年以上相关经验。", f"要求{exp}年工作经验。"]))
    elif rng.random() < 0.5:
        text.append(rng.choice(["无经验可，公司带教。", "零基础可学，包教包会。"]))
    groups: list[str] = []
    if exp == 0 and rng.random() < 0.25:
        facts.add("graduate")
        groups = ["graduate"] if rng.random() < 0.5 else []
        if not groups:
            text.append("欢迎应届毕业生。")
    education = rng.choice(["none", "none", "junior_middle", "senior_high", "associate", "bachelor"])
    if education == "none" and rng.random() < 0.5:
        text.append("学历不限。")
    if daily:
        salary = (daily * 22, (daily + 50) * 22)
    elif rng.random() < 0.08:
        salary = (None, None)
        text.append("薪资面议。")
    else:
        a = rng.randrange(lo, hi, 500)
        salary = (a, a + rng.choice([1000, 2000, 3000]))
    r = rng.random()
    code = small if r < 0.6 else middle if r < 0.85 else near
    return {"id": vid, "kind": kind, "facts": sorted(facts), "employer_id": employer["id"],
            "employer_name": employer["name"], "title": title, "description": "".join(text),
            "region_code": employer["region"], "occupation_code": code, "education_min": education,
            "experience_min_years": exp, "employment_type": etype, "benefits": [], "welcomed_groups": groups,
            "headcount": rng.choice([1, 2, 3, 5, 10]), "salary_min": salary[0], "salary_max": salary[1],
            "days_ago": rng.randrange(0, 40)}


def build_vacancies(rng: random.Random) -> list[dict]:
    kinds = sorted(KINDS) + sorted(NEW_KINDS) * 2  # the new kinds need enough postings
    employers = [{"id": 500 + i, "region": rng.choice(PLACES),
                  "name": f"{rng.choice(FIRMS)}{rng.choice(TRADES)}{500 + i}",
                  "kinds": rng.sample(kinds, rng.choice([1, 2, 3]))} for i in range(1, 81)]
    return [vacancy(rng, FIRST_ID + i, rng.choice(employers)) for i in range(360)]


LINE = ["general_worker", "sewer", "cnc", "packer"]
SITE = ["carpenter", "tiler", "painter", "welder", "electrician"]
LOGISTICS = ["warehouse", "forklift", "sorter", "mover", "courier", "packer"]
HOTEL = ["cook", "waiter", "kitchen_helper", "room_attendant"]
OLDER = ["security", "cleaner"]


def queries() -> list[dict]:
    out: list[dict] = []

    def add(cat: str, q: str, kinds=(), place=None, conds=()) -> None:
        out.append({"id": f"s{len(out) + 1:03d}", "category": cat, "q": q, "kinds": list(kinds),
                    "place": place, "conds": list(conds), "title": None})

    for q, kinds, place, conds in [  # a place inside a schedule or job word
            ("长白班普工", ["general_worker"], None, ["day_only"]), ("长白班", [], None, ["day_only"]),
            ("长白班 保安", ["security"], None, ["day_only"]), ("白班 仓管", ["warehouse"], None, ["day_only"]),
            ("夜班保安", ["security"], None, ["night"]), ("东莞长白班", [], "4419", ["day_only"]),
            ("长春 长白班", [], "2201", ["day_only"])]:
        add("segment", q, kinds, place, conds)
    for q, kinds, conds in [  # words both a job and a condition
            ("钟点工", ["home_cleaner"], ["part_time"]), ("小时工 保洁", ["home_cleaner", "cleaner"], ["part_time"]),
            ("家政钟点工", ["home_cleaner"], []), ("暑假工", [], ["summer"]),
            ("兼职会计", ["accountant"], ["part_time"]), ("临时工 搬运", ["mover"], [])]:
        add("job_word", q, kinds, None, conds)
    for q, kinds, place, conds in [  # schedules
            ("夜班", [], None, ["night"]), ("上夜班的工作", [], None, ["night"]), ("晚班 保安", ["security"], None, ["night"]),
            ("不上夜班", [], None, ["day_only"]), ("不要夜班 普工", ["general_worker"], None, ["day_only"]),
            ("只上白班", [], None, ["day_only"]), ("周末 兼职", [], None, ["weekend"]),
            ("双休日 兼职", [], None, ["weekend"]), ("寒暑假工", [], None, ["summer"]),
            ("暑假工 东莞", [], "4419", ["summer"]), ("居家 客服", ["customer_service"], None, ["remote"]),
            ("在家做的工作", [], None, ["remote"]), ("线上兼职", [], None, ["remote"]),
            ("夜班 普工 东莞", ["general_worker"], "4419", ["night"])]:
        add("schedule", q, kinds, place, conds)
    for q, kinds, place, conds in [  # pay cycle and pay amounts
            ("日结 普工", ["general_worker"], None, ["daily_pay"]), ("周结", [], None, ["weekly_pay"]),
            ("日结 搬运 一天300", ["mover"], None, ["daily_pay", "pay6600"]),
            ("保姆 8000", ["nanny", "home_cleaner"], None, ["pay8000"]), ("日薪300", [], None, ["pay6600"]),
            ("一天300 普工", ["general_worker"], None, ["pay6600"]), ("厨师 8000以上", ["cook"], None, ["pay8000"]),
            ("按摩 10000", ["massage"], None, ["pay10000"]), ("司机 月薪8000", ["car_driver", "truck_driver", "ride_hailing"], None, ["pay8000"])]:
        add("pay", q, kinds, place, conds)
    for q, kinds, conds in [  # graduates, experience, education
            ("应届生", [], ["no_exp"]), ("应届毕业生 客服", ["customer_service"], ["no_exp"]),
            ("无经验 普工", ["general_worker"], ["no_exp"]), ("零基础 按摩", ["massage"], ["no_exp"]),
            ("护士 应届", ["nurse"], ["no_exp"]), ("毕业生", [], ["no_exp"]),
            ("没经验 汽修", ["car_repair"], ["no_exp"]), ("大专 客服", ["customer_service"], ["edu_associate"]),
            ("高中学历", [], ["edu_senior_high"]), ("本科 会计", ["accountant"], ["edu_bachelor"])]:
        add("seeker", q, kinds, None, conds)
    for q, kinds, place in [  # workplace and sector words
            ("进厂", LINE, None), ("东莞 工厂", LINE, "4419"), ("电子厂", LINE, None), ("服装厂", ["sewer"], None),
            ("工地", SITE, None), ("工地 日结", SITE, None), ("物流", LOGISTICS, None), ("仓库", LOGISTICS, None),
            ("酒店", HOTEL, None), ("饭店 深圳", HOTEL, "4403"), ("医院", ["nurse", "caregiver"], None),
            ("学校", ["teacher", "art_teacher"], None), ("厂里 包吃住", LINE, None)]:
        add("sector", q, kinds, place, ["room_and_board"] if "包吃住" in q else ["daily_pay"] if "日结" in q else [])
    for q, kinds, place in [  # filler, ages, genders, the seeker's own certificates
            ("我在东莞想找个普工", ["general_worker"], "4419"), ("招聘保安", ["security"], None),
            ("急招 厨师", ["cook"], None), ("附近的保洁工作", ["cleaner", "home_cleaner"], None),
            ("有没有仓管的工作", ["warehouse"], None), ("50岁 保安", ["security"], None),
            ("女工 普工", ["general_worker"], None), ("A2驾照 货车司机", ["truck_driver"], None),
            ("50岁能做什么工作", OLDER, None), ("四五十岁 找工作", OLDER, None), ("年纪大 深圳", OLDER, "4403"),
            ("求职 服务员", ["waiter"], None), ("就业 快递员", ["courier"], None)]:
        add("noise", q, kinds, place)
    for q, kinds in [  # everyday vocabulary
            ("阿姨", ["nanny", "home_cleaner", "cleaner"]), ("家政", ["nanny", "home_cleaner"]), ("育儿嫂", ["nanny"]),
            ("做饭", ["cook"]), ("掌勺", ["cook"]), ("跑滴滴", ["ride_hailing"]), ("开网约车", ["ride_hailing"]),
            ("开快车", ["ride_hailing"]), ("按摩", ["massage"]), ("足疗", ["massage"]), ("推拿", ["massage"]),
            ("教小孩画画", ["art_teacher"]), ("书法", ["art_teacher"]), ("店员", ["cashier", "sales"]),
            ("库管", ["warehouse"]), ("外卖", ["rider"]), ("汽修", ["car_repair"]), ("钣金", ["car_repair"]),
            ("打包", ["packer"]), ("护士", ["nurse"]), ("二保焊", ["welder"]), ("氩弧焊", ["welder"]),
            ("代驾", ["car_driver", "ride_hailing"]), ("打扫", ["cleaner", "home_cleaner", "room_attendant"])]:
        add("vocab", q, kinds)
    for q, kinds, place in [  # one-character slips in place names
            ("东菀 普工", ["general_worker"], "4419"), ("深川 保安", ["security"], "4403"),
            ("广洲 服务员", ["waiter"], "4401"), ("武汗 快递", ["courier"], "4201"),
            ("郑洲 仓管", ["warehouse"], "4101"), ("杭洲 电焊工", ["welder"], "3301")]:
        add("place_slip", q, kinds, place)
    return out


def main() -> None:
    rows = build_vacancies(random.Random(SEED))
    qs = queries()
    (HERE / "vacancies_squ.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                              encoding="utf-8")
    (HERE / "queries_squ.json").write_text(json.dumps(qs, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(rows), "vacancies,", len(qs), "queries")


if __name__ == "__main__":
    main()
