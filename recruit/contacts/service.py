"""Who sees a jobseeker's resume and contact details, and contact requests from employers.

The rule in one place: an employer sees the phone (and full name) of a jobseeker who applied to
one of its vacancies (not withdrawn) or accepted its contact request. The resident ID is
always masked.
"""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import Select, exists, select
from sqlalchemy.exc import IntegrityError

from recruit.accounts.models import Account
from recruit.applications.models import Application
from recruit.contacts import resume_views
from recruit.contacts.models import ContactRequest
from recruit.employers import verification
from recruit.employers.models import Employer
from recruit.errors import Conflict, NotFound
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.jobseekers.models import Jobseeker
from recruit.models_base import utcnow
from recruit.notifications import outbox as notifications
from recruit.vacancies.models import Vacancy


def _applied_to(employer_id: int, jobseeker_ids: list[int]) -> Select[int]:
    return (select(Application.jobseeker_id).join(Vacancy)
            .where(Vacancy.employer_id == employer_id, Application.status != "withdrawn",
                   Application.jobseeker_id.in_(jobseeker_ids)))


def revealed_to(employer_id: int, jobseeker_ids: list[int]) -> set[int]:
    """The jobseekers among these whose contact details this employer may see."""
    if not jobseeker_ids:
        return set()
    applied = set(db.session.scalars(_applied_to(employer_id, jobseeker_ids)))
    accepted = set(db.session.scalars(
        select(ContactRequest.jobseeker_id).where(
            ContactRequest.employer_id == employer_id, ContactRequest.status == "accepted",
            ContactRequest.jobseeker_id.in_(jobseeker_ids))))
    return applied | accepted


def _has_applied(employer_id: int, jobseeker_id: int) -> bool:
    return bool(db.session.scalar(select(exists(_applied_to(employer_id, [jobseeker_id])))))


def _visible_resume(account: Account, jobseeker_id: int) -> Jobseeker:
    """public: every employer; applied_only: employers applied to; hidden: nobody browses it.

    Anything not visible answers 404, exactly like an id that does not exist. An organisation
    not yet verified by an operator sees no resume (403 saying why).
    """
    verification.require_account_verified(account)
    jobseeker = db.session.get(Jobseeker, jobseeker_id)
    if jobseeker is None or account.employer_id is None or not jobseeker.account.is_active:
        raise NotFound("简历不存在")
    if jobseeker.visibility == "public":
        return jobseeker
    if jobseeker.visibility == "applied_only" and _has_applied(account.employer_id, jobseeker.id):
        return jobseeker
    raise NotFound("简历不存在")


def view_resume(account: Account, jobseeker_id: int) -> SimpleNamespace:
    """Recorded, and counted against the organisation's daily quota (429 past it)."""
    jobseeker = _visible_resume(account, jobseeker_id)
    resume_views.record(account, jobseeker.id)
    revealed = jobseeker.id in revealed_to(account.employer_id, [jobseeker.id])
    view = jobseekers.employer_view(jobseeker, revealed=revealed)
    db.session.commit()
    return view


def request_contact(account: Account, jobseeker_id: int, *,
                    message: str | None) -> tuple[ContactRequest, bool]:
    """Returns (request, created); asking again returns the same request. Declined stays declined."""
    jobseeker = _visible_resume(account, jobseeker_id)
    existing = db.session.scalar(select(ContactRequest).where(
        ContactRequest.employer_id == account.employer_id,
        ContactRequest.jobseeker_id == jobseeker.id))
    if existing is not None:
        if existing.status == "declined":
            raise Conflict("求职者已拒绝该单位的联系请求", code="contact_declined")
        return existing, False
    request = ContactRequest(employer_id=account.employer_id, jobseeker_id=jobseeker.id,
                             requested_by=account.id, message=message, status="pending")
    db.session.add(request)
    try:
        db.session.flush()
        employer = db.session.get(Employer, account.employer_id)
        title = f"联系请求：{employer.name if employer else '一家单位'}希望查看你的联系方式"
        notifications.enqueue("contact_request", f"contact:{request.id}", jobseeker.account_id,
                              title=title, body=title + "，同意后对方可看到你的手机号。",
                              data={"request_id": request.id})
        db.session.commit()
    except IntegrityError:
        # a parallel request from the same employer won: answer with it
        db.session.rollback()
        existing = db.session.scalar(select(ContactRequest).where(
            ContactRequest.employer_id == account.employer_id,
            ContactRequest.jobseeker_id == jobseeker_id))
        if existing is None:
            raise
        return existing, False
    return request, True


def list_mine(account: Account) -> list[ContactRequest]:
    jobseeker = jobseekers.of_account(account)
    return list(db.session.scalars(select(ContactRequest).where(
        ContactRequest.jobseeker_id == jobseeker.id).order_by(ContactRequest.id.desc())))


def respond(account: Account, request_id: int, *, accept: bool) -> ContactRequest:
    jobseeker = jobseekers.of_account(account)
    request = db.session.scalar(select(ContactRequest).where(
        ContactRequest.id == request_id, ContactRequest.jobseeker_id == jobseeker.id)
        .with_for_update(of=ContactRequest))
    if request is None:
        raise NotFound("联系请求不存在")
    wanted = "accepted" if accept else "declined"
    if request.status == wanted:
        db.session.rollback()
        return request
    if request.status != "pending":
        raise Conflict(f"该请求已处理（{request.status}）", code="already_answered")
    request.status, request.responded_at = wanted, utcnow()
    db.session.commit()
    return request


def list_sent(account: Account, *, limit: int = 200) -> list[tuple[ContactRequest, object]]:
    """The organisation's contact requests, newest first, each with the resume as the employer
    may see it (name and phone only once revealed; a deleted profile has gone with its request)."""
    if account.employer_id is None:
        return []
    items = list(db.session.scalars(select(ContactRequest).where(
        ContactRequest.employer_id == account.employer_id).order_by(ContactRequest.id.desc()).limit(limit)))
    revealed = revealed_to(account.employer_id, [r.jobseeker_id for r in items])
    people = {j.id: j for j in db.session.scalars(
        select(Jobseeker).where(Jobseeker.id.in_([r.jobseeker_id for r in items])))}
    return [(r, jobseekers.employer_view(people[r.jobseeker_id], revealed=r.jobseeker_id in revealed))
            for r in items if r.jobseeker_id in people]
