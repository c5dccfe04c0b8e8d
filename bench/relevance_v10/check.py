"""Consistency checks for relevance_v10. Run: python check.py (exit code 1 on any failure)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parents[1]))  # /work/main, for recruit.codes

from catalogue import KINDS  # noqa: E402
from grading import CONDS, grades_for  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CATEGORY_RANGES = {
    "exact_title": (10, 14), "short_form": (8, 12), "everyday_phrase": (12, 16), "condition": (14, 18),
    "place": (8, 10), "place_job": (8, 12), "combination": (12, 16), "pinyin_typo": (8, 12), "no_answer": (5, 8),
}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def main() -> int:
    vac = [json.loads(line) for line in (HERE / "vacancies.jsonl").read_text(encoding="utf-8").splitlines() if line]
    qs = [json.loads(line) for line in (HERE / "queries.jsonl").read_text(encoding="utf-8").splitlines() if line]

    # ---- vacancies
    refs = [v["external_ref"] for v in vac]
    if len(set(refs)) != len(refs):
        err("duplicate external_ref")
    if not 400 <= len(vac) <= 480:
        err(f"vacancy count {len(vac)} not in 400-480")
    employers = {v["employer_name"] for v in vac}
    if not 50 <= len(employers) <= 70:
        err(f"employer count {len(employers)} not in 50-70")
    by_emp: dict[str, set[str]] = {}
    for v in vac:
        r = v["external_ref"]
        by_emp.setdefault(v["employer_id"], set()).add(v["employer_name"])
        if not classifications.is_occupation(v["occupation_code"]):
            err(f"{r}: occupation {v['occupation_code']}")
        if not classifications.is_industry(v["industry_code"]):
            err(f"{r}: industry {v['industry_code']}")
        if not regions.is_workplace(v["region_code"]):
            err(f"{r}: region {v['region_code']}")
        if v["education_min"] not in enums.EDUCATION_LEVELS:
            err(f"{r}: education {v['education_min']}")
        if v["employment_type"] not in enums.EMPLOYMENT_TYPES:
            err(f"{r}: employment_type {v['employment_type']}")
        if any(b not in enums.BENEFITS for b in v["benefits"]):
            err(f"{r}: benefits {v['benefits']}")
        if any(g not in enums.PRIORITY_GROUPS for g in v["welcomed_groups"]):
            err(f"{r}: groups {v['welcomed_groups']}")
        if not (isinstance(v["headcount"], int) and v["headcount"] >= 1):
            err(f"{r}: headcount")
        if not (isinstance(v["salary_min"], int) and isinstance(v["salary_max"], int) and 0 <= v["salary_min"] <= v["salary_max"]):
            err(f"{r}: salary {v['salary_min']}-{v['salary_max']}")
        if not (isinstance(v["experience_min_years"], int) and 0 <= v["experience_min_years"] <= 20):
            err(f"{r}: experience")
        if not 20 <= len(v["description"]) <= 400:
            err(f"{r}: description length {len(v['description'])}")
        if not 2 <= len(v["title"]) <= 60:
            err(f"{r}: title length")
        if v["job_kind"] not in KINDS:
            err(f"{r}: job_kind {v['job_kind']}")
        if v["true_pay_min"] > v["true_pay_max"] or v["age_min"] > v["age_max"]:
            err(f"{r}: truth ranges")
    for eid, names in by_emp.items():
        if len(names) != 1:
            err(f"{eid}: several names {names}")

    # ---- queries
    ids = [q["id"] for q in qs]
    if len(qs) != 100 or len(set(ids)) != 100:
        err(f"{len(qs)} queries / {len(set(ids))} unique ids (want 100)")
    cats = Counter(q["category"] for q in qs)
    for c, (lo, hi) in CATEGORY_RANGES.items():
        if not lo <= cats.get(c, 0) <= hi:
            err(f"category {c}: {cats.get(c, 0)} not in {lo}-{hi}")
    for c in cats:
        if c not in CATEGORY_RANGES:
            err(f"unknown category {c}")
    n_rel = {}
    for q in qs:
        it = q["intent"]
        if q["category"] != "no_answer":
            for k in it.get("kinds", []) + it.get("subs", []) + it.get("exclude_kinds", []):
                if k not in KINDS:
                    err(f"{q['id']}: unknown kind {k}")
        for p in it.get("place", []):
            if not regions.prefix_is_valid(p):
                err(f"{q['id']}: place prefix {p}")
        for name, _val in it.get("conds", []):
            if name not in CONDS:
                err(f"{q['id']}: condition {name}")
        if q["category"] == "no_answer" and it["answerable"]:
            err(f"{q['id']}: no_answer query marked answerable")
        g = grades_for(q, vac)
        good = sum(1 for x in g.values() if x >= 2)
        n_rel[q["id"]] = (good, sum(1 for x in g.values() if x == 3), len(g))
        if it["answerable"] and good == 0:
            err(f"{q['id']} {q['q']!r}: answerable but nothing graded >= 2")
        if not it["answerable"] and good > 0:
            err(f"{q['id']} {q['q']!r}: marked unanswerable but {good} graded >= 2")

    # ---- report
    print(f"vacancies {len(vac)}, employers {len(employers)}, queries {len(qs)}")
    print("categories:", dict(sorted(cats.items())))
    print("answerable:", sum(q["intent"]["answerable"] for q in qs))
    print("per query (>=2 / =3 / >0):")
    for q in qs:
        a, b, c = n_rel[q["id"]]
        print(f"  {q['id']} {q['category']:<15} {a:>4} {b:>4} {c:>4}  {q['q']}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
