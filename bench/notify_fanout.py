"""Notification fan-out for a 100,000-person campaign push.

    DATABASE_URL=postgresql+psycopg://... .venv/bin/python bench/notify_fanout.py [--people 100000]

On a database migrated to head (a test database is fine: the benchmark removes what it made).
Creates the people's accounts set-wise (one INSERT ... SELECT generate_series), then
1. writes the campaign push's notifications the way `search/campaigns.py` does, one
   `notifications.enqueue(...)` per msearch batch of 200 people, committed per batch
   (inbox rows + one SMS delivery each: nobody has bound WeChat);
2. times `deliver_all()` (the body of the task `recruit.deliver_notifications`) over them with
   the development SMS sink (sms_outbox), the clock fixed at 10:00 CST (outside the quiet hours).
Prints rows/s for both. Commands and figures: docs/performance.md "Notification fan-out".
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import secrets
import sys
import time
from pathlib import Path

from cryptography.fernet import Fernet

sys.path.insert(0, str(Path(__file__).parent.parent))

from sqlalchemy import func, select, text  # noqa: E402

from recruit import clock, create_app  # noqa: E402
from recruit.extensions import db  # noqa: E402
from recruit.notifications import outbox, service  # noqa: E402
from recruit.notifications.models import NotificationDelivery  # noqa: E402

PHONE_PREFIX = "199"  # the benchmark's accounts: 199 + 8 digits
CAUSE = "campaign:bench"


def cleanup() -> None:
    db.session.execute(text("delete from sms_outbox where phone like :p"), {"p": PHONE_PREFIX + "%"})
    db.session.execute(text("delete from notifications where cause = :c"), {"c": CAUSE})
    db.session.execute(text("delete from accounts where phone like :p and display_name = '基准'"),
                       {"p": PHONE_PREFIX + "%"})
    db.session.commit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--enqueue-batch", type=int, default=200)
    parser.add_argument("--deliver-batch", type=int, default=500)
    args = parser.parse_args()
    for key in ("SECRET_KEY", "JWT_SECRET_KEY", "PII_HASH_KEY"):
        os.environ.setdefault(key, secrets.token_urlsafe(32))
    os.environ.setdefault("PII_ENCRYPTION_KEY", Fernet.generate_key().decode())
    app = create_app({"NOTIFY_BATCH_SIZE": args.deliver_batch, "SMS_PROVIDER": "dev",
                      "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://")})
    with app.app_context():
        cleanup()
        start = time.perf_counter()
        db.session.execute(text(
            "insert into accounts (role, phone, password_hash, display_name, is_active, token_version,"
            " created_at, updated_at) select 'jobseeker', :p || lpad(g::text, 8, '0'), '!', '基准', true, 0,"
            " now(), now() from generate_series(1, :n) g"), {"p": PHONE_PREFIX, "n": args.people})
        db.session.commit()
        ids = list(db.session.scalars(select(text("id")).select_from(text("accounts"))
                                      .where(text("phone like :p")).order_by(text("id")),
                                      {"p": PHONE_PREFIX + "%"}))
        print(f"accounts: {len(ids):,} in {time.perf_counter() - start:.1f} s")
        clock.set_now(dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time(10), clock.CST))
        try:
            start = time.perf_counter()
            written = deliveries = 0
            for i in range(0, len(ids), args.enqueue_batch):
                n, d = outbox.enqueue("campaign_push", CAUSE, ids[i:i + args.enqueue_batch],
                                      title="春风行动专场：为你推荐了新岗位", body="打开“专场推荐”查看。",
                                      data={"campaign_id": 0})
                written, deliveries = written + n, deliveries + d
                db.session.commit()
            fan_out = time.perf_counter() - start
            print(f"enqueue: {written:,} notifications + {deliveries:,} deliveries in {fan_out:.1f} s "
                  f"= {written / fan_out:,.0f} people/s (batches of {args.enqueue_batch})")
            start = time.perf_counter()
            result = service.deliver_all()
            took = time.perf_counter() - start
            sent = db.session.scalar(select(func.count()).select_from(NotificationDelivery)
                                     .where(NotificationDelivery.status == "sent"))
            print(f"deliver: {result} in {took:.1f} s = {result.get('sent', 0) / took:,.0f} rows/s "
                  f"(batches of {args.deliver_batch}, development SMS sink); sent in total: {sent:,}")
        finally:
            clock.set_now(None)
            cleanup()


if __name__ == "__main__":
    main()
