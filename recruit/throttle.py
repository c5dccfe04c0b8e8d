"""Throttling and progressive lockout, on a store every gunicorn worker and host shares (Redis).

Two mechanisms:
- named rate limits (`limit("login")`) from RATE_LIMITS in config: per account when a valid
  token is present, else per client address; 429 with Retry-After when exceeded;
- a lockout after repeated failed sign-ins, per phone and per address, whose length doubles
  with each lockout of the day (1, 2, 4 ... 60 minutes). Phones that have no account are
  counted the same way, so the answers never tell whether a phone is registered.
"""

from __future__ import annotations

import functools
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from flask import Flask, Response, current_app, g, has_request_context, request
from flask_jwt_extended import get_jwt_identity, verify_jwt_in_request
from flask_jwt_extended.exceptions import JWTExtendedException
from jwt import PyJWTError
from limits import RateLimitItem, parse_many
from limits.errors import StorageError
from limits.storage import RedisStorage, Storage, StorageTypes, storage_from_string
from limits.strategies import MovingWindowRateLimiter
from limits.util import WindowStats

from recruit.errors import AppError, TooManyRequests
from recruit.privacy import keyed_hash

log = logging.getLogger(__name__)


def _remote_address() -> str:
    """The client's address (ProxyFix has applied the trusted X-Forwarded-For)."""
    return request.remote_addr or "127.0.0.1"


def _account_or_address() -> str:
    """The signed-in account when the request carries a valid token, else the address."""
    try:
        verify_jwt_in_request(optional=True)
        identity = get_jwt_identity()
    except (JWTExtendedException, PyJWTError):
        identity = None
    return f"account:{identity}" if identity else f"ip:{_remote_address()}"


# limits' moving window on Redis, with the hit and the X-RateLimit-* headers' window in one round
# trip: the stock strategy reads the window again after the view (a second script call on the
# busiest endpoints). Same keys, same list per key, same rule; other stores get the stock strategy.
_ACQUIRE_AND_READ = """
local timestamp = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local expiry = tonumber(ARGV[3])
local amount = tonumber(ARGV[4])
local acquired = 0
if amount <= limit then
    local entry = redis.call('lindex', KEYS[1], limit - amount)
    if not (entry and tonumber(entry) >= timestamp - expiry) then
        for i = 1, amount do
            redis.call('lpush', KEYS[1], timestamp)
        end
        redis.call('ltrim', KEYS[1], 0, limit - 1)
        redis.call('expire', KEYS[1], expiry)
        acquired = 1
    end
end
-- the window as limits' moving_window.lua reads it: the oldest entry still inside, and the count
local low, high, found = 0, limit - 1, nil
while low <= high do
    local mid = math.floor((low + high) / 2)
    local val = tonumber(redis.call('lindex', KEYS[1], mid))
    if val and val >= timestamp - expiry then
        found = mid
        low = mid + 1
    else
        high = mid - 1
    end
end
if found then
    return {acquired, tostring(redis.call('lindex', KEYS[1], found)), found + 1}
end
return {acquired, tostring(timestamp), 0}
"""


class _MovingWindowOneTrip(MovingWindowRateLimiter):
    """hit() also reads the window it leaves; get_window_stats() in the same request answers from
    it (the headers, a 429's Retry-After) instead of asking Redis again."""

    def __init__(self, storage: StorageTypes) -> None:
        super().__init__(storage)
        self._script = (storage.get_connection().register_script(_ACQUIRE_AND_READ.encode())
                        if isinstance(storage, RedisStorage) else None)

    def hit(self, item: RateLimitItem, *identifiers: str, cost: int = 1) -> bool:
        storage = self.storage
        if self._script is None or not isinstance(storage, RedisStorage) or not has_request_context():
            return super().hit(item, *identifiers, cost=cost)
        key = item.key_for(*identifiers)
        try:
            acquired, oldest, count = self._script(keys=[storage.prefixed_key(key)],
                                                   args=[time.time(), item.amount, item.get_expiry(), cost])
        except storage.base_exceptions as exc:  # as limits' own storage calls fail
            raise StorageError(exc) from exc
        g.setdefault("rate_windows", {})[key] = WindowStats(float(oldest) + item.get_expiry(),
                                                            item.amount - int(count))
        return bool(acquired)

    def get_window_stats(self, item: RateLimitItem, *identifiers: str) -> WindowStats:
        windows = g.get("rate_windows") if has_request_context() else None
        stats = windows.pop(item.key_for(*identifiers), None) if windows else None
        return stats if stats is not None else super().get_window_stats(item, *identifiers)


_EXTENSION = "recruit_rate_limits"


@dataclass(frozen=True)
class _Store:
    storage: Storage
    strategy: MovingWindowRateLimiter


class _Limits:
    """The current app's store of counters and its strategy (init_app makes them)."""

    @property
    def storage(self) -> Storage:
        store: _Store = current_app.extensions[_EXTENSION]
        return store.storage

    @property
    def limiter(self) -> MovingWindowRateLimiter:
        store: _Store = current_app.extensions[_EXTENSION]
        return store.strategy


