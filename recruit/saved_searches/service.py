"""Saved searches and "what is new since I last looked" (job alerts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select

from recruit.accounts.models import Account
from recruit.errors import Conflict, NotFound
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.models_base import utcnow
from recruit.saved_searches.models import SavedSearch
from recruit.saved_searches.schemas import saved_args_schema
from recruit.search import service as search
from recruit.search.models import SearchOutbox
from recruit.vacancies.models import Vacancy

MAX_PER_JOBSEEKER = 20


def create(account: Account, *, name: str, query: dict) -> SavedSearch:
    jobseeker = jobseekers.of_account(account)
    count = db.session.scalar(select(func.count()).select_from(SavedSearch)
                              .where(SavedSearch.jobseeker_id == jobseeker.id))
    if count >= MAX_PER_JOBSEEKER:
        raise Conflict(f"最多保存 {MAX_PER_JOBSEEKER} 个搜索", code="too_many_saved_searches")
    saved = SavedSearch(jobseeker_id=jobseeker.id, name=name.strip(), query=query,
                        last_checked_at=_floor_ms(utcnow()))
    db.session.add(saved)
    db.session.commit()
    return saved


def list_mine(account: Account) -> list[SavedSearch]:
    jobseeker = jobseekers.of_account(account)
    return list(db.session.scalars(select(SavedSearch).where(
        SavedSearch.jobseeker_id == jobseeker.id).order_by(SavedSearch.id)))


def _mine(account: Account, saved_id: int, *, lock: bool = False) -> SavedSearch:
    jobseeker = jobseekers.of_account(account)
    stmt = select(SavedSearch).where(SavedSearch.id == saved_id,
                                     SavedSearch.jobseeker_id == jobseeker.id)
    saved = db.session.scalar(stmt.with_for_update() if lock else stmt)
    if saved is None:
        raise NotFound("保存的搜索不存在")
    return saved


def delete(account: Account, saved_id: int) -> None:
    db.session.delete(_mine(account, saved_id))
    db.session.commit()


def _watermark(now: dt.datetime) -> dt.datetime:
    """Where the next check starts: now, or just before a published vacancy still waiting in the
    search outbox (else one published a moment before this check but indexed after it would
    never count as new). Elasticsearch keeps milliseconds, so the mark is floored to the
    millisecond and stepped back one: a vacancy may be reported twice, never missed.
    """
    pending = db.session.scalar(
        select(func.min(Vacancy.published_at)).join(
            SearchOutbox, (SearchOutbox.index_name == "vacancies") & (SearchOutbox.doc_id == Vacancy.id))
        .where(Vacancy.status == "published"))
    return _floor_ms(min(now, pending) if pending is not None else now)


def _floor_ms(mark: dt.datetime) -> dt.datetime:
    return mark.replace(microsecond=mark.microsecond // 1000 * 1000) - dt.timedelta(milliseconds=1)


def new_since_last_check(account: Account, saved_id: int, *, page: int, per_page: int) -> dict:
    """Vacancies published since the last check that match. Pages share one window; the
    watermark moves on once the last page has been read."""
    saved = _mine(account, saved_id, lock=True)
    now = utcnow()
    next_since = _watermark(now)
    args = saved_args_schema().load(saved.query)
    since = saved.last_checked_at
    result = search.search_vacancies(replace(args, published_after=since, page=page, per_page=per_page,
                                                fill=False))
    if page * per_page >= result["total"]:
        saved.last_checked_at = max(next_since, since)
    db.session.commit()
    return {**result, "since": since, "next_since": max(next_since, since)}
