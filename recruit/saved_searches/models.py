from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import Timestamps, utcnow


class SavedSearch(Timestamps, db.Model):
    """A jobseeker's stored search (the arguments of VacancySearchArgs) and its watermark."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"),
                                              index=True)
    name: Mapped[str] = mapped_column(String(50))
    # validated with VacancySearchArgs when saved and again when run, so new filters just work
    query: Mapped[dict] = mapped_column(JSONB)
    # vacancies published after this instant are "new"
    last_checked_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
