"""relevance_v5: write vacancies.jsonl (about 450 vacancies, 60-odd employers). Deterministic.

    /work/main/.venv/bin/python bench/relevance_v5/generate.py

Tables (job kinds, families, cities, employer types) are in catalogue.py. Stdlib only.
Hidden truth per vacancy: see grading.HIDDEN_FIELDS.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import catalogue as C

SEED = 20200618
HERE = Path(__file__).parent
rng = random.Random(SEED)

EDU = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master"]

# (type, home city prefix, vacancies, other cities or None)
EMPLOYERS = [
    ("electronics", "3702", 12, None), ("electronics", "4419", 9, None), ("electronics", "4201", 6, None),
    ("machinery", "1302", 8, None), ("machinery", "2101", 8, None), ("auto_parts", "2201", 10, None),
    ("auto_parts", "1201", 6, None), ("food", "3707", 9, None), ("food", "2301", 8, None),
    ("garment", "3713", 7, None), ("garment", "1506", 5, None), ("protective", "1306", 6, None),
    ("steel", "1302", 6, None), ("steel", "6202", 6, None),
    ("chemical", "6108", 5, None), ("plastics", "4420", 5, None), ("solar", "6501", 5, None),
    ("printing", "1301", 4, None), ("express", "3701", 10, ["3702", "3713"]), ("express", "6101", 7, ["6201"]),
    ("delivery", "6101", 6, None), ("delivery", "1101", 6, None),
    ("supply_chain", "1201", 7, ["1101"]), ("supply_chain", "4201", 6, None),
    ("restaurant", "6201", 9, None), ("restaurant", "1401", 7, ["1402"]), ("restaurant", "2102", 6, None),
    ("teashop", "1501", 4, ["1502"]), ("hotel", "2102", 8, None),
    ("hotel", "4604", 5, None), ("hotel", "1101", 5, None), ("ktv", "2201", 4, None),
    ("housekeeping", "1101", 9, None), ("housekeeping", "3701", 6, None), ("eldercare", "2101", 5, None),
    ("hospital", "6205", 7, None), ("hospital", "2306", 5, None), ("property", "6101", 8, None),
    ("property", "1501", 6, None), ("security", "1301", 5, ["1306"]), ("construction", "6501", 10, ["6523"]),
    ("construction", "1506", 6, None), ("decoration", "2202", 5, None), ("supermarket", "1402", 8, ["1404"]),
    ("supermarket", "6205", 5, None), ("ecommerce", "3713", 8, None), ("software", "6101", 8, None),
    ("software", "2102", 5, ["1101"]), ("training", "1301", 6, None), ("kindergarten", "1404", 4, None),
    ("transport", "6108", 5, None), ("autoservice", "1401", 5, None),
    ("salon", "2101", 5, ["2103"]), ("farm", "3707", 7, None), ("farm", "6523", 6, None), ("farm", "6205", 4, ["4604"]),
    ("ranch", "1501", 6, None), ("coal", "6108", 8, None), ("coal", "1402", 6, ["1404"]), ("coal", "1506", 5, None),
    ("oilfield", "2306", 5, None), ("finance", "2101", 5, None), ("realestate", "1101", 4, ["3701"]),
    ("office_co", "1201", 8, None),
    ("hr_agency", "4419", 12, ["3702", "1201", "2101", "4420"]), ("hr_agency", "4201", 10, ["6101", "1306"]),
    ("community", "4201", 4, None), ("misc_services", "2301", 6, ["1502", "2103"]),
]
CITY_NAMES = {"3701": "济南", "3702": "青岛", "3707": "潍坊", "3713": "临沂", "1301": "石家庄", "1302": "唐山",
              "1306": "保定", "1401": "太原", "1402": "大同", "1404": "长治", "2101": "沈阳", "2102": "大连",
              "2103": "鞍山", "2201": "长春", "2202": "吉林", "2301": "哈尔滨", "2306": "大庆", "6101": "西安",
              "6108": "榆林", "6201": "兰州", "6205": "天水", "6202": "嘉峪关", "6501": "乌鲁木齐", "6523": "昌吉",
              "1501": "呼和浩特", "1502": "包头", "1506": "鄂尔多斯", "1101": "北京", "1201": "天津", "4201": "武汉",
              "4419": "东莞", "4420": "中山", "4604": "儋州"}
PAY_FACTOR = {"1101": 1.3, "1201": 1.1, "3702": 1.1, "2102": 1.05, "6101": 1.05, "4201": 1.05, "4419": 1.1,
              "4420": 1.05, "1506": 1.1, "6108": 1.05, "6205": 0.85, "1404": 0.9, "1402": 0.9, "2202": 0.9, "4604": 0.9}
HOURLY = {"zhongdiangong": (35, 50), "yingyu": (80, 120), "jianshen": (100, 150), "kefu": (18, 22), "wenyuan": (18, 22), "fudao": (60, 100), "tuoguan": (25, 35), "naicha": (14, 18), "dabao": (15, 18),
          "fuwuyuan": (16, 20), "baojie": (18, 25), "cuxiao": (20, 25), "lihuo": (16, 20)}
BRANDS = {"waimai": ["美团", "饿了么"], "kuaidi": ["顺丰", "中通", "圆通", "京东"], "naicha": ["蜜雪冰城", "一点点"],
          "fangchan": ["链家", "我爱我家"], "wangyueche": ["滴滴", "T3出行"], "jianhuo": ["京东", "唯品会"],
          "cuxiao": ["伊利", "蒙牛"], "zhubo": ["抖音", "快手"], "kefu_ds": ["淘宝", "京东", "拼多多"], "kafei": ["瑞幸"]}
PART_TIME_KINDS = {"cuxiao": .7, "zhongdiangong": .6, "daijia": .7, "tuoguan": .5, "fudao": .6, "naicha": .5,
                   "fuwuyuan": .35, "biaozhu": .4, "kefu_ds": .3, "dabao": .5, "lihuo": .35, "shaokao": .35, "ktv": .45,
                   "yingyu": .4, "baojie": .25, "jianshen": .3, "waimai": .2, "jiazheng": .25, "peisong": .2, "xiche": .25,
                   "shouyin": .25, "kefu": .12, "wenyuan": .1, "anmo": .15, "xiwan": .2, "yingbin": .3, "kafei": .3}
SEASONAL_KINDS = {"pugong": .12, "fuwuyuan": .15, "caizhai": .5, "cuxiao": .15, "kouzhao": .15, "jianhuo": .2, "naicha": .2,
                  "tuoguan": .3, "fenjian": .15}
EVENING_KINDS = {"daijia", "shaokao", "ktv", "fuwuyuan", "waimai", "tiaojiu", "fudao", "dabao", "tuoguan", "shouyin",
                 "xiwan", "naicha", "kefu", "baojie", "peisong", "kefu_ds", "anmo"}
WEEKEND_KINDS = {"cuxiao", "fuwuyuan", "naicha", "fudao", "zhongdiangong", "yingyu", "lihuo", "jianshen", "biaozhu"}
SKILLED = {"chushi", "cnc", "hangong", "diangong", "jixiu", "moju", "qiangong", "huoche", "keche", "wajueji", "tadiao",
           "yisheng", "hushi", "kuaiji", "java", "php", "qianduan", "ui", "yuesao", "meifa", "banjin", "qixiu", "dianti",
           "kuangjidian", "shigongyuan", "miandian", "mugong", "wagong", "dianzhang", "xiaoshou", "yunying"}
DISABLED_OK = {"biaozhu", "kefu", "kefu_ds", "wenyuan", "diannao", "fengren", "baozhuang", "anmo", "meigong", "dianxiao"}


def wchoice(d: dict):
    keys = list(d)
    return rng.choices(keys, weights=[d[k] for k in keys])[0]


def r100(x: float) -> int:
    return int(round(x / 100.0)) * 100


def make_pay(kind, city, cycle, etype):
    lo, hi = kind["pay"]
    f = PAY_FACTOR.get(city, 1.0) * rng.uniform(0.92, 1.1)
    lo, hi = r100(lo * f), r100(hi * f)
    mid = (lo + hi) / 2
    rate = None
    if cycle in ("daily", "weekly"):
        rate = int(round(mid / 26 / 10.0)) * 10
        if etype == "part_time":
            lo, hi = rate * 8, rate * 12
        else:
            lo, hi = rate * 22, rate * 26
    elif cycle == "hourly":
        rate = rng.randint(*HOURLY[kind["id"]]) if kind["id"] in HOURLY else int(round(mid / 260))
        if etype == "part_time" or (etype == "temporary" and kind["id"] in HOURLY):
            lo, hi = rate * 60, rate * 100
        else:
            lo, hi = rate * 8 * 26, rate * 11 * 26
    elif cycle == "commission":
        lo, hi = r100(lo * 0.9), r100(hi * 1.2)
        rate = max(2000, r100(lo * 0.55))  # base pay
    elif cycle == "piece":
        hi = r100(hi * 1.1)
    if etype == "part_time" and cycle in ("piece", "monthly", "commission"):
        lo, hi = r100(lo * .35), r100(hi * .45)
    if etype == "internship":
        lo, hi = r100(lo * .5), r100(hi * .55)
    return r100(lo), r100(hi), rate


def yuan_k(x: int) -> str:
    k = x / 1000
    return f"{k:g}"


def pay_text(cycle, lo, hi, rate, pt):
    if cycle == "daily":
        return rng.choice([f"日结{rate}元/天", f"一天{rate}，当天结", f"日薪{rate}元，日结", f"工资日结，{rate}/天",
                           f"{rate}元一天，干一天结一天"])
    if cycle == "weekly":
        return rng.choice([f"周结，{rate}元/天", f"工资一周一结，日薪{rate}", f"按天计{rate}元，周结"])
    if cycle == "hourly":
        return rng.choice([f"时薪{rate}元", f"{rate}元/小时", f"小时工{rate}元一小时", f"按小时计{rate}元/h，月结"])
    if cycle == "commission":
        return rng.choice([f"底薪{rate}+提成，综合{lo}-{hi}", f"底薪{rate}元+高提成，上不封顶", f"无责底薪{rate}，提成另算，月均{lo}-{hi}"])
    if cycle == "piece":
        return rng.choice([f"计件工资，多劳多得，月入{lo}-{hi}", f"按件计酬，熟练工{hi}以上", f"计件，平均{r100((lo + hi) / 2)}左右",
                           f"按单提成，月收入{yuan_k(lo)}-{yuan_k(hi)}K"])
    return rng.choice([f"月薪{lo}-{hi}元", f"薪资{lo}-{hi}", f"综合工资{yuan_k(lo)}-{yuan_k(hi)}K", f"税前{lo}-{hi}",
                       f"到手{lo}-{hi}", f"工资{lo}到{hi}", f"月薪{yuan_k(lo)}千-{yuan_k(hi)}千", f"{lo}-{hi}元/月，月结"])


SHIFT_TXT = {"two_shift": ["两班倒", "白夜班轮换", "12小时两班倒"], "long_day": ["长白班", "常白班", "长白班，不上夜班"],
             "day": ["白班", "早8晚5", "8:00-17:30"], "three_shift": ["三班倒", "三班两运转"], "night": ["夜班", "晚10点到早6点"],
             "office": ["朝九晚五", "9:00-17:30", "早九晚六"], "split": ["早晚班", "两头班", "早班/晚班轮换"],
             "flexible": ["时间自由", "自由接单，时间灵活"], "live_in": ["住家", "住雇主家"]}
REST_TXT = {"5_2": ["双休", "周末双休", "做五休二"], "6_1": ["做六休一", "单休", "每周休一天"], "26": ["月休4天", "月休2天"],
            "rotating": ["轮休", "排班轮休"], "flexible": ["休息时间可商量"]}
EDU_TXT = {"none": ["学历不限", "不限学历", "不看学历"], "junior_middle": ["初中及以上学历", "初中以上"],
           "senior_high": ["高中或中专以上学历", "中专/高中以上", "高中以上学历"], "associate": ["大专及以上学历", "大专以上"],
           "bachelor": ["本科及以上学历", "统招本科以上"], "master": ["硕士及以上"]}
GROUP_TXT = {"graduate": ["欢迎应届毕业生", "2020届毕业生可投", "接受应届生"], "migrant_worker": ["欢迎返岗农民工", "欢迎外出务工人员"],
             "hubei": ["欢迎湖北籍朋友", "湖北籍劳动者同等录用"], "poverty_registered": ["优先录用建档立卡贫困劳动力", "欢迎脱贫户（建档立卡户）"],
             "employment_difficulty": ["欢迎就业困难人员", "面向就业困难人员"], "veteran": ["退役军人优先", "欢迎退役军人"],
             "disabled": ["欢迎残疾人朋友", "本岗位适合残疾人就业"]}


def perk_texts(b, meal_allow, house_allow):
    out = []
    if "room_and_board" in b:
        out.append(rng.choice(["包吃住", "包吃包住", "管吃管住", "免费食宿"]))
    if "meals" in b:
        out.append(rng.choice(["包工作餐", "管一顿饭", "提供午餐", "包吃"]))
    if "housing" in b:
        out.append(rng.choice(["提供宿舍", "包住", "免费住宿", "有员工宿舍"]))
    if "social_insurance_housing_fund" in b:
        out.append(rng.choice(["五险一金", "缴纳五险一金"]))
    if "social_insurance" in b:
        out.append(rng.choice(["缴纳社保", "五险", "交社保"]))
    extra = {"paid_leave": "带薪年假", "year_end_bonus": "年终奖", "shuttle": "班车接送", "training": "岗前带薪培训",
             "transport": "交通补贴", "weekends_off": "周末双休"}
    out += [extra[x] for x in b if x in extra]
    if meal_allow:
        out.append(rng.choice(["餐补15元/天", "每月餐补300", "有饭补"]))
    if house_allow:
        out.append(rng.choice(["住房补贴500元/月", "租房补贴", "住宿补贴300/月"]))
    return out


def pick_benefits(fam, kind_id, rest):
    b = [x for x, p in C.BENEFIT_P[fam].items() if rng.random() < p]
    if "room_and_board" in b:
        b = [x for x in b if x not in ("meals", "housing")]
    elif "meals" in b and "housing" in b:
        b = [x for x in b if x not in ("meals", "housing")] + ["room_and_board"]
    if "social_insurance_housing_fund" in b and "social_insurance" in b:
        b.remove("social_insurance")
    if kind_id in ("baomu", "yuersao", "yuesao") and rng.random() < .7 and "room_and_board" not in b:
        b.append("room_and_board")
    if rest == "5_2" and "weekends_off" not in b and rng.random() < .5:
        b.append("weekends_off")
    if rest != "5_2" and "weekends_off" in b:
        b.remove("weekends_off")
    return sorted(set(b))


def pick_groups(fam, kid, city, etype):
    g = []
    p = {"graduate": {"office": .5, "it": .6, "teaching": .5, "health": .4, "retail": .2}.get(fam, .04),
         "migrant_worker": {"factory": .5, "construction": .6, "logistics": .4, "catering": .3, "domestic": .3,
                            "cleaning_security": .3, "agriculture": .4, "mining": .4, "auto": .3}.get(fam, .05),
         "hubei": .5 if city == "4201" else .12,
         "poverty_registered": {"factory": .2, "agriculture": .5, "cleaning_security": .2, "catering": .1, "domestic": .15}.get(fam, .03),
         "employment_difficulty": {"cleaning_security": .25, "retail": .1}.get(fam, .04),
         "veteran": .55 if kid in ("baoan", "menwei", "xiaofang", "anjian") else {"driving": .3, "logistics": .15, "mining": .2}.get(fam, .03),
         "disabled": .3 if kid in DISABLED_OK else .02}
    for grp, pr in p.items():
        if rng.random() < pr:
            g.append(grp)
    if etype == "internship" and "graduate" not in g:
        g.append("graduate")
    return g


def make_title(kind, style, lo, hi, rate, cycle, benefits, shift, rest, district, seasonal, etype="", weekend=False, evening=False):
    variants = kind["titles"]
    t = variants[0] if rng.random() < .35 else rng.choice(variants)
    if etype == "part_time" and rng.random() < .55 and "兼职" not in t:
        t = ("周末兼职" if weekend else "晚班兼职" if evening and rng.random() < .5 else "兼职") + t
    if seasonal:
        return rng.choice([f"暑假工 {t}", f"寒暑假工-{t}", f"{t}（暑期工）"])
    if style == "count":
        return rng.choice([f"招{t}{rng.choice([2, 3, 5, 10, 20])}名", f"{t}若干名", f"诚聘{t}", f"招聘{t}"])
    if style == "urgent":
        return rng.choice([f"急招！！{t}", f"急聘{t}", f"{t}（急招）", f"急招{t}，可当天入职"])
    if style == "pay":
        if cycle == "daily":
            return rng.choice([f"{t} 日结{rate}/天", f"日结{rate} {t}"])
        if cycle == "weekly":
            return f"{t} 周结"
        if cycle == "hourly":
            return rng.choice([f"{t} 时薪{rate}元", f"小时工 {t} {rate}元/小时"])
        if cycle == "commission":
            return f"{t} 底薪{rate}+提成"
        if cycle == "piece":
            return rng.choice([f"{t} 计件多劳多得", f"{t}月入{hi}+"])
        return rng.choice([f"{t} 月薪{lo}-{hi}", f"{t}（综合{yuan_k(lo)}-{yuan_k(hi)}K）", f"{t}月入{hi}+", f"{t} {lo}-{hi}"])
    if style == "perk":
        perks = []
        if "room_and_board" in benefits:
            perks.append(rng.choice(["包吃住", "包吃包住"]))
        if "housing" in benefits:
            perks.append("包住")
        if "social_insurance_housing_fund" in benefits:
            perks.append("五险一金")
        if "weekends_off" in benefits:
            perks.append("双休")
        if shift == "long_day":
            perks.append("长白班")
        if not perks:
            return t
        p = rng.sample(perks, min(2, len(perks)))
        return rng.choice([f"{t}/{'/'.join(p)}", f"{' '.join(p)} {t}", f"{t}（{'，'.join(p)}）"])
    if style == "payperk":
        if "room_and_board" in benefits and cycle in ("monthly", "piece"):
            return rng.choice([f"包吃住 月入{hi}+ {t}", f"{t} 包吃住 {lo}-{hi}"])
        return f"{t} 月薪{lo}-{hi}" if cycle == "monthly" else t
    if style == "brand" and kind["id"] in BRANDS:
        b = rng.choice(BRANDS[kind["id"]])
        return t if b in t else b + t
    if style in ("brand", "place"):
        return f"{district}{t}" if rng.random() < .6 else t
    return t


def etype_text(etype, weekend, evening, seasonal):
    if seasonal:
        return rng.choice(["暑假工，7-8月", "寒暑假工，干满一个月", "假期工，短期用工"])
    if weekend:
        return rng.choice(["周末兼职，周六周日上班", "只需周六日两天", "周末两天，每天8小时"])
    if evening:
        return rng.choice(["晚上6点到10点", "晚班兼职，18:00-23:00", "下班后兼职，晚上时间"])
    return {"part_time": rng.choice(["兼职，每天4小时", "可兼职，时间可协商", "兼职岗位，每天工作4-6小时"]),
            "temporary": rng.choice(["短期工，干满15天", "临时用工，活干完结束", "短期临时工"]),
            "internship": "实习岗位，可开实习证明", "flexible": "灵活用工，自由排班"}.get(etype, "")


def make_desc(kind, lo, hi, rate, cycle, pt, benefits, groups, edu, exp, shift, rest, overtime, travel,
              meal_allow, house_allow, pay_in_title, traps, intro, weekend=False, evening=False, seasonal=False):
    parts = []
    if intro and rng.random() < .4:
        parts.append(intro)
    et = etype_text(pt, weekend, evening, seasonal)
    if et:
        parts.append(et)
    duties = rng.sample(kind["duties"], min(len(kind["duties"]), rng.choice([1, 2, 2, 3])))
    if rng.random() < .35:
        parts.append("岗位职责：" + " ".join(f"{i + 1}.{d}" for i, d in enumerate(duties)))
    else:
        parts.append("；".join(duties))
    req = [rng.choice(EDU_TXT[edu])]
    if exp:
        req.append(rng.choice([f"{exp}年以上相关经验", f"有{exp}年以上工作经验", f"需{exp}年经验"]))
    else:
        req.append(rng.choice(["无经验可培训", "接受小白，有师傅带", "新手可学", "无需经验", "经验不限"]))
    req.append(rng.choice(["能吃苦耐劳", "有责任心", "服从安排", "踏实肯干", "沟通能力好"]))
    parts.append("要求：" + "，".join(req))
    if rng.random() < (.6 if pay_in_title else .8):
        parts.append(pay_text(cycle, lo, hi, rate, pt))
    if not et and (shift != "live_in" or rng.random() < .5) and rng.random() < .8:
        sched = rng.choice(SHIFT_TXT[shift])
        if rng.random() < .7:
            sched += "，" + rng.choice(REST_TXT[rest])
        parts.append(sched)
    if overtime and rng.random() < .6:
        parts.append(rng.choice(["旺季加班，加班费另算", "加班多，工资高", "有加班，按劳动法支付加班费"]))
    elif not overtime and rng.random() < .35:
        parts.append(rng.choice(["不加班", "无强制加班", "基本不加班"]))
    if travel:
        parts.append(rng.choice(["需经常出差", "需适应出差", "有出差补助"]))
    elif kind["family"] in ("office", "it") and rng.random() < .25:
        parts.append("不出差")
    perks = perk_texts(benefits, meal_allow, house_allow)
    if perks and rng.random() < .85:
        parts.append("福利：" + "、".join(perks))
    if groups and rng.random() < .75:
        parts.append("，".join(rng.choice(GROUP_TXT[g]) for g in groups[:2]))
    for t in traps:
        parts.append(TRAP_TXT[t](rate))
    if rng.random() < .3:
        parts.append(rng.choice(["有意者请在线投递简历", "欢迎投递，面试通过即可上岗", "不收任何费用，不押证件"]))
    sep = rng.choice(["。", "；", "\n", "，"])
    text = sep.join(parts)
    while len(text) > 300:
        parts.pop(rng.randrange(1, len(parts)))
        text = sep.join(parts)
    if len(text) < 40:
        text += sep + "工作环境好，同事好相处，欢迎投递简历"
    return text


TRAP_TXT = {
    "neg_room": lambda r: rng.choice(["不包吃住，有餐补", "不包吃住，附近可租房"]),
    "neg_daily": lambda r: rng.choice(["月结，非日结", "工资月结，不是日结，请知悉"]),
    "advance": lambda r: "工资月结，上班满一周可预支生活费",
    "weekend_ot": lambda r: "周末加班按双倍工资",
    "day_equiv": lambda r: "折合日薪约" + str(r or 250) + "元",
    "night_word": lambda r: "不上夜班",
}


def main():
    regions = json.loads((HERE.parents[1] / "recruit/codes/data/regions.json").read_text(encoding="utf-8"))
    out = []
    brands = list(C.BRAND_WORDS)
    rng.shuffle(brands)
    for ei, (etype_, home, n, others) in enumerate(EMPLOYERS):
        suffix, kinds_w = C.EMPLOYER_TYPES[etype_]
        cname = CITY_NAMES[home]
        name = f"{cname}{brands[ei % len(brands)]}{suffix}"
        if etype_ in ("teashop", "salon", "kindergarten", "community", "misc_services", "hospital", "eldercare", "training"):
            name = f"{cname}市{brands[ei % len(brands)]}{suffix}"
        cities = [home] + [c for c in (others or []) if c in C.CITIES]
        intro = rng.choice([f"{cname}本地企业，业务稳定", "2020年复工复产，急需用工", "公司规模大，正规企业",
                            "因业务扩大，现招聘以下岗位", "", ""])
        for vi in range(n):
            kid = wchoice(kinds_w)
            kind = C.KINDS[kid]
            fam = kind["family"]
            city = home if (len(cities) == 1 or rng.random() < .6) else rng.choice(cities[1:])
            region = rng.choice(C.CITIES[city])
            district = regions.get(region, "")
            # employment type, pay cycle, schedule
            seasonal = rng.random() < SEASONAL_KINDS.get(kid, 0)
            cycle = wchoice(C.PAY_CYCLES.get(kid, {"monthly": 1}))
            if etype_ == "hr_agency" and cycle == "monthly" and rng.random() < .6:
                cycle = rng.choice(["daily", "weekly", "hourly"])
            elif fam in ("factory", "logistics", "catering", "cleaning_security") and cycle == "monthly" and rng.random() < .08:
                cycle = rng.choice(["daily", "weekly"])
            if seasonal:
                etype = "temporary"
                cycle = rng.choice(["hourly", "monthly", "daily"]) if kid != "caizhai" else cycle
            elif rng.random() < PART_TIME_KINDS.get(kid, 0) + (.06 if fam in ("catering", "retail", "domestic", "teaching") else 0):
                etype = "part_time"
                if cycle in ("monthly", "commission"):
                    cycle = rng.choice(["hourly", "daily"]) if kid not in ("daijia", "biaozhu", "kefu_ds") else "piece"
            elif fam in ("it", "office", "teaching") and rng.random() < .08:
                etype = "internship"
            elif kid in ("waimai", "daijia", "wangyueche", "zhubo") and rng.random() < .4:
                etype = "flexible"
            elif cycle == "daily" and rng.random() < .5 or kid in ("xiaosha",) and rng.random() < .4:
                etype = "temporary"
            else:
                etype = "full_time"
            shift = wchoice(C.SHIFTS[fam])
            rest = wchoice(C.RESTS[fam])
            weekend = etype == "part_time" and kid in WEEKEND_KINDS and rng.random() < .45
            evening = etype == "part_time" and not weekend and kid in EVENING_KINDS and rng.random() < .7
            if weekend:
                shift, rest = "day", "flexible"
            if evening:
                shift, rest = "night" if kid in ("daijia", "ktv") else "split", "flexible"
            if kid in ("baomu", "yuersao", "yuesao") and etype == "full_time":
                shift = "live_in" if rng.random() < .6 else "day"
            lo, hi, rate = make_pay(kind, city, cycle, etype)
            # education and experience
            edu = kind["edu"]
            if rng.random() < .25:
                edu = EDU[max(0, min(4, EDU.index(edu) + rng.choice([-1, 1])))]
            if kid in SKILLED or EDU.index(edu) >= 3:
                exp = rng.choices([0, 1, 2, 3, 5], weights=[4, 3, 2, 1, .5])[0]
            else:
                exp = rng.choices([0, 1], weights=[8, 2])[0]
            if etype in ("internship", "part_time") or seasonal:
                exp = 0
            overtime = rng.random() < {"factory": .6, "logistics": .5, "it": .5, "office": .2}.get(fam, .3)
            travel = rng.random() < {"xiaoshou": .6, "shigongyuan": .3, "anquanyuan": .2, "diaodu": .1, "yunying": .1}.get(kid, 0)
            benefits = pick_benefits(fam, kid, rest)
            meal_allow = "room_and_board" not in benefits and "meals" not in benefits and rng.random() < .15
            house_allow = "room_and_board" not in benefits and "housing" not in benefits and rng.random() < .1
            groups = pick_groups(fam, kid, city, etype)
            if etype == "part_time":
                benefits = [b for b in benefits if b in ("meals", "training")]
                overtime = house_allow = False
                if not (weekend or evening):
                    shift, rest = rng.choice(["day", "split"]), "flexible"
            elif etype == "temporary":
                benefits = [b for b in benefits if b in ("meals", "housing", "room_and_board", "training")]
            # deliberate traps (documented in WORLD.md)
            traps = []
            tr = rng.random()
            if tr < .04 and "room_and_board" not in benefits:
                traps.append("neg_room")
                meal_allow = True
            elif tr < .07 and cycle == "monthly":
                traps.append("neg_daily")
            elif tr < .09 and cycle == "monthly" and fam in ("construction", "logistics", "factory"):
                traps.append("advance")
            elif tr < .11 and rest != "flexible" and not weekend:
                traps.append("weekend_ot")
                overtime = True
            elif tr < .13 and cycle == "monthly":
                traps.append("day_equiv")
                rate = int(round((lo + hi) / 2 / 26 / 10.0)) * 10
            elif tr < .16 and shift == "long_day":
                traps.append("night_word")
            style = rng.choices(["std", "count", "urgent", "pay", "perk", "payperk", "brand"],
                                weights=[35, 10, 10, 18, 12, 8, 7])[0]
            title = make_title(kind, style, lo, hi, rate, cycle, benefits, shift, rest, district, seasonal, etype, weekend, evening)
            if rng.random() < .03 and cycle == "monthly" and hi >= 9000 and (lo + hi) / 2 < 10000:
                title = f"{kind['titles'][0]} 月入过万"
                traps.append("title_exaggerates")
            if kid == "siji_c1" and rng.random() < .3:
                title = "保姆车司机（商务车）"
                traps.append("keyword_title")
            if kid in ("yizhan", "dabao", "xiche"):
                traps.append("keyword_title")
            pay_in_title = style in ("pay", "payperk") or "月入" in title
            desc = make_desc(kind, lo, hi, rate, cycle, etype, benefits, groups, edu, exp, shift, rest, overtime,
                             travel, meal_allow, house_allow, pay_in_title, [t for t in traps if t in TRAP_TXT], intro, weekend, evening, seasonal)
            occ = kind["occ"][0] if rng.random() < .65 else rng.choice(kind["occ"])
            ind = "" if rng.random() < .1 else rng.choice(kind["ind"])
            headcount = rng.choice([1, 1, 2, 2, 3, 5, 5, 10]) if fam not in ("factory", "logistics", "mining") else rng.choice([5, 10, 20, 30, 50, 100])
            out.append({
                "external_ref": f"V5-{ei + 1:02d}-{vi + 1:02d}", "title": title, "description": desc,
                "occupation_code": occ, "industry_code": ind, "region_code": region, "headcount": headcount,
                "salary_min": lo, "salary_max": hi, "education_min": edu, "experience_min_years": exp,
                "employment_type": etype, "benefits": benefits, "welcomed_groups": groups, "employer_name": name,
                "job_kind": kid, "family": fam, "pay_cycle": cycle, "pay_rate": rate, "shift": shift, "rest": rest,
                "overtime": overtime, "travel": travel, "meal_allowance": meal_allow, "housing_allowance": house_allow,
                "seasonal": seasonal, "weekend": weekend, "evening": evening, "trap": traps, "title_style": style,
            })
    with open(HERE / "vacancies.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} vacancies from {len(EMPLOYERS)} employers")


if __name__ == "__main__":
    main()
