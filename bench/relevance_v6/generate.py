"""Deterministic generator for relevance_v6: writes vacancies.jsonl (about 450 vacancies, 50-70 employers).

Run: /work/main/.venv/bin/python bench/relevance_v6/generate.py
Standard library only; seed fixed below. Data tables live in catalogue.py.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

from catalogue import ARCHETYPES, CITIES, KINDS, OFFICE_EXTRAS, WORDS

SEED = 20200618
TARGET_VACANCIES = 450
EMPLOYER_SCALE = 0.56          # archetype employer counts are scaled by this (111 * 0.56 ~ 62)
HERE = Path(__file__).parent
EDU_ORDER = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]
EDU_TEXT = {"none": ["学历不限", "不限学历", "学历不限，会认字就行", "无学历要求"],
            "junior_middle": ["初中及以上学历", "初中以上", "初中文化即可"],
            "senior_high": ["高中/中专及以上", "中专以上学历", "高中以上学历", "高中或中专学历"],
            "associate": ["大专及以上学历", "大专以上", "专科及以上学历"],
            "bachelor": ["本科及以上学历", "统招本科以上", "本科学历"]}

# which employer of an archetype gets which employer types (index -> types)
ETYPES = {
    "elec": {1: ["foreign", "fortune500"]}, "autoparts": {0: ["soe"], 2: ["foreign"]}, "plant": {0: ["soe"]},
    "tech": {0: ["big_tech"], 1: ["big_tech"]}, "build": {0: ["soe", "fortune500"]}, "bank": {0: ["soe", "fortune500"], 1: ["soe"]},
    "insurer": {0: ["fortune500"]}, "hospital": {0: ["public_institution"]}, "school": {2: ["public_institution"]},
    "sanitation": {0: ["soe"]}, "express": {1: ["soe"]}, "property": {1: ["soe"]}, "hotel": {1: ["foreign"]},
    "market": {1: ["foreign", "fortune500"]}, "shop": {0: ["big_tech"]},
}
ETYPE_TEXT = {
    "soe": ["国企单位，工作稳定", "国有企业，正规单位", "国企直招，待遇有保障"],
    "foreign": ["外资企业，管理规范", "外企，环境好", "独资外企"],
    "fortune500": ["世界500强企业", "500强集团旗下公司"],
    "public_institution": ["公立单位，编外合同制", "事业单位下属岗位（合同制）"],
    "big_tech": ["互联网大厂，平台大、成长快", "头部互联网平台，大厂福利"],
}
FORCED_NAMES = {  # name patterns that fit the employer type
    ("hospital", 0): "{c}第{n}人民医院", ("school", 2): "{c}{w}公办幼儿园", ("bank", 0): "{w}银行{c}分行",
    ("bank", 1): "{c}{w}农村商业银行", ("express", 1): "{c}邮政速递物流有限公司", ("build", 0): "{w}建工集团（{c}）项目部",
}
BENEFIT_TEXT = {
    "social_insurance_housing_fund": ["五险一金", "缴纳五险一金", "入职即交五险一金"],
    "social_insurance": ["五险", "缴纳社保", "购买五险"],
    "room_and_board": ["包吃住", "提供食宿", "免费吃住", "吃住全包"],
    "meals": ["包吃", "包工作餐", "提供午餐", "管三餐"],
    "housing": ["包住", "提供员工宿舍", "免费住宿", "宿舍免费住"],
    "transport": ["交通补贴"], "shuttle": ["班车接送", "有厂车接送"],
    "paid_leave": ["带薪年假"], "year_end_bonus": ["年终奖", "年底有年终奖"],
    "training": ["岗前培训", "带薪培训", "有师傅带"], "weekends_off": ["双休", "周末双休", "做五休二"],
}
EXTRA_PERKS = ["餐补", "节日福利", "员工旅游", "话补", "生日福利", "高温补贴", "全勤奖", "员工折扣"]
SCHED_TEXT = {
    "two_shift": ["两班倒", "白夜班两班倒", "两班倒，半月一倒"], "day_shift": ["长白班", "常白班，不上夜班", "白班为主"],
    "six_one": ["做六休一", "月休4天"], "weekends_off": ["双休", "周末双休"], "weekend": ["周末两天上班", "只需周六周日上班"],
    "evening": ["晚上上班", "晚班18:00-23:00"], "flexible": ["时间自由", "时间灵活，自己安排"], "remote": ["可居家办公", "在家办公"],
    "night": ["夜班", "晚上8点到早上6点"], "shift": ["早晚班轮换", "两班制"], "rotating": ["做一休一", "三班倒"],
}
GROUP_TEXT = {
    "graduate": ["欢迎应届毕业生", "2020届毕业生可投", "接受应届生"], "migrant_worker": ["欢迎返岗农民工", "欢迎外出务工人员"],
    "hubei": ["欢迎湖北籍劳动者", "湖北籍返岗人员同等录用"], "poverty_registered": ["欢迎建档立卡贫困劳动力"],
    "employment_difficulty": ["欢迎就业困难人员"], "veteran": ["欢迎退役军人", "退役军人优先"], "disabled": ["接收残疾人就业", "欢迎残疾人朋友"],
}
SOFT = ["能吃苦耐劳", "踏实肯干", "有责任心", "沟通能力好", "服从安排", "做事细心", "形象大方，有亲和力", "学习能力强"]
FACTORY_WORD = {"elec": "电子厂", "garment": "服装厂", "autoparts": "汽配厂", "food": "食品厂", "plant": "钢厂", "agency": "大型电子厂"}
TYPOS = {"操作工": "操做工", "服务员": "服务元", "仓管": "仓官", "收银员": "收营员", "保姆": "保母", "装配工": "装备工"}


def weighted(rng, spec):
    items = [(t.split(":")[0], int(t.split(":")[1])) for t in spec.split()]
    total = sum(w for _, w in items)
    x = rng.uniform(0, total)
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def build_employers(rng):
    words = WORDS[:]
    rng.shuffle(words)
    employers, used = [], {}
    for arch in ARCHETYPES:
        aid, patterns, ind, efields, kinds, bens, groups, cities, n, per = arch
        n_emp = max(1, round(n * EMPLOYER_SCALE))
        city_list = cities.split()
        for i in range(n_emp):
            home = min(rng.sample(city_list, len(city_list)), key=lambda c: used.get(c, 0))
            used[home] = used.get(home, 0) + 1
            w = words.pop()
            cname = CITIES[home][0]
            pattern = FORCED_NAMES.get((aid, i)) or patterns[i % len(patterns)]
            name = pattern.format(c=cname, w=w, n=rng.choice("一二三四五"))
            chain = aid in ("restaurant", "tea", "express", "riders", "agency", "beauty", "shop", "tech") and rng.random() < 0.6
            ecities = [home] + ([c for c in rng.sample(city_list, min(2, len(city_list))) if c != home] if chain else [])
            counties = {}
            for c in ecities:
                pool = CITIES[c][3]
                counties[c] = rng.sample(pool, min(len(pool), rng.choice([1, 1, 2, 2, 3])))
            employers.append({
                "arch": aid, "name": name, "word": w, "industry": ind, "fields": efields, "kinds": kinds,
                "benefits": bens.split(), "groups": groups.split(), "cities": ecities, "counties": counties,
                "types": ETYPES.get(aid, {}).get(i, []), "weight": per * rng.uniform(0.6, 1.4),
            })
    return employers


def round_to(x, step):
    return int(max(step, round(x / step) * step))


def make_pay(rng, kind, cycle, emp_type, factor):
    """Returns (salary_min, salary_max, pay text, title pay bit)."""
    lo, hi = kind["pay"]
    lo, hi = lo * factor * rng.uniform(0.9, 1.08), hi * factor * rng.uniform(0.92, 1.1)
    if cycle == "d":
        d_lo = round_to(lo / 26, 10)
        d_hi = max(d_lo, round_to(hi / 26, 10))
        if emp_type in ("part_time", "temporary", "flexible") and rng.random() < 0.5:
            d_hi = d_lo
        rate = f"{d_lo}" if d_lo == d_hi else f"{d_lo}-{d_hi}"
        text = rng.choice([f"日结{rate}元/天", f"{rate}/天，当天结算", f"日薪{rate}元，日结", f"工资日结，{rate}一天"])
        return d_lo * 26, d_hi * 26, text, rng.choice([f"日结{d_lo}", f"日结{d_lo}/天", "日结"])
    if cycle == "h":
        h = max(18, round(lo / 208))
        mult = 80 if emp_type == "part_time" else 208
        text = rng.choice([f"时薪{h}元", f"{h}元/小时", f"按小时计，{h}元一小时", f"小时工资{h}元"])
        return h * mult, (h + 2) * mult, text, rng.choice([f"时薪{h}", f"{h}元/时"])
    if cycle == "w":
        d = round_to(lo / 26, 10)
        return d * 26, d * 26, f"{d}元/天，周结", "周结"
    smin, smax = round_to(lo, 500), round_to(hi, 500)
    if smax <= smin:
        smax = smin + 1000
    if cycle == "c":
        base = round_to(smin * rng.uniform(0.45, 0.65), 500)
        text = rng.choice([f"底薪{base}+提成，综合{smin}-{smax}", f"底薪{base}+高提成，月入{smin}-{smax}",
                           f"无责底薪{base}+提成+奖金，平均{smax // 1000}k左右", f"保底{base}，提成另算，综合{smin // 1000}-{smax // 1000}K"])
        return base, smax, text, rng.choice(["底薪+提成", f"月入{smax}+", "高提成"])
    if cycle == "p":
        text = rng.choice([f"计件工资，多劳多得，熟练工{smin}-{smax}", f"计件，月均{smin}-{smax}元", f"按件计酬，一般{smin // 1000}-{smax // 1000}千"])
        return smin, smax, text, rng.choice(["计件", f"计件 月入{smax}+"])
    text = rng.choice([f"月薪{smin}-{smax}", f"{smin // 1000}-{smax // 1000}K", f"综合工资{smin}-{smax}元/月",
                       f"薪资{smin}~{smax}", f"工资{smin}到{smax}", f"税前{smin}-{smax}元", f"综合{smin / 1000:g}-{smax / 1000:g}K"])
    return smin, smax, text, rng.choice([f"月入{smax}+", f"{smin // 1000}-{smax // 1000}K", f"{smin}-{smax}"])


def pick_cycle_and_type(rng, kind):
    emp = kind["emp"][0] if rng.random() < 0.55 else rng.choice(kind["emp"])
    cycles = kind["cycles"]
    if emp == "part_time":
        opts = [c for c in cycles if c in ("h", "d", "p", "c")] or ["h"]
    elif emp == "temporary":
        opts = [c for c in cycles if c in ("d", "p")] or ["d"]
    elif emp == "flexible":
        opts = [c for c in cycles if c in ("p", "d", "c")] or ["p"]
    elif emp == "internship":
        opts = ["m"] if rng.random() < 0.7 else ["d"]
    else:
        opts = [c for c in cycles if c not in ("h",)] or ["m"]
    cycle = opts[0] if rng.random() < 0.5 else rng.choice(opts)
    if emp == "temporary" and cycle == "d" and rng.random() < 0.1:
        cycle = "w"
    return emp, cycle


def pick_benefits(rng, emp, kind, emp_type, sched):
    out = [b for b in emp["benefits"] if rng.random() < 0.5]
    if emp_type in ("part_time", "flexible", "temporary"):
        out = [b for b in out if b in ("meals", "training", "room_and_board", "housing")]
    if "room_and_board" in out:
        out = [b for b in out if b not in ("meals", "housing")]
    if "social_insurance_housing_fund" in out:
        out = [b for b in out if b != "social_insurance"]
    if "weekends_off" in sched and "weekends_off" not in out:
        out.append("weekends_off")
    return sorted(set(out), key=list(BENEFIT_TEXT).index)


def make_title(rng, emp, kind, v, pay_bit):
    base = rng.choice(kind["titles"])
    if rng.random() < 0.03:
        for a, b in TYPOS.items():
            if a in base:
                base = base.replace(a, b)
                v["trap"].append("typo_in_title")
                break
    parts = [base]
    if kind["family"] == "factory" and emp["arch"] in FACTORY_WORD and rng.random() < 0.35:
        fw = FACTORY_WORD[emp["arch"]]
        parts = [rng.choice([f"{fw}招{base}", f"{fw} {base}", f"{CITIES[v['city']][0]}{fw}{rng.choice(['招', '急招'])}{base}"])]
    if v["headcount"] >= 5 and rng.random() < 0.15:
        parts.append(rng.choice(["若干名", f"{v['headcount']}名", "多名"]))
    if rng.random() < 0.22:
        parts.append(pay_bit)
    ben_bits = [b for b in v["benefits"] if b in ("room_and_board", "housing", "social_insurance_housing_fund", "weekends_off", "meals")]
    if ben_bits and rng.random() < 0.3:
        parts.append(rng.choice(BENEFIT_TEXT[rng.choice(ben_bits)][:2]))
    et = v["employment_type"]
    if et != "full_time" and rng.random() < 0.45:
        parts.append({"part_time": rng.choice(["（兼职）", "兼职", "周末兼职" if "weekend" in v["schedule"] else "兼职"]),
                      "internship": rng.choice(["实习生", "（实习）", "-2020届实习"]), "temporary": rng.choice(["临时工", "短期工"]),
                      "flexible": rng.choice(["灵活就业", "时间自由"])}[et])
    if rng.random() < 0.12:
        parts.append(f"（{v['county_name']}）" if rng.random() < 0.6 else f"-{CITIES[v['city']][0]}")
    if rng.random() < 0.12:
        parts.insert(0, rng.choice(["急招", "急招！！", "【急聘】", "高薪诚聘", "直招", f"【{emp['word']}】"]))
    sep = rng.choice(["", " ", " ", "｜", "，", "/"])
    title = parts[0]
    for p in parts[1:]:
        title += p if p.startswith(("（", "-", "【")) or title.endswith(("】", "！")) else sep + p
    return title[:60]


def make_description(rng, emp, kind, v, pay_text):
    blocks = []
    if rng.random() < 0.3:
        blocks.append(rng.choice([f"因业务发展，现招聘{kind['name']}{v['headcount']}名。", f"门店/项目扩张，诚招{kind['name']}。",
                                  f"{emp['word']}团队招人啦！", f"本公司长期招聘{kind['name']}。"]))
    duties = rng.sample(kind["duties"], k=rng.randint(1, len(kind["duties"])))
    style = rng.random()
    if style < 0.35:
        blocks.append("岗位职责：" + "；".join(f"{i + 1}、{d}" for i, d in enumerate(duties)) + "。")
    else:
        blocks.append("，".join(duties) + "。")
    req = [rng.choice(EDU_TEXT.get(v["education_min"], ["学历不限"]))]
    if v["experience_min_years"] > 0:
        req.append(rng.choice([f"{v['experience_min_years']}年以上相关经验", f"有{v['experience_min_years']}年经验优先考虑，经验要求{v['experience_min_years']}年"]))
    else:
        req.append(rng.choice(["无经验可培训", "小白可带", "接受无经验", "新手可学"]))
    req.append(rng.choice(SOFT))
    blocks.append(("任职要求：" if style < 0.35 else "") + "，".join(req) + "。")
    blocks.append(pay_text + "。")
    if v["schedule"]:
        blocks.append(rng.choice(SCHED_TEXT[v["schedule"][0]]) + "。")
    perks = [rng.choice(BENEFIT_TEXT[b]) for b in v["benefits"]]
    if rng.random() < 0.3:
        perks.append(rng.choice(EXTRA_PERKS))
    if perks:
        blocks.append(rng.choice(["福利：", "待遇：", ""]) + "、".join(perks) + "。")
    shown = [g for g in v["welcomed_groups"] if rng.random() < 0.6]
    if shown:
        blocks.append("，".join(rng.choice(GROUP_TEXT[g]) for g in shown) + "。")
    if emp["types"] and rng.random() < 0.75:
        blocks.append(rng.choice(ETYPE_TEXT[emp["types"][0]]) + "。")
    if rng.random() < 0.25:
        blocks.append(rng.choice(["有意者请在线投递简历。", "欢迎投递！", "面试通过即可上岗。", "工作地点：" + v["county_name"] + "。"]))
    text = "".join(blocks)
    while len(text) > 300 and len(blocks) > 3:
        blocks.pop(0 if len(blocks[0]) < 40 else -1)
        text = "".join(blocks)
    if len(text) < 40:
        text += "工作环境好，同事好相处，欢迎有意向的朋友投递简历。"
    return text[:300]


def occupation_for(rng, kind):
    x = rng.random()
    if x < 0.62:
        return kind["occ"]
    if x < 0.88 and kind["alt_occ"]:
        return rng.choice(kind["alt_occ"])
    return kind["occ"][:4]


def make_vacancy(rng, emp, seq):
    spec = emp["kinds"] if rng.random() > 0.08 else OFFICE_EXTRAS
    kind = KINDS[weighted(rng, spec)]
    city = rng.choice(emp["cities"])
    county, county_name = rng.choice(emp["counties"][city])
    emp_type, cycle = pick_cycle_and_type(rng, kind)
    if emp_type == "part_time":
        sched = [rng.choice(["weekend", "evening", "flexible"])]
    elif kind["sched"]:
        sched = [rng.choice(kind["sched"])] if rng.random() < 0.7 else []
    else:
        sched = []
    edu = kind["edu"]
    if rng.random() < 0.25:
        edu = EDU_ORDER[max(0, EDU_ORDER.index(edu) - 1)]
    exp = kind["exp"] if rng.random() < 0.65 else 0
    if emp_type == "internship":
        exp = 0
    big = kind["family"] in ("factory", "logistics") or emp["arch"] in ("agency", "build")
    v = {"kind": kind, "city": city, "county_name": county_name, "headcount": rng.randint(5, 120) if big else rng.randint(1, 8),
         "employment_type": emp_type, "schedule": sched, "education_min": edu, "experience_min_years": exp, "trap": []}
    v["benefits"] = pick_benefits(rng, emp, kind, emp_type, sched)
    groups = [g for g in emp["groups"] if rng.random() < 0.35]
    if emp_type == "internship" and "graduate" not in groups:
        groups.append("graduate")
    v["welcomed_groups"] = groups
    smin, smax, pay_text, pay_bit = make_pay(rng, kind, cycle, emp_type, CITIES[city][2])
    title = make_title(rng, emp, kind, v, pay_bit)
    desc = make_description(rng, emp, kind, v, pay_text)
    ind = emp["industry"] if rng.random() < 0.72 else (kind["industry"] if rng.random() < 0.5 else "")
    return {
        "external_ref": f"V6-{seq:04d}", "title": title, "description": desc, "occupation_code": occupation_for(rng, kind),
        "industry_code": ind, "region_code": county, "headcount": v["headcount"], "salary_min": smin, "salary_max": smax,
        "education_min": edu, "experience_min_years": exp, "employment_type": emp_type, "benefits": v["benefits"],
        "welcomed_groups": groups, "employer_name": emp["name"],
        # hidden ground truth (see grading.HIDDEN_FIELDS)
        "job_kind": kind["id"], "job_family": kind["family"],
        "pay_cycle": {"m": "monthly", "d": "daily", "h": "hourly", "w": "weekly", "p": "piece", "c": "commission"}[cycle],
        "schedule": sched, "fields": kind["fields"], "employer_fields": emp["fields"], "employer_types": emp["types"],
        "city": city, "trap": v["trap"], "alt_employment": [],
    }


def add_traps(rng, vacancies):
    """A few deliberate, realistic traps (documented in WORLD.md)."""
    def pick(pred, n):
        cands = [v for v in vacancies if pred(v) and not v["trap"]]
        return rng.sample(cands, min(n, len(cands)))
    for v in pick(lambda v: not {"housing", "room_and_board"} & set(v["benefits"]) and v["job_family"] in ("factory", "logistics", "catering"), 4):
        v["description"] = (v["description"] + "不包住，每月住房补贴300元。")[:300]
        v["trap"].append("negated_housing")
    for v in pick(lambda v: v["pay_cycle"] == "monthly" and v["job_kind"] in ("zhuangxie", "fenjian", "dabao", "pugong", "baozhuang"), 3):
        v["description"] = (v["description"] + "工资月结，不是日结，介意勿投。")[:300]
        v["trap"].append("negated_daily")
    for v in pick(lambda v: v["job_kind"] in ("kefu", "kefu_ds", "shouhou"), 3):
        v["description"] = (v["description"] + "纯客服岗，不做电话销售。")[:300]
        v["trap"].append("negated_sales")
    for v in pick(lambda v: v["employment_type"] == "full_time" and v["job_kind"] in ("naicha", "fuwuyuan", "daogou", "jianji", "wenan", "kefu_ds"), 4):
        v["description"] = ("全职/兼职均可。" + v["description"])[:300]
        v["alt_employment"] = ["part_time"]
        v["trap"].append("also_part_time_in_text")
    for v in pick(lambda v: "room_and_board" in v["benefits"] and v["salary_max"] >= 6000, 4):
        v["title"] = rng.choice([f"急招！包吃住 月入{v['salary_max']}+", f"包吃住 {v['salary_min'] // 1000}-{v['salary_max'] // 1000}K 直招",
                                 f"好工作 包吃住 月入{v['salary_max']}+"])
        v["trap"].append("title_without_job_word")


def main():
    rng = random.Random(SEED)
    employers = build_employers(rng)
    total_w = sum(e["weight"] for e in employers)
    counts = [max(2, math.floor(TARGET_VACANCIES * e["weight"] / total_w)) for e in employers]
    i = 0
    while sum(counts) < TARGET_VACANCIES:
        counts[i % len(counts)] += 1
        i += 7
    vacancies = []
    for emp, n in zip(employers, counts, strict=False):
        for _ in range(n):
            vacancies.append(make_vacancy(rng, emp, len(vacancies) + 1))
    add_traps(rng, vacancies)
    with open(HERE / "vacancies.jsonl", "w", encoding="utf-8") as f:
        for v in vacancies:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")
    print(f"{len(vacancies)} vacancies from {len(employers)} employers, {len({v['job_kind'] for v in vacancies})} kinds used")


if __name__ == "__main__":
    main()
