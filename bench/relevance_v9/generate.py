# ruff: noqa: E501  (data tables and long conditions read better on one line; the project ignores E501 under bench/)
"""Generate vacancies.jsonl for relevance_v9 (seeded, deterministic). Written before any query existed.

    python bench/relevance_v9/generate.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogue as C  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 20200408  # the day Wuhan reopened

KIND_PAY = {"big_tech": 1.35, "foreign": 1.15, "listed": 1.08, "central_soe": 1.1, "soe": 1.0,
            "public_institution": 0.95, "private": 1.0, "small": 0.9}
STATE = {"soe", "central_soe", "public_institution"}
BIG = {"big_tech", "foreign", "listed"}
DESK = {"office", "education", "internet", "media", "trainee", "health"}
HANDS = {"factory", "construction", "logistics", "catering"}
CITY = {"4201": "武汉", "4301": "长沙", "4101": "郑州", "3401": "合肥", "3601": "南昌", "4206": "襄阳",
        "4205": "宜昌", "4103": "洛阳", "3402": "芜湖", "3607": "赣州", "4302": "株洲", "4306": "岳阳"}


def r100(x: float) -> int:
    return int(round(x / 100.0)) * 100


def pick_weighted(rng: random.Random, items: list, first: float = 0.6):
    if len(items) == 1 or rng.random() < first:
        return items[0]
    return rng.choice(items[1:])


def make_truth(rng, emp, kind_key, region, town):
    name, ekind, eind, _regions, _jobs = emp
    k = C.KINDS[kind_key]
    fam = k["family"]
    f = C.CITY_TIER.get(region[:4], 0.8) * KIND_PAY[ekind] * rng.uniform(0.92, 1.12)
    lo, hi = k["pay"]
    etype = pick_weighted(rng, list(k["types"]), 0.7)
    if fam in {"office", "internet", "media", "education"} and etype == "full_time" and rng.random() < 0.12:
        etype = "internship"
    cycle = pick_weighted(rng, k["cycles"], 0.65)
    if etype == "internship":
        f *= 0.55
        cycle = "month"
    if etype == "part_time" and cycle == "month" and "hour" in k["cycles"]:
        cycle = "hour"
    pmin, pmax = r100(lo * f), r100(hi * f)
    if etype == "part_time":
        pmin, pmax = r100(pmin * 0.5), r100(pmax * 0.55)
    if cycle == "day":
        settle = "daily" if rng.random() < 0.6 else rng.choice(["weekly", "monthly"])
    elif cycle == "hour":
        settle = rng.choice(["daily", "weekly", "monthly"])
    elif cycle == "piece" and fam == "logistics":
        settle = rng.choice(["weekly", "monthly", "monthly"])
    else:
        settle = "monthly"
    # education
    order = C.EDU_ORDER
    edu_i = order.index(k["edu"])
    if ekind in STATE and fam in DESK and rng.random() < 0.5:
        edu_i = min(edu_i + 1, 4)
    elif ekind in {"small", "private"} and rng.random() < 0.25:
        edu_i = max(edu_i - 1, 0)
    if etype == "internship":
        edu_i = max(edu_i, 3)
    edu = order[edu_i]
    exp = 0 if etype in {"internship", "part_time"} else rng.choice(k["exp"])
    req = list(rng.choice(k["req"]))
    plus = [s for s in k["plus"] if s not in req and rng.random() < 0.45]
    if ekind == "foreign" and fam in DESK and "english" not in req and rng.random() < 0.6:
        (req if rng.random() < 0.6 else plus).append("english")
    shift = pick_weighted(rng, k["shifts"], 0.6)
    # rest
    if fam in DESK or fam == "trainee":
        rest = "双休" if (ekind in STATE | BIG or rng.random() < 0.55) else rng.choice(["大小周", "单休"])
        if ekind == "big_tech" and rng.random() < 0.35:
            rest = "大小周"
        if fam == "health" and kind_key != "pharmacy_clerk":
            rest = "轮休" if rng.random() < 0.7 else "双休"
    elif fam == "sales":
        rest = rng.choice(["轮休", "单休", "双休" if kind_key in {"sales", "telesales"} else "轮休"])
    elif fam in {"catering", "services"}:
        rest = rng.choice(["轮休", "单休", "单休"]) if kind_key != "property_mgr" else rng.choice(["轮休", "双休"])
    else:
        rest = rng.choice(["单休", "轮休", "大小周"] + (["双休"] if ekind in STATE | BIG else []))
    # perks
    perks = set()
    if ekind in STATE | BIG:
        if rng.random() < 0.9:
            perks.add("social_insurance_housing_fund")
        else:
            perks.add("social_insurance")
        if rng.random() < 0.6:
            perks.add("paid_leave")
    elif ekind == "private":
        x = rng.random()
        if x < 0.25:
            perks.add("social_insurance_housing_fund")
        elif x < 0.85:
            perks.add("social_insurance")
    elif rng.random() < 0.4:
        perks.add("social_insurance")
    if etype in {"part_time", "flexible", "internship", "temporary"}:
        perks -= {"social_insurance_housing_fund", "social_insurance", "paid_leave"}
    if fam in HANDS or kind_key in {"security", "caregiver", "nanny", "shop_assistant"}:
        x = rng.random()
        if x < 0.4:
            perks.add("room_and_board")
        elif x < 0.55:
            perks.add("housing")
        elif x < 0.75:
            perks.add("meals")
        if fam == "factory" and ekind in BIG | STATE and rng.random() < 0.5:
            perks.add("shuttle")
    elif rng.random() < 0.25:
        perks.add(rng.choice(["meals", "transport"]))
    if rest == "双休":
        perks.add("weekends_off")
    if rng.random() < 0.3:
        perks.add("year_end_bonus")
    if rng.random() < 0.3 or exp == 0 and fam in HANDS and rng.random() < 0.3:
        perks.add("training")
    # welcomed groups
    welcomes = set()
    hubei_p = 0.3 if region.startswith("42") else 0.4
    if rng.random() < hubei_p:
        welcomes.add("hubei")
    if kind_key == "mgmt_trainee" or etype == "internship" or (fam in DESK and exp == 0 and rng.random() < 0.5):
        welcomes.add("graduate")
    if fam in {"factory", "construction", "logistics"} and rng.random() < 0.35:
        welcomes.add("migrant_worker")
    if kind_key in {"security", "driver", "truck_driver"} and rng.random() < 0.5 or rng.random() < 0.04:
        welcomes.add("veteran")
    if rng.random() < 0.05:
        welcomes.add("disabled")
    if fam == "factory" and rng.random() < 0.1:
        welcomes.add("poverty_registered")
    return dict(job_kind=kind_key, family=fam, true_pay_min=pmin, true_pay_max=pmax, pay_cycle=cycle,
                settle=settle, rest=rest, shift=shift, true_employment_type=etype, true_edu_min=edu,
                true_exp_min=exp, perks=sorted(perks), welcomes=sorted(welcomes), skills_req=sorted(set(req)),
                skills_plus=sorted(set(plus)), employer_kind=ekind, town=town)


def make_visible(rng, emp, t, region, ref, others):
    name, ekind, eind, _regions, _jobs = emp
    k = C.KINDS[t["job_kind"]]
    traps = []
    # form fields
    occ = k["occ"][0] if rng.random() < 0.7 else rng.choice(k["occ"][1:])
    if occ == "6-25" and eind[0] == "C" and eind != "C39":
        occ = rng.choice(["6-31", "6-99", "6-22" if eind == "C36" else "6-31"])
    ind = eind if rng.random() < 0.85 else k["ind"]
    edu_form = t["true_edu_min"] if rng.random() < 0.85 else "none"
    exp_form = t["true_exp_min"] if rng.random() < 0.85 else 0
    type_form = t["true_employment_type"] if rng.random() < 0.88 else "full_time"
    if edu_form != t["true_edu_min"]:
        traps.append("education only in text")
    if exp_form != t["true_exp_min"]:
        traps.append("experience only in text")
    if type_form != t["true_employment_type"]:
        traps.append("employment type only in text")
    benefits = [p for p in t["perks"] if rng.random() < 0.7]
    text_perks = [p for p in t["perks"] if p not in benefits or rng.random() < 0.3]
    groups = [g for g in t["welcomes"] if rng.random() < 0.65]
    text_groups = [g for g in t["welcomes"] if g not in groups or rng.random() < 0.3]
    smin, smax = t["true_pay_min"], t["true_pay_max"]
    overclaim = False
    if t["pay_cycle"] in {"month", "piece"} and rng.random() < 0.12:
        smax = r100(smax * 1.8)
        overclaim = True
        traps.append("salary_max overclaimed; text gives the real range")
    # title
    base = k["titles"][0] if rng.random() < 0.55 else rng.choice(k["titles"][1:])
    if t["true_employment_type"] == "internship":
        base = rng.choice([base + "实习生", "实习" + base, base + "（实习）"])
    title = base
    if rng.random() < 0.25:
        title = rng.choice(C.DECOR_PREFIX) + title
    if rng.random() < 0.3:
        ok = []
        for s in C.DECOR_SUFFIX:
            cond = {
                "+包吃住": "room_and_board" in t["perks"], "（包住）": bool({"housing", "room_and_board"} & set(t["perks"])),
                "五险一金": "social_insurance_housing_fund" in t["perks"], "月入过万": t["true_pay_max"] >= 10000 or overclaim,
                "（应届可）": "graduate" in t["welcomes"] or t["true_exp_min"] == 0 and t["family"] in DESK,
                "（无经验可）": t["true_exp_min"] == 0, "，双休": t["rest"] == "双休", "长白班": t["shift"] == "day",
                "（湖北籍优先）": "hubei" in t["welcomes"], "【日结】": t["settle"] == "daily",
                "-可兼职": t["true_employment_type"] == "part_time",
            }[s]
            if cond:
                ok.append(s)
        if ok:
            title += rng.choice(ok)
            if title.endswith("月入过万") and t["true_pay_max"] < 10000:
                traps.append("title claims 月入过万")
    city = CITY.get(region[:4])
    if city and rng.random() < 0.15:
        title = rng.choice([f"{city}·", f"【{city}】", f"{city}"]) + title
    title = title[:60]
    # description
    style = rng.choices(["short", "normal", "long"], [0.25, 0.5, 0.25])[0]
    parts = []
    if style != "short" and rng.random() < 0.6:
        parts.append(f"{name}是{rng.choice(C.EMPLOYER_KINDS[t['employer_kind']])}，现招聘{k['titles'][0]}。"
                     if rng.random() < 0.6 else f"本单位为{rng.choice(C.EMPLOYER_KINDS[t['employer_kind']])}。")
    duties = k["duties"][:]
    rng.shuffle(duties)
    parts.append("；".join(duties[: (1 if style == "short" else 2 if style == "normal" else 3)]) + "。")
    req_bits = []
    if t["true_edu_min"] != "none" and (edu_form != t["true_edu_min"] or style != "short" or rng.random() < 0.5):
        req_bits.append(C.EDU_TEXT[t["true_edu_min"]] + "学历")
    if t["true_exp_min"] > 0:
        req_bits.append(f"{t['true_exp_min']}年以上相关经验")
    elif style != "short" and rng.random() < 0.5:
        req_bits.append(rng.choice(["无经验可培训", "零基础可学", "经验不限"]))
    for s in t["skills_req"]:
        req_bits.append(("须持" if s in C.CERTIFICATES else "") + rng.choice(C.SKILL_TEXT[s]))
    for s in t["skills_plus"]:
        req_bits.append(rng.choice(["有", "持"]) + rng.choice(C.SKILL_TEXT[s]) + "者优先")
    if req_bits:
        parts.append(rng.choice(["要求：", "任职要求：", ""]) + "，".join(req_bits) + "。")
    cyc = t["pay_cycle"]
    tpl = rng.choice(C.PAY_TEXT[cyc])
    d = r100(t["true_pay_min"] / 26 * 10) // 10
    h = max(12, int(t["true_pay_min"] / 26 / 9))
    pay = tpl.format(lo=t["true_pay_min"], hi=t["true_pay_max"], mid=r100((t["true_pay_min"] + t["true_pay_max"]) / 2),
                     d=d, h=h)
    if overclaim:
        pay = f"薪资{smin}-{smax}，一般到手{t['true_pay_min']}-{t['true_pay_max']}"
    st = rng.choice(C.SETTLE_TEXT[t["settle"]])
    parts.append(pay + ("，" + st if st else "") + "。")
    sched = []
    if style != "short" or rng.random() < 0.5:
        sched.append(rng.choice(C.SHIFT_TEXT[t["shift"]]))
    if style != "short" or t["rest"] == "双休":
        sched.append(rng.choice(C.REST_TEXT[t["rest"]]))
    if sched:
        parts.append("，".join(sched) + "。")
    if text_perks:
        parts.append(rng.choice(["福利：", "待遇：", ""]) + "、".join(rng.choice(C.PERK_TEXT[p]) for p in text_perks) + "。")
    if t["true_employment_type"] != "full_time" and (type_form != t["true_employment_type"] or rng.random() < 0.6):
        parts.append({"part_time": "兼职岗位，时间灵活，可利用课余或下班时间。", "temporary": "临时用工，短期2-3个月。",
                      "internship": "实习岗位，表现优秀可转正。", "flexible": "灵活就业，自由排班。"}[t["true_employment_type"]])
    if text_groups:
        parts.append("，".join(rng.choice(C.GROUP_TEXT[g]) for g in text_groups) + "。")
    if rng.random() < 0.25 and others:
        other = C.KINDS[rng.choice(others)]["titles"][0]
        parts.append(rng.choice(C.TRAP_SENTENCES).format(other=other))
        traps.append(f"mentions other job {other}")
    if style == "short":
        desc = "".join(parts)
        desc = desc.replace("。", "，").rstrip("，") + "。"
    else:
        desc = "".join(parts)
    if len(desc) < 20:
        desc += "有意者请在平台投递简历，我们会尽快联系。"
    desc = desc[:400]
    return dict(external_ref=ref, title=title, description=desc, occupation_code=occ, industry_code=ind,
                region_code=region, headcount=rng.choice([1, 1, 2, 2, 3, 5, 10, 20, 30, 50]) if t["family"] in HANDS
                else rng.choice([1, 1, 1, 2, 2, 3, 5]), salary_min=smin, salary_max=smax, education_min=edu_form,
                experience_min_years=exp_form, employment_type=type_form, benefits=benefits, welcomed_groups=groups,
                employer_name=name), traps, style


def main() -> None:
    rng = random.Random(SEED)
    rows = []
    for ei, emp in enumerate(C.EMPLOYERS, start=1):
        n = 0
        kinds_here = list(emp[4])
        for kind_key, count in emp[4].items():
            for _ in range(count):
                n += 1
                region, town = rng.choice(emp[3])
                t = make_truth(rng, emp, kind_key, region, town)
                others = [k for k in kinds_here if k != kind_key] or [
                    rng.choice(sorted(C.related(kind_key)) or sorted(C.KINDS))]
                vis, traps, style = make_visible(rng, emp, t, region, f"V9-E{ei:02d}-{n:02d}", others)
                rows.append(vis | t | {"trap": "; ".join(traps), "ad_style": style})
    with (HERE / "vacancies.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} vacancies from {len(C.EMPLOYERS)} employers")


if __name__ == "__main__":
    main()
