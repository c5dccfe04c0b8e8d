"""Vacancies: the lifecycle (draft → pending_review → published → closed), review and reads.

Every status change goes through `_move`, which applies a transition of the lifecycle table
(lifecycle.py): records it, and keeps the search outbox, the counters and the audit in the same
transaction. Only the public functions commit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError

from recruit.accounts import scope
from recruit.accounts.models import Account
from recruit.applications.models import Application  # applications build on vacancies
from recruit.audit import service as audit
from recruit.employers import service as employers
from recruit.employers import verification
from recruit.employers.models import Employer
from recruit.errors import Conflict, Invalid, NotFound
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.reporting import counters
from recruit.search import outbox
from recruit.vacancies import lifecycle, screen
from recruit.vacancies.lifecycle import CLOSE_REASON_NAMES as CLOSE_REASON_NAMES
from recruit.vacancies.lifecycle import CLOSE_REASONS as CLOSE_REASONS
from recruit.vacancies.lifecycle import STATUS_NAMES, Transition
from recruit.vacancies.models import Vacancy, VacancyTransition
from recruit.vacancies.schemas import SALARY_CEILING, SUBSTANCE

# ---- transitions -------------------------------------------------------------------------


def _move(vacancy: Vacancy, action: str, actor_id: int | None, reason: str | None = None, *,
          staff: Account | None = None) -> None:
    """Apply the lifecycle table's transition `action`: change status, record who/when/from/to/why
    (the caller's reason, else the table's), and keep index, counters and audit in step."""
    step = lifecycle.TRANSITIONS[action]
    before = vacancy.status
    if before not in step.sources:
        raise Conflict(f"当前状态（{STATUS_NAMES[before]}）不能{step.name}", code="bad_status")
    vacancy.status = step.target
    vacancy.close_reason = step.close_reason
    if step.counts and vacancy.published_at is None:
        vacancy.published_at = utcnow()
        counters.record(counters.VacancyPublished(vacancy))  # counted once, at the first publication
    vacancy.updated_at = utcnow()
    _record(vacancy, step, before, actor_id, reason, staff)


def _record(vacancy: Vacancy, step: Transition, before: str | None, actor_id: int | None,
            reason: str | None, staff: Account | None = None) -> None:
    """What a transition records besides the vacancy's own columns (the table says which): its
    transition row, the search outbox, the audit. A creation records only this."""
    db.session.add(VacancyTransition(vacancy_id=vacancy.id, actor_id=actor_id, from_status=before,
                                     to_status=step.target, reason=reason or step.reason))
    change = step.outbox_change(before)
    if change is not None:
        outbox.enqueue("vacancies", vacancy.id, change=change)
    if step.audit is not None:
        assert staff is not None, step.action  # staff decisions name their staff
        audit.record(staff, step.audit, target_type="vacancy", target_id=vacancy.id,
                     region_code=vacancy.region_code, before={"status": before},
                     after={"status": step.target, step.audit_detail: reason})


_REASON_LIMIT = 500  # vacancy_transitions.reason
_MATCH_SHOWN = 30  # a hit's words quoted in the reason; screen_hits keeps the whole match


def review_reason(reason: str, hits: list[screen.Hit]) -> str:
    """The transition's reason: the hits' messages with their words, clipped to fit the column
    (a pasted address or e-mail can be hundreds of characters)."""
    if not hits:
        return reason
    found = "；".join(f"{h.message}（{_clip(h.match, _MATCH_SHOWN)}）" for h in hits)
    return _clip(f"{reason}；自动筛查发现：{found}，等待人工审核", _REASON_LIMIT)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _review(vacancy: Vacancy, action: str, actor_id: int | None, reason: str | None = None) -> None:
    """To pending_review; the automatic screen publishes clean ads at once, flagged ones wait."""
    hits = screen.scan(vacancy.title, vacancy.description)
    vacancy.screen_hits = [h.as_dict() for h in hits] or None
    first, *screen_steps = lifecycle.screened(lifecycle.TRANSITIONS[action], bool(hits))
    _move(vacancy, first.action, actor_id, review_reason(reason or first.reason, hits))
    for step in screen_steps:
        _move(vacancy, step.action, None)  # the system's


def _submit(vacancy: Vacancy, actor_id: int | None) -> None:
    if vacancy.status == "rejected":
        raise Conflict("被退回的岗位须先修改再提交", code="edit_first")
    if vacancy.status != "draft":
        raise Conflict(f"当前状态（{STATUS_NAMES[vacancy.status]}）不能提交审核", code="bad_status")
    if vacancy.expires_at is not None and vacancy.expires_at <= utcnow():
        raise Invalid.field("expires_at", "截止时间已过，请先修改")
    verification.require_may_publish(vacancy.employer_id, vacancy.agency_id)
    vacancy.review_note = None
    _review(vacancy, "submit", actor_id)


def close_filled(vacancy: Vacancy, actor_id: int | None) -> None:
    """The hire path: the vacancy's hires reached its headcount. Does not commit."""
    _move(vacancy, "fill", actor_id)


