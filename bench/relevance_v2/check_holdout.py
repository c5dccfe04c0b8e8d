#!/usr/bin/env python3
"""Validate a held-out query set, holdout.jsonl by default (no pytest, no search engine involved).

    /work/main/.venv/bin/python bench/relevance_v2/check_holdout.py [path/to/holdout.jsonl]
    /work/main/.venv/bin/python bench/relevance_v2/check_holdout.py bench/relevance_v2/holdout2.jsonl

Checks
  * shape: keys of each line and of its intent, ids h001.. (k001.. in holdout2.jsonl) unique and in
    order, known categories,
    at least 12 queries per category;
  * codes: job kinds / families / sectors exist in job_kinds.json (the 12 not_generated kinds only in
    queries marked answerable=false), region prefixes lead to GB/T 2260 divisions in recruit/codes,
    education / employment-type / benefit / priority-group codes exist in recruit/codes/enums.py,
    pay cycles and schedule tags are the ones RULES.md names, occupations are middle groups;
  * answerability (RULES.md section 5): every answerable query has >= 1 vacancy graded >= 2; every
    query marked answerable=false has none graded >= 2, and those of category no_answer none >= 1.
Prints counts per category and exits 1 when a check fails.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
CODES = HERE.parents[1] / "recruit" / "codes"
sys.path.insert(0, str(HERE))
import grading  # noqa: E402


def _load(name: str) -> ModuleType:
    # the code modules by file: importing the `recruit` package would build the Flask app
    spec = importlib.util.spec_from_file_location(f"holdout_codes_{name}", CODES / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


enums, regions, classifications = _load("enums"), _load("regions"), _load("classifications")

CATEGORIES = ("exact_title", "colloquial", "activity", "condition", "job_condition", "place", "place_job",
              "combination", "pinyin_typo", "no_answer")
MIN_PER_CATEGORY = 12
QUERY_KEYS = {"id", "category", "q", "intent"}
INTENT_KEYS = {"job", "must", "prefer", "occupations", "answerable"}
INTENT_OPTIONAL = {"note"}
JOB_KEYS = {"kinds", "families", "sectors", "also_ok", "related"}
PAY_CYCLES = {"daily", "weekly", "monthly"}
SCHEDULE_TAGS = {"day_only", "night", "weekend", "evening", "remote", "summer", "winter", "flexible_hours"}


def _check_condition(key: str, value: object) -> str | None:
    """None when the condition's value is valid, else what is wrong."""
    def codes(allowed: object) -> str | None:
        if not isinstance(value, list) or not value:
            return "not a non-empty list"
        bad = [v for v in value if v not in allowed]  # type: ignore[operator]
        return f"unknown codes {bad}" if bad else None

    if key in ("salary_min", "salary_max", "daily_wage_min"):
        return None if isinstance(value, int) and value > 0 else "not a positive integer"
    if key == "experience_max_years":
        return None if isinstance(value, int) and value >= 0 else "not a non-negative integer"
    if key in ("education_max", "education_min"):
        return None if value in enums.EDUCATION_LEVELS else "unknown education code"
    if key == "employment_types":
        return codes(enums.EMPLOYMENT_TYPES)
    if key == "benefits":
        return codes(enums.BENEFITS)
    if key == "groups":
        return codes(enums.PRIORITY_GROUPS)
    if key == "pay_cycle":
        return codes(PAY_CYCLES)
    if key == "schedule":
        return codes(SCHEDULE_TAGS)
    if key == "region_prefixes":
        if not isinstance(value, list) or not value:
            return "not a non-empty list"
        bad = [p for p in value if not regions.prefix_is_valid(p)]
        return f"invalid GB/T 2260 prefixes {bad}" if bad else None
    return "unknown condition"


# each held-out set numbers its queries with its own letter; other files use their first id's letter
ID_PREFIXES = {"holdout.jsonl": "h", "holdout2.jsonl": "k", "holdout3.jsonl": "m"}
# holdout3's brief asks for at least 8 per category (120 queries, half of them place+job+conditions)
MIN_PER_CATEGORY_BY_FILE = {"holdout3.jsonl": 8}


def id_prefix(path: Path, queries: list[dict]) -> str:
    if path.name in ID_PREFIXES:
        return ID_PREFIXES[path.name]
    first = str(queries[0].get("id", "")) if queries else ""
    return first.rstrip("0123456789") or "h"


