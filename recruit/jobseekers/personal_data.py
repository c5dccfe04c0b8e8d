"""The jobseeker's rights over their data: a full JSON copy, and erasure.

Erasure removes the person, not the facts the counters were built from: applications stay,
without their jobseeker, note or key, so every reported figure keeps its number. Undecided
applications are withdrawn first (and counted as withdrawals), so no employer acts on them.
"""

from __future__ import annotations

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update

from recruit.accounts import service as accounts
from recruit.accounts.models import Account
from recruit.applications import service as applications
from recruit.applications.models import Application
from recruit.applications.schemas import ApplicationSchema
from recruit.contacts.models import ContactRequest
from recruit.contacts.schemas import ContactRequestSchema
from recruit.errors import Unauthorized
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker
from recruit.jobseekers.schemas import JobseekerSchema
from recruit.models_base import utcnow
from recruit.reporting import counters
from recruit.saved_searches.models import SavedSearch
from recruit.saved_searches.schemas import SavedSearchSchema
from recruit.search import outbox

ERASED_NAME = "已注销用户"


def export(account: Account) -> dict:
    """Everything we hold about the caller. The resident ID stays masked even here."""
    jobseeker = db.session.scalar(select(Jobseeker).where(Jobseeker.account_id == account.id))
    data = {
        "exported_at": utcnow(),
        "account": {"id": account.id, "role": account.role, "phone": account.phone,
                    "display_name": account.display_name,
                    "created_at": account.created_at.isoformat()},
        "resume": None, "applications": [], "contact_requests": [], "saved_searches": [],
    }
    if jobseeker is None:
        return data
    data["resume"] = JobseekerSchema().dump(jobseeker)
    data["applications"] = ApplicationSchema(many=True).dump(db.session.scalars(
        select(Application).where(Application.jobseeker_id == jobseeker.id)
        .order_by(Application.id)))
    data["contact_requests"] = ContactRequestSchema(many=True).dump(db.session.scalars(
        select(ContactRequest).where(ContactRequest.jobseeker_id == jobseeker.id)
        .order_by(ContactRequest.id)))
    data["saved_searches"] = SavedSearchSchema(many=True).dump(db.session.scalars(
        select(SavedSearch).where(SavedSearch.jobseeker_id == jobseeker.id)
        .order_by(SavedSearch.id)))
    return data


def _check_password(account: Account, password: str) -> None:
    hasher, _ = accounts._hasher()
    try:
        hasher.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError) as exc:
        raise Unauthorized("密码错误", code="bad_credentials",
                           errors={"json": {"password": ["密码错误"]}}) from exc


def erase(account: Account, *, password: str) -> None:
    """Delete the account's personal data in one transaction; the account row stays as a
    tombstone (no phone, no name, no password) so history keeps its foreign keys."""
    _check_password(account, password)
    jobseeker = db.session.scalar(select(Jobseeker).where(Jobseeker.account_id == account.id)
                                  .with_for_update(of=Jobseeker))
    if jobseeker is not None:
        # employers should not go on interviewing someone who left
        applications.withdraw_undecided(account, jobseeker.id, "求职者已注销账号")
        # the totals keep every event; the group cuts let go of a person who is no longer known
        for group in sorted(jobseeker.verified_groups()):
            counters.regroup(jobseeker.id, group, -1)
        db.session.flush()
        db.session.execute(update(Application).where(Application.jobseeker_id == jobseeker.id)
                           .values(jobseeker_id=None, note=None, idempotency_key=None))
        outbox.enqueue("jobseekers", jobseeker.id)
        # groups and work history go with the row; contact requests and saved searches by
        # ON DELETE CASCADE
        db.session.delete(jobseeker)
    # '0' + 10 digits: unique per account and never a mobile number, so the phone is free again
    account.phone = f"0{account.id:010d}"
    account.display_name = ERASED_NAME
    account.password_hash = "!erased"
    account.is_active = False
    db.session.commit()
