from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import Timestamps, utcnow

ROLES = ("jobseeker", "employer", "operator", "admin")


class Account(Timestamps, db.Model):
    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint(f"role in {ROLES}", name="role"),
        CheckConstraint("role <> 'operator' or region_prefix is not null", name="operator_region"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    phone: Mapped[str] = mapped_column(String(11), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(50))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    # operators act only inside this GB/T 2260 prefix (2, 4 or 6 digits)
    region_prefix: Mapped[str | None] = mapped_column(String(6))
    is_active: Mapped[bool] = mapped_column(default=True)
    # bumped by a password change or reset and by "log out everywhere": every token and web
    # session issued before no longer works (checked on every request)
    token_version: Mapped[int] = mapped_column(default=0, server_default="0")


class AuthSession(db.Model):
    """One sign-in: an API refresh-token family or a web cookie session. Revoking the row ends
    every token of the family (or the cookie) at its next request."""

    __tablename__ = "auth_sessions"
    __table_args__ = (CheckConstraint("kind in ('api', 'web')", name="kind"),)

    id: Mapped[str] = mapped_column(String(43), primary_key=True)  # random, url-safe
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    # the account's token_version when the session began
    token_version: Mapped[int]
    # the one refresh token of the family that may still be used (api sessions)
    refresh_jti: Mapped[str | None] = mapped_column(String(43))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_reason: Mapped[str | None] = mapped_column(String(32))


class PhoneCode(db.Model):
    """A one-time SMS code (or a request that issued none): keyed hash of the phone, never the
    phone; the code only as an HMAC. The newest row of a phone also throttles sending."""

    __tablename__ = "phone_codes"
    __table_args__ = (
        CheckConstraint("purpose in ('register', 'reset', 'invitation', 'login')", name="purpose"),
        Index("ix_phone_codes_phone_hash_created_at", "phone_hash", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    phone_hash: Mapped[str] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(String(16))
    # null when nothing was sent (unknown phone for a reset, a registered one for registration)
    code_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(SmallInteger, default=0)
    consumed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
