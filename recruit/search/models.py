from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, String, func
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import utcnow

# the indices documents are built for (search/documents.py has a builder for each)
INDEX_NAMES = ("vacancies", "jobseekers")


class SearchOutbox(db.Model):  # type: ignore[name-defined]  # Flask-SQLAlchemy's dynamic base
    """A document that needs (re)indexing; written in the same transaction as the change."""

    __tablename__ = "search_outbox"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    index_name: Mapped[str] = mapped_column(String(30))
    doc_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )
