"""The outbox worker's side: batches of outbox rows delivered in bulk into Elasticsearch.

Each document is built from its row as it is now (search/documents.py), with the row's version
(external versioning), so a late or repeated delivery can never put back an older state.
Run by `flask recruit sync`, asleep in LISTEN until rows are committed.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import psycopg
from elastic_transport import TransportError
from elasticsearch import ApiError
from sqlalchemy import select, text

from recruit import gc_tuning
from recruit.extensions import db
from recruit.search import cache as search_cache
from recruit.search import documents, indexer
from recruit.search.models import SearchOutbox

log = logging.getLogger(__name__)
# a deleted row: a version above any it ever had
GONE_VERSION = 2**62
# the channel search_outbox's trigger notifies at commit (migration 0008)
CHANNEL = "search_outbox"


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


class Waiter:
    """Lets the sync worker sleep until rows are committed to the outbox (LISTEN/NOTIFY on its own
    connection), or `timeout` at the latest: new rows reach the index at once, without polling."""

    def __init__(self) -> None:
        self._listen()

    def _listen(self) -> None:
        # the dialect's own arguments: a URL naming several hosts (the cluster shape's primary and
        # standby, target_session_attrs=read-write) becomes libpq's host and port lists
        args, kwargs = db.engine.dialect.create_connect_args(db.engine.url)
        self.conn = psycopg.connect(*args, **kwargs, autocommit=True)
        self.conn.execute(f"listen {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """True when a notification came (more may be queued: the next wait returns at once)."""
        try:
            return any(True for _ in self.conn.notifies(timeout=timeout, stop_after=1))
        except psycopg.OperationalError:  # PostgreSQL restarted: listen again, look at the outbox
            log.warning("search sync lost its LISTEN connection; reconnecting")
            try:
                self._listen()
            except psycopg.OperationalError:
                time.sleep(timeout)
            return False

    def close(self) -> None:
        self.conn.close()
