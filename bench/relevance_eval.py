"""Search quality: NDCG@10 and recall@50 for search and recommendations, against a plain
baseline (one `match` over title and description, standard analyser), in the same run.

    .venv/bin/python bench/relevance_eval.py [--write docs/search-quality.md]

Needs Elasticsearch (ELASTICSEARCH_URL: the benches' user, `deploy/elasticsearch.sh --test`, whose
role covers bench*); uses indices of its own and
drops them afterwards. Documents are built by the production document builder from the
relevance set's rows; queries go through the production search service and query builders.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "relevance"))
sys.path.insert(0, str(HERE.parent))

from grading import recommendation_grade, search_grade  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.codes.enums import EDUCATION_ORDER  # noqa: E402
from recruit.employers.models import Employer  # noqa: E402
from recruit.search import documents, indexer, matching_queries, service  # noqa: E402
from recruit.search.client import es  # noqa: E402
from recruit.search.search_args import SearchArgs  # noqa: E402
from recruit.vacancies.models import Vacancy  # noqa: E402

BASELINE_MAPPING = {"properties": {"title": {"type": "text"}, "description": {"type": "text"},
                                   "id": {"type": "long"}}}


def load_set():
    rows = [json.loads(line) for line in (HERE / "relevance/vacancies.jsonl").read_text().splitlines()]
    qs = json.loads((HERE / "relevance/queries.json").read_text())
    profiles = json.loads((HERE / "relevance/profiles.json").read_text())
    return rows, qs, profiles


def to_model(row: dict, now: dt.datetime) -> Vacancy:
    fields = {k: row[k] for k in ("id", "title", "description", "region_code", "lat", "lon",
                                  "occupation_code", "education_min", "experience_min_years",
                                  "employment_type", "benefits", "headcount", "salary_min",
                                  "salary_max", "welcomed_groups")}
    v = Vacancy(**fields, status="published", hired_count=0, version=1,
                published_at=now - dt.timedelta(days=row["days_ago"]))
    v.employer = Employer(name=row["employer_name"], is_key_enterprise=False)
    return v


def ndcg(ranked: list[int], grades: dict[int, int], k: int = 10) -> float:
    dcg = sum((2 ** grades.get(i, 0) - 1) / math.log2(n + 2) for n, i in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(n + 2) for n, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked: list[int], grades: dict[int, int], k: int = 50) -> float:
    relevant = {i for i, g in grades.items() if g >= 2}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 1.0


def baseline_search(index: str, text: str) -> list[int]:
    resp = es().search(index=index, size=50, source=False,
                       query={"multi_match": {"query": text, "fields": ["title", "description"]}})
    return [int(h["_id"]) for h in resp["hits"]["hits"]]


def profile_query(p: dict) -> matching_queries.MatchingProfile:
    prefixes = sorted(p["desired_prefectures"])
    return matching_queries.MatchingProfile(
        desired_occupations=tuple(p["desired_occupations"]), skills=tuple(p["skills"]),
        keywords=tuple(p["keywords"]), desired_region_prefixes=tuple(prefixes),
        region_code=p["region_code"], lat=p["lat"], lon=p["lon"],
        expected_salary=p["expected_salary"],
        education_rank=EDUCATION_ORDER[p["education_level"]],
        experience_years=p["experience_years"], preferred_employment_types=(),
        groups=tuple(p["groups"]), exclude_ids=())


def run() -> dict:
    rows, qs, profiles = load_set()
    prefix = f"bench-rel-{uuid.uuid4().hex[:8]}"
    app = create_app({"SEARCH_INDEX_PREFIX": prefix})
    with app.app_context():
        indexer.ensure_indices()
        baseline = f"{prefix}-baseline"
        es().indices.create(index=baseline, mappings=BASELINE_MAPPING,
                            settings={"number_of_shards": 1, "number_of_replicas": 0})
        try:
            now = dt.datetime.now(dt.UTC)
            models = [to_model(r, now) for r in rows]
            indexer.bulk_write("vacancies", [(v.id, 1, documents.vacancy_document(v)) for v in models], [])
            es().bulk(operations=[x for r in rows for x in (
                {"index": {"_index": baseline, "_id": str(r["id"])}},
                {"id": r["id"], "title": r["title"], "description": r["description"]})])
            es().indices.refresh(index=f"{prefix}-*")
            return evaluate(rows, qs, profiles, baseline)
        finally:
            indexer.drop_indices()
            es().indices.delete(index=baseline, ignore_unavailable=True)


def evaluate(rows, qs, profiles, baseline) -> dict:
    out = {"search": [], "recommendations": []}
    for q in qs:
        grades = {r["id"]: search_grade(q, r) for r in rows}
        ours = service.search_vacancies(SearchArgs(q=q["q"], page=1, per_page=50))
        ranked = [h["id"] for h in ours["hits"]]
        base = baseline_search(baseline, q["q"])
        out["search"].append({"id": q["id"], "q": q["q"], **_scores(ranked, base, grades)})
    for p in profiles:
        grades = {r["id"]: recommendation_grade(p, r) for r in rows}
        resp = es().search(index=documents_alias(), **matching_queries.recommendations(profile_query(p), size=50))
        ranked = [int(h["_id"]) for h in resp["hits"]["hits"]]
        base = baseline_search(baseline, " ".join(p["skills"] + p["keywords"]))
        out["recommendations"].append({"id": p["id"], "q": p["name"], **_scores(ranked, base, grades)})
    return out


def _scores(ranked: list[int], base: list[int], grades: dict[int, int]) -> dict:
    """recall@10 is supplementary: recall@50 saturates on a set this small (how many of the relevant
    postings reach the first page tells the two apart where both find them all in 50)."""
    return {"ndcg": ndcg(ranked, grades), "recall": recall(ranked, grades), "recall10": recall(ranked, grades, 10),
            "base_ndcg": ndcg(base, grades), "base_recall": recall(base, grades),
            "base_recall10": recall(base, grades, 10)}


def documents_alias() -> str:
    from recruit.search import mappings

    return mappings.alias("vacancies")


def mean(xs) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def report(result: dict, command: str) -> str:
    lines = ["# Search quality", "",
             f"Measured {dt.date.today().isoformat()} with `{command}` on the relevance set in",
             "`bench/relevance/` (372 vacancies of 31 job kinds in 8 cities, 36 queries, 31 jobseeker",
             "profiles; grades 0–3 by the rules in `bench/relevance/RULES.md`). Baseline: one",
             "`multi_match` over title and description with the standard analyser (one token per",
             "Chinese character), on the same documents, in the same run.", "",
             "| task | metric | recruit | baseline | ratio |", "|---|---|---|---|---|"]
    for task in ("search", "recommendations"):
        rows = result[task]
        for metric, key in (("NDCG@10", "ndcg"), ("recall@50", "recall"),
                            ("recall@10 (supplementary)", "recall10")):
            ours, base = mean([r[key] for r in rows]), mean([r["base_" + key] for r in rows])
            ratio = f"{ours / base:.2f}×" if base else "n/a"
            lines.append(f"| {task} ({len(rows)}) | {metric} | {ours:.3f} | {base:.3f} | {ratio} |")
    for task in ("search", "recommendations"):
        losses = [r for r in result[task] if r["ndcg"] < r["base_ndcg"] - 1e-9
                  or r["recall"] < r["base_recall"] - 1e-9]
        lines += ["", f"## {task}: items where recruit loses to the baseline", ""]
        if not losses:
            lines.append("None: on every item recruit is at least as good on both metrics.")
        else:
            lines += ["| item | query / profile | NDCG@10 recruit / baseline | recall@50 recruit / baseline |",
                      "|---|---|---|---|"]
            lines += [f"| {r['id']} | {r['q']} | {r['ndcg']:.3f} / {r['base_ndcg']:.3f} | "
                      f"{r['recall']:.3f} / {r['base_recall']:.3f} |" for r in losses]
    lines += ["", "## Reading these figures", "",
              "- The set is small and synthetic: each job kind's postings share a duty sentence, so the",
              "  baseline's one-character OR is less harmful here than on real postings, where 电工 would",
              "  also match 电话客服 and 工程师. Treat the ratios as a regression guard, not a",
              "  claim about production quality.",
              "- Recall on kinds whose titles share no word with the query (快递 → 同城配送员, 水电工 →",
              "  管道工, Java开发 → 前端开发工程师) comes from vocabulary, not looser matching: a query",
              "  made only of job titles also matches the postings of the occupation they name",
              "  (`recruit/search/data/occupation_titles.txt` and the code list's names), worth a",
              "  constant `occupation_inferred` weight that ranks them below every text match.",
              "- Those occupation-only hits tie with each other, so freshness orders them: for 快递 and",
              "  仓库管理 the postings of the wanted kind (同城配送员, 理货员) sit among those of a kind",
              "  sharing the code (外卖骑手 and 快递员 share 4-02-07; 叉车工 and 仓管员 share 4-02-06",
              "  in this set). For 水电工, titles sharing one of its two bigrams (电工) are text matches",
              "  and rank above the 管道工 postings found through the occupation.",
              "- 幼师 (q23) keeps its recall loss: the set codes its teacher kind (幼儿教师, 幼师 and",
              "  小学教师) 2-08-05, 特殊教育教师 in GB/T 6565-2015; recruit infers 幼儿教育教师 2-08-04",
              "  for 幼师, so the 小学教师 postings, graded 2–3 here, are not found.",
              "- One occupation code covers several kinds (快递员 and 外卖骑手 share 4-02-07;",
              "  软件/测试/数据 share 2-02-10). A person's past titles, with their synonyms, tell them",
              "  apart (`title_match`, weight 4): 快递小李 and 骑手小张 no longer lose. Where no",
              "  synonym links the titles (程序员 and 测试工程师, 主播 and 电商运营), recommendations",
              "  still lose NDCG@10; finer occupation codes on postings and resumes would separate them.",
              "- recall@50 saturates on this set: recruit finds every relevant posting for every profile",
              "  (the baseline 98%). recall@10, supplementary, counts how many reach the first page.",
              "- Grades ignore freshness: keyword search uses it only to order ties; the freshness bonus of\n  recommendations can only cost them points here.",
              "", "## Per item", "", "| item | query / profile | NDCG@10 (base) | recall@50 (base) |",
              "|---|---|---|---|"]
    for task in ("search", "recommendations"):
        lines += [f"| {r['id']} | {r['q']} | {r['ndcg']:.3f} ({r['base_ndcg']:.3f}) | "
                  f"{r['recall']:.3f} ({r['base_recall']:.3f}) |" for r in result[task]]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", help="write the markdown report to this file")
    args = parser.parse_args()
    result = run()
    command = ".venv/bin/python bench/relevance_eval.py --write docs/search-quality.md"
    text = report(result, command)
    print(text)
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
