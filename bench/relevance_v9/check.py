# ruff: noqa: E501  (data tables and long conditions read better on one line; the project ignores E501 under bench/)
"""relevance_v9 consistency checks. python bench/relevance_v9/check.py [--fix-answerable]"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

import catalogue as C  # noqa: E402
from grading import grades_for  # noqa: E402

from recruit.codes import classifications, enums, regions  # noqa: E402

CATS = {"exact_title": (10, 14), "short_form": (8, 12), "everyday_phrase": (12, 16), "condition": (14, 18),
        "place": (8, 10), "place_job": (8, 12), "combination": (12, 16), "pinyin_typo": (8, 12), "no_answer": (5, 8)}
VISIBLE = ["external_ref", "title", "description", "occupation_code", "industry_code", "region_code", "headcount",
           "salary_min", "salary_max", "education_min", "experience_min_years", "employment_type", "benefits",
           "welcomed_groups", "employer_name"]


def load(name):
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    errors: list[str] = []
    vs, qs = load("vacancies.jsonl"), load("queries.jsonl")
    refs = Counter(v["external_ref"] for v in vs)
    errors += [f"duplicate ref {r}" for r, n in refs.items() if n > 1]
    for v in vs:
        r = v["external_ref"]
        for f in VISIBLE:
            if f not in v:
                errors.append(f"{r}: missing {f}")
        if not classifications.is_occupation(v["occupation_code"]):
            errors.append(f"{r}: occupation {v['occupation_code']}")
        if not classifications.is_industry(v["industry_code"]):
            errors.append(f"{r}: industry {v['industry_code']}")
        if not regions.is_workplace(v["region_code"]):
            errors.append(f"{r}: region {v['region_code']}")
        if not (isinstance(v["headcount"], int) and v["headcount"] >= 1):
            errors.append(f"{r}: headcount")
        if not (isinstance(v["salary_min"], int) and isinstance(v["salary_max"], int)
                and 0 <= v["salary_min"] <= v["salary_max"]):
            errors.append(f"{r}: salary")
        if v["education_min"] not in enums.EDUCATION_LEVELS or v["true_edu_min"] not in enums.EDUCATION_LEVELS:
            errors.append(f"{r}: education")
        if not (isinstance(v["experience_min_years"], int) and 0 <= v["experience_min_years"] <= 20):
            errors.append(f"{r}: experience")
        if v["employment_type"] not in enums.EMPLOYMENT_TYPES or v["true_employment_type"] not in enums.EMPLOYMENT_TYPES:
            errors.append(f"{r}: employment_type")
        if not set(v["benefits"]) <= set(enums.BENEFITS) or not set(v["perks"]) <= set(enums.BENEFITS):
            errors.append(f"{r}: benefits")
        if not set(v["benefits"]) <= set(v["perks"]):
            errors.append(f"{r}: form benefit not in truth")
        if not set(v["welcomed_groups"]) <= set(enums.PRIORITY_GROUPS) or not set(v["welcomes"]) <= set(enums.PRIORITY_GROUPS):
            errors.append(f"{r}: groups")
        if not set(v["welcomed_groups"]) <= set(v["welcomes"]):
            errors.append(f"{r}: form group not in truth")
        if not 20 <= len(v["description"]) <= 400:
            errors.append(f"{r}: description length {len(v['description'])}")
        if not 2 <= len(v["title"]) <= 60:
            errors.append(f"{r}: title length")
        if v["job_kind"] not in C.KINDS or v["family"] != C.KINDS[v["job_kind"]]["family"]:
            errors.append(f"{r}: job kind")
        if v["town"] and v["region_code"] not in C.ZONES[v["town"]]:
            errors.append(f"{r}: town {v['town']} not in its districts")
        if not set(v["skills_req"]) | set(v["skills_plus"]) <= set(C.SKILL_TEXT):
            errors.append(f"{r}: skills")
        if v["true_pay_min"] > v["true_pay_max"]:
            errors.append(f"{r}: true pay")
    employers = {v["employer_name"] for v in vs}
    emp_kind: dict[str, set] = {}
    for v in vs:
        emp_kind.setdefault(v["employer_name"], set()).add(v["employer_kind"])
    errors += [f"employer {e} has several kinds" for e, k in emp_kind.items() if len(k) > 1]
    if not 400 <= len(vs) <= 480:
        errors.append(f"{len(vs)} vacancies")
    if not 50 <= len(employers) <= 70:
        errors.append(f"{len(employers)} employers")
    # neighbour and zone tables use valid codes of the same city
    for code, ns in C.NEIGHBOURS.items():
        for n in [code, *ns]:
            if not regions.is_county(n) or n[:4] != code[:4]:
                errors.append(f"neighbour table: {n}")
    for zone, ds in C.ZONES.items():
        errors += [f"zone {zone}: {d}" for d in ds if not regions.is_county(d)]
    # queries
    ids = Counter(q["id"] for q in qs)
    errors += [f"duplicate query id {i}" for i, n in ids.items() if n > 1]
    texts = Counter(q["q"] for q in qs)
    errors += [f"duplicate query text {t}" for t, n in texts.items() if n > 1]
    cats = Counter(q["category"] for q in qs)
    if len(qs) != 100:
        errors.append(f"{len(qs)} queries")
    for cat, (lo, hi) in CATS.items():
        if not lo <= cats.get(cat, 0) <= hi:
            errors.append(f"category {cat}: {cats.get(cat, 0)}")
    errors += [f"unknown category {c}" for c in cats if c not in CATS]
    stats = []
    for q in qs:
        it = q["intent"]
        for a in it.get("place", {}).get("areas", []):
            if a["type"] == "zone":
                ok = a["zone"] in C.ZONES
            else:
                ok = regions.prefix_is_valid(a["code"]) and len(a["code"]) == {"county": 6, "prefecture": 4,
                                                                                "province": 2}[a["type"]]
            if not ok:
                errors.append(f"{q['id']}: bad area {a}")
        if q["category"] != "no_answer":
            for k in it.get("job", {}).get("kinds", []) + it.get("job", {}).get("subs", []):
                if k not in C.KINDS:
                    errors.append(f"{q['id']}: unknown kind {k}")
        g = grades_for(q, vs)
        n2 = sum(1 for x in g.values() if x >= 2)
        n3 = sum(1 for x in g.values() if x == 3)
        stats.append((q["id"], q["category"], q["q"], n3, n2, len(g)))
        if it["answerable"] and n2 == 0:
            errors.append(f"{q['id']} {q['q']}: answerable but nothing graded >= 2")
        if not it["answerable"] and n2 > 0:
            errors.append(f"{q['id']} {q['q']}: no_answer but {n2} graded >= 2")
        if not it["answerable"] and "note" not in it:
            errors.append(f"{q['id']}: not answerable without a note")
        if q["category"] == "no_answer" and it["answerable"]:
            errors.append(f"{q['id']}: no_answer category marked answerable")
    if "-v" in sys.argv:
        for s in stats:
            print("{} {:<15} {:<22} g3={:<3} g>=2={:<3} g>=1={}".format(*s))
    print(f"vacancies {len(vs)}, employers {len(employers)}, queries {len(qs)}")
    print("categories:", dict(sorted(cats.items())))
    print("answerable:", sum(q["intent"]["answerable"] for q in qs))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
