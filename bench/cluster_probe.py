"""Where a request's time goes in the cluster shape, one request at a time (no load), never in CI.

For each of the load test's search queries (bench/locustfile.py), with the result cache emptied
before each request: the wall time through nginx and straight to app-1's gunicorn (one keep-alive
connection each), and the app's own duration_ms from the JSON request log (matched by
X-Request-ID); the same for a vacancy view and a post (an employer of the load accounts). Then
in process (Flask's test client, cache off) each part of a search timed by wrapping its function,
and the search bodies the app sent, straight to the nodes: wall time against Elasticsearch's own
`took`. Elasticsearch's young/old GC counts and times before and after. Prints one table per part.

    sudo .venv/bin/python bench/cluster_probe.py --accounts /tmp/recruit-load/accounts.json [--rounds 3]

Run against a cluster that is up (deploy/cluster.sh up, accounts from bench/load_setup.py, as
bench/load_test.py makes them); it only reads, posts a few vacancies and empties cached pages.
"""

from __future__ import annotations

import argparse
import ast
import base64
import collections
import http.client
import json
import logging
import os
import statistics
import sys
import time
import urllib.parse
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from cluster_smoke import CLUSTER_HOME, ES_PORTS, conf  # noqa: E402
from load_test import app_env  # noqa: E402

# the locustfile's queries without importing it (Locust patches the standard library on import)
_LOCUSTFILE = (ROOT / "bench" / "locustfile.py").read_text()
QUERIES: list[str] = ast.literal_eval(_LOCUSTFILE.split("QUERIES = ", 1)[1].split("\nREGIONS", 1)[0])
LB_PORT = int(os.environ.get("LB_PORT") or conf("LB_PORT"))
APP_PORT = int(conf("APP_PORTS").strip("()").split()[0])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def row(label: str, values: list[float]) -> str:
    if not values:
        return f"| {label} | 0 | - | - |"
    return f"| {label} | {len(values)} | {statistics.median(values):.1f} | {pct(values, 0.95):.1f} |"


class Http:
    """One keep-alive connection, as a browser or Locust holds one."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def call(self, method: str, path: str, body: dict | None = None, token: str | None = None) -> tuple[int, dict, str, float]:
        rid = "probe" + uuid.uuid4().hex[:16]
        headers = {"X-Request-ID": rid, "Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        started = time.perf_counter()
        self.conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
        resp = self.conn.getresponse()
        data = resp.read()
        wall = (time.perf_counter() - started) * 1000
        return resp.status, (json.loads(data) if data else {}), rid, wall


def logged_durations() -> dict[str, float]:
    """request id → duration_ms from the app hosts' JSON request log lines (gunicorn.log)."""
    out: dict[str, float] = {}
    for log in CLUSTER_HOME.glob("app-*/logs/gunicorn.log"):
        for line in log.read_text(errors="replace").splitlines():
            if '"duration_ms"' in line and '"probe' in line:
                entry = json.loads(line)
                out[entry["request_id"]] = entry["duration_ms"]
    return out


