"""Partner API keys and the vacancy change log the partner feed reads (docs/architecture.md,
"Partner change feed")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, String, func, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import utcnow

# what a key may be granted; a route names the one it needs
SCOPES = {"feed:read": "读取岗位变更流（/stream）与每日快照"}
# the transaction's own id (xid8, 64 bits with the epoch) as a bigint: the feed's order
CURRENT_XID = "(pg_current_xact_id()::text)::bigint"


class PartnerKey(db.Model):
    """A partner platform's API key. Only a SHA-256 of the key is kept (the key is 256 random
    bits, so a fast hash is safe); `prefix` (public, shown in lists) finds the row."""

    __tablename__ = "partner_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(30)), default=list)
    # its own rate limit ("600/minute;100000/day"); None: the configured partner_feed limit
    rate_limit: Mapped[str | None] = mapped_column(String(100))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class VacancyChange(db.Model):
    """A vacancy's public document may have changed: written by the search outbox in the
    changing transaction (search/outbox.py), with that transaction's id. The feed reads rows by
    (xid, id) once no transaction that could still add a smaller one is running."""

    __tablename__ = "vacancy_changes"
    __table_args__ = (Index("ix_vacancy_changes_order", "xid", "id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    xid: Mapped[int] = mapped_column(BigInteger, server_default=text(CURRENT_XID))
    vacancy_id: Mapped[int] = mapped_column()
    # published (went live), changed (what partners see may have changed), removed (left)
    op: Mapped[str] = mapped_column(String(10), default="changed", server_default="changed")
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
