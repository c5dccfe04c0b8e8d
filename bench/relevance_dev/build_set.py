"""Generate the development relevance set (RULES.md): vacancies.jsonl and queries.json.

    python3 bench/relevance_dev/build_set.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20261128

# kind: (small group, middle group, neighbour code, titles, duty sentences)
KINDS: dict[str, tuple[str, str, str, list[str], list[str]]] = {
    "general_worker": ("6-99", "6-99", "6-25", ["普工", "操作工", "流水线工人", "急招普工包吃住", "生产普工",
                       "车间操作工", "长白班普工", "电子厂普工", "包装工"],
                       ["负责流水线上产品的组装、检查和包装", "按作业指导书完成生产操作，服从车间安排"]),
    "security": ("4-07-05", "4-07", "4-06-01", ["保安", "保安员", "小区保安", "商场保安", "门岗保安", "夜班保安",
                 "安保队员"], ["负责门岗值守、来访登记和日常巡逻", "维护园区秩序，做好消防巡查"]),
    "cleaner": ("4-09-07", "4-09", "4-06-01", ["保洁", "保洁员", "保洁阿姨", "写字楼保洁", "清洁工", "商场保洁"],
                ["负责楼层公共区域的清洁卫生", "打扫办公区、卫生间，倒垃圾"]),
    "cook": ("4-03-02", "4-03", "4-03-01", ["厨师", "中餐厨师", "炒锅师傅", "川菜厨师", "食堂厨师", "大厨"],
             ["负责炒菜、出菜，保证菜品口味", "负责员工食堂一日三餐的烹饪"]),
    "kitchen_helper": ("4-03-02", "4-03", "4-03-01", ["洗碗工", "帮厨", "厨房杂工", "后厨帮工"],
                       ["负责洗碗、洗菜、切配和厨房卫生", "协助厨师备菜，清洗餐具"]),
    "waiter": ("4-03-02", "4-03", "4-03-01", ["服务员", "餐厅服务员", "传菜员", "前厅服务员"],
               ["负责点单、上菜和餐桌整理", "热情接待顾客，传菜收台"]),
    "courier": ("4-02-07", "4-02", "4-02-06", ["快递员", "快递派送员", "快递小哥", "同城配送员", "派件员"],
                ["负责片区内快递包裹的派送和揽收", "按时将包裹送到客户手中"]),
    "rider": ("4-02-07", "4-02", "4-02-02", ["外卖骑手", "骑手", "外卖配送员", "美团专送骑手"],
              ["负责外卖订单的取餐和配送", "骑电动车配送餐品，多劳多得"]),
    "sorter": ("4-02-07", "4-02", "4-02-06", ["分拣员", "快递分拣员", "仓库分拣", "分拣打包员"],
               ["负责快递包裹的分拣、扫描和装袋", "在分拨中心按地址分拣货物"]),
    "warehouse": ("4-02-06", "4-02", "4-02-05", ["仓管员", "仓库管理员", "仓库保管员", "库管"],
                  ["负责货物出入库登记、盘点和账目管理", "管理仓库物料，做好收发存记录"]),
    "forklift": ("4-02-05", "4-02", "4-02-06", ["叉车工", "叉车司机", "仓库叉车工", "持证叉车工"],
                 ["持叉车证，负责仓库货物的装卸和搬运", "驾驶叉车完成货物上架"]),
    "truck_driver": ("4-02-02", "4-02", "4-02-05", ["货车司机", "大车司机", "重型货车司机", "A2司机", "物流司机"],
                     ["驾驶重型货车跑长途干线运输", "持A2驾照，负责公司货物运输"]),
    "car_driver": ("4-02-02", "4-02", "4-01-02", ["司机", "小车司机", "商务司机", "驾驶员", "公司司机"],
                   ["负责公司领导日常用车的接送", "驾驶公司小车，保持车辆整洁"]),
    "welder": ("6-18-02", "6-18", "6-20", ["电焊工", "焊工", "二保焊工", "氩弧焊工", "【急聘】电焊工（长白班）"],
               ["负责钢结构件的焊接", "熟练二保焊、氩弧焊，能看懂图纸"]),
    "electrician": ("6-31-01", "6-31", "6-29-03", ["电工", "维修电工", "物业电工", "低压电工", "水电工"],
                    ["持电工证，负责厂区设备线路的维护", "负责小区水电维修和巡检"]),
    "cashier": ("4-01-02", "4-01", "4-03-02", ["收银员", "超市收银员", "前台收银", "收银理货员"],
                ["负责超市收银、唱收唱付", "负责门店收银和对账"]),
    "sales": ("4-01-02", "4-01", "2-06-07", ["销售代表", "导购员", "销售顾问", "门店导购", "电话销售"],
              ["负责门店商品的介绍和销售", "开发客户，完成销售任务"]),
    "streamer": ("4-01-02", "4-01", "4-13", ["带货主播", "直播带货主播", "电商主播", "抖音主播"],
                 ["负责直播间带货，讲解商品卖点", "每天直播四到六小时，介绍产品"]),
    "customer_service": ("4-04-05", "4-04", "4-01-02", ["客服", "客服专员", "电话客服", "在线客服"],
                         ["负责接听客户来电，解答咨询", "在线回复客户问题，处理售后"]),
    "nanny": ("4-10-01", "4-10", "4-14-01", ["保姆", "住家保姆", "育儿嫂", "月嫂", "家政服务员"],
              ["负责照顾宝宝的饮食起居", "做饭、打扫家务，照看小孩"]),
    "caregiver": ("4-14-01", "4-14", "4-10-01", ["护工", "养老护理员", "医院护工", "陪护"],
                  ["负责照顾老人的日常生活起居", "在医院陪护病人，协助翻身喂饭"]),
    "hairdresser": ("4-10-04", "4-10", "4-10-01", ["美发师", "理发师", "发型师", "美发助理"],
                    ["负责为顾客剪发、烫染", "给顾客洗头、剪头发，维护熟客"]),
    "carpenter": ("6-29-04", "6-29", "6-29-01", ["木工", "装修木工", "木工师傅", "建筑木工"],
                  ["负责装修工程的木工活，吊顶、做柜子", "负责建筑工地模板支护"]),
    "tiler": ("6-29-04", "6-29", "6-29-01", ["瓦工", "泥瓦工", "贴砖师傅", "瓷砖工"],
              ["负责室内墙地砖的铺贴", "贴瓷砖、砌墙、找平"]),
    "painter": ("6-29-04", "6-29", "6-29-01", ["油漆工", "刷漆工", "墙面油漆工"],
                ["负责墙面刷漆、打磨和修补", "负责室内乳胶漆施工"]),
    "teacher": ("2-08-04", "2-08", "2-08-03", ["幼师", "幼儿园老师", "幼儿教师", "幼儿园配班老师"],
                ["负责幼儿园班级的保教工作", "组织小朋友开展教学游戏活动"]),
    "accountant": ("2-06-03", "2-06", "3-01", ["会计", "出纳", "财务会计", "总账会计"],
                   ["负责公司日常账务处理和报税", "负责做账、编制财务报表"]),
    "programmer": ("2-02-10", "2-02", "4-04-05", ["Java开发工程师", "程序员", "前端开发工程师", "软件工程师"],
                   ["负责公司业务系统的开发和维护", "编写代码，参与需求分析和测试"]),
    "mover": ("4-02-05", "4-02", "4-02-06", ["搬运工", "装卸工", "仓库搬运工", "物流装卸工"],
              ["负责货物的装车、卸车和搬运", "在物流园装卸货物，按件计酬"]),
    "room_attendant": ("4-03-01", "4-03", "4-09", ["客房服务员", "酒店客房保洁", "客房阿姨", "酒店服务员"],
                       ["负责酒店客房的清扫和布草更换", "打扫客房，整理床铺"]),
    "sewer": ("6-05-01", "6-05", "6-99", ["缝纫工", "车工", "平车工", "服装车工"],
              ["负责服装缝制，会平车", "熟练操作缝纫机，按件计酬"]),
    "cnc": ("6-18-01", "6-18", "6-20", ["CNC操作工", "数控车床工", "CNC技术员", "数控操机员"],
            ["负责数控机床的上下料和操作", "会调机，能看懂图纸，负责CNC加工"]),
}
RELATED = [{"cook", "kitchen_helper"}, {"courier", "rider", "sorter"}, {"truck_driver", "car_driver"},
           {"cleaner", "room_attendant"}, {"nanny", "caregiver"}, {"warehouse", "forklift", "sorter", "mover"},
           {"general_worker", "sewer", "cnc"}, {"carpenter", "tiler", "painter"}, {"cashier", "sales"},
           {"waiter", "kitchen_helper"}]
PAY = {"general_worker": (4500, 8000), "security": (3500, 5500), "cleaner": (3000, 4500), "cook": (5000, 10000),
       "kitchen_helper": (3500, 5000), "waiter": (3800, 5500), "courier": (6000, 11000), "rider": (6000, 12000),
       "sorter": (4500, 7000), "warehouse": (4500, 7000), "forklift": (5500, 8000),
       "truck_driver": (9000, 16000), "car_driver": (6000, 9000), "welder": (7000, 12000),
       "electrician": (6000, 10000), "cashier": (3500, 5000), "sales": (4000, 12000),
       "streamer": (6000, 20000), "customer_service": (4000, 6500), "nanny": (6000, 12000),
       "caregiver": (4500, 7000), "hairdresser": (5000, 12000), "carpenter": (8000, 14000),
       "tiler": (8000, 15000), "painter": (7000, 12000), "teacher": (4000, 6500),
       "accountant": (5000, 9000), "programmer": (10000, 25000), "mover": (5000, 9000),
       "room_attendant": (3500, 5000), "sewer": (6000, 10000), "cnc": (6000, 9500)}
PLACES = ["441900", "441900", "441900", "442000", "442000", "440305", "440306", "440307", "440111",
          "440106", "420102", "420111", "510107", "410105", "320583", "330109", "440605"]
FIRMS = ["宏达", "鑫源", "恒泰", "华美", "永盛", "新世纪", "金鹏", "顺发", "博远", "立信", "众诚", "安达"]
TRADES = ["电子有限公司", "物业管理有限公司", "餐饮管理有限公司", "物流有限公司", "家政服务有限公司",
          "人力资源有限公司", "实业有限公司", "建筑装饰工程有限公司", "商贸有限公司", "科技有限公司"]

# condition -> (share of postings, form-field setter, description phrases, decoy phrases)
SAYS = {
    "room_and_board": (["包吃住", "公司包吃包住", "提供免费食宿", "免费提供住宿和工作餐"], ["吃住自理", "不包吃住"]),
    "housing": (["包住", "提供员工宿舍", "免费住宿"], ["不包住", "住宿自理"]),
    "meals": (["包吃", "提供工作餐", "免费三餐"], ["不包吃", "吃饭自理"]),
    "insurance": (["五险一金", "入职缴纳五险一金", "购买五险一金", "缴纳社保和公积金"], ["本岗位不缴纳五险一金"]),
    "weekends_off": (["双休", "周末双休", "做五休二"], ["单休", "不是双休"]),
    "daily_pay": (["工资日结", "日结", "当天结算工资", "干一天结一天"], ["工资月结，不日结", "非日结"]),
    "veteran": (["退役军人优先", "欢迎退伍军人"], []),
}


def pick_code(rng: random.Random, kind: str) -> str:
    small, middle, near, _, _ = KINDS[kind]
    r = rng.random()
    return small if r < 0.6 else middle if r < 0.85 else near


def vacancy(rng: random.Random, vid: int, employer: dict) -> dict:
    kind = rng.choice(employer["kinds"])
    _, _, _, titles, duties = KINDS[kind]
    title = rng.choice(titles)
    facts: set[str] = set()
    benefits: list[str] = []
    text: list[str] = [rng.choice(duties) + "。"]
    etype = "full_time"
    groups: list[str] = []
    # lodging
    r = rng.random()
    lodging = "room_and_board" if r < 0.25 else "housing" if r < 0.35 else "meals" if r < 0.45 else None
    wanted = [c for c, share in (("insurance", 0.35), ("weekends_off", 0.25), ("daily_pay", 0.15),
                                 ("veteran", 0.08)) if rng.random() < share]
    if lodging:
        wanted.append(lodging)
    for cond in wanted:
        facts.add(cond)
        where = rng.random()  # form 35%, description 50%, both 15%
        in_form, in_text = where < 0.5, where >= 0.35
        if cond == "daily_pay":
            if in_form:
                etype = "temporary"
            if in_text or not in_form:
                text.append(rng.choice(SAYS[cond][0]) + "。")
            continue
        if cond == "veteran":
            if in_form:
                groups.append("veteran")
            if in_text:
                text.append(rng.choice(SAYS[cond][0]) + "。")
            continue
        form_code = {"insurance": "social_insurance_housing_fund"}.get(cond, cond)
        if in_form:
            benefits.append(form_code)
        if in_text:
            text.append(rng.choice(SAYS[cond][0]) + "。")
    for cond, (_, decoys) in SAYS.items():
        if cond not in facts and decoys and rng.random() < 0.06:
            if cond in ("room_and_board", "housing", "meals") and lodging:
                continue
            text.append(rng.choice(decoys) + "。")
    if rng.random() < 0.12 and "daily_pay" not in facts:
        facts.add("part_time")
        if rng.random() < 0.7:
            etype = "part_time"
        else:
            title = "兼职" + title
        if rng.random() < 0.5:
            facts.add("weekend")
            text.append(rng.choice(["只需周末上班。", "周六周日上班。", "周末两天即可。"]))
        else:
            text.append("每天工作4小时，时间灵活。")
    edu_none = rng.random() < 0.5
    education = "none" if edu_none else rng.choice(["junior_middle", "senior_high", "associate"])
    if kind in ("programmer", "accountant", "teacher") and not edu_none:
        education = rng.choice(["associate", "bachelor"])
    if edu_none:
        facts.add("no_education")
        if rng.random() < 0.5:
            text.append(rng.choice(["学历不限。", "不限学历，肯吃苦即可。"]))
    lo, hi = PAY[kind]
    if rng.random() < 0.1:
        salary = (None, None)
        text.append("薪资面议。")
    else:
        a = rng.randrange(lo, hi, 500)
        salary = (a, a + rng.choice([1000, 2000, 3000]))
        if rng.random() < 0.3:
            text.append(f"综合月薪{salary[0]}-{salary[1]}元。")
    if rng.random() < 0.4:
        text.append(rng.choice(["吃苦耐劳，服从安排。", "有相关经验者优先。", "年龄18-50岁，身体健康。"]))
    return {"id": vid, "kind": kind, "facts": sorted(facts), "employer_id": employer["id"],
            "employer_name": employer["name"], "title": title, "description": "".join(text),
            "region_code": employer["region"], "occupation_code": pick_code(rng, kind),
            "education_min": education, "experience_min_years": rng.choice([0, 0, 0, 1, 2]),
            "employment_type": etype, "benefits": sorted(set(benefits)), "welcomed_groups": groups,
            "headcount": rng.choice([1, 2, 3, 5, 10, 20]), "salary_min": salary[0], "salary_max": salary[1],
            "days_ago": rng.randrange(0, 40)}


def build_vacancies(rng: random.Random) -> list[dict]:
    kinds = sorted(KINDS)
    employers = []
    for eid in range(1, 121):
        place = rng.choice(PLACES)
        employers.append({"id": eid, "region": place,
                          "name": f"{rng.choice(FIRMS)}{rng.choice(TRADES)}{eid}",
                          "kinds": rng.sample(kinds, rng.choice([1, 2, 3]))})
    rows = []
    for vid in range(1, 721):
        rows.append(vacancy(rng, vid, rng.choice(employers)))
    return rows


def queries(rows: list[dict], rng: random.Random) -> list[dict]:
    out: list[dict] = []

    def add(cat: str, q: str, kinds=(), place=None, conds=(), title=None) -> None:
        out.append({"id": f"d{len(out) + 1:03d}", "category": cat, "q": q, "kinds": list(kinds),
                    "place": place, "conds": list(conds), "title": title})

    for q, conds in [("日结", ["daily_pay"]), ("工资日结", ["daily_pay"]), ("日结工", ["daily_pay"]),
                     ("当天结工资", ["daily_pay"]), ("包吃住", ["room_and_board"]), ("包住", ["housing"]),
                     ("有宿舍", ["housing"]), ("提供住宿", ["housing"]), ("五险一金", ["insurance"]),
                     ("有五险一金的工作", ["insurance"]), ("交社保公积金", ["insurance"]),
                     ("月薪8000以上", ["pay8000"]), ("8k以上", ["pay8000"]), ("月入过万", ["pay10000"]),
                     ("工资一万以上", ["pay10000"]), ("6000以上", ["pay6000"]), ("不限学历", ["no_education"]),
                     ("学历不限", ["no_education"]), ("没学历也能做", ["no_education"]),
                     ("周末兼职", ["part_time", "weekend"]), ("兼职", ["part_time"]), ("找兼职", ["part_time"]),
                     ("双休", ["weekends_off"]), ("周末双休的工作", ["weekends_off"]),
                     ("退伍军人", ["veteran"]), ("包吃住 日结", ["room_and_board", "daily_pay"]),
                     ("五险一金 双休", ["insurance", "weekends_off"]), ("包吃包住", ["room_and_board"])]:
        add("condition", q, conds=conds)
    for q, kinds, conds in [
            ("保安 包住", ["security"], ["housing"]), ("普工 日结", ["general_worker"], ["daily_pay"]),
            ("普工 月入过万", ["general_worker"], ["pay10000"]), ("司机 五险一金", ["car_driver", "truck_driver"], ["insurance"]),
            ("厨师 包吃住", ["cook"], ["room_and_board"]), ("保洁 双休", ["cleaner"], ["weekends_off"]),
            ("快递员 8000以上", ["courier"], ["pay8000"]), ("服务员 兼职", ["waiter"], ["part_time"]),
            ("电工 五险一金", ["electrician"], ["insurance"]), ("焊工 包吃住", ["welder"], ["room_and_board"]),
            ("仓管 双休", ["warehouse"], ["weekends_off"]), ("客服 不限学历", ["customer_service"], ["no_education"]),
            ("外卖骑手 日结", ["rider"], ["daily_pay"]), ("搬运工 日结", ["mover"], ["daily_pay"]),
            ("收银员 周末兼职", ["cashier"], ["part_time", "weekend"]), ("护工 包住", ["caregiver"], ["housing"]),
            ("叉车工 6000以上", ["forklift"], ["pay6000"]), ("普工 包吃住", ["general_worker"], ["room_and_board"]),
            ("保安 五险一金", ["security"], ["insurance"]), ("洗碗工 包吃", ["kitchen_helper"], ["meals"]),
            ("货车司机 月薪一万以上", ["truck_driver"], ["pay10000"]), ("保姆 住家 包吃住", ["nanny"], ["room_and_board"]),
            ("分拣员 日结", ["sorter"], ["daily_pay"]), ("木工 日结", ["carpenter"], ["daily_pay"]),
            ("会计 双休 五险一金", ["accountant"], ["weekends_off", "insurance"]),
            ("车工 包住", ["sewer"], ["housing"]), ("CNC 包吃住", ["cnc"], ["room_and_board"]),
            ("幼师 五险一金", ["teacher"], ["insurance"]), ("服务员 包吃住", ["waiter"], ["room_and_board"]),
            ("保安 退伍军人", ["security"], ["veteran"])]:
        add("job_condition", q, kinds=kinds, conds=conds)
    for q, kinds, place in [
            ("东莞 普工", ["general_worker"], "4419"), ("武汉 厨师", ["cook"], "4201"),
            ("深圳南山 快递", ["courier"], "440305"), ("中山 保安", ["security"], "4420"),
            ("广州白云 服务员", ["waiter"], "440111"), ("成都 司机", ["car_driver", "truck_driver"], "5101"),
            ("昆山 普工", ["general_worker"], "320583"), ("武汉洪山 保洁", ["cleaner"], "420111"),
            ("郑州 仓管", ["warehouse"], "4101"), ("杭州萧山 电焊工", ["welder"], "330109"),
            ("深圳 外卖骑手", ["rider"], "4403"), ("东莞 电子厂", ["general_worker"], "4419"),
            ("佛山南海 叉车工", ["forklift"], "440605"), ("深圳宝安 CNC", ["cnc"], "440306"),
            ("广州天河 客服", ["customer_service"], "440106"), ("东莞 司机", ["car_driver", "truck_driver"], "4419"),
            ("中山 服务员", ["waiter"], "4420"), ("武汉 保姆", ["nanny"], "4201"), ("深圳龙岗 普工", ["general_worker"], "440307"),
            ("东莞 厨师", ["cook"], "4419"), ("广州 搬运工", ["mover"], "4401"), ("中山 车工", ["sewer"], "4420"),
            ("深圳 保洁", ["cleaner"], "4403"), ("武汉 快递员", ["courier"], "4201"), ("东莞市 保安", ["security"], "4419")]:
        add("place_job", q, kinds=kinds, place=place)
    for q, kinds, place, conds in [
            ("东莞 普工 包吃住 日结", ["general_worker"], "4419", ["room_and_board", "daily_pay"]),
            ("深圳 保安 退伍军人 包住", ["security"], "4403", ["veteran", "housing"]),
            ("武汉 厨师 五险一金", ["cook"], "4201", ["insurance"]),
            ("广州 服务员 兼职 不限学历", ["waiter"], "4401", ["part_time", "no_education"]),
            ("中山 普工 8000以上", ["general_worker"], "4420", ["pay8000"]),
            ("东莞 电焊工 包吃住 月入过万", ["welder"], "4419", ["room_and_board", "pay10000"]),
            ("深圳 快递员 日结", ["courier"], "4403", ["daily_pay"]),
            ("东莞 保洁 双休", ["cleaner"], "4419", ["weekends_off"]),
            ("武汉 司机 五险一金 双休", ["car_driver", "truck_driver"], "4201", ["insurance", "weekends_off"]),
            ("中山 保安 包吃住", ["security"], "4420", ["room_and_board"]),
            ("深圳南山 客服 五险一金", ["customer_service"], "440305", ["insurance"]),
            ("东莞 仓管 包住 6000以上", ["warehouse"], "4419", ["housing", "pay6000"]),
            ("广州 外卖骑手 日结", ["rider"], "4401", ["daily_pay"]),
            ("东莞 叉车 包吃住", ["forklift"], "4419", ["room_and_board"]),
            ("成都 服务员 包吃", ["waiter"], "5101", ["meals"]),
            ("武汉 搬运工 日结 包住", ["mover"], "4201", ["daily_pay", "housing"]),
            ("深圳 普工 周末兼职", ["general_worker"], "4403", ["part_time", "weekend"]),
            ("东莞 车工 包住 月入过万", ["sewer"], "4419", ["housing", "pay10000"]),
            ("郑州 保安 退伍", ["security"], "4101", ["veteran"]),
            ("中山 厨师 包吃住 五险一金", ["cook"], "4420", ["room_and_board", "insurance"])]:
        add("combination", q, kinds=kinds, place=place, conds=conds)
    for q, kinds in [("baoan", ["security"]), ("dianhangong", ["welder"]), ("dhg", ["welder"]),
                     ("chushi", ["cook"]), ("kuaidiyuan", ["courier"]), ("baojie", ["cleaner"]),
                     ("电焊功", ["welder"]), ("保结", ["cleaner"]), ("收营员", ["cashier"]),
                     ("货车斯机", ["truck_driver"]), ("叉车公", ["forklift"]), ("服务源", ["waiter"]),
                     ("bm", ["nanny"]), ("仓管源", ["warehouse"]), ("yuesao", ["nanny"])]:
        add("pinyin_typo", q, kinds=kinds)
    titles = sorted({r["title"] for r in rows})
    seen: set[str] = set()
    for r in rng.sample(rows, len(rows)):
        if len(seen) >= 22:
            break
        if r["title"] in seen or len(r["title"]) < 3:
            continue
        seen.add(r["title"])
        add("exact_title", r["title"], kinds=[r["kind"]], title=r["title"])
    assert titles
    for q, kinds in [("炒菜", ["cook"]), ("带娃", ["nanny"]), ("开大车", ["truck_driver"]), ("搞卫生", ["cleaner", "room_attendant"]),
                     ("送外卖", ["rider"]), ("送快递", ["courier"]), ("开叉车", ["forklift"]), ("烧电焊", ["welder"]),
                     ("剪头发", ["hairdresser"]), ("照顾老人", ["caregiver"]), ("贴瓷砖", ["tiler"]), ("刷墙", ["painter"]),
                     ("做账", ["accountant"]), ("写代码", ["programmer"]), ("踩缝纫机", ["sewer"]), ("洗碗", ["kitchen_helper"]),
                     ("直播带货", ["streamer"]), ("打扫卫生", ["cleaner", "room_attendant"])]:
        add("activity", q, kinds=kinds)
    return out


def main() -> None:
    rng = random.Random(SEED)
    rows = build_vacancies(rng)
    qs = queries(rows, random.Random(SEED + 1))
    (HERE / "vacancies.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                          encoding="utf-8")
    (HERE / "queries.json").write_text(json.dumps(qs, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(rows), "vacancies,", len(qs), "queries")


if __name__ == "__main__":
    main()
