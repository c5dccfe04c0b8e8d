"""The request path of the fairness monitor: sample a share of answers, count their top-10
impressions in memory, and write the counts set-wise now and then.

A request is sampled as a whole with probability FAIRNESS_SAMPLE_RATE (one random draw when
not sampled: nothing else). A sampled answer adds its top-10 vacancy ids (or, for a candidate
list, the vacancy it was for and the count of candidates per verified group) to this process's
buffer. The buffer is written when it holds FAIRNESS_FLUSH_SIZE keys or is FAIRNESS_FLUSH_SECONDS
old, after the response has gone (response.call_on_close), in one statement that attributes each
vacancy to the campaigns running now (campaigns.rules.ATTRIBUTION_SQL) and adds to
fairness_exposures. Losing an unwritten buffer (a worker killed) loses a few seconds of samples:
the monitor is a statistic, not a ledger. Jobseeker ids never enter the buffer.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections import Counter
from collections.abc import Iterable, Mapping

from flask import Flask, Response, after_this_request, current_app, has_request_context
from sqlalchemy import select, text

from recruit import clock
from recruit.campaigns.rules import ATTRIBUTION_SQL
from recruit.extensions import db
from recruit.fairness.models import ALL, SURFACES
from recruit.jobseekers.models import JobseekerGroup

log = logging.getLogger(__name__)
TOP = 10
# its own generator: tests seed it to check the rate is honoured
rng = random.Random()

# (day, surface, sample rate, vacancy id, group) -> impressions
_Key = tuple[str, str, float, int, str]
_lock = threading.Lock()
_buffer: Counter[_Key] = Counter()
_started = time.monotonic()
_flush_pending = False


def _sampled() -> float | None:
    """The rate when this request is sampled, else None."""
    rate = float(current_app.config.get("FAIRNESS_SAMPLE_RATE", 0.0))
    if rate <= 0 or rng.random() >= rate:
        return None
    return min(rate, 1.0)


def record_search(result: Mapping) -> None:
    """A vacancy search answer: only its first page is a top-10."""
    if result.get("page") == 1:
        record_vacancies("search", result.get("hits") or ())


def record_cached_search(raw: bytes) -> None:
    """A search answer served from the result cache (its JSON): the same sample as a fresh one,
    parsed only when drawn, so cached pages count as impressions too."""
    rate = _sampled()
    if rate is None:
        return
    answer = json.loads(raw)
    if answer.get("page") == 1:
        ids = [int(h["id"]) for h, _ in zip(answer.get("hits") or (), range(TOP), strict=False)]
        _add("search", rate, Counter((vid, ALL) for vid in ids))


def record_vacancies(surface: str, hits: Iterable[Mapping]) -> None:
    """Vacancies shown on a search or recommendation answer, best first."""
    rate = _sampled()
    if rate is None:
        return
    ids = [int(h["id"]) for h, _ in zip(hits, range(TOP), strict=False)]
    _add(surface, rate, Counter((vid, ALL) for vid in ids))


def record_candidates(vacancy_id: int, result: Mapping) -> None:
    """An employer's candidate list for one vacancy: how many candidates of each verified group
    it showed (sensitive groups included: the counts reach staff only, never the employer)."""
    rate = _sampled()
    if rate is None:
        return
    ids = [int(h["jobseeker_id"]) for h, _ in zip(result.get("hits") or (), range(TOP), strict=False)]
    if not ids:
        return
    counts: Counter[tuple[int, str]] = Counter({(vacancy_id, ALL): len(ids)})
    for group in db.session.scalars(select(JobseekerGroup.group).where(
            JobseekerGroup.jobseeker_id.in_(ids), JobseekerGroup.status == "verified")):
        counts[(vacancy_id, group)] += 1
    _add("candidates", rate, counts)


def _add(surface: str, rate: float, counts: Counter[tuple[int, str]]) -> None:
    assert surface in SURFACES, surface
    day = clock.day_of(clock.now()).isoformat()
    global _flush_pending
    with _lock:
        for (vid, group), n in counts.items():
            _buffer[(day, surface, rate, vid, group)] += n
        size = int(current_app.config.get("FAIRNESS_FLUSH_SIZE", 5000))
        due = len(_buffer) >= size or time.monotonic() - _started >= float(
            current_app.config.get("FAIRNESS_FLUSH_SECONDS", 60))
        # a flush queued on a response the server never closed: write now rather than grow
        stuck = _flush_pending and len(_buffer) >= 4 * size
        if not due or (_flush_pending and not stuck):
            return
        _flush_pending = True
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if has_request_context() and not stuck:
        @after_this_request
        def _later(response: Response) -> Response:
            response.call_on_close(lambda: _flush_in(app))
            return response
    else:
        flush()


def _flush_in(app: Flask) -> None:
    with app.app_context():  # its own session, after the request's has gone
        flush()


def reset() -> None:
    """Forget what is buffered (tests)."""
    global _started, _flush_pending
    with _lock:
        _buffer.clear()
        _started, _flush_pending = time.monotonic(), False


def pending() -> int:
    """Keys waiting in this process's buffer."""
    return len(_buffer)


_FLUSH_SQL = f"""
    with b as (select * from unnest(cast(:days as date[]), cast(:surfaces as text[]),
                                    cast(:vids as int[]), cast(:groups as text[]),
                                    cast(:sampled as bigint[]), cast(:weighted as float8[]))
               as b(day, surface, vacancy_id, grp, sampled, weighted)),
    a as (select * from ({ATTRIBUTION_SQL}) attributed),
    x as (select b.day, a.campaign_id, b.surface, v.region_code, g.grp, b.sampled, b.weighted
          from b join a on a.vacancy_id = b.vacancy_id join vacancies v on v.id = b.vacancy_id
          cross join lateral (select b.grp where b.surface = 'candidates'
                              union all select '' where b.surface <> 'candidates'
                              union all select unnest(v.welcomed_groups) where b.surface <> 'candidates')
               as g(grp))
    insert into fairness_exposures (day, campaign_id, surface, region_code, group_code, sampled, weighted)
    select day, campaign_id, surface, region_code, grp, sum(sampled), sum(weighted) from x
    group by day, campaign_id, surface, region_code, grp
    order by day, campaign_id, surface, region_code, grp
    on conflict (day, campaign_id, surface, region_code, group_code) do update
    set sampled = fairness_exposures.sampled + excluded.sampled,
        weighted = fairness_exposures.weighted + excluded.weighted"""


def flush() -> int:
    """Write the buffer (one statement, its own commit); the number of keys written. A failure is
    logged and the samples dropped: search never waits for, or fails with, the monitor."""
    global _started, _flush_pending
    with _lock:
        taken = dict(_buffer)
        _buffer.clear()
        _started, _flush_pending = time.monotonic(), False
    if not taken:
        return 0
    keys = list(taken)
    params = {"days": [k[0] for k in keys], "surfaces": [k[1] for k in keys], "vids": [k[3] for k in keys],
              "groups": [k[4] for k in keys], "sampled": [taken[k] for k in keys],
              "weighted": [taken[k] / k[2] for k in keys],
              "ids": sorted({k[3] for k in keys}), "at": clock.now()}
    try:
        db.session.execute(text("set local jit = off"))  # the attribution's many expressions
        db.session.execute(text(_FLUSH_SQL), params)
        db.session.commit()
    except Exception:  # noqa: BLE001 - a statistic: never break the request path
        db.session.rollback()
        log.warning("fairness: %d sampled impression keys dropped", len(keys), exc_info=True)
        return 0
    return len(keys)
