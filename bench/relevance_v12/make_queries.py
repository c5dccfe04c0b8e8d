# ruff: noqa: E501
"""Writes queries.jsonl from the table below (hand-written texts and intents). Run: python make_queries.py"""

from __future__ import annotations

import json
from pathlib import Path

CONSTR = ["site_labourer", "rebar_worker", "formwork_carpenter", "bricklayer", "plasterer", "painter", "scaffolder"]
D, R = "daily", "room_and_board"

# (category, text, intent)
Q = [
    ("exact_title", "电焊工", {"job": ["welder"]}),
    ("exact_title", "保安", {"job": ["security_guard"]}),
    ("exact_title", "服务员", {"job": ["waiter"]}),
    ("exact_title", "快递员", {"job": ["courier"], "subs": ["delivery_rider"]}),
    ("exact_title", "会计", {"job": ["accountant"], "subs": ["cashier_finance"]}),
    ("exact_title", "挖掘机司机", {"job": ["excavator_op"]}),
    ("exact_title", "养老护理员", {"job": ["caregiver"], "subs": ["nanny"]}),
    ("exact_title", "导游", {"job": ["tour_guide"], "subs": ["scenic_guide"]}),
    ("exact_title", "仓库管理员", {"job": ["warehouse_keeper"]}),
    ("exact_title", "叉车司机", {"job": ["forklift_op"]}),
    ("exact_title", "幼儿教师", {"job": ["preschool_teacher"]}),
    ("short_form", "普工", {"job": ["factory_worker"], "subs": ["food_packer"]}),
    ("short_form", "挖机", {"job": ["excavator_op"]}),
    ("short_form", "库管", {"job": ["warehouse_keeper"]}),
    ("short_form", "炒锅", {"job": ["cook"]}),
    ("short_form", "骑手", {"job": ["delivery_rider"], "subs": ["courier"]}),
    ("short_form", "幼师", {"job": ["preschool_teacher"]}),
    ("short_form", "铲车", {"job": ["loader_op"]}),
    ("short_form", "大车", {"job": ["truck_driver"]}),
    ("short_form", "小工", {"job": ["site_labourer"]}),
    ("short_form", "护工", {"job": ["caregiver"], "subs": ["nanny"]}),
    ("short_form", "钢筋", {"job": ["rebar_worker"]}),
    ("everyday_phrase", "工地上干活的", {"job": CONSTR}),
    ("everyday_phrase", "送外卖", {"job": ["delivery_rider"]}),
    ("everyday_phrase", "开大货车的工作", {"job": ["truck_driver"]}),
    ("everyday_phrase", "在饭店后厨帮忙", {"job": ["kitchen_helper"], "subs": ["dishwasher"]}),
    ("everyday_phrase", "照顾老人", {"job": ["caregiver"], "subs": ["nanny"]}),
    ("everyday_phrase", "摘苹果", {"job": ["fruit_picker"]}),
    ("everyday_phrase", "我想找个在超市上班的工作", {"job": ["cashier", "stocker", "shop_assistant"]}),
    ("everyday_phrase", "修车", {"job": ["car_mechanic"]}),
    ("everyday_phrase", "打扫卫生的活", {"job": ["cleaner"], "subs": ["room_attendant"]}),
    ("everyday_phrase", "给人家做饭带孩子", {"job": ["nanny"], "subs": ["maternity_nurse"]}),
    ("everyday_phrase", "宰牛羊", {"job": ["meat_cutter"]}),
    ("everyday_phrase", "看大门", {"job": ["security_guard"]}),
    ("everyday_phrase", "在景区给游客讲解", {"job": ["scenic_guide"], "subs": ["tour_guide"]}),
    ("everyday_phrase", "搬货卸车", {"job": ["loader_worker"], "subs": ["sorter"]}),
    ("condition", "日结", {"conds": [["pay_cycle", D]]}),
    ("condition", "包吃住", {"conds": [["perk", R]]}),
    ("condition", "兼职", {"conds": [["type", "part_time"]]}),
    ("condition", "五险一金", {"conds": [["perk", "social_insurance_housing_fund"]]}),
    ("condition", "月薪8000以上", {"conds": [["pay_min", 8000]]}),
    ("condition", "双休", {"conds": [["perk", "weekends_off"]]}),
    ("condition", "学历不限 没有经验", {"conds": [["edu", "none"], ["no_exp"]]}),
    ("condition", "退役军人", {"conds": [["group", "veteran"]]}),
    ("condition", "大专", {"conds": [["edu", "associate"]]}),
    ("condition", "晚上的兼职", {"conds": [["type", "part_time"], ["schedule", "evening"]]}),
    ("condition", "应届毕业生", {"conds": [["group", "graduate"]]}),
    ("condition", "工资一万以上的", {"conds": [["pay_min", 10000]]}),
    ("condition", "有宿舍", {"conds": [["perk", "housing"]]}),
    ("condition", "50岁还能干的活", {"conds": [["age", 50]]}),
    ("condition", "实习", {"conds": [["type", "internship"]]}),
    ("condition", "残疾人可以做的工作", {"conds": [["group", "disabled"]]}),
    ("place", "银川", {"place": ["6401"]}),
    ("place", "兰州招聘", {"place": ["6201"]}),
    ("place", "雁塔区", {"place": ["610113"]}),
    ("place", "喀什", {"place": ["6531"]}),
    ("place", "绵阳工作", {"place": ["5107"]}),
    ("place", "长安区上班", {"place": ["610116"]}),
    ("place", "嘉峪关", {"place": ["620200"]}),
    ("place", "宝鸡招工", {"place": ["6103"]}),
    ("place", "新疆", {"place": ["65"]}),
    ("place_job", "西安 保安", {"job": ["security_guard"], "place": ["6101"]}),
    ("place_job", "兰州 拉面师傅", {"job": ["noodle_chef"], "place": ["6201"]}),
    ("place_job", "乌鲁木齐 司机", {"job": ["truck_driver", "car_driver", "bus_driver"], "place": ["6501"]}),
    ("place_job", "成都双流 分拣", {"job": ["sorter"], "place": ["510116"]}),
    ("place_job", "银川厨师", {"job": ["cook"], "place": ["6401"]}),
    ("place_job", "宝鸡普工", {"job": ["factory_worker"], "subs": ["food_packer"], "place": ["6103"]}),
    ("place_job", "遵义护士", {"job": ["nurse"], "place": ["5203"]}),
    ("place_job", "玛纳斯 拾花工", {"job": ["cotton_picker"], "place": ["652324"]}),
    ("place_job", "神木 煤矿", {"job": ["coal_miner", "mine_electrician"], "place": ["610881"]}),
    ("place_job", "未央区 快递", {"job": ["courier"], "subs": ["sorter"], "place": ["610112"]}),
    ("combination", "西安 服务员 包吃住", {"job": ["waiter"], "place": ["6101"], "conds": [["perk", R]]}),
    ("combination", "兰州 电焊工 8000以上", {"job": ["welder"], "place": ["6201"], "conds": [["pay_min", 8000]]}),
    ("combination", "乌鲁木齐 日结 小工", {"job": ["site_labourer"], "place": ["6501"], "conds": [["pay_cycle", D]]}),
    ("combination", "保安 退役军人 西安", {"job": ["security_guard"], "place": ["6101"], "conds": [["group", "veteran"]], "answerable": False, "note": "check.py: no vacancy graded >= 2 (no Xi'an security job welcomes veterans in the ground truth); set after check"}),
    ("combination", "会计 双休 五险一金", {"job": ["accountant"], "conds": [["perk", "weekends_off"], ["perk", "social_insurance_housing_fund"]]}),
    ("combination", "成都 普工 包住", {"job": ["factory_worker"], "subs": ["food_packer"], "place": ["5101"], "conds": [["perk", "housing"]]}),
    ("combination", "喀什 导游 大专", {"job": ["tour_guide"], "subs": ["scenic_guide"], "place": ["6531"], "conds": [["edu", "associate"]]}),
    ("combination", "叉车司机 有宿舍 月薪5000以上", {"job": ["forklift_op"], "conds": [["perk", "housing"], ["pay_min", 5000]]}),
    ("combination", "雁塔区 兼职服务员", {"job": ["waiter"], "place": ["610113"], "conds": [["type", "part_time"]], "answerable": False, "note": "check.py: no part-time waiter in or next to 雁塔区; set after check"}),
    ("combination", "宁夏 摘枸杞 包吃住", {"job": ["fruit_picker"], "place": ["64"], "conds": [["perk", R]]}),
    ("combination", "货车司机 A2 月薪一万", {"job": ["truck_driver"], "conds": [["pay_min", 10000]]}),
    ("combination", "遵义 幼师 应届生", {"job": ["preschool_teacher"], "place": ["5203"], "conds": [["group", "graduate"]]}),
    ("combination", "文员 不要经验 西安", {"job": ["office_clerk"], "place": ["6101"], "conds": [["no_exp"]]}),
    ("combination", "阿克苏 摘棉花 管吃住", {"job": ["cotton_picker"], "place": ["6529"], "conds": [["perk", R]]}),
    ("pinyin_typo", "baoan", {"job": ["security_guard"]}),
    ("pinyin_typo", "kuaidiyuan", {"job": ["courier"], "subs": ["delivery_rider"]}),
    ("pinyin_typo", "dhg", {"job": ["welder"]}),
    ("pinyin_typo", "服务圆", {"job": ["waiter"]}),
    ("pinyin_typo", "貨車司機", {"job": ["truck_driver"]}),
    ("pinyin_typo", "lamianshifu", {"job": ["noodle_chef"]}),
    ("pinyin_typo", "挖掘司机", {"job": ["excavator_op"]}),
    ("pinyin_typo", "yuesao", {"job": ["maternity_nurse"], "subs": ["nanny"]}),
    ("pinyin_typo", "銀川 廚師", {"job": ["cook"], "place": ["6401"]}),
    ("no_answer", "飞行员", {"job": [], "note": "no pilot kind in this world", "answerable": False}),
    ("no_answer", "深圳 普工", {"job": ["factory_worker"], "place": ["4403"], "note": "place outside this world", "answerable": False}),
    ("no_answer", "高薪 轻松", {"ignored": ["高薪", "轻松"], "note": "only unverifiable words", "answerable": False}),
    ("no_answer", "程序员", {"job": [], "note": "no software developer vacancy", "answerable": False}),
    ("no_answer", "拉萨 导游", {"job": ["tour_guide"], "place": ["5401"], "note": "place outside this world", "answerable": False}),
    ("no_answer", "远洋海员", {"job": [], "note": "no seafarer vacancy", "answerable": False}),
]


def main() -> None:
    out = Path(__file__).resolve().parent / "queries.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, (cat, text, intent) in enumerate(Q, 1):
            intent = {**intent}
            intent.setdefault("answerable", True)
            fh.write(json.dumps({"id": f"q{i:03d}", "category": cat, "q": text, "intent": intent}, ensure_ascii=False) + "\n")
    print(len(Q), "queries")


if __name__ == "__main__":
    main()
