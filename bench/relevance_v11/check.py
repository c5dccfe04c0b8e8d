"""Consistency checks for relevance_v11. Run: python check.py (from the repo's venv). Exit 1 on any failure."""

# ruff: noqa: E501  (data tables read better one entry per line, as for bench/*.py)
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parents[1]))

import catalogue as cat  # noqa: E402
import grading  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CATEGORY_RANGES = {"exact_title": (10, 14), "short_form": (8, 12), "everyday_phrase": (12, 16), "condition": (14, 18),
                   "place": (8, 10), "place_job": (8, 12), "combination": (12, 16), "pinyin_typo": (8, 12),
                   "no_answer": (5, 8)}
COND_KINDS = {"pay_min", "pay_about", "pay_range", "day_wage", "hour_wage", "daily_pay", "room_and_board", "housing", "meals",
              "five_one", "insurance", "shuttle", "transport", "year_end_bonus", "paid_leave", "training", "weekends_off",
              "day_shift", "night_shift", "part_time", "temporary", "full_time", "internship", "edu_is", "edu_none", "no_exp",
              "exp_have", "group", "age"}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_vacancies(vac: list[dict]) -> None:
    refs = Counter(v["external_ref"] for v in vac)
    for ref, n in refs.items():
        if n > 1:
            err(f"duplicate external_ref {ref}")
    if not 400 <= len(vac) <= 480:
        err(f"{len(vac)} vacancies, want 400-480")
    employers = {v["employer_name"] for v in vac}
    if not 50 <= len(employers) <= 70:
        err(f"{len(employers)} employers, want 50-70")
    for v in vac:
        r, gt = v["external_ref"], v["gt"]
        if not 2 <= len(v["title"]) <= 60:
            err(f"{r}: title length {len(v['title'])}")
        if not 20 <= len(v["description"]) <= 400:
            err(f"{r}: description length {len(v['description'])}")
        if not classifications.is_occupation(v["occupation_code"]):
            err(f"{r}: bad occupation_code {v['occupation_code']}")
        if not classifications.is_industry(v["industry_code"]):
            err(f"{r}: bad industry_code {v['industry_code']}")
        if not regions.is_workplace(v["region_code"]):
            err(f"{r}: bad region_code {v['region_code']}")
        if v["region_code"] != gt["region"]:
            err(f"{r}: gt region differs")
        if not (isinstance(v["headcount"], int) and v["headcount"] >= 1):
            err(f"{r}: headcount")
        if not (isinstance(v["salary_min"], int) and isinstance(v["salary_max"], int) and 0 < v["salary_min"] <= v["salary_max"]):
            err(f"{r}: salary {v['salary_min']}-{v['salary_max']}")
        if v["education_min"] not in enums.EDUCATION_LEVELS:
            err(f"{r}: education_min")
        if not (isinstance(v["experience_min_years"], int) and 0 <= v["experience_min_years"] <= 20):
            err(f"{r}: experience")
        if v["employment_type"] not in enums.EMPLOYMENT_TYPES:
            err(f"{r}: employment_type")
        if any(b not in enums.BENEFITS for b in v["benefits"]):
            err(f"{r}: benefits {v['benefits']}")
        if any(g not in enums.PRIORITY_GROUPS for g in v["welcomed_groups"]):
            err(f"{r}: welcomed_groups")
        if not set(v["welcomed_groups"]) <= set(gt["groups"]):
            err(f"{r}: ticked groups not in gt groups")
        if any(k not in cat.KINDS for k in gt["kinds"]):
            err(f"{r}: unknown kind")
        perks = set(gt["perks"])
        for b in v["benefits"]:  # the form may omit true perks, never claim false ones
            need = {"social_insurance_housing_fund": {"social_insurance", "housing_fund"}}.get(b, {b})
            if not need <= perks:
                err(f"{r}: benefit {b} not in gt perks")
        if gt["pay_cycle"] == "day" and not gt["day_wage"]:
            err(f"{r}: day-paid without day_wage")
        if gt["town"] and cat.TOWNS.get(gt["town"]) != gt["region"]:
            err(f"{r}: town {gt['town']} not in {gt['region']}")


