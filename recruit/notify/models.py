from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import utcnow


class SmsOutbox(db.Model):
    """The development SMS sink: what would have been sent. The demo and the tests read codes
    here; with a real provider configured nothing is written."""

    __tablename__ = "sms_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(11), index=True)
    template: Mapped[str] = mapped_column(String(32))
    params: Mapped[dict] = mapped_column(JSONB)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
