"""Generate vacancies.jsonl for relevance_v11 (seeded, deterministic). Run: python generate.py"""

# ruff: noqa: E501  (data tables read better one entry per line, as for bench/*.py)
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogue as cat  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 20200611
REGIONS = json.loads((HERE.parents[1] / "recruit" / "codes" / "data" / "regions.json").read_text(encoding="utf-8"))

# family profiles: perk probabilities, shift weights, etype weights, education, experience, age limits, groups
PROFILES = {
    "logistics": dict(perks={"room_and_board": .3, "meals": .2, "housing": .2, "social_insurance": .5, "housing_fund": .15,
                             "weekends_off": .05, "alternate_weekends": .1, "shuttle": .15, "full_attendance": .2},
                      shift={"day": .4, "night": .25, "two_shift": .3, "flexible": .05}, etype={"full_time": .88, "temporary": .08, "part_time": .04},
                      edu={"none": .55, "junior_middle": .35, "senior_high": .1}, exp={0: .7, 1: .2, 2: .1}, age=[None, None, 45, 50, 55],
                      groups={"migrant_worker": .4, "hubei": .12, "veteran": .15, "graduate": .05, "poverty_registered": .1}),
    "driving": dict(perks={"meals": .3, "housing": .2, "social_insurance": .6, "housing_fund": .2, "alternate_weekends": .2, "year_end_bonus": .2},
                    shift={"day": .7, "flexible": .2, "night": .1}, etype={"full_time": .95, "temporary": .05},
                    edu={"none": .4, "junior_middle": .5, "senior_high": .1}, exp={1: .2, 2: .4, 3: .3, 5: .1}, age=[None, 50, 55, 45],
                    groups={"veteran": .35, "migrant_worker": .2, "hubei": .08}),
    "catering": dict(perks={"room_and_board": .4, "meals": .4, "housing": .1, "social_insurance": .25, "alternate_weekends": .1,
                            "full_attendance": .15, "training": .1},
                     shift={"day": .3, "two_shift": .35, "flexible": .2, "night": .15}, etype={"full_time": .85, "part_time": .12, "temporary": .03},
                     edu={"none": .7, "junior_middle": .3}, exp={0: .6, 1: .2, 2: .1, 3: .1}, age=[None, 40, 45, 50, 55],
                     groups={"migrant_worker": .25, "hubei": .1, "poverty_registered": .08, "disabled": .04}),
    "retail": dict(perks={"meals": .3, "social_insurance": .5, "housing_fund": .1, "alternate_weekends": .15, "weekends_off": .05,
                          "training": .2, "full_attendance": .15},
                   shift={"day": .4, "two_shift": .45, "flexible": .1, "night": .05}, etype={"full_time": .8, "part_time": .2},
                   edu={"none": .4, "junior_middle": .3, "senior_high": .3}, exp={0: .7, 1: .2, 2: .1}, age=[None, 40, 45, 50],
                   groups={"graduate": .15, "employment_difficulty": .1, "disabled": .06, "migrant_worker": .1}),
    "domestic": dict(perks={"room_and_board": .4, "meals": .15, "training": .4, "social_insurance": .1},
                     shift={"day": .55, "flexible": .4, "night": .05}, etype={"full_time": .6, "flexible": .25, "part_time": .15},
                     edu={"none": .6, "junior_middle": .4}, exp={0: .5, 1: .3, 2: .2}, age=[None, 50, 55, 60],
                     groups={"employment_difficulty": .2, "poverty_registered": .12, "migrant_worker": .2, "hubei": .08}),
    "care": dict(perks={"room_and_board": .5, "meals": .2, "social_insurance": .4, "training": .4},
                 shift={"day": .3, "two_shift": .45, "night": .15, "flexible": .1}, etype={"full_time": .85, "flexible": .1, "part_time": .05},
                 edu={"none": .6, "junior_middle": .4}, exp={0: .6, 1: .3, 2: .1}, age=[None, 55, 60, 50],
                 groups={"employment_difficulty": .2, "poverty_registered": .1, "migrant_worker": .15}),
    "property": dict(perks={"meals": .3, "housing": .3, "room_and_board": .15, "social_insurance": .55, "housing_fund": .1},
                     shift={"two_shift": .45, "night": .15, "day": .4}, etype={"full_time": .95, "temporary": .05},
                     edu={"none": .3, "junior_middle": .5, "senior_high": .2}, exp={0: .6, 1: .25, 2: .15}, age=[None, 50, 55, 60],
                     groups={"veteran": .4, "employment_difficulty": .15, "disabled": .05}),
    "construction": dict(perks={"room_and_board": .45, "housing": .3, "meals": .1, "social_insurance": .15},
                         shift={"day": .9, "two_shift": .1}, etype={"full_time": .55, "temporary": .35, "flexible": .1},
                         edu={"none": .8, "junior_middle": .2}, exp={0: .3, 1: .3, 2: .2, 3: .2}, age=[None, 50, 55, 60],
                         groups={"migrant_worker": .55, "hubei": .15, "poverty_registered": .12, "veteran": .05}),
    "factory": dict(perks={"room_and_board": .35, "meals": .3, "housing": .3, "social_insurance": .6, "housing_fund": .2, "shuttle": .2,
                           "alternate_weekends": .3, "weekends_off": .1, "training": .3, "year_end_bonus": .2, "full_attendance": .3},
                    shift={"day": .35, "two_shift": .55, "night": .1}, etype={"full_time": .9, "temporary": .1},
                    edu={"none": .45, "junior_middle": .45, "senior_high": .1}, exp={0: .75, 1: .15, 2: .1}, age=[None, 40, 45, 50],
                    groups={"migrant_worker": .45, "poverty_registered": .15, "disabled": .06, "hubei": .12, "veteran": .08}),
    "office": dict(perks={"social_insurance": .8, "housing_fund": .5, "weekends_off": .6, "alternate_weekends": .2, "paid_leave": .4,
                          "year_end_bonus": .4, "meals": .2, "transport": .15},
                   shift={"day": 1.0}, etype={"full_time": .88, "internship": .08, "part_time": .04},
                   edu={"senior_high": .3, "associate": .5, "bachelor": .2}, exp={0: .5, 1: .3, 2: .1, 3: .1}, age=[None, None, 35, 40],
                   groups={"graduate": .45, "veteran": .08, "disabled": .05}),
    "sales": dict(perks={"social_insurance": .55, "housing_fund": .15, "weekends_off": .2, "alternate_weekends": .3, "training": .4,
                         "year_end_bonus": .2},
                  shift={"day": .85, "two_shift": .1, "flexible": .05}, etype={"full_time": .88, "internship": .07, "part_time": .05},
                  edu={"none": .2, "senior_high": .4, "associate": .35, "bachelor": .05}, exp={0: .7, 1: .2, 2: .1}, age=[None, 35, 40],
                  groups={"graduate": .4, "veteran": .1, "disabled": .05}),
    "tech": dict(perks={"social_insurance": .9, "housing_fund": .7, "weekends_off": .8, "paid_leave": .5, "year_end_bonus": .5},
                 shift={"day": 1.0}, etype={"full_time": .85, "internship": .15},
                 edu={"associate": .5, "bachelor": .5}, exp={0: .3, 1: .3, 2: .2, 3: .2}, age=[None, 35],
                 groups={"graduate": .5, "disabled": .05}),
    "education": dict(perks={"social_insurance": .5, "weekends_off": .3, "paid_leave": .3, "training": .4, "meals": .3},
                      shift={"day": .8, "flexible": .2}, etype={"full_time": .6, "part_time": .3, "internship": .1},
                      edu={"associate": .6, "bachelor": .4}, exp={0: .6, 1: .3, 2: .1}, age=[None, 35, 40],
                      groups={"graduate": .55}),
    "auto": dict(perks={"meals": .4, "room_and_board": .3, "social_insurance": .3, "alternate_weekends": .3, "training": .4},
                 shift={"day": 1.0}, etype={"full_time": .95, "temporary": .05},
                 edu={"none": .7, "junior_middle": .3}, exp={0: .6, 1: .2, 2: .2}, age=[None, 40, 45],
                 groups={"veteran": .15, "migrant_worker": .2}),
}

