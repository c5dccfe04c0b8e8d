"""SMS one-time codes proving a phone: 6 digits, kept only as an HMAC under SECRET_KEY, valid
OTP_TTL_SECONDS (5 min), OTP_MAX_ATTEMPTS (5) tries, one send per phone per OTP_RESEND_SECONDS.

Requests answer the same whether or not an account exists: a registration code is sent only to a
phone not yet registered, a reset code only to an active account's phone, an invitation code
only to a phone with a pending invitation; every request is recorded (and throttles) either way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import secrets

from flask import current_app
from sqlalchemy import func, select, text

from recruit.accounts.models import Account, PhoneCode
from recruit.employers.models import EmployerInvitation
from recruit.errors import Invalid, TooManyRequests
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.notify import sms
from recruit.privacy import keyed_hash, normalize_mobile

PUBLIC_PURPOSES = ("register", "reset", "invitation")
BAD_CODE = "验证码错误或已失效，请重新获取"


def _code_hash(phone: str, purpose: str, code: str) -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, f"otp:{purpose}:{phone}:{code}".encode(), hashlib.sha256).hexdigest()


def phone_hash_of(phone: str) -> str:
    return keyed_hash("phone:" + phone)


def _wanted(phone: str, purpose: str) -> bool:
    """Whether a code for this purpose makes sense for this phone (never told to the caller)."""
    account = db.session.scalar(select(Account).where(Account.phone == phone))
    if purpose == "register":
        return account is None
    if purpose in ("reset", "login"):
        return account is not None and account.is_active
    return db.session.scalar(select(EmployerInvitation.id).where(
        EmployerInvitation.phone == phone, EmployerInvitation.accepted_at.is_(None)).limit(1)) is not None


def request_code(phone: str, purpose: str) -> None:
    """Record the request and, when it makes sense, send a code. Commits; 429 within the resend
    interval of the phone's previous request (whatever its purpose and outcome)."""
    phone = normalize_mobile(phone)
    cfg = current_app.config
    phone_hash = phone_hash_of(phone)
    # serialise requests for one phone, so two parallel ones cannot both send
    db.session.execute(text("select pg_advisory_xact_lock(hashtext(:k))"), {"k": "otp:" + phone_hash})
    last = db.session.scalar(select(func.max(PhoneCode.created_at)).where(PhoneCode.phone_hash == phone_hash))
    now = utcnow()
    wait = cfg["OTP_RESEND_SECONDS"] - (now - last).total_seconds() if last else 0
    if wait > 0:
        db.session.rollback()
        raise TooManyRequests("验证码发送过于频繁，请稍后再试", code="code_throttled",
                              retry_after=int(wait) + 1)
    message = None
    code_hash = None
    if _wanted(phone, purpose):
        code = f"{secrets.randbelow(10**6):06d}"
        code_hash = _code_hash(phone, purpose, code)
        message = sms.SmsMessage(phone=phone, template="code", params={"code": code})
    db.session.add(PhoneCode(phone_hash=phone_hash, purpose=purpose, code_hash=code_hash, created_at=now,
                             expires_at=now + dt.timedelta(seconds=cfg["OTP_TTL_SECONDS"])))
    gateway = sms.gateway()
    if message is not None:
        gateway.stage(message)
    db.session.commit()
    if message is not None:
        gateway.deliver(message)


def consume(phone: str, purpose: str, code: str | None, *, field: str = "code") -> None:
    """Check the newest live code of (phone, purpose) and mark it used in the caller's
    transaction (so it is spent only if the action commits). A wrong code costs an attempt,
    committed at once, and raises 422 naming `field`. Call before any other change."""
    phone = normalize_mobile(phone)
    row = db.session.scalar(
        select(PhoneCode).where(PhoneCode.phone_hash == phone_hash_of(phone), PhoneCode.purpose == purpose)
        .order_by(PhoneCode.id.desc()).limit(1).with_for_update())
    cfg = current_app.config
    usable = (row is not None and row.code_hash is not None and row.consumed_at is None
              and row.expires_at > utcnow() and row.attempts < cfg["OTP_MAX_ATTEMPTS"])
    if usable and code and hmac.compare_digest(row.code_hash, _code_hash(phone, purpose, code.strip())):
        row.consumed_at = utcnow()
        return
    if usable:
        row.attempts += 1
    db.session.commit()
    raise Invalid.field(field, BAD_CODE)


def send_login_code(account: Account) -> None:
    """The second factor of an admin sign-in (after the password was right). A request within
    the resend interval keeps the code already sent."""
    with contextlib.suppress(TooManyRequests):
        request_code(account.phone, "login")
