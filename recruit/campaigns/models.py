from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import Timestamps, utcnow

KINDS = ("graduates", "migrant_workers", "hubei_workers", "poverty_labour", "key_enterprises",
         "industry", "region")
STATES = ("scheduled", "running", "ended")


class Campaign(Timestamps, db.Model):
    """A campaign or featured session (专项行动 / 特色招聘专场) with its time window and rules."""

    __tablename__ = "campaigns"
    __table_args__ = (
        CheckConstraint(f"kind in {KINDS}", name="kind"),
        CheckConstraint("starts_at < ends_at", name="window"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    target_groups: Mapped[list[str]] = mapped_column(ARRAY(String(30)), default=list)
    # GB/T 2260 prefixes; empty = the owner's whole region
    regions: Mapped[list[str]] = mapped_column(ARRAY(String(6)), default=list)
    industries: Mapped[list[str]] = mapped_column(ARRAY(String(3)), default=list)
    occupations: Mapped[list[str]] = mapped_column(ARRAY(String(12)), default=list)
    # inclusion rules: a published vacancy joins when any enabled rule holds
    rule_welcomes_group: Mapped[bool] = mapped_column(default=False)
    rule_employer_region: Mapped[bool] = mapped_column(default=False)
    rule_occupation: Mapped[bool] = mapped_column(default=False)
    rule_industry: Mapped[bool] = mapped_column(default=False)
    # the operator region that owns it ('' for admins: national)
    owner_prefix: Mapped[str] = mapped_column(String(6), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    # the state the search index last reflected; the clock compares it with the time
    indexed_state: Mapped[str] = mapped_column(String(10), default="scheduled")

    def state(self, now: dt.datetime | None = None) -> str:
        now = now or utcnow()
        if now < self.starts_at:
            return "scheduled"
        return "running" if now < self.ends_at else "ended"


class CampaignVacancy(db.Model):
    """Explicit membership: an employer opted in, an operator added or removed a vacancy."""

    __tablename__ = "campaign_vacancies"
    __table_args__ = (CheckConstraint("source in ('employer', 'operator')", name="source"),)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), primary_key=True, index=True)
    source: Mapped[str] = mapped_column(String(10))
    # an operator's removal wins over the rules
    removed: Mapped[bool] = mapped_column(default=False)
    by_account: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CampaignPush(db.Model):
    """One vacancy pushed to one jobseeker in a campaign (精准推送), and what became of it."""

    __tablename__ = "campaign_pushes"
    __table_args__ = (
        UniqueConstraint("campaign_id", "jobseeker_id", "vacancy_id", name="uq_campaign_pushes_pair"),
        Index("ix_campaign_pushes_feed", "jobseeker_id", "pushed_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"))
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"))
    rank: Mapped[int] = mapped_column(SmallInteger)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    pushed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    viewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class PushRun(db.Model):
    """Progress of a campaign's push, so an interrupted run resumes where it stopped."""

    __tablename__ = "campaign_push_runs"
    # one unfinished run per slice: a slice task delivered twice continues the same run
    __table_args__ = (Index("uq_campaign_push_runs_open_slice", "campaign_id", "part", "parts", unique=True,
                            postgresql_where=text("finished_at is null")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    top_k: Mapped[int] = mapped_column(SmallInteger)
    # the audience slice this run covers: jobseekers whose id % parts == part (one task each)
    part: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    parts: Mapped[int] = mapped_column(SmallInteger, default=1, server_default="1")
    last_jobseeker_id: Mapped[int] = mapped_column(default=0)
    audience: Mapped[int] = mapped_column(default=0)
    pushed: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
