"""Where a search's CPU goes under load: the API (gunicorn, as bench/search_speed.py starts it)
against the same bodies sent straight to the node (the speed bench's raw floor) and against the
API's own node requests replayed (recorded per search through the test client: the ladder's second
msearch, filter_path), interleaved, at concurrency 8.

    flock /tmp/recruit-bench.lock .venv/bin/python bench/search_cpu.py --database searchspeed_bench \
        --prefix bench-searchspeed [--passes 5] [--gunicorn "--workers 6"] [--profile /tmp/speed.txt]

For each target and pass: CPU milliseconds per search of the gunicorn workers, of the
Elasticsearch node (its own process counter, `_nodes/stats`), of Redis (`INFO cpu`) and of this load
driver; node queries per search and their query + fetch time (the bench index alone: an msearch of
two bodies counts two); requests per second. On a shared machine the node's and Redis's counters
also count other clients' work; the workers' and the driver's are exact. With --profile, py-spy
samples the workers during extra API passes and the samples are added up by part of the request
(innermost part first), written as collapsed stacks to the given file. py-spy counts a thread that
waits for the CPU as busy: read its shares as rough; bench/search_profile.py times each part's CPU.
"""

from __future__ import annotations

import argparse
import collections
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "relevance"))

import elastic_transport  # noqa: E402
import psutil  # noqa: E402
import redis  # noqa: E402
from common import Http, drive  # noqa: E402
from search_speed import _address, bench_url, server_env, start_server, typical_searches  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.search import mappings, queries  # noqa: E402
from recruit.search.client import es  # noqa: E402

# (part, substrings of a frame "function (file:line)"): a sample counts for the innermost frame
# that matches one, so jieba under understanding is understanding, orjson under the client the client
PARTS = [
    ("Elasticsearch client (request, JSON, urllib3)", ("elasticsearch/", "elastic_transport/", "urllib3/")),
    ("rate limit (throttle.py, limits, Redis)", ("recruit/throttle.py", "flask_limiter/", "limits/", "redis/")),
    ("JWT (optional token read)", ("flask_jwt_extended/", "jwt/")),
    ("understanding + plan", ("search/understanding", "search/intents.py", "search/analysis.py",
                              "jieba", "search/said.py", "search/typos.py", "search/pinyin.py",
                              "search/concepts.py", "plan_for (")),
    ("query bodies", ("search/queries", "search/exact_titles.py", "search/diversify.py")),
    ("reasons", ("search/reasons.py",)),
    ("answer dump + JSON", ("dump_search_result", "json_provider.py", "jsonify")),
    ("argument parsing (webargs, marshmallow)", ("webargs/", "marshmallow/", "search/schemas.py")),
    ("fairness sampling", ("fairness/",)),
    ("flask-smorest", ("flask_smorest/",)),
    ("request log line", ("logging/", "observability/logs.py")),
    ("metrics", ("prometheus_client/", "observability/metrics.py")),
    ("security headers", ("recruit/headers.py",)),
    ("input guard", ("input_guard.py",)),
    ("SQLAlchemy / psycopg", ("sqlalchemy/", "psycopg/")),
    ("search service", ("search/service.py", "search/api.py")),
    ("Flask / Werkzeug", ("flask/", "werkzeug/")),
    ("gunicorn (HTTP, sockets)", ("gunicorn/",)),
]


