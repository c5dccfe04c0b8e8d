"""Round 5, third pass (sq3): a supplement for spelling on posted titles, title heads and missing
vocabulary. Written, with its grades (RULES.md), before any run of the new code."""

import json
from pathlib import Path

HERE = Path(__file__).parent
PLACES = ["441900", "440306"]
DESC = {
    "elevator_repair": "负责小区和写字楼电梯的日常维护保养、故障排除，持特种设备作业证优先。",
    "electric_repair": "负责厂区配电柜、电机和生产设备电气线路的检修，持电工证。",
    "loader": "负责货车的装车卸车、货物搬运码放，多劳多得。",
    "truck_driver": "驾驶厢式货车往返仓库和门店送货，需B2驾照。",
    "excavator": "操作挖掘机进行土方开挖和场地平整，有两年以上经验。",
    "general_worker": "流水线操作，按作业指导书完成组装，无需经验。",
    "plumber_el": "负责住宅装修的水管、电线布管穿线和开关插座安装。",
}
POSTINGS = [
    ("elevator_repair", "电梯维修工", "6-29-03"), ("elevator_repair", "电梯维修工", "6-31-01"),
    ("elevator_repair", "电梯维保员", "6-29-03"),
    *[("electric_repair", "电气维修工", "6-31-01")] * 5,
    *[("loader", "货车装卸工", "4-02-06")] * 3, ("loader", "装卸工", "4-02-06"),
    *[("truck_driver", "货车司机", "4-02-02")] * 3,
    *[("excavator", "挖掘机操作工", "6-30")] * 3, ("excavator", "挖机司机", "6-30"),
    *[("general_worker", "普工", "6-25")] * 3, *[("general_worker", "操作工", "6-25")] * 3,
    ("plumber_el", "水电工", "6-29-03"), ("plumber_el", "家装水电师傅", "6-29-03"),
    ("plumber_el", "水电工", "6-29-03"),
]
# 装卸工: the main set's "mover" kind is the same job (装卸工); first written as loader only
QUERIES = [
    ("电梯维修工", ["elevator_repair"], None), ("电梯维修", ["elevator_repair"], None),
    ("电梯维修工 东莞", ["elevator_repair"], "441900"),
    ("装卸工", ["loader", "mover"], None), ("货车装卸工", ["loader", "mover"], None),
    ("挖掘机操作工", ["excavator"], None), ("挖机", ["excavator"], None),
    ("家装水电", ["plumber_el"], None), ("水电", ["plumber_el"], None),
    ("仓管", ["warehouse"], None), ("打包员", ["packer"], None),
]

CONDITION_WORDS = [
    ("住家保姆", ["nanny"], []), ("住家育儿嫂", ["nanny"], []), ("保姆 住家", ["nanny"], []),
    ("暑假工 服务员", ["waiter"], ["summer"]), ("服务员 暑假工", ["waiter"], ["summer"]),
    ("夜班 保安", ["security", "factory_guard"], ["night"]),
]
# a specific factory with a place: line work in that place (written before the change was run)
SECTOR_WORDS = [("东莞 电子厂", ["general_worker"], "441900"), ("电子厂 深圳", ["general_worker"], "4403"),
                ("中山 服装厂", ["sewer", "general_worker"], "442000")]


def main() -> None:
    rows = []
    for n, (kind, title, code) in enumerate(POSTINGS):
        rows.append({"id": 20001 + n, "kind": kind, "facts": [], "employer_id": 701 + n,
                     "employer_name": f"恒达实业有限公司{701 + n}", "title": title,
                     "description": DESC[kind] + "月薪面议，工作认真负责。", "region_code": PLACES[n % 2],
                     "occupation_code": code, "education_min": "none", "experience_min_years": 0,
                     "employment_type": "full_time", "benefits": [], "welcomed_groups": [],
                     "headcount": 2, "salary_min": 5000, "salary_max": 8000, "days_ago": 1 + n % 9})
    (HERE / "vacancies_sq3.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    qs = [{"id": f"s{n + 1:02d}", "category": "head_vocab", "q": q, "kinds": kinds, "place": place,
           "conds": [], "title": None} for n, (q, kinds, place) in enumerate(QUERIES)]
    # a condition word beside a job word (written before the change to understanding was run)
    qs += [{"id": f"t{n + 1:02d}", "category": "condition_word", "q": q, "kinds": kinds, "place": None,
            "conds": conds, "title": None} for n, (q, kinds, conds) in enumerate(CONDITION_WORDS)]
    qs += [{"id": f"w{n + 1:02d}", "category": "sector_place", "q": q, "kinds": kinds, "place": place,
            "conds": [], "title": None} for n, (q, kinds, place) in enumerate(SECTOR_WORDS)]
    (HERE / "queries_sq3.json").write_text(json.dumps(qs, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
