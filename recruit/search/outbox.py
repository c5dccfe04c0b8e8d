"""The outbox: written with each change, drained in bulk into Elasticsearch."""

from __future__ import annotations

import logging

from elastic_transport import TransportError
from elasticsearch import ApiError
from sqlalchemy import delete, select

from recruit.extensions import db
from recruit.search import documents, indexer
from recruit.search.models import SearchOutbox
from recruit.vacancies.models import Vacancy

log = logging.getLogger(__name__)


def enqueue(index_name: str, doc_id: int) -> None:
    """Never commits: the caller's transaction carries it."""
    db.session.add(SearchOutbox(index_name=index_name, doc_id=doc_id))


def drain_once(batch_size: int = 500) -> dict:
    """Deliver one batch. Rows leave the outbox only after Elasticsearch took them.

    The document is built from the row as it is now, with the row's version, so a late or
    repeated delivery can never put back an older state (external versioning refuses it).
    SKIP LOCKED lets several workers drain side by side.
    """
    rows = db.session.scalars(
        select(SearchOutbox).order_by(SearchOutbox.id).limit(batch_size)
        .with_for_update(skip_locked=True)
    ).all()
    if not rows:
        db.session.rollback()
        return {"rows": 0, "indexed": 0, "deleted": 0, "stale": 0}
    ids = sorted({r.doc_id for r in rows if r.index_name == "vacancies"})
    vacancies = {v.id: v for v in db.session.scalars(select(Vacancy).where(Vacancy.id.in_(ids)))}
    upserts, deletes = [], []
    for doc_id in ids:
        v = vacancies.get(doc_id)
        if documents.vacancy_is_searchable(v):
            upserts.append((doc_id, v.version, documents.vacancy_document(v)))
        elif v is not None:
            deletes.append((doc_id, v.version))
        else:
            # the row is gone: a version above any it ever had
            deletes.append((doc_id, 2**62))
    try:
        counts = indexer.bulk_write("vacancies", upserts, deletes)
    except (TransportError, ApiError, RuntimeError):
        db.session.rollback()
        raise
    db.session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_([r.id for r in rows])))
    db.session.commit()
    return {"rows": len(rows), **counts}


def drain(batch_size: int = 500) -> dict:
    """Drain until empty. Raises if Elasticsearch is unreachable; rows stay queued."""
    total = {"rows": 0, "indexed": 0, "deleted": 0, "stale": 0}
    while True:
        result = drain_once(batch_size)
        for k in total:
            total[k] += result[k]
        if result["rows"] < batch_size:
            return total


def pending() -> int:
    return db.session.query(SearchOutbox).count()
