"""The task queue: Celery on the Redis the deployment already runs (its own database, /5).

This module is the queue's plumbing, below every service and view: the Celery app and its
configuration from the Flask config, the base task (an app context per task, the request id
of whoever queued it, retries with exponential backoff), the schedule, and queue depth.
The tasks themselves are an entry point, like the CLI: recruit/tasks.py.

Delivery is at least once (acks late, redelivered if a worker dies), so every task is
idempotent: it works from the database's state (SKIP LOCKED, runs with positions), never from
"what the message said happened". Queuing is not transactional: work that must follow a commit
exactly once stays in PostgreSQL (the search outbox); a task only reads what is committed.
"""

from __future__ import annotations

import logging
import random
from typing import Any

import psycopg
import redis
import sqlalchemy.exc
from celery import Celery, Task
from celery.schedules import crontab
from celery.signals import before_task_publish
from elastic_transport import TransportError
from flask import Flask
from kombu import Queue

from recruit.extensions import end_session
from recruit.observability import logs

log = logging.getLogger(__name__)

# default: the minute jobs; push: campaign push slices (many, long); maintenance: reconcile,
# reindex (rare, long): separate lists, so a big push never delays the expiry of vacancies
QUEUES = ("default", "push", "maintenance")
ROUTES = {
    "recruit.push_slice": {"queue": "push"},
    "recruit.push_campaign": {"queue": "push"},
    "recruit.reconcile_counters": {"queue": "maintenance"},
    "recruit.reindex": {"queue": "maintenance"},
    "recruit.feed_snapshot": {"queue": "maintenance"},
}
# the scheduler (celery beat, one per deployment) queues these; a minute job not taken within
# its minute expires (the next one does the same work)
SCHEDULE: dict[str, dict[str, Any]] = {
    "expire-vacancies": {"task": "recruit.expire_vacancies", "schedule": 60.0,
                         "options": {"expires": 55}},
    "campaign-clock": {"task": "recruit.campaign_clock", "schedule": 60.0, "options": {"expires": 55}},
    "deliver-notifications": {"task": "recruit.deliver_notifications", "schedule": 60.0,
                              "options": {"expires": 55}},
    "saved-search-alerts-instant": {"task": "recruit.saved_search_alerts", "schedule": 300.0,
                                    "args": ("instant",), "options": {"expires": 290}},
    # the daily digest at 08:00 China Standard Time (the schedule's timezone), after the quiet hours
    "saved-search-alerts-daily": {"task": "recruit.saved_search_alerts",
                                  "schedule": crontab(hour=8, minute=0), "args": ("daily",)},
    # nightly, China Standard Time, before the morning's reports are read
    "reconcile-counters": {"task": "recruit.reconcile_counters",
                           "schedule": crontab(hour=3, minute=17)},
    # the partner feed's daily snapshot file, after midnight's quiet
    "feed-snapshot": {"task": "recruit.feed_snapshot", "schedule": crontab(hour=2, minute=41)},
}
# failures worth trying again later: a dependency down or a connection lost. Anything else is a
# bug or bad input, and retrying would only repeat it.
RETRYABLE: tuple[type[BaseException], ...] = (
    sqlalchemy.exc.OperationalError, sqlalchemy.exc.InterfaceError, psycopg.OperationalError,
    TransportError, redis.ConnectionError, redis.TimeoutError, ConnectionError, TimeoutError)
HEADER = "request_id"

_flask_app: Flask | None = None


def backoff(retries: int, base: float, maximum: float) -> float:
    """Seconds before retry number `retries + 1`: base, 2x base, 4x base ... at most `maximum`,
    plus up to a quarter more at random so failed tasks do not all come back at once."""
    delay = float(min(base * 2 ** retries, maximum))
    return delay + random.uniform(0, delay / 4)  # noqa: S311 - spreading load, not a secret


