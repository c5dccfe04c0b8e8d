"""Which days each employer published in each scope, kept so that "employers posting" is exact
over any period (see report.employers_posting): `employer_scope_days` holds each (employer,
scope, day) with the employer's previous day in that scope, `employer_reach` counts them.

Part of the counters' write path: called inside the event's transaction, never commits.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import cast

from sqlalchemy import Table, func, select, text

from recruit import clock
from recruit.extensions import db
from recruit.models_base import insert_arrays, text_array
from recruit.reporting import dimensions
from recruit.reporting.dimensions import (
    EMPLOYER_LOCK_NAMESPACE,
    NEVER,
    employer_scopes,
    industry_key,
    occupation_key,
)
from recruit.reporting.models import EmployerReach, EmployerScopeDay

# the model's table, for Core UPDATE / DELETE (no ORM bookkeeping); typed as the Table it is
_SCOPE_DAYS = cast(Table, EmployerScopeDay.__table__)


def employer_posted(employer_id: int, region_code: str, day: dt.date | None = None, *,
                    industry_code: str | None = None, occupation_code: str | None = None,
                    campaign_ids: list[int] | tuple[int, ...] = ()) -> None:
    """Record that an employer published in these scopes on `day` (idempotent)."""
    scopes = employer_scopes(region_code, industry_key(industry_code),
                             occupation_key(occupation_code), campaign_ids)
    employer_seen(employer_id, scopes, day or clock.today())


def employer_seen(employer_id: int, scopes: list[str], day: dt.date) -> None:
    """Insert (employer, scope, day) rows with their prev_day and keep EmployerReach in step.

    Days usually arrive in order (today), but a back-dated day is handled: the next day's
    prev_day moves to this one. One advisory lock per employer serialises its postings.
    """
    db.session.execute(select(func.pg_advisory_xact_lock(EMPLOYER_LOCK_NAMESPACE, employer_id)))
    t = EmployerScopeDay
    # the scopes as one array literal, joined as a set: each is an index lookup, where
    # `scope = any(...)` would test every row of the employer against every scope
    known = {
        scope: (before, after, same)
        for scope, before, after, same in db.session.execute(text("""
            select t.scope, max(t.day) filter (where t.day < :day),
                   min(t.day) filter (where t.day > :day), bool_or(t.day = :day)
            from unnest(cast(:scopes as text[])) as s(scope)
            join employer_scope_days t on t.employer_id = :employer and t.scope = s.scope
            group by t.scope"""), {"day": day, "employer": employer_id, "scopes": text_array(scopes)})
    }
    new_rows: list[dict[str, object]] = []
    reach: defaultdict[tuple[str, dt.date, dt.date], int] = defaultdict(int)
    for scope in scopes:
        before, after, same = known.get(scope, (None, None, False))
        if same:
            continue
        prev = before or NEVER
        new_rows.append({"employer_id": employer_id, "scope": scope, "day": day, "prev_day": prev})
        reach[(scope, day, prev)] += 1
        if after is not None:
            # the next day of this employer in the scope now follows `day`
            db.session.execute(
                _SCOPE_DAYS.update()
                .where(t.employer_id == employer_id, t.scope == scope, t.day == after)
                .values(prev_day=day))
            reach[(scope, after, prev)] -= 1
            reach[(scope, after, day)] += 1
    if not new_rows:
        return
    insert_arrays(t.__table__, ["employer_id", "scope", "day", "prev_day"], new_rows)
    _add_reach(reach)


def employer_day_resync(employer_id: int, day: dt.date) -> None:
    """Make the employer's scope rows of `day` what its vacancies published that day say."""
    db.session.execute(select(func.pg_advisory_xact_lock(EMPLOYER_LOCK_NAMESPACE, employer_id)))
    want = set(db.session.scalars(text(f"""
        select distinct scope
        from (select v.region_code as r, {dimensions.INDUSTRY} as i, {dimensions.OCCUPATION} as o,
                     {dimensions.VACANCY_CAMPAIGNS} as cs
              from vacancies v
              where v.employer_id = :employer and v.published_at is not null
                and {dimensions.CST_DAY.format(col='v.published_at')} = :day) f, {dimensions.SCOPES} as scope
        where scope is not null"""), {"employer": employer_id, "day": day}))
    t = EmployerScopeDay
    have = set(db.session.scalars(select(t.scope).where(t.employer_id == employer_id, t.day == day)))
    if want - have:
        employer_seen(employer_id, sorted(want - have), day)
    for scope in sorted(have - want):
        _employer_unseen(employer_id, scope, day)


def _employer_unseen(employer_id: int, scope: str, day: dt.date) -> None:
    """Remove the employer's row (scope, day): the next day's prev_day skips back over it and
    EmployerReach moves with it. The caller holds the employer's advisory lock."""
    t = EmployerScopeDay
    prev = db.session.scalar(select(t.prev_day).where(t.employer_id == employer_id, t.scope == scope,
                                                      t.day == day))
    if prev is None:
        return
    db.session.execute(_SCOPE_DAYS.delete().where(t.employer_id == employer_id, t.scope == scope,
                                                  t.day == day))
    reach: defaultdict[tuple[str, dt.date, dt.date], int] = defaultdict(int)
    reach[(scope, day, prev)] -= 1
    following = db.session.scalar(select(func.min(t.day)).where(t.employer_id == employer_id,
                                                                t.scope == scope, t.day > day))
    if following is not None:
        db.session.execute(_SCOPE_DAYS.update().where(t.employer_id == employer_id, t.scope == scope,
                                                      t.day == following).values(prev_day=prev))
        reach[(scope, following, day)] -= 1
        reach[(scope, following, prev)] += 1
    _add_reach(reach)


def _add_reach(reach: dict[tuple[str, dt.date, dt.date], int]) -> None:
    """Add (scope, day, prev_day) -> employers to EmployerReach, in key order."""
    rows = [{"scope": s, "day": d, "prev_day": p, "employers": n}
            for (s, d, p), n in sorted(reach.items()) if n]
    if rows:
        insert_arrays(EmployerReach.__table__, ["scope", "day", "prev_day", "employers"], rows,
                       "on conflict (scope, day, prev_day) do update "
                       "set employers = employer_reach.employers + excluded.employers")
