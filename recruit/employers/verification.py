"""Employer verification: a new organisation is unverified until an operator of its region
checks it. Unverified (pending or rejected) organisations keep drafts but cannot submit or
publish, and see no resumes, candidates or applicants; the operator's reason is shown to them.
Editing the profile of a rejected organisation puts it back in the queue."""

from __future__ import annotations

from sqlalchemy import select

from recruit.accounts import scope
from recruit.accounts.models import Account
from recruit.audit import service as audit
from recruit.employers.models import Employer
from recruit.errors import Conflict, Forbidden, NotFound
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.pagination import page_of

STATUS_NAMES = {"pending": "待核验", "verified": "已核验", "rejected": "核验未通过"}


def _why(employer: Employer, doing: str) -> Forbidden:
    if employer.verification_status == "rejected":
        message = (f"本单位未通过人社部门核验（原因：{employer.verification_reason}），{doing}；"
                   "请修改单位资料后等待重新核验")
    else:
        message = f"本单位尚待人社部门核验，{doing}；核验通过后即可使用"
    return Forbidden(message, code="employer_unverified")


def require_verified(employer: Employer | None, doing: str = "暂不能查看简历和人选") -> None:
    """403 naming why, unless the organisation is verified."""
    if employer is None:
        raise NotFound("该账号尚未登记用人单位", code="no_employer")
    if employer.verification_status != "verified":
        raise _why(employer, doing)


def require_account_verified(account: Account, doing: str = "暂不能查看简历和人选") -> None:
    employer = db.session.get(Employer, account.employer_id) if account.employer_id else None
    require_verified(employer, doing)


PUBLISH = "岗位可先保存为草稿，暂不能提交发布"


def require_may_publish(*employer_ids: int | None) -> None:
    """Submitting or publishing needs every organisation involved (the vacancy's employer and
    the agency posting it) verified."""
    for employer_id in employer_ids:
        if employer_id is not None:
            require_verified(db.session.get(Employer, employer_id), PUBLISH)


def is_verified(employer_id: int | None) -> bool:
    return employer_id is not None and db.session.scalar(
        select(Employer.verification_status).where(Employer.id == employer_id)) == "verified"


def requeue_if_rejected(employer: Employer) -> None:
    """A rejected organisation that corrects its profile waits for a new check. No commit."""
    if employer.verification_status == "rejected":
        employer.verification_status = "pending"


def pending(account: Account, *, region: str | None = None, offset: int = 0,
            limit: int = 50) -> tuple[list[Employer], int]:
    """Organisations waiting for a check inside the operator's region, oldest first."""
    region = scope.narrow(account, region)
    stmt = select(Employer).where(Employer.verification_status == "pending")
    if (inside := scope.within(Employer.region_code, region)) is not None:
        stmt = stmt.where(inside)
    return page_of(stmt, Employer.id, offset=offset, limit=limit)


def _snapshot(employer: Employer) -> dict:
    return {"verification_status": employer.verification_status,
            "verification_reason": employer.verification_reason,
            "verified_by": employer.verified_by, "verified_at": employer.verified_at}


def decide(account: Account, employer_id: int, *, approve: bool, reason: str | None) -> Employer:
    """Verify or reject a pending organisation (row locked), with its audit row."""
    employer = db.session.scalar(select(Employer).where(Employer.id == employer_id).with_for_update())
    if employer is None or not scope.covers(account, employer.region_code):
        db.session.rollback()
        raise NotFound("用人单位不存在")  # outside the region looks absent
    if employer.verification_status != "pending":
        db.session.rollback()
        raise Conflict(f"该单位已处理（{STATUS_NAMES[employer.verification_status]}）",
                       code="already_decided")
    before = _snapshot(employer)
    employer.verification_status = "verified" if approve else "rejected"
    employer.verification_reason = reason
    employer.verified_by, employer.verified_at = account.id, utcnow()
    audit.record(account, "employer." + ("verify" if approve else "reject"), target_type="employer",
                 target_id=employer.id, region_code=employer.region_code, before=before,
                 after=_snapshot(employer))
    db.session.commit()
    return employer
