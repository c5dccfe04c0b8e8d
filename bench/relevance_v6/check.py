"""Validate relevance_v6 files and mark answerability.

Run: /work/main/.venv/bin/python bench/relevance_v6/check.py
- vacancies.jsonl: columns, codes (recruit/codes), enums, ranges, text rules, hidden fields present
- queries.jsonl: ids unique, 10 categories with >= 10 each
- answerability: a query is answerable when some vacancy grades >= 2. A query written as answerable that the
  data cannot answer keeps its text and gets answerable=false with a note (the file is rewritten in place).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))  # /work/main, for recruit.codes
sys.path.insert(0, str(HERE))

import grading  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CATEGORIES = ["exact_title", "colloquial", "activity", "condition", "job_condition", "place", "place_job",
              "combination", "pinyin_typo", "no_answer"]
COLUMNS = ["external_ref", "title", "description", "occupation_code", "industry_code", "region_code", "headcount",
           "salary_min", "salary_max", "education_min", "experience_min_years", "employment_type", "benefits",
           "welcomed_groups", "employer_name"]
DISCRIMINATORY = re.compile(r"限男|限女|男性|女性|男士|女士|男生|女生|岁以下|岁以上|周岁|年龄|乙肝|汉族|民族|本地人|户籍|身体健康|五官端正|已婚|未婚")
FEES = re.compile(r"押金|收费|培训费|服装费|体检费|中介费|报名费")
PHONE = re.compile(r"1[3-9]\d{9}|\d{3,4}-\d{7,8}|微信|QQ|qq")


def check_vacancies(vs: list[dict]) -> list[str]:
    errs = []
    refs = Counter(v["external_ref"] for v in vs)
    errs += [f"duplicate ref {r}" for r, n in refs.items() if n > 1]
    for v in vs:
        r = v["external_ref"]
        for c in COLUMNS + grading.HIDDEN_FIELDS:
            if c not in v:
                errs.append(f"{r}: missing {c}")
        if not 2 <= len(v["title"]) <= 60:
            errs.append(f"{r}: title length {len(v['title'])}")
        if not 40 <= len(v["description"]) <= 300:
            errs.append(f"{r}: description length {len(v['description'])}")
        if not classifications.is_occupation(v["occupation_code"]):
            errs.append(f"{r}: occupation {v['occupation_code']}")
        if v["industry_code"] and not classifications.is_industry(v["industry_code"]):
            errs.append(f"{r}: industry {v['industry_code']}")
        if not regions.is_workplace(v["region_code"]):
            errs.append(f"{r}: region {v['region_code']}")
        if not 1 <= v["headcount"] <= 10000:
            errs.append(f"{r}: headcount")
        if not 0 <= v["salary_min"] <= v["salary_max"] <= 1_000_000:
            errs.append(f"{r}: salary {v['salary_min']}-{v['salary_max']}")
        if v["education_min"] not in enums.EDUCATION_LEVELS:
            errs.append(f"{r}: education {v['education_min']}")
        if not 0 <= v["experience_min_years"] <= 40:
            errs.append(f"{r}: experience")
        if v["employment_type"] not in enums.EMPLOYMENT_TYPES:
            errs.append(f"{r}: employment type")
        errs += [f"{r}: benefit {b}" for b in v["benefits"] if b not in enums.BENEFITS]
        errs += [f"{r}: group {g}" for g in v["welcomed_groups"] if g not in enums.PRIORITY_GROUPS]
        text = v["title"] + v["description"]
        if DISCRIMINATORY.search(text) or FEES.search(text) or PHONE.search(text):
            errs.append(f"{r}: forbidden wording: {text}")
        traps = set(v["trap"])
        ben = set(v["benefits"])
        if "日结" in text and v["pay_cycle"] != "daily" and "negated_daily" not in traps:
            errs.append(f"{r}: 日结 but pay is {v['pay_cycle']}")
        if "包吃住" in text and "room_and_board" not in ben:
            errs.append(f"{r}: 包吃住 without room_and_board")
        if "包住" in text and not ben & {"housing", "room_and_board"} and "negated_housing" not in traps:
            errs.append(f"{r}: 包住 without housing")
        if "五险一金" in text and "social_insurance_housing_fund" not in ben:
            errs.append(f"{r}: 五险一金 without the benefit")
        if "双休" in text and "weekends_off" not in ben:
            errs.append(f"{r}: 双休 without the benefit")
        if ("时薪" in text or "/小时" in text) and v["pay_cycle"] != "hourly":
            errs.append(f"{r}: hourly text but pay is {v['pay_cycle']}")
    return errs


def main() -> int:
    vs = [json.loads(line) for line in (HERE / "vacancies.jsonl").open(encoding="utf-8")]
    qs = [json.loads(line) for line in (HERE / "queries.jsonl").open(encoding="utf-8")]
    errs = check_vacancies(vs)
    ids = Counter(q["id"] for q in qs)
    errs += [f"duplicate query id {i}" for i, n in ids.items() if n > 1]
    cats = Counter(q["category"] for q in qs)
    errs += [f"category {c}: {cats.get(c, 0)} < 10" for c in CATEGORIES if cats.get(c, 0) < 10]
    errs += [f"{q['id']}: unknown category {q['category']}" for q in qs if q["category"] not in CATEGORIES]
    employers = {v["employer_name"] for v in vs}
    if not 50 <= len(employers) <= 70:
        errs.append(f"{len(employers)} employers, want 50-70")
    for e in errs:
        print("ERROR", e)

    changed = 0
    table = {}
    for q in qs:
        g = grading.grades_for(q, vs)
        n2 = sum(1 for x in g.values() if x >= 2)
        n3 = sum(1 for x in g.values() if x == 3)
        n1 = sum(1 for x in g.values() if x == 1)
        answerable = n2 > 0
        intent = q["intent"]
        if intent.get("answerable") and not answerable:
            intent["answerable"] = False
            intent["note"] = "written as answerable; check.py found no vacancy graded >= 2 in this data (text unchanged)"
            changed += 1
        elif not intent.get("answerable") and answerable:
            intent["answerable"] = True
            intent["note"] = "written as no-answer; check.py found a vacancy graded >= 2 (text unchanged)"
            changed += 1
        table[q["id"]] = (q["category"], q["q"], n3, n2 - n3, n1, intent["answerable"])
    with open(HERE / "queries.jsonl", "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")

    print(f"{len(vs)} vacancies, {len(employers)} employers, {len({v['job_kind'] for v in vs})} job kinds used "
          f"of {len(grading.KINDS)} in the catalogue, {len({v['region_code'] for v in vs})} region codes")
    print(f"{'id':5} {'category':13} g3  g2  g1  ans  q")
    for qid, (cat, text, n3, n2, n1, ans) in table.items():
        print(f"{qid:5} {cat:13} {n3:3} {n2:3} {n1:3}  {'yes' if ans else 'no ':3}  {text}")
    print("\nper category: answerable / total")
    for c in CATEGORIES:
        rows = [t for t in table.values() if t[0] == c]
        print(f"  {c:13} {sum(1 for t in rows if t[5])}/{len(rows)}")
    total = sum(1 for t in table.values() if t[5])
    print(f"answerable {total}/{len(table)}; answerability flags changed this run: {changed}; errors: {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
