"""What each part of a search body costs the node: the bench's typical searches, their exact-level
bodies as built and with one part taken away, `took` (ms, best of 3, request cache off).

    DATABASE_URL=…/searchspeed_bench .venv/bin/python bench/search_took.py [N] [--prefix bench-searchspeed]
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "relevance"))

from search_speed import typical_searches  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.search import mappings, queries  # noqa: E402
from recruit.search.client import es  # noqa: E402
from recruit.search.schemas import VacancySearchArgs  # noqa: E402

NAMED = ("title_words", "description_words", "region_words", "employer_name", "concept_title",
         "concept_description", "all_words", "title_bigrams", "occupation_inferred", "title_exact",
         "title_phrase")


def _drop(node: Any, name: str) -> Any:
    """The body without the clauses named `name` (any depth)."""
    if isinstance(node, dict):
        return {k: _drop(v, name) for k, v in node.items()}
    if isinstance(node, list):
        return [_drop(x, name) for x in node if not (isinstance(x, dict) and any(
            isinstance(v, dict) and v.get("_name") == name for v in x.values()))]
    return node


def variants(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {"as built": body}
    scored = body["query"].get("function_score")
    if scored:
        out["no function_score"] = {**body, "query": scored["query"]}
        plain = [f for f in scored["functions"] if "filter" not in f] or [{"weight": 1}]
        out["no tier functions"] = {**body, "query": {"function_score": {**scored, "functions": plain}}}
    out["track_total_hits false"] = {**body, "track_total_hits": False}
    out["size 0"] = {**body, "size": 0}
    for name in NAMED:
        dropped = _drop(copy.deepcopy(body), name)
        if dropped != body:
            out[f"without {name}"] = dropped
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=40)
    parser.add_argument("--prefix", default="bench-searchspeed")
    args = parser.parse_args()
    app = create_app({"SQLALCHEMY_DATABASE_URI": os.environ["DATABASE_URL"], "SEARCH_INDEX_PREFIX": args.prefix})
    took: dict[str, list[int]] = {}
    with app.app_context():
        for search in typical_searches(args.n):
            loaded = VacancySearchArgs().load({k: str(v) for k, v in search.items()})
            for name, body in variants(queries.vacancy_search(loaded)).items():
                best = min(es().search(index=mappings.alias("vacancies"), body=body, request_cache=False)["took"]
                           for _ in range(3))
                took.setdefault(name, []).append(best)
    for name, ts in took.items():
        print(f"{name:32s} median {statistics.median(ts):6.1f}  p90 {statistics.quantiles(ts, n=10)[-1]:6.1f}  "
              f"n {len(ts)}")


if __name__ == "__main__":
    main()
