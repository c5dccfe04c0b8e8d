"""Round 6 (helper sq4u): a supplement for the kinds of failure issue 14's round 6 names: sibling
titles, driving-licence classes, welcomed-group phrasings, conversational and product-factory
queries, pay cycle against daily wages, place nicknames and zones, look-alike job words.

    python3 bench/relevance_dev/build_sq4u.py

Written, with its grades (RULES.md, "Round 6 addendum"), before any run of the round-6 code.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
FIRST_ID = 40001  # 30001+ are build_sq4r.py's

DESC = {
    "rider": "负责外卖订单的取餐和配送，电动车公司提供，多劳多得。",
    "courier": "负责片区快递的收件和派件，熟悉周边道路。",
    "warehouse": "负责仓库货物的出入库登记、盘点和账目核对。",
    "kitchen_helper": "负责后厨的备菜、切配和打荷，协助厨师出餐。",
    "rehab": "为患者制定康复训练计划，进行运动治疗和作业治疗。",
    "designer": "负责海报、宣传册和电商详情页的设计制作，熟练使用PS、AI。",
    "nanny": "照顾产妇和新生儿的日常起居，负责宝宝洗澡、抚触和喂养。",
    "elevator_repair": "负责电梯的日常维护保养、故障排除和安装调试，持特种设备作业证。",
    "customer_service": "接听客户来电，解答咨询，处理投诉，记录工单。",
    "mover": "负责货物的装车、卸车和搬运码放，多劳多得。",
    "forklift": "驾驶叉车完成仓库货物的装卸和转运，需持叉车证。",
    "cook": "负责后厨炒菜出餐，会做家常菜，能独立掌勺。",
    "truck_driver": "驾驶半挂牵引车跑长途干线运输，需A2驾照，有经验优先。",
    "bus_driver": "驾驶大客车或公交车，按线路接送乘客，需A1或A3驾照。",
    "car_driver": "驾驶公司小车接送领导和客户，需C1驾照，三年以上驾龄。",
    "electrician": "负责厂区配电和照明线路的安装维修，需持电工证（低压电工作业证）。",
    "welder": "负责钢结构件的焊接，需持焊工证，会二保焊、氩弧焊。",
    "general_worker": "流水线操作，按作业指导书完成组装和检验，无需经验，有人带。",
    "security": "负责小区门岗值守、巡逻和来访登记。",
    "factory_guard": "负责厂区大门值守、车辆登记和夜间巡逻。",
    "cleaner": "负责办公楼和公共区域的清洁卫生。",
    "programmer": "负责公司业务系统的开发和维护，熟悉Java或Python。",
    "sales": "负责门店商品的导购和销售，为顾客介绍产品，完成销售目标。",
    "tour_guide": "带领旅游团游览景点，讲解景点历史文化，安排行程。",
    "purchaser": "负责原材料的询价、比价和采购，跟进供应商交货。",
    "exhibition": "负责展会的策划、招商和现场执行。",
    "accountant": "负责公司日常账务处理、凭证录入和纳税申报。",
    "caregiver": "照顾住院病人的日常生活，协助翻身、喂饭和清洁。",
    "greening_worker": "负责小区和道路绿化带的浇水、修剪和病虫害防治。",
    "forest_ranger": "负责林区的日常巡护和防火检查。",
    "pipe_fitter": "负责厂区工艺管道的安装、焊接和试压。",
}
# (kind, title, occupation code, place, facts, extra description sentence)
P = []


def add(kind: str, titles: list[str], code: str, places: list[str], facts: list[str] | None = None,
        extra: str = "", groups: list[str] | None = None) -> None:
    for n, title in enumerate(titles):
        P.append((kind, title, code, places[n % len(places)], facts or [], extra, groups or []))


# 1. sibling titles: postings titled only with the kind's other everyday titles
add("rider", ["送餐员", "配送骑手", "美团骑手", "饿了么骑手", "外卖员"], "4-02-07", ["441900", "420111"])
add("courier", ["收派员", "快递收派员", "快递派件员"], "4-02-07", ["441900", "420111"])
add("warehouse", ["库管员", "仓储管理员", "仓库文员"], "4-02-06", ["441900", "440306"])
add("kitchen_helper", ["打荷", "切配工", "厨工", "厨房帮工"], "4-03-01", ["441900", "440106"])
add("rehab", ["康复治疗师", "康复技师", "PT治疗师", "OT治疗师"], "2-05-07", ["420102", "440305"])
add("designer", ["平面设计师", "视觉设计师", "广告设计", "美工"], "4-08-08", ["440305", "330108"])
add("nanny", ["母婴护理师", "育婴师", "母婴护理员"], "4-10-01", ["420102", "440106"])
add("elevator_repair", ["电梯维保工", "电梯保养工", "电梯安装工"], "6-29-03", ["441900", "420111"])
add("customer_service", ["话务员", "呼叫中心坐席"], "4-04", ["420111", "420115"])
add("mover", ["力工", "装卸搬运工"], "4-02-06", ["441900"])
add("forklift", ["铲车司机"], "4-02-06", ["441900"])
add("cook", ["掌勺师傅", "炒锅"], "4-03-01", ["440106"])
# 2. licence classes name the vehicle (and 叉车证/电工证/焊工证 the trade)
add("truck_driver", ["牵引车司机", "半挂车司机", "重卡司机"], "4-02-02", ["441900", "420111"])
add("bus_driver", ["大客车司机", "公交车司机", "客车司机"], "4-02-02", ["441900", "420111"])
add("car_driver", ["行政司机", "小车司机"], "4-02-02", ["441900", "420111"])
add("electrician", ["电工"], "6-31-01", ["441900"])
add("welder", ["焊工"], "6-18-02", ["441900"])
# 3. welcomed groups said in the form or in words
add("general_worker", ["普工", "操作工"], "6-99", ["441900", "420111"], ["migrant_worker"],
    "欢迎返乡人员、农民工朋友报名。", ["migrant_worker"])
add("security", ["保安员"], "4-07-05", ["441900", "420111"], ["veteran"], "退役军人优先。", ["veteran"])
add("cleaner", ["保洁员"], "4-09", ["441900", "420111"], ["poverty_registered"], "欢迎脱贫劳动力。",
    ["poverty_registered"])
add("customer_service", ["电话客服"], "4-04", ["420111"], ["disabled"], "本岗位适合残疾人，欢迎残障人士报名。",
    ["disabled"])
# 4. product factories: line work in factories of every kind
add("general_worker", ["玩具厂普工", "灯饰厂装配工", "家具厂普工", "鞋厂操作工", "电池厂普工", "纺织厂挡车工",
                       "食品厂包装工", "印刷厂普工"], "6-99", ["441900", "442000"], ["social_insurance"],
    "缴纳五险。", [])
add("factory_guard", ["玩具厂保安", "灯饰厂门卫"], "4-07-05", ["441900", "442000"])
# 5. pay cycle vs a daily wage
add("mover", ["搬运工"], "4-02-06", ["441900"], ["weekly_pay"], "日薪300，工资周结。")
add("mover", ["搬运工"], "4-02-06", ["441900"], ["monthly_pay"], "一天280，工资月结，不日结。")
add("mover", ["装卸工"], "4-02-06", ["441900"], ["daily_pay"], "干一天结一天，当天结算。")
add("mover", ["搬运工"], "4-02-06", ["441900"], [], "日薪260，按出勤天数计薪。")
# 6. zones
add("customer_service", ["客服专员"], "4-04", ["420111", "420115", "420106"])
add("programmer", ["Java开发工程师"], "2-02-10", ["110108", "110105", "310115", "310104", "440305", "440304",
                                               "330108", "330106"])
add("sales", ["电子产品销售"], "4-01-02", ["440304", "440305"])
add("general_worker", ["普工"], "6-99", ["320506", "320583", "420113"])
# 7. look-alike jobs
add("tour_guide", ["导游", "地接导游"], "4-07", ["441900", "420111"])
add("purchaser", ["采购员", "采购专员"], "4-01-01", ["441900", "420111"])
add("exhibition", ["会展策划", "会展专员"], "4-07", ["441900", "420111"])
add("greening_worker", ["绿化养护工", "养护工"], "4-09", ["441900", "420111"])
add("forest_ranger", ["护林员"], "5-02", ["420111"])
add("pipe_fitter", ["管工", "管道工"], "6-29-03", ["441900"])
add("warehouse", ["仓储专员"], "4-02-06", ["441900"])
add("sales", ["门店导购"], "4-01-02", ["441900"])
add("accountant", ["会计"], "2-06-01", ["441900"])
add("caregiver", ["护工"], "4-14-01", ["420111"])

# (category, q, kinds, place, conds, soft)
Q = [
    ("sibling_title", "外卖员", ["rider"], None, [], []), ("sibling_title", "送餐员", ["rider"], None, [], []),
    ("sibling_title", "外卖骑手", ["rider"], None, [], []), ("sibling_title", "收派员", ["courier"], None, [], []),
    ("sibling_title", "快递派送员", ["courier"], None, [], []),
    ("sibling_title", "仓库管理员", ["warehouse"], None, [], []), ("sibling_title", "库管", ["warehouse"], None, [], []),
    ("sibling_title", "厨房帮工", ["kitchen_helper"], None, [], []), ("sibling_title", "切配", ["kitchen_helper"], None, [], []),
    ("sibling_title", "康复治疗师", ["rehab"], None, [], []), ("sibling_title", "康复技师", ["rehab"], None, [], []),
    ("sibling_title", "平面设计", ["designer"], None, [], []), ("sibling_title", "美工", ["designer"], None, [], []),
    ("sibling_title", "视觉设计", ["designer"], None, [], []),
    ("sibling_title", "母婴护理", ["nanny"], None, [], []), ("sibling_title", "育婴师", ["nanny"], None, [], []),
    ("sibling_title", "电梯维保", ["elevator_repair"], None, [], []),
    ("sibling_title", "电梯安装工", ["elevator_repair"], None, [], []),
    ("sibling_title", "话务员", ["customer_service"], None, [], []), ("sibling_title", "力工", ["mover"], None, [], []),
    ("sibling_title", "铲车司机", ["forklift"], None, [], []), ("sibling_title", "掌勺", ["cook"], None, [], []),
    ("licence", "货车司机 A2", ["truck_driver"], None, [], []), ("licence", "A2司机", ["truck_driver"], None, [], []),
    ("licence", "B2驾照", ["truck_driver"], None, [], []), ("licence", "C1 司机", ["car_driver", "ride_hailing"], None, [], []),
    ("licence", "C1驾照 东莞", ["car_driver", "ride_hailing"], "441900", [], []),
    ("licence", "A1司机", ["bus_driver"], None, [], []), ("licence", "A1驾照", ["bus_driver"], None, [], []),
    ("licence", "有叉车证", ["forklift"], None, [], []), ("licence", "电工证", ["electrician"], None, [], []),
    ("licence", "焊工证 东莞", ["welder"], "441900", [], []),
    ("group_phrase", "返乡就业 普工", ["general_worker"], None, [], ["migrant_worker"]),
    ("group_phrase", "回乡 普工", ["general_worker"], None, [], ["migrant_worker"]),
    ("group_phrase", "外出务工 普工", ["general_worker"], None, [], ["migrant_worker"]),
    ("group_phrase", "转业军人 保安", ["security"], None, [], ["veteran"]),
    ("group_phrase", "退役 保安", ["security"], None, [], ["veteran"]),
    ("group_phrase", "低保户 保洁", ["cleaner"], None, [], ["poverty_registered"]),
    ("group_phrase", "建档立卡户 保洁", ["cleaner"], None, [], ["poverty_registered"]),
    ("group_phrase", "残障人士 客服", ["customer_service"], None, [], ["disabled"]),
    ("group_phrase", "4050 保洁", ["cleaner"], None, [], []), ("group_phrase", "大龄 保安", ["security"], None, [], []),
    ("group_phrase", "宝妈 客服", ["customer_service"], None, [], []),
    ("group_phrase", "大学生 客服", ["customer_service"], None, [], []),
    ("conversational", "我在东莞想找个离家近的厂", ["general_worker", "sewer", "cnc", "packer"], "441900", [], []),
    ("conversational", "东莞有没有厂招人", ["general_worker", "sewer", "cnc", "packer"], "441900", [], []),
    ("conversational", "东莞招叉车司机有五险吗", ["forklift"], "441900", [], ["social_insurance"]),
    ("conversational", "中山灯饰厂", ["general_worker", "sewer", "cnc", "packer"], "442000", [], []),
    ("conversational", "东莞 玩具厂", ["general_worker", "sewer", "cnc", "packer"], "441900", [], []),
    ("conversational", "家具厂招工", ["general_worker", "sewer", "cnc", "packer"], None, [], []),
    ("conversational", "纺织厂", ["general_worker", "sewer", "cnc", "packer"], None, [], []),
    ("conversational", "电池厂 包吃住", ["general_worker", "sewer", "cnc", "packer"], None, [], ["room_and_board"]),
    ("conversational", "想进印刷厂", ["general_worker", "sewer", "cnc", "packer"], None, [], []),
    ("pay_cycle", "日结 搬运工", ["mover"], None, ["daily_pay"], []),
    ("pay_cycle", "搬运工日结", ["mover"], None, ["daily_pay"], []),
    ("pay_cycle", "东莞 日结 装卸", ["mover"], "441900", ["daily_pay"], []),
    ("pay_cycle", "日薪300 搬运工", ["mover"], None, ["pay6600"], []),
    ("zone", "光谷 客服", ["customer_service"], "4201", [], ["region:420111", "region:420115"]),
    ("zone", "中关村 程序员", ["programmer"], "1101", [], ["region:110108"]),
    ("zone", "张江 程序员", ["programmer"], "3101", [], ["region:310115"]),
    ("zone", "南山科技园 程序员", ["programmer"], "4403", [], ["region:440305"]),
    ("zone", "华强北 销售", ["sales"], "4403", [], ["region:440304"]),
    ("zone", "杭州滨江 程序员", ["programmer"], "3301", [], ["region:330108"]),
    ("zone", "苏州园区 普工", ["general_worker"], "3205", [], []),
    ("zone", "高新区 普工", ["general_worker"], None, [], []),
    ("zone", "武汉经开区 普工", ["general_worker"], "4201", [], []),
    ("zone", "洪山区 客服", ["customer_service"], "420111", [], []),
    ("zone", "武汉市 客服", ["customer_service"], "4201", [], []),
    ("lookalike", "导购", ["sales"], None, [], []), ("lookalike", "导游", ["tour_guide"], None, [], []),
    ("lookalike", "采购", ["purchaser"], None, [], []), ("lookalike", "会计", ["accountant"], None, [], []),
    ("lookalike", "会展", ["exhibition"], None, [], []), ("lookalike", "护工", ["caregiver"], None, [], []),
    ("lookalike", "养护工", ["greening_worker"], None, [], []), ("lookalike", "仓管", ["warehouse"], None, [], []),
    ("lookalike", "管工", ["pipe_fitter"], None, [], []), ("lookalike", "护林员", ["forest_ranger"], None, [], []),
]


def main() -> None:
    rows = []
    for n, (kind, title, code, place, facts, extra, groups) in enumerate(P):
        rows.append({"id": FIRST_ID + n, "kind": kind, "facts": facts, "employer_id": 901 + n,
                     "employer_name": f"鸿运发展有限公司{901 + n}", "title": title,
                     "description": DESC[kind] + extra + "工作认真负责。", "region_code": place,
                     "occupation_code": code, "education_min": "none", "experience_min_years": 0,
                     "employment_type": "full_time",
                     "benefits": ["social_insurance"] if "social_insurance" in facts else [],
                     "welcomed_groups": groups, "headcount": 2, "salary_min": 5000, "salary_max": 8000,
                     "days_ago": 1 + n % 9})
    (HERE / "vacancies_sq4u.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    qs = [{"id": f"u{n + 1:02d}", "category": cat, "q": q, "kinds": kinds, "place": place, "conds": conds,
           "soft": soft, "title": None} for n, (cat, q, kinds, place, conds, soft) in enumerate(Q)]
    (HERE / "queries_sq4u.json").write_text(json.dumps(qs, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
