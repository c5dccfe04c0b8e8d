"""Prometheus metrics (prometheus-client), multi-process under gunicorn and the task workers.

Counted where they happen (every process writes its samples under PROMETHEUS_MULTIPROC_DIR,
added up when /metrics is read):
  recruit_http_request_duration_seconds{method, route, status}   histogram; route = URL rule
  recruit_task_runs_total{task, outcome}                          counter: success, retry, failure
  recruit_task_duration_seconds{task}                             histogram
Read live from the dependencies when /metrics is scraped (one process answers; no stale value):
  recruit_up{dependency}                                          1/0: postgresql, elasticsearch, redis_broker
  recruit_search_outbox_rows                                      rows waiting for the sync worker
  recruit_search_outbox_oldest_age_seconds                        age of the oldest (0 when empty)
  recruit_task_queue_waiting{queue}                               messages waiting per queue
  recruit_task_queue_unacked                                      taken, not yet acknowledged
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

from celery.signals import task_failure, task_postrun, task_prerun, task_retry
from flask import Flask, g, request
from flask.wrappers import Response
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import text

from recruit import taskqueue
from recruit.extensions import db
from recruit.observability import logs
from recruit.search.client import es

log = logging.getLogger(__name__)

REQUEST_SECONDS = Histogram(
    "recruit_http_request_duration_seconds", "API request latency by URL rule and status",
    ("method", "route", "status"),
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.35, 0.5, 1.0, 2.5, 5.0, 10.0))
TASK_RUNS = Counter("recruit_task_runs_total", "Task runs by outcome", ("task", "outcome"))
TASK_SECONDS = Histogram("recruit_task_duration_seconds", "Task run time", ("task",),
                         buckets=(0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 1800, 7200))

def init_app(app: Flask) -> None:
    @app.after_request
    def _observe(response: Response) -> Response:
        started = g.get("request_started")
        if started is not None:
            REQUEST_SECONDS.labels(request.method, logs.route_name(),
                                   str(response.status_code)).observe(time.perf_counter() - started)
        return response


class LiveCollector(Collector):
    """Gauges read from PostgreSQL, Elasticsearch and the broker at scrape time."""

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("recruit_up", "Dependency reachable (1) or not (0)", labels=["dependency"])
        rows = GaugeMetricFamily("recruit_search_outbox_rows", "Search outbox rows waiting")
        age = GaugeMetricFamily("recruit_search_outbox_oldest_age_seconds",
                                "Age of the oldest search outbox row (0 when empty)")
        try:
            count, oldest = outbox_lag()
            up.add_metric(["postgresql"], 1)
            rows.add_metric([], count)
            age.add_metric([], oldest)
        except Exception as exc:  # noqa: BLE001 - a scrape reports a dependency down, never fails
            db.session.rollback()
            log.warning("metrics: PostgreSQL unavailable (%s)", type(exc).__name__)
            up.add_metric(["postgresql"], 0)
        up.add_metric(["elasticsearch"], 1 if _elasticsearch_up() else 0)
        waiting = GaugeMetricFamily("recruit_task_queue_waiting", "Tasks waiting per queue",
                                    labels=["queue"])
        unacked = GaugeMetricFamily("recruit_task_queue_unacked",
                                    "Tasks taken by a worker, not yet acknowledged")
        try:
            depth = taskqueue.depth()
            up.add_metric(["redis_broker"], 1)
            for queue, n in depth["waiting"].items():
                waiting.add_metric([queue], n)
            unacked.add_metric([], depth["unacked"])
        except Exception as exc:  # noqa: BLE001
            log.warning("metrics: task broker unavailable (%s)", type(exc).__name__)
            up.add_metric(["redis_broker"], 0)
        yield from (up, rows, age, waiting, unacked)

def outbox_lag() -> tuple[int, float]:
    """(rows waiting in search_outbox, age in seconds of the oldest)."""
    row = db.session.execute(text(
        "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from search_outbox"
    )).one()
    db.session.rollback()
    return int(row[0]), max(float(row[1]), 0.0)

def queue_status() -> dict[str, Any]:
    """Queue depth and search outbox lag, each None when its store is unreachable."""
    body: dict[str, Any] = {"ok": True, "queues": [], "unacked": None, "search_outbox": None,
                            "search_outbox_oldest_seconds": None}
    try:
        depth = taskqueue.depth()
        body["queues"] = [{"name": q, "waiting": n} for q, n in depth["waiting"].items()]
        body["unacked"] = depth["unacked"]
    except Exception as exc:  # noqa: BLE001 - the page says the broker is down
        log.warning("task broker unavailable (%s)", type(exc).__name__)
        body["ok"] = False
    try:
        body["search_outbox"], body["search_outbox_oldest_seconds"] = outbox_lag()
    except Exception as exc:  # noqa: BLE001
        db.session.rollback()
        log.warning("outbox lag unavailable (%s)", type(exc).__name__)
    return body


def _elasticsearch_up() -> bool:
    try:
        health = es().options(request_timeout=3).cluster.health()
        return health["status"] in ("green", "yellow")
    except Exception as exc:  # noqa: BLE001
        log.warning("metrics: Elasticsearch unavailable (%s)", type(exc).__name__)
        return False

def exposition(multiproc_dir: str | None) -> bytes:
    """The text format: every process's samples (multi-process mode) and the live gauges."""
    registry = CollectorRegistry()
    if multiproc_dir:
        multiprocess.MultiProcessCollector(registry, path=multiproc_dir)  # type: ignore[no-untyped-call]
    else:  # one process (development, tests): this process's own metrics
        for metric in (REQUEST_SECONDS, TASK_RUNS, TASK_SECONDS):
            registry.register(metric)
    registry.register(LiveCollector())
    return generate_latest(registry)

# ---- tasks: counted in the worker processes -------------------------------------------------

_started: dict[str, float] = {}

@task_prerun.connect
def _task_started(task_id: str | None = None, **_: Any) -> None:
    if task_id:
        _started[task_id] = time.perf_counter()

@task_postrun.connect
def _task_finished(task_id: str | None = None, task: Any = None, state: str | None = None,
                   **_: Any) -> None:
    started = _started.pop(task_id or "", None)
    name = getattr(task, "name", "?")
    if state == "SUCCESS":
        TASK_RUNS.labels(name, "success").inc()
    if started is not None:
        TASK_SECONDS.labels(name).observe(time.perf_counter() - started)

@task_retry.connect
def _task_retried(sender: Any = None, **_: Any) -> None:
    TASK_RUNS.labels(getattr(sender, "name", "?"), "retry").inc()

@task_failure.connect
def _task_failed(sender: Any = None, **_: Any) -> None:
    TASK_RUNS.labels(getattr(sender, "name", "?"), "failure").inc()
