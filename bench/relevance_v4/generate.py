"""Writes vacancies.jsonl for relevance_v4: ~450 vacancies from 64 made-up employers. Deterministic.

Run: /work/main/.venv/bin/python bench/relevance_v4/generate.py
Hidden ground truth per row (read only by grading.py): see grading.HIDDEN_FIELDS.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from catalogue import ARCHETYPES, CITIES, KINDS, NAME_WORDS  # noqa: E402

SEED = 20200704
REGION_NAMES = json.loads((HERE.parents[1] / "recruit/codes/data/regions.json").read_text(encoding="utf-8"))
rng = random.Random(SEED)

COUNTY_NAME = {code: name for _, counties, _ in CITIES for code, name in counties}
COUNTY_CITY = {code: city for city, counties, _ in CITIES for code, _ in counties}
COUNTY_FLAVOUR = {code: fl for _, counties, fl in CITIES for code, _ in counties}
CITY_COUNTIES = {city: [c for c, _ in counties] for city, counties, _ in CITIES}

# where some archetypes are (others: spread over the least-used counties)
PLACE_HINTS = {
    "agency": ["441900", "442000"], "electronics": ["441900", "411302", "511302"],
    "ecommerce": ["330782", "360702"], "mine": ["530381", "411481"], "hotel": ["460400"],
    "it": ["510703", "520303"], "welfare": ["341202", "620200"],
    "livestock": ["411381", "430582"], "garment": ["442000"], "transport": ["620200"],
}

CHAINS = {"restaurant", "logistics", "agency", "housekeeping", "delivery", "supermarket", "pharmacy", "public"}

BENEFIT_PROFILES = {  # family -> [(benefit, probability)]
    "factory": [("room_and_board", .45), ("housing", .25), ("social_insurance", .5), ("shuttle", .15), ("year_end_bonus", .2), ("training", .3)],
    "logistics": [("housing", .3), ("meals", .3), ("social_insurance", .45), ("transport", .1)],
    "catering": [("room_and_board", .5), ("meals", .35), ("social_insurance", .2)],
    "domestic": [("room_and_board", .35), ("training", .45), ("social_insurance", .15)],
    "cleaning_security": [("social_insurance", .55), ("meals", .25), ("housing", .25)],
    "construction": [("housing", .5), ("meals", .2)],
    "repair": [("training", .35), ("meals", .2), ("social_insurance", .2)],
    "it": [("social_insurance_housing_fund", .8), ("weekends_off", .6), ("paid_leave", .5), ("year_end_bonus", .4)],
    "retail": [("social_insurance", .45), ("meals", .3), ("training", .35), ("weekends_off", .1)],
    "media": [("social_insurance", .4), ("training", .5), ("weekends_off", .2)],
    "health": [("social_insurance_housing_fund", .6), ("paid_leave", .4), ("meals", .3), ("housing", .15)],
    "education": [("social_insurance_housing_fund", .5), ("weekends_off", .5), ("paid_leave", .4), ("meals", .3)],
    "beauty": [("room_and_board", .3), ("training", .6), ("housing", .2)],
    "hospitality": [("room_and_board", .45), ("social_insurance", .4)],
    "agriculture": [("room_and_board", .35), ("housing", .25), ("training", .2)],
    "public_welfare": [("social_insurance", .8)],
    "auto": [("room_and_board", .25), ("meals", .3), ("training", .35), ("social_insurance", .3)],
    "office": [("social_insurance_housing_fund", .5), ("social_insurance", .25), ("weekends_off", .55), ("paid_leave", .35)],
    "driver": [("social_insurance", .5), ("housing", .2), ("meals", .2)],
}
BENEFIT_TEXT = {
    "social_insurance_housing_fund": ["五险一金", "缴纳五险一金", "入职即买五险一金"],
    "social_insurance": ["购买社保", "交五险", "缴纳社会保险"],
    "room_and_board": ["包吃住", "免费食宿", "提供食宿，吃住全包"],
    "meals": ["包吃", "管三餐", "工作餐免费", "提供午餐"],
    "housing": ["包住", "免费住宿", "提供员工宿舍，拎包入住"],
    "transport": ["交通补贴", "每月车补"], "shuttle": ["有班车接送", "上下班班车"],
    "paid_leave": ["带薪年假", "法定节假日带薪休假"], "year_end_bonus": ["年终奖", "年底有奖金"],
    "training": ["岗前培训", "带薪培训，包教包会"], "weekends_off": ["双休", "周末双休"],
}
SCHEDULE_TEXT = {
    "two": ["两班倒", "白夜班轮换，一周一倒", "两班倒，每班11小时"],
    "long": ["长白班", "长白班，做六休一", "白班，早8点到晚8点"],
    "day": ["朝九晚五", "早8点到下午5点半", "做六休一", "月休4天"],
    "flex": ["时间自由", "上班时间自己安排", "时间灵活，多劳多得"],
    "half": ["半天班，上午或下午", "每天工作4小时，方便接送孩子", "下午班，时间短"],
    "wknd": ["周末上班", "周六周日上课", "只周末两天"],
    "night": ["夜班", "晚上6点到凌晨2点", "上夜班，白天休息"],
}
TYPOS = {"服务员": "服务圆", "保洁": "保结", "厨师": "橱师", "叉车": "差车", "仓管": "仓官", "普工": "普功", "收银": "收艮"}
PLAIN_TITLES = ["招人", "急聘两名", "招工", "诚聘", "急招", "招聘启事", "本店招人"]


def r100(x: float) -> int:
    return int(round(x / 100.0)) * 100


def pick_benefits(k: dict, arche: str) -> list[str]:
    out = [b for b, p in BENEFIT_PROFILES[k["family"]] if rng.random() < p]
    if "room_and_board" in out:
        out = [b for b in out if b not in ("meals", "housing")]
    if "social_insurance_housing_fund" in out:
        out = [b for b in out if b != "social_insurance"]
    if arche == "public":
        out = ["social_insurance"] if rng.random() < .8 else []
    return sorted(set(out))


def pick_groups(k: dict, arche: str) -> list[str]:
    g = set()
    fam = k["family"]
    if fam in ("factory", "logistics", "construction", "catering", "agriculture", "driver") and rng.random() < .45:
        g.add("migrant_worker")
    if fam in ("factory", "logistics", "catering") and rng.random() < .2:
        g.add("hubei")
    if k["edu"] in ("associate", "bachelor") and rng.random() < .6:
        g.add("graduate")
    if fam in ("it", "office", "media", "education", "health") and rng.random() < .35:
        g.add("graduate")
    if arche in ("public", "workshop") or (fam in ("agriculture", "cleaning_security") and rng.random() < .3):
        g.add("poverty_registered")
    if arche == "public" and rng.random() < .6:
        g.add("employment_difficulty")
    if arche == "welfare" or (k["key"] in ("massage", "data_entry", "poverty_workshop", "ecom_cs") and rng.random() < .4):
        g.add("disabled")
    if k["key"] in ("security", "doorman", "truck_driver", "pw_guard", "traffic_assist") and rng.random() < .4:
        g.add("veteran")
    return sorted(g)


def pay_for(k: dict, cycle: str, sched: str) -> tuple[int, int, str]:
    """(salary_min, salary_max as a monthly figure, pay text)."""
    lo, hi = k["pay"]
    lo = r100(lo * rng.uniform(.9, 1.1))
    hi = max(lo + 500, r100(hi * rng.uniform(.85, 1.15)))
    if cycle == "d":
        day = rng.choice([120, 150, 160, 180, 200, 220, 250, 280, 300, 350])
        day = max(100, min(day, int(hi / 24) // 10 * 10))
        text = rng.choice([f"日结{day}/天", f"{day}元一天，当天结算", f"工资日结，一天{day}", f"日薪{day}元，干一天结一天"])
        return r100(day * 22), r100(day * 26), text
    if cycle == "h":
        hour = rng.choice([16, 18, 20, 22, 25, 28, 30])
        hours = 4 * 26 if sched in ("half", "flex", "wknd") else 9 * 26
        if sched == "wknd":
            hours = 8 * 8
        text = rng.choice([f"时薪{hour}元", f"{hour}元/小时", f"按小时算，每小时{hour}块"])
        return r100(hour * hours * .8), r100(hour * hours), text
    if cycle == "p":
        text = rng.choice([f"计件工资，熟手月入{hi}以上", f"多劳多得，计件，平均{lo}-{hi}", f"按件计酬，月收入{lo // 1000}-{hi // 1000}K",
                           f"提成制，旺季{hi}+"])
        return lo, hi, text
    if cycle == "c":
        base = r100(min(lo, rng.choice([1800, 2000, 2500, 3000, 3500])))
        text = rng.choice([f"底薪{base}+提成", f"底薪{base}+提成，综合{lo // 1000}-{hi // 1000}K", f"保底{base}，上不封顶"])
        return base, hi, text
    if cycle == "n":
        return lo, hi, rng.choice(["工资面议", "面议", "工资高，面谈", "待遇从优"])
    text = rng.choice([f"月薪{lo}-{hi}", f"{lo / 1000:g}-{hi / 1000:g}K", f"综合工资{lo / 1000:g}-{hi / 1000:g}K",
                       f"到手{lo}+", f"工资{lo}到{hi}元", f"月薪{lo}元起"])
    return lo, hi, text


def make_title(k: dict, style: str, cycle: str, pay_text: str, lo: int, hi: int, benefits: list[str], head: int, arche: str) -> str:
    base = rng.choice(k["titles"]) if rng.random() < .6 else k["titles"][0]
    r = rng.random()
    if style == "plain" and r < .3:
        return rng.choice(PLAIN_TITLES + [f"{k['titles'][-1]}一名", "店员一名"] if arche in ("supermarket", "salon", "restaurant") else PLAIN_TITLES)
    if style == "floor" and r < .7:
        pats = [f"急招！！{base}", f"招{base}若干名", f"{base} 包吃住 月入{hi}+" if "room_and_board" in benefits else f"{base} 月入{hi}+",
                f"【高薪】{base}", f"{base}{head}名（{pay_text}）", f"急聘{base}，{pay_text}"]
        t = rng.choice(pats)
    elif r < .25:
        t = f"{base}（{pay_text}）"
    elif r < .35 and benefits:
        t = base + " " + BENEFIT_TEXT[benefits[0]][0]
    elif r < .42:
        t = f"招聘{base}{rng.choice(['2名', '3名', '若干', ''])}"
    else:
        t = base
    if rng.random() < .03:
        for a, b in TYPOS.items():
            if a in t:
                t = t.replace(a, b)
                break
    return t[:60] if len(t) >= 2 else base


def make_desc(k: dict, style: str, emp: str, pay_text: str, sched: str, benefits: list[str], edu: str, exp: int,
              groups: list[str], head: int) -> str:
    duties = rng.sample(k["duties"], min(len(k["duties"]), rng.randint(1, 3)))
    sched_t = rng.choice(SCHEDULE_TEXT[sched])
    ben_t = "，".join(rng.choice(BENEFIT_TEXT[b]) for b in benefits)
    if style == "plain":
        bits = [f"招{k['name']}{head}名", duties[0], pay_text, sched_t] + ([ben_t] if ben_t else []) + ["有意者到店面谈"]
        return "，".join(bits) + "。"
    req = {"none": "学历不限", "junior_middle": "初中以上文化", "senior_high": "高中或中专以上学历",
           "associate": "大专及以上学历", "bachelor": "本科及以上学历"}[edu]
    exp_t = f"，{exp}年以上相关经验" if exp else rng.choice(["，无经验可培训", "，新手可学", "", "，有经验者优先"])
    parts = [rng.choice([f"{emp}因业务发展，招聘{k['name']}{head}名。", "岗位职责：", f"【{k['name']}】"]),
             "；".join(duties) + "。", f"任职要求：{req}{exp_t}，身体健康能吃苦耐劳，责任心强。".replace("身体健康", "") if rng.random() < .5
             else f"要求：{req}{exp_t}。", f"薪资：{pay_text}。", f"时间：{sched_t}。"]
    if ben_t:
        parts.append(f"福利：{ben_t}。")
    if "disabled" in groups and rng.random() < .7:
        parts.append("欢迎残疾人朋友报名，岗位可做无障碍调整。")
    if "poverty_registered" in groups and rng.random() < .5:
        parts.append("优先招用建档立卡贫困劳动力。")
    if "graduate" in groups and rng.random() < .5:
        parts.append("欢迎2020届应届毕业生。")
    if "hubei" in groups and rng.random() < .5:
        parts.append("欢迎湖北籍务工人员返岗。")
    return "".join(parts)[:300]


def main() -> None:
    usage = {c: 0 for c in COUNTY_NAME}
    employers = []
    for arche, n, pattern, kinds, ind, style in ARCHETYPES:
        for i in range(n):
            hints = [c for c in PLACE_HINTS.get(arche, []) if usage[c] < 6]
            if i < len(hints):
                county = hints[i]
            else:
                pool = [c for c in COUNTY_NAME if arche != "public" or COUNTY_FLAVOUR[c] == "county"]
                m = min(usage[c] for c in pool)
                county = rng.choice(sorted(c for c in pool if usage[c] == m))
            usage[county] += 1
            place = COUNTY_NAME[county] if rng.random() < .6 or arche == "public" else COUNTY_CITY[county]
            if arche == "public":
                place = REGION_NAMES[county]
            name = pattern.format(p=place, w=rng.choice(NAME_WORDS))
            employers.append({"arche": arche, "name": name, "county": county, "kinds": kinds.split(","),
                              "industry": ind, "style": style, "n": rng.randint(4, 10)})
    rows = []
    for ei, e in enumerate(employers, 1):
        for vi in range(1, e["n"] + 1):
            k = KINDS[rng.choice(e["kinds"])]
            county = e["county"]
            if e["arche"] in CHAINS and rng.random() < .3:
                same_city = [c for c in CITY_COUNTIES[COUNTY_CITY[county]] if c != county]
                county = rng.choice(same_city) if same_city and rng.random() < .6 else rng.choice(sorted(COUNTY_NAME))
            style = e["style"] if rng.random() < .75 else rng.choice(["std", "floor", "plain"])
            if COUNTY_FLAVOUR[county] == "county" and style == "std" and rng.random() < .3:
                style = "plain"
            cycle = rng.choice(k["cycles"])
            if style == "plain" and rng.random() < .25:
                cycle = "n"
            sched = rng.choice(k["schedules"])
            lo, hi, pay_text = pay_for(k, cycle, sched)
            benefits = pick_benefits(k, e["arche"])
            groups = pick_groups(k, e["arche"])
            edu = k["edu"]
            if rng.random() < .2:
                edu = "none" if edu in ("junior_middle", "senior_high") else edu
            exp = 0 if k["edu"] == "none" or rng.random() < .6 else rng.choice([1, 2, 3])
            emp_type = "full_time"
            if sched in ("half", "wknd") or cycle == "h" and sched == "flex":
                emp_type = "part_time"
            elif k["key"] in ("rider", "ridehail", "anchor", "hourly_cleaner", "poverty_workshop", "locksmith"):
                emp_type = "flexible"
            elif cycle == "d" and k["family"] in ("agriculture", "logistics") and rng.random() < .5:
                emp_type = "temporary"
            elif k["edu"] in ("associate", "bachelor") and rng.random() < .08:
                emp_type = "internship"
            head = rng.choice([1, 1, 2, 2, 3, 5, 10, 20]) if e["style"] != "floor" else rng.choice([10, 20, 30, 50, 100])
            trap = ""
            true_benefits, true_groups = list(benefits), list(groups)
            title = make_title(k, style, cycle, pay_text, lo, hi, benefits, head, e["arche"])
            desc = make_desc(k, style, e["name"], pay_text, sched, benefits, edu, exp, groups, head)
            # deliberate traps (documented in WORLD.md), decided by the row's position so they stay few
            t = rng.random()
            if t < .04 and "room_and_board" in benefits:
                trap, benefits = "perk_unticked", [b for b in benefits if b != "room_and_board"]
            elif .04 <= t < .055 and cycle in ("m", "c") and hi < 10000:
                trap, title = "title_hype", f"{k['titles'][0]} 月入过万"
            elif .055 <= t < .07 and cycle == "m":
                trap, desc = "negated_daily", desc + "不是日结，每月15号发上月工资。"
            elif .07 <= t < .08:
                trap = "wrong_occupation"
            elif .08 <= t < .1 and "disabled" not in groups and k["family"] in ("office", "retail"):
                trap, desc = "disabled_text_only", desc + "欢迎残疾人朋友报名。"
                true_groups = sorted(set(groups) | {"disabled"})
            occ = k["occ"][0] if rng.random() < .6 else rng.choice(k["occ"])
            if trap == "wrong_occupation":
                occ = rng.choice(["8-00", "4-99", "6-99"])
            if len(desc) < 40:
                desc += rng.choice(["欢迎有意者前来咨询。", "长期招聘，欢迎加入我们。", "待遇从优，来了就能上岗。"])
            rows.append({
                "external_ref": f"v4-e{ei:02d}-{vi:02d}", "title": title, "description": desc, "occupation_code": occ,
                "industry_code": "" if rng.random() < .2 else rng.choice([e["industry"]] + k["ind"][:1]),
                "region_code": county, "headcount": head, "salary_min": lo, "salary_max": hi,
                "education_min": edu, "experience_min_years": exp, "employment_type": emp_type,
                "benefits": benefits, "welcomed_groups": groups, "employer_name": e["name"],
                "job_kind": k["key"], "family": k["family"], "pay_cycle": {"m": "monthly", "d": "daily", "h": "hourly", "p": "piece",
                                                                          "c": "base_commission", "n": "negotiable"}[cycle],
                "schedule": sched, "true_benefits": true_benefits, "true_groups": true_groups,
                "public_welfare": e["arche"] == "public", "county_town": COUNTY_FLAVOUR[county] == "county",
                "writing_style": style, "trap": trap,
            })
    with open(HERE / "vacancies.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} vacancies, {len(employers)} employers, {len({r['job_kind'] for r in rows})} kinds used")


if __name__ == "__main__":
    main()
