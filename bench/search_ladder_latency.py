"""Latency of a whole vacancy search through the service (understanding, the ladder, hits with
reasons) on the synthetic index of bench/ladder_latency.py: the median of 30 runs per query.

    .venv/bin/python bench/search_ladder_latency.py [n_docs]

Run it on two commits (git archive one into a directory and run its copy) to compare.
"""

from __future__ import annotations

import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ladder_latency  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.search import indexer, mappings, service  # noqa: E402
from recruit.search.client import es  # noqa: E402
from recruit.search.search_args import SearchArgs  # noqa: E402

QUERIES = [*ladder_latency.QUERIES, "炒菜", "搞卫生", "电焊工", "深圳 保洁 8k以上"]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    prefix = f"bench-lat-{uuid.uuid4().hex[:8]}"
    app = create_app({"SEARCH_INDEX_PREFIX": prefix})
    with app.app_context():
        indexer.ensure_indices()
        try:
            ladder_latency.INDEX = mappings.alias("vacancies")
            docs = list(ladder_latency._docs(n))
            indexer.bulk_write("vacancies", [(d["_id"], 1, d["_source"]) for d in docs], [])
            es().indices.refresh(index=f"{prefix}-*")
            print(f"{n} docs; median wall ms of service.search_vacancies over 30 runs")
            print(f"{'query':<22}{'ms':>8}{'total':>8}  match_level")
            for q in QUERIES:
                args = SearchArgs(q=q)
                result = service.search_vacancies(args)
                samples = []
                for _ in range(30):
                    t = time.perf_counter()
                    service.search_vacancies(args)
                    samples.append((time.perf_counter() - t) * 1000)
                print(f"{q:<22}{statistics.median(samples):>8.1f}{result['total']:>8}  {result['match_level']}")
        finally:
            indexer.drop_indices()


if __name__ == "__main__":
    main()
