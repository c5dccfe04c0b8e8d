"""Write vacancies.jsonl for relevance_v8: ~450 vacancies from 70 employers in the south / south-west.

Deterministic (own seed, stdlib only). Run: /work/main/.venv/bin/python bench/relevance_v8/generate.py
The hidden ground truth (job_kind, true pay, true perks, schedule, town, extras, trap) is for grading.py
only; the runner uploads the CSV columns.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import catalogue as cat  # noqa: E402

SEED = 8_2020_0615
OUT = HERE / "vacancies.jsonl"

HIGH_WAGE = ("4419", "4420", "3502", "3501", "3505")
SKILLED = {"welder", "cnc", "mould", "machine_repair", "electrician", "chef", "truck_driver", "excavator",
           "crane", "hairdresser", "doctor", "tcm_doctor", "java_dev", "web_dev", "auto_mechanic", "yuesao",
           "tiler", "carpenter_form", "site_engineer", "accountant", "restaurant_mgr", "store_mgr",
           "dive_coach", "noodle_cook", "bbq", "appliance_repair", "nurse", "pharmacist"}
OFFICE_LIKE = {"office", "it", "education", "health", "media"}
BLUE = {"factory", "food", "logistics", "construction", "agriculture"}


def short_employer(name: str) -> str:
    for cut in ("有限公司", "专业合作社", "扶贫车间", "连锁", "服务中心", "营业部", "集团项目部"):
        name = name.replace(cut, "")
    for prefix in ("东莞市", "中山市", "嘉峪关市", "儋州", "昆明", "云南", "贵州", "广西", "海南", "福州",
                   "厦门", "重庆", "南昌", "柳州", "桂林", "西双版纳", "普洱", "大理", "丽江", "贵阳"):
        if name.startswith(prefix) and len(name) - len(prefix) >= 3:
            name = name[len(prefix):]
            break
    for tail in ("管理", "服务", "开发", "运营", "发展"):
        if name.endswith(tail) and len(name) - len(tail) >= 4:
            name = name[: -len(tail)]
    return name


def place_word(rng: random.Random, code: str, town: str) -> str:
    county = cat.PLACES[code]
    city = cat.CITY_SHORT.get(code[:4], "")
    options = [county] + ([city + county] if city and city not in county else []) + ([town] if town else [])
    return rng.choice(options)


def pick_pay(rng: random.Random, kind: dict, code: str, emp_type: str, flags: set) -> dict:
    lo, hi = kind["pay"]
    factor = 1.1 if code.startswith(HIGH_WAGE) else (0.85 if int(code[4:]) >= 21 else 1.0)
    factor *= rng.uniform(0.9, 1.1)
    lo, hi = (round(x * factor / 500) * 500 if x * factor >= 5000 else round(x * factor, -2) for x in (lo, hi))
    cycles = kind["cycles"]
    cycle = cycles[0] if rng.random() < 0.6 else rng.choice(cycles)
    if "a" in flags and cycle == "m" and rng.random() < 0.3:
        cycle = "w"
    if emp_type == "part_time" and cycle in ("m", "w"):
        cycle = "h" if rng.random() < 0.6 else "d"
    pay = {"cycle": cycle, "rate": None, "lo": int(lo)}
    if cycle in ("m", "w", "p"):
        pay["min"], pay["max"] = int(lo), int(hi)
    elif cycle == "c":
        pay["base"] = int(round(lo * 0.55, -2))
        pay["min"], pay["max"] = pay["base"], int(hi)
    elif cycle == "d":
        days = 12 if emp_type == "part_time" else 26
        r_lo = int(round(lo / 26, -1))
        r_hi = max(r_lo, int(round(hi / 26, -1)))
        pay.update(rate=(r_lo, r_hi), min=r_lo * days, max=r_hi * days)
    else:  # hourly
        hours = 80 if emp_type == "part_time" else 230
        r_lo = max(16, int(lo / 230))
        r_hi = r_lo + rng.choice((0, 2, 3, 5))
        pay.update(rate=(r_lo, r_hi), min=r_lo * hours, max=r_hi * hours)
    return pay


def pay_text(rng: random.Random, pay: dict) -> str:
    lo, hi, cycle = pay["min"], pay["max"], pay["cycle"]
    if cycle == "m":
        return rng.choice([f"月薪{lo}-{hi}", f"薪资{lo / 1000:g}-{hi / 1000:g}K", f"综合{lo / 1000:g}-{hi / 1000:g}K",
                           f"工资{lo}~{hi}元/月", f"到手{lo}以上", f"月薪{lo}-{hi}元，按月发放"])
    if cycle == "w":
        return rng.choice([f"周结，月综合{lo}-{hi}", f"工资周结，每周五发，月入{lo}-{hi}"])
    if cycle == "p":
        return rng.choice([f"计件，多劳多得，熟手{hi}+", f"按件计酬，平均{lo}-{hi}元/月",
                           f"计件工资，一般{lo / 1000:g}-{hi / 1000:g}K"])
    if cycle == "c":
        return rng.choice([f"底薪{pay['base']}+提成，综合{pay['lo']}-{hi}", f"无责底薪{pay['base']}+高提成",
                           f"保底{pay['base']}，上不封顶，好的月入{hi}+"])
    r_lo, r_hi = pay["rate"]
    rate = f"{r_lo}" if r_lo == r_hi else f"{r_lo}-{r_hi}"
    if cycle == "d":
        return rng.choice([f"日结{rate}元/天", f"{rate}元/天，当天结算", f"日薪{rate}，干一天结一天",
                           f"工资日结，每天{rate}元"])
    return rng.choice([f"时薪{rate}元", f"{rate}元/小时", f"按小时计，{rate}元一小时"])


def pick_perks(rng: random.Random, kind: dict, sched: str, flags: set, emp_type: str) -> list[str]:
    fam, key = kind["family"], kind["key"]
    perks: list[str] = []
    live_in = key in ("nanny", "yuesao", "childcare")
    if fam in BLUE or fam in ("catering", "hospitality") or live_in:
        x = rng.random()
        if x < (0.7 if live_in else 0.5):
            perks.append("room_and_board")
        elif x < 0.68:
            perks.append("housing")
        elif x < 0.82:
            perks.append("meals")
    elif fam in ("retail", "beauty", "auto", "repair", "cleaning", "domestic", "driver"):
        x = rng.random()
        if x < 0.2:
            perks.append("meals")
        elif x < 0.35:
            perks.append("housing")
        elif x < 0.45:
            perks.append("room_and_board")
    if emp_type == "full_time":
        x = rng.random()
        fund_p = 0.45 if (fam in OFFICE_LIKE or "k" in flags) else 0.12
        if x < fund_p:
            perks.append("social_insurance_housing_fund")
        elif x < fund_p + 0.35:
            perks.append("social_insurance")
    if sched == "W":
        perks.append("weekends_off")
    for code, p in (("shuttle", 0.12 if fam in ("factory", "food") else 0.0), ("training", 0.25),
                    ("year_end_bonus", 0.2), ("paid_leave", 0.25 if fam in OFFICE_LIKE else 0.03),
                    ("transport", 0.06)):
        if rng.random() < p:
            perks.append(code)
    return perks


def pick_groups(rng: random.Random, kind: dict, flags: set) -> list[str]:
    key, fam = kind["key"], kind["family"]
    out = []
    if "g" in flags and (kind["edu"] in "sab" or fam in OFFICE_LIKE) and rng.random() < 0.75:
        out.append("graduate")
    if "m" in flags and fam not in OFFICE_LIKE and rng.random() < 0.6:
        out.append("migrant_worker")
    if "h" in flags and rng.random() < 0.45:
        out.append("hubei")
    if "p" in flags and rng.random() < 0.7:
        out.append("poverty_registered")
    if "v" in flags and rng.random() < (0.7 if fam in ("cleaning", "driver", "logistics") else 0.2):
        out.append("veteran")
    friendly = {"massage", "data_entry", "customer_service", "ecom_cs", "telesales", "cashier", "craft_worker"}
    if "d" in flags and rng.random() < (0.7 if key in friendly else 0.1):
        out.append("disabled")
    if "e" in flags and fam in ("cleaning", "domestic", "catering", "retail", "factory") and rng.random() < 0.5:
        out.append("employment_difficulty")
    return out


def make_title(rng: random.Random, kind: dict, emp: dict, v: dict, hc: int) -> str:
    t = kind["titles"][0] if rng.random() < 0.35 else rng.choice(kind["titles"])
    perks = [p for p in v["benefits"] if p in ("room_and_board", "social_insurance_housing_fund",
                                               "weekends_off", "housing")]
    pay = v["_pay"]
    style = rng.choices(["std", "many", "urgent", "perk", "pay", "place", "brand", "combo"],
                        [30, 10, 10, 15, 15, 8, 7, 5])[0]
    if style == "many":
        t = rng.choice([f"招{t}若干名", f"{t}{hc}名", f"诚聘{t}", f"招聘{t}"])
    elif style == "urgent":
        t = rng.choice([f"急招！！{t}", f"急聘{t}数名", f"{t}（急招）", f"急招{t}，可当天入职"])
    elif style == "perk" and perks:
        w = rng.choice(cat.PERK_WORDS[rng.choice(perks)])
        t = rng.choice([f"{w} {t}", f"{t}（{w}）", f"{t}-{w}"])
    elif style == "pay":
        c = pay["cycle"]
        if c == "d":
            t = f"日结{pay['rate'][0]} {t}"
        elif c == "h":
            t = f"{t} 时薪{pay['rate'][0]}"
        elif c == "p":
            t = f"{t}（计件，多劳多得）"
        elif c == "c":
            t = f"{t} 底薪+提成"
        else:
            t = rng.choice([f"{t} 月入{pay['max']}+", f"{t} {pay['min'] / 1000:g}-{pay['max'] / 1000:g}K",
                            f"高薪{t}"])
    elif style == "place":
        t = f"【{place_word(rng, v['region_code'], v['town'])}】{t}"
    elif style == "brand":
        t = f"{short_employer(emp['name'])}招{t}"
    elif style == "combo" and len(kind["titles"]) > 1:
        t2 = rng.choice([x for x in kind["titles"] if x != t] or [t])
        t = f"{t}/{t2}"
    if rng.random() < 0.03:
        for a, b in cat.TYPOS.items():
            if a in t:
                t = t.replace(a, b)
                break
    return t[:60]


def make_description(rng: random.Random, kind: dict, emp: dict, v: dict, hc: int) -> str:
    parts = []
    if rng.random() < 0.4:
        parts.append(rng.choice([f"{short_employer(emp['name'])}因业务发展，现招{kind['name']}{hc}名",
                                 f"本单位招聘{kind['name']}", f"{kind['name']}，长期招"]))
    if v["town"] and rng.random() < 0.9:
        parts.append(rng.choice([f"工作地点：{v['town']}", f"地点在{v['town']}", f"上班地点{v['town']}附近"]))
    elif rng.random() < 0.4:
        parts.append(f"工作地点：{place_word(rng, v['region_code'], '')}")
    duties = rng.sample(kind["duties"], k=min(len(kind["duties"]), rng.choice((1, 2, 2, 3))))
    parts.append(rng.choice(["岗位职责：", "工作内容：", ""]) + "；".join(duties))
    req = []
    edu = v["education_min"]
    req.append(rng.choice(cat.EDU_NONE) if edu == "none" else rng.choice(cat.EDU_TEXT[edu]))
    if v["experience_min_years"]:
        req.append(f"{v['experience_min_years']}年以上相关经验")
    if "beginner" in v["extras"]:
        req.append(rng.choice(cat.EXTRA_TEXT["beginner"]))
    req.extend(rng.sample(cat.GENERIC_REQ, k=rng.choice((0, 1, 2))))
    parts.append(rng.choice(["要求：", "任职要求：", ""]) + "，".join(req))
    parts.append(pay_text(rng, v["_pay"]))
    parts.append(rng.choice(cat.SCHED_TEXT[v["schedule"]]))
    perk_words = [rng.choice(cat.PERK_WORDS[p]) for p in v["perks"] if p != "weekends_off"]
    perk_words += [rng.choice(cat.EXTRA_TEXT[x]) for x in v["extras"] if x != "beginner"]
    if perk_words:
        parts.append(rng.choice(["福利：", "【福利】", "待遇：", ""]) + "、".join(perk_words))
    groups = [cat.GROUP_TEXT[g] for g in v["welcomed_groups"]]
    if groups and rng.random() < 0.7:
        parts.append("，".join(groups[:2]))
    if rng.random() < 0.3:
        parts.append(rng.choice(cat.CLOSING))
    sep = rng.choice(["。", "；", "\n", "，"])
    text = sep.join(p for p in parts if p)
    while len(text) > 300 and len(parts) > 3:
        parts.pop(0)
        text = sep.join(p for p in parts if p)
    if len(text) < 40:
        text += "。" + rng.choice(cat.CLOSING) + "，" + "、".join(kind["duties"])
    return text[:300]


def make_vacancy(rng: random.Random, emp: dict, kind: dict, ref: str) -> dict:
    code, town = rng.choice(emp["places"])
    town = town if town and rng.random() < 0.85 else ""
    emp_type = cat.EMP_CODES[kind["emp"][0] if rng.random() < 0.75 else rng.choice(kind["emp"])]
    sched = rng.choice(kind["sched"])
    if emp_type == "part_time" and sched not in ("E", "F", "K"):
        sched = rng.choice(("K", "E", "F"))
    pay = pick_pay(rng, kind, code, emp_type, emp["flags"])
    edu = cat.EDU_CODES[kind["edu"]]
    if edu != "none" and rng.random() < 0.25:
        edu = cat.EDU_ORDER[cat.EDU_ORDER.index(edu) - 1]
    exp = rng.choice((1, 1, 2, 3)) if kind["key"] in SKILLED and rng.random() < 0.45 else 0
    perks = pick_perks(rng, kind, sched, emp["flags"], emp_type)
    extras = []
    fam = kind["family"]
    if fam in BLUE and rng.random() < 0.22:
        extras.append("advance")
    if rng.random() < (0.5 if "a" in emp["flags"] else 0.1):
        extras.append("no_deposit")
    if fam in ("factory", "food") and code.startswith(HIGH_WAGE) and rng.random() < 0.3:
        extras.append("travel")
    if not {"meals", "room_and_board"} & set(perks) and rng.random() < 0.2:
        extras.append("meal_allowance")
    if exp == 0 and rng.random() < 0.45:
        extras.append("beginner")
    if "k" in emp["flags"] and fam in BLUE:
        hc = rng.choice((10, 20, 30, 50, 80))
    elif "s" in emp["flags"]:
        hc = rng.choice((1, 1, 2))
    elif fam in BLUE:
        hc = rng.choice((3, 5, 10, 20, 30))
    else:
        hc = rng.choice((1, 1, 2, 2, 3, 5))
    occs = kind["occs"]
    x = rng.random()
    occ = occs[0] if x < 0.65 or len(occs) == 1 else (occs[1] if x < 0.9 else occs[-1])
    y = rng.random()
    ind = emp["industry"] if y < 0.75 else (kind["industry"] if y < 0.85 else "")
    v = {
        "external_ref": ref, "title": "", "description": "", "occupation_code": occ, "industry_code": ind,
        "region_code": code, "headcount": hc, "salary_min": pay["min"], "salary_max": pay["max"],
        "education_min": edu, "experience_min_years": exp, "employment_type": emp_type,
        "benefits": list(perks), "welcomed_groups": pick_groups(rng, kind, emp["flags"]),
        "employer_name": emp["name"],
        # hidden ground truth
        "job_kind": kind["key"], "job_family": fam, "pay_cycle": pay["cycle"], "pay_rate": pay["rate"],
        "true_salary_min": pay["min"], "true_salary_max": pay["max"], "schedule": sched, "town": town,
        "perks": list(perks), "extras": extras, "trap": "", "_pay": pay,
    }
    v["title"] = make_title(rng, kind, emp, v, hc)
    v["description"] = make_description(rng, kind, emp, v, hc)
    return v


def apply_traps(rng: random.Random, rows: list[dict]) -> None:
    """A few deliberate, realistic inconsistencies (documented in WORLD.md)."""
    def pick(pred, n):
        pool = [r for r in rows if not r["trap"] and pred(r)]
        return rng.sample(pool, k=min(n, len(pool)))

    for r in pick(lambda r: "room_and_board" in r["perks"], 3):  # promised in text, box not ticked
        r["trap"] = "perk_not_ticked"
        r["benefits"] = [b for b in r["benefits"] if b != "room_and_board"]
        if "包吃" not in r["description"] and "吃住" not in r["description"]:
            r["description"] = (r["description"] + "。包吃住")[:300]
    for r in pick(lambda r: r["pay_cycle"] == "d" and r["employment_type"] != "part_time", 2):
        r["trap"] = "salary_in_day_units"  # employer typed the day rate into the monthly fields
        r["salary_min"], r["salary_max"] = r["pay_rate"]
    for r in pick(lambda r: not {"room_and_board", "meals", "housing"} & set(r["perks"])
                  and len(r["description"]) < 270, 2):
        r["trap"] = "negated_perk"  # the text says 包吃住 only to deny it
        r["description"] = "不包吃住，每月餐补300元。" + r["description"]
        if "meal_allowance" not in r["extras"]:
            r["extras"].append("meal_allowance")
    for r in pick(lambda r: True, 2):
        r["trap"] = "brand_only_title"  # the job is only in the description
        r["title"] = rng.choice([f"{short_employer(r['employer_name'])}2020春季招聘", "诚聘英才 待遇从优"])
    for r, code in zip(pick(lambda r: r["occupation_code"][0] == "4", 2), ("8-00", "6-99"), strict=False):
        r["trap"] = "wrong_occupation_code"  # a hurried employer picked an unrelated group
        r["occupation_code"] = code


def generate() -> list[dict]:
    rng = random.Random(SEED)
    rows = []
    for ei, emp in enumerate(cat.EMPLOYERS, start=1):
        n = max(2, round(emp["n"] * 0.9))
        order = list(emp["kinds"])
        rng.shuffle(order)
        picks = order[:n] + [rng.choice(emp["kinds"]) for _ in range(max(0, n - len(order)))]
        for j, key in enumerate(picks, start=1):
            rows.append(make_vacancy(rng, emp, cat.KINDS[key], f"V8-E{ei:02d}-{j:02d}"))
    apply_traps(rng, rows)
    for r in rows:
        del r["_pay"]
    return rows


def main() -> None:
    rows = generate()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} vacancies from {len({r['employer_name'] for r in rows})} employers to {OUT}")


if __name__ == "__main__":
    main()
