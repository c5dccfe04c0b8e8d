"""Counter tables: written only by recruit.reporting.service, inside the event's transaction.

Two shapes of the same figures, so a report reads few rows whatever it asks:
- CounterCell: every dimension at once (any combination of cuts).
- CounterRollup: day x county x ONE dimension (or none), keyed (dimension, key, day, county),
  so a headline or a single cut is one index range scan over at most days x counties rows.
Distinct employers use EmployerScopeDay / EmployerReach (see service.employers_posting).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db

# the additive metrics, one column each
METRICS = ("vacancies_published", "positions_posted", "resumes_submitted",
           "applications_withdrawn", "placements")
# metrics a priority-group cut applies to: the jobseeker's events
GROUP_METRICS = ("resumes_submitted", "applications_withdrawn", "placements")
# no campaign / not applicable: stored as 0 / '' so every key column is NOT NULL
NO_CAMPAIGN = 0
ALL = ""


class _Metrics:
    vacancies_published: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    positions_posted: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    resumes_submitted: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    applications_withdrawn: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    placements: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class CounterCell(_Metrics, db.Model):
    """One row per day and combination of county, campaign, group, industry, occupation, channel.

    group_code '' rows count every event once; a group's rows count the events of jobseekers
    verified in it (an event appears once per verified group of its jobseeker).
    """

    __tablename__ = "counter_cells"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_code: Mapped[str] = mapped_column(String(30), primary_key=True)
    industry_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    occupation_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)


class CounterRollup(_Metrics, db.Model):
    """day x county x one dimension: dimension 'all' (key ''), campaign, group, industry,
    occupation or channel."""

    __tablename__ = "counter_rollups"

    dimension: Mapped[str] = mapped_column(String(12), primary_key=True)
    key: Mapped[str] = mapped_column(String(30), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)


class EmployerScopeDay(db.Model):
    """An employer published in this scope on this day; prev_day is its previous such day.

    Scopes: 'r' (national), 'r:42', 'r:4201', 'r:420102', 'i:C38', 'o:6-31', 'c:12'.
    """

    __tablename__ = "employer_scope_days"

    employer_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    prev_day: Mapped[dt.date] = mapped_column(Date)


class EmployerReach(db.Model):
    """How many employer-scope-days have this (day, prev_day): the distinct count's index."""

    __tablename__ = "employer_reach"

    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    prev_day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    employers: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
