from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.models_base import Timestamps

STATUSES = ("draft", "pending_review", "published", "rejected", "closed")


class Vacancy(Timestamps, db.Model):
    __tablename__ = "vacancies"
    __table_args__ = (
        CheckConstraint(f"status in {STATUSES}", name="status"),
        CheckConstraint("headcount > 0", name="headcount_positive"),
        CheckConstraint("hired_count >= 0 and hired_count <= headcount", name="hired_within"),
        CheckConstraint("salary_min <= salary_max", name="salary_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    title: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text)
    region_code: Mapped[str] = mapped_column(String(6), index=True)
    headcount: Mapped[int]
    hired_count: Mapped[int] = mapped_column(default=0)
    salary_min: Mapped[int]
    salary_max: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), default="draft")
    close_reason: Mapped[str | None] = mapped_column(String(20))
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # bumped on every UPDATE: guards lost updates and is the search document's external version
    version: Mapped[int] = mapped_column(default=1)

    employer: Mapped[Employer] = relationship(lazy="joined", innerjoin=True)

    __mapper_args__ = {"version_id_col": version}

    @property
    def open_headcount(self) -> int:
        return self.headcount - self.hired_count