def check_queries(qs: list[dict], vac: list[dict]) -> list[tuple]:
    ids = Counter(q["id"] for q in qs)
    if len(qs) != 100 or any(n > 1 for n in ids.values()):
        err(f"{len(qs)} queries or duplicate ids")
    cats = Counter(q["category"] for q in qs)
    for c, (lo, hi) in CATEGORY_RANGES.items():
        if not lo <= cats.get(c, 0) <= hi:
            err(f"category {c}: {cats.get(c, 0)} not in {lo}-{hi}")
    for c in cats:
        if c not in CATEGORY_RANGES:
            err(f"unknown category {c}")
    rows = []
    for q in qs:
        it = q["intent"]
        ans = it.get("answerable")
        if not isinstance(ans, bool):
            err(f"{q['id']}: answerable missing")
        if q["category"] == "no_answer" and ans:
            err(f"{q['id']}: a no_answer query must have answerable=false")
        if q["category"] != "no_answer" and not ans and not it.get("note"):
            err(f"{q['id']}: answerable=false outside no_answer needs a note")
        for k in it.get("kinds", []) + it.get("subs", []):
            if k not in cat.KINDS and ans:
                err(f"{q['id']}: unknown kind {k} in an answerable query")
        if it.get("family") and it["family"] not in cat.FAMILIES:
            err(f"{q['id']}: unknown family")
        for c in it.get("conds", []):
            if c["c"] not in COND_KINDS:
                err(f"{q['id']}: unknown condition {c['c']}")
            if c["c"] == "group" and c["x"] not in enums.PRIORITY_GROUPS:
                err(f"{q['id']}: unknown group")
        pl = it.get("place")
        if pl:
            code, level = pl["code"], pl["level"]
            if ans and not regions.prefix_is_valid(code):
                err(f"{q['id']}: place {code} invalid")
            if level == "district" and code not in cat.NEIGHBOURS:
                err(f"{q['id']}: district {code} lacks a neighbour table")
            if level == "district" and not (code[:2] in ("11", "12") or code[4:] < "20"):
                err(f"{q['id']}: {code} is not an urban district")
            if level == "county" and not regions.is_county(code):
                err(f"{q['id']}: county {code} invalid")
            if level == "town" and cat.TOWNS.get(pl.get("town")) != code:
                err(f"{q['id']}: town not in catalogue")
        g = grading.grades_for(q, vac)
        n3 = sum(1 for x in g.values() if x == 3)
        n2 = sum(1 for x in g.values() if x == 2)
        n1 = sum(1 for x in g.values() if x == 1)
        if ans and n3 + n2 == 0:
            err(f"{q['id']} {q['q']}: answerable but nothing graded >= 2")
        if not ans and n3 + n2 > 0:
            err(f"{q['id']} {q['q']}: no_answer but {n3 + n2} graded >= 2")
        rows.append((q["id"], q["category"], q["q"], n3, n2, n1))
    return rows


def main() -> int:
    vac = load("vacancies.jsonl")
    qs = load("queries.jsonl")
    check_vacancies(vac)
    rows = check_queries(qs, vac)
    verbose = "-v" in sys.argv
    if verbose:
        for r in rows:
            print("{} {:<15} {:<24} g3={:3d} g2={:3d} g1={:3d}".format(*r))
    cats = Counter(q["category"] for q in qs)
    print(f"vacancies {len(vac)}, employers {len({v['employer_name'] for v in vac})}, queries {len(qs)}")
    print("categories", dict(sorted(cats.items())))
    print("answerable", sum(1 for q in qs if q["intent"]["answerable"]), "answerable=false", sum(1 for q in qs if not q["intent"]["answerable"]))
    thin = [r for r in rows if r[3] + r[4] < 3 and qs[int(r[0][1:]) - 1]["intent"]["answerable"]]
    print("answerable queries with fewer than 3 vacancies >= 2:", [(r[0], r[2], r[3] + r[4]) for r in thin])
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