# ---- employer side ------------------------------------------------------------------------

def _check_values(vacancy: Vacancy) -> None:
    if vacancy.salary_min > vacancy.salary_max:
        raise Invalid.field("salary_min", "月薪下限不能高于上限")
    if vacancy.salary_max > SALARY_CEILING:
        raise Invalid.field("salary_max", "月薪上限超出合理范围")
    if vacancy.headcount < (vacancy.hired_count or 0):
        raise Invalid.field("headcount", f"招聘人数不能少于已录用人数（{vacancy.hired_count}）")
    if (vacancy.lat is None) != (vacancy.lon is None):
        raise Invalid.field("lat", "经纬度须同时给出")


def posting_target(account: Account, employer_id: int | None,
                   location: str = "json") -> tuple[Employer, int | None]:
    """(employer named on the vacancy, agency posting it). Agencies need the employer's authorisation.
    `location` names where employer_id came from, for the error."""
    own = employers.of_account(account)
    if employer_id is None or employer_id == own.id:
        return own, None
    if not employers.agency_may_post(agency_id=own.id, employer_id=employer_id):
        raise Invalid.field("employer_id", "该单位未授权本机构代为发布岗位", location)
    employer = db.session.get(Employer, employer_id)
    if employer is None:  # agency_may_post() holds only for an employer that exists
        raise Invalid.field("employer_id", "该单位未授权本机构代为发布岗位", location)
    return employer, own.id


def _ref_taken(employer_id: int, ref: str | None, except_id: int | None = None) -> bool:
    if not ref:
        return False
    stmt = select(Vacancy.id).where(Vacancy.employer_id == employer_id, Vacancy.external_ref == ref)
    if except_id is not None:
        stmt = stmt.where(Vacancy.id != except_id)
    return db.session.scalar(stmt) is not None


def _ref_conflict() -> Conflict:
    return Conflict("该岗位编号已存在", code="external_ref_taken",
                    errors={"json": {"external_ref": ["该岗位编号已存在"]}})


def create(account: Account, data: dict) -> Vacancy:
    """Create as a draft; with submit (the default) it goes to review at once."""
    data = dict(data)
    submit = data.pop("submit", True)
    employer, agency_id = posting_target(account, data.pop("employer_id", None))
    if data.get("expires_at") is not None and data["expires_at"] <= utcnow():
        raise Invalid.field("expires_at", "截止时间应晚于当前时间")
    if data.get("industry_code") is None:
        data["industry_code"] = employer.industry_code
    if _ref_taken(employer.id, data.get("external_ref")):
        raise _ref_conflict()
    creation = lifecycle.TRANSITIONS["create"]
    vacancy = Vacancy(employer_id=employer.id, agency_id=agency_id, status=creation.target, hired_count=0,
                      **data)
    _check_values(vacancy)
    db.session.add(vacancy)
    try:
        db.session.flush()
        _record(vacancy, creation, None, account.id, None)
        if submit:
            _submit(vacancy, account.id)
        db.session.commit()
    except IntegrityError as exc:
        db.session.rollback()
        raise _ref_conflict() from exc
    except Exception:
        db.session.rollback()
        raise
    return vacancy


