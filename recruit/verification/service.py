"""Priority-group verification: operators confirm or reject declared memberships in their region.

Approving makes the membership count (targeting, boosts, the group cuts of the counters):
the counters move the jobseeker's past events into the group and the resume is re-indexed,
all in the decision's transaction, with its audit row.
"""

from __future__ import annotations

from sqlalchemy import select

from recruit.accounts import scope
from recruit.accounts.models import Account
from recruit.audit import service as audit
from recruit.codes.enums import VERIFIED_GROUPS
from recruit.errors import Conflict, NotFound
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.models_base import utcnow
from recruit.reporting import counters
from recruit.reporting.dimensions import prefix_filter
from recruit.search import outbox


def _scope(account: Account, region: str | None) -> str | None:
    return scope.narrow(account, region)


def pending(account: Account, *, region: str | None = None, group: str | None = None,
            limit: int = 50, offset: int = 0) -> list[JobseekerGroup]:
    """Pending memberships that need an operator, of jobseekers living inside the scope;
    oldest first (first declared, first verified)."""
    region = _scope(account, region)
    stmt = (select(JobseekerGroup).join(Jobseeker)
            .where(JobseekerGroup.status == "pending",
                   JobseekerGroup.group.in_(sorted(VERIFIED_GROUPS))))
    if region:
        stmt = stmt.where(prefix_filter(Jobseeker.current_region_code, region))
    if group:
        stmt = stmt.where(JobseekerGroup.group == group)
    return list(db.session.scalars(stmt.order_by(JobseekerGroup.id).limit(limit).offset(offset)))


def _snapshot(membership: JobseekerGroup) -> dict:
    return {"jobseeker_id": membership.jobseeker_id, "group": membership.group,
            "status": membership.status, "reason": membership.reason,
            "reviewed_by": membership.reviewed_by, "reviewed_at": membership.reviewed_at}


def decide(account: Account, membership_id: int, *, approve: bool,
           reason: str | None) -> JobseekerGroup:
    """Approve or reject a pending membership (row locked: two operators cannot both decide)."""
    membership = db.session.scalar(
        select(JobseekerGroup).where(JobseekerGroup.id == membership_id)
        .with_for_update(of=JobseekerGroup))
    jobseeker = db.session.get(Jobseeker, membership.jobseeker_id) if membership is not None else None
    if (jobseeker is None or membership.group not in VERIFIED_GROUPS
            or not scope.covers(account, jobseeker.current_region_code)):
        db.session.rollback()
        raise NotFound("待核验记录不存在")  # outside the region looks absent
    if membership.status != "pending":
        raise Conflict(f"该记录已处理（{membership.status}）", code="already_decided")
    before = _snapshot(membership)
    membership.status = "verified" if approve else "rejected"
    membership.reason = reason
    membership.reviewed_by = account.id
    membership.reviewed_at = utcnow()
    if approve:
        counters.record(counters.Regrouped(jobseeker.id, membership.group, +1))
        outbox.touch("jobseekers", jobseeker)
    db.session.flush()
    audit.record(account, "group_membership." + ("approve" if approve else "reject"),
                 target_type="jobseeker_group", target_id=membership.id,
                 region_code=jobseeker.current_region_code, before=before,
                 after=_snapshot(membership))
    db.session.commit()
    return membership


def mine(account: Account) -> list[JobseekerGroup]:
    """A jobseeker's own memberships with their status and the operator's reason."""
    jobseeker = db.session.scalar(select(Jobseeker).where(Jobseeker.account_id == account.id))
    if jobseeker is None:
        raise NotFound("请先填写求职者档案", code="no_profile")
    return sorted(jobseeker.groups, key=lambda g: g.id)
