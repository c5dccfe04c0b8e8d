from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import Timestamps, utcnow


class SavedSearch(Timestamps, db.Model):
    """A jobseeker's stored search (the arguments of VacancySearchArgs) and its watermark."""

    __tablename__ = "saved_searches"
    __table_args__ = (CheckConstraint("alert in ('off', 'instant', 'daily')", name="alert"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"),
                                              index=True)
    name: Mapped[str] = mapped_column(String(50))
    # validated with VacancySearchArgs when saved and again when run, so new filters just work
    query: Mapped[dict] = mapped_column(JSONB)
    # vacancies published after this instant are "new"
    last_checked_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # job alerts: off | instant (every few minutes) | daily (a digest at 08:00 CST)
    alert: Mapped[str] = mapped_column(String(8), default="daily", server_default="daily")
    # the alerts' own watermark (apart from what the person read in the app)
    alerted_until: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SavedSearchAlert(db.Model):
    """A vacancy alerted for a saved search: at most once (the primary key)."""

    __tablename__ = "saved_search_alerts"

    saved_search_id: Mapped[int] = mapped_column(
        ForeignKey("saved_searches.id", ondelete="CASCADE"), primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"),
                                            primary_key=True)
    alerted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
