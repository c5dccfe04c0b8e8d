"""A supplement of the development set for occupation tiers (issue 14, round 6, helper sq4r):
vacancies_sq4r.jsonl and queries_sq4r.json. RULES.md applies, with these additions written
before the first run of the round-6 code (the held-out set's rules as the lead described them):

- a query carries `grades`: job kind -> 3 (the kind the query means), 2 (an acceptable sibling),
  1 (the same broad family); every other kind is 0, whatever its title shares with the query
  (家政服务员 for 服务员, 网约车司机 for 叉车司机, 综合维修工 for 空调维修工);
- `place_hard`: a posting outside the place is 0;
- `prefs` (a benefit or a welcomed group the person asked for) are soft: a posting of the exact
  kind that lacks one is 2 instead of 3; a sibling or family posting keeps its grade with or
  without them (so a preference never lifts another occupation over the kind);
- `title`: a posting whose title is exactly the query is 3.

    python3 bench/relevance_dev/build_sq4r.py

Categories: modifier (compound titles: the modifier decides), family_fill (few postings of the
kind in a place: the family next), pref_tier (preferences order within a kind), engineer
(related engineers and specialists), posted_title (a query that is a posted title).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20261130

# kind: (codes an employer picks, titles, duty sentences)
KINDS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "waiter": (["4-03-02", "4-03"], ["服务员", "餐厅服务员", "饭店服务员"], ["负责餐厅点菜、上菜和收台"]),
    "domestic": (["4-10-01", "4-10"], ["家政服务员"], ["上门做家务、做饭、照顾老人"]),
    "home_cleaner": (["4-10-01", "4-10"], ["家政保洁员", "家政保洁"], ["上门为客户家庭做保洁、擦窗"]),
    "cleaner": (["4-09", "4-09-01"], ["商场保洁", "写字楼保洁", "清洁工", "保洁员"], ["负责公共区域的清洁卫生"]),
    "forklift": (["6-30", "4-02"], ["叉车司机", "叉车工"], ["负责仓库货物的叉车装卸和搬运，持证上岗"]),
    # 的士司机: the main set's kind for car-hire drivers (a taxi is no kind of its own there)
    "ride_hailing": (["4-02-02"], ["网约车司机", "的士司机"], ["平台派单，公司提供车辆"]),
    "excavator": (["6-30"], ["挖掘机司机"], ["负责工地挖掘机操作"]),
    "truck_driver": (["4-02-02"], ["大车司机", "货车司机"], ["跑长途干线运输，A2驾照"]),
    "picker": (["4-02-06", "4-02"], ["仓库普工", "拣货员"], ["按单拣货、上架、盘点"]),
    "warehouse": (["4-02-06", "4-02"], ["仓管员", "物料员"], ["负责仓库出入库登记和盘点"]),
    "sorter": (["4-02-07", "4-02"], ["分拣员"], ["负责包裹分拣和扫描"]),
    "packer": (["6-31", "4-02-06"], ["包装工", "打包员", "发货员"], ["负责电商订单的打包和发货"]),
    "electrician": (["6-31-01", "6-31"], ["电工", "高压电工"], ["负责厂区电路维护，持电工证"]),
    "mason": (["6-29-01", "6-29"], ["泥工"], ["负责砌墙、抹灰"]),
    "lifeguard": (["4-14"], ["泳池救生员"], ["负责泳池安全巡视，持救生员证"]),
    "aircon_repair": (["4-12"], ["空调维修工", "空调维保", "空调维修师傅"], ["负责中央空调和家用空调的维修保养"]),
    "aircon_install": (["6-29-03", "6-29"], ["空调安装工", "空调安装师傅"], ["负责家用空调的安装和移机"]),
    "phone_repair": (["4-12"], ["手机维修工"], ["负责手机屏幕、主板的维修"]),
    "general_repair": (["4-12", "4-06"], ["综合维修工", "工程维修工", "物业维修工"], ["负责小区水电、门窗的日常维修"]),
    "maternity": (["4-10-01"], ["月嫂", "母婴护理师"], ["负责产妇和新生儿的护理"]),
    "childcare": (["4-10-01"], ["育婴师"], ["负责婴幼儿的日常照料和早教"]),
    "nanny": (["4-10-01", "4-10"], ["住家保姆"], ["住在雇主家，做饭、打扫、照顾老人"]),
    "caregiver": (["4-14-01", "4-10-01"], ["护工", "医院护工"], ["在医院照顾病人的饮食起居"]),
    "eldercare": (["4-10-01"], ["养老护理员"], ["在养老院照护老人的生活"]),
    "security": (["4-07-05", "4-07"], ["保安", "小区保安", "门卫"], ["负责门岗值守和巡逻"]),
    "kitchen_helper": (["4-03-02", "4-03"], ["厨工", "厨房帮工", "帮厨"], ["负责洗菜、切配和后厨卫生"]),
    "drink_maker": (["4-03-02"], ["饮品师"], ["负责奶茶、咖啡等饮品的制作"]),
    "programmer": (["2-02-10"], ["java开发工程师", "java工程师", "java后端开发"], ["负责java后端服务的开发"]),
    "mobile_dev": (["2-02-10"], ["android开发", "移动端开发"], ["负责安卓和ios应用的开发"]),
    "algorithm": (["2-02-10"], ["算法工程师"], ["负责推荐算法的研发"]),
    "firmware": (["2-02-10", "2-02"], ["固件工程师", "嵌入式工程师"], ["负责单片机和嵌入式软件的开发"]),
    "process_eng": (["2-02-07", "2-02"], ["工艺工程师"], ["负责生产工艺的改进，机械或材料专业"]),
    "plc_eng": (["2-02-11", "2-02"], ["plc工程师"], ["负责产线plc编程和调试"]),
    "mech_design": (["2-02-07"], ["机械设计"], ["负责非标设备的机械设计，会solidworks"]),
}
# places with few postings of a kind, and what else is posted there
SUZHOU, YIWU, TIANJIN, BEIJING, NANJING, SHENZHEN = "320506", "330782", "120104", "110105", "320106", "440305"
OTHERS = ["mason", "electrician", "ride_hailing", "lifeguard", "ride_hailing", "excavator", "truck_driver", "security",
          "general_repair", "waiter"]
LOCAL: dict[str, list[str]] = {
    SUZHOU: ["forklift", "forklift", "picker", "picker", "sorter", "warehouse", "packer", *OTHERS],
    YIWU: ["packer", "packer", "picker", "warehouse", "sorter", "forklift", *OTHERS],
    TIANJIN: ["warehouse", "picker", "picker", "sorter", "forklift", "packer", *OTHERS],
    BEIJING: ["maternity", "childcare", "childcare", "nanny", "domestic", "home_cleaner", "caregiver", *OTHERS],
    NANJING: ["caregiver", "eldercare", "eldercare", "nanny", "maternity", *OTHERS],
    SHENZHEN: ["programmer", "programmer", "mobile_dev", "mobile_dev", "algorithm", "firmware", "firmware",
               "process_eng", "process_eng", "plc_eng", "plc_eng", "mech_design", "mech_design"],
}
ELSEWHERE = ["441900", "420102", "510107", "330109"]
NATIONAL_KINDS = [k for k in KINDS if k not in ("programmer", "mobile_dev", "algorithm", "firmware",
                                                 "process_eng", "plc_eng", "mech_design")]
FIRMS = ["恒信", "万达", "鑫源", "华泰", "永安", "锦程"]


def vacancy(rng: random.Random, vid: int, kind: str, place: str, eid: int) -> dict:
    codes, titles, duties = KINDS[kind]
    facts: list[str] = []
    benefits: list[str] = []
    groups: list[str] = []
    text = rng.choice(duties) + "。"
    if rng.random() < 0.35:
        benefits.append("room_and_board")
        facts.append("room_and_board")
        text += "包吃住。"
    if rng.random() < 0.35:
        facts.append("insurance")
        text += "缴纳五险一金。"
    if rng.random() < 0.3:
        groups.append("veteran")
        facts.append("veteran")
        text += "退役军人优先。"
    lo = rng.randrange(4000, 9000, 500)
    return {"id": vid, "kind": kind, "facts": facts, "employer_id": eid,
            "employer_name": f"{rng.choice(FIRMS)}服务有限公司{eid}", "title": rng.choice(titles),
            "description": text, "region_code": place, "occupation_code": rng.choice(codes),
            "education_min": "none", "experience_min_years": 0, "employment_type": "full_time",
            "benefits": benefits, "welcomed_groups": groups, "headcount": rng.choice([1, 2, 5]),
            "salary_min": lo, "salary_max": lo + 2000, "days_ago": rng.randrange(0, 40)}


def build_vacancies(rng: random.Random) -> list[dict]:
    rows = []
    vid, eid = 30001, 3001
    for place, kinds in LOCAL.items():
        for kind in kinds:
            rows.append(vacancy(rng, vid, kind, place, eid))
            vid, eid = vid + 1, eid + 1
    for kind in NATIONAL_KINDS:  # every kind elsewhere too, so a query without a place has a full page
        for _ in range(6):
            rows.append(vacancy(rng, vid, kind, rng.choice(ELSEWHERE), eid))
            vid, eid = vid + 1, eid + 1
    return rows


# grades by kind (3 the kind, 2 a sibling, 1 the family), written before any run
FORKLIFT = {"forklift": 3, "warehouse": 2, "picker": 2, "sorter": 1, "packer": 1, "mover": 1, "loader": 1}
PACKER = {"packer": 3, "picker": 2, "sorter": 1, "warehouse": 1, "general_worker": 1}
WAREHOUSE = {"warehouse": 3, "picker": 2, "forklift": 2, "sorter": 2, "packer": 1, "mover": 1}
MATERNITY = {"maternity": 3, "childcare": 2, "nanny": 2, "domestic": 1, "home_cleaner": 1}
CAREGIVER = {"caregiver": 3, "eldercare": 2, "nurse": 1, "nanny": 1}
WAITER = {"waiter": 3, "kitchen_helper": 1, "drink_maker": 1, "room_attendant": 1}
CLEANER = {"cleaner": 3, "home_cleaner": 2, "room_attendant": 2, "domestic": 1}
AIRCON = {"aircon_repair": 3, "aircon_install": 2, "phone_repair": 1, "general_repair": 1, "electric_repair": 1}
SECURITY = {"security": 3, "factory_guard": 3}
KITCHEN = {"kitchen_helper": 3, "cook": 1, "drink_maker": 1, "waiter": 1}
JAVA = {"programmer": 3, "mobile_dev": 2, "algorithm": 2, "firmware": 1}


def queries() -> list[dict]:
    out: list[dict] = []

    def add(cat: str, q: str, grades: dict[str, int], place: str | None = None, prefs=(), title=None) -> None:
        out.append({"id": f"t{len(out) + 1:03d}", "category": cat, "q": q, "kinds": sorted(k for k, g in grades.items()
                                                                                          if g == 3),
                    "grades": grades, "place": place, "conds": [], "prefs": list(prefs), "title": title,
                    **({"place_hard": True} if place else {})})

    # 1. compound titles: the modifier decides the occupation
    add("modifier", "服务员", WAITER)
    add("modifier", "保洁", CLEANER)
    add("modifier", "叉车司机", FORKLIFT)
    add("modifier", "空调维修", AIRCON)
    add("modifier", "空调维修工", AIRCON)
    add("modifier", "家政", {"domestic": 3, "home_cleaner": 2, "nanny": 2, "maternity": 1, "childcare": 1})
    add("modifier", "电工", {"electrician": 3, "electric_repair": 2, "plumber_el": 2})
    add("modifier", "维修空调", AIRCON)
    # 2. few postings of the kind in a place: the family next, never character overlap
    add("family_fill", "苏州 叉车", FORKLIFT, "3205")
    add("family_fill", "苏州叉车工", FORKLIFT, "3205")
    add("family_fill", "义乌 打包", PACKER, "330782")
    add("family_fill", "义乌打包员", PACKER, "330782")
    add("family_fill", "天津 仓管", WAREHOUSE, "12")
    add("family_fill", "北京 月嫂", MATERNITY, "11")
    add("family_fill", "南京 护工", CAREGIVER, "3201")
    add("family_fill", "南京 陪护", CAREGIVER, "3201")
    # 3. preferences order within the kind, never above a better occupation
    add("pref_tier", "保安 退伍军人", SECURITY, prefs=["veteran"])
    add("pref_tier", "厨房帮工 包吃住", KITCHEN, prefs=["room_and_board"])
    add("pref_tier", "服务员 包吃住", WAITER, prefs=["room_and_board"])
    add("pref_tier", "叉车 五险一金", FORKLIFT, prefs=["insurance"])
    add("pref_tier", "保洁 包吃住", CLEANER, prefs=["room_and_board"])
    add("pref_tier", "护工 包住", CAREGIVER, prefs=["room_and_board"])
    # 4. related engineers and specialists
    add("engineer", "深圳 java", JAVA, "4403")
    add("engineer", "深圳 java开发", JAVA, "4403")
    add("engineer", "深圳 后端开发", JAVA, "4403")
    add("engineer", "深圳 plc工程师", {"plc_eng": 3, "firmware": 1, "process_eng": 1, "mech_design": 1}, "4403")
    add("engineer", "深圳 嵌入式", {"firmware": 3, "programmer": 1, "plc_eng": 1, "mobile_dev": 1}, "4403")
    # 5. a query that is a posted title
    for title, grades in [("空调维修工", AIRCON), ("叉车司机", FORKLIFT), ("家政保洁员", {
            "home_cleaner": 3, "cleaner": 2, "domestic": 2, "nanny": 1}), ("商场保洁", CLEANER),
            ("高压电工", {"electrician": 3, "electric_repair": 1}), ("网约车司机", {
                "ride_hailing": 3, "car_driver": 2, "truck_driver": 1}), ("仓管员", WAREHOUSE),
            ("手机维修工", {"phone_repair": 3, "aircon_repair": 1, "general_repair": 1}), ("母婴护理师", MATERNITY),
            ("医院护工", CAREGIVER), ("饭店服务员", WAITER), ("厨房帮工", KITCHEN), ("java开发工程师", JAVA),
            ("养老护理员", {"eldercare": 3, "caregiver": 2, "nanny": 1}), ("打包员", PACKER),
            ("综合维修工", {"general_repair": 3, "aircon_repair": 1, "electric_repair": 1, "plumber_el": 1})]:
        add("posted_title", title, grades, title=title)
    return out


def main() -> None:
    rows = build_vacancies(random.Random(SEED))
    qs = queries()
    (HERE / "vacancies_sq4r.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                               encoding="utf-8")
    (HERE / "queries_sq4r.json").write_text(json.dumps(qs, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(rows), "vacancies,", len(qs), "queries")


if __name__ == "__main__":
    main()