def http_part(accounts: dict, rounds: int, purge: Callable[[], None]) -> None:
    lb, app = Http(LB_PORT), Http(APP_PORT)
    status, body, _, _ = lb.call("POST", "/api/v1/auth/login", {"phone": accounts["employers"][0],
                                                             "password": accounts["password"]})
    assert status == 200, body
    token = body["access_token"]
    # searches as signed-in jobseekers, in turn: the search limit counts per account (all of these
    # come from 127.0.0.1), and the load test's searchers are signed in too
    seekers = []
    for phone in accounts["jobseekers"][:10]:
        status, got, _, _ = lb.call("POST", "/api/v1/auth/login", {"phone": phone, "password": accounts["password"]})
        assert status == 200, got
        seekers.append(got["access_token"])
    turn = iter(range(10**9))

    def search(conn: Http, q: str) -> tuple[int, dict, str, float]:
        return conn.call("GET", "/api/v1/search/vacancies?" + urllib.parse.urlencode({"q": q}),
                         token=seekers[next(turn) % len(seekers)])
    walls: dict[str, list[float]] = collections.defaultdict(list)
    rids: dict[str, list[str]] = collections.defaultdict(list)
    for q in QUERIES:  # warm: every worker's first requests load dictionaries and connections
        for conn in (lb, app):
            purge()
            search(conn, q)
    for _ in range(rounds):
        for q in QUERIES:
            for where, conn in (("nginx", lb), ("app-1", app)):
                purge()
                status, _, rid, wall = search(conn, q)
                assert status == 200, status
                walls[f"search via {where}"].append(wall)
                rids[f"search via {where}"].append(rid)
            status, _, rid, wall = search(lb, q)
            walls["search via nginx, cached page"].append(wall)
            rids["search via nginx, cached page"].append(rid)
        for where, conn in (("nginx", lb), ("app-1", app)):
            for vid in accounts["vacancies"][:10]:
                status, _, rid, wall = conn.call("GET", f"/api/v1/vacancies/{vid}")
                walls[f"view via {where}"].append(wall)
                rids[f"view via {where}"].append(rid)
            for n in range(5):
                status, got, rid, wall = conn.call("POST", "/api/v1/vacancies", {
                    "title": "探针冷库叉车司机", "description": "负责冷库货物叉车装卸与盘点，持叉车证上岗，缴纳五险一金。",
                    "region_code": "420102", "occupation_code": "6-31", "headcount": n + 1,
                    "salary_min": 5000, "salary_max": 8000}, token=token)
                assert status == 201, got
                walls[f"post via {where}"].append(wall)
                rids[f"post via {where}"].append(rid)
    time.sleep(1)  # the log lines are written after the answer
    logged = logged_durations()
    print("\n| request (ms) | n | wall p50 | wall p95 | app duration_ms p50 | p95 |\n|---|---|---|---|---|---|")
    for label, values in walls.items():
        app_ms = [logged[r] for r in rids[label] if r in logged]
        print(row(label, values) + (f" {statistics.median(app_ms):.1f} | {pct(app_ms, 0.95):.1f} |" if app_ms else " - | - |"))


def inprocess_part(rounds: int) -> list[dict]:
    """The search's parts, in process (cache off); returns the bodies sent to Elasticsearch."""
    import elastic_transport
    import redis
    import webargs.core

    from recruit import create_app
    from recruit.search import ladder, queries, schemas

    spent: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    bodies: list[dict] = []
    parts = [(queries, "plan_for", "understanding + plan"), (queries, "vacancy_search", "query bodies"),
             (elastic_transport.Transport, "perform_request", "Elasticsearch round trips"),
             (schemas, "dump_search_result", "dump"), (redis.client.Redis, "execute_command", "Redis (rate limit)"),
             (webargs.core.Parser, "parse", "argument parsing"), (logging.StreamHandler, "emit", "request log line")]
    for owner, name, label in parts:
        fn = getattr(owner, name)

        def timed(*a, _fn=fn, _label=label, **k):
            t = time.perf_counter()
            try:
                return _fn(*a, **k)
            finally:
                spent[_label] += time.perf_counter() - t
                calls[_label] += 1

        setattr(owner, name, timed)
    msearch = ladder.msearch

    def keep(sent: list[dict]) -> list[dict]:
        bodies.extend(sent)
        return msearch(sent)

    ladder.msearch = keep
    app = create_app({"SEARCH_CACHE_SECONDS": 0})
    client = app.test_client()
    urls = ["/api/v1/search/vacancies?" + urllib.parse.urlencode({"q": q}) for q in QUERIES]
    # each search from its own address, as bench/search_profile.py (the limit counted, not reached)
    addr = [{"REMOTE_ADDR": f"10.{n // 250}.{n % 250}.1"} for n in range(len(urls) * (rounds + 1))]
    for n, u in enumerate(urls):
        client.get(u, environ_base=addr[n])
    spent.clear()
    calls.clear()
    del bodies[len(QUERIES) * 3:]
    started = time.perf_counter()
    for r in range(rounds):
        for n, u in enumerate(urls):
            got = client.get(u, environ_base=addr[(r + 1) * len(urls) + n])
            assert got.status_code == 200, (got.status_code, got.get_data()[:300])
    n = rounds * len(urls)
    total = time.perf_counter() - started
    print(f"\n| part of a search, in process (ms per search, {n} searches) | ms | calls |\n|---|---|---|")
    print(f"| whole request (test client) | {total / n * 1000:.2f} | |")
    for _, _, label in parts:
        print(f"| {label} | {spent[label] / n * 1000:.2f} | {calls[label] / n:.2f} |")
    print(f"| the rest (Flask, service) | {(total - sum(spent.values())) / n * 1000:.2f} | |")
    return bodies


