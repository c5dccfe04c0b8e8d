"""Generate vacancies.jsonl for relevance_v3 (deterministic; stdlib only).

    /work/main/.venv/bin/python bench/relevance_v3/generate.py

About 600 vacancies from ~75 employers in 25 cities, drawn from the job-kind catalogue in
catalogue.py. Every row carries the CSV import columns, employer_name, and hidden ground truth
(grading.HIDDEN_FIELDS) that only grading.py reads. Deliberate traps are listed in WORLD.md and in
each row's `traps`.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import catalogue

SEED = 20200630
N_EMPLOYERS = 75
N_VACANCIES = 600
HERE = Path(__file__).parent
REGIONS = json.loads((HERE.parent.parent / "recruit" / "codes" / "data" / "regions.json").read_text("utf-8"))

BRANDS = ["鑫达", "宏发", "立信", "华瑞", "永丰", "顺捷", "蜀香源", "湘味坊", "佳美", "恒通", "盛源", "锦程", "富康", "精诚", "宏图", "金鹰", "银河", "新辉", "骏马", "和泰", "嘉禾", "瑞丰", "汇鑫", "德盛", "鸿运", "凯越", "美联", "优选", "乐家", "安居", "润泽", "博雅", "启航", "卓越", "创新", "星辰", "同心", "天成", "万家", "福满", "禾丰", "一品", "老灶", "巴蜀人家", "小满", "青禾", "暖阳", "橙果", "蓝鲸", "云帆", "飞鸿", "宝利", "诚信", "金穗", "绿源", "快达", "迅捷", "安达", "众邦", "聚力", "益民", "康宁", "仁和", "惠众", "贝贝", "童乐", "明德", "智远", "优培", "丽人", "名剪", "悦己", "壹号", "极速", "鲜丰", "百佳", "好又多", "家乐惠", "盛世", "华章", "联创", "中正", "远航"]

EDU_TEXT = {"none": ["学历不限", "不限学历", "无学历要求"], "junior_middle": ["初中及以上学历", "初中以上"],
            "senior_high": ["高中或中专以上学历", "高中/中专及以上"], "associate": ["大专及以上学历", "大专以上"],
            "bachelor": ["本科及以上学历", "全日制本科以上"]}
EDU_ORDER = ["none", "junior_middle", "senior_high", "associate", "bachelor"]
BENEFIT_TEXT = {
    "room_and_board": ["包吃住", "免费提供食宿", "公司包吃包住", "食宿全包"],
    "meals": ["包吃", "提供工作餐", "包两餐"], "housing": ["包住", "提供员工宿舍", "免费住宿（4人间）"],
    "social_insurance_housing_fund": ["五险一金", "缴纳五险一金"], "social_insurance": ["购买五险", "入职买社保"],
    "transport": ["交通补贴", "车补"], "shuttle": ["班车接送", "有厂车接送"], "paid_leave": ["带薪年假"],
    "year_end_bonus": ["年终奖", "年底双薪"], "training": ["岗前培训", "带薪培训", "师傅带教"],
    "weekends_off": ["双休"],
}
EXTRA_PERKS = ["餐补", "节日福利", "生日福利", "高温补贴", "全勤奖", "话费补贴", "员工旅游"]
GENERIC_REQ = ["吃苦耐劳，服从安排", "责任心强", "会用智能手机", "沟通能力好", "做事细心", "有相关经验优先",
               "无经验可培训", "能适应快节奏"]
WELCOME_TEXT = {"hubei": ["欢迎湖北籍劳动者返岗", "湖北籍务工人员优先安排"], "graduate": ["欢迎2020届毕业生", "应届生可投"],
                "veteran": ["退役军人优先", "欢迎退役军人"], "disabled": ["岗位适合残疾人朋友", "欢迎残疾人朋友应聘"],
                "poverty_registered": ["优先招用建档立卡贫困劳动力", "扶贫岗位，贫困户优先"],
                "migrant_worker": ["欢迎农民工朋友返岗", "返岗务工人员优先"],
                "employment_difficulty": ["欢迎就业困难人员", "就业困难人员优先"]}
TYPOS = {"服务员": "服物员", "保洁": "保结", "叉车": "插车", "普工": "普公", "快递": "快第", "厨师": "厨帅",
         "司机": "思机", "电工": "店工", "月嫂": "月艘", "收银": "收营"}
FILLER = ["可线上视频面试，通过后即可安排入职", "工作环境干净整洁，有空调", "公司发展稳定，晋升空间大",
          "有意者请在平台投递简历，收到后尽快联系", "老员工多，氛围好，有师傅带", "按时发薪，从不拖欠",
          "疫情期间做好防护，每日测温消毒", "入职后统一安排培训再上岗"]
WRONG_CODES = ["4-99", "8-00", "6-99", "3-99", "4-07"]
FAMILY_ROOM = {"factory": .55, "garment": .6, "machining": .45, "logistics": .3, "construction": .55, "catering": .45,
               "hospitality": .4, "property": .25, "agriculture": .6, "auto": .3, "beauty": .35, "repair": .2,
               "driver": .15, "retail": .1, "leisure": .1}
OFFICEISH = {"office", "it", "health", "education", "sales", "ecommerce"}
PT_FAMILIES = {"catering", "retail", "education", "logistics", "domestic", "property", "ecommerce", "health"}
FLEX_KINDS = {"waimai", "daijia", "wangyueche", "zhongdian", "songshui"}
SHORT_TITLE_OK = {"factory", "garment", "machining", "logistics", "construction", "catering", "property", "agriculture"}


def pick_w(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def rnd(x, step=100):
    return int(round(x / step) * step)


def resolve_counties(city):
    if len(city["code"]) == 6:
        return [(city["code"], city["counties"][0])]
    out = []
    for name in city["counties"]:
        codes = [c for c, v in REGIONS.items() if c.startswith(city["code"]) and v == name and not c.endswith("00")]
        assert len(codes) == 1, (city, name, codes)
        out.append((codes[0], name))
    return out


def make_employers(rng, types, cities):
    employers = []
    brands = BRANDS[:]
    rng.shuffle(brands)
    weights = [(c["code"], c["weight"]) for c in cities]
    by_code = {c["code"]: c for c in cities}
    type_keys = list(types)
    unused = type_keys[:]
    rng.shuffle(unused)
    for i in range(N_EMPLOYERS):
        city = by_code[pick_w(rng, weights)] if i >= len(cities) else cities[i]  # every city gets one
        if unused and rng.random() < 0.6:
            cand = [t for t in unused if t in city["types"]] or unused
            tkey = cand[0]
        elif rng.random() < 0.75:
            tkey = rng.choice(city["types"])
        else:
            tkey = rng.choice(type_keys)
        if tkey in unused:
            unused.remove(tkey)
        t = types[tkey]
        extra = []
        if tkey in {"labour", "express", "rider", "restaurant", "supermarket", "pharmacy", "property", "domestic"} \
                and rng.random() < 0.3:
            extra = rng.sample([c["code"] for c in cities if c["code"] != city["code"]], rng.randint(1, 2))
        brand = brands[i % len(brands)]
        name = rng.choice(t["names"]).format(c=city["short"], b=brand)
        size = {"labour": 3, "express": 2.5, "elec": 2.5, "restaurant": 2.2, "builder": 1.5, "machine": 1.5,
                "domestic": 1.5, "property": 1.5, "supermarket": 1.3}.get(tkey, 1.0)
        employers.append({"idx": i + 1, "type": tkey, "name": name, "brand": brand, "cities": [city["code"]] + extra,
                          "industry": rng.choice(t["industries"]), "size": size * rng.uniform(0.4, 1.6)})
    return employers


def pay_terms(rng, kind, cycle, part_slot, city_factor):
    lo, hi = kind["pay"]
    lo, hi = lo * city_factor * rng.uniform(0.9, 1.1), hi * city_factor * rng.uniform(0.92, 1.12)
    if cycle == "D":
        r_lo = rnd(lo / 26, 10)
        r_hi = max(r_lo, rnd(hi / 26, 10))
        txt = rng.choice([f"日结{r_lo}元/天", f"{r_lo}-{r_hi}元一天，当天结", f"日薪{r_lo}-{r_hi}，做一天结一天",
                          f"工资日结，{r_hi}/天", f"按天计薪{r_lo}元，日结"])
        return r_lo * 26, r_hi * 26, txt
    if cycle in ("H", "W"):
        h = max(16, int(round(lo / 250)))
        if part_slot:
            smin = h * (64 if part_slot == "weekend" else 80)
            return smin, smin + 8 * h, rng.choice([f"时薪{h}元", f"{h}元/小时", f"每小时{h}块"])
        if cycle == "W":
            return h * 250, h * 270, rng.choice([f"小时工{h}元/小时，工资周结", f"周结，时薪{h}元，每周五发", f"{h}元/时 周结"])
        return h * 250, h * 270, rng.choice([f"小时工{h}元/小时，月均{rnd(h * 260, 500)}左右", f"时薪{h}元，加班多",
                                             f"{h}元/小时，每天10-11小时"])
    smin, smax = rnd(lo), max(rnd(lo) + 500, rnd(hi))
    if cycle == "P":
        return smin, smax, rng.choice([f"计件工资，熟手月入{smin}-{smax}", f"计件，多劳多得，{smin}-{smax}元/月",
                                       f"按件计酬，普遍{rnd(smin, 1000) // 1000}-{smax // 1000}K", f"计件 {smin}-{smax}"])
    if cycle == "C":
        base = rnd(lo * rng.uniform(0.45, 0.6), 500)
        return base, smax, rng.choice([f"底薪{base}+提成", f"底薪{base}+提成，综合{smin}-{smax}",
                                       f"无责底薪{base}，提成另计，上不封顶", f"底薪+提成，综合{smin // 1000}-{smax // 1000}K"])
    return smin, smax, rng.choice([f"月薪{smin}-{smax}", f"{smin}-{smax}元/月", f"综合{smin // 1000}-{smax // 1000}K",
                                   f"到手{smin}-{smax}", f"工资{smin}起", f"薪资{smin}-{smax}元，按月发放"])


def choose_benefits(rng, kind, schedule, part_slot, emp_type):
    fam = kind["family"]
    b = set()
    if part_slot:
        return [x for x in ["meals"] if fam == "catering" and rng.random() < .4]
    if schedule == "live_in" or rng.random() < FAMILY_ROOM.get(fam, .05):
        b.add("room_and_board")
    else:
        if rng.random() < (.35 if fam == "catering" else .12):
            b.add("meals")
        if rng.random() < .12:
            b.add("housing")
    r = rng.random()
    if r < (.6 if fam in OFFICEISH else .15):
        b.add("social_insurance_housing_fund")
    elif r < .6:
        b.add("social_insurance")
    for code, p in (("shuttle", .15 if fam in ("factory", "machining") else .02), ("transport", .1),
                    ("paid_leave", .4 if fam in OFFICEISH else .08), ("year_end_bonus", .25), ("training", .3)):
        if rng.random() < p:
            b.add(code)
    if schedule == "weekends_off":
        b.add("weekends_off")
    return sorted(b, key=list(catalogue_benefit_order()).index)


def catalogue_benefit_order():
    return BENEFIT_TEXT.keys()


def make_title(rng, kind, v, emp, traps):
    titles = kind["titles"]
    t = titles[0] if rng.random() < 0.45 else rng.choice(titles[1:])
    fam = kind["family"]
    r = rng.random()
    rb = "room_and_board" in v["benefits"]
    if "clickbait" in traps:
        t = rng.choice([f"月入过万！{t}", f"{t} 月入过万", f"高薪{t}，月入过万不是梦"])
    elif r < 0.10 and fam in SHORT_TITLE_OK:
        t = rng.choice([f"急招！！{t}", f"急招{t}", f"{t}（急招）"])
    elif r < 0.18 and v["headcount"] >= 5:
        t = rng.choice([f"招{t}若干名", f"{t}{v['headcount']}名", f"大量招{t}"])
    elif r < 0.26:
        t = f"{emp['brand']}{t}"
    elif r < 0.34 and rb:
        t = rng.choice([f"{t}（包吃住）", f"包吃住 月入{rnd(v['salary_max'], 1000)}+ {t}", f"{t} 包吃住"])
    elif r < 0.42 and v["pay_cycle"] == "M":
        t = rng.choice([f"{t} 月薪{v['salary_min']}-{v['salary_max']}",
                        f"{t} {v['salary_min'] // 1000}-{v['salary_max'] // 1000}K"])
    elif r < 0.48 and v["pay_cycle"] == "D":
        t = rng.choice([f"日结{t}", f"{t}（日结）", f"{t} 日结 {v['salary_max'] // 26}/天"])
    elif r < 0.54:
        t = rng.choice([f"{v['county_name'].removesuffix('区').removesuffix('市')}{t}", f"{v['city_short']}{t}"])
    elif r < 0.60 and len(titles) > 2:
        t = f"{t}/{rng.choice([x for x in titles if x != t])}"
    elif r < 0.64 and v["schedule"] == "long_day":
        t = f"{t}（长白班）"
    elif r < 0.67 and "weekends_off" in v["benefits"]:
        t = f"{t} 双休"
    elif r < 0.69 and v["part_slot"]:
        t = rng.choice([f"兼职{t}", f"{t}（兼职）", f"周末兼职{t}" if v["part_slot"] == "weekend" else f"晚班兼职{t}"])
    elif r < 0.71 and kind["family"] in OFFICEISH:
        t = f"高薪诚聘{t}"
    if rng.random() < 0.025:
        for a, b in TYPOS.items():
            if a in t:
                t = t.replace(a, b, 1)
                traps.append("typo")
                break
    return t[:60]


def make_description(rng, kind, v, emp, traps, pay_text, benefits_text_codes):
    duties = rng.sample(kind["duties"], k=min(len(kind["duties"]), rng.randint(1, 3)))
    req = [rng.choice(EDU_TEXT[v["education_min"]])]
    if v["experience_min_years"]:
        req.append(f"{v['experience_min_years']}年以上相关经验")
    if kind["cert"] and rng.random() < 0.8:
        req.append(kind["cert"] if kind["cert"].endswith("优先") else f"持{kind['cert']}")
    req.append(rng.choice([g for g in GENERIC_REQ if not (v["experience_min_years"] and "无经验" in g)]))
    sched = rng.choice(catalogue.SCHEDULE_TEXT[v["schedule"]])
    perks = [rng.choice(BENEFIT_TEXT[b]) for b in benefits_text_codes]
    if rng.random() < 0.4:
        perks.append(rng.choice(EXTRA_PERKS))
    welcome = [rng.choice(WELCOME_TEXT[g]) for g in v["welcomed_groups"] if rng.random() < 0.6]
    extra = []
    if "neg_daily" in traps:
        extra.append(rng.choice(["工资月结，不日结", "非日结，每月15号准时发薪", "不是日结的，按月发工资"]))
    if rng.random() < 0.35:
        extra.append(f"工作地点：{v['city_short']}{v['county_name'] if v['county_name'] != v['city_short'] + '市' else ''}")
    if rng.random() < 0.45:
        extra.append(rng.choice(FILLER))
    if v["part_slot"] == "weekend":
        extra.append(rng.choice(["适合学生和上班族周末兼职", "只做周末"]))
    name = kind["name"]
    style = rng.randint(0, 4)
    P = "，".join(perks)
    if style == 0:
        parts = [f"岗位职责：{'；'.join(duties)}。", f"任职要求：{'，'.join(req)}。", f"薪资待遇：{pay_text}。",
                 f"工作时间：{sched}。"] + ([f"福利：{P}。"] if P else []) + [x + "。" for x in welcome + extra]
    elif style == 1:
        head = rng.choice([f"{emp['brand']}现招{name}{v['headcount']}名", f"因业务扩大，招聘{name}",
                           f"复工复产，急需{name}", f"本公司诚聘{name}"])
        parts = [f"{head}，{'，'.join(duties)}。", f"{pay_text}，{sched}" + (f"，{P}" if P else "") + "。",
                 "，".join(req) + "。"] + [x + "。" for x in welcome + extra]
    elif style == 2:
        parts = [f"【工作内容】{'；'.join(duties)}\n", f"【薪资】{pay_text}\n", f"【时间】{sched}\n"] + \
                ([f"【福利】{P}\n"] if P else []) + [f"【要求】{'，'.join(req)}\n"] + [x + "\n" for x in welcome + extra]
    elif style == 3:
        items = duties + req + [pay_text, sched] + ([P] if P else []) + welcome + extra
        parts = [f"{i + 1}、{x}；" for i, x in enumerate(items)]
    else:
        parts = [f"{pay_text}，{sched}" + (f"，{P}" if P else "") + "！", f"主要{duties[0]}。", req[0] + "。"] + \
                [x + "。" for x in welcome + extra]
    text = ""
    for p in parts:
        if len(text) + len(p) > 300:
            break
        text += p
    text = text.strip()
    if len(text) < 40:
        text += "。欢迎有意向的朋友在平台投递简历，我们会尽快安排面试。"
    return text[:300]


def build(rng):
    kinds, types, cities = catalogue.kinds(), catalogue.employer_types(), catalogue.cities()
    by_code = {c["code"]: c for c in cities}
    counties = {c["code"]: resolve_counties(c) for c in cities}
    employers = make_employers(rng, types, cities)
    total = sum(e["size"] for e in employers)
    counts = [max(1, round(e["size"] / total * N_VACANCIES)) for e in employers]
    while sum(counts) > N_VACANCIES:
        counts[rng.randrange(len(counts))] -= 1 if max(counts) > 1 else 0
        counts = [max(1, c) for c in counts]
    while sum(counts) < N_VACANCIES:
        counts[rng.randrange(len(counts))] += 1
    rows = []
    trap_quota = {"unticked": 12, "neg_daily": 8, "clickbait": 6, "wrong_code": 10}
    for emp, n in zip(employers, counts, strict=True):
        t = types[emp["type"]]
        for seq in range(n):
            kind = kinds[pick_w(rng, t["kinds"])]
            city = by_code[rng.choice(emp["cities"])]
            code, cname = rng.choice(counties[city["code"]])
            fam = kind["family"]
            cycles = kind["cycles"]
            cycle = cycles[0] if rng.random() < 0.6 or len(cycles) == 1 else rng.choice(cycles[1:])
            if emp["type"] == "labour" and cycle == "H" and rng.random() < 0.35:
                cycle = "W"
            part_slot = None
            etype = "full_time"
            if cycle == "H" and fam in PT_FAMILIES and rng.random() < 0.55:
                etype, part_slot = "part_time", rng.choice(["weekend", "evening"])
            elif cycle == "D" and rng.random() < 0.5:
                etype = "temporary"
            elif kind["key"] in FLEX_KINDS and rng.random() < 0.5:
                etype = "flexible"
            elif fam in ("office", "it", "ecommerce", "education") and rng.random() < 0.12:
                etype = "internship"
            schedule = part_slot or pick_w(rng, catalogue._weights(catalogue.FAMILY_SCHEDULES[fam]))
            if kind["key"] in FLEX_KINDS and etype == "flexible":
                schedule = "flexible"
            factor = {"北京": 1.15, "上海": 1.15, "深圳": 1.12, "杭州": 1.08, "黄冈": .85, "贵阳": .9, "儋州": .85,
                      "嘉峪关": .9}.get(city["short"], 1.0)
            smin, smax, pay_text = pay_terms(rng, kind, cycle, part_slot, factor)
            if etype == "internship":
                smin, smax = rnd(smin * .6), rnd(smax * .7)
                pay_text = f"实习补贴{smin}-{smax}元/月"
            edu = kind["edu"]
            if edu != "none" and rng.random() < 0.25:
                edu = EDU_ORDER[EDU_ORDER.index(edu) - 1]
            if etype == "internship" and EDU_ORDER.index(edu) < 3:
                edu = "associate"
            exp = kind["exp"] if rng.random() < 0.7 else 0
            if etype == "internship" or part_slot:
                exp = 0
            true_benefits = choose_benefits(rng, kind, schedule, part_slot, emp["type"])
            groups = [g for g in t["groups"] if rng.random() < (.5 if g == "graduate" else .3)]
            if "hubei" not in groups and rng.random() < 0.08:
                groups.append("hubei")
            if etype == "internship" and "graduate" not in groups:
                groups.append("graduate")
            if "disabled" not in groups and kind["key"] in {"kefu", "luru", "baojie", "anmo", "dabao", "baozhuang"} \
                    and rng.random() < 0.1:
                groups.append("disabled")
            groups = [g for g in catalogue_group_order() if g in groups]
            traps = []
            for trap, left in trap_quota.items():
                if left and rng.random() < 0.07:
                    ok = {"unticked": "room_and_board" in true_benefits, "neg_daily": cycle == "M" and fam in
                          ("factory", "logistics", "construction", "machining", "catering"),
                          "clickbait": smax < 12000 and not part_slot, "wrong_code": True}[trap]
                    if ok:
                        traps.append(trap)
                        trap_quota[trap] -= 1
            benefits = [b for b in true_benefits if not ("unticked" in traps and b == "room_and_board")]
            occ = kind["occ"]
            r = rng.random()
            occ_code = rng.choice(WRONG_CODES) if "wrong_code" in traps else \
                occ[0] if r < .65 or len(occ) < 2 else occ[1] if r < .87 or len(occ) < 3 else occ[2]
            r = rng.random()
            industry = emp["industry"] if r < .8 else "" if r < .95 else rng.choice(t["industries"])
            headcount = rng.choice([1, 1, 2, 2, 3, 5]) if fam in OFFICEISH | {"domestic", "health"} else \
                rng.choice([2, 3, 5, 10, 20, 30, 50, 100, 200]) if fam in ("factory", "garment", "logistics") else \
                rng.choice([1, 2, 3, 4, 5, 6, 8, 10])
            v = {"external_ref": f"V3-{emp['idx']:02d}-{seq + 1:03d}", "employer_name": emp["name"],
                 "occupation_code": occ_code, "industry_code": industry, "region_code": code, "headcount": headcount,
                 "salary_min": smin, "salary_max": smax, "education_min": edu, "experience_min_years": exp,
                 "employment_type": etype, "benefits": benefits, "welcomed_groups": groups,
                 # hidden truth
                 "job_kind": kind["key"], "family": fam, "pay_cycle": {"M": "month", "P": "piece", "H": "hour",
                 "D": "day", "C": "base_commission", "W": "week"}[cycle], "schedule": schedule,
                 "night_shift": schedule in catalogue.NIGHT_SCHEDULES, "part_slot": part_slot,
                 "true_benefits": true_benefits, "traps": traps, "employer_type": emp["type"],
                 "city_short": city["short"], "county_name": cname}
            text_benefits = [b for b in true_benefits if rng.random() < 0.75 or b == "room_and_board"]
            v["title"] = make_title(rng, kind, v, emp, traps)
            v["description"] = make_description(rng, kind, v, emp, traps, pay_text, text_benefits)
            rows.append(v)
    return employers, rows


def catalogue_group_order():
    return ["graduate", "migrant_worker", "hubei", "poverty_registered", "employment_difficulty", "veteran",
            "disabled"]


COLUMNS = ["external_ref", "title", "description", "occupation_code", "industry_code", "region_code", "headcount",
           "salary_min", "salary_max", "education_min", "experience_min_years", "employment_type", "benefits",
           "welcomed_groups", "employer_name"]


HIDDEN_FIELDS = ("job_kind", "family", "pay_cycle", "schedule", "night_shift", "part_slot", "true_benefits",
                 "traps", "employer_type", "city_short", "county_name")


def main():
    rng = random.Random(SEED)
    employers, rows = build(rng)
    with open(HERE / "vacancies.jsonl", "w", encoding="utf-8") as f:
        for v in rows:
            out = {k: v[k] for k in COLUMNS} | {k: v[k] for k in HIDDEN_FIELDS}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"{len(rows)} vacancies from {len({v['employer_name'] for v in rows})} employers, "
          f"{len({v['job_kind'] for v in rows})} job kinds used, "
          f"{len({v['region_code'] for v in rows})} regions")


if __name__ == "__main__":
    main()