class AppTask(Task):  # type: ignore[misc]
    """Runs inside the Flask app's context, logs under the request id it was queued with, and
    retries RETRYABLE failures with exponential backoff (TASK_RETRY_BACKOFF doubling up to
    TASK_RETRY_MAX, at most TASK_MAX_RETRIES times)."""

    retry_on: tuple[type[BaseException], ...] = RETRYABLE

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        app = _flask_app
        if app is None:
            raise RuntimeError("recruit.taskqueue.init_app was not called")
        with app.app_context(), logs.bound(request_id_of(self.request), self.name):
            try:
                return self.run(*args, **kwargs)
            except self.retry_on as exc:
                end_session()  # on a connection PostgreSQL cut, a plain rollback would raise here
                retries = self.request.retries
                countdown = backoff(retries, app.config["TASK_RETRY_BACKOFF"], app.config["TASK_RETRY_MAX"])
                log.warning("task failed (%s); retry %d in %.1f s", type(exc).__name__, retries + 1,
                            countdown)
                raise self.retry(exc=exc, countdown=countdown,
                                 max_retries=app.config["TASK_MAX_RETRIES"]) from exc
            finally:
                # a connection cut after the task's last statement (a failover) must not turn
                # its success into a failure that is never retried
                end_session()


celery = Celery("recruit", task_cls=AppTask)


def request_id_of(request: Any) -> str | None:
    """The request id a task was queued with (a message header)."""
    value = getattr(request, HEADER, None)
    if value is None:
        value = (getattr(request, "headers", None) or {}).get(HEADER)
    return value if isinstance(value, str) else None


@before_task_publish.connect
def _carry_request_id(headers: dict[str, Any] | None = None, **_: Any) -> None:
    """Every task queued while serving a request (or running a task) carries its request id."""
    rid = logs.current_request_id()
    if headers is not None and rid and not headers.get(HEADER):
        headers[HEADER] = rid


def init_app(app: Flask) -> Celery:
    """Configure the Celery app from the Flask config (the API queues, the workers run)."""
    global _flask_app
    _flask_app = app
    cfg = app.config
    celery.conf.update(
        broker_url=cfg["TASK_BROKER_URL"],
        broker_transport_options={"global_keyprefix": cfg["TASK_KEY_PREFIX"],
                                  # a task running longer than this is handed to another worker
                                  "visibility_timeout": 6 * 3600},
        broker_connection_retry_on_startup=True,
        task_default_queue="default",
        # a worker consumes all of them unless told -Q
        task_queues=[Queue(q) for q in QUEUES],  # type: ignore[no-untyped-call]
        task_routes=ROUTES,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        task_always_eager=cfg["TASK_ALWAYS_EAGER"],
        task_eager_propagates=True,
        timezone="Asia/Shanghai",
        enable_utc=True,
        beat_schedule=SCHEDULE,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
    )
    app.extensions["celery"] = celery
    return celery


def enqueue(name: str, *args: Any, **kwargs: Any) -> str:
    """Queue a task by name (views and the CLI need not import the tasks); returns its id."""
    task = celery.tasks.get(name)
    if task is not None:  # registered here (always, in an app from create_app): eager mode applies
        return str(task.apply_async(args=args, kwargs=kwargs, **_route(name)).id)
    return str(celery.send_task(name, args=args, kwargs=kwargs, **_route(name)).id)


def _route(name: str) -> dict[str, str]:
    return dict(ROUTES.get(name, {"queue": "default"}))


def _client() -> redis.Redis:
    return redis.Redis.from_url(str(celery.conf.broker_url), socket_timeout=3, socket_connect_timeout=3)


def depth() -> dict[str, Any]:
    """Messages waiting per queue, and taken but not yet acknowledged (running, or held for a
    retry's countdown) across all queues. Raises redis errors when the broker is down."""
    prefix = str(celery.conf.broker_transport_options.get("global_keyprefix", ""))
    client = _client()
    pipe = client.pipeline()
    # kombu keeps one list per priority step: the queue's name, then name + "\x06\x16" + step
    steps = ("", *(f"\x06\x16{s}" for s in (1, 2, 3, 4, 5, 6, 7, 8, 9)))
    for queue in QUEUES:
        for step in steps:
            pipe.llen(f"{prefix}{queue}{step}")
    pipe.hlen(f"{prefix}unacked")
    counts = pipe.execute()
    waiting = {q: int(sum(counts[i * len(steps):(i + 1) * len(steps)])) for i, q in enumerate(QUEUES)}
    return {"waiting": waiting, "unacked": int(counts[-1])}
