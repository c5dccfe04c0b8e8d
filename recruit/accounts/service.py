"""Accounts: registration, login, and the account behind a token."""

from __future__ import annotations

from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from recruit import throttle
from recruit.accounts import otp, sessions
from recruit.accounts.models import Account
from recruit.audit import service as audit
from recruit.codes import regions
from recruit.errors import Conflict, Forbidden, Invalid, Unauthorized
from recruit.extensions import db
from recruit.privacy import normalize_mobile

# roles that sign in with a second factor (an SMS code) besides the password
SECOND_FACTOR_ROLES = ("admin",)


@cache
def _hasher_for(time_cost: int, memory_cost: int) -> tuple[PasswordHasher, str]:
    hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost)
    # verified against when the phone is unknown, so both paths cost the same
    return hasher, hasher.hash("not-a-real-password")


def _hasher() -> tuple[PasswordHasher, str]:
    cfg = current_app.config
    return _hasher_for(cfg["ARGON2_TIME_COST"], cfg["ARGON2_MEMORY_COST"])


def hash_password(password: str) -> str:
    return _hasher()[0].hash(password)


def register(*, role: str, phone: str, password: str, display_name: str,
             region_prefix: str | None = None) -> Account:
    phone = normalize_mobile(phone)
    if role == "operator" and not (region_prefix and regions.prefix_is_valid(region_prefix)):
        raise Invalid.field("region_prefix", "运营人员必须指定有效的行政区划代码前缀")
    account = Account(role=role, phone=phone, password_hash=hash_password(password),
                      display_name=display_name.strip(), region_prefix=region_prefix)
    db.session.add(account)
    try:
        db.session.commit()
    except IntegrityError as exc:
        db.session.rollback()
        raise Conflict("该手机号已注册", code="phone_taken",
                       errors={"json": {"phone": ["该手机号已注册"]}}) from exc
    return account


def register_with_code(*, code: str, phone: str, **fields: Any) -> Account:
    """Self-registration: the phone's SMS code first (spent only if the account is created)."""
    otp.consume(phone, "register", code)
    return register(phone=phone, **fields)


def check_password(*, phone: str, password: str, code: str | None = None) -> Account:
    """The account behind a phone and password; admins also need the SMS code of this sign-in:
    without one, the right password sends it and the answer asks for it (401
    second_factor_required). The same 401 for an unknown phone and a wrong password."""
    phone = normalize_mobile(phone)
    throttle.check_unlocked(phone)
    found = db.session.scalar(select(Account).where(Account.phone == phone))
    account = found
    hasher, dummy = _hasher()
    try:
        hasher.verify(account.password_hash if account else dummy, password)
    except (VerificationError, InvalidHashError):
        account = None
    if account is None or not account.is_active:
        if throttle.record_failure(phone) and found is not None:
            # the system locks; the row names the locked account as its subject and actor
            audit.record(found, "account.locked", target_type="account", target_id=found.id)
            db.session.commit()
        raise Unauthorized("手机号或密码错误", code="bad_credentials")
    throttle.record_success(phone)
    if account.role in SECOND_FACTOR_ROLES:
        if not code:
            otp.send_login_code(account)
            raise Unauthorized("管理员登录须输入短信验证码，验证码已发送至本账号手机",
                               code="second_factor_required",
                               errors={"json": {"code": ["请输入短信验证码"]}})
        try:
            otp.consume(phone, "login", code)
        except Invalid as exc:
            raise Unauthorized(otp.BAD_CODE, code="bad_second_factor",
                               errors={"json": {"code": [otp.BAD_CODE]}}) from exc
    return account


def login(*, phone: str, password: str, code: str | None = None) -> dict:
    """API sign-in: a new session with a short access token and a refresh token."""
    return sessions.issue(check_password(phone=phone, password=password, code=code))


def reset_password(*, phone: str, code: str, new_password: str) -> None:
    """With the phone's reset code. The same 422 (on `code`) whether or not the phone has an
    account: no code is ever sent to one that has none. Ends every session of the account."""
    otp.consume(phone, "reset", code)
    account = db.session.scalar(select(Account).where(Account.phone == normalize_mobile(phone))
                                .with_for_update())
    if account is None or not account.is_active:  # deactivated since the code was sent
        db.session.rollback()
        raise Invalid.field("code", otp.BAD_CODE)
    set_password(account, new_password, reason="password_reset")
    db.session.commit()


def change_password(account: Account, *, current_password: str, new_password: str) -> None:
    hasher, _ = _hasher()
    try:
        hasher.verify(account.password_hash, current_password)
    except (VerificationError, InvalidHashError) as exc:
        raise Invalid.field("current_password", "当前密码不正确") from exc
    set_password(account, new_password, reason="password_change")
    db.session.commit()


def set_password(account: Account, password: str, *, reason: str) -> None:
    """New hash, and every token and web session issued before stops working. No commit."""
    account.password_hash = hash_password(password)
    sessions.revoke_all(account, reason)


_STAFF = ("operator", "admin")


def unlock(actor: Account, phone: str) -> dict:
    """An operator lifts a sign-in lockout; audited whether or not the phone was locked."""
    phone = normalize_mobile(phone)
    account = db.session.scalar(select(Account).where(Account.phone == phone))
    if account is not None and account.role in _STAFF and actor.role != "admin":
        raise Forbidden("运营人员账号只能由管理员解锁", code="staff_unlock")
    was_locked = throttle.unlock(phone)
    audit.record(actor, "account.unlocked", target_type="account",
                 target_id=account.id if account else None, after={"was_locked": was_locked})
    db.session.commit()
    return {"was_locked": was_locked}


def get_active(account_id: int) -> Account | None:
    account = db.session.get(Account, account_id)
    return account if account and account.is_active else None
