"""Validates relevance_v4 and marks answerability.

Run: /work/main/.venv/bin/python bench/relevance_v4/check.py [--write]
--write sets intent.answerable = false (with intent.note) on queries written as answerable that no
vacancy grades >= 2; it never changes a query's text.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
from catalogue import KINDS  # noqa: E402
from grading import HIDDEN_FIELDS, grades_for  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CATEGORIES = ["exact_title", "colloquial", "activity", "condition", "job_condition", "place", "place_job",
              "combination", "pinyin_typo", "no_answer"]
CSV_FIELDS = ["external_ref", "title", "description", "occupation_code", "industry_code", "region_code", "headcount",
              "salary_min", "salary_max", "education_min", "experience_min_years", "employment_type", "benefits",
              "welcomed_groups"]
FORBIDDEN = re.compile(r"1[3-9]\d{9}|微信|手机号|QQ|男性|女性|限男|限女|男女不限|岁以下|岁以上|年龄|户籍|民族|乙肝|报名费|押金|培训费|体检费")


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_vacancies(vs: list[dict]) -> list[str]:
    errs = []
    refs = collections.Counter(v["external_ref"] for v in vs)
    errs += [f"duplicate ref {r}" for r, n in refs.items() if n > 1]
    for v in vs:
        r = v["external_ref"]
        miss = [f for f in CSV_FIELDS + ["employer_name", *HIDDEN_FIELDS] if f not in v]
        if miss:
            errs.append(f"{r}: missing {miss}")
            continue
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
        if not (1 <= v["headcount"] <= 10000 and 0 <= v["salary_min"] <= v["salary_max"] <= 1_000_000):
            errs.append(f"{r}: headcount/salary")
        if v["education_min"] not in enums.EDUCATION_LEVELS or v["employment_type"] not in enums.EMPLOYMENT_TYPES:
            errs.append(f"{r}: education/employment type")
        if not 0 <= v["experience_min_years"] <= 40:
            errs.append(f"{r}: experience")
        if set(v["benefits"]) - set(enums.BENEFITS) or set(v["welcomed_groups"]) - set(enums.PRIORITY_GROUPS):
            errs.append(f"{r}: benefit/group code")
        if v["job_kind"] not in KINDS:
            errs.append(f"{r}: kind {v['job_kind']}")
        text = v["title"] + v["description"]
        if FORBIDDEN.search(text):
            errs.append(f"{r}: forbidden text {FORBIDDEN.search(text).group()}")
        # text/field consistency, except the documented traps
        if "日结" in text and v["pay_cycle"] != "daily" and v["trap"] != "negated_daily":
            errs.append(f"{r}: 日结 in text, pay {v['pay_cycle']}")
        if re.search("包吃住|食宿", text) and "room_and_board" not in v["benefits"] and v["trap"] != "perk_unticked":
            errs.append(f"{r}: 包吃住 in text but not in benefits")
        if "双休" in text and "weekends_off" not in v["benefits"]:
            errs.append(f"{r}: 双休 in text but not in benefits")
        if "五险一金" in text and "social_insurance_housing_fund" not in v["benefits"]:
            errs.append(f"{r}: 五险一金 in text but not in benefits")
        if v["trap"] not in ("perk_unticked", "disabled_text_only") and (
                v["benefits"] != v["true_benefits"] or v["welcomed_groups"] != v["true_groups"]):
            errs.append(f"{r}: truth differs without a trap")
    return errs


def main() -> None:
    vs, qs = load("vacancies.jsonl"), load("queries.jsonl")
    errs = check_vacancies(vs)
    ids = collections.Counter(q["id"] for q in qs)
    errs += [f"duplicate query id {i}" for i, n in ids.items() if n > 1]
    cats = collections.Counter(q["category"] for q in qs)
    errs += [f"category {c}: {cats[c]} < 10" for c in CATEGORIES if cats[c] < 10]
    errs += [f"{q['id']}: unknown category" for q in qs if q["category"] not in CATEGORIES]
    for q in qs:
        for p in q["intent"].get("region", []):
            if not regions.prefix_is_valid(p):
                errs.append(f"{q['id']}: region prefix {p}")
    write = "--write" in sys.argv
    per_cat = collections.defaultdict(lambda: [0, 0])
    changed = []
    for q in qs:
        g = grades_for(q, vs)
        n2 = sum(1 for x in g.values() if x >= 2)
        n3 = sum(1 for x in g.values() if x == 3)
        n1 = sum(1 for x in g.values() if x == 1)
        ans = n2 > 0
        if q["intent"]["answerable"] and not ans:
            changed.append(q["id"])
            if write:
                q["intent"]["answerable"] = False
                q["intent"]["note"] = "written as answerable; no vacancy in the generated data grades >= 2 (set by check.py)"
        if ans and not q["intent"]["answerable"]:
            errs.append(f"{q['id']}: written unanswerable but {n2} vacancies grade >= 2")
        per_cat[q["category"]][0] += 1
        per_cat[q["category"]][1] += ans
        print(f"{q['id']} {q['category']:<13} g3={n3:<3} g2={n2 - n3:<3} g1={n1:<3} {'ANS' if ans else '---'}  {q['q']}")
    if write:
        (HERE / "queries.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    print()
    print(f"vacancies {len(vs)}, employers {len({v['employer_name'] for v in vs})}, regions {len({v['region_code'] for v in vs})}, "
          f"kinds in catalogue {len(KINDS)}, kinds used {len({v['job_kind'] for v in vs})}")
    for c in CATEGORIES:
        print(f"  {c:<14} {per_cat[c][0]:>3} queries, {per_cat[c][1]:>3} answerable")
    print(f"answerable: {sum(a for _, a in per_cat.values())} / {len(qs)}")
    print(f"written answerable but not answerable: {changed}")
    print(f"errors: {len(errs)}")
    for e in errs[:50]:
        print("  ", e)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
