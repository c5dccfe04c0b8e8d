from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruit.accounts.models import Account
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker
from recruit.models_base import Timestamps, utcnow
from recruit.vacancies.models import Vacancy

STATUSES = ("submitted", "viewed", "interview", "offered", "hired", "rejected", "withdrawn")
CHANNELS = ("search", "recommendation", "campaign_push", "featured_session", "operator")
# who may name which channel: the channel cut of the reports counts what people did, so a
# jobseeker cannot claim a staff channel (operator: 工作人员代投, for staff applying on someone's
# behalf). Employers never apply.
CHANNELS_BY_ROLE = {
    "jobseeker": ("search", "recommendation", "campaign_push", "featured_session"),
    "operator": ("operator",),
    "admin": ("operator",),
}
# at most one of these per jobseeker and vacancy
LIVE = ("submitted", "viewed", "interview", "offered", "hired")
# not yet decided: the jobseeker may still withdraw
UNDECIDED = ("submitted", "viewed", "interview", "offered")
# forward only, skipping allowed; hired, rejected and withdrawn are final
TRANSITIONS = {
    "submitted": ("viewed", "interview", "offered", "hired", "rejected", "withdrawn"),
    "viewed": ("interview", "offered", "hired", "rejected", "withdrawn"),
    "interview": ("offered", "hired", "rejected", "withdrawn"),
    "offered": ("hired", "rejected", "withdrawn"),
    "hired": (),
    "rejected": (),
    "withdrawn": (),
}


class Application(Timestamps, db.Model):
    __tablename__ = "applications"
    __table_args__ = (
        CheckConstraint(f"status in {STATUSES}", name="status"),
        CheckConstraint(f"channel in {CHANNELS}", name="channel"),
        # at most one live application per jobseeker and vacancy
        Index("uq_applications_live", "vacancy_id", "jobseeker_id", unique=True,
              postgresql_where=text(f"status in {LIVE}")),
        # a retried request with the same Idempotency-Key finds its application
        UniqueConstraint("jobseeker_id", "idempotency_key", name="uq_applications_idempotency"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    # NULL once the jobseeker deleted their account: the application stays, anonymised
    jobseeker_id: Mapped[int | None] = mapped_column(ForeignKey("jobseekers.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="submitted")
    channel: Mapped[str] = mapped_column(String(20), default="search")
    # the campaign the application came through, if any (named by the jobseeker's app)
    campaign_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # every campaign the submission counted for (its vacancy's rules or enrolment at that moment),
    # recorded with the count by reporting/counters.py; reconciliation rebuilds from it
    campaign_ids: Mapped[list[int]] = mapped_column(ARRAY(Integer), default=list, server_default="{}")
    idempotency_key: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(String(500))
    # the verified groups of a jobseeker who erased their account: the counters' group cuts keep
    # their events (reconciliation reads this); never shown anywhere
    erased_groups: Mapped[list[str] | None] = mapped_column(ARRAY(String(30)))

    vacancy: Mapped[Vacancy] = relationship()
    jobseeker: Mapped[Jobseeker | None] = relationship(lazy="joined")
    events: Mapped[list[ApplicationEvent]] = relationship(
        lazy="selectin", order_by="ApplicationEvent.id")


class ApplicationEvent(db.Model):
    """Every status change: who, when, from, to, why."""

    __tablename__ = "application_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(500))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # counted steps (hired, withdrawn): the campaigns the step counted for at that moment
    campaign_ids: Mapped[list[int]] = mapped_column(ARRAY(Integer), default=list, server_default="{}")

    actor: Mapped[Account | None] = relationship(lazy="joined")
