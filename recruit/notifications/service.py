"""Notifications: the inbox (list, unread count, mark read), preferences (unsubscribe per kind
and channel, the WeChat binding) and delivery to the outside channels.

Delivery (`deliver_due`, run every minute by the task `recruit.deliver_notifications`): claims
due pending rows with SELECT ... FOR UPDATE SKIP LOCKED (two workers never take the same row),
calls the gateway and marks the row sent in the same transaction; a failed call is retried
after an exponential backoff and given up (status failed, error kept) after NOTIFY_MAX_ATTEMPTS.
Nothing goes out in the quiet hours; over the day's cap, or unsubscribed after it was
written, a delivery is skipped (the inbox keeps it).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from flask import current_app
from sqlalchemy import Select, func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from recruit import clock
from recruit.accounts.models import Account
from recruit.errors import NotFound
from recruit.extensions import db
from recruit.notifications import channels as channel_gateways
from recruit.notifications.models import (
    CHANNELS,
    DEFAULTS,
    KINDS,
    Notification,
    NotificationDelivery,
    NotificationPreference,
    WechatBinding,
)
from recruit.notifications.outbox import quiet
from recruit.taskqueue import backoff


# -- inbox -------------------------------------------------------------------------------------
def _inbox(account: Account) -> Select[Notification]:
    return select(Notification).where(Notification.account_id == account.id, Notification.in_app)


def list_mine(account: Account, *, page: int, per_page: int, unread: bool = False) -> dict[str, Any]:
    stmt = _inbox(account)
    if unread:
        stmt = stmt.where(Notification.read_at.is_(None))
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery()))
    items = db.session.scalars(stmt.order_by(Notification.id.desc())
                               .offset((page - 1) * per_page).limit(per_page)).all()
    db.session.commit()
    return {"items": items, "total": total, "page": page, "per_page": per_page}


def unread_count(account: Account) -> int:
    count = db.session.scalar(select(func.count()).select_from(
        _inbox(account).where(Notification.read_at.is_(None)).subquery()))
    db.session.commit()
    return int(count or 0)


def mark_read(account: Account, notification_id: int) -> Notification:
    item = db.session.scalar(_inbox(account).where(Notification.id == notification_id))
    if item is None:
        raise NotFound("通知不存在")
    if item.read_at is None:
        item.read_at = clock.now()
    db.session.commit()
    return item


def mark_all_read(account: Account) -> int:
    result = db.session.execute(update(Notification).where(
        Notification.account_id == account.id, Notification.in_app, Notification.read_at.is_(None))
        .values(read_at=clock.now()))
    db.session.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# -- preferences -------------------------------------------------------------------------------
def preferences(account: Account) -> dict[str, Any]:
    chosen = {(p.kind, p.channel): p.enabled for p in db.session.scalars(
        select(NotificationPreference).where(NotificationPreference.account_id == account.id))}
    bound = db.session.get(WechatBinding, account.id) is not None
    db.session.commit()
    return {"preferences": [{"kind": k, "channel": c, "enabled": chosen.get((k, c), DEFAULTS[k][c])}
                            for k in KINDS for c in CHANNELS],
            "wechat_bound": bound}


def set_preferences(account: Account, *, preferences: list[dict[str, Any]] | None = None,
                    wechat_openid: str | None = None) -> dict[str, Any]:
    for item in preferences or []:
        db.session.execute(pg_insert(NotificationPreference).values(
            account_id=account.id, kind=item["kind"], channel=item["channel"], enabled=item["enabled"])
            .on_conflict_do_update(index_elements=["account_id", "kind", "channel"],
                                   set_={"enabled": item["enabled"]}))
    if wechat_openid is not None:
        db.session.execute(WechatBinding.__table__.delete().where(
            (WechatBinding.account_id == account.id) | (WechatBinding.openid == wechat_openid)))
        if wechat_openid:
            db.session.add(WechatBinding(account_id=account.id, openid=wechat_openid, bound_at=clock.now()))
    db.session.commit()
    return globals()["preferences"](account)


# -- delivery ----------------------------------------------------------------------------------
def _sent_today(account_ids: list[int], now: dt.datetime) -> Counter[tuple[int, str]]:
    start = dt.datetime.combine(clock.day_of(now), dt.time.min, clock.CST)
    rows = db.session.execute(
        select(NotificationDelivery.account_id, NotificationDelivery.channel, func.count())
        .where(NotificationDelivery.status == "sent", NotificationDelivery.account_id.in_(account_ids),
               NotificationDelivery.sent_at >= start)
        .group_by(NotificationDelivery.account_id, NotificationDelivery.channel))
    return Counter({(a, c): n for a, c, n in rows})


def _unsubscribed(account_ids: list[int]) -> set[tuple[int, str, str]]:
    return {(p.account_id, p.kind, p.channel) for p in db.session.scalars(
        select(NotificationPreference).where(NotificationPreference.account_id.in_(account_ids),
                                             NotificationPreference.enabled.is_(False)))}


def deliver_due(limit: int | None = None) -> dict[str, int]:
    """One batch: claim, send, mark, commit. Returns counts by outcome (claimed = 0: nothing due)."""
    cfg = current_app.config
    now = clock.now()
    outcome: Counter[str] = Counter()
    if quiet(now):  # the quiet hours: everything waits for their end
        return {"claimed": 0}
    # claim on the delivery table alone (the partial index of due rows), then read what to send
    claimed = (select(NotificationDelivery.id)
               .where(NotificationDelivery.status == "pending", NotificationDelivery.due_at <= now)
               .order_by(NotificationDelivery.due_at, NotificationDelivery.id)
               .limit(limit or cfg["NOTIFY_BATCH_SIZE"]).with_for_update(skip_locked=True))
    d = NotificationDelivery
    # plain rows, not ORM objects: the batch's outcomes are written back in one UPDATE below
    rows = db.session.execute(
        select(d.id, d.account_id, d.channel, d.attempts, d.due_at, Notification,
               Account.phone, WechatBinding.openid)
        .join(Notification, Notification.id == d.notification_id)
        .join(Account, Account.id == d.account_id)
        .outerjoin(WechatBinding, WechatBinding.account_id == d.account_id)
        .where(d.id.in_(claimed))
        .order_by(d.due_at, d.id)).all()
    if not rows:
        db.session.commit()
        return {"claimed": 0}
    accounts = sorted({row.account_id for row in rows})
    sent = _sent_today(accounts, now)
    off = _unsubscribed(accounts)
    caps = {"sms": cfg["NOTIFY_SMS_DAILY_CAP"], "wechat": cfg["NOTIFY_WECHAT_DAILY_CAP"]}
    gateways = channel_gateways.channels()
    changes: list[dict[str, Any]] = []
    for row in rows:
        note, person = row.Notification, (row.account_id, row.channel)
        outcome["claimed"] += 1
        change = {"id": row.id, "status": "pending", "attempts": row.attempts, "due_at": row.due_at,
                  "sent_at": None, "last_error": None}
        changes.append(change)
        if (row.account_id, note.kind, row.channel) in off:
            change.update(status="skipped", last_error="unsubscribed")
        elif sent[person] >= caps[row.channel]:
            change.update(status="skipped", last_error="daily_cap")
        else:
            change["attempts"] += 1
            try:
                gateways[row.channel].send(channel_gateways.Outgoing(
                    kind=note.kind, title=note.title, body=note.body, created_at=note.created_at,
                    phone=row.phone, openid=row.openid, data=note.data))
            except channel_gateways.ChannelError as exc:
                change["last_error"] = str(exc)[:200]
                if change["attempts"] >= cfg["NOTIFY_MAX_ATTEMPTS"]:
                    change["status"] = "failed"
                else:
                    change["due_at"] = now + dt.timedelta(seconds=backoff(
                        change["attempts"] - 1, cfg["NOTIFY_RETRY_BASE"], cfg["NOTIFY_RETRY_MAX"]))
                outcome["failed" if change["status"] == "failed" else "retry"] += 1
                continue
            change.update(status="sent", sent_at=now)
            sent[person] += 1
        outcome[change["status"]] += 1
    _write_back(changes)
    db.session.commit()
    return dict(outcome)


def _write_back(changes: list[dict[str, Any]]) -> None:
    """The batch's outcomes in one UPDATE ... FROM unnest(arrays) (one statement per batch, not
    one per delivery: docs/performance.md, "Notification fan-out")."""
    columns = ("id", "status", "attempts", "due_at", "sent_at", "last_error")
    types = ("bigint", "varchar", "smallint", "timestamptz", "timestamptz", "varchar")
    arrays = ", ".join(f"cast(:{c} as {t}[])" for c, t in zip(columns, types, strict=True))
    db.session.execute(text(f"""
        update notification_deliveries d
        set status = u.status, attempts = u.attempts, due_at = u.due_at, sent_at = u.sent_at,
            last_error = u.last_error
        from unnest({arrays}) as u({', '.join(columns)})
        where d.id = u.id"""), {c: [change[c] for change in changes] for c in columns})


def deliver_all(limit: int | None = None, max_batches: int = 10_000) -> dict[str, int]:
    """Batches until nothing is due (the task)."""
    total: Counter[str] = Counter()
    for _ in range(max_batches):
        result = deliver_due(limit)
        if not result.get("claimed"):
            break
        total.update(result)
    return dict(total)
