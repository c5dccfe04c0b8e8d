#!/usr/bin/env python3
"""Self-check of the relevance_v2 set (no pytest, no search engine involved).

    /work/main/.venv/bin/python bench/relevance_v2/check_set.py

Prints the queries per category, how many are answerable, and checks
  * every answerable query has at least one vacancy graded >= 2;
  * every query marked answerable=false has NO vacancy graded >= 2;
  * the designed no-answer queries (category no_answer) have NO vacancy graded >= 1 at all
    (nothing even related: the stricter rule).  The 8 queries of other categories that turned out
    to have no answer in the data may have related (grade 1) vacancies, e.g. a 司机 job next door.
Then prints the grade distribution.
Exit status 1 when a check fails.
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import grading  # noqa: E402


def main() -> int:
    queries = grading.load_queries()
    vacancies = grading.load_vacancies()
    tax = grading.taxonomy()
    problems: list[str] = []

    # --- shape of the files
    ids = Counter(q["id"] for q in queries)
    if max(ids.values()) > 1:
        problems.append("duplicate query ids")
    refs = Counter(v["external_ref"] for v in vacancies)
    if max(refs.values()) > 1:
        problems.append("duplicate external_ref")
    for q in queries:
        job = q["intent"].get("job") or {}
        for k in job.get("kinds", []) + job.get("also_ok", []) + job.get("related", []):
            if k not in tax["kinds"] and not (k in tax["not_generated"] and not q["intent"]["answerable"]):
                problems.append(f"{q['id']}: unknown job kind {k}")
    generated = {v["job_kind"] for v in vacancies}
    leaked = generated & set(tax["not_generated"])
    if leaked:
        problems.append(f"not_generated kinds occur in the data: {leaked}")

    # --- categories
    cats = Counter(q["category"] for q in queries)
    print(f"{len(queries)} queries, {len(vacancies)} vacancies, {len(generated)} job kinds, "
          f"{len({v['employer_name'] for v in vacancies})} employers")
    print("\nqueries per category (answerable / total):")
    ans_by_cat = Counter(q["category"] for q in queries if q["intent"]["answerable"])
    for c, n in cats.items():
        print(f"  {c:15s} {ans_by_cat[c]:3d} / {n:3d}  ({n / len(queries):.0%})")
    answerable = [q for q in queries if q["intent"]["answerable"]]
    no_answer = [q for q in queries if not q["intent"]["answerable"]]
    print(f"answerable: {len(answerable)}   no answer: {len(no_answer)}")

    # --- grades
    dist = Counter()
    rel_counts = defaultdict(list)
    failed_answerable, failed_no_answer = [], []
    per_query = {}
    for q in queries:
        g = grading.grades_for(q, vacancies)
        per_query[q["id"]] = g
        c = Counter(g.values())
        dist.update(c)
        n2 = c[2] + c[3]
        if q["intent"]["answerable"]:
            rel_counts[q["category"]].append(n2)
            if n2 == 0:
                failed_answerable.append((q["id"], q["q"], dict(c)))
        else:
            limit = 1 if q["category"] == "no_answer" else 2
            if sum(n for grade_, n in c.items() if grade_ >= limit):
                failed_no_answer.append((q["id"], q["q"], f">= {limit}", dict(c)))

    print("\nevery answerable query has >= 1 vacancy graded >= 2:", "yes" if not failed_answerable else "NO")
    for row in failed_answerable:
        print("   no relevant vacancy:", row)
    print("no answerable=false query has a vacancy graded >= 2, and no no_answer-category query one graded >= 1:",
          "yes" if not failed_no_answer else "NO")
    for row in failed_no_answer:
        print("   has an answer:", row)

    total = sum(dist.values())
    print(f"\ngrade distribution over all {total} (query, vacancy) pairs:")
    for g in (3, 2, 1, 0):
        print(f"  grade {g}: {dist[g]:8d}  ({dist[g] / total:.2%})")
    print("\nvacancies graded >= 2 per answerable query, by category (min / median / max):")
    for c in cats:
        xs = rel_counts.get(c)
        if xs:
            print(f"  {c:15s} {min(xs):4d} / {statistics.median(xs):6.1f} / {max(xs):4d}")
    thin = sorted((sum(1 for x in per_query[q["id"]].values() if x >= 2), q["id"], q["q"]) for q in answerable)[:10]
    print("\nthinnest answerable queries (count graded >= 2):", thin)

    if problems or failed_answerable or failed_no_answer:
        for p in problems:
            print("PROBLEM:", p)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