def es_request(port: str, path: str, body: dict | None = None, conn: http.client.HTTPConnection | None = None) -> dict:
    password = (CLUSTER_HOME / "shared" / "es-secrets" / "elasticsearch-app-password").read_text().strip()
    conn = conn or http.client.HTTPConnection("127.0.0.1", int(port), timeout=30)
    conn.request("POST" if body is not None else "GET", path, body=json.dumps(body) if body is not None else None,
                 headers={"Content-Type": "application/json", "Authorization": "Basic "
                          + base64.b64encode(f"recruit_app:{password}".encode()).decode()})
    return json.loads(conn.getresponse().read())


def gc_totals() -> dict[str, tuple[int, int]]:
    stats = es_request(ES_PORTS[0], "/_nodes/stats/jvm?filter_path=nodes.*.name,nodes.*.jvm.gc,nodes.*.jvm.mem.heap_used_percent")
    out = {}
    for node in stats["nodes"].values():
        gc = node["jvm"]["gc"]["collectors"]
        out[node["name"]] = (gc["young"]["collection_count"], gc["young"]["collection_time_in_millis"],
                             gc["old"]["collection_count"], node["jvm"]["mem"]["heap_used_percent"])
    return out


def raw_part(bodies: list[dict], rounds: int, indices: list[str]) -> None:
    conns = {p: http.client.HTTPConnection("127.0.0.1", int(p), timeout=30) for p in ES_PORTS}
    walls: dict[str, list[float]] = collections.defaultdict(list)
    tooks: dict[str, list[float]] = collections.defaultdict(list)
    k = 0
    for r in range(rounds + 1):  # the first round warms
        for body in bodies:
            for index in indices:
                port = ES_PORTS[k % len(ES_PORTS)]
                k += 1
                started = time.perf_counter()
                resp = es_request(port, f"/{index}/_search?request_cache=false", body, conns[port])
                if r:
                    walls[index].append((time.perf_counter() - started) * 1000)
                    tooks[index].append(resp["took"])
    print("\n| the app's search bodies straight to a node (ms) | n | wall p50 | wall p95 | took p50 | took p95 |\n|---|---|---|---|---|---|")
    for index in indices:
        print(row(index, walls[index]) + f" {statistics.median(tooks[index]):.1f} | {pct(tooks[index], 0.95):.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", required=True, help="bench/load_setup.py's JSON")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare", default="", help="more indices (copies of the vacancies) for the raw part")
    args = parser.parse_args()
    os.environ.update(app_env())
    import redis

    cache = redis.Redis.from_url(os.environ["RATELIMIT_STORAGE_URI"])

    def purge() -> None:
        keys = list(cache.scan_iter(match="*search-cache*page*", count=1000))
        if keys:
            cache.delete(*keys)

    accounts = json.loads(Path(args.accounts).read_text())
    print(f"load average {' '.join(Path('/proc/loadavg').read_text().split()[:3])} before")
    gc_before = gc_totals()
    http_part(accounts, args.rounds, purge)
    bodies = inprocess_part(args.rounds)
    raw_part(bodies, args.rounds, ["recruit-vacancies", *filter(None, args.compare.split(","))])
    gc_after = gc_totals()
    print("\n| node | young GCs | young GC ms | old GCs | heap used % |\n|---|---|---|---|---|")
    for name, (count, ms, old, heap) in sorted(gc_after.items()):
        b = gc_before.get(name, (0, 0, 0, 0))
        print(f"| {name} | +{count - b[0]} | +{ms - b[1]} | +{old - b[2]} | {heap} |")
    print(f"load average {' '.join(Path('/proc/loadavg').read_text().split()[:3])} after")


if __name__ == "__main__":
    main()
