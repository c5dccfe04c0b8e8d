"""relevance_v5 check: validate vacancies.jsonl and queries.jsonl, mark answerability, report counts.

    /work/main/.venv/bin/python bench/relevance_v5/check.py          # report only
    /work/main/.venv/bin/python bench/relevance_v5/check.py --fix    # also write answerable/notes back

A query is answerable when at least one vacancy grades >= 2. A query written as answerable that the data
cannot answer keeps its text; its intent gets "answerable": false and a note (with --fix).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import catalogue as C  # noqa: E402
import grading  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CATEGORIES = ["exact_title", "colloquial", "activity", "condition", "job_condition", "place", "place_job",
              "combination", "pinyin_typo", "no_answer"]
COLUMNS = ["external_ref", "title", "description", "occupation_code", "industry_code", "region_code", "headcount",
           "salary_min", "salary_max", "education_min", "experience_min_years", "employment_type", "benefits",
           "welcomed_groups", "employer_name"]
BANNED = re.compile(r"(男性|女性|限男|限女|男女|\d{2}岁|岁以下|年龄|籍贯|民族|乙肝|身体健康|身高|押金|培训费|体检费|1[3-9]\d{9})")


def load(name):
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_vacancies(vs):
    errs = []
    refs = Counter(v["external_ref"] for v in vs)
    errs += [f"duplicate ref {r}" for r, n in refs.items() if n > 1]
    for v in vs:
        r = v["external_ref"]
        for col in COLUMNS + list(grading.HIDDEN_FIELDS):
            if col not in v:
                errs.append(f"{r}: missing {col}")
        if not classifications.is_occupation(v["occupation_code"]):
            errs.append(f"{r}: occupation {v['occupation_code']}")
        if v["industry_code"] and not classifications.is_industry(v["industry_code"]):
            errs.append(f"{r}: industry {v['industry_code']}")
        if not regions.is_workplace(v["region_code"]):
            errs.append(f"{r}: region {v['region_code']}")
        if not (2 <= len(v["title"]) <= 60):
            errs.append(f"{r}: title length {len(v['title'])}")
        if not (40 <= len(v["description"]) <= 300):
            errs.append(f"{r}: description length {len(v['description'])}")
        if not (1 <= v["headcount"] <= 10000) or not (0 <= v["salary_min"] <= v["salary_max"] <= 1_000_000):
            errs.append(f"{r}: headcount/salary")
        if v["education_min"] not in enums.EDUCATION_LEVELS or v["employment_type"] not in enums.EMPLOYMENT_TYPES:
            errs.append(f"{r}: education/employment type")
        if not 0 <= v["experience_min_years"] <= 40:
            errs.append(f"{r}: experience")
        if any(b not in enums.BENEFITS for b in v["benefits"]) or any(g not in enums.PRIORITY_GROUPS for g in v["welcomed_groups"]):
            errs.append(f"{r}: benefit/group code")
        if v["job_kind"] not in C.KINDS:
            errs.append(f"{r}: job_kind")
        text = v["title"] + " " + v["description"]
        if BANNED.search(text):
            errs.append(f"{r}: banned text {BANNED.search(text).group(0)}")
        # text/field consistency, except the documented traps
        if re.search(r"日结|当天结|干一天结一天", text) and v["pay_cycle"] != "daily" and "neg_daily" not in v["trap"]:
            errs.append(f"{r}: 日结 in text, cycle {v['pay_cycle']}")
        if re.search(r"包吃住|包吃包住|管吃管住|免费食宿", text) and "room_and_board" not in v["benefits"] and "neg_room" not in v["trap"]:
            errs.append(f"{r}: 包吃住 in text without the benefit")
        if "周结" in text and v["pay_cycle"] != "weekly":
            errs.append(f"{r}: 周结 in text, cycle {v['pay_cycle']}")
        if "五险一金" in text and "social_insurance_housing_fund" not in v["benefits"]:
            errs.append(f"{r}: 五险一金 in text without the benefit")
    return errs


def main(fix: bool):
    vs, qs = load("vacancies.jsonl"), load("queries.jsonl")
    errs = check_vacancies(vs)
    employers = {v["employer_name"] for v in vs}
    print(f"vacancies {len(vs)}, employers {len(employers)}, job kinds in catalogue {len(C.KINDS)}, "
          f"used {len({v['job_kind'] for v in vs})}, cities {len({v['region_code'][:4] for v in vs})}")
    if not 50 <= len(employers) <= 70:
        errs.append(f"employers {len(employers)} not in 50-70")
    if len(C.KINDS) < 100:
        errs.append("fewer than 100 job kinds")
    ids = Counter(q["id"] for q in qs)
    errs += [f"duplicate query id {i}" for i, n in ids.items() if n > 1]
    cats = Counter(q["category"] for q in qs)
    for c in CATEGORIES:
        if cats[c] < 10:
            errs.append(f"category {c}: {cats[c]} < 10")
    errs += [f"{q['id']}: unknown category {q['category']}" for q in qs if q["category"] not in CATEGORIES]
    for q in qs:
        it = q["intent"]
        for k in (it.get("kinds") or []) + (it.get("accept") or []):
            if not k.startswith("@") and k not in C.KINDS:
                errs.append(f"{q['id']}: unknown kind {k}")
        for p in it.get("place") or []:
            if not regions.prefix_is_valid(p):
                errs.append(f"{q['id']}: place {p}")
    # answerability
    per_cat = {c: Counter() for c in CATEGORIES}
    changed = []
    for q in qs:
        gr = grading.grades_for(q, vs)
        hist = Counter(gr.values())
        ans = any(g >= 2 for g in gr.values())
        it = q["intent"]
        if it["answerable"] and not ans:
            it["answerable"] = False
            it["note"] = "written as answerable; check.py found no vacancy graded >= 2 (text unchanged)"
            changed.append(q["id"])
        elif not it["answerable"] and ans:
            it["answerable"] = True
            it["note"] = "written as not answerable; check.py found a vacancy graded >= 2"
            changed.append(q["id"])
        per_cat[q["category"]]["answerable" if it["answerable"] else "not"] += 1
        print(f"  {q['id']} {q['category']:<13} {q['q']:<24} g3={hist[3]:>3} g2={hist[2]:>3} g1={hist[1]:>3} "
              f"{'ANS' if it['answerable'] else '---'}")
    print("\ncategory        answerable  not")
    for c in CATEGORIES:
        print(f"  {c:<14} {per_cat[c]['answerable']:>6} {per_cat[c]['not']:>6}")
    total = sum(per_cat[c]["answerable"] for c in CATEGORIES)
    print(f"answerable {total} / {len(qs)}; flipped by the check: {changed or 'none'}")
    if fix and changed:
        with open(HERE / "queries.jsonl", "w", encoding="utf-8") as f:
            for q in qs:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
        print("queries.jsonl updated")
    print(f"errors: {len(errs)}")
    for e in errs[:60]:
        print("  ", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main("--fix" in sys.argv))
