"""The outbox worker's side: batches of outbox rows delivered in bulk into Elasticsearch.

Each document is built from its row as it is now (search/documents.py), with the row's version
(external versioning), so a late or repeated delivery can never put back an older state.
Run by `flask recruit sync` (`serve`), asleep in LISTEN until rows are committed.

A worker outlives its connections: when PostgreSQL cuts one (a restart, a failover to the standby,
pg_terminate_backend) at any moment, even between the bulk into Elasticsearch and the commit that
deletes the rows, the open transaction is lost with its row locks, the rows stay queued, and the
worker connects anew (to whichever host accepts writes now) and polls until it can listen again.
A repeated delivery is harmless: the same version is refused as a conflict, counted as stale.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import psycopg
from elastic_transport import TransportError
from elasticsearch import ApiError
from flask import current_app
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, InterfaceError

from recruit import gc_tuning
from recruit.errors import database_down
from recruit.extensions import db, end_session
from recruit.observability import logs
from recruit.search import cache as search_cache
from recruit.search import documents, indexer
from recruit.search.models import SearchOutbox

log = logging.getLogger(__name__)
# a deleted row: a version above any it ever had
GONE_VERSION = 2**62
# the channel search_outbox's trigger notifies at commit (migration 0008)
CHANNEL = "search_outbox"
SEARCH_DOWN = (TransportError, ApiError, RuntimeError)
# waits between attempts while PostgreSQL has no primary (a restart takes ~1 s, a failover ~2 s)
RECONNECT_FIRST, RECONNECT_MAX = 0.25, 2.0


def connection_lost(exc: BaseException) -> bool:
    """PostgreSQL went away under us (errors.database_down), or the connection was closed on us."""
    return database_down(exc) or isinstance(exc, InterfaceError | psycopg.InterfaceError)


def drain_once(batch_size: int = 500) -> dict[str, Any]:
    """Deliver one batch. Rows leave the outbox only after Elasticsearch took them.

    Each document is built from its row as it is now, with the row's version, so a late or
    repeated delivery can never put back an older state (external versioning refuses it).
    SKIP LOCKED lets several workers drain side by side.
    """
    with gc_tuning.paused():  # a batch is thousands of documents built and dropped together
        return _drain_once(batch_size)


def _drain_once(batch_size: int) -> dict[str, Any]:
    # plain rows, not ORM objects: a batch is thousands of rows read once and deleted
    rows = db.session.execute(
        select(SearchOutbox.id, SearchOutbox.index_name, SearchOutbox.doc_id)
        .order_by(SearchOutbox.id).limit(batch_size).with_for_update(skip_locked=True)
    ).all()
    total = {"rows": len(rows), "indexed": 0, "deleted": 0, "stale": 0}
    if not rows:
        db.session.rollback()
        return total
    by_index: dict[str, set[int]] = {}
    for r in rows:
        by_index.setdefault(r.index_name, set()).add(r.doc_id)
    try:
        for index_name, ids in by_index.items():
            found = documents.SOURCES[index_name].load(sorted(ids))
            upserts, deletes = [], []
            for doc_id in sorted(ids):
                if doc_id not in found:
                    deletes.append((doc_id, GONE_VERSION))
                    continue
                version, doc = found[doc_id]
                if doc is documents.NOT_INDEXED:
                    deletes.append((doc_id, version))
                else:
                    upserts.append((doc_id, version, doc))
            counts = indexer.bulk_write(index_name, upserts, deletes)
            if index_name == "vacancies" and deletes:
                search_cache.removed(doc_id for doc_id, _ in deletes)
            for k, v in counts.items():
                total[k] += v
    except (TransportError, ApiError, RuntimeError):
        db.session.rollback()
        raise
    db.session.execute(text("delete from search_outbox where id = any(:ids)"), {"ids": [r.id for r in rows]})
    db.session.commit()
    return total


def drain(batch_size: int = 500) -> dict[str, Any]:
    """Drain until empty. Raises if Elasticsearch is unreachable; rows stay queued."""
    total = {"rows": 0, "indexed": 0, "deleted": 0, "stale": 0}
    while True:
        result = drain_once(batch_size)
        for k in total:
            total[k] += result[k]
        if result["rows"] < batch_size:
            return total


def serve(batch_size: int, interval: float, *, ready: Callable[[], None] = lambda: None,
          stop: Callable[[], bool] = lambda: False) -> None:
    """The worker's loop: drain, sleep in LISTEN until the next commit (`interval` at the longest),
    again, until `stop()`. Survives Elasticsearch and PostgreSQL going away: rows stay queued,
    and the worker tries again (PostgreSQL: at once, then up to every RECONNECT_MAX seconds)."""
    waiter = Waiter()  # listening before the first drain: no commit missed
    ready()
    failures, lost_since = 0, 0.0
    try:
        while not stop():
            try:
                with logs.bound(None, "sync"):  # one request id per drain: its log lines belong together
                    result = drain(batch_size)
                    if result["rows"]:
                        log.info("synced %s", result)
            except SEARCH_DOWN as exc:
                log.warning("search sync waiting for Elasticsearch: %s", type(exc).__name__)
                time.sleep(max(interval, 5))
                continue
            except (DBAPIError, psycopg.Error) as exc:
                if not connection_lost(exc):
                    raise
                # the claim's transaction is gone with its locks: the rows are still queued
                end_session()
                db.engine.dispose()  # every pooled connection may lead to the host that was the primary
                waiter.reset()  # listen again on whichever host accepts writes now
                if not failures:
                    lost_since = time.monotonic()
                    log.warning("search sync lost its database connection (%s); reconnecting",
                                type(exc).__name__)
                time.sleep(min(RECONNECT_FIRST * 2 ** failures, RECONNECT_MAX))
                failures += 1
                continue
            if failures:
                log.warning("search sync reconnected after %.1f s (%d attempts)",
                            time.monotonic() - lost_since, failures)
                failures = 0
            waiter.wait(interval)  # drained: sleep until the next commit to the outbox
    finally:
        waiter.close()


class Waiter:
    """Lets the sync worker sleep until rows are committed to the outbox (LISTEN/NOTIFY on its own
    connection), or `timeout` at the latest: new rows reach the index at once, without polling.

    Its connection may die (the primary restarted or failed over): the next wait listens again,
    on whichever host accepts writes then, and returns False at once so that the caller looks at
    the outbox for what was committed while no one listened."""

    def __init__(self) -> None:
        self.conn: psycopg.Connection[Any] | None = None
        try:
            self._listen()
        except psycopg.OperationalError as exc:  # no primary right now: the first wait tries again
            log.warning("search sync cannot listen yet: %s", type(exc).__name__)

    def _listen(self) -> None:
        # the dialect's own arguments: a URL naming several hosts (the cluster shape's primary and
        # standby, target_session_attrs=read-write) becomes libpq's host and port lists; the
        # engine's connect_args (timeouts, keepalives) apply to this connection too
        args, kwargs = db.engine.dialect.create_connect_args(db.engine.url)
        extra = current_app.config.get("SQLALCHEMY_ENGINE_OPTIONS", {}).get("connect_args", {})
        conn = psycopg.connect(*args, **{**kwargs, **extra}, autocommit=True)
        try:
            conn.execute(f"listen {CHANNEL}")
        except psycopg.Error:
            conn.close()
            raise
        self.conn = conn

    def wait(self, timeout: float) -> bool:
        """True when a notification came (more may be queued: the next wait returns at once)."""
        if self.conn is None:
            try:
                self._listen()
            except psycopg.OperationalError:
                # still no primary: the caller polls the outbox meanwhile, and we try again soon
                time.sleep(min(timeout, RECONNECT_MAX))
            return False  # commits while no one listened notified no one: look at the outbox
        try:
            return any(True for _ in self.conn.notifies(timeout=timeout, stop_after=1))
        except psycopg.OperationalError:  # PostgreSQL restarted or failed over
            log.warning("search sync lost its LISTEN connection; reconnecting")
            self.reset()
            return self.wait(0)

    def reset(self) -> None:
        """Drop the connection; the next wait connects and listens again."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def close(self) -> None:
        self.reset()
