"""Throttling and progressive lockout, on a store every gunicorn worker and host shares (Redis).

Two mechanisms:
- named rate limits (`limit("login")`) from RATE_LIMITS in config: per account when a valid
  token is present, else per client address; 429 with Retry-After when exceeded;
- a lockout after repeated failed sign-ins, per phone and per address, whose length doubles
  with each lockout of the day (1, 2, 4 ... 60 minutes). Phones that have no account are
  counted the same way, so the answers never tell whether a phone is registered.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask, Response, current_app, jsonify
from flask_jwt_extended import get_jwt_identity, verify_jwt_in_request
from flask_jwt_extended.exceptions import JWTExtendedException
from flask_limiter import Limiter, RequestLimit
from flask_limiter.util import get_remote_address
from jwt import PyJWTError
from limits import parse_many

from recruit.errors import AppError, TooManyRequests, error_body
from recruit.privacy import keyed_hash


def _account_or_address() -> str:
    """The signed-in account when the request carries a valid token, else the address."""
    try:
        verify_jwt_in_request(optional=True)
        identity = get_jwt_identity()
    except (JWTExtendedException, PyJWTError):
        identity = None
    return f"account:{identity}" if identity else f"ip:{get_remote_address()}"


def _breach(limit: RequestLimit) -> Response:
    # reset_at rounds up past the window's end: never more than the window itself
    retry = max(1, min(limit.limit.get_expiry(), math.ceil(limit.reset_at - time.time())))
    response = jsonify(error_body(429, "too_many_requests", f"请求过于频繁，请{retry}秒后再试"))
    response.status_code = 429
    response.headers["Retry-After"] = str(retry)
    return response


# no X-RateLimit-* headers on answers within the limit: flask-limiter reads them with a second
# Redis round trip per request (a sixth of a search's CPU outside the node, docs/performance.md);
# the app reads none of them, and a refused request still says when to retry (Retry-After)
limiter = Limiter(key_func=_account_or_address, strategy="moving-window", on_breach=_breach,
                  headers_enabled=False)


def init_app(app: Flask) -> None:
    limiter.init_app(app)


def limit(name: str) -> Callable:
    """A named limit from config RATE_LIMITS, e.g. `@limit("login")` under the route's access()."""
    return limiter.limit(lambda: current_app.config["RATE_LIMITS"][name], scope=name,
                         key_func=_account_or_address)


def hit(name: str, subject: str, rate: str | None = None) -> None:
    """Count one request of `subject` (a partner key's id) against the named limit, or against
    `rate` (the key's own) when given, on the shared store; 429 with Retry-After when over.
    Called by the view's access check once it knows the subject (partners.auth): flask-limiter's
    decorator would evaluate its limit before the key is checked."""
    prefix = current_app.config["RATELIMIT_KEY_PREFIX"]
    for item in parse_many(rate or current_app.config["RATE_LIMITS"][name]):
        if not limiter.limiter.hit(item, prefix, name, subject):
            reset = limiter.limiter.get_window_stats(item, prefix, name, subject).reset_time
            retry = max(1, math.ceil(reset - time.time()))
            raise TooManyRequests(f"请求过于频繁，请{retry}秒后再试", retry_after=retry)


def limit_posts(name: str) -> Callable:
    """`limit(name)` counting only POSTs: a sign-in page may be shown as often as asked."""
    return limiter.limit(lambda: current_app.config["RATE_LIMITS"][name], scope=name,
                         key_func=_account_or_address, methods=["POST"])


# ---- lockout after failed sign-ins ---------------------------------------------------------

class Locked(AppError):
    status = 429
    code = "locked"
    message = "登录失败次数过多，请稍后再试"

    def __init__(self, retry_after: int):
        minutes = max(1, math.ceil(retry_after / 60))
        super().__init__(f"登录失败次数过多，已暂时锁定，请{minutes}分钟后再试或联系运营人员解锁")
        self.retry_after = retry_after


@dataclass(frozen=True)
class _Scope:
    name: str
    threshold: int


_PHONE = _Scope("phone", 5)
_ADDRESS = _Scope("ip", 30)
_FAILURE_WINDOW = 15 * 60
_LEVEL_WINDOW = 24 * 3600
_BASE_LOCK, _MAX_LOCK = 60, 3600


def _keys(scope: _Scope, subject: str) -> tuple[str, str, str]:
    base = f"{current_app.config['RATELIMIT_KEY_PREFIX']}/lockout/{scope.name}/{subject}"
    return base + "/fails", base + "/level", base + "/lock"


def _subjects(phone: str) -> list[tuple[_Scope, str]]:
    # the phone is hashed: the store never holds a phone number
    return [(_PHONE, keyed_hash(phone)), (_ADDRESS, get_remote_address() or "unknown")]


def check_unlocked(phone: str) -> None:
    """Raise Locked while the phone or the address is locked (even for the right password)."""
    storage = limiter.storage
    waits = []
    for scope, subject in _subjects(phone):
        lock = _keys(scope, subject)[2]
        if storage.get(lock):
            waits.append(max(1, math.ceil(storage.get_expiry(lock) - time.time())))
    if waits:
        raise Locked(max(waits))


def record_failure(phone: str) -> bool:
    """Count a failed sign-in; lock when a threshold is reached. True if this locked the phone."""
    storage = limiter.storage
    locked_phone = False
    for scope, subject in _subjects(phone):
        fails, level, lock = _keys(scope, subject)
        if storage.incr(fails, _FAILURE_WINDOW) >= scope.threshold:
            n = storage.incr(level, _LEVEL_WINDOW)
            storage.incr(lock, min(_MAX_LOCK, _BASE_LOCK * 2 ** (n - 1)))
            storage.clear(fails)
            locked_phone = locked_phone or scope is _PHONE
    return locked_phone


def record_success(phone: str) -> None:
    storage = limiter.storage
    for scope, subject in _subjects(phone):
        storage.clear(_keys(scope, subject)[0])


def unlock(phone: str) -> bool:
    """An operator's unlock: the phone's lock, failures and level cleared. True if it was locked."""
    storage = limiter.storage
    fails, level, lock = _keys(_PHONE, keyed_hash(phone))
    was_locked = bool(storage.get(lock))
    for key in (fails, level, lock):
        storage.clear(key)
    return was_locked
