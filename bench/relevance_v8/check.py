"""Validate relevance_v8 and mark answerability.

    /work/main/.venv/bin/python bench/relevance_v8/check.py          # validate and report
    /work/main/.venv/bin/python bench/relevance_v8/check.py --mark   # also write answerable flags

A query is answerable when at least one vacancy grades >= 2. A query written as answerable that the data
cannot answer keeps its text and gets answerable: false with a note (--mark). Exit code 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import catalogue as cat  # noqa: E402
import grading  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CSV_COLUMNS = ("external_ref", "title", "description", "occupation_code", "industry_code", "region_code",
               "headcount", "salary_min", "salary_max", "education_min", "experience_min_years",
               "employment_type", "benefits", "welcomed_groups")
CATEGORIES = ("exact_title", "colloquial", "activity", "condition", "job_condition", "place", "place_job",
              "combination", "pinyin_typo", "no_answer")
PHONE = re.compile(r"1[3-9]\d{9}|\d{3,4}-\d{7,8}")
BANNED = ("限男", "限女", "男性", "女性", "男士", "女士", "岁以下", "周岁", "乙肝", "户籍", "本地户口", "民族要求",
          "押金200", "报名费", "体检费自理", "微信号", "QQ")


def check_vacancies(rows: list[dict], errors: list[str]) -> None:
    refs = Counter(r.get("external_ref") for r in rows)
    errors += [f"duplicate external_ref {k}" for k, n in refs.items() if n > 1]
    for r in rows:
        ref = r.get("external_ref")
        for col in (*CSV_COLUMNS, "employer_name", *grading.HIDDEN_FIELDS):
            if col not in r:
                errors.append(f"{ref}: missing {col}")
        if not 2 <= len(r["title"]) <= 60:
            errors.append(f"{ref}: title length {len(r['title'])}")
        if not 40 <= len(r["description"]) <= 300:
            errors.append(f"{ref}: description length {len(r['description'])}")
        if not classifications.is_occupation(r["occupation_code"]):
            errors.append(f"{ref}: occupation_code {r['occupation_code']}")
        if r["industry_code"] and not classifications.is_industry(r["industry_code"]):
            errors.append(f"{ref}: industry_code {r['industry_code']}")
        if not regions.is_workplace(r["region_code"]):
            errors.append(f"{ref}: region_code {r['region_code']}")
        if not 1 <= r["headcount"] <= 10000:
            errors.append(f"{ref}: headcount")
        if not 0 <= r["salary_min"] <= r["salary_max"] <= 1_000_000:
            errors.append(f"{ref}: salary {r['salary_min']}-{r['salary_max']}")
        if r["education_min"] not in enums.EDUCATION_LEVELS:
            errors.append(f"{ref}: education_min")
        if not 0 <= r["experience_min_years"] <= 40:
            errors.append(f"{ref}: experience")
        if r["employment_type"] not in enums.EMPLOYMENT_TYPES:
            errors.append(f"{ref}: employment_type")
        errors += [f"{ref}: benefit {b}" for b in r["benefits"] if b not in enums.BENEFITS]
        errors += [f"{ref}: group {g}" for g in r["welcomed_groups"] if g not in enums.PRIORITY_GROUPS]
        if r["job_kind"] not in cat.KINDS:
            errors.append(f"{ref}: job_kind {r['job_kind']}")
        text = r["title"] + " " + r["description"]
        if PHONE.search(text):
            errors.append(f"{ref}: looks like a phone number")
        errors += [f"{ref}: banned wording {w}" for w in BANNED if w in text]
        # text and fields agree, except the documented traps
        if r["trap"] in ("", "brand_only_title", "wrong_occupation_code"):
            if ("日结" in text or "当天结" in text) and r["pay_cycle"] != "d":
                errors.append(f"{ref}: 日结 in text but pay cycle {r['pay_cycle']}")
            if any(w in text for w in ("包吃住", "包吃包住", "免费吃住")) and "room_and_board" not in r["benefits"]:
                errors.append(f"{ref}: 包吃住 in text but not in benefits")
            if "双休" in text and "weekends_off" not in r["benefits"]:
                errors.append(f"{ref}: 双休 in text but not in benefits")
            if r["benefits"] != r["perks"] or (r["salary_min"], r["salary_max"]) != (
                    r["true_salary_min"], r["true_salary_max"]):
                errors.append(f"{ref}: visible fields differ from the truth without a trap")
    employers = {r["employer_name"] for r in rows}
    if not 50 <= len(employers) <= 70:
        errors.append(f"{len(employers)} employers, want 50-70")


def check_queries(queries: list[dict], errors: list[str]) -> None:
    ids = Counter(q["id"] for q in queries)
    errors += [f"duplicate query id {k}" for k, n in ids.items() if n > 1]
    cats = Counter(q["category"] for q in queries)
    errors += [f"unknown category {c}" for c in cats if c not in CATEGORIES]
    errors += [f"category {c}: {cats.get(c, 0)} queries, want >= 10" for c in CATEGORIES if cats.get(c, 0) < 10]
    if len(queries) != 100:
        errors.append(f"{len(queries)} queries, want 100")
    for q in queries:
        intent = q["intent"]
        if not isinstance(intent.get("answerable"), bool):
            errors.append(f"{q['id']}: answerable must be true/false")
        job, place = intent.get("job"), intent.get("place")
        if job and q["category"] != "no_answer":
            for k in (*job.get("kinds", []), *job.get("ok", []), *job.get("rel", [])):
                if k not in cat.KINDS:
                    errors.append(f"{q['id']}: unknown job kind {k}")
        if place and not regions.prefix_is_valid(place["code"]):
            errors.append(f"{q['id']}: place code {place['code']}")
        for c in intent.get("conds", []):
            if c.partition(":")[0] not in grading.CONDITIONS:
                errors.append(f"{q['id']}: unknown condition {c}")


def main() -> int:
    mark = "--mark" in sys.argv
    vacancies = [json.loads(line) for line in (HERE / "vacancies.jsonl").open(encoding="utf-8")]
    queries = [json.loads(line) for line in (HERE / "queries.jsonl").open(encoding="utf-8")]
    errors: list[str] = []
    check_vacancies(vacancies, errors)
    check_queries(queries, errors)
    per_cat: dict[str, list[int]] = {c: [0, 0, 0] for c in CATEGORIES}  # total, answerable, flips
    surprises = []
    for q in queries:
        grades = grading.grades_for(q, vacancies)
        n2 = sum(1 for g in grades.values() if g >= 2)
        data_answers = n2 > 0
        row = per_cat.setdefault(q["category"], [0, 0, 0])
        row[0] += 1
        intent = q["intent"]
        if intent["answerable"] and not data_answers:
            row[2] += 1
            surprises.append(f"{q['id']} {q['q']!r}: written answerable, no vacancy grades >= 2")
            if mark:
                intent["answerable"] = False
                intent["note"] = (intent.get("note", "") + "; " if intent.get("note") else "") + \
                    "check.py: no vacancy grades >= 2 in this data, marked unanswerable"
        elif not intent["answerable"] and data_answers:
            surprises.append(f"{q['id']} {q['q']!r}: written unanswerable, {n2} vacancies grade >= 2")
        row[1] += 1 if intent["answerable"] else 0
        q["_counts"] = Counter(grades.values())
    if mark:
        with (HERE / "queries.jsonl").open("w", encoding="utf-8") as fh:
            for q in queries:
                fh.write(json.dumps({k: v for k, v in q.items() if k != "_counts"}, ensure_ascii=False) + "\n")
    print(f"vacancies {len(vacancies)}, employers {len({v['employer_name'] for v in vacancies})}, "
          f"job kinds in catalogue {len(cat.KINDS)}, in data {len({v['job_kind'] for v in vacancies})}")
    print(f"{'category':<14}{'queries':>8}{'answerable':>11}{'flipped':>8}")
    for c, (n, a, f) in per_cat.items():
        print(f"{c:<14}{n:>8}{a:>11}{f:>8}")
    total = sum(a for _, a, _ in per_cat.values())
    print(f"{'total':<14}{len(queries):>8}{total:>11}")
    if "--verbose" in sys.argv:
        for q in queries:
            c = q["_counts"]
            print(f"  {q['id']} {q['category']:<13} {q['q']:<16} g3={c[3]:<3} g2={c[2]:<3} g1={c[1]:<3}")
    for s in surprises:
        print("note:", s)
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
