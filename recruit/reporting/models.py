"""Counter tables: written only by recruit.reporting.counters (and its employer_days), inside the
event's transaction.

Two shapes of the same figures, so a report reads few rows whatever it asks:
- CounterCell: every dimension at once (any combination of cuts).
- CounterRollup: day x region x one dimension or combination of them (dimensions.ROLLUPS; or
  none), the region kept at a few levels (dimensions.ROLLUP_LEVELS), so a question reads about
  days x regions x the keys it sums, rows of one level (reporting/reading.py).
Distinct employers use EmployerScopeDay / EmployerReach (see service.employers_posting).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Date, Integer, PrimaryKeyConstraint, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import Base, db

if TYPE_CHECKING:
    # db.Model is made at run time by Flask-SQLAlchemy as a subclass of our declarative Base
    # (same metadata), which mypy cannot see; to the type checker a model is a Base
    Model = Base
else:
    Model = db.Model

# the additive metrics, one column each
METRICS = ("vacancies_published", "positions_posted", "resumes_submitted",
           "applications_withdrawn", "placements")
# metrics a priority-group cut applies to: the jobseeker's events
GROUP_METRICS = ("resumes_submitted", "applications_withdrawn", "placements")
# no campaign / not applicable: stored as 0 / '' so every key column is NOT NULL
NO_CAMPAIGN = 0
ALL = ""
# region levels (code prefix lengths) each rollup dimension is kept at; a cut finer than the
# finest level kept reads CounterCell instead. Level 0 (region '') is the national row: a
# national figure or a national breakdown by a dimension reads a few rows per day.
# Two-part dimensions ('industry_channel', 'campaign_group', ...; dimensions.ROLLUPS) are the
# two-cut pairs, keyed "<first>:<second>": kept nationally and by province, where a scan of the
# cells would read every row (inside a prefecture the cells' region-first key is cheap).
SINGLE_LEVELS = {"all": (2, 6), "campaign": (0, 2, 4), "group": (0, 2, 4), "industry": (0, 2, 4),
                 "occupation": (0, 2, 4), "channel": (0, 2, 4), "section": (0, 2, 4),
                 "major": (0, 2, 4)}
# every other rollup dimension (two parts or more; dimensions.ROLLUPS) is kept at these levels;
# dimensions.ROLLUP_LEVELS has every dimension's
COMBINATION_LEVELS = (0, 2)
# the cubes (every part at its finest, and every part at its coarsest: section, major group,
# channel) without a campaign are kept by prefecture too: a province broken down by prefecture
# with any cuts reads them, never its county cells (docs/performance.md, "Reporting counters")
CUBE_LEVELS = {name: (0, 2, 4) for name in (
    "industry_occupation_channel", "section_major_channel",
    "group_industry_occupation_channel", "group_section_major_channel")}


class _Metrics:
    vacancies_published: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    positions_posted: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    resumes_submitted: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    applications_withdrawn: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    placements: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class CounterCell(_Metrics, Model):
    """One row per day and combination of county, campaign, group, industry, occupation, channel.

    group_code '' rows count every event once; a group's rows count the events of jobseekers
    verified in it (an event appears once per verified group of its jobseeker). Campaigns work
    the same way: campaign_id 0 rows count every event once; a campaign's rows count the events
    attributed to it (an event appears once more per campaign it counted for).
    """

    __tablename__ = "counter_cells"
    # the figures ride in the key's index: a report reads the index alone (migration 0017c)
    __table_args__ = (PrimaryKeyConstraint(
        "region_code", "day", "campaign_id", "group_code", "industry_code", "occupation_code",
        "channel", name="pk_counter_cells", postgresql_include=list(METRICS)),)

    # region first: a combination of cuts inside a region reads only that region's rows
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_code: Mapped[str] = mapped_column(String(30), primary_key=True)
    industry_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    occupation_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)


class CounterRollup(_Metrics, Model):
    """day x region (at `level`: 2 province, 4 prefecture, 6 county) x one dimension:
    'all' (key ''), campaign, group, industry, occupation or channel, or a pair of them
    (dimensions.ROLLUPS: the key joins the two values with ':').

    Key order (dimension, level, region_code, key, day): a region prefix is an equality or a
    short range right after the level, then the key, then the days.
    """

    __tablename__ = "counter_rollups"
    __table_args__ = (PrimaryKeyConstraint(
        "dimension", "level", "region_code", "key", "day", name="pk_counter_rollups",
        postgresql_include=list(METRICS)),)

    # the longest: "campaign_group_industry_occupation_channel"
    dimension: Mapped[str] = mapped_column(String(60), primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    # a pair's key: "employment_difficulty:featured_session" is 38 characters
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)


class EmployerScopeDay(Model):
    """An employer published in this scope on this day; prev_day is its previous such day.

    Scopes: 'r' (national), 'r:42', 'r:4201', 'r:420102', 'i:C38', 'o:6-31', 'c:12'.
    """

    __tablename__ = "employer_scope_days"

    employer_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    prev_day: Mapped[dt.date] = mapped_column(Date)


class EmployerReach(Model):
    """How many employer-scope-days have this (day, prev_day): the distinct count's index."""

    __tablename__ = "employer_reach"

    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    prev_day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    employers: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
