"""Saved searches and "what is new since I last looked" (job alerts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from recruit import clock
from recruit.accounts.models import Account
from recruit.errors import Conflict, NotFound
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.jobseekers.models import Jobseeker
from recruit.models_base import utcnow
from recruit.notifications import outbox as notifications
from recruit.saved_searches.models import SavedSearch, SavedSearchAlert
from recruit.saved_searches.schemas import saved_args_schema
from recruit.search import service as search
from recruit.search.models import SearchOutbox
from recruit.vacancies.models import Vacancy

MAX_PER_JOBSEEKER = 20


def create(account: Account, *, name: str, query: dict, alert: str = "daily") -> SavedSearch:
    jobseeker = jobseekers.of_account(account)
    count = db.session.scalar(select(func.count()).select_from(SavedSearch)
                              .where(SavedSearch.jobseeker_id == jobseeker.id))
    if count >= MAX_PER_JOBSEEKER:
        raise Conflict(f"最多保存 {MAX_PER_JOBSEEKER} 个搜索", code="too_many_saved_searches")
    mark = _floor_ms(utcnow())
    saved = SavedSearch(jobseeker_id=jobseeker.id, name=name.strip(), query=query, alert=alert,
                        last_checked_at=mark, alerted_until=mark)
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


def update(account: Account, saved_id: int, *, alert: str) -> SavedSearch:
    saved = _mine(account, saved_id, lock=True)
    saved.alert = alert
    db.session.commit()
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


# -- job alerts (the tasks recruit.saved_search_alerts: instant every few minutes, daily at 08:00)
ALERT_HITS = 20


def run_alerts(mode: str) -> int:
    """Run every saved search whose alert is `mode` and notify its owner of vacancies not alerted
    before (each vacancy at most once per saved search: saved_search_alerts). One transaction per
    saved search: its alerted vacancies, its notification and its watermark commit together.
    Returns the notifications written."""
    written, last = 0, 0
    while True:
        ids = db.session.scalars(select(SavedSearch.id)
                                 .where(SavedSearch.alert == mode, SavedSearch.id > last)
                                 .order_by(SavedSearch.id).limit(200)).all()
        db.session.commit()
        if not ids:
            return written
        for saved_id in ids:
            written += _alert(saved_id, mode)
        last = ids[-1]


def _alert(saved_id: int, mode: str) -> int:
    # a saved search being alerted by another worker is left to it
    saved = db.session.scalar(select(SavedSearch).where(SavedSearch.id == saved_id, SavedSearch.alert == mode)
                              .with_for_update(skip_locked=True))
    if saved is None:
        db.session.commit()
        return 0
    now = clock.now()
    next_mark = max(_watermark(now), saved.alerted_until)
    args = saved_args_schema().load(saved.query)
    # the first level that answers only, as the "what's new" check: an alert names matches, not
    # the related postings a search page is filled with
    result = search.search_vacancies(replace(args, published_after=saved.alerted_until, page=1,
                                             per_page=ALERT_HITS, fill=False))
    titles = {int(h["id"]): h["title"] for h in result["hits"]}
    new: list[int] = []
    if titles:
        new = list(db.session.scalars(pg_insert(SavedSearchAlert).values(
            [{"saved_search_id": saved.id, "vacancy_id": v, "alerted_at": now} for v in titles])
            .on_conflict_do_nothing().returning(SavedSearchAlert.vacancy_id)))
    saved.alerted_until = next_mark
    if new:
        new.sort(key=list(titles).index)  # in the search's order
        account_id = db.session.scalar(select(Jobseeker.account_id).where(Jobseeker.id == saved.jobseeker_id))
        cause = f"saved:{saved.id}:" + (clock.day_of(now).isoformat() if mode == "daily" else str(max(new)))
        title = f"岗位提醒：「{saved.name}」有 {len(new)} 个新岗位"
        body = "、".join(titles[v] for v in new[:5]) + (" 等" if len(new) > 5 else "")
        written, _ = notifications.enqueue("saved_search_alert", cause, account_id, title=title, body=body,
                                           data={"saved_search_id": saved.id, "vacancy_ids": new})
        if not written:  # today's digest was already written (a task run twice): leave it as it was
            db.session.rollback()
            return 0
        db.session.commit()
        return 1
    db.session.commit()
    return 0
