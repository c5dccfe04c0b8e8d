"""The search outbox: the one way a change reaches the index. An outbox row is written inside
the caller's transaction (never commits); the worker (search/sync.py) delivers it after commit.

    enqueue(index, ids)          one id, a list of ids (set-wise, for bulk writers) or a SELECT of ids
    touch(index, row)            a row whose document changed through another table
    touch_all(index, model, ids) the same for a SELECT of ids, set-wise (campaign membership changes)

Every vacancy queued here is also a row of the partners' change log (partners.models.VacancyChange,
the same transaction, with its transaction id): whatever search is told about, the partner feed
is told about too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, func, insert, literal, select, text, update

from recruit.extensions import db
from recruit.models_base import text_array, utcnow
from recruit.partners.models import VacancyChange
from recruit.search.models import INDEX_NAMES, SearchOutbox

CHANGES = ("published", "changed", "removed")


def enqueue(index_name: str, ids: int | Iterable[int] | Select[Any], *,
            at: dt.datetime | None = None, change: str | None = "changed") -> None:
    """Queue documents for (re)indexing. Never commits: the caller's transaction carries it.

    `ids`: one id; a list of ids (one INSERT ... SELECT from unnest, in the list's order, for a bulk
    import); or a SELECT of one id column (INSERT ... SELECT). `at`: the rows' created_at (now).
    `change` (vacancies): what the partner feed's log calls it, published / changed / removed;
    None only where nothing partners see can have changed (campaign membership).
    """
    if index_name not in INDEX_NAMES:
        raise ValueError(f"unknown search index {index_name!r}")
    if change is not None and change not in CHANGES:
        raise ValueError(f"unknown change {change!r}")
    logged = index_name == "vacancies" and change is not None
    if isinstance(ids, int):
        db.session.add(SearchOutbox(index_name=index_name, doc_id=ids))
        if logged:
            db.session.add(VacancyChange(vacancy_id=ids, op=change))
    elif isinstance(ids, Select):
        chosen = ids.subquery()
        db.session.execute(insert(SearchOutbox).from_select(
            ["index_name", "doc_id"], select(literal(index_name), *chosen.c)))
        if logged:
            db.session.execute(insert(VacancyChange).from_select(
                ["vacancy_id", "op"], select(*chosen.c, literal(change))))
    else:
        ids = list(ids)
        if ids:
            params = {"index": index_name, "ids": text_array(ids), "at": at or utcnow(), "op": change}
            db.session.execute(text("""
                insert into search_outbox (index_name, doc_id, created_at)
                select :index, id, :at from unnest(cast(:ids as int[])) with ordinality as t(id, n)
                order by n"""), params)
            if logged:
                db.session.execute(text("""
                    insert into vacancy_changes (vacancy_id, op)
                    select id, :op from unnest(cast(:ids as int[])) with ordinality as t(id, n)
                    order by n"""), params)


def touch(index_name: str, row: Any) -> None:
    """Re-index a row whose document changed through another table (e.g. an application).

    Touching forces an UPDATE, so the row's version_id_col moves on and the new document
    outranks the old one under external versioning.
    """
    row.updated_at = utcnow()
    enqueue(index_name, row.id)


def touch_all(index_name: str, model: Any, ids: Select[Any]) -> None:
    """touch() for every row of `model` whose id `ids` selects, in two statements: their versions
    move on (as an ORM update would) and each is queued. Used for campaign membership, which
    partners do not see: not logged for the partner feed (a campaign starting would otherwise
    send every member to every partner)."""
    members = ids.scalar_subquery()
    db.session.execute(update(model).where(model.id.in_(members))
                       .values(version=model.version + 1, updated_at=utcnow())
                       .execution_options(synchronize_session=False))
    enqueue(index_name, select(model.id).where(model.id.in_(members)), change=None)


def pending() -> int:
    """Rows waiting for the worker."""
    return db.session.scalar(select(func.count()).select_from(SearchOutbox)) or 0