def cpu_ms(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        t = psutil.Process(pid).cpu_times()
        total += t.user + t.system
    return total * 1000


def driver_ms() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return (r.ru_utime + r.ru_stime) * 1000


def node_ms(http: Http) -> float:
    stats = http.request("GET", "/_nodes/_local/stats/process?filter_path=nodes.*.process.cpu.total_in_millis")[1]
    return float(sum(n["process"]["cpu"]["total_in_millis"] for n in stats["nodes"].values()))


def redis_ms(client) -> float:
    """The rate-limit store's own CPU (the production configuration counts limits in Redis)."""
    if client is None:
        return 0.0
    info = client.info("cpu")
    return (info["used_cpu_sys"] + info["used_cpu_user"]) * 1000


def index_search(http: Http, alias: str) -> tuple[int, int]:
    """The index's search counters: shard queries, and the milliseconds its query and fetch phases
    took (this index only: other clients' searches on other indices are not in it)."""
    stats = http.request("GET", f"/{alias}/_stats/search?filter_path=_all.total.search")[1]
    search = stats["_all"]["total"]["search"]
    return int(search["query_total"]), int(search["query_time_in_millis"] + search["fetch_time_in_millis"])


def one_pass(name: str, target: str, jobs: list, concurrency: int, workers: list[int], es_http: Http,
             alias: str, store) -> dict:
    before = (cpu_ms(workers), node_ms(es_http), driver_ms(), *index_search(es_http, alias), redis_ms(store))
    r = drive(target, jobs, concurrency)
    after = (cpu_ms(workers), node_ms(es_http), driver_ms(), *index_search(es_http, alias), redis_ms(store))
    n = r["n"]
    row = {"what": name, "n": n, "rps": r["throughput"], "p50": r["p50"], "errors": r["errors"],
           "api_cpu": (after[0] - before[0]) / n, "node_cpu": (after[1] - before[1]) / n,
           "driver_cpu": (after[2] - before[2]) / n, "redis_cpu": (after[5] - before[5]) / n, "queries": (after[3] - before[3]) / n,
           "phases": (after[4] - before[4]) / n,
           "load": os.getloadavg()[0]}
    print(f"{name:8s} c={concurrency}: {row['rps']:5.1f}/s p50 {row['p50']:6.1f} ms | CPU ms per search: "
          f"API {row['api_cpu']:5.2f} node {row['node_cpu']:5.2f} Redis {row['redis_cpu']:4.2f} "
          f"driver {row['driver_cpu']:5.2f} | node queries {row['queries']:.2f} taking {row['phases']:5.1f} ms | "
          f"errors {row['errors']} | "
          f"load {row['load']:.1f}", flush=True)
    return row


def breakdown(collapsed: Path) -> list[tuple[str, int]]:
    counts: collections.Counter = collections.Counter()
    for line in collapsed.read_text(encoding="utf-8").splitlines():
        stack, _, n = line.rpartition(" ")
        frames = stack.split(";")
        part = "other"
        for frame in reversed(frames):  # innermost first
            found = next((label for label, keys in PARTS if any(k in frame for k in keys)), None)
            if found:
                part = found
                break
        counts[part] += int(n)
    return counts.most_common()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="recruit_bench")
    parser.add_argument("--prefix", default="bench")
    parser.add_argument("--queries", type=int, default=150)
    parser.add_argument("--passes", type=int, default=3, help="measured passes per target")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--profile", type=Path, help="collapsed stacks of extra API passes here")
    parser.add_argument("--profile-passes", type=int, default=4)
    parser.add_argument("--gunicorn", default="", help="more gunicorn options, e.g. '--workers 3'")
    args = parser.parse_args()
    url = bench_url(args.database)
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SEARCH_INDEX_PREFIX": args.prefix})
    from recruit.search.schemas import VacancySearchArgs

    searches = typical_searches(args.queries)
    with app.app_context():
        bodies = [queries.vacancy_search(VacancySearchArgs().load({k: str(v) for k, v in a.items()}))
                  for a in searches]
        alias = mappings.alias("vacancies")
        es().indices.refresh(index=alias)
    es_url = app.config["ELASTICSEARCH_URL"]
    replays = record_node_requests(app, searches)
    api_jobs = [lambda c, a=a, n=n: _status_ms(c.request("GET", "/api/v1/search/vacancies?" + urlencode(a),
                                                         headers={"X-Forwarded-For": _address(n)}))
                for n, a in enumerate(searches)]
    raw_jobs = [lambda c, b=b: _status_ms(c.request("POST", f"/{alias}/_search", body=b)) for b in bodies]
    replay_jobs = [lambda c, r=r: _replay(c, r) for r in replays]
    env = server_env(app, url, args.prefix)
    store = redis.Redis.from_url(env["RATELIMIT_STORAGE_URI"]) if env.get("RATELIMIT_STORAGE_URI") else None
    print(f"rate limits counted in {'Redis' if store else 'each worker (memory://)'}")
    server = start_server(env, args.port, tuple(args.gunicorn.split()))
    base = f"http://127.0.0.1:{args.port}"
    es_http = Http(es_url)
    try:
        workers = [p.pid for p in psutil.Process(server.pid).children()]
        for _ in range(2):  # warm-up, as bench/search_speed.py
            drive(base, api_jobs, args.concurrency)
            drive(es_url, raw_jobs, args.concurrency)
            drive(es_url, replay_jobs, args.concurrency)
        rows = []
        for _ in range(args.passes):  # interleaved, so a noisy moment hits both alike
            rows.append(one_pass("API", base, api_jobs, args.concurrency, workers, es_http, alias, store))
            rows.append(one_pass("raw", es_url, raw_jobs, args.concurrency, workers, es_http, alias, store))
            rows.append(one_pass("replay", es_url, replay_jobs, args.concurrency, workers, es_http, alias, store))
        print("\n| target | req/s | CPU ms per search: API workers | node | Redis | load driver | node queries per search "
              "| their query + fetch ms |")
        print("|---|---|---|---|---|---|---|---|")
        for what in ("API", "raw", "replay"):
            mine = [r for r in rows if r["what"] == what]
            med = {k: statistics.median(r[k] for r in mine)
                   for k in ("rps", "api_cpu", "node_cpu", "redis_cpu", "driver_cpu", "queries", "phases")}
            print(f"| {what} | {med['rps']:.1f} | {med['api_cpu']:.2f} | {med['node_cpu']:.2f} | "
                  f"{med['redis_cpu']:.2f} | {med['driver_cpu']:.2f} | {med['queries']:.2f} | {med['phases']:.1f} |")
        print(f"load average at the end: {os.getloadavg()}")
        if args.profile:
            started = time.monotonic()
            spy = subprocess.Popen([str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(server.pid),
                                    "--subprocesses", "--nonblocking", "--rate", "250", "--duration", "600",
                                    "--format", "raw", "--output", str(args.profile)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(2)  # py-spy attached to the workers
            cpu0 = cpu_ms(workers)
            n = 0
            for _ in range(args.profile_passes):
                n += drive(base, api_jobs, args.concurrency)["n"]
            cpu = cpu_ms(workers) - cpu0
            spy.send_signal(2)  # SIGINT: py-spy writes what it has
            spy.wait(timeout=60)
            parts = breakdown(args.profile)
            total = sum(c for _, c in parts)
            print(f"\nprofile: {n} searches in {time.monotonic() - started:.0f} s, workers' CPU "
                  f"{cpu / n:.2f} ms a search (py-spy running), {total} samples")
            print("| part | share of the workers' samples | ms a search |")
            print("|---|---|---|")
            for part, c in parts:
                print(f"| {part} | {c / total:.1%} | {cpu / n * c / total:.2f} |")
    finally:
        server.terminate()
        server.wait(timeout=30)


def record_node_requests(app, searches: list[dict]) -> list[list[tuple[str, str, bytes | None, dict]]]:
    """The requests the API sends the node for each search, as sent (through the test client, each
    search from its own address): replayed straight to the node, they are the floor with the
    API's own round trips (the ladder's second msearch, filter_path)."""
    recorded: list[tuple[str, str, bytes | None, dict]] = []
    real = elastic_transport.Transport.perform_request

    def recording(self, method, target, *a, body=None, headers=None, **k):
        answer = real(self, method, target, *a, body=body, headers=headers, **k)
        serialized = None if body is None else self.serializers.dumps(body, mimetype=headers.get("content-type"))
        recorded.append((method, target, serialized, {"Content-Type": headers.get("content-type"),
                                                      "Accept": headers.get("accept")}))
        return answer

    elastic_transport.Transport.perform_request = recording
    client = app.test_client()
    out = []
    try:
        for n, a in enumerate(searches):
            recorded.clear()
            assert client.get("/api/v1/search/vacancies?" + urlencode(a),
                              environ_base={"REMOTE_ADDR": _address(n)}).status_code == 200
            out.append(list(recorded))
    finally:
        elastic_transport.Transport.perform_request = real
    return out


def _replay(c: Http, requests: list[tuple[str, str, bytes | None, dict]]) -> tuple[int, float]:
    status, total = 200, 0.0
    for method, target, body, headers in requests:
        code, _, ms = c.request(method, target, body=body, headers=headers)
        status, total = (code if code != 200 else status), total + ms
    return status, total


def _status_ms(answer) -> tuple[int, float]:
    return answer[0], answer[2]


if __name__ == "__main__":
    main()