def apply_changes(vacancy: Vacancy, data: dict[str, Any], actor_id: int | None) -> set[str]:
    """Apply an edit and route the lifecycle. Returns the changed fields. Does not commit."""
    if vacancy.status == "closed":
        raise Conflict("已关闭的岗位不能修改", code="vacancy_closed")
    changed = {k for k, v in data.items() if getattr(vacancy, k) != v}
    if not changed:
        return changed
    if "expires_at" in changed and data["expires_at"] is not None and data["expires_at"] <= utcnow():
        raise Invalid.field("expires_at", "截止时间应晚于当前时间")
    if "external_ref" in changed and _ref_taken(vacancy.employer_id, data["external_ref"], vacancy.id):
        raise _ref_conflict()
    before = counters.Counted.of(vacancy)
    for k in changed:
        setattr(vacancy, k, data[k])
    _check_values(vacancy)
    if changed & set(counters.COUNTED_FIELDS):
        counters.record(counters.VacancyChanged(before, vacancy))  # counted ones move their counts
    vacancy.updated_at = utcnow()
    substance = sorted(changed & set(SUBSTANCE))
    if vacancy.status == "published" and not substance:
        outbox.enqueue("vacancies", vacancy.id)  # headcount/expiry shown in search
    step = lifecycle.on_edit(vacancy.status, bool(substance), vacancy.open_headcount == 0)
    if step is None:
        return changed
    if step.target == "pending_review":  # to review, and the screen; a revision names what changed
        _review(vacancy, step.action, actor_id,
                f"{step.reason}：" + "、".join(substance) if step.action == "revise" else None)
    else:
        _move(vacancy, step.action, actor_id)
    return changed


def update(account: Account, vacancy_id: int, data: dict) -> Vacancy:
    vacancy = get_own(vacancy_id, account, lock=True)
    try:
        apply_changes(vacancy, data, account.id)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return vacancy


def submit(account: Account, vacancy_id: int) -> Vacancy:
    vacancy = get_own(vacancy_id, account, lock=True)
    try:
        _submit(vacancy, account.id)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return vacancy


def close(account: Account, vacancy_id: int, reason: str | None = None) -> Vacancy:
    """The employer withdraws the vacancy (any status but closed)."""
    vacancy = get_own(vacancy_id, account, lock=True)
    if vacancy.status == "closed":
        db.session.rollback()
        raise Conflict("岗位已关闭", code="vacancy_closed")
    _move(vacancy, "withdraw", account.id, reason)
    db.session.commit()
    return vacancy


def expire_due(now: dt.datetime | None = None, batch: int = 500) -> int:
    """Close published vacancies past their expiry. Safe to run often and side by side."""
    now = now or utcnow()
    total = 0
    while True:
        rows = db.session.scalars(
            select(Vacancy).where(Vacancy.status == "published", Vacancy.expires_at.is_not(None),
                                  Vacancy.expires_at <= now)
            .order_by(Vacancy.id).limit(batch).with_for_update(skip_locked=True, of=Vacancy)
        ).all()
        for vacancy in rows:
            _move(vacancy, "expire", None)
        db.session.commit()
        total += len(rows)
        if len(rows) < batch:
            return total


# ---- operator review ----------------------------------------------------------------------

def review_queue(account: Account, *, region: str | None, offset: int, limit: int) -> tuple[list, int]:
    where = [Vacancy.status == "pending_review"]
    inside = scope.narrow(account, region, "超出本人负责的行政区划")
    if inside:
        where.append(Vacancy.region_code.startswith(inside))
    total = db.session.scalar(select(func.count(Vacancy.id)).where(*where))
    items = db.session.scalars(select(Vacancy).where(*where).order_by(Vacancy.updated_at, Vacancy.id)
                               .offset(offset).limit(limit)).all()
    return list(items), int(total or 0)


def _for_review(account: Account, vacancy_id: int) -> Vacancy:
    vacancy = db.session.scalar(select(Vacancy).where(Vacancy.id == vacancy_id)
                                .with_for_update(of=Vacancy))
    if vacancy is None or not scope.covers(account, vacancy.region_code):
        raise NotFound("岗位不存在")  # outside the region looks absent
    if vacancy.status != "pending_review":
        raise Conflict(f"岗位当前状态为{STATUS_NAMES[vacancy.status]}，无需审核", code="bad_status")
    return vacancy


