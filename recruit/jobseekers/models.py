from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruit.accounts.models import Account
from recruit.extensions import db
from recruit.models_base import Timestamps


class Jobseeker(Timestamps, db.Model):
    __tablename__ = "jobseekers"
    __table_args__ = (CheckConstraint("gender in ('male', 'female')", name="gender"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    # the number itself only encrypted; the keyed hash finds it, the mask shows it
    resident_id_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    resident_id_hash: Mapped[str] = mapped_column(String(64), unique=True)
    resident_id_masked: Mapped[str] = mapped_column(String(18))
    # derived from the resident ID, never typed
    birth_date: Mapped[dt.date] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(6))
    hukou_region_code: Mapped[str] = mapped_column(String(6))
    current_region_code: Mapped[str] = mapped_column(String(6), index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    education_level: Mapped[str] = mapped_column(String(20), default="none", server_default="none")
    major: Mapped[str | None] = mapped_column(String(60))
    graduation_year: Mapped[int | None] = mapped_column(SmallInteger)
    experience_years: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    skills: Mapped[list[str]] = mapped_column(ARRAY(String(40)), default=list, server_default="{}")
    desired_occupations: Mapped[list[str]] = mapped_column(ARRAY(String(12)), default=list,
                                                           server_default="{}")
    desired_regions: Mapped[list[str]] = mapped_column(ARRAY(String(6)), default=list,
                                                       server_default="{}")
    expected_salary: Mapped[int | None] = mapped_column(Integer)
    preferred_employment_types: Mapped[list[str]] = mapped_column(
        ARRAY(String(20)), default=list, server_default="{}")
    available_from: Mapped[dt.date | None] = mapped_column(Date)
    self_introduction: Mapped[str | None] = mapped_column(Text)
    # public | applied_only | hidden
    visibility: Mapped[str] = mapped_column(String(20), default="public", server_default="public")
    # bumped on every UPDATE: the search document's external version
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    account: Mapped[Account] = relationship(lazy="joined")
    groups: Mapped[list[JobseekerGroup]] = relationship(
        back_populates="jobseeker", cascade="all, delete-orphan", lazy="selectin")
    work_history: Mapped[list[WorkExperience]] = relationship(
        back_populates="jobseeker", cascade="all, delete-orphan", lazy="selectin",
        order_by="WorkExperience.start_date.desc()")

    __mapper_args__ = {"version_id_col": version}

    def verified_groups(self) -> set[str]:
        """Groups that count for targeting, boosts and the counters."""
        return {g.group for g in self.groups if g.status == "verified"}


class JobseekerGroup(db.Model):
    """Membership of a priority group: derived, self-declared, or declared and verified."""

    __tablename__ = "jobseeker_groups"
    __table_args__ = (
        UniqueConstraint("jobseeker_id", "group", name="uq_jobseeker_groups_member"),
        CheckConstraint("source in ('derived', 'declared')", name="source"),
        CheckConstraint("status in ('verified', 'pending', 'rejected')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"),
                                              index=True)
    group: Mapped[str] = mapped_column(String(30), index=True)
    source: Mapped[str] = mapped_column(String(10))
    # derived and self-declared-only groups are 'verified' at once; the others start 'pending'
    status: Mapped[str] = mapped_column(String(10), index=True)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str | None] = mapped_column(String(200))

    jobseeker: Mapped[Jobseeker] = relationship(back_populates="groups")


class WorkExperience(db.Model):
    __tablename__ = "work_experiences"

    id: Mapped[int] = mapped_column(primary_key=True)
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"),
                                              index=True)
    employer_name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(60))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    jobseeker: Mapped[Jobseeker] = relationship(back_populates="work_history")
