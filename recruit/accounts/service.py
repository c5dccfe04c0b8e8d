"""Accounts: registration, login, and the account behind a token."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from flask_jwt_extended import create_access_token
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from recruit import throttle
from recruit.accounts.models import Account
from recruit.audit import service as audit
from recruit.codes import regions
from recruit.errors import Conflict, Forbidden, Invalid, Unauthorized
from recruit.extensions import db
from recruit.privacy import normalize_mobile


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


def login(*, phone: str, password: str) -> dict:
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
    token = create_access_token(identity=str(account.id), additional_claims={"role": account.role})
    return {
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": current_app.config["JWT_ACCESS_TOKEN_EXPIRES"],
        "account": account,
    }


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