KIND_EDU = {"site_tech": {"associate": .7, "senior_high": .3}, "accountant": {"associate": .6, "bachelor": .3, "senior_high": .1},
            "programmer": {"bachelor": .7, "associate": .3}, "preschool": {"associate": .7, "senior_high": .3},
            "truck_driver": {"none": .5, "junior_middle": .5}, "clerk": {"senior_high": .5, "associate": .5},
            "store_manager": {"senior_high": .5, "associate": .5}, "hr": {"associate": .7, "bachelor": .3}}
KIND_EXP = {"cook": {2: .4, 3: .4, 1: .2}, "site_tech": {1: .4, 2: .3, 3: .3}, "accountant": {1: .3, 2: .4, 3: .3},
            "maternity": {0: .3, 1: .4, 2: .3}, "electrician": {0: .2, 1: .5, 2: .3}, "welder": {0: .2, 1: .4, 2: .4},
            "programmer": {1: .4, 2: .3, 3: .3}, "carpenter": {1: .3, 2: .4, 3: .3}, "mason": {1: .3, 2: .4, 3: .3},
            "rebar": {0: .3, 1: .4, 2: .3}, "laborer": {0: 1.0}, "sorter": {0: 1.0}, "packer": {0: 1.0},
            "store_manager": {2: .6, 3: .4}, "pastry": {1: .5, 2: .5}, "forklift": {0: .5, 1: .5}}
