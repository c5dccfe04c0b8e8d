"""The one entry of every notification: `enqueue(...)`, inside the cause's transaction.

A side effect like the search outbox: it never commits, so a cause rolled back leaves no
notification, and a cause committed always has one. Set-wise: one statement writes the inbox
rows and the delivery rows for any number of people (a campaign push enqueues a batch at a
time). Idempotent: (kind, cause, account) is unique, a second enqueue of the same cause adds
nothing; the deliveries hang off the rows just inserted, so they are not doubled either.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from flask import current_app
from sqlalchemy import text

from recruit import clock
from recruit.extensions import db
from recruit.notifications.models import DEFAULTS, KINDS

_ENQUEUE = text("""
with params as (
    select cast(:kind as varchar) as kind
), targets as (
    select a.id as account_id from accounts a
    where a.id = any(cast(:ids as bigint[])) and a.is_active
), chosen as (
    select p.account_id, p.channel, p.enabled from notification_preferences p
    where p.account_id = any(cast(:ids as bigint[])) and p.kind = (select kind from params)
), new as (
    insert into notifications (account_id, kind, cause, title, body, data, in_app, created_at)
    select t.account_id, (select kind from params), cast(:cause as varchar), cast(:title as varchar),
           cast(:body as text), cast(:data as jsonb),
           coalesce((select c.enabled from chosen c
                     where c.account_id = t.account_id and c.channel = 'in_app'),
                    cast(:in_app as boolean)),
           cast(:now as timestamptz)
    from targets t
    on conflict on constraint uq_notifications_cause do nothing
    returning id, account_id
), deliveries as (
    insert into notification_deliveries (notification_id, account_id, channel, status, due_at, attempts)
    select n.id, n.account_id, o.channel, 'pending', cast(:due as timestamptz), 0
    from new n
    cross join (values ('sms', cast(:sms as boolean)), ('wechat', cast(:wechat as boolean)))
         as o(channel, default_on)
    where coalesce((select c.enabled from chosen c
                    where c.account_id = n.account_id and c.channel = o.channel), o.default_on)
      and (o.channel <> 'wechat'
           or exists (select 1 from wechat_bindings w where w.account_id = n.account_id))
    returning 1
)
select (select count(*) from new), (select count(*) from deliveries)
""")



def quiet(moment: dt.datetime) -> bool:
    """Inside the quiet hours (CST): no SMS or WeChat message goes out."""
    start, end = current_app.config["NOTIFY_QUIET_START"], current_app.config["NOTIFY_QUIET_END"]
    hour = moment.astimezone(clock.CST).hour
    return bool((hour >= start or hour < end) if start > end else start <= hour < end)


def outside_due(moment: dt.datetime) -> dt.datetime:
    """When an SMS or WeChat message caused at `moment` may go: then, or at the end of the
    quiet hours."""
    return clock.next_cst(current_app.config["NOTIFY_QUIET_END"], moment) if quiet(moment) else moment


def enqueue(kind: str, cause: str, account_ids: int | Sequence[int], *, title: str, body: str,
            data: dict[str, Any] | None = None) -> tuple[int, int]:
    """Notify these accounts of one cause (in the caller's transaction; never commits).

    `cause` names the event so that it is unique per kind and account ("application:17:interview");
    title and body are what the person reads (Chinese, no personal data of anybody else).
    Returns (notifications written, deliveries written); repeated causes count 0."""
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind}")
    ids = [account_ids] if isinstance(account_ids, int) else list(account_ids)
    if not ids:
        return 0, 0
    now = clock.now()
    defaults = DEFAULTS[kind]
    row = db.session.execute(_ENQUEUE, {
        "ids": ids, "kind": kind, "cause": cause[:64], "title": title[:100], "body": body,
        "data": json.dumps(data or {}, ensure_ascii=False), "in_app": defaults["in_app"],
        "sms": defaults["sms"], "wechat": defaults["wechat"], "now": now, "due": outside_due(now),
    }).one()
    return int(row[0]), int(row[1])
