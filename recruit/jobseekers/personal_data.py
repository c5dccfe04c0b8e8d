"""The jobseeker's rights over their data: a full JSON copy, and erasure.

Erasure removes the person, not the facts the counters were built from: applications stay,
without their jobseeker, note or key, so every reported figure keeps its number (the rules,
table by table, are in `erasure.TABLES`). Undecided applications are not withdrawn (that would
count withdrawals nobody made): they stay as they were, and no employer can move them on.
"""

from __future__ import annotations

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from recruit.accounts import service as accounts
from recruit.accounts.models import Account
from recruit.applications.models import Application
from recruit.applications.schemas import ApplicationSchema
from recruit.campaigns.models import Campaign, CampaignPush
from recruit.contacts.models import ContactRequest
from recruit.contacts.schemas import ContactRequestSchema
from recruit.errors import Unauthorized
from recruit.extensions import db
from recruit.jobseekers import erasure
from recruit.jobseekers.models import Jobseeker
from recruit.jobseekers.schemas import JobseekerSchema
from recruit.models_base import utcnow
from recruit.saved_searches.models import SavedSearch
from recruit.saved_searches.schemas import SavedSearchSchema
from recruit.vacancies.models import Vacancy

ERASED_NAME = erasure.ERASED_NAME


def export(account: Account) -> dict:
    """Everything we hold about the caller. The resident ID stays masked even here."""
    jobseeker = db.session.scalar(select(Jobseeker).where(Jobseeker.account_id == account.id))
    data = {
        "exported_at": utcnow(),
        "account": {"id": account.id, "role": account.role, "phone": account.phone,
                    "display_name": account.display_name,
                    "created_at": account.created_at.isoformat()},
        "resume": None, "applications": [], "contact_requests": [], "saved_searches": [],
        "campaign_pushes": [],
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
    data["campaign_pushes"] = [
        {"id": p.id, "campaign_id": p.campaign_id, "campaign_name": campaign, "vacancy_id": p.vacancy_id,
         "vacancy_title": title, "rank": p.rank, "reasons": p.reasons,
         "pushed_at": p.pushed_at.isoformat(), "viewed_at": p.viewed_at.isoformat() if p.viewed_at else None}
        for p, campaign, title in db.session.execute(
            select(CampaignPush, Campaign.name, Vacancy.title)
            .join(Campaign, Campaign.id == CampaignPush.campaign_id)
            .join(Vacancy, Vacancy.id == CampaignPush.vacancy_id)
            .where(CampaignPush.jobseeker_id == jobseeker.id).order_by(CampaignPush.id))]
    return data


def _check_password(account: Account, password: str) -> None:
    hasher, _ = accounts._hasher()
    try:
        hasher.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError) as exc:
        raise Unauthorized("密码错误", code="bad_credentials",
                           errors={"json": {"password": ["密码错误"]}}) from exc


def erase(account: Account, *, password: str) -> None:
    """Delete the account's personal data in one transaction, table by table as
    `erasure.TABLES` says; the account row stays as a tombstone (no phone, no name, no
    password) so history keeps its foreign keys. The counters stay exactly as they were."""
    _check_password(account, password)
    jobseeker = db.session.scalar(select(Jobseeker).where(Jobseeker.account_id == account.id)
                                  .with_for_update(of=Jobseeker))
    erasure.erase(account, jobseeker)
    db.session.commit()
