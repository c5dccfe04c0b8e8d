"""A supplement of the development set for ranking, the relaxation ladder and typos (issue 14,
round 5, helper sqr): vacancies_ranking.jsonl and queries_ranking.json. RULES.md applies, with
one addition written before the first run: a query marked `place_hard` grades a posting outside
its place 0 (the held-out set's rule: a place the person typed is a hard condition; a welcomed
group is a soft one).

    python3 bench/relevance_dev/build_ranking.py

The postings are of kinds whose titles contain a word of another kind's query (卫生间防水工 for
搞卫生, 家政服务员 for 服务员, 工厂保安 for 工厂), of kinds whose words are not index tokens of
the query (绘画老师 for 画画), and a few groups the main set lacks (汽修, 残疾人 welcomed).
Queries are written by kind of failure, with their grades fixed by the rules, before any run.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20261129

# kind: (occupation code an employer picks, titles, duty sentences)
KINDS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "waterproofer": (["6-29", "6-29-04"], ["卫生间防水工", "防水工", "屋面防水工", "防水补漏师傅"],
                     ["负责卫生间、厨房和屋面的防水施工", "做防水、补漏，会刷防水涂料"]),
    "domestic": (["4-10-01", "4-10"], ["家政服务员", "家政保洁服务员", "做饭保姆", "钟点工阿姨"],
                 ["上门做家务、做饭、打扫卫生", "负责雇主家日常家务和一日三餐"]),
    "factory_guard": (["4-07-05", "4-07"], ["工厂保安", "电子厂保安", "厂区门卫"],
                      ["负责工厂大门值守和车辆登记", "厂区巡逻，来访登记"]),
    "auto_mechanic": (["4-12-01", "4-12"], ["汽修学徒", "汽车维修工", "汽车机电维修工", "汽车修理工"],
                      ["负责汽车保养、维修和故障排查", "跟师傅学修车，包教包会"]),
    "art_teacher": (["2-08-03", "2-08"], ["绘画老师", "少儿美术老师", "美术培训老师"],
                    ["负责少儿绘画课程的教学", "教小朋友素描、水彩和创意美术"]),
    "kids_teacher": (["2-08-04", "2-08"], ["少儿英语老师", "幼儿托管老师", "早教老师"],
                     ["负责小朋友的课程和日常照看", "给3-6岁孩子上课，组织活动"]),
}
PLACES = ["441900", "442000", "440305", "440306", "420102", "420111", "510107", "330109"]
FIRMS = ["瑞丰", "嘉禾", "同泰", "广源", "利达", "金盛"]


def vacancy(rng: random.Random, vid: int, kind: str, place: str, eid: int) -> dict:
    codes, titles, duties = KINDS[kind]
    facts: list[str] = []
    groups: list[str] = []
    text = rng.choice(duties) + "。"
    if rng.random() < 0.3:
        groups.append("disabled")
        facts.append("disabled")
        text += "欢迎残疾人朋友应聘。"
    if rng.random() < 0.3:
        text += "年龄18-50岁，身体健康。"
    lo = rng.randrange(4000, 9000, 500)
    return {"id": vid, "kind": kind, "facts": facts, "employer_id": eid,
            "employer_name": f"{rng.choice(FIRMS)}服务有限公司{eid}", "title": rng.choice(titles),
            "description": text, "region_code": place, "occupation_code": rng.choice(codes),
            "education_min": "none", "experience_min_years": 0, "employment_type": "full_time",
            "benefits": [], "welcomed_groups": groups, "headcount": rng.choice([1, 2, 5]),
            "salary_min": lo, "salary_max": lo + 2000, "days_ago": rng.randrange(0, 40)}


def build_vacancies(rng: random.Random) -> list[dict]:
    rows = []
    vid, eid = 10001, 501
    for kind in sorted(KINDS):
        for _ in range(14):
            rows.append(vacancy(rng, vid, kind, rng.choice(PLACES), eid))
            vid += 1
            eid += 1
    return rows


def queries() -> list[dict]:
    out: list[dict] = []

    def add(cat: str, q: str, kinds=(), place=None, conds=(), title=None, place_hard=False) -> None:
        out.append({"id": f"r{len(out) + 1:03d}", "category": cat, "q": q, "kinds": list(kinds),
                    "place": place, "conds": list(conds), "title": title,
                    **({"place_hard": True} if place_hard else {})})

    # 1. a query word inside another job's title (卫生 in 卫生间防水工, 服务员 in 家政服务员)
    for q, kinds in [("服务员", ["waiter"]), ("餐厅服务员", ["waiter"]), ("搞卫生", ["cleaner", "room_attendant"]),
                     ("卫生", ["cleaner", "room_attendant"]), ("保安", ["security", "factory_guard"]),
                     ("工厂普工", ["general_worker"]), ("厨师", ["cook"]), ("保洁", ["cleaner"]),
                     ("防水", ["waterproofer"]), ("汽修", ["auto_mechanic"])]:
        add("other_title", q, kinds=kinds)
    # 3. a word that matches nothing (an age, a certificate, a filler, a number) next to the job
    for q, kinds in [("保安 50岁", ["security", "factory_guard"]), ("普工 18岁", ["general_worker"]),
                     ("电工 有证", ["electrician"]), ("叉车工 持证上岗", ["forklift"]),
                     ("厨师 诚信", ["cook"]), ("保洁 阿姨 50", ["cleaner"]), ("司机 C1", ["car_driver", "truck_driver"]),
                     ("快递员 300", ["courier"]), ("焊工 老实人", ["welder"]), ("收银员 靠谱", ["cashier"])]:
        add("noise_word", q, kinds=kinds)
    # 4. a place with a group nobody there welcomes: the place stays, the group relaxes
    for q, kinds, place in [("武汉 保洁 残疾人岗位", ["cleaner"], "4201"),
                            ("中山 厨师 退役军人专场", ["cook"], "4420"),
                            ("东莞 快递员 残疾人", ["courier"], "4419"),
                            ("杭州 电焊工 退伍军人", ["welder"], "3301"),
                            ("成都 服务员 残疾人", ["waiter"], "5101"),
                            ("深圳 普工 残疾人岗位", ["general_worker"], "4403")]:
        add("relax_order", q, kinds=kinds, place=place, place_hard=True)
    # 5. words that are not index tokens, whose characters are in titles
    for q, kinds in [("画画", ["art_teacher"]), ("教画画", ["art_teacher"]), ("美术", ["art_teacher"]),
                     ("教小孩", ["kids_teacher", "teacher"]), ("修汽车", ["auto_mechanic"]),
                     ("汽车修理", ["auto_mechanic"])]:
        add("char_overlap", q, kinds=kinds)
    # 6. slips by sound (same pinyin, another character) and by order
    for q, kinds in [("电汗工", ["welder"]), ("保结", ["cleaner"]), ("仓库管里员", ["warehouse"]),
                     ("焊电工", ["welder"]), ("收音员", ["cashier"]), ("快第员", ["courier"]),
                     ("叉车共", ["forklift"]), ("厨是", ["cook"]), ("保按", ["security", "factory_guard"]),
                     ("工电", ["electrician"])]:
        add("sound_typo", q, kinds=kinds)
    # no answer: none of these kinds is posted; their false top 10 is measured
    for q in ["宇航员", "潜水教练", "钢琴调音师", "武汉 飞行员", "考古 研究员", "驯马师", "天文台 观测员", "游艇驾驶"]:
        add("no_answer", q, kinds=["none"])
    return out


def main() -> None:
    rows = build_vacancies(random.Random(SEED))
    qs = queries()
    (HERE / "vacancies_ranking.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                  encoding="utf-8")
    (HERE / "queries_ranking.json").write_text(json.dumps(qs, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(rows), "vacancies,", len(qs), "queries")


if __name__ == "__main__":
    main()
