"""Validate relevance_v7 (vacancies.jsonl, queries.jsonl) and mark each query's answerability from the data.

A query is answerable when at least one vacancy grades >= 2. A query written as answerable that the data
cannot answer keeps its text and gets answerable=false with a note (and the reverse, noted too).
Run: /work/main/.venv/bin/python bench/relevance_v7/check.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from catalogue import CITIES, KIND_BY_ID, KINDS  # noqa: E402
from grading import HIDDEN_FIELDS, grades_for  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CATEGORIES = ("exact_title", "colloquial", "activity", "condition", "job_condition", "place", "place_job",
              "combination", "pinyin_typo", "no_answer")
CSV_FIELDS = ("external_ref", "title", "description", "occupation_code", "industry_code", "region_code",
              "headcount", "salary_min", "salary_max", "education_min", "experience_min_years",
              "employment_type", "benefits", "welcomed_groups")
# no discrimination (gender, age, ethnicity, origin, health), no contact details, no fees
FORBIDDEN = re.compile(r"限男|限女|男性|女性|男士|女士|年龄|周岁|\d{2}岁|本地人|汉族|民族|户籍|籍贯|身体健康|乙肝|"
                       r"1[3-9]\d{9}|微信|电话[:：]|押金|培训费|服装费|体检费|收取\S{0,4}费")
# a word in the text must be backed by the fields (except the documented traps)
CONSISTENCY = [
    (re.compile(r"日结|当天结|做一天结一天"), lambda v: v["pay_cycle"] == "daily"),
    (re.compile(r"包吃住|包吃包住|免费食宿|提供食宿"), lambda v: "room_and_board" in v["benefits"]),
    (re.compile(r"五险一金"), lambda v: "social_insurance_housing_fund" in v["benefits"]),
    (re.compile(r"双休"), lambda v: "weekends_off" in v["benefits"]),
    (re.compile(r"时薪|元/小时|一小时"), lambda v: v["pay_cycle"] == "hourly"),
    (re.compile(r"周结|一周一结"), lambda v: v["pay_cycle"] == "weekly"),
    (re.compile(r"计件"), lambda v: v["pay_cycle"] == "piece"),
    (re.compile(r"(?<!白)夜班"), lambda v: v["shift"] == "night"),
    (re.compile(r"兼职"), lambda v: v["employment_type"] == "part_time"),
]


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_vacancies(vacs: list[dict]) -> list[str]:
    errs = []
    refs = Counter(v["external_ref"] for v in vacs)
    errs += [f"duplicate external_ref {r}" for r, n in refs.items() if n > 1]
    for v in vacs:
        r = v["external_ref"]
        missing = [f for f in (*CSV_FIELDS, "employer_name", *HIDDEN_FIELDS) if f not in v]
        if missing:
            errs.append(f"{r}: missing {missing}")
            continue
        if not (2 <= len(v["title"]) <= 60):
            errs.append(f"{r}: title length {len(v['title'])}")
        if not (40 <= len(v["description"]) <= 300):
            errs.append(f"{r}: description length {len(v['description'])}")
        if not classifications.is_occupation(v["occupation_code"]):
            errs.append(f"{r}: occupation {v['occupation_code']}")
        if v["industry_code"] and not classifications.is_industry(v["industry_code"]):
            errs.append(f"{r}: industry {v['industry_code']}")
        if not regions.is_workplace(v["region_code"]):
            errs.append(f"{r}: region {v['region_code']}")
        if not (1 <= v["headcount"] <= 10000):
            errs.append(f"{r}: headcount")
        if not (0 <= v["salary_min"] <= v["salary_max"] <= 1_000_000):
            errs.append(f"{r}: salary")
        if v["education_min"] not in enums.EDUCATION_LEVELS:
            errs.append(f"{r}: education {v['education_min']}")
        if not (0 <= v["experience_min_years"] <= 40):
            errs.append(f"{r}: experience")
        if v["employment_type"] not in enums.EMPLOYMENT_TYPES:
            errs.append(f"{r}: employment_type")
        errs += [f"{r}: benefit {b}" for b in v["benefits"] if b not in enums.BENEFITS]
        errs += [f"{r}: group {g}" for g in v["welcomed_groups"] if g not in enums.PRIORITY_GROUPS]
        if v["job_kind"] not in KIND_BY_ID:
            errs.append(f"{r}: job_kind {v['job_kind']}")
        text = v["title"] + " " + v["description"]
        m = FORBIDDEN.search(text)
        if m:
            errs.append(f"{r}: forbidden text {m.group(0)!r}")
        for pattern, ok in CONSISTENCY:
            m = pattern.search(text)
            if m and not ok(v) and not v["trap"]:
                errs.append(f"{r}: text says {m.group(0)!r} but the fields do not")
    return errs


def check_queries(queries: list[dict]) -> list[str]:
    errs = []
    ids = Counter(q["id"] for q in queries)
    errs += [f"duplicate query id {i}" for i, n in ids.items() if n > 1]
    cats = Counter(q["category"] for q in queries)
    errs += [f"unknown category {c}" for c in cats if c not in CATEGORIES]
    errs += [f"category {c}: {cats[c]} < 10" for c in CATEGORIES if cats[c] < 10]
    for q in queries:
        it = q["intent"]
        if "answerable" not in it:
            errs.append(f"{q['id']}: no answerable")
        if q["category"] != "no_answer":
            errs += [f"{q['id']}: unknown kind {k}" for k in it.get("kinds", []) if k not in KIND_BY_ID]
        errs += [f"{q['id']}: bad place {p}" for p in it.get("place", []) if not regions.prefix_is_valid(p)]
    return errs


def main() -> int:
    vacs, queries = load("vacancies.jsonl"), load("queries.jsonl")
    errs = check_vacancies(vacs) + check_queries(queries)
    employers = {v["employer_name"] for v in vacs}
    cities = {c for _, _, cs in CITIES for c in cs}
    provinces = {v["region_code"][:2] for v in vacs}
    print(f"vacancies {len(vacs)}, employers {len(employers)}, kinds in catalogue {len(KINDS)}, "
          f"kinds used {len({v['job_kind'] for v in vacs})}, cities {len(CITIES)}, provinces {len(provinces)}, "
          f"traps {sum(1 for v in vacs if v['trap'])}")
    if not (45 <= len(employers) <= 60) or not (340 <= len(vacs) <= 420) or len(KINDS) < 100:
        errs.append("size out of the brief's range")
    errs += [f"{v['external_ref']}: region not among the chosen cities" for v in vacs if v["region_code"] not in cities]
    per_cat: dict[str, Counter] = defaultdict(Counter)
    changed = []
    for q in queries:
        g = grades_for(q, vacs)
        n2 = sum(1 for x in g.values() if x >= 2)
        n3 = sum(1 for x in g.values() if x == 3)
        it = q["intent"]
        data_ok = n2 > 0
        if it["answerable"] != data_ok:
            written = it["answerable"]
            it["answerable"] = data_ok
            it["note_check"] = (f"written answerable={written}; the data has {n2} vacancies graded >= 2, "
                                f"so answerable={data_ok} (text unchanged)")
            changed.append(q["id"])
        per_cat[q["category"]]["answerable" if data_ok else "not"] += 1
        q_stats = f"{q['id']} {q['category']:<13} n3={n3:<3} n2+={n2:<3} {q['q']}"
        if "-v" in sys.argv:
            print(q_stats)
    with (HERE / "queries.jsonl").open("w", encoding="utf-8") as f:
        for q in queries:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    total = 0
    for c in CATEGORIES:
        a = per_cat[c]["answerable"]
        total += a
        print(f"  {c:<14} {a + per_cat[c]['not']:>3} queries, {a:>3} answerable")
    print(f"answerable {total} / {len(queries)}; flipped by the check: {changed or 'none'}")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