# Named limits are counted here rather than by flask-limiter, whose per-request machinery (a check
# before every request, limit resolution and scopes on each call) cost about 0.5 ms of CPU a search
# (docs/performance.md, round 6). What a client sees is what flask-limiter did: the same moving
# window per account or address, route and name; 429 with Retry-After in the error shape; the
# X-RateLimit-Limit/-Remaining/-Reset and Retry-After headers on every counted request.
limiter = _Limits()


def init_app(app: Flask) -> None:
    storage = storage_from_string(app.config["RATELIMIT_STORAGE_URI"])
    assert isinstance(storage, Storage)  # a synchronous store (redis://, memory://)
    app.extensions[_EXTENSION] = _Store(storage, _MovingWindowOneTrip(storage))
    app.after_request(_limit_headers)


@lru_cache(maxsize=64)
def _items(rate: str) -> tuple[RateLimitItem, ...]:
    """A limit string ("10/minute;100/hour"), its shortest window first."""
    return tuple(sorted(parse_many(rate)))


def _count(name: str) -> None:
    """One request against the named limit (each of its windows, shortest first, stopping at the
    first exceeded); 429 when over. The headers report the exceeded window, else the shortest."""
    config = current_app.config
    strategy = limiter.limiter
    identifiers = (config["RATELIMIT_KEY_PREFIX"], _account_or_address(), f"{request.endpoint}:{name}")
    shown: tuple[RateLimitItem, tuple[str, ...]] | None = None
    for item in _items(config["RATE_LIMITS"][name]):
        if not strategy.hit(item, *identifiers):
            g.rate_limit_shown = (item, identifiers)
            log.info("ratelimit %s (%s) exceeded at endpoint: %s", item, identifiers[1], identifiers[2])
            retry = max(1, int(_reset_at(strategy, item, identifiers) - time.time()))  # as Retry-After
            raise TooManyRequests(f"请求过于频繁，请{retry}秒后再试", retry_after=retry)
        shown = shown or (item, identifiers)
    g.rate_limit_shown = shown


def _reset_at(strategy: MovingWindowRateLimiter, item: RateLimitItem, identifiers: tuple[str, ...]) -> int:
    """When the window frees a place, whole seconds (once per request: the headers reuse it)."""
    if "rate_limit_reset" not in g:
        g.rate_limit_reset = strategy.get_window_stats(item, *identifiers)
    return int(g.rate_limit_reset.reset_time + 1)


def _limit_headers(response: Response) -> Response:
    shown = g.get("rate_limit_shown")
    if shown is None:
        return response
    item, identifiers = shown
    strategy = limiter.limiter
    reset_at = _reset_at(strategy, item, identifiers)
    response.headers.add("X-RateLimit-Limit", str(item.amount))
    response.headers.add("X-RateLimit-Remaining", str(g.rate_limit_reset.remaining))
    response.headers.add("X-RateLimit-Reset", str(reset_at))
    existing = response.headers.get("Retry-After")  # a 429's, in seconds
    if existing is not None:
        reset_at = max(int(time.time() + int(existing)), reset_at)
    response.headers["Retry-After"] = str(int(reset_at - time.time()))
    return response


def limit(name: str, methods: tuple[str, ...] | None = None) -> Callable:
    """A named limit from config RATE_LIMITS, e.g. `@limit("login")` under the route's access();
    methods: only requests with these count."""

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            # RATELIMIT_ENABLED False (flask-limiter's switch, kept): nothing counted (offline evaluations)
            counted = current_app.config.get("RATELIMIT_ENABLED", True)
            if counted and (methods is None or request.method in methods):
                _count(name)
            return view(*args, **kwargs)

        return wrapper

    return decorator


def hit(name: str, subject: str, rate: str | None = None) -> None:
    """Count one request of `subject` (a partner key's id) against the named limit, or against
    `rate` (the key's own) when given, on the shared store; 429 with Retry-After when over.
    Called by the view's access check once it knows the subject (partners.auth): a decorator
    would count before the key is checked."""
    prefix = current_app.config["RATELIMIT_KEY_PREFIX"]
    strategy = limiter.limiter
    for item in parse_many(rate or current_app.config["RATE_LIMITS"][name]):
        if not strategy.hit(item, prefix, name, subject):
            reset = strategy.get_window_stats(item, prefix, name, subject).reset_time
            retry = max(1, math.ceil(reset - time.time()))
            raise TooManyRequests(f"请求过于频繁，请{retry}秒后再试", retry_after=retry)


def limit_posts(name: str) -> Callable:
    """`limit(name)` counting only POSTs: a sign-in page may be shown as often as asked."""
    return limit(name, methods=("POST",))


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
    return [(_PHONE, keyed_hash(phone)), (_ADDRESS, _remote_address() or "unknown")]


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
