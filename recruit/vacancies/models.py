from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.models_base import Timestamps, utcnow
from recruit.vacancies.lifecycle import STATES

STATUSES = STATES  # the lifecycle table's states


class Vacancy(Timestamps, db.Model):
    __tablename__ = "vacancies"
    __table_args__ = (
        CheckConstraint(f"status in {STATUSES}", name="status"),
        CheckConstraint("headcount > 0", name="headcount_positive"),
        CheckConstraint("hired_count >= 0 and hired_count <= headcount", name="hired_within"),
        CheckConstraint("salary_min <= salary_max", name="salary_order"),
        CheckConstraint("(lat is null) = (lon is null)", name="geo_pair"),
        # one row per employer-side reference: bulk imports update instead of duplicating
        UniqueConstraint("employer_id", "external_ref", name="uq_vacancies_employer_external_ref"),
        CheckConstraint("close_reason is null or close_reason in ('filled', 'withdrawn', 'expired')",
                        name="close_reason"),
        # what `flask recruit expire-vacancies` scans every minute
        Index("ix_vacancies_published_expiry", "expires_at",
              postgresql_where=text("status = 'published' and expires_at is not null")),
        # the review queue: waiting vacancies under an operator's region prefix (LIKE '4201%'
        # needs pattern ops under the C.UTF-8 collation); only the waiting rows are in it
        Index("ix_vacancies_pending_region", "region_code",
              postgresql_ops={"region_code": "varchar_pattern_ops"},
              postgresql_where=text("status = 'pending_review'")),
        # an agency's postings; most vacancies have none, and those are not in the index
        Index("ix_vacancies_agency_id", "agency_id", postgresql_where=text("agency_id is not null")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # no index of its own: uq_vacancies_employer_external_ref (employer_id, external_ref) serves it
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"))
    title: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text)
    region_code: Mapped[str] = mapped_column(String(6))
    address: Mapped[str | None] = mapped_column(String(200))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    # national occupation classification, e.g. "6-31" or finer "6-31-01-03"
    occupation_code: Mapped[str | None] = mapped_column(String(12))
    # GB/T 4754-2017 section letter + division, e.g. "C38"
    industry_code: Mapped[str | None] = mapped_column(String(3))
    education_min: Mapped[str] = mapped_column(String(20), default="none", server_default="none")
    experience_min_years: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    employment_type: Mapped[str] = mapped_column(String(20), default="full_time",
                                                 server_default="full_time")
    benefits: Mapped[list[str]] = mapped_column(ARRAY(String(40)), default=list,
                                                server_default="{}")
    welcomed_groups: Mapped[list[str]] = mapped_column(ARRAY(String(30)), default=list,
                                                       server_default="{}")
    external_ref: Mapped[str | None] = mapped_column(String(64))
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    headcount: Mapped[int]
    hired_count: Mapped[int] = mapped_column(default=0)
    salary_min: Mapped[int]
    salary_max: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), default="draft")
    close_reason: Mapped[str | None] = mapped_column(String(20))
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # the campaigns its first publication counted for (rules or enrolment at that moment),
    # recorded with the count by reporting/counters.py; reconciliation rebuilds from it
    published_campaign_ids: Mapped[list[int]] = mapped_column(ARRAY(Integer), default=list,
                                                              server_default="{}")
    # the HR agency that posted it in the employer's name, if any
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"))
    # what the automatic ad screen found ([{rule, category, message, match}]); operator's reason
    screen_hits: Mapped[list | None] = mapped_column(JSONB)
    review_note: Mapped[str | None] = mapped_column(String(500))
    # bumped on every UPDATE: guards lost updates and is the search document's external version
    version: Mapped[int] = mapped_column(default=1)

    employer: Mapped[Employer] = relationship(lazy="joined", innerjoin=True, foreign_keys=[employer_id])
    agency: Mapped[Employer | None] = relationship(foreign_keys=[agency_id])

    __mapper_args__ = {"version_id_col": version}

    @property
    def open_headcount(self) -> int:
        return self.headcount - self.hired_count


class VacancyTransition(db.Model):
    """Every status change of a vacancy: who (None = the system), when, from, to, why."""

    __tablename__ = "vacancy_transitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(500))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ImportBatch(db.Model):
    """One uploaded file: its counts and the per-row errors (for the page and the error file)."""

    __tablename__ = "vacancy_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    # an HR agency's upload for a client that authorised it: the client is employer_id
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    filename: Mapped[str] = mapped_column(String(200))
    submit: Mapped[bool] = mapped_column(default=False)
    rows: Mapped[int] = mapped_column(default=0)
    created: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    # [{row, column, reason}]
    errors: Mapped[list] = mapped_column(JSONB, default=list)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
