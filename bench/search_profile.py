"""Where a search request's time goes, in process: the bench's typical searches through Flask's
test client (no HTTP server), each part timed by wrapping its function; wall time and CPU time
(this thread's, so a wait on the node or Redis is wall but not CPU) per request.

    .venv/bin/python bench/search_profile.py --database searchspeed_bench --prefix bench-searchspeed

Needs the data of bench/search_speed.py (--load-only, same --database and --prefix). Run from
another checkout's root to profile that checkout's code (the bench puts its root first on the
path). The result cache is off; the search limit is counted as in production (RATELIMIT_STORAGE_URI,
else deploy/redis.sh's Redis). Parts nest (the client's time is inside the service's): each line is
the part's own total, and "the rest" is the request less the top-level parts marked *.
"""

from __future__ import annotations

import argparse
import collections
import logging
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "relevance"))

import elastic_transport  # noqa: E402
import flask  # noqa: E402
import redis  # noqa: E402
import webargs.core  # noqa: E402
from search_speed import _address, bench_url, rate_limit_store, typical_searches  # noqa: E402 (puts this checkout first)

from recruit import create_app  # noqa: E402
from recruit.search import ladder, queries, schemas, service  # noqa: E402

# (owner, function, label, top-level: counted against the request's total)
PARTS = [(flask.Flask, "preprocess_request", "before-request hooks (limiter, request id, input guard)", True),
         (webargs.core.Parser, "parse", "argument parsing (webargs + marshmallow)", True),
         (queries, "plan_for", "understanding + plan", False),
         (queries, "vacancy_search", "query bodies", False),
         (elastic_transport.Transport, "perform_request", "Elasticsearch client (request + answer)", False),
         (ladder, "vacancy_hit", "hits + reasons", False),
         (service, "search_vacancies", "search service (all of the above but parsing)", True),
         (schemas, "dump_search_result", "dump of the answer", True),
         (redis.client.Redis, "execute_command", "Redis calls (rate limit)", False),
         (flask.Flask, "process_response", "after-request hooks (limit headers, log line, metrics, headers)", True),
         (logging.Logger, "handle", "log records", False)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="recruit_bench")
    parser.add_argument("--prefix", default="bench")
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    os.environ.setdefault("RATELIMIT_STORAGE_URI", rate_limit_store())
    app = create_app({"SQLALCHEMY_DATABASE_URI": bench_url(args.database), "SEARCH_INDEX_PREFIX": args.prefix,
                      "SEARCH_CACHE_SECONDS": 0})
    wall: collections.Counter = collections.Counter()
    cpu: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    for owner, name, label, _ in PARTS:
        _wrap(owner, name, label, wall, cpu, calls)
    urls = ["/api/v1/search/vacancies?" + urlencode(a) for a in typical_searches(args.queries)]
    client = app.test_client()
    # each search from its own address, as in bench/search_speed.py (the limit counted, not reached)
    addresses = [{"REMOTE_ADDR": _address(n)} for n in range(len(urls))]
    for u, addr in zip(urls, addresses, strict=True):  # warm: jieba, caches, connections
        client.get(u, environ_base=addr)
    for counter in (wall, cpu, calls):
        counter.clear()
    started, started_cpu = time.perf_counter(), time.thread_time()
    for u, addr in zip(urls, addresses, strict=True):
        assert client.get(u, environ_base=addr).status_code == 200
    total, total_cpu = time.perf_counter() - started, time.thread_time() - started_cpu
    n = len(urls)
    print("| part | wall ms | CPU ms | calls |")
    print("|---|---|---|---|")
    print(f"| request (test client) | {total / n * 1000:.2f} | {total_cpu / n * 1000:.2f} | |")
    for _, _, label, top in PARTS:
        print(f"| {label}{' *' if top else ''} | {wall[label] / n * 1000:.2f} | {cpu[label] / n * 1000:.3f} | "
              f"{calls[label] / n:.2f} |")
    tops = [label for *_, label, top in PARTS if top]
    print(f"| the rest (test client, Flask, routing, smorest, view) | {(total - sum(wall[t] for t in tops)) / n * 1000:.2f} "
          f"| {(total_cpu - sum(cpu[t] for t in tops)) / n * 1000:.3f} | |")


def _wrap(owner, name: str, label: str, wall: collections.Counter, cpu: collections.Counter,
          calls: collections.Counter) -> None:
    fn = getattr(owner, name)

    def timed(*a, **k):
        t, c = time.perf_counter(), time.thread_time()
        try:
            return fn(*a, **k)
        finally:
            wall[label] += time.perf_counter() - t
            cpu[label] += time.thread_time() - c
            calls[label] += 1

    setattr(owner, name, timed)


if __name__ == "__main__":
    main()