def check_shape(queries: list[dict], prefix: str = "h", min_per_category: int = MIN_PER_CATEGORY) -> list[str]:
    tax = grading.taxonomy()
    problems = []
    for n, q in enumerate(queries, 1):
        qid = q.get("id", f"line {n}")
        if set(q) != QUERY_KEYS:
            problems.append(f"{qid}: keys {sorted(set(q))}")
            continue
        if q["id"] != f"{prefix}{n:03d}":
            problems.append(f"{qid}: id out of order (expected {prefix}{n:03d})")
        if q["category"] not in CATEGORIES:
            problems.append(f"{qid}: unknown category {q['category']!r}")
        if not isinstance(q["q"], str) or not q["q"].strip():
            problems.append(f"{qid}: empty q")
        intent = q["intent"]
        if not INTENT_KEYS <= set(intent) <= INTENT_KEYS | INTENT_OPTIONAL:
            problems.append(f"{qid}: intent keys {sorted(set(intent))}")
            continue
        if not isinstance(intent["answerable"], bool):
            problems.append(f"{qid}: answerable is not a boolean")
        if q["category"] == "no_answer" and intent["answerable"]:
            problems.append(f"{qid}: a no_answer query marked answerable")
        job = intent["job"]
        if job is not None:
            if not job or not set(job) <= JOB_KEYS:
                problems.append(f"{qid}: job keys {sorted(set(job or {}))}")
                continue
            for k in job.get("kinds", []) + job.get("also_ok", []) + job.get("related", []):
                if k not in tax["kinds"] and not (k in tax["not_generated"] and not intent["answerable"]):
                    problems.append(f"{qid}: unknown job kind {k}")
            problems += [f"{qid}: unknown family {f}" for f in job.get("families", []) if f not in tax["families"]]
            problems += [f"{qid}: unknown sector {s}" for s in job.get("sectors", []) if s not in tax["sectors"]]
        for part in ("must", "prefer"):
            for key, value in intent[part].items():
                why = _check_condition(key, value)
                if why:
                    problems.append(f"{qid}: {part}.{key}={value!r}: {why}")
        bad_occ = [o for o in intent["occupations"] if classifications.occupation_group(o) != o]
        if bad_occ:
            problems.append(f"{qid}: occupations that are not middle groups {bad_occ}")
    ids = Counter(q.get("id") for q in queries)
    problems += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    cats = Counter(q.get("category") for q in queries)
    problems += [f"category {c}: {cats[c]} queries, fewer than {min_per_category}"
                 for c in CATEGORIES if cats[c] < min_per_category]
    return problems


def check_answerability(queries: list[dict], vacancies: list[dict]) -> tuple[list[str], dict[str, int]]:
    problems, relevant = [], {}
    for q in queries:
        c = Counter(grading.grades_for(q, vacancies).values())
        relevant[q["id"]] = c[2] + c[3]
        if q["intent"]["answerable"]:
            if relevant[q["id"]] == 0:
                problems.append(f"{q['id']} {q['q']}: answerable but no vacancy graded >= 2 {dict(c)}")
        else:
            limit = 1 if q["category"] == "no_answer" else 2
            if sum(n for g, n in c.items() if g >= limit):
                problems.append(f"{q['id']} {q['q']}: answerable=false but vacancies graded >= {limit} {dict(c)}")
    return problems, relevant


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "holdout.jsonl"
    queries = grading.load_queries(path)
    problems = check_shape(queries, id_prefix(path, queries), MIN_PER_CATEGORY_BY_FILE.get(path.name, MIN_PER_CATEGORY))
    if problems:  # grading a malformed file would only add noise
        for p in problems:
            print("PROBLEM:", p)
        return 1
    answer_problems, relevant = check_answerability(queries, grading.load_vacancies())

    cats = Counter(q["category"] for q in queries)
    answerable = Counter(q["category"] for q in queries if q["intent"]["answerable"])
    print(f"{path.name}: {len(queries)} queries, {sum(answerable.values())} answerable")
    print(f"  {'category':15s} {'answerable':>10s} {'total':>6s} {'share':>6s} {'median relevant':>16s}")
    for c in CATEGORIES:
        rel = sorted(relevant[q["id"]] for q in queries if q["category"] == c and q["intent"]["answerable"])
        med = f"{statistics.median(rel):g}" if rel else "-"
        print(f"  {c:15s} {answerable[c]:10d} {cats[c]:6d} {cats[c] / len(queries):6.0%} {med:>16s}")
    for p in answer_problems:
        print("PROBLEM:", p)
    if answer_problems:
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
