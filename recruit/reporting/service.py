"""The counters: one write path (called inside the event's transaction) and the read side.

Write: every event adds to one CounterCell row per group it counts in (plus the '' row that
counts it once), and to the CounterRollup rows of each dimension, with one multi-row
`INSERT ... ON CONFLICT DO UPDATE` per table, keys sorted so concurrent events cannot deadlock.
Nothing here commits: the caller's transaction carries the event and its counts together.

Read: a report never touches applications or vacancies. A headline or a single cut reads
CounterRollup (one index range scan); a combination of cuts reads CounterCell.

Priority groups: an event counts once in each group its jobseeker is *verified* in, as of now.
When a membership becomes verified (or stops being), `regroup()` moves that jobseeker's past
events into (or out of) the group's rows, so the counters always equal a recomputation.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import and_, func, select, text
from sqlalchemy.dialects.postgresql import insert

from recruit.extensions import db
from recruit.models_base import text_array
from recruit.reporting.models import (
    ALL,
    GROUP_METRICS,
    METRICS,
    NO_CAMPAIGN,
    ROLLUP_LEVELS,
    CounterCell,
    CounterRollup,
    EmployerReach,
    EmployerScopeDay,
)

# Day boundaries follow China Standard Time, the calendar the reports are written in.
CST = dt.timezone(dt.timedelta(hours=8), "CST")
# prev_day of an employer's first day in a scope
NEVER = dt.date(1, 1, 1)
CELL_KEY = ["region_code", "day", "campaign_id", "group_code", "industry_code", "occupation_code",
            "channel"]
ROLLUP_KEY = ["dimension", "level", "region_code", "key", "day"]
_LOCK_NAMESPACE = 6001  # pg_advisory_xact_lock(namespace, employer_id)


def today() -> dt.date:
    return dt.datetime.now(CST).date()


def day_of(moment: dt.datetime | None) -> dt.date:
    """The CST calendar day of a moment (naive datetimes are taken as UTC); today if None."""
    if moment is None:
        return today()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(CST).date()


def industry_key(code: str | None) -> str:
    """GB/T 4754 section + division ('C38'); finer codes are cut to the division."""
    return (code or "")[:3]


def occupation_key(code: str | None) -> str:
    """Occupation major + middle category ('6-31-01-03' -> '6-31'): keeps the cells few."""
    return "-".join((code or "").split("-")[:2])


def employer_scopes(region_code: str, industry: str = "", occupation: str = "",
                    campaign_id: int = NO_CAMPAIGN) -> list[str]:
    """Where an employer's posting counts for 'employers posting' (distinct)."""
    scopes = ["r", f"r:{region_code[:2]}", f"r:{region_code[:4]}", f"r:{region_code}"]
    if industry:
        scopes += [f"i:{industry[:1]}", f"i:{industry}"]
    if occupation:
        scopes += [f"o:{occupation.split('-')[0]}", f"o:{occupation}"]
    if campaign_id:
        scopes.append(f"c:{campaign_id}")
    return sorted(set(scopes))


# --------------------------------------------------------------------------- write side

def _dims(vacancy, *, campaign_id: int | None, channel: str | None) -> dict:
    return {
        "region_code": vacancy.region_code,
        "campaign_id": int(campaign_id or NO_CAMPAIGN),
        "industry_code": industry_key(vacancy.industry_code),
        "occupation_code": occupation_key(vacancy.occupation_code),
        "channel": channel or "",
    }


def _rollup_keys(dims: dict, groups: Iterable[str]) -> list[tuple[str, str, bool]]:
    """(dimension, key, is_group) for the rollup rows an event touches."""
    keys = [("all", ALL, False), ("industry", dims["industry_code"], False),
            ("occupation", dims["occupation_code"], False), ("channel", dims["channel"], False)]
    if dims["campaign_id"] != NO_CAMPAIGN:
        keys.append(("campaign", str(dims["campaign_id"]), False))
    keys += [("group", g, True) for g in sorted(groups)]
    return keys