def approve(account: Account, vacancy_id: int, note: str | None = None) -> Vacancy:
    try:
        vacancy = _for_review(account, vacancy_id)
        vacancy.review_note = None
        _move(vacancy, "approve", account.id, note, staff=account)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return vacancy


def reject(account: Account, vacancy_id: int, reason: str) -> Vacancy:
    try:
        vacancy = _for_review(account, vacancy_id)
        vacancy.review_note = reason
        _move(vacancy, "reject", account.id, reason, staff=account)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return vacancy


def get_for_staff(account: Account, vacancy_id: int) -> Vacancy:
    vacancy = db.session.get(Vacancy, vacancy_id)
    if vacancy is None or not scope.covers(account, vacancy.region_code):
        raise NotFound("岗位不存在")  # outside the region looks absent
    return vacancy


# ---- reads --------------------------------------------------------------------------------

def _own_clause(account: Account) -> ColumnElement[bool]:
    """The employer's own vacancies, and those its agency posted while the client's
    authorisation is still live (a revoked agency loses them at once)."""
    return (Vacancy.employer_id == account.employer_id) | (
        (Vacancy.agency_id == account.employer_id)
        & employers.agency_authorised(Vacancy.employer_id, Vacancy.agency_id))


def get_visible(vacancy_id: int, account: Account | None) -> Vacancy:
    """Published vacancies are public; others only to their own employer (or agency). 404 otherwise."""
    vacancy = db.session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise NotFound("岗位不存在")
    if vacancy.status != "published":
        if account is None:
            raise NotFound("岗位不存在")
        return get_own(vacancy_id, account)
    return vacancy


def get_own(vacancy_id: int, account: Account, *, lock: bool = False) -> Vacancy:
    """A vacancy of the caller's employer (or posted by the caller's agency); others look absent."""
    if account.employer_id is None:
        raise NotFound("岗位不存在")
    stmt = select(Vacancy).where(Vacancy.id == vacancy_id, _own_clause(account))
    if lock:
        stmt = stmt.with_for_update(of=Vacancy)
    vacancy = db.session.scalar(stmt)
    if vacancy is None:
        raise NotFound("岗位不存在")
    return vacancy


def list_own(account: Account, *, status: str | None = None, offset: int = 0,
             limit: int = 50) -> tuple[list[Vacancy], int]:
    """The caller's vacancies, newest first, each with `applicants` (count of applications)."""
    if account.employer_id is None:
        return [], 0
    where = [_own_clause(account)]
    if status:
        where.append(Vacancy.status == status)
    total = db.session.scalar(select(func.count(Vacancy.id)).where(*where))
    items = list(db.session.scalars(select(Vacancy).where(*where).order_by(Vacancy.id.desc())
                                    .offset(offset).limit(limit)))
    counts = applicant_counts([v.id for v in items])
    for v in items:
        v.applicants = counts.get(v.id, 0)
    return items, int(total or 0)


def applicant_counts(vacancy_ids: list[int]) -> dict[int, int]:
    if not vacancy_ids:
        return {}

    return dict(db.session.execute(
        select(Application.vacancy_id, func.count(Application.id))
        .where(Application.vacancy_id.in_(vacancy_ids)).group_by(Application.vacancy_id)).all())


def transitions(account: Account, vacancy_id: int) -> list[dict]:
    vacancy = get_own(vacancy_id, account)
    return _transitions(vacancy.id)


def _transitions(vacancy_id: int) -> list[dict]:
    rows = db.session.execute(
        select(VacancyTransition, Account.role).outerjoin(Account, Account.id == VacancyTransition.actor_id)
        .where(VacancyTransition.vacancy_id == vacancy_id).order_by(VacancyTransition.id)).all()
    return [{"id": t.id, "actor_id": t.actor_id, "actor": role or "system", "from_status": t.from_status,
             "to_status": t.to_status, "reason": t.reason, "at": t.at} for t, role in rows]
