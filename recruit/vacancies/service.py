"""Vacancies: posting and reading. Publishing writes the outbox and counters in one commit."""

from __future__ import annotations

from sqlalchemy import select

from recruit.accounts.models import Account
from recruit.errors import NotFound
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.reporting import service as counters
from recruit.search import outbox
from recruit.vacancies.models import Vacancy


def create(account: Account, data: dict) -> Vacancy:
    """Post and publish. (The ad screen and operator review come with the vacancies issue.)"""
    if account.employer_id is None:
        raise NotFound("请先登记用人单位", code="no_employer")
    vacancy = Vacancy(employer_id=account.employer_id, status="published",
                      published_at=utcnow(), **data)
    db.session.add(vacancy)
    db.session.flush()
    outbox.enqueue("vacancies", vacancy.id)
    counters.vacancy_published(vacancy)
    db.session.commit()
    return vacancy


def get_visible(vacancy_id: int, account: Account | None) -> Vacancy:
    """Published vacancies are public; others only to their own employer. 404 otherwise."""
    vacancy = db.session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise NotFound("岗位不存在")
    if vacancy.status != "published" and not (
        account is not None and account.employer_id == vacancy.employer_id
    ):
        raise NotFound("岗位不存在")
    return vacancy


def get_own(vacancy_id: int, account: Account, *, lock: bool = False) -> Vacancy:
    """A vacancy of the caller's employer; another employer's looks like no vacancy at all."""
    stmt = select(Vacancy).where(Vacancy.id == vacancy_id,
                                 Vacancy.employer_id == account.employer_id)
    if lock:
        stmt = stmt.with_for_update(of=Vacancy)
    vacancy = db.session.scalar(stmt) if account.employer_id is not None else None
    if vacancy is None:
        raise NotFound("岗位不存在")
    return vacancy


def list_own(account: Account) -> list[Vacancy]:
    if account.employer_id is None:
        return []
    return list(db.session.scalars(
        select(Vacancy).where(Vacancy.employer_id == account.employer_id)
        .order_by(Vacancy.id.desc()).limit(500)
    ))
