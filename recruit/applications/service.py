"""Applications: apply, list, hire. Counters and the index move in the same transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from recruit.accounts.models import Account
from recruit.applications.models import LIVE, Application, ApplicationEvent
from recruit.errors import Conflict, NotFound
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.models_base import utcnow
from recruit.reporting import service as counters
from recruit.search import outbox
from recruit.vacancies import service as vacancies
from recruit.vacancies.models import Vacancy


def _live_application(vacancy_id: int, jobseeker_id: int) -> Application | None:
    return db.session.scalar(select(Application).where(
        Application.vacancy_id == vacancy_id, Application.jobseeker_id == jobseeker_id,
        Application.status.in_(LIVE)))


def apply(account: Account, vacancy_id: int, *, note: str | None,
          channel: str) -> tuple[Application, bool]:
    """Returns (application, created). Applying twice gives back the live application."""
    jobseeker = jobseekers.of_account(account)
    vacancy = db.session.get(Vacancy, vacancy_id)
    if vacancy is None or vacancy.status not in ("published", "closed"):
        raise NotFound("岗位不存在")
    existing = _live_application(vacancy.id, jobseeker.id)
    if existing is not None:
        return existing, False
    if vacancy.status != "published" or vacancy.open_headcount <= 0:
        raise Conflict("该岗位已停止招聘", code="vacancy_closed")
    application = Application(vacancy_id=vacancy.id, jobseeker_id=jobseeker.id,
                              note=note, channel=channel)
    db.session.add(application)
    try:
        db.session.flush()
    except IntegrityError:
        # a concurrent retry won the race: hand back its application
        db.session.rollback()
        existing = _live_application(vacancy_id, jobseeker.id)
        if existing is None:
            raise
        return existing, False
    db.session.add(ApplicationEvent(application_id=application.id, actor_id=account.id,
                                    from_status=None, to_status="submitted"))
    counters.application_submitted(vacancy)
    if jobseeker.visibility == "applied_only":
        # the resume becomes visible to this employer's candidate search
        outbox.touch("jobseekers", jobseeker)
    db.session.commit()
    return application, True


def list_mine(account: Account) -> list[Application]:
    jobseeker = jobseekers.of_account(account)
    return list(db.session.scalars(
        select(Application).where(Application.jobseeker_id == jobseeker.id)
        .order_by(Application.id.desc())))


def list_for_vacancy(account: Account, vacancy_id: int) -> list[Application]:
    vacancy = vacancies.get_own(vacancy_id, account)
    return list(db.session.scalars(
        select(Application).where(Application.vacancy_id == vacancy.id)
        .order_by(Application.id)))


def _own_application(account: Account, application_id: int) -> Application:
    application = db.session.scalar(
        select(Application).join(Vacancy).where(
            Application.id == application_id, Vacancy.employer_id == account.employer_id))
    if application is None or account.employer_id is None:
        raise NotFound("投递记录不存在")
    return application


def hire(account: Account, application_id: int, *, note: str | None) -> Application:
    """Record a hire. The vacancy row is locked so parallel hires cannot pass its headcount."""
    application = _own_application(account, application_id)
    vacancy = vacancies.get_own(application.vacancy_id, account, lock=True)
    db.session.refresh(application)
    if application.status != "submitted":
        raise Conflict(f"当前状态（{application.status}）不能录用", code="bad_transition")
    if vacancy.open_headcount <= 0:
        raise Conflict("该岗位招聘人数已满", code="headcount_full")
    previous = application.status
    application.status = "hired"
    vacancy.hired_count += 1
    if vacancy.open_headcount == 0:
        vacancy.status, vacancy.close_reason = "closed", "filled"
    vacancy.updated_at = utcnow()
    db.session.add(ApplicationEvent(application_id=application.id, actor_id=account.id,
                                    from_status=previous, to_status="hired", reason=note))
    outbox.enqueue("vacancies", vacancy.id)
    counters.placement(vacancy)
    db.session.commit()
    return application
