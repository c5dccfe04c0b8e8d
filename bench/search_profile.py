"""Where a search request's time goes, in process: the bench's typical searches through Flask's
test client (no HTTP server), each part timed by wrapping its function; wall time per request.

    .venv/bin/python bench/search_profile.py --database searchspeed_bench --prefix bench-searchspeed

Needs the data of bench/search_speed.py (--load-only, same --database and --prefix). Run from
another checkout's root to profile that checkout's code (the bench puts its root first on the
path). The result cache is off; the search limit is counted as in production.
"""

from __future__ import annotations

import argparse
import collections
import logging
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "relevance"))

import elastic_transport  # noqa: E402
import redis  # noqa: E402
import webargs.core  # noqa: E402
from search_speed import _address, bench_url, typical_searches  # noqa: E402 (puts this checkout first)

from recruit import create_app  # noqa: E402
from recruit.search import queries, schemas  # noqa: E402

PARTS = [(queries, "plan_for", "understanding + plan"),
         (queries, "vacancy_search", "query bodies"),
         (elastic_transport.Transport, "perform_request", "Elasticsearch round trips"),
         (schemas, "dump_search_result", "dump"),
         (redis.client.Redis, "execute_command", "Redis (rate limit)"),
         (webargs.core.Parser, "parse", "argument parsing"),
         (logging.StreamHandler, "emit", "request log line")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="recruit_bench")
    parser.add_argument("--prefix", default="bench")
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    app = create_app({"SQLALCHEMY_DATABASE_URI": bench_url(args.database), "SEARCH_INDEX_PREFIX": args.prefix,
                      "SEARCH_CACHE_SECONDS": 0})
    spent: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    for owner, name, label in PARTS:
        _wrap(owner, name, label, spent, calls)
    urls = ["/api/v1/search/vacancies?" + urlencode(a) for a in typical_searches(args.queries)]
    client = app.test_client()
    # each search from its own address, as in bench/search_speed.py (the limit counted, not reached)
    addresses = [{"REMOTE_ADDR": _address(n)} for n in range(len(urls))]
    for u, addr in zip(urls, addresses, strict=True):  # warm: jieba, caches, connections
        client.get(u, environ_base=addr)
    spent.clear()
    calls.clear()
    started = time.perf_counter()
    for u, addr in zip(urls, addresses, strict=True):
        assert client.get(u, environ_base=addr).status_code == 200
    total = time.perf_counter() - started
    n = len(urls)
    print(f"| {'request (test client)':28s} | {total / n * 1000:6.2f} | |")
    for _, _, label in PARTS:
        print(f"| {label:28s} | {spent[label] / n * 1000:6.2f} | {calls[label] / n:.2f} |")
    print(f"| {'the rest (Flask, service)':28s} | {(total - sum(spent.values())) / n * 1000:6.2f} | |")


def _wrap(owner, name: str, label: str, spent: collections.Counter, calls: collections.Counter) -> None:
    fn = getattr(owner, name)

    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            spent[label] += time.perf_counter() - t
            calls[label] += 1

    setattr(owner, name, timed)


if __name__ == "__main__":
    main()
