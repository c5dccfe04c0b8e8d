"""A short-lived cache of public search pages in Redis, shared by every worker and host.

A page is kept SEARCH_CACHE_SECONDS at most, and never past the earliest expiry of a posting on
it. A vacancy that leaves the index (closed, withdrawn, filled, expired by the lifecycle job)
is noted by the sync worker in a "recently removed" set when it applies the removal
(`removed`); a cached page holding a noted vacancy is dropped when read, in the same round trip
(a Lua script), so a closed vacancy leaves cached pages as soon as it leaves the index. Should
that note be lost (Redis failing at that moment), the page's lifetime bounds the staleness.

Keys hold the whole validated request and the caller's audience (role, or public); searches
that carry a person's location are never cached. Redis unavailable: no cache (the search runs
as without one) and no retry for a few seconds, so a dead Redis costs one failed connect per
process per pause, never a slower search path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from collections.abc import Iterable

import orjson
import redis
from flask import current_app

from recruit.search.search_args import SearchArgs

log = logging.getLogger(__name__)

# removed vacancies are remembered this much longer than a page lives: a page computed just
# before a removal was applied (or refreshed) can be stored a little after it
_REMOVED_MARGIN = 120
# after a Redis failure, no cache for this many seconds (per process)
_PAUSE_AFTER_FAILURE = 5.0

# KEYS: page, removed set. The page is "id,id,...\n<answer>"; nil when absent or when one of its
# postings was removed since (the page is deleted then)
_READ = """
local v = redis.call('GET', KEYS[1])
if not v then return false end
local nl = string.find(v, '\\n', 1, true)
for id in string.gmatch(string.sub(v, 1, nl - 1), '[^,]+') do
  if redis.call('ZSCORE', KEYS[2], id) then
    redis.call('DEL', KEYS[1])
    return false
  end
end
return string.sub(v, nl + 1)
"""

_lock = threading.Lock()
_clients: dict[str, redis.Redis] = {}
_paused_until = [0.0]


def _url() -> str | None:
    cfg = current_app.config
    if not cfg.get("SEARCH_CACHE_SECONDS"):
        return None
    url = cfg.get("SEARCH_CACHE_URL") or cfg.get("RATELIMIT_STORAGE_URI")
    return url if url and url.startswith(("redis://", "rediss://", "unix://")) else None


def _client() -> redis.Redis | None:
    """The process's client, or None when the cache is off or paused after a failure."""
    url = _url()
    if url is None or time.monotonic() < _paused_until[0]:
        return None
    with _lock:
        client = _clients.get(url)
        if client is None:
            timeout = current_app.config.get("SEARCH_CACHE_TIMEOUT", 0.2)
            client = _clients[url] = redis.Redis.from_url(
                url, socket_timeout=timeout, socket_connect_timeout=timeout)
    return client


def _failed(exc: Exception) -> None:
    _paused_until[0] = time.monotonic() + _PAUSE_AFTER_FAILURE
    log.warning("search cache unavailable, searching without it for %ss: %s",
                _PAUSE_AFTER_FAILURE, type(exc).__name__)


def _prefix() -> str:
    cfg = current_app.config
    return f"{cfg['RATELIMIT_KEY_PREFIX']}:search-cache:{cfg['SEARCH_INDEX_PREFIX']}:"


def _removed_key() -> str:
    return _prefix() + "removed"


def cacheable(args: SearchArgs) -> bool:
    """A person's location (and the distances from it) is never stored; neither is a campaign
    audience's ranking (boost_groups), which requests cannot set but callers could."""
    return args.lat is None and args.lon is None and not args.boost_groups


def key(args: SearchArgs, audience: str) -> str:
    """The request as validated, in a stable form (the set of switched-off intents sorted),
    with the audience: pages are never shared across audiences."""
    values = [[name, sorted(v) if isinstance(v, frozenset) else v] for name, v in vars(args).items()]
    digest = hashlib.sha256(orjson.dumps([audience, values])).hexdigest()[:32]
    return f"{_prefix()}page:{audience}:{digest}"


def get(page_key: str) -> bytes | None:
    """The cached answer (JSON bytes), or None: absent, holding a removed posting, or no cache."""
    client = _client()
    if client is None:
        return None
    try:
        found = client.eval(_READ, 2, page_key, _removed_key())
    except redis.RedisError as exc:
        _failed(exc)
        return None
    return found if isinstance(found, bytes) else None


def put(page_key: str, answer: bytes, ids: Iterable[object], expiries: Iterable[str | None]) -> None:
    """Keep an answer for SEARCH_CACHE_SECONDS, or until the first of its postings expires."""
    client = _client()
    if client is None:
        return
    ttl = float(current_app.config["SEARCH_CACHE_SECONDS"])
    now = dt.datetime.now(dt.UTC)
    for e in expiries:
        if e:
            ttl = min(ttl, (dt.datetime.fromisoformat(e) - now).total_seconds())
    if ttl < 1:
        return
    head = ",".join(str(i) for i in ids).encode()
    try:
        client.set(page_key, head + b"\n" + answer, px=int(ttl * 1000))
    except redis.RedisError as exc:
        _failed(exc)


def removed(ids: Iterable[int]) -> None:
    """Note vacancies that left the index (the sync worker, once Elasticsearch took the
    removal): cached pages holding them are dropped when next read. A failure is logged and
    swallowed: indexing must not wait for the cache, whose page lifetime bounds the rest."""
    ids = list(ids)
    url = _url()
    if not ids or url is None:
        return
    now = time.time()
    keep = float(current_app.config["SEARCH_CACHE_SECONDS"]) + _REMOVED_MARGIN
    try:
        client = _client() or redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)
        pipe = client.pipeline(transaction=False)
        pipe.zadd(_removed_key(), {str(i): now for i in ids})
        pipe.zremrangebyscore(_removed_key(), "-inf", now - keep)
        pipe.expire(_removed_key(), int(keep) + 1)
        pipe.execute()
    except redis.RedisError as exc:
        log.warning("search cache: could not note %d removed vacancies (%s); cached pages may "
                    "show them until they expire", len(ids), type(exc).__name__)
