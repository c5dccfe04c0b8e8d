"""Validate relevance_v3 and mark answerability.

    /work/main/.venv/bin/python bench/relevance_v3/check.py [--write]

Checks vacancies.jsonl (import columns, valid codes, text/field consistency) and queries.jsonl
(ids, categories, intents). A query is answerable when at least one vacancy grades >= 2. With
--write, a query written as answerable that the data cannot answer gets answerable=false and a note
(its text is never changed); the file is rewritten in place.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import catalogue  # noqa: E402
import generate  # noqa: E402
import grading  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CATEGORIES = ["exact_title", "colloquial", "activity", "condition", "job_condition", "place", "place_job",
              "combination", "pinyin_typo", "no_answer"]
CSV_COLUMNS = ["external_ref", "title", "description", "occupation_code", "industry_code", "region_code", "headcount",
               "salary_min", "salary_max", "education_min", "experience_min_years", "employment_type", "benefits",
               "welcomed_groups"]
BANNED = ["男性", "女性", "限男", "限女", "男士", "女士", "周岁", "岁以下", "岁以上", "年龄", "汉族", "民族", "本地人",
          "户籍", "籍贯", "乙肝", "身体健康", "健康证", "押金", "培训费", "服装费", "体检费", "中介费", "报名费"]
PHONE = re.compile(r"1[3-9]\d{9}|\d{3,4}-\d{7,8}|微信|QQ", re.I)


def check_vacancies(rows):
    errors = []
    refs = Counter(v["external_ref"] for v in rows)
    errors += [f"duplicate external_ref {r}" for r, n in refs.items() if n > 1]
    kinds = catalogue.kinds()
    for v in rows:
        ref = v["external_ref"]
        missing = [c for c in CSV_COLUMNS + ["employer_name"] + list(grading.HIDDEN_FIELDS) if c not in v]
        if missing:
            errors.append(f"{ref}: missing {missing}")
            continue
        e = lambda msg, ref=ref: errors.append(f"{ref}: {msg}")  # noqa: E731
        if not classifications.is_occupation(v["occupation_code"]):
            e(f"occupation {v['occupation_code']}")
        if v["industry_code"] and not classifications.is_industry(v["industry_code"]):
            e(f"industry {v['industry_code']}")
        if not regions.is_workplace(v["region_code"]):
            e(f"region {v['region_code']}")
        if v["education_min"] not in enums.EDUCATION_LEVELS:
            e("education")
        if v["employment_type"] not in enums.EMPLOYMENT_TYPES:
            e("employment_type")
        if any(b not in enums.BENEFITS for b in v["benefits"] + v["true_benefits"]):
            e("benefit code")
        if any(g not in enums.PRIORITY_GROUPS for g in v["welcomed_groups"]):
            e("group code")
        if not (1 <= v["headcount"] <= 10000 and 0 <= v["salary_min"] <= v["salary_max"] <= 1_000_000):
            e("headcount/salary")
        if not (0 <= v["experience_min_years"] <= 40):
            e("experience")
        if not (2 <= len(v["title"]) <= 60 and 40 <= len(v["description"]) <= 300 and len(ref) <= 64):
            e("lengths")
        if v["job_kind"] not in kinds or kinds[v["job_kind"]]["family"] != v["family"]:
            e("job_kind/family")
        text = v["title"] + v["description"]
        for w in BANNED:
            if w in text:
                e(f"banned word {w}")
        if PHONE.search(text):
            e("contact details")
        tb, traps = set(v["true_benefits"]), set(v["traps"])
        if "日结" in text and v["pay_cycle"] != "day" and "neg_daily" not in traps:
            e("日结 in text but pay is not daily")
        if re.search(r"包吃住|包吃包住|食宿全包|免费提供食宿", text) and "room_and_board" not in tb:
            e("包吃住 in text but not in the truth")
        if set(v["benefits"]) != tb and "unticked" not in traps:
            e("visible benefits differ from the truth without a trap")
        if "月入过万" in v["title"] and v["salary_min"] < 10000 and "clickbait" not in traps:
            e("月入过万 title without the clickbait trap")
        if "兼职" in v["title"] and v["employment_type"] != "part_time":
            e("兼职 title but not part time")
    return errors


def check_queries(queries):
    errors = []
    ids = Counter(q["id"] for q in queries)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    kinds = catalogue.kinds()
    for q in queries:
        it = q["intent"]
        if q["category"] not in CATEGORIES:
            errors.append(f"{q['id']}: category {q['category']}")
        for k in it.get("kinds", []) + it.get("ok_kinds", []):
            if k not in kinds:
                errors.append(f"{q['id']}: unknown kind {k}")
        for p in it.get("place", []):
            if not regions.prefix_is_valid(p):
                errors.append(f"{q['id']}: place {p}")
        if not isinstance(it.get("answerable"), bool):
            errors.append(f"{q['id']}: answerable missing")
    counts = Counter(q["category"] for q in queries)
    errors += [f"category {c} has {counts[c]} < 10" for c in CATEGORIES if counts[c] < 10]
    return errors


def main(write: bool) -> int:
    rows = [json.loads(x) for x in (HERE / "vacancies.jsonl").read_text("utf-8").splitlines() if x.strip()]
    queries = [json.loads(x) for x in (HERE / "queries.jsonl").read_text("utf-8").splitlines() if x.strip()]
    errors = check_vacancies(rows) + check_queries(queries)
    if tuple(generate.HIDDEN_FIELDS) != tuple(grading.HIDDEN_FIELDS):
        errors.append("HIDDEN_FIELDS differ between generate.py and grading.py")
    for q in queries:  # evaluates every condition once: unknown conditions raise here
        grading.grades_for(q, rows[:1])
    print(f"{len(rows)} vacancies, {len({v['employer_name'] for v in rows})} employers, "
          f"{len({v['job_kind'] for v in rows})} of {len(catalogue.kinds())} job kinds used, "
          f"{len({v['region_code'] for v in rows})} workplaces in {len({v['city_short'] for v in rows})} cities")
    print("traps:", dict(Counter(t for v in rows for t in v["traps"])))
    table = {c: Counter() for c in CATEGORIES}
    flipped = []
    for q in queries:
        g = grading.grades_for(q, rows)
        n3 = sum(1 for x in g.values() if x == 3)
        n2 = sum(1 for x in g.values() if x >= 2)
        n1 = sum(1 for x in g.values() if x >= 1)
        answerable = n2 > 0
        it = q["intent"]
        if it["answerable"] and not answerable:
            flipped.append(q["id"])
            it["answerable"] = False
            it["note"] = (it.get("note", "") + "; " if it.get("note") else "") + \
                "check.py: written as answerable, but no vacancy grades >= 2"
        elif not it["answerable"] and answerable:
            errors.append(f"{q['id']} ({q['q']}) written as unanswerable but {n2} vacancies grade >= 2")
        table[q["category"]]["queries"] += 1
        table[q["category"]]["answerable"] += it["answerable"]
        q["_n"] = (n3, n2, n1)
    print(f"\n{'category':15} queries answerable")
    for c in CATEGORIES:
        print(f"{c:15} {table[c]['queries']:7} {table[c]['answerable']:10}")
    print(f"{'total':15} {len(queries):7} {sum(t['answerable'] for t in table.values()):10}")
    print("\nper query: id category q  #grade3 #grade>=2 #grade>=1")
    for q in queries:
        print(f"  {q['id']} {q['category']:13} {q['q']:<22} {q['_n'][0]:4} {q['_n'][1]:4} {q['_n'][2]:4}"
              + ("  <- not answerable" if not q["intent"]["answerable"] else ""))
    if flipped:
        print("\nwritten as answerable, data cannot answer:", ", ".join(flipped))
    if errors:
        print("\nERRORS:")
        print("\n".join("  " + e for e in errors))
    if write:
        with open(HERE / "queries.jsonl", "w", encoding="utf-8") as f:
            for q in queries:
                q.pop("_n")
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("--write" in sys.argv))