def _upsert(model, keys: list[str], rows: list[dict]) -> None:
    """One multi-row upsert; rows with the same key are merged first, keys sorted so that
    concurrent transactions lock rows in the same order (no deadlocks)."""
    if not rows:
        return
    merged: dict[tuple, dict] = {}
    for row in rows:
        key = tuple(row[k] for k in keys)
        if key in merged:
            for m in METRICS:
                merged[key][m] += row[m]
        else:
            merged[key] = dict(row)
    ordered = [merged[k] for k in sorted(merged)]
    if len(ordered) <= 20:
        stmt = insert(model).values(ordered)
        stmt = stmt.on_conflict_do_update(
            index_elements=keys,
            set_={m: getattr(model, m) + getattr(stmt.excluded, m) for m in METRICS},
        )
        db.session.execute(stmt)
        return
    # many rows (a bulk import): one statement over arrays, compiled in no time whatever its size
    updates = ", ".join(f"{m} = {model.__table__.name}.{m} + excluded.{m}" for m in METRICS)
    _insert_arrays(model.__table__, [*keys, *METRICS], ordered,
                   f"on conflict ({', '.join(keys)}) do update set {updates}")


def _insert_arrays(table, columns: list[str], rows: list[dict], suffix: str = "") -> None:
    """INSERT ... SELECT FROM unnest(one array per column): a single statement for any number of rows."""
    types = {c: table.c[c].type.compile(dialect=db.engine.dialect) for c in columns}
    arrays = ", ".join(f"cast(:{c} as {types[c]}[])" for c in columns)
    db.session.execute(
        text(f"insert into {table.name} ({', '.join(columns)}) select * from unnest({arrays}) {suffix}"),
        {c: [row[c] for row in rows] for c in columns})


def _rows(day: dt.date, dims: dict, amounts: dict[str, int],
          groups: Iterable[str]) -> tuple[list[dict], list[dict]]:
    """The cell and rollup rows one event adds to."""
    groups = sorted(set(groups))
    unknown = set(amounts) - set(METRICS)
    if unknown:
        raise ValueError(f"unknown metrics: {sorted(unknown)}")
    full = {m: int(amounts.get(m, 0)) for m in METRICS}
    grouped = {m: (full[m] if m in GROUP_METRICS else 0) for m in METRICS}
    grouped_any = any(grouped.values())
    cells = [{"day": day, **dims, "group_code": ALL, **full}]
    if grouped_any:
        cells += [{"day": day, **dims, "group_code": g, **grouped} for g in groups]
    rollups = [
        {"dimension": d, "level": level, "region_code": dims["region_code"][:level], "key": k,
         "day": day, **(grouped if is_group else full)}
        for d, k, is_group in _rollup_keys(dims, groups if grouped_any else ())
        for level in ROLLUP_LEVELS[d]
    ]
    return cells, rollups


def bump(day: dt.date, dims: dict, amounts: dict[str, int], groups: Iterable[str] = ()) -> None:
    """Add `amounts` (metric -> n) to every row the event counts in. Never commits."""
    cells, rollups = _rows(day, dims, amounts, groups)
    _upsert(CounterCell, CELL_KEY, cells)
    _upsert(CounterRollup, ROLLUP_KEY, rollups)


def add(metric: str, region_code: str, amount: int = 1, day: dt.date | None = None, *,
        campaign_id: int | None = None, industry_code: str | None = None,
        occupation_code: str | None = None, channel: str | None = None,
        groups: Iterable[str] = ()) -> None:
    """Add to one counter. Never commits: the caller's transaction carries it."""
    dims = {"region_code": region_code, "campaign_id": int(campaign_id or NO_CAMPAIGN),
            "industry_code": industry_key(industry_code),
            "occupation_code": occupation_key(occupation_code), "channel": channel or ""}
    bump(day or today(), dims, {metric: amount}, groups)


def employer_posted(employer_id: int, region_code: str, day: dt.date | None = None, *,
                    industry_code: str | None = None, occupation_code: str | None = None,
                    campaign_id: int | None = None) -> None:
    """Record that an employer published in these scopes on `day` (idempotent)."""
    scopes = employer_scopes(region_code, industry_key(industry_code),
                             occupation_key(occupation_code), int(campaign_id or NO_CAMPAIGN))
    _employer_seen(employer_id, scopes, day or today())


def _employer_seen(employer_id: int, scopes: list[str], day: dt.date) -> None:
    """Insert (employer, scope, day) rows with their prev_day and keep EmployerReach in step.

    Days usually arrive in order (today), but a back-dated day is handled: the next day's
    prev_day moves to this one. One advisory lock per employer serialises its postings.
    """
    db.session.execute(select(func.pg_advisory_xact_lock(_LOCK_NAMESPACE, employer_id)))
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
    new_rows, reach = [], defaultdict(int)
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
                t.__table__.update()
                .where(t.employer_id == employer_id, t.scope == scope, t.day == after)
                .values(prev_day=day))
            reach[(scope, after, prev)] -= 1
            reach[(scope, after, day)] += 1
    if not new_rows:
        return
    _insert_arrays(t.__table__, ["employer_id", "scope", "day", "prev_day"], new_rows)
    _add_reach(reach)


