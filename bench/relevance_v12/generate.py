# ruff: noqa: E501
"""Deterministic generator for vacancies.jsonl (seed 12). Run: python generate.py"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue import CITY_NAMES, EMPLOYERS, KINDS, PLACES  # noqa: E402

HERE = Path(__file__).resolve().parent
EDU = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]
EDU_WORD = {"none": "学历不限", "junior_middle": "初中及以上", "senior_high": "高中或中专以上", "associate": "大专及以上学历", "bachelor": "本科及以上"}
PERK_WORDS = {
    "room_and_board": ["包吃住", "吃住全包", "提供食宿", "管吃管住"],
    "meals": ["管饭", "包工作餐", "提供午餐", "包两餐"],
    "housing": ["提供宿舍", "包住", "有员工宿舍", "免费住宿"],
    "social_insurance_housing_fund": ["缴纳五险一金", "五险一金", "入职交五险一金"],
    "social_insurance": ["缴纳社保", "买五险", "交社保"],
    "transport": ["有交通补贴", "报销车费"],
    "shuttle": ["有通勤班车", "班车接送"],
    "paid_leave": ["带薪年假", "享受带薪年休假"],
    "year_end_bonus": ["年底有年终奖", "年终奖金"],
    "training": ["岗前免费培训", "有师傅带", "包教包会"],
    "weekends_off": ["双休", "周末双休", "做五休二"],
}
SCHED_WORDS = {
    "day": ["白班", "早八晚六", "长白班", "上午8点到下午6点"],
    "rotating": ["两班倒", "三班倒", "倒班", "白夜班轮换"],
    "night": ["夜班", "晚8点到早6点", "上夜班"],
    "evening": ["晚上上班", "下午5点到凌晨1点", "晚班"],
    "weekend": ["周末上班", "只上周六周日", "周末兼职"],
    "flexible": ["时间自由", "上线时间自己定", "灵活安排时间"],
}
CYCLE_WORDS = {"daily": ["日结", "当天结工资", "一天一结"], "weekly": ["周结", "一周一结"], "piece": ["计件", "多劳多得，按件计酬"], "monthly": ["月薪", "每月15号发上月工资", "按月发放"]}
TYPE_WORDS = {"part_time": ["兼职", "可做兼职"], "temporary": ["临时工", "短期工", "干两三个月"], "internship": ["实习生", "接收实习"], "flexible": ["灵活用工", "众包"], "full_time": ["长期工", "正式工"]}
GROUP_WORDS = {"graduate": "欢迎2020届高校毕业生", "migrant_worker": "欢迎返岗农民工", "hubei": "欢迎湖北籍劳动者", "poverty_registered": "优先录用建档立卡贫困劳动力", "employment_difficulty": "欢迎就业困难人员", "veteran": "退役军人优先", "disabled": "岗位适合残疾人"}


def r100(x: float) -> int:
    return int(round(x / 100.0) * 100)


def pick_kinds(rng: random.Random, weights: dict[str, int], n: int) -> list[str]:
    kinds = list(weights)
    out = kinds[:n]
    while len(out) < n:
        out.append(rng.choices(kinds, [weights[k] for k in kinds])[0])
    rng.shuffle(out)
    return out


def truths(rng: random.Random, kind: str, emp: tuple) -> dict:
    f = KINDS[kind]
    lo, hi = f["pay"]
    pmin = r100(lo * rng.uniform(0.9, 1.12))
    pmax = max(pmin, r100(hi * rng.uniform(0.88, 1.1)))
    cycle = f["cycle"]
    if cycle == "daily" and rng.random() < 0.3:
        cycle = "monthly"
    elif cycle == "monthly" and kind in ("waiter", "kitchen_helper", "dishwasher", "loader_worker", "cleaner", "room_attendant") and rng.random() < 0.15:
        cycle = rng.choice(["daily", "weekly"])
    elif cycle == "piece" and rng.random() < 0.2:
        cycle = "weekly" if kind in ("delivery_rider", "courier") else "monthly"
    typ = f["type"]
    if typ == "full_time":
        x = rng.random()
        if kind in ("waiter", "cashier", "shop_assistant", "tutor", "cleaner", "kitchen_helper", "bbq_chef", "customer_service", "dishwasher") and x < 0.2:
            typ = "part_time"
        elif kind in ("office_clerk", "accountant", "qc_inspector", "site_engineer", "customer_service", "preschool_teacher", "nurse", "receptionist_admin", "solar_om") and x < 0.15:
            typ = "internship"
        elif kind in ("site_labourer", "loader_worker", "fruit_sorter", "painter", "food_packer") and x < 0.15:
            typ = "temporary"
    elif typ == "temporary" and rng.random() < 0.1:
        typ = "full_time"
    if typ == "part_time":
        pmin, pmax = r100(pmin * 0.5), r100(pmax * 0.55)
    if typ == "internship":
        pmin, pmax = r100(pmin * 0.7), r100(pmax * 0.75)
    sched = f["sched"]
    if typ == "part_time":
        sched = rng.choice(["evening", "weekend", "flexible"])
    elif sched == "day" and kind in ("security_guard", "sorter", "caregiver") and rng.random() < 0.3:
        sched = "rotating"
    elif sched == "rotating" and rng.random() < 0.2:
        sched = "day"
    elif sched == "day" and kind in ("loader_worker", "food_packer", "factory_worker") and rng.random() < 0.15:
        sched = "night"
    perks = [p for p in emp[7] if rng.random() > 0.15]
    if rng.random() < 0.2:
        perks.append(rng.choice(["training", "year_end_bonus", "transport", "weekends_off", "meals", "housing"]))
    if "room_and_board" in perks:
        perks = [p for p in perks if p not in ("meals", "housing")]
    if "social_insurance_housing_fund" in perks and "social_insurance" in perks:
        perks.remove("social_insurance")
    if typ in ("part_time", "flexible"):
        perks = [p for p in perks if p not in ("social_insurance_housing_fund", "social_insurance", "paid_leave", "year_end_bonus")]
    perks = sorted(set(perks))
    age = f["age"] + rng.choice([-5, 0, 0, 5])
    if rng.random() < 0.3:
        age = 60
    groups = sorted({g for g in emp[8] if rng.random() < 0.65})
    if typ == "internship" and "graduate" not in groups:
        groups.append("graduate")
    edu = f["edu"]
    if rng.random() < 0.15:
        edu = EDU[max(0, EDU.index(edu) + rng.choice([-1, 1]))]
    exp = f["exp"]
    if typ == "internship":
        exp = 0
    elif rng.random() < 0.2:
        exp = max(0, exp + rng.choice([-1, 1, 2]))
    if exp >= 1 and typ in ("part_time", "temporary", "flexible"):
        exp = 0
    return {"job_kind": kind, "true_pay_min": pmin, "true_pay_max": pmax, "true_pay_cycle": cycle, "true_type": typ,
            "perks": perks, "schedule": sched, "age_max": min(age, 60), "true_groups": sorted(groups), "true_edu": edu,
            "true_exp": exp}


def title_for(rng: random.Random, kind: str, t: dict, emp: tuple, region: str, others: list[str]) -> tuple[str, str]:
    f = KINDS[kind]
    base = f["name"] if rng.random() < 0.5 else rng.choice(f["alt"])
    style = emp[6]
    n = rng.randint(2, 30)
    place = PLACES[region]
    forms = []
    if style in ("hurried", "mixed"):
        forms += [base, base, "招" + base, "急招" + base, f"【急招】{base}", f"{base}{n}名", f"高薪招聘{base}", f"{base}数名"]
        if "room_and_board" in t["perks"]:
            forms.append(f"{base}+包吃住")
        if t["true_pay_cycle"] == "daily":
            forms.append(f"{base}（日结）")
    if style in ("long", "mixed"):
        forms += [f"{base}（{place}）", f"诚聘{base}", f"{base}—{rng.choice(PERK_WORDS[t['perks'][0]]) if t['perks'] else '待遇从优'}", f"{base}岗位"]
        if "graduate" in t["true_groups"]:
            forms.append(f"2020届毕业生专场：{base}")
    title = rng.choice(forms)
    trap = ""
    others = [o for o in others if o != kind]
    if others and rng.random() < 0.12:
        other = KINDS[rng.choice(others)]["name"]
        title = f"{base}/{other}"
        trap = "title_two_jobs"
    if t["true_type"] == "part_time" and rng.random() < 0.5:
        title = "兼职" + base
    if t["true_type"] == "internship" and rng.random() < 0.6:
        title = base + "（实习）"
    if "高薪" in title and not trap:
        trap = "title_high_pay"
    return title[:60], trap


def description_for(rng: random.Random, kind: str, t: dict, emp: tuple, region: str, others: list[str], salary: tuple[int, int]) -> tuple[str, str]:
    f = KINDS[kind]
    style = emp[6]
    parts = []
    trap = ""
    parts.append(f["duty"] + "。")
    cyc = t["true_pay_cycle"]
    if cyc == "daily":
        day = r100(t["true_pay_min"] / 26 * 100) // 100
        parts.append(f"{rng.choice(CYCLE_WORDS['daily'])}，一天{day}元左右。")
    elif cyc == "piece":
        parts.append(f"{rng.choice(CYCLE_WORDS['piece'])}，熟练工月收入{salary[0]}-{salary[1]}元。")
    elif cyc == "weekly":
        parts.append(f"{rng.choice(CYCLE_WORDS['weekly'])}，月收入{salary[0]}-{salary[1]}。")
    else:
        parts.append(f"月薪{salary[0]}-{salary[1]}元。" if rng.random() < 0.7 else "工资面议，待遇从优。")
    if t["perks"]:
        parts.append("，".join(rng.choice(PERK_WORDS[p]) for p in t["perks"]) + "。")
    if style != "hurried" or rng.random() < 0.4:
        parts.append(rng.choice(SCHED_WORDS[t["schedule"]]) + "。")
    if t["true_type"] != "full_time" or rng.random() < 0.2:
        parts.append(rng.choice(TYPE_WORDS[t["true_type"]]) + "。")
    if style == "long":
        if t["age_max"] < 60:
            parts.append(f"年龄18-{t['age_max']}岁，身体健康。")
        parts.append(EDU_WORD.get(t["true_edu"], "") + ("，" + (f"{t['true_exp']}年以上相关经验" if t["true_exp"] else "无经验可培训") + "。"))
        for g in t["true_groups"]:
            parts.append(GROUP_WORDS[g] + "。")
        parts.append(f"单位：{emp[1]}，工作地点{CITY_NAMES.get(region[:4], '')}{PLACES[region]}。")
    elif t["true_exp"] == 0 and rng.random() < 0.4:
        parts.append(rng.choice(["无经验可带", "新手可学", "不要求经验"]) + "。")
    # traps: other jobs, negations, other places
    x = rng.random()
    others = [o for o in others if o != kind]
    if others and x < 0.2:
        names = "、".join(KINDS[o]["name"] for o in rng.sample(others, min(2, len(others))))
        parts.append(rng.choice([f"本单位同时招聘{names}，欢迎咨询。", f"另招{names}若干。", f"有{names}经验者优先。"]))
        trap = trap or "desc_other_jobs"
    elif x < 0.3 and cyc == "monthly":
        parts.append(rng.choice(["不是日结，月底统一发放。", "非日结，勿扰。"]))
        trap = trap or "desc_not_daily"
    elif x < 0.38 and not ({"housing", "room_and_board"} & set(t["perks"])):
        parts.append(rng.choice(["不包住，本地优先。", "不提供住宿。"]))
        trap = trap or "desc_no_housing"
    elif x < 0.46:
        other_city = rng.choice([c for c in CITY_NAMES.values() if c != CITY_NAMES.get(region[:4])])
        parts.append(rng.choice([f"公司总部在{other_city}，本岗位在{PLACES[region]}。", f"曾在{other_city}做过同类工作者优先。"]))
        trap = trap or "desc_other_place"
    if t["true_type"] == "full_time" and rng.random() < 0.1:
        parts.append("不招兼职和临时工。")
    text = "".join(p for p in parts if p)
    if style == "hurried" and rng.random() < 0.3:
        text = text.replace("。", " ").strip()
    if len(text) < 20:
        text += "有意者请通过平台投递简历。"
    return text[:400], trap


def main() -> None:
    rng = random.Random(12)
    rows = []
    for emp in EMPLOYERS:
        key, name, industry, places, weights, n, style = emp[:7]
        kinds = pick_kinds(rng, weights, n)
        for i, kind in enumerate(kinds, 1):
            region = rng.choice(places)
            t = truths(rng, kind, emp)
            f = KINDS[kind]
            smin, smax = t["true_pay_min"], t["true_pay_max"]
            if rng.random() < 0.15:
                smax = r100(smax * 1.35)  # "up to" inflation; true pay stays
            title, trap1 = title_for(rng, kind, t, emp, region, list(weights))
            if trap1 == "title_high_pay":
                smax = max(smax, r100(smax * 1.2))
            desc, trap2 = description_for(rng, kind, t, emp, region, list(weights), (smin, smax))
            occ = f["occ"][0] if (style == "hurried" or rng.random() < 0.6) else rng.choice(f["occ"])
            vis_type = t["true_type"]
            if vis_type == "temporary" and rng.random() < 0.35:
                vis_type = "full_time"
            benefits = list(t["perks"]) if style == "long" else [p for p in t["perks"] if rng.random() < 0.6]
            groups = list(t["true_groups"]) if style != "hurried" else [g for g in t["true_groups"] if rng.random() < 0.5]
            edu = t["true_edu"] if (style != "hurried" or rng.random() < 0.7) else "none"
            headcount = rng.choice([1, 1, 2, 2, 3, 5, 5, 10, 20, 30, 50]) if f["fam"] in ("agriculture", "food", "factory", "construction", "logistics") else rng.choice([1, 1, 2, 2, 3, 4, 5, 6])
            row = {
                "external_ref": f"V12-{key}-{i:02d}", "title": title, "description": desc, "occupation_code": occ,
                "industry_code": industry, "region_code": region, "headcount": headcount, "salary_min": smin,
                "salary_max": smax, "education_min": edu, "experience_min_years": t["true_exp"],
                "employment_type": vis_type, "benefits": benefits, "welcomed_groups": groups, "employer_name": name,
                **t, "trap": trap1 or trap2 or "",
            }
            rows.append(row)
    with (HERE / "vacancies.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} vacancies, {len({r['employer_name'] for r in rows})} employers")


if __name__ == "__main__":
    main()
