"""Shared helpers for the benchmarks: latency statistics and a keep-alive HTTP load driver."""

from __future__ import annotations

import base64
import http.client
import json
import statistics
import threading
import time
from collections.abc import Callable
from urllib.parse import unquote, urlsplit


def percentiles(samples_ms: list[float]) -> dict:
    xs = sorted(samples_ms)

    def q(p):
        return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]

    return {"n": len(xs), "p50": q(0.50), "p95": q(0.95), "p99": q(0.99),
            "mean": statistics.fmean(xs)}


class Http:
    """One keep-alive connection; request() returns (status, parsed JSON, milliseconds)."""

    def __init__(self, base: str):
        parts = urlsplit(base)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        # credentials in the URL (the secured node: http://user:password@host:port)
        self.auth = ({"Authorization": "Basic " + base64.b64encode(
            f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()).decode()}
            if parts.username else {})

    def request(self, method: str, path: str, body: dict | bytes | None = None,
                headers: dict | None = None) -> tuple[int, dict, float]:
        data = body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else None
        hdrs = {"Content-Type": "application/json", **self.auth, **(headers or {})}
        start = time.perf_counter()
        self.conn.request(method, path, body=data, headers=hdrs)
        resp = self.conn.getresponse()
        raw = resp.read()
        elapsed = (time.perf_counter() - start) * 1000
        return resp.status, json.loads(raw) if raw else {}, elapsed


def drive(base: str, jobs: list[Callable[[Http], tuple[int, float]]], concurrency: int) -> dict:
    """Run the jobs over `concurrency` threads, each with its own connection.

    A job takes the connection and returns (status, milliseconds). Returns latency percentiles,
    throughput and the count of non-200 answers.
    """
    lock = threading.Lock()
    queue = list(enumerate(jobs))
    samples: list[float] = []
    errors = [0]

    def worker():
        client = Http(base)
        while True:
            with lock:
                if not queue:
                    return
                _, job = queue.pop()
            status, ms = job(client)
            with lock:
                samples.append(ms)
                if status != 200:
                    errors[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    return {**percentiles(samples), "throughput": len(samples) / wall, "errors": errors[0],
            "concurrency": concurrency}


def database_url(name: str) -> str:
    """The configured database URL with another database name (each benchmark keeps its own)."""
    from sqlalchemy.engine import make_url

    from recruit import config

    base = make_url(config.load()["SQLALCHEMY_DATABASE_URI"])
    return base.set(database=name).render_as_string(hide_password=False)


def ensure_database(url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.execute(text("select 1 from pg_database where datname = :d"), {"d": name}).first():
            conn.execute(text(f'create database "{name}"'))
    admin.dispose()


def write_section(path, heading: str, section: str) -> None:
    """Replace (or append) one `## heading` section of a markdown file, keeping the others."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Performance\n"
    head, sep, rest = current.partition(heading)
    tail = ""
    if sep:
        after = rest.split("\n## ", 1)
        tail = "\n## " + after[1] if len(after) > 1 else ""
    path.write_text(head.rstrip() + "\n\n" + section + tail, encoding="utf-8")
