"""Generate vacancies.jsonl for relevance_v7: ~380 vacancies from ~54 employers in 32 cities.

Deterministic (its own seed). Run: /work/main/.venv/bin/python bench/relevance_v7/generate.py
Each row carries the CSV import columns, employer_name, and the hidden ground truth (grading.HIDDEN_FIELDS).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from catalogue import BRAND_SYLLABLES, CITIES, KIND_BY_ID, SECTORS  # noqa: E402

SEED = 7_2020_0607
OUT = HERE / "vacancies.jsonl"

# employers per sector (sum 54): no trade dominates; agencies post in several cities
SECTOR_COUNTS = {
    "electronics": 3, "machinery": 2, "garment": 2, "food": 2, "plastics": 1, "logistics": 2, "express": 2,
    "catering": 3, "drinks": 1, "hotel": 2, "property": 2, "domestic": 2, "construction": 2, "decoration": 1,
    "supermarket": 2, "ecommerce": 2, "software": 2, "services": 2, "sales": 1, "education": 2, "health": 2,
    "beauty": 2, "agriculture": 2, "auto": 2, "repair": 1, "transport": 1, "mining": 1, "public": 2,
    "agency": 3,
}
BIG_CITIES = {"深圳", "上海", "北京", "杭州", "南京", "昆山", "东莞"}
SMALL_CITIES = {"周口", "南充", "邵阳", "阜阳", "赣州", "毕节", "儋州", "嘉峪关", "临沂"}
SECTOR_WORKPLACE = {
    "electronics": "工厂", "machinery": "工厂", "garment": "工厂", "food": "工厂", "plastics": "工厂",
    "mining": "矿山", "catering": "饭店", "hotel": "酒店", "property": "小区", "health": "医院",
    "supermarket": "超市", "construction": "工地", "decoration": "工地", "logistics": "仓库",
}
BRAND_WORD = {"electronics": "电子厂", "garment": "制衣厂", "food": "食品厂", "supermarket": "超市",
              "catering": "酒家", "drinks": "茶饮", "logistics": "物流", "express": "快递", "hotel": "酒店",
              "property": "物业", "domestic": "家政", "beauty": "美业", "auto": "汽修", "ecommerce": "电商"}
# rare slips employers make in titles (hidden field trap = "typo_in_title")
TYPOS = {"操作工": "操做工", "叉车": "差车", "保洁": "保结", "厨师": "厨帅", "收银员": "收营员", "快递": "快第"}
OFFICE_FAMILIES = {"office", "it", "ecommerce", "sales", "health", "education", "other"}
LABOUR_FAMILIES = {"factory", "logistics", "construction", "agriculture", "driving"}


def r100(x: float) -> int:
    return int(round(x / 100.0)) * 100


def r500(x: float) -> int:
    return int(round(x / 500.0)) * 500


class Gen:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.rows: list[dict] = []
        self.traps = 0

    # ---------- employers ----------
    def employers(self) -> list[dict]:
        rng = self.rng
        cities = list(CITIES)
        rng.shuffle(cities)
        out, used_names, i = [], set(), 0
        for sector, n in SECTOR_COUNTS.items():
            for _ in range(n):
                city = cities[i % len(cities)]
                i += 1
                suffix, ind, _ = SECTORS[sector]
                while True:
                    brand = rng.choice(BRAND_SYLLABLES) + rng.choice(BRAND_SYLLABLES)
                    if sector == "public":
                        name = f"{city[0]}{brand}街道社区服务中心"
                    elif sector == "health":
                        name = f"{city[0]}{brand}{rng.choice(['医院', '康复医院', '医疗集团'])}"
                    else:
                        name = f"{city[0]}{brand}{suffix}"
                    if name not in used_names and brand[0] != brand[1]:
                        used_names.add(name)
                        break
                out.append({"sector": sector, "city": city, "name": name, "industry": ind, "brand": brand,
                            "n": rng.randint(12, 16) if sector == "agency" else rng.randint(5, 8)})
        return out

    # ---------- one vacancy ----------
    def vacancy(self, emp: dict, kind_id: str, city: tuple, ref: str) -> dict:
        rng, k = self.rng, KIND_BY_ID[kind_id]
        cname, _prov, counties = city
        region = rng.choice(counties)
        emp_type = rng.choice(k.emp) if rng.random() < 0.45 else k.emp[0]
        cyc_char = rng.choice(k.cycles)
        cycle = {"m": "monthly", "d": "daily", "h": "hourly", "w": "weekly", "p": "piece"}[cyc_char]
        if emp_type == "part_time" and "h" in k.cycles and rng.random() < 0.7:
            cycle = "hourly"
        if emp_type == "temporary" and "d" in k.cycles and rng.random() < 0.7:
            cycle = "daily"
        if cycle == "daily" and rng.random() < 0.15:
            cycle = "weekly"
        shifts = list(k.shifts)
        if emp_type == "part_time":
            pt = [s for s in shifts if s in ("eve", "wkd", "flex")]
            shift = rng.choice(pt) if pt else "flex"
        else:
            ft = [s for s in shifts if s not in ("wkd",)] or ["day"]
            shift = rng.choice(ft)
        family = k.family
        if shift in ("flex", "wkd") or emp_type == "part_time":
            rest = "自由"
        elif family in OFFICE_FAMILIES and shift == "day":
            rest = rng.choice(["双休", "双休", "单休", "大小周"])
        elif shift == "rot":
            rest = rng.choice(["做六休一", "月休4天", "轮休"])
        else:
            rest = rng.choice(["做六休一", "单休", "月休4天", "双休", "轮休"])
        # pay
        factor = 1.15 if cname in BIG_CITIES else 0.85 if cname in SMALL_CITIES else 1.0
        lo, hi = k.pay
        lo = lo * factor * rng.uniform(0.9, 1.1)
        hi = max(hi * factor * rng.uniform(0.9, 1.1), lo * 1.15)
        rate = None
        if cycle == "daily" or cycle == "weekly":
            rate = max(120, int(round(lo / 26 / 10.0)) * 10 + rng.choice([0, 10, 20]))
            days = 26 if emp_type != "part_time" else 8
            smin, smax = rate * days, (rate + rng.choice([0, 0, 20, 50])) * days
        elif cycle == "hourly":
            rate = max(16, int(lo / 26 / 8) + rng.choice([0, 1, 2, 3]))
            hours = 208 if emp_type != "part_time" else rng.choice([60, 80, 100, 120])
            smin, smax = rate * hours, rate * hours
        elif emp_type == "part_time":
            smin, smax = r100(lo * 0.45), r100(hi * 0.5)
        else:
            smin, smax = r500(lo), r500(hi)
            smax = max(smax, smin + 500)
        smin, smax = r100(smin), r100(smax)
        # benefits
        b: list[str] = []
        p_board = {"factory": 0.55, "logistics": 0.4, "construction": 0.6, "agriculture": 0.55, "catering": 0.5,
                   "domestic": 0.35, "hospitality": 0.45, "beauty": 0.35, "auto": 0.35, "driving": 0.2,
                   "security_cleaning": 0.25, "retail": 0.15}.get(family, 0.05)
        if emp_type == "part_time":
            p_board = 0.02
        x = rng.random()
        if x < p_board:
            b.append("room_and_board")
        elif x < p_board + 0.12:
            b.append(rng.choice(["housing", "meals"]))
        if family in OFFICE_FAMILIES or (family in LABOUR_FAMILIES and rng.random() < 0.3):
            if emp_type == "full_time" and rng.random() < 0.75:
                b.append(rng.choice(["social_insurance_housing_fund", "social_insurance"]))
        elif emp_type == "full_time" and rng.random() < 0.35:
            b.append("social_insurance")
        for code, p in (("year_end_bonus", 0.15), ("training", 0.15), ("paid_leave", 0.1), ("transport", 0.06)):
            if rng.random() < p and emp_type == "full_time":
                b.append(code)
        if family == "factory" and rng.random() < 0.2:
            b.append("shuttle")
        if rest == "双休":
            b.append("weekends_off")
        # education / experience
        edu_order = ["none", "junior_middle", "senior_high", "associate", "bachelor"]
        ei = edu_order.index(k.edu)
        y = rng.random()
        if y < 0.15 and ei > 0:
            ei -= 1
        elif y > 0.9 and ei < 3:
            ei += 1
        edu = edu_order[ei]
        exp = k.exp if rng.random() < 0.65 else 0
        # groups
        g: list[str] = []
        if emp["sector"] != "agency" and (edu in ("associate", "bachelor") or exp == 0) and rng.random() < 0.35:
            g.append("graduate")
        if family in LABOUR_FAMILIES | {"catering", "security_cleaning"} and rng.random() < 0.45:
            g.append("migrant_worker")
        if rng.random() < 0.18:
            g.append("hubei")
        if family in {"factory", "agriculture", "security_cleaning", "domestic"} and rng.random() < 0.25:
            g.append("poverty_registered")
        if (k.posture == "sit" or kind_id == "massage_therapist") and rng.random() < 0.35:
            g.append("disabled")
        if family in {"security_cleaning", "driving"} and rng.random() < 0.35:
            g.append("veteran")
        if kind_id in {"cleaner", "door_guard", "parking_attendant", "street_sweeper", "hourly_cleaner"} \
                and rng.random() < 0.4:
            g.append("employment_difficulty")
        # codes
        occ = k.occ[0] if rng.random() < 0.55 or len(k.occ) == 1 else rng.choice(k.occ[1:])
        if occ.count("-") == 2 and rng.random() < 0.3:
            occ = occ.rsplit("-", 1)[0]
        z = rng.random()
        ind = emp["industry"] if z < 0.6 else rng.choice(k.ind) if z < 0.85 else ""
        if emp["sector"] == "agency" and z < 0.6:
            ind = rng.choice(k.ind)
        wp = SECTOR_WORKPLACE.get(emp["sector"])
        if wp not in k.workplaces:
            wp = rng.choice(k.workplaces)
        if kind_id == "canteen_cook":
            wp = "食堂"
        headcount = rng.randint(10, 80) if family in {"factory", "logistics"} and k.exp == 0 else rng.randint(1, 6)
        row = {
            "external_ref": ref, "title": "", "description": "", "occupation_code": occ, "industry_code": ind,
            "region_code": region, "headcount": headcount, "salary_min": smin, "salary_max": smax,
            "education_min": edu, "experience_min_years": exp, "employment_type": emp_type,
            "benefits": sorted(set(b)), "welcomed_groups": g, "employer_name": emp["name"],
            "job_kind": kind_id, "family": family, "pay_cycle": cycle, "shift": shift, "rest": rest,
            "posture": k.posture, "physical": k.physical, "computer": k.computer, "vehicle": k.vehicle,
            "workplace": wp, "trap": "",
        }
        self.write_text(row, k, emp, cname, rate)
        return row

    # ---------- text ----------
    def pay_text(self, row: dict, rate: int | None, sales_like: bool) -> str:
        rng, c = self.rng, row["pay_cycle"]
        a, b = row["salary_min"], row["salary_max"]
        if c == "daily":
            return rng.choice([f"日结{rate}/天", f"{rate}元一天，当天结", f"日薪{rate}，做一天结一天",
                               f"工资日结，{rate}元/天"])
        if c == "weekly":
            return rng.choice([f"工资周结，{rate}元/天", f"{rate}一天，一周一结", f"周结，日薪{rate}"])
        if c == "hourly":
            return rng.choice([f"时薪{rate}元", f"{rate}元/小时", f"小时工{rate}块一小时", f"按小时算，{rate}元每小时"])
        if c == "piece":
            return rng.choice([f"计件，多劳多得，熟手月入{b}+", f"计件工资，平均{a}-{b}", f"计件制，熟练工{b}以上"])
        if sales_like and rng.random() < 0.6:
            base = r100(a * 0.5)
            return rng.choice([f"底薪{base}+提成", f"底薪{base}+高提成，综合{a}-{b}", f"无责底薪{base}+提成"])
        k1, k2 = a / 1000, b / 1000
        ks = f"{k1:g}-{k2:g}K" if rng.random() < 0.5 else f"{k1:g}-{k2:g}k"
        return rng.choice([f"月薪{a}-{b}", f"综合{ks}", f"工资{a}-{b}元/月", f"到手{a}以上", f"月入{a}-{b}",
                           f"薪资{a}~{b}", f"综合工资{ks}"])

    def write_text(self, row: dict, k, emp: dict, cname: str, rate: int | None) -> None:
        rng = self.rng
        ben = set(row["benefits"])
        sales_like = k.family in {"sales", "retail"} or k.id in {"live_streamer", "phone_sales", "hairdresser"}
        pay = self.pay_text(row, rate, sales_like)
        shift_txt = {
            "day": ["长白班", "白班，早八晚五", "朝九晚六", "白班8:00-17:30", "只上白班"],
            "rot": ["两班倒", "白夜班轮换", "三班倒", "两班倒，半月一倒"],
            "night": ["夜班", "上夜班，20:00-次日6:00", "固定夜班"],
            "eve": ["晚班17:00-22:00", "下午到晚上", "晚上上班"],
            "wkd": ["周六周日上班", "周末两天", "只上周末"],
            "flex": ["时间自由", "时间灵活，自己安排", "自由排班"],
        }[row["shift"]]
        rest_txt = {"双休": ["双休", "周末双休"], "单休": ["单休", "月休4天"], "大小周": ["大小周"],
                    "做六休一": ["做六休一", "上六休一"], "月休4天": ["月休4天", "每月休4天"],
                    "轮休": ["轮休"], "自由": [""]}[row["rest"]]
        perks = []
        if "room_and_board" in ben:
            perks.append(rng.choice(["包吃住", "包吃包住", "免费食宿", "提供食宿"]))
        if "meals" in ben:
            perks.append(rng.choice(["包吃", "免费工作餐", "包两餐", "管饭"]))
        if "housing" in ben:
            perks.append(rng.choice(["包住", "提供宿舍", "免费住宿", "有员工宿舍"]))
        if "meals" not in ben and "room_and_board" not in ben and rng.random() < 0.15:
            perks.append("餐补15元/天")
        if "social_insurance_housing_fund" in ben:
            perks.append(rng.choice(["五险一金", "缴纳五险一金"]))
        if "social_insurance" in ben:
            perks.append(rng.choice(["买五险", "入职缴社保", "五险"]))
        for code, words in (("year_end_bonus", ["年终奖", "年底有奖金"]), ("training", ["岗前培训", "带薪培训"]),
                            ("paid_leave", ["带薪年假"]), ("transport", ["交通补贴"]),
                            ("shuttle", ["班车接送", "有厂车"])):
            if code in ben:
                perks.append(rng.choice(words))
        rng.shuffle(perks)
        # title
        title = self.fits(rng.choice(k.titles), k.titles, row)
        deco = rng.random()
        board = [p for p in perks if p in ("包吃住", "包吃包住", "免费食宿")]
        if deco < 0.12:
            title = rng.choice(["急招！！", "急聘", "【急招】", "急招"]) + title.removeprefix("招")
        elif deco < 0.22 and board:
            title = f"{title} {board[0]}"
        elif deco < 0.32:
            if row["pay_cycle"] == "daily":
                title = f"{title}（日结{rate}）"
            elif row["pay_cycle"] == "monthly" and row["salary_max"] >= 6000:
                title = f"{title} 月入{row['salary_max']}+" if rng.random() < 0.5 else \
                    f"{title}{row['salary_min'] / 1000:g}-{row['salary_max'] / 1000:g}K"
        elif deco < 0.38 and row["headcount"] >= 10:
            title = f"招{title}{rng.choice(['若干名', '数名', str(row['headcount']) + '名'])}"
        elif deco < 0.43:
            title = f"{cname}{title}"
        elif deco < 0.47 and emp["sector"] != "agency":
            title = f"{emp['brand']}{BRAND_WORD.get(emp['sector'], '')}{title}"
        elif deco < 0.50 and "graduate" in row["welcomed_groups"]:
            title = f"{title}（应届生可）"
        for right, wrong in TYPOS.items():
            if right in title and rng.random() < 0.08:
                title = title.replace(right, wrong, 1)
                row["trap"] = "typo_in_title"
                break
        # description
        hurried = rng.random() < 0.3
        parts = [self.fits(rng.choice(k.duties), k.duties, row, f"做{k.name}相关工作，有人带")]
        if not hurried and len(k.duties) > 1 and rng.random() < 0.6:
            extra = rng.choice([d for d in k.duties if d != parts[0]])
            if self.allowed(extra, row) and extra != parts[0]:
                parts.append(extra)
        req = []
        if row["education_min"] == "none":
            req.append(rng.choice(["不限学历", "学历不限", "无学历要求", ""]))
        else:
            req.append({"junior_middle": "初中以上", "senior_high": "高中或中专以上", "associate": "大专以上学历",
                        "bachelor": "本科及以上"}[row["education_min"]])
        if row["experience_min_years"] == 0:
            req.append(rng.choice(["无经验可", "新手可带", "零基础可学", ""]))
        else:
            req.append(f"{row['experience_min_years']}年以上相关经验")
        if k.computer and not hurried:
            req.append(rng.choice(["会用电脑", "熟练操作电脑", "会基本办公软件"]))
        if k.vehicle == "ebike" and rng.random() < 0.5:
            req.append(rng.choice(["自备电动车", "有电动车优先", "公司可提供电动车"]))
        parts.append("，".join(r for r in req if r))
        parts.append(pay)
        parts.append(rng.choice(shift_txt) + ("，" + rng.choice(rest_txt) if rest_txt[0] else ""))
        if perks:
            parts.append("、".join(perks[: 2 if hurried else 5]))
        groups = row["welcomed_groups"]
        if groups and not hurried and rng.random() < 0.6:
            names = {"graduate": "应届毕业生", "migrant_worker": "返岗农民工", "hubei": "湖北籍劳动者",
                     "poverty_registered": "建档立卡贫困劳动力", "employment_difficulty": "就业困难人员",
                     "veteran": "退役军人", "disabled": "残疾人朋友"}
            parts.append("欢迎" + "、".join(names[x] for x in groups[:2]) + "投递")
        if row["employment_type"] == "part_time" and rng.random() < 0.6:
            parts.insert(0, rng.choice(["兼职", "招兼职", "可兼职"]))
        self.maybe_trap(row, parts)
        if not hurried:
            parts.append(rng.choice(["有意者平台投递简历", "面试通过即可上岗", "工作地点" + cname, "",
                                     "公司正规，按时发薪", "长期稳定"]))
        sep = rng.choice(["。", "；", " ", "，"])
        desc = sep.join(p for p in parts if p)
        if len(desc) < 40:
            desc += sep + f"工作地点在{cname}，{k.name}岗位，欢迎有意者投递简历"
        row["title"], row["description"] = title[:60], desc[:300]

    @staticmethod
    def allowed(text: str, row: dict) -> bool:
        """A title or duty phrase that names a pay cycle, a night shift or part-time must match the fields."""
        if re.search(r"计件|计价|按件|按房|按台|按桶|按吨", text) and row["pay_cycle"] != "piece":
            return False
        if re.search(r"结", text) and row["pay_cycle"] != "daily":
            return False
        if re.search(r"(?<!白)夜班", text) and row["shift"] != "night":
            return False
        return not ("兼职" in text and row["employment_type"] != "part_time")

    def fits(self, chosen: str, options: tuple[str, ...], row: dict, fallback: str = "") -> str:
        """The random pick if consistent, else the first consistent option (no extra random draws)."""
        if self.allowed(chosen, row):
            return chosen
        return next((o for o in options if self.allowed(o, row)), fallback or options[0])

    def maybe_trap(self, row: dict, parts: list[str]) -> None:
        """A few deliberate, realistic traps (documented in WORLD.md); hidden field `trap` names them."""
        rng, ben = self.rng, set(row["benefits"])
        if self.traps >= 14 or rng.random() > 0.06:
            return
        if ben & {"housing"} and not ben & {"meals", "room_and_board"}:
            parts.append("包住不包吃，有餐补")
            label = "housing_not_meals"
        elif row["pay_cycle"] == "monthly" and row["family"] in LABOUR_FAMILIES:
            parts.append("非日结，每月15号发上月工资")
            label = "not_daily"
        elif row["employment_type"] == "full_time" and row["shift"] != "flex":
            parts.append("全职岗位，不招兼职、不招临时工")
            label = "not_part_time"
        elif not ben & {"housing", "room_and_board"}:
            parts.append("可协助找附近出租房，住宿自理")
            label = "housing_self_paid"
        else:
            return
        row["trap"] = f"{row['trap']},{label}" if row["trap"] else label
        self.traps += 1

    # ---------- all ----------
    def run(self) -> list[dict]:
        rng = self.rng
        for e_i, emp in enumerate(self.employers(), start=1):
            kinds = SECTORS[emp["sector"]][2].split()
            for j in range(1, emp["n"] + 1):
                if emp["sector"] == "agency":
                    city = rng.choice(CITIES)
                else:
                    city = emp["city"] if rng.random() < 0.85 else rng.choice(CITIES)
                kind_id = kinds[j - 1] if j <= min(4, len(kinds)) else rng.choice(kinds)
                ref = f"v7e{e_i:02d}-{j:03d}"
                self.rows.append(self.vacancy(emp, kind_id, city, ref))
        return self.rows


def main() -> None:
    rows = Gen().run()
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} vacancies from {len({r['employer_name'] for r in rows})} employers to {OUT.name}")


if __name__ == "__main__":
    main()