TEMPORARY_PRONE = {"sorter", "loader", "packer", "laborer", "rebar", "carpenter", "mason", "plumber", "welder", "cleaner"}


def wpick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def cn_money(v: int) -> str:
    """5000 -> 五千, 5500 -> 五千五, 12000 -> 一万二, 8000 -> 八千"""
    digits = "零一二三四五六七八九"
    if v >= 10000:
        w, r = divmod(v, 10000)
        return digits[w] + "万" + (digits[r // 1000] if r >= 1000 else "")
    q, r = divmod(v, 1000)
    return (digits[q] if q != 2 else "两") + "千" + (digits[r // 100] if r >= 100 else "")


def k_money(v: int) -> str:
    x = v / 1000
    return (f"{x:g}" if x == int(x) else f"{x:.1f}") + rng_k_suffix()


_K = random.Random(7)


def rng_k_suffix() -> str:
    return _K.choice(["k", "K", "千"])


def place_text(code: str) -> str:
    pref = REGIONS.get(code[:4] + "00") or REGIONS.get(code[:2] + "0000")
    name = REGIONS[code]
    if code[:2] in ("11", "12"):
        pref = REGIONS[code[:2] + "0000"]
    return (pref or "") + name


def make_pay(rng, kind, spec, region, etype_hint):
    f = cat.city_pay_factor(region)
    lo, hi = spec["pay"]
    cycle = "month"
    day_wage = hour_wage = None
    if "day" in spec and rng.random() < spec["day"][0]:
        cycle = "day"
        d = rng.randint(spec["day"][1], spec["day"][2]) * f
        day_wage = int(round(d / 10.0) * 10)
        pmin = day_wage * rng.choice([22, 24, 25])
        pmax = day_wage * 26
    elif "hour" in spec and rng.random() < spec["hour"][0]:
        cycle = "hour"
        hour_wage = int(round(rng.randint(spec["hour"][1], spec["hour"][2]) * f))
        pmin = hour_wage * 4 * 22
        pmax = hour_wage * 6 * 26
    else:
        a = lo * f * rng.uniform(0.85, 1.15)
        b = a + (hi - lo) * f * rng.uniform(0.3, 1.2)
        pmin = int(round(a / 100) * 100)
        pmax = int(round(b / 500) * 500)
        if rng.random() < 0.12:
            pmax = pmin  # a single figure
        pmax = max(pmax, pmin)
    return cycle, day_wage, hour_wage, int(round(pmin / 100) * 100), int(round(pmax / 100) * 100)


def pay_sentence(rng, cycle, dw, hw, pmin, pmax, kind):
    if cycle == "day":
        return rng.choice([f"日薪{dw}元，当天结", f"一天{dw}，日结", f"{dw}元/天，干一天结一天", f"日结{dw}元",
                           f"工资日结，每天{dw}"])
    if cycle == "hour":
        return rng.choice([f"时薪{hw}元", f"每小时{hw}元，按小时结算", f"{hw}元一小时"])
    if kind in ("sales", "telesales", "estate_agent") and rng.random() < 0.6:
        return rng.choice([f"底薪{pmin}+提成", f"底薪{pmin}元加提成，综合收入{pmax}以上不封顶"])
    if pmin == pmax:
        return rng.choice([f"月薪{pmin}元", f"工资{pmin}", f"每月{cn_money(pmin)}", f"到手{pmin}"])
    return rng.choice([f"月薪{pmin}-{pmax}元", f"工资{pmin}到{pmax}", f"{k_money(pmin)}-{k_money(pmax)}",
                       f"综合工资{pmin}以上", f"月收入{cn_money(pmin)}到{cn_money(pmax)}", f"薪资{pmin}-{pmax}/月",
                       f"到手{pmin}起"])


def normalise_perks(perks: set) -> set:
    if "meals" in perks and "housing" in perks:
        perks -= {"meals", "housing"}
        perks.add("room_and_board")
    if "room_and_board" in perks:
        perks -= {"meals", "housing", "meal_allowance", "housing_allowance"}
    if "housing_fund" in perks:
        perks.add("social_insurance")
    if "weekends_off" in perks:
        perks.discard("alternate_weekends")
    if "housing" in perks:
        perks.discard("housing_allowance")
    if "meals" in perks:
        perks.discard("meal_allowance")
    return perks


def form_benefits(rng, perks: set, style: str) -> list[str]:
    if style == "hurried" and rng.random() < 0.45:
        return []
    out = []
    for p in sorted(perks):
        if p == "social_insurance" and "housing_fund" in perks:
            out.append("social_insurance_housing_fund")
        elif p in cat.FORM_BENEFIT and rng.random() < 0.85:
            out.append(cat.FORM_BENEFIT[p])
    return sorted(set(out))


def make_title(rng, style, kinds, spec, perks, cycle, dw, pmin, shift, etype, region, town):
    weights = {"hurried": (50, 25, 15, 10), "plain": (60, 15, 20, 5), "flashy": (25, 60, 10, 5), "wordy": (50, 15, 30, 5)}[style]
    mode = rng.choices(["plain", "decorated", "odd", "generic"], weights=weights)[0]
    if len(kinds) == 2:
        a, b = (cat.KINDS[k] for k in kinds)
        na = rng.choice([a["name"]] + a["alias"][:2])
        nb = rng.choice([b["name"]] + b["alias"][:2])
        return rng.choice([f"{na}/{nb}", f"招{na}、{nb}", f"{na}及{nb}"]), "multi"
    if mode == "generic":
        return rng.choice(cat.GENERIC_TITLES), "generic"
    base = rng.choice([spec["name"]] * 2 + spec["alias"]) if mode != "odd" else rng.choice(spec["odd"])
    if mode in ("plain", "odd"):
        if town and rng.random() < 0.3:
            return town + base, mode
        return base, mode
    suffixes = ["数名", "男女不限"]
    if "room_and_board" in perks:
        suffixes += ["+包吃住", "（包吃住）"] * 2
    if cycle == "day":
        suffixes += [f" 日结{dw}", "日结"] * 2
    elif pmin >= 5000:
        suffixes += [f" 月薪{pmin // 1000}k+", f"月入{pmin}+"]
    if shift == "day":
        suffixes += ["（长白班）"]
    if "housing_fund" in perks:
        suffixes += [" 五险一金"]
    if "weekends_off" in perks:
        suffixes += ["双休"]
    if etype == "part_time":
        suffixes += ["（兼职）"]
    pre = rng.choice(cat.TITLE_PREFIX)
    picked = rng.sample(suffixes, k=min(len(suffixes), rng.choice([1, 1, 2])))
    t = pre + base + "".join(picked)
    if town and rng.random() < 0.3:
        t = town + t
    return t[:60], "decorated"


def make_description(rng, style, kinds, spec, title_mode, gt, region, town, org_word, other_kind):
    n = gt["_headcount"]
    parts = []
    short = style == "hurried" and rng.random() < 0.6
    names = "、".join(cat.KINDS[k]["name"] for k in kinds)
    if title_mode == "generic" or not short:
        op = rng.choice(cat.OPENERS) if title_mode != "generic" else rng.choice(cat.OPENERS[:5])
        parts.append(op.format(t=names, n=n, org=org_word))
    duties = [rng.choice(cat.KINDS[k]["duty"]) for k in kinds]
    if not short and len(kinds) == 1 and rng.random() < 0.5:
        duties.append(rng.choice([d for d in spec["duty"] if d not in duties] or duties))
    parts.append("；".join(duties) + "。")
    parts.append(pay_sentence(rng, gt["pay_cycle"], gt["day_wage"], gt["hour_wage"], gt["pay_min"], gt["pay_max"], kinds[0]) + "。")
    perk_words = [rng.choice(cat.PERK_WORDS[p]) for p in sorted(gt["perks"]) if p in cat.PERK_WORDS and (not short or rng.random() < .6)]
    if perk_words:
        parts.append("，".join(perk_words) + "。")
    traps = []
    if "housing" not in gt["perks"] and "room_and_board" not in gt["perks"] and rng.random() < 0.15:
        parts.append(rng.choice(["不包住", "食宿自理", "不提供住宿"]) + "。")
        traps.append("negated_housing")
    if gt["pay_cycle"] == "month" and spec["family"] in ("logistics", "construction") and rng.random() < 0.2:
        parts.append(rng.choice(["月结，不日结", "工资月结，非日结", "不招日结工"]) + "。")
        traps.append("negated_day_pay")
    if not short or rng.random() < 0.5:
        parts.append(rng.choice(cat.SHIFT_WORDS[gt["shift"]]) + "。")
    if "weekends_off" not in gt["perks"] and spec["family"] == "office" and rng.random() < 0.3:
        parts.append("单休。")
        traps.append("single_rest")
    req = []
    if gt["age_max"]:
        req.append(rng.choice([f"年龄18-{gt['age_max']}周岁", f"{gt['age_max']}岁以下", f"年龄{gt['age_max']}岁以内"]))
    ew = rng.choice(cat.EDU_WORDS.get(gt["edu"], [""]))
    if ew and (not short or rng.random() < 0.4):
        req.append(ew)
    if gt["exp"] == 0:
        if rng.random() < 0.6:
            req.append(rng.choice(["无经验可培训", "不需要经验", "新手可带", "零基础可学"]))
    else:
        req.append(rng.choice([f"{gt['exp']}年以上经验", f"需有{gt['exp']}年相关经验", f"有{gt['exp']}年以上工作经验"]))
    if req:
        parts.append("，".join(req) + "。")
    gw = [rng.choice(cat.GROUP_WORDS[g]) for g in gt["groups"] if g not in gt["groups_ticked"] or rng.random() < 0.4]
    if gw:
        parts.append("，".join(gw) + "。")
    if gt["etype"] == "part_time" and rng.random() < 0.7:
        parts.append(rng.choice(["可兼职", "兼职岗位", "每天工作4小时左右"]) + "。")
    if gt["etype"] == "temporary" and rng.random() < 0.7:
        parts.append(rng.choice(["短期工，干到工程结束", "临时用工一个月", "短期工，可长期"]) + "。")
    if gt["etype"] == "internship":
        parts.append(rng.choice(["实习岗位，表现好可转正", "接受在校生实习"]) + "。")
    if other_kind:
        ok = cat.KINDS[other_kind]
        parts.append(rng.choice([f"另招{ok['name']}若干名，待遇面议。", f"同时招聘{ok['alias'][0]}，详情来电。",
                                 f"有{ok['name']}经验者优先。"]))
        traps.append(f"mentions:{other_kind}")
    if (style != "hurried" or rng.random() < 0.3) and rng.random() < 0.5:
        parts.append("工作地点：" + place_text(region) + (town or "") + "。")
    elif town and rng.random() < 0.6:
        parts.append(f"地点在{town}。")
    if region[:2] != "11" and rng.random() < 0.05:
        parts.append("公司总部在北京，本岗位在当地上班。")
        traps.append("mentions:北京")
    if style == "wordy":
        parts.insert(1, rng.choice(["岗位职责：", "工作内容："]))
        parts.insert(0, rng.choice(["公司重视员工成长，提供完善的培训和晋升通道，优秀员工可晋升为主管。",
                                    "单位地处市区，交通便利，工作环境整洁，同事关系融洽，欢迎踏实肯干的朋友加入。",
                                    "公司已通过当地人社部门审核，依法签订劳动合同，按时足额发放工资，绝不拖欠。"]))
        parts.insert(0, rng.choice(["我公司成立于2008年，是本地规模较大的服务企业。", "公司正规，管理规范，员工稳定。",
                                    "疫情期间复工复产，现扩大招聘。", "我单位积极响应百日千万网络招聘专项行动。"]))
    parts.append(rng.choice(cat.CLOSINGS))
    text = "".join(p for p in parts if p)
    if len(text) < 20:
        text += "欢迎有意者前来咨询面试。"
    return text[:400], traps


def main() -> None:
    rng = random.Random(SEED)
    rows = []
    for ei, (ename, industry, kinds, regions, nvac, style, towns) in enumerate(cat.EMPLOYERS, start=1):
        org_word = cat.ORG_WORD.get(industry, "本公司")
        for j in range(1, nvac + 1):
            k0 = kinds[(j - 1) % len(kinds)] if j <= len(kinds) else rng.choice(kinds)
            spec = cat.KINDS[k0]
            fam = spec["family"]
            prof = PROFILES[fam]
            ks = [k0]
            same_fam = [k for k in kinds if k != k0 and cat.family_of(k) == fam]
            if same_fam and rng.random() < 0.08:
                ks.append(rng.choice(same_fam))
            region = rng.choice(regions)
            town = towns.get(region) if rng.random() < 0.85 else None
            cycle, dw, hw, pmin, pmax = make_pay(rng, k0, spec, region, None)
            perks = {p for p, pr in prof["perks"].items() if rng.random() < pr}
            if cycle == "day" and rng.random() < 0.1:
                perks.discard("weekly_pay")
            if cycle == "month" and fam in ("logistics", "construction", "factory") and rng.random() < 0.08:
                perks.add("weekly_pay")
            if "room_and_board" not in perks and "meals" not in perks and rng.random() < 0.12:
                perks.add("meal_allowance")
            if "room_and_board" not in perks and "housing" not in perks and rng.random() < 0.08:
                perks.add("housing_allowance")
            if k0 in ("maternity", "nanny") and rng.random() < 0.5:
                perks.add("room_and_board")
            perks = normalise_perks(perks)
            shift = wpick(rng, prof["shift"])
            if cycle == "hour":
                etype = "part_time"
                shift = "flexible" if rng.random() < 0.6 else shift
            elif cycle == "day":
                etype = wpick(rng, {"temporary": .5, "flexible": .2, "full_time": .3})
            else:
                etype = wpick(rng, prof["etype"])
                if etype == "part_time" and k0 not in ("cleaner", "waiter", "cashier", "tutor", "rider", "customer_service",
                                                       "telesales", "nanny", "clerk", "sales"):
                    etype = "full_time"
                if etype == "temporary" and k0 not in TEMPORARY_PRONE and fam != "construction":
                    etype = "full_time"
            if etype == "part_time" and cycle == "month":
                pmin, pmax = int(pmin * 0.5 // 100 * 100), int(pmax * 0.55 // 100 * 100)
            edu = wpick(rng, KIND_EDU.get(k0, prof["edu"]))
            exp = wpick(rng, KIND_EXP.get(k0, prof["exp"]))
            age_max = rng.choice(prof["age"])
            groups = sorted(g for g, pr in prof["groups"].items() if rng.random() < pr)
            ticked = sorted(g for g in groups if rng.random() < 0.7)
            headcount = rng.choice([1, 1, 2, 2, 3, 5]) if fam in ("office", "tech", "education", "domestic", "auto") \
                else rng.choice([2, 3, 5, 8, 10, 20, 30])
            other = None
            if rng.random() < 0.13:
                pool = [k for k in kinds if k not in ks] + sorted(cat.related(k0) - set(ks))
                other = rng.choice(pool) if pool else None
            gt = dict(kinds=ks, region=region, town=town, pay_min=pmin, pay_max=pmax, pay_cycle=cycle, day_wage=dw, hour_wage=hw,
                      perks=sorted(perks), shift=shift, etype=etype, edu=edu, exp=exp, groups=groups, groups_ticked=ticked,
                      age_max=age_max, _headcount=headcount)
            title, tmode = make_title(rng, style, ks, spec, perks, cycle, dw, pmin, shift, etype, region, town)
            desc, traps = make_description(rng, style, ks, spec, tmode, gt, region, town, org_word, other)
            occ = wpick(rng, dict(spec["occ"]))
            vis_etype = etype if not (etype == "temporary" and style == "hurried" and rng.random() < 0.3) else "full_time"
            del gt["_headcount"]
            gt["title_mode"] = tmode
            gt["traps"] = traps + (["etype_form_mismatch"] if vis_etype != etype else [])
            rows.append({
                "external_ref": f"V11-E{ei:02d}-{j:02d}",
                "title": title,
                "description": desc,
                "occupation_code": occ,
                "industry_code": industry,
                "region_code": region,
                "headcount": headcount,
                "salary_min": pmin,
                "salary_max": pmax,
                "education_min": edu,
                "experience_min_years": exp,
                "employment_type": vis_etype,
                "benefits": form_benefits(rng, perks, style),
                "welcomed_groups": ticked,
                "employer_name": ename,
                "gt": gt,
            })
    with (HERE / "vacancies.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} vacancies from {len({r['employer_name'] for r in rows})} employers")


if __name__ == "__main__":
    main()
