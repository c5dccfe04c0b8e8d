"""The notification outbox: one row per (kind, cause, account) — the in-app inbox entry — and
one delivery row per outside channel (SMS, WeChat), written in the cause's transaction.

The unique keys are the idempotency keys: a cause enqueued twice (a retried task, a batch done
again) adds nothing, and a delivery row is sent at most once (its status moves to `sent` in
the transaction that staged the gateway call)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import utcnow

KINDS = ("saved_search_alert", "campaign_push", "application_status", "contact_request")
CHANNELS = ("in_app", "sms", "wechat")
OUTSIDE = ("sms", "wechat")
STATUSES = ("pending", "sent", "failed", "skipped")
# what a person gets when they never changed a preference: SMS costs money and attention, so
# alerts (possibly many a day) reach a phone only when asked for
DEFAULTS: dict[str, dict[str, bool]] = {
    "saved_search_alert": {"in_app": True, "sms": False, "wechat": True},
    "campaign_push": {"in_app": True, "sms": True, "wechat": True},
    "application_status": {"in_app": True, "sms": True, "wechat": True},
    "contact_request": {"in_app": True, "sms": True, "wechat": True},
}


class Notification(db.Model):  # type: ignore[name-defined]  # Flask-SQLAlchemy's dynamic base
    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("kind", "cause", "account_id", name="uq_notifications_cause"),
        CheckConstraint(f"kind in {KINDS}", name="kind"),
        # the inbox (newest first) and the account's foreign key (erasure, cascades): not partial
        Index("ix_notifications_inbox", "account_id", "id"),
        Index("ix_notifications_unread", "account_id",
              postgresql_where=text("in_app and read_at is null")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    # what caused it, unique per kind and account: "application:17:interview", "campaign:3", ...
    cause: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSONB, default=dict)
    # false when the person unsubscribed the inbox for this kind (the outside channels may still go)
    in_app: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    read_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class NotificationDelivery(db.Model):  # type: ignore[name-defined]  # Flask-SQLAlchemy's dynamic base
    __tablename__ = "notification_deliveries"
    __table_args__ = (
        UniqueConstraint("notification_id", "channel", name="uq_notification_deliveries_channel"),
        CheckConstraint(f"channel in {OUTSIDE}", name="channel"),
        CheckConstraint(f"status in {STATUSES}", name="status"),
        # what the delivery task claims: pending and due
        Index("ix_notification_deliveries_due", "due_at", postgresql_where=text("status = 'pending'")),
        # the day's count per person and channel (caps), and the account's foreign key
        Index("ix_notification_deliveries_sent", "account_id", "channel", "sent_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    notification_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("notifications.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(8), default="pending")
    due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(SmallInteger, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class NotificationPreference(db.Model):  # type: ignore[name-defined]  # Flask-SQLAlchemy's dynamic base
    """A person's choice for one kind and channel; absent means DEFAULTS."""

    __tablename__ = "notification_preferences"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"),
                                            primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    channel: Mapped[str] = mapped_column(String(8), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean)


class WechatBinding(db.Model):  # type: ignore[name-defined]  # Flask-SQLAlchemy's dynamic base
    """The person's openid in the mini program (set by the app after wx.login)."""

    __tablename__ = "wechat_bindings"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"),
                                            primary_key=True)
    openid: Mapped[str] = mapped_column(String(64), unique=True)
    bound_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WechatOutbox(db.Model):  # type: ignore[name-defined]  # Flask-SQLAlchemy's dynamic base
    """The development WeChat sink: the subscribeMessage.send bodies that would have been sent."""

    __tablename__ = "wechat_outbox"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    openid: Mapped[str] = mapped_column(String(64), index=True)
    template_id: Mapped[str] = mapped_column(String(64))
    body: Mapped[dict] = mapped_column(JSONB)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

