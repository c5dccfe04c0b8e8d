from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, Date, Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db

# search: the first page of /search/vacancies; recommendations: /me/recommendations;
# candidates: an employer's candidate list for one of its vacancies
SURFACES = ("search", "recommendations", "candidates")
# group_code of the row counting every top-10 impression of the cell (the denominator)
ALL = ""


class FairnessExposure(db.Model):  # type: ignore[name-defined]  # Flask-SQLAlchemy's dynamic base
    """Sampled top-10 impressions, aggregated per day, campaign, county, surface and group.

    Vacancy surfaces: an impression of a campaign's vacancy counts once under ALL and once under
    each group the vacancy welcomes. Candidate lists: each candidate shown counts once under ALL
    and once under each of their verified groups. Counts only: no person, no vacancy, no query."""

    __tablename__ = "fairness_exposures"
    __table_args__ = (CheckConstraint(f"surface in {SURFACES}", name="surface"),
                      # the report reads one campaign's window
                      Index("ix_fairness_exposures_campaign_day", "campaign_id", "day"))

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    surface: Mapped[str] = mapped_column(String(16), primary_key=True)
    # the county (GB/T 2260) of the vacancy shown, or of the vacancy the candidate list was for
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    group_code: Mapped[str] = mapped_column(String(30), primary_key=True)
    # impressions in the sampled requests, and the estimate of all (each divided by its sample rate)
    sampled: Mapped[int] = mapped_column(BigInteger, default=0)
    weighted: Mapped[float] = mapped_column(Float, default=0.0)