def _session_application(vacancy, status: str):
    """Bridge until call sites pass application=: the application of this vacancy that the
    current transaction created or moved to `status` (newest id first)."""
    from recruit.applications.models import Application

    found = [obj for obj in list(db.session.identity_map.values())
             if isinstance(obj, Application) and obj.vacancy_id == vacancy.id
             and obj.status == status
             and (status == "submitted" or obj in db.session.dirty)]
    return max(found, key=lambda a: a.id) if found else None


def _verified_groups(jobseeker) -> set[str]:
    return set(jobseeker.verified_groups()) if jobseeker is not None else set()


def _campaign_of(obj) -> int | None:
    return getattr(obj, "campaign_id", None) if obj is not None else None


# what a counted vacancy contributes: moving any of these moves its counts
COUNTED_FIELDS = ("headcount", "region_code", "industry_code", "occupation_code")


def vacancy_changed(before, vacancy) -> None:
    """A vacancy counted at its publication changed what it counts for (`before` holds the old
    COUNTED_FIELDS): its counts move from the old cells to the new ones on its publication day,
    and its employer's scopes for that day follow, so the counters still equal a recount."""
    if vacancy.published_at is None:
        return
    day = day_of(vacancy.published_at)
    cells, rollups = [], []
    for source, sign in ((before, -1), (vacancy, 1)):
        more_cells, more_rollups = _rows(day, _dims(source, campaign_id=None, channel=None),
                                         {"vacancies_published": sign,
                                          "positions_posted": sign * source.headcount}, ())
        cells += more_cells
        rollups += more_rollups
    _upsert(CounterCell, CELL_KEY, cells)
    _upsert(CounterRollup, ROLLUP_KEY, rollups)
    if any(getattr(before, f) != getattr(vacancy, f) for f in COUNTED_FIELDS if f != "headcount"):
        db.session.flush()
        _employer_day_resync(vacancy.employer_id, day)


def _employer_day_resync(employer_id: int, day: dt.date) -> None:
    """Make the employer's scope rows of `day` what its vacancies published that day say."""
    from recruit.reporting import sources

    db.session.execute(select(func.pg_advisory_xact_lock(_LOCK_NAMESPACE, employer_id)))
    want = set(db.session.scalars(text(f"""
        select distinct scope
        from (select v.region_code as r, {sources.INDUSTRY} as i, {sources.OCCUPATION} as o,
                     {sources.vacancy_campaign()} as c
              from vacancies v
              where v.employer_id = :employer and v.published_at is not null
                and {sources.CST_DAY.format(col='v.published_at')} = :day) f, {sources.SCOPES} as scope
        where scope is not null"""), {"employer": employer_id, "day": day}))
    t = EmployerScopeDay
    have = set(db.session.scalars(select(t.scope).where(t.employer_id == employer_id, t.day == day)))
    if want - have:
        _employer_seen(employer_id, sorted(want - have), day)
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
    db.session.execute(t.__table__.delete().where(t.employer_id == employer_id, t.scope == scope,
                                                  t.day == day))
    reach = defaultdict(int)
    reach[(scope, day, prev)] -= 1
    following = db.session.scalar(select(func.min(t.day)).where(t.employer_id == employer_id,
                                                                t.scope == scope, t.day > day))
    if following is not None:
        db.session.execute(t.__table__.update().where(t.employer_id == employer_id, t.scope == scope,
                                                      t.day == following).values(prev_day=prev))
        reach[(scope, following, day)] -= 1
        reach[(scope, following, prev)] += 1
    _add_reach(reach)


def _add_reach(reach: dict[tuple, int]) -> None:
    """Add (scope, day, prev_day) -> employers to EmployerReach, in key order."""
    rows = [{"scope": s, "day": d, "prev_day": p, "employers": n}
            for (s, d, p), n in sorted(reach.items()) if n]
    if rows:
        _insert_arrays(EmployerReach.__table__, ["scope", "day", "prev_day", "employers"], rows,
                       "on conflict (scope, day, prev_day) do update "
                       "set employers = employer_reach.employers + excluded.employers")


def vacancy_published(vacancy, *, campaign_id: int | None = None,
                      at: dt.datetime | None = None) -> None:
    """A vacancy went live: +1 vacancy, +headcount positions, and the employer posted."""
    vacancies_published([vacancy], campaign_ids={vacancy.id: campaign_id} if campaign_id else None,
                        at=at)


