"""The development relevance set (bench/relevance_dev/RULES.md) through the HTTP API, per
category, against the plain baseline (multi_match over title and description, standard
analyser) in the same run.

    .venv/bin/python bench/relevance_dev_eval.py [--show CATEGORY]

Postings are built by the production document builder and indexed into indices of its own
(prefix bench-dev-…, dropped afterwards); every query is sent to
GET /api/v1/search/vacancies?per_page=50 through the application (test client: the whole
route, argument parsing and understanding included).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "relevance_dev"))
sys.path.insert(0, str(HERE.parent))

from dev_grading import grade  # noqa: E402
from relevance_eval import BASELINE_MAPPING, baseline_search, ndcg, recall  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.employers.models import Employer  # noqa: E402
from recruit.search import documents, indexer  # noqa: E402
from recruit.search.client import es  # noqa: E402
from recruit.vacancies.models import Vacancy  # noqa: E402

CATEGORIES = ("condition", "job_condition", "combination", "place_job", "pinyin_typo", "exact_title",
              "activity", "other_title", "noise_word", "relax_order", "char_overlap", "sound_typo")


def to_model(row: dict, now: dt.datetime) -> Vacancy:
    fields = {k: row[k] for k in ("id", "employer_id", "title", "description", "region_code",
                                  "occupation_code", "education_min", "experience_min_years",
                                  "employment_type", "benefits", "headcount", "salary_min",
                                  "salary_max", "welcomed_groups")}
    v = Vacancy(**fields, status="published", hired_count=0, version=1, lat=None, lon=None,
                published_at=now - dt.timedelta(days=row["days_ago"]))
    v.employer = Employer(id=row["employer_id"], name=row["employer_name"], is_key_enterprise=False)
    return v


def run(show: str | None) -> list[dict]:
    # the main set and its supplements (vacancies_*.jsonl, queries_*.json: build_ranking.py)
    rows = [json.loads(x) for path in sorted((HERE / "relevance_dev").glob("vacancies*.jsonl"))
            for x in path.read_text().splitlines()]
    qs = [q for path in sorted((HERE / "relevance_dev").glob("queries*.json")) for q in json.loads(path.read_text())]
    prefix = f"bench-dev-{uuid.uuid4().hex[:8]}"
    app = create_app({"SEARCH_INDEX_PREFIX": prefix, "RATELIMIT_ENABLED": False})
    by_id = {r["id"]: r for r in rows}
    # two supplements with the same ids would overwrite each other's postings in the index
    assert len(by_id) == len(rows), "vacancy ids repeat across bench/relevance_dev/vacancies*.jsonl"
    out = []
    with app.app_context():
        indexer.ensure_indices()
        baseline = f"{prefix}-baseline"
        es().indices.create(index=baseline, mappings=BASELINE_MAPPING,
                            settings={"number_of_shards": 1, "number_of_replicas": 0})
        try:
            now = dt.datetime.now(dt.UTC)
            indexer.bulk_write("vacancies", [(r["id"], 1, documents.vacancy_document(to_model(r, now)))
                                             for r in rows], [])
            es().bulk(operations=[x for r in rows for x in (
                {"index": {"_index": baseline, "_id": str(r["id"])}},
                {"id": r["id"], "title": r["title"], "description": r["description"]})])
            es().indices.refresh(index=f"{prefix}-*")
            client = app.test_client()
            for q in qs:
                grades = {r["id"]: grade(q, r) for r in rows}
                resp = client.get("/api/v1/search/vacancies", query_string={"q": q["q"], "per_page": 50})
                assert resp.status_code == 200, (q["q"], resp.status_code, resp.get_data(as_text=True)[:300])
                body = resp.get_json()
                ranked = [h["id"] for h in body["hits"]]
                base = baseline_search(baseline, q["q"])
                answerable = any(g >= 2 for g in grades.values())
                out.append({**q, "answerable": answerable, "ndcg": ndcg(ranked, grades),
                            "recall": recall(ranked, grades), "base_ndcg": ndcg(base, grades),
                            "base_recall": recall(base, grades), "empty": not ranked,
                            "base_empty": not base, "level": body.get("match_level"),
                            "top10": len(ranked[:10]), "base_top10": len(base[:10])})
                if show and (show == q["category"] or show == q["id"]):
                    print(f"\n{q['id']} {q['q']} ndcg {out[-1]['ndcg']:.3f} base {out[-1]['base_ndcg']:.3f}"
                          f" understood {[(u['kind'], u['value'], u['applied_as']) for u in body.get('understood', [])]}")
                    for h in body["hits"][:10]:
                        r = by_id[h["id"]]
                        print(f"   {grades[h['id']]} {r['title']} | {r['kind']} {r['region_code']} {r['facts']}"
                              f" {r['employment_type']} {r['benefits']} | {r['description'][:40]}")
                    missed = [i for i, g in grades.items() if g >= 2 and i not in ranked[:50]]
                    for i in missed[:5]:
                        r = by_id[i]
                        print(f"   missed {grades[i]} {r['title']} | {r['kind']} {r['region_code']} {r['facts']}"
                              f" {r['employment_type']} {r['benefits']} | {r['description'][:40]}")
        finally:
            indexer.drop_indices()
            es().indices.delete(index=baseline, ignore_unavailable=True)
    return out


def mean(xs) -> float:
    xs = list(xs)
    return sum(xs) / len(xs) if xs else 0.0


def report(out: list[dict]) -> str:
    lines = ["| category | queries | NDCG@10 | baseline | recall@50 | baseline | zero-result | baseline |",
             "|---|---|---|---|---|---|---|---|"]
    groups = collections.defaultdict(list)
    for r in out:
        if r["answerable"]:
            groups[r["category"]].append(r)
            groups["overall"].append(r)
    extra = sorted({r["category"] for r in out} - set(CATEGORIES))
    for cat in (*CATEGORIES, *extra, "overall"):
        g = groups[cat]
        lines.append(f"| {cat} | {len(g)} | {mean(r['ndcg'] for r in g):.3f} | {mean(r['base_ndcg'] for r in g):.3f} | "
                     f"{mean(r['recall'] for r in g):.3f} | {mean(r['base_recall'] for r in g):.3f} | "
                     f"{mean(r['empty'] for r in g):.3f} | {mean(r['base_empty'] for r in g):.3f} |")
    none = [r for r in out if not r["answerable"]]
    lines.append(f"\nNo-answer queries: {len(none)}; false hits in the top 10, mean {mean(r['top10'] for r in none):.1f}"
                 f" (baseline {mean(r['base_top10'] for r in none):.1f}); with any hit {sum(1 for r in none if r['top10'])}")
    levels = collections.Counter(str(r["level"]) for r in out)
    lines.append(f"\nAnswerable {len(groups['overall'])} of {len(out)}; match_level {dict(levels)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", help="print the top 10 of a category's (or one query's) results")
    parser.add_argument("--json", help="write per-query figures to this file")
    args = parser.parse_args()
    out = run(args.show)
    print(report(out))
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
