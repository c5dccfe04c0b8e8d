"""Latency of the relaxation ladder: successive queries (the next level only when the one above
finds nothing; what the service does) against one query holding every level as a should clause
with decreasing boosts. Builds its own throwaway index of synthetic vacancies.

    ELASTICSEARCH_URL=$(sudo deploy/elasticsearch.sh --test) .venv/bin/python bench/ladder_latency.py [n_docs]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from elasticsearch import Elasticsearch, helpers  # noqa: E402

from recruit.codes import regions  # noqa: E402
from recruit.search import concepts, documents, mappings, queries  # noqa: E402
from recruit.search.search_args import SearchArgs  # noqa: E402

INDEX = "bench-ladder-vacancies"  # bench*: the test user's indices (deploy/elasticsearch.sh)
QUERIES = ["普工", "诚信 理发师", "应届 平面设计", "带娃", "包住 保安", "东莞 普工 8k以上", "快递 夜班 诚信",
           "宇航员"]
FILLER = ["负责日常工作", "多劳多得", "包吃住", "五险一金", "长白班", "夜班补贴", "有宿舍", "按时发工资"]


def _docs(n: int):
    rng = random.Random(7)
    cs = list(concepts.load().values())
    counties = regions.workplaces()
    for i in range(1, n + 1):
        c = rng.choice(cs)
        title = rng.choice(c.titles or (c.label,))
        v = SimpleNamespace(
            id=i, employer_id=rng.randrange(1, n // 20 + 2), employer=SimpleNamespace(
                name=f"第{i % 97}号实业有限公司", is_key_enterprise=rng.random() < .1),
            title=title, description="，".join(rng.sample(FILLER, 3)) + f"。招{title}。",
            region_code=rng.choice(counties), lat=None, lon=None, occupation_code=rng.choice(c.codes),
            industry_code=None, education_min="none", experience_min_years=0,
            employment_type="full_time", benefits=rng.sample(["housing", "meals", "social_insurance"], 1),
            welcomed_groups=[], headcount=3, open_headcount=3, salary_min=4000, salary_max=rng.choice(
                [5000, 7000, 9000]), published_at=None, expires_at=None)
        yield {"_index": INDEX, "_id": i, "_source": documents.vacancy_document(v)}


def _single(args: SearchArgs) -> dict:
    """Every level in one query: exact x100, partial x10 (constant), related x1 (constant)."""
    plan = queries.plan_for(args)
    bodies = {lvl: queries.vacancy_search(args, plan=plan, level=lvl) for lvl in queries.levels(plan)}
    body = bodies["exact"]
    recalls = [{"bool": {"must": body["query"]["bool"]["must"], "boost": 100}}]
    for lvl, boost in (("partial", 10), ("related", 1)):
        if lvl in bodies:
            recalls.append({"constant_score": {"filter": bodies[lvl]["query"]["bool"]["must"][0], "boost": boost}})
    body["query"]["bool"]["must"] = [{"bool": {"should": recalls, "minimum_should_match": 1}}]
    return body


def _time(fn, reps: int = 30) -> float:
    fn()
    samples = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    es = Elasticsearch(os.environ["ELASTICSEARCH_URL"])
    es.indices.delete(index=INDEX, ignore_unavailable=True)
    d = mappings.definition("vacancies")
    es.indices.create(index=INDEX, settings=d["settings"], mappings=d["mappings"])
    helpers.bulk(es, _docs(n), chunk_size=2000)
    es.indices.refresh(index=INDEX)
    print(f"{n} docs; median wall ms over 30 runs")
    print(f"{'query':<20}{'levels run':>12}{'successive':>12}{'single':>10}")
    try:
        for q in QUERIES:
            args = SearchArgs(q=q)
            plan = queries.plan_for(args)
            ladder = queries.levels(plan) if plan.remaining else ("exact",)
            used = []

            bodies = [(lvl, queries.vacancy_search(args, plan=plan, level=lvl)) for lvl in ladder]

            def successive(bodies=bodies, used=used):
                used.clear()
                for lvl, body in bodies:
                    used.append(lvl)
                    if es.search(index=INDEX, **body)["hits"]["total"]["value"]:
                        break

            body = _single(args)
            ts = _time(successive)
            t1 = _time(lambda b=body: es.search(index=INDEX, **b))
            print(f"{q:<20}{len(used):>12}{ts:>12.1f}{t1:>10.1f}")
    finally:
        es.indices.delete(index=INDEX, ignore_unavailable=True)


if __name__ == "__main__":
    main()