def vacancies_published(vacancies: Iterable, *, campaign_ids: dict[int, int] | None = None,
                        at: dt.datetime | None = None) -> None:
    """Many vacancies published in one transaction (a bulk import): their counts are merged and
    written as one upsert per table, employers in id order, so concurrent imports cannot
    deadlock on counter rows. `campaign_ids` maps vacancy id -> campaign id where known."""
    cells, rollups, postings = [], [], {}
    for vacancy in vacancies:
        campaign_id = (campaign_ids or {}).get(vacancy.id) or _campaign_of(vacancy)
        day = day_of(at or vacancy.published_at)
        dims = _dims(vacancy, campaign_id=campaign_id, channel=None)
        more_cells, more_rollups = _rows(
            day, dims, {"vacancies_published": 1, "positions_posted": vacancy.headcount}, ())
        cells += more_cells
        rollups += more_rollups
        scopes = employer_scopes(dims["region_code"], dims["industry_code"],
                                 dims["occupation_code"], dims["campaign_id"])
        postings.setdefault((vacancy.employer_id, day), set()).update(scopes)
    _upsert(CounterCell, CELL_KEY, cells)
    _upsert(CounterRollup, ROLLUP_KEY, rollups)
    for (employer_id, day), scopes in sorted(postings.items()):
        _employer_seen(employer_id, sorted(scopes), day)


def vacancies_published_by_id(vacancy_ids: list[int]) -> None:
    """vacancies_published() for vacancies already written in this transaction, computed by
    PostgreSQL from their rows with the expressions reconciliation uses (sources.py): a bulk
    import counts a 10,000-row chunk without a Python loop over it. Rows are upserted in the order the
    row-by-row path sorts them (bytewise, cells before rollups), so the two cannot deadlock."""
    if not vacancy_ids:
        return
    from recruit.reporting import sources

    ids = {"ids": [int(i) for i in vacancy_ids]}
    # the chunk's facts once, in a temporary table the three statements read: read from the
    # vacancies by each, they were evaluated once per row and scope or rollup (docs/performance.md)
    db.session.execute(text(f"""
        create temporary table published_facts on commit drop as
        select v.region_code as region, {sources.CST_DAY.format(col='v.published_at')} as day,
               {sources.vacancy_campaign()} as campaign, {sources.INDUSTRY} as industry,
               {sources.OCCUPATION} as occupation, v.employer_id, v.headcount
        from vacancies v where v.id = any(:ids) and v.published_at is not null"""), ids)
    metrics = "vacancies_published, positions_posted"
    add = "vacancies_published = {t}.vacancies_published + excluded.vacancies_published, " \
          "positions_posted = {t}.positions_posted + excluded.positions_posted"
    db.session.execute(text(f"""
        insert into counter_cells ({', '.join(CELL_KEY)}, {metrics})
        select region, day, campaign, '', industry, occupation, '', count(*), sum(headcount)
        from published_facts f group by region, day, campaign, industry, occupation
        order by region collate "C", day, campaign, industry collate "C", occupation collate "C"
        on conflict ({', '.join(CELL_KEY)}) do update set {add.format(t='counter_cells')}"""))
    dimensions = ", ".join(f"('{d}', {level})" for d in ("all", "campaign", "industry", "occupation",
                                                         "channel") for level in ROLLUP_LEVELS[d])
    db.session.execute(text(f"""
        insert into counter_rollups ({', '.join(ROLLUP_KEY)}, {metrics})
        select * from (
            select d.dimension, d.level, left(f.region, d.level) as region_code,
                   case d.dimension when 'industry' then f.industry when 'occupation' then f.occupation
                                    when 'campaign' then f.campaign::text else '' end as key,
                   f.day, count(*) as n, sum(f.headcount) as heads
            from published_facts f cross join (values {dimensions}) as d(dimension, level)
            where d.dimension <> 'campaign' or f.campaign <> {NO_CAMPAIGN}
            group by 1, 2, 3, 4, 5) r
        order by dimension collate "C", level, region_code collate "C", key collate "C", day
        on conflict ({', '.join(ROLLUP_KEY)}) do update set {add.format(t='counter_rollups')}"""))
    postings: dict[tuple[int, dt.date], list[str]] = defaultdict(list)
    for employer_id, day, scope in db.session.execute(text(f"""
            select distinct f.employer_id, f.day, scope
            from (select employer_id, day, region as r, industry as i, occupation as o, campaign as c
                  from published_facts) f, {sources.SCOPES} as scope
            where scope is not null""")):
        postings[(employer_id, day)].append(scope)
    db.session.execute(text("drop table published_facts"))  # a second call in this transaction
    for (employer_id, day), scopes in sorted(postings.items()):
        _employer_seen(employer_id, sorted(scopes), day)


