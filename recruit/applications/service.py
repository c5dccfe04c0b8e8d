"""Applications: apply, follow, withdraw, and the employer's pipeline up to a hire.

Counters and the index move in the same transaction as the change they count.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from recruit import privacy
from recruit.accounts.models import Account
from recruit.applications.models import (
    CHANNELS_BY_ROLE,
    LIVE,
    TRANSITIONS,
    UNDECIDED,
    Application,
    ApplicationEvent,
)
from recruit.campaigns import rules as campaign_rules
from recruit.campaigns.models import Campaign
from recruit.contacts import service as contacts
from recruit.employers import verification
from recruit.errors import Conflict, Invalid, NotFound
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.jobseekers.models import Jobseeker
from recruit.models_base import utcnow
from recruit.notifications import outbox as notifications
from recruit.pagination import page_of
from recruit.reporting import counters
from recruit.search import outbox
from recruit.vacancies import service as vacancies
from recruit.vacancies.models import Vacancy

# vacancies nobody outside the employer may see: they answer 404 like missing ones
_UNPUBLISHED = ("draft", "pending_review", "rejected")


def _live_application(vacancy_id: int, jobseeker_id: int) -> Application | None:
    return db.session.scalar(select(Application).where(
        Application.vacancy_id == vacancy_id, Application.jobseeker_id == jobseeker_id,
        Application.status.in_(LIVE)))


def _by_key(jobseeker_id: int, key: str | None) -> Application | None:
    if key is None:
        return None
    return db.session.scalar(select(Application).where(
        Application.jobseeker_id == jobseeker_id, Application.idempotency_key == key))


def _retry(jobseeker_id: int, vacancy_id: int, key: str | None) -> Application | None:
    """What an earlier attempt of the same request created, if anything."""
    prior = _by_key(jobseeker_id, key)
    if prior is not None and prior.vacancy_id != vacancy_id:
        raise Conflict("该 Idempotency-Key 已用于另一个岗位的投递", code="idempotency_key_reused",
                       errors={"headers": {"Idempotency-Key": ["已用于另一个岗位的投递"]}})
    return prior or _live_application(vacancy_id, jobseeker_id)


def _check_open(vacancy: Vacancy | None) -> Vacancy:
    if vacancy is None or vacancy.status in _UNPUBLISHED:
        raise NotFound("岗位不存在")
    if vacancy.status != "published" or vacancy.open_headcount <= 0:
        raise Conflict("该岗位已停止招聘", code="vacancy_closed")
    if vacancy.expires_at is not None and vacancy.expires_at <= utcnow():
        raise Conflict("该岗位已过招聘截止时间", code="vacancy_expired")
    return vacancy


def _check_campaign(campaign_id: int, vacancy: Vacancy) -> None:
    """The campaign an application names must be running and hold the vacancy."""
    campaign = db.session.get(Campaign, campaign_id)
    if campaign is None or campaign.state() != "running":
        raise Invalid.field("campaign_id", "专项活动不存在或不在进行中")
    member = db.session.scalar(campaign_rules.member_ids(campaign).where(Vacancy.id == vacancy.id))
    if member is None:
        raise Invalid.field("campaign_id", "该岗位不在这个专项活动中")


def apply(account: Account, vacancy_id: int, *, note: str | None, channel: str,
          campaign_id: int | None = None,
          idempotency_key: str | None = None) -> tuple[Application, bool]:
    """Returns (application, created). A retry (same key, or a live application) gets the original."""
    allowed = CHANNELS_BY_ROLE.get(account.role, ())
    if channel not in allowed:
        raise Invalid.field("channel", f"渠道 {channel} 不可用；可用渠道：{'、'.join(allowed) or '无'}")
    jobseeker = jobseekers.of_account(account)
    jobseeker_id = jobseeker.id
    prior = _retry(jobseeker_id, vacancy_id, idempotency_key)
    if prior is not None:
        return prior, False
    vacancy = _check_open(db.session.get(Vacancy, vacancy_id))
    if campaign_id is not None:
        _check_campaign(campaign_id, vacancy)
    application = Application(vacancy_id=vacancy.id, jobseeker_id=jobseeker_id,
                              note=privacy.redact_resident_ids(note), channel=channel,
                              campaign_id=campaign_id, idempotency_key=idempotency_key)
    db.session.add(application)
    try:
        db.session.flush()
    except IntegrityError:
        # a concurrent retry won the race: hand back its application
        db.session.rollback()
        prior = _retry(jobseeker_id, vacancy_id, idempotency_key)
        if prior is None:
            raise
        return prior, False
    db.session.add(ApplicationEvent(application_id=application.id, actor_id=account.id,
                                    from_status=None, to_status="submitted"))
    counters.record(counters.ApplicationSubmitted(vacancy, application=application, jobseeker=jobseeker))
    if jobseeker.visibility == "applied_only":
        # the resume becomes visible to this employer's candidate search
        outbox.touch("jobseekers", jobseeker)
    db.session.commit()
    return application, True


def list_mine(account: Account, status: str | None = None, *, offset: int = 0,
              limit: int = 50) -> tuple[list[Application], int]:
    """(page of my applications, newest first; total)."""
    jobseeker = jobseekers.of_account(account)
    stmt = select(Application).where(Application.jobseeker_id == jobseeker.id)
    if status:
        stmt = stmt.where(Application.status == status)
    return page_of(stmt, Application.id.desc(), offset=offset, limit=limit)


def _mine(account: Account, application_id: int, *, lock: bool = False) -> Application:
    jobseeker = jobseekers.of_account(account)
    stmt = select(Application).where(Application.id == application_id,
                                     Application.jobseeker_id == jobseeker.id)
    if lock:
        stmt = stmt.with_for_update(of=Application)
    application = db.session.scalar(stmt)
    if application is None:
        raise NotFound("投递记录不存在")
    return application


def get_mine(account: Account, application_id: int) -> Application:
    return _mine(account, application_id)


def withdraw(account: Account, application_id: int, *, reason: str | None) -> Application:
    application = _mine(account, application_id, lock=True)
    if application.status == "withdrawn":
        db.session.rollback()
        return application
    if application.status not in UNDECIDED:
        raise Conflict(f"已有结果（{application.status}），不能撤回", code="bad_transition")
    event = _record(application, account, "withdrawn", reason)
    counters.record(counters.ApplicationWithdrawn(application.vacancy, application=application,
                                                  event=event))
    # the resume's applied_employer_ids drop this employer: an applied_only resume leaves its
    # candidate list
    outbox.touch("jobseekers", application.jobseeker)
    db.session.commit()
    return application


def _with_applicants(account: Account, applications: list[Application]) -> list[Application]:
    """Attach what the employer may see of each applicant (contact details only if revealed)."""
    ids = [a.jobseeker_id for a in applications if a.jobseeker_id is not None]
    revealed = contacts.revealed_to(account.employer_id, ids)
    for a in applications:
        a.applicant_view = (jobseekers.employer_view(a.jobseeker, revealed=a.jobseeker_id in revealed)
                            if a.jobseeker is not None else None)
    return applications


def list_for_vacancy(account: Account, vacancy_id: int, status: str | None = None, *,
                     offset: int = 0, limit: int = 50) -> tuple[list[Application], int]:
    """(page of the vacancy's applications, oldest first; total). Not for an organisation
    an operator has not verified (403 saying why)."""
    vacancy = vacancies.get_own(vacancy_id, account)
    verification.require_account_verified(account)
    stmt = select(Application).where(Application.vacancy_id == vacancy.id)
    if status:
        stmt = stmt.where(Application.status == status)
    items, total = page_of(stmt, Application.id, offset=offset, limit=limit)
    return _with_applicants(account, items), total


def _own_application(account: Account, application_id: int) -> Application:
    """An application to one of the caller's vacancies; anything else is 404."""
    if account.employer_id is None:
        raise NotFound("投递记录不存在")
    application = db.session.scalar(
        select(Application).join(Vacancy).where(
            Application.id == application_id, Vacancy.employer_id == account.employer_id))
    if application is None:
        raise NotFound("投递记录不存在")
    return application


def _record(application: Application, actor: Account, to_status: str,
            reason: str | None) -> ApplicationEvent:
    previous = application.status
    if application.jobseeker_id is None:
        raise Conflict("申请人已注销账号，该投递不能再处理", code="applicant_erased")
    if to_status not in TRANSITIONS[previous]:
        raise Conflict(f"当前状态（{previous}）不能变为 {to_status}", code="bad_transition")
    application.status = to_status
    application.updated_at = utcnow()
    event = ApplicationEvent(application_id=application.id, actor_id=actor.id, from_status=previous,
                             to_status=to_status, reason=reason, at=utcnow())
    db.session.add(event)
    if to_status in _TOLD:
        _notify(application, to_status, reason)
    return event


# the employer's steps the jobseeker is told about (a withdrawal is their own act)
_TOLD = {"viewed": "已被查看", "interview": "邀请你参加面试", "offered": "向你发出录用意向",
         "hired": "已录用你", "rejected": "未通过"}


def _notify(application: Application, to_status: str, reason: str | None) -> None:
    """Tell the jobseeker, in this transaction: one notification per application and step."""
    account_id = db.session.scalar(select(Jobseeker.account_id).where(
        Jobseeker.id == application.jobseeker_id))
    if account_id is None:
        return
    title = f"投递进展：「{application.vacancy.title}」{_TOLD[to_status]}"
    body = title + (f"。单位说明：{privacy.redact_resident_ids(reason)}" if reason else "")
    notifications.enqueue("application_status", f"application:{application.id}:{to_status}", account_id,
                          title=title, body=body,
                          data={"application_id": application.id, "vacancy_id": application.vacancy_id,
                                "status": to_status})


def move(account: Account, application_id: int, *, status: str,
         reason: str | None) -> Application:
    """The employer's steps: viewed, interview, offered, rejected (with reason), hired."""
    if status == "hired":
        return hire(account, application_id, note=reason)
    application = _own_application(account, application_id)
    application = db.session.scalar(select(Application).where(Application.id == application.id)
                                    .with_for_update(of=Application).execution_options(
                                        populate_existing=True))
    _record(application, account, status, reason)
    db.session.commit()
    return _with_applicants(account, [application])[0]


def hire(account: Account, application_id: int, *, note: str | None) -> Application:
    """Record a hire. The vacancy row is locked so parallel hires cannot pass its headcount."""
    application = _own_application(account, application_id)
    vacancy = vacancies.get_own(application.vacancy_id, account, lock=True)
    application = db.session.scalar(select(Application).where(Application.id == application.id)
                                    .with_for_update(of=Application).execution_options(
                                        populate_existing=True))
    if "hired" not in TRANSITIONS[application.status]:
        raise Conflict(f"当前状态（{application.status}）不能录用", code="bad_transition")
    if vacancy.open_headcount <= 0:
        raise Conflict("该岗位招聘人数已满", code="headcount_full")
    event = _record(application, account, "hired", note)
    vacancy.hired_count += 1
    if vacancy.open_headcount == 0:
        vacancies.close_filled(vacancy, account.id)  # records the transition too
    vacancy.updated_at = utcnow()
    outbox.enqueue("vacancies", vacancy.id)
    counters.record(counters.Placement(vacancy, application=application, event=event))
    db.session.commit()
    return _with_applicants(account, [application])[0]
