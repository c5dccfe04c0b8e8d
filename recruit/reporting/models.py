from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db

METRICS = ("positions_posted", "vacancies_published", "resumes_submitted", "placements")


class DailyCounter(db.Model):
    """One row per day, metric and county; events add to it in their own transaction."""

    __tablename__ = "daily_counters"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    metric: Mapped[str] = mapped_column(String(30), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class EmployerPostingDay(db.Model):
    """Which employer published on which day, so distinct employers stay exact over any period."""

    __tablename__ = "employer_posting_days"

    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True, index=True)
    region_code: Mapped[str] = mapped_column(String(6), index=True)
