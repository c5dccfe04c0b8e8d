"""Consistency checks for relevance_v12. Run: python check.py (from any directory, with the project venv)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from catalogue import KINDS  # noqa: E402
from grading import grades_for  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CATS = {"exact_title": (10, 14), "short_form": (8, 12), "everyday_phrase": (12, 16), "condition": (14, 18),
        "place": (8, 10), "place_job": (8, 12), "combination": (12, 16), "pinyin_typo": (8, 12), "no_answer": (5, 8)}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


vac = [json.loads(line) for line in (HERE / "vacancies.jsonl").read_text(encoding="utf-8").splitlines() if line]
qs = [json.loads(line) for line in (HERE / "queries.jsonl").read_text(encoding="utf-8").splitlines() if line]

refs = Counter(v["external_ref"] for v in vac)
err_dups = [r for r, n in refs.items() if n > 1]
if err_dups:
    err(f"duplicate refs {err_dups}")
if not 400 <= len(vac) <= 480:
    err(f"{len(vac)} vacancies")
employers = {v["employer_name"] for v in vac}
if not 50 <= len(employers) <= 70:
    err(f"{len(employers)} employers")
for v in vac:
    r = v["external_ref"]
    if not (2 <= len(v["title"]) <= 60):
        err(f"{r} title length")
    if not (20 <= len(v["description"]) <= 400):
        err(f"{r} description length {len(v['description'])}")
    if not classifications.is_occupation(v["occupation_code"]):
        err(f"{r} occupation {v['occupation_code']}")
    if not classifications.is_industry(v["industry_code"]):
        err(f"{r} industry {v['industry_code']}")
    if not regions.is_workplace(v["region_code"]):
        err(f"{r} region {v['region_code']}")
    if not (isinstance(v["headcount"], int) and v["headcount"] >= 1):
        err(f"{r} headcount")
    if not (isinstance(v["salary_min"], int) and isinstance(v["salary_max"], int) and 0 <= v["salary_min"] <= v["salary_max"]):
        err(f"{r} salary")
    if v["education_min"] not in enums.EDUCATION_LEVELS or v["true_edu"] not in enums.EDUCATION_LEVELS:
        err(f"{r} education")
    if not (isinstance(v["experience_min_years"], int) and 0 <= v["experience_min_years"] <= 20):
        err(f"{r} experience")
    if v["employment_type"] not in enums.EMPLOYMENT_TYPES or v["true_type"] not in enums.EMPLOYMENT_TYPES:
        err(f"{r} employment type")
    if any(b not in enums.BENEFITS for b in v["benefits"] + v["perks"]):
        err(f"{r} benefits")
    if any(g not in enums.PRIORITY_GROUPS for g in v["welcomed_groups"] + v["true_groups"]):
        err(f"{r} groups")
    if v["job_kind"] not in KINDS:
        err(f"{r} kind")
    if not v["true_pay_min"] <= v["true_pay_max"]:
        err(f"{r} true pay")

ids = Counter(q["id"] for q in qs)
if len(qs) != 100 or len(ids) != 100:
    err(f"{len(qs)} queries / {len(ids)} ids")
cats = Counter(q["category"] for q in qs)
for c, (lo, hi) in CATS.items():
    if not lo <= cats.get(c, 0) <= hi:
        err(f"category {c}: {cats.get(c, 0)} not in {lo}-{hi}")
if set(cats) - set(CATS):
    err(f"unknown categories {set(cats) - set(CATS)}")
for q in qs:
    it = q["intent"]
    for k in it.get("job", []) + it.get("subs", []):
        if k not in KINDS:
            err(f"{q['id']} unknown kind {k}")
    for p in it.get("place", []):
        if not regions.prefix_is_valid(p):
            err(f"{q['id']} invalid place {p}")
    g = grades_for(q, vac)
    n2 = sum(1 for x in g.values() if x >= 2)
    n3 = sum(1 for x in g.values() if x == 3)
    if it["answerable"] and n2 == 0:
        err(f"{q['id']} {q['q']!r} answerable but nothing graded >= 2")
    if not it["answerable"] and n2:
        err(f"{q['id']} {q['q']!r} no_answer but {n2} graded >= 2")
    if "-v" in sys.argv:
        print(f"{q['id']} {q['category']:16} {q['q']:22} g3={n3:3} g2={n2 - n3:3} g1={len(g) - n2:3}")

kinds_used = Counter(v["job_kind"] for v in vac)
print(f"vacancies {len(vac)}, employers {len(employers)}, kinds used {len(kinds_used)}/{len(KINDS)}")
print("categories", dict(cats))
print("traps", dict(Counter(v["trap"] for v in vac if v["trap"])))
print("answerable", sum(q["intent"]["answerable"] for q in qs), "no_answer", sum(not q["intent"]["answerable"] for q in qs))
if errors:
    print(f"{len(errors)} problems:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("all checks passed")
