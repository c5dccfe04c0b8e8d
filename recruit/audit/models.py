from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import utcnow


class AuditEntry(db.Model):
    """Append-only: who did what to which record, when, and the record before and after."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    actor_role: Mapped[str] = mapped_column(String(16))
    # dotted verb, e.g. 'group_membership.approve', 'report.export'
    action: Mapped[str] = mapped_column(String(50), index=True)
    target_type: Mapped[str] = mapped_column(String(30))
    target_id: Mapped[str | None] = mapped_column(String(40))
    # where the target is (GB/T 2260), so audits can be read by region
    region_code: Mapped[str | None] = mapped_column(String(6))
    before: Mapped[dict | None] = mapped_column(JSONB)
    after: Mapped[dict | None] = mapped_column(JSONB)
