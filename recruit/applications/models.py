from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker
from recruit.models_base import Timestamps, utcnow
from recruit.vacancies.models import Vacancy

STATUSES = ("submitted", "hired", "rejected", "withdrawn")
CHANNELS = ("search", "recommendation", "campaign_push", "featured_session", "operator")
LIVE = ("submitted", "hired")


class Application(Timestamps, db.Model):
    __tablename__ = "applications"
    __table_args__ = (
        CheckConstraint(f"status in {STATUSES}", name="status"),
        CheckConstraint(f"channel in {CHANNELS}", name="channel"),
        # at most one live application per jobseeker and vacancy
        Index("uq_applications_live", "vacancy_id", "jobseeker_id", unique=True,
              postgresql_where=text("status in ('submitted', 'hired')")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="submitted")
    channel: Mapped[str] = mapped_column(String(20), default="search")
    note: Mapped[str | None] = mapped_column(String(500))

    vacancy: Mapped[Vacancy] = relationship()
    jobseeker: Mapped[Jobseeker] = relationship(lazy="joined")


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