def _application_event(vacancy, metric: str, status: str, *, application, jobseeker, channel,
                       campaign_id, at, day_from_created: bool) -> None:
    if application is None:
        application = _session_application(vacancy, status)
    if jobseeker is None and application is not None:
        jobseeker = application.jobseeker
    channel = channel or (application.channel if application is not None else None)
    campaign_id = campaign_id or _campaign_of(application)
    if at is None and day_from_created and application is not None:
        at = application.created_at
    dims = _dims(vacancy, campaign_id=campaign_id, channel=channel)
    bump(day_of(at), dims, {metric: 1}, _verified_groups(jobseeker))


def application_submitted(vacancy, *, application=None, jobseeker=None, channel: str | None = None,
                          campaign_id: int | None = None, at: dt.datetime | None = None) -> None:
    """A resume was submitted (counted on the day the application was created)."""
    _application_event(vacancy, "resumes_submitted", "submitted", application=application,
                       jobseeker=jobseeker, channel=channel, campaign_id=campaign_id, at=at,
                       day_from_created=True)


def application_withdrawn(vacancy, *, application=None, jobseeker=None, channel: str | None = None,
                          campaign_id: int | None = None, at: dt.datetime | None = None) -> None:
    """The jobseeker withdrew. The submission still counts; withdrawals are their own figure."""
    _application_event(vacancy, "applications_withdrawn", "withdrawn", application=application,
                       jobseeker=jobseeker, channel=channel, campaign_id=campaign_id, at=at,
                       day_from_created=False)


def placement(vacancy, *, application=None, jobseeker=None, channel: str | None = None,
              campaign_id: int | None = None, at: dt.datetime | None = None) -> None:
    """A hire."""
    _application_event(vacancy, "placements", "hired", application=application,
                       jobseeker=jobseeker, channel=channel, campaign_id=campaign_id, at=at,
                       day_from_created=False)


def regroup(jobseeker_id: int, group: str, sign: int) -> None:
    """Move a jobseeker's past events into (+1) or out of (-1) a group's rows.

    Call in the transaction that verifies a membership (+1) or un-verifies a verified one (-1).
    """
    from recruit.reporting import sources

    for day, dims, amounts in sources.application_facts(jobseeker_id=jobseeker_id):
        grouped = {m: sign * n for m, n in amounts.items() if m in GROUP_METRICS}
        if not any(grouped.values()):
            continue
        values = {m: grouped.get(m, 0) for m in METRICS}
        _upsert(CounterCell, CELL_KEY, [{"day": day, **dims, "group_code": group, **values}])
        _upsert(CounterRollup, ROLLUP_KEY, [
            {"dimension": "group", "level": level, "region_code": dims["region_code"][:level],
             "key": group, "day": day, **values} for level in ROLLUP_LEVELS["group"]])


# --------------------------------------------------------------------------- read side

def prefix_filter(column, prefix: str):
    """column starts with prefix, as a range the btree index can use under any collation."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def employers_posting(*, start: dt.date | None, end: dt.date, scope: str = "r") -> int:
    """Distinct employers that published in `scope` during [start, end], exactly.

    An employer is counted by its first posting day inside the period: the one day in
    [start, end] whose previous posting day (in that scope) lies before `start`. So the count
    is a sum over EmployerReach rows, never a distinct over raw rows, and never a sum of daily
    distincts. `start=None` means since the first counter ("as of" `end`).
    """
    r = EmployerReach
    where = [r.scope == scope, r.day <= end]
    where += [r.prev_day == NEVER] if start is None else [r.day >= start, r.prev_day < start]
    total = db.session.scalar(select(func.sum(r.employers)).where(*where))
    return int(total or 0)


def headline(*, start: dt.date, end: dt.date, region_prefix: str | None, **cuts) -> dict:
    """The report's four figures for [start, end], optionally inside a region prefix.

    Optional cuts (keyword): campaign_id, group, industry, occupation, channel; see report.totals.
    """
    from recruit.reporting import report

    return report.totals(start=start, end=end, region_prefix=region_prefix, **cuts)
