"""The counters' write path: the one entry for every counted event, called inside the event's
transaction (never commits; the caller's transaction carries the event and its counts together).

Every event adds to one CounterCell row per group it counts in (plus the '' row that counts it
once), and to the CounterRollup rows of each dimension, with one multi-row
`INSERT ... ON CONFLICT DO UPDATE` per table, keys sorted so concurrent events cannot deadlock.
Reads are in report.py; what a row is keyed by in dimensions.py; the employers' scope days
(for "employers posting") in employer_days.py.

Priority groups: an event counts once in each group its jobseeker is *verified* in, as of now.
When a membership becomes verified (or stops being), `regroup()` moves that jobseeker's past
events into (or out of) the group's rows, so the counters always equal a recomputation.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.dialects.postgresql import insert

from recruit import clock
from recruit.extensions import db
from recruit.models_base import insert_arrays
from recruit.reporting import dimensions, sources
from recruit.reporting.dimensions import CELL_KEY, ROLLUP_KEY, employer_scopes, industry_key, occupation_key
from recruit.reporting.employer_days import employer_day_resync, employer_seen
from recruit.reporting.models import (
    ALL,
    GROUP_METRICS,
    METRICS,
    NO_CAMPAIGN,
    ROLLUP_LEVELS,
    CounterCell,
    CounterRollup,
)


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
    insert_arrays(model.__table__, [*keys, *METRICS], ordered,
                   f"on conflict ({', '.join(keys)}) do update set {updates}")


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
    day = clock.day_of(vacancy.published_at)
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
        employer_day_resync(vacancy.employer_id, day)


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
        day = clock.day_of(at or vacancy.published_at)
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
        employer_seen(employer_id, sorted(scopes), day)


def vacancies_published_by_id(vacancy_ids: list[int]) -> None:
    """vacancies_published() for vacancies already written in this transaction, computed by
    PostgreSQL from their rows with the expressions reconciliation uses (sources.py): a bulk
    import counts a 10,000-row chunk without a Python loop over it. Rows are upserted in the order the
    row-by-row path sorts them (bytewise, cells before rollups), so the two cannot deadlock."""
    if not vacancy_ids:
        return
    ids = {"ids": [int(i) for i in vacancy_ids]}
    # the chunk's facts once, in a temporary table the three statements read: read from the
    # vacancies by each, they were evaluated once per row and scope or rollup (docs/performance.md)
    db.session.execute(text(f"""
        create temporary table published_facts on commit drop as
        select v.region_code as region, {dimensions.CST_DAY.format(col='v.published_at')} as day,
               {dimensions.VACANCY_CAMPAIGN} as campaign, {dimensions.INDUSTRY} as industry,
               {dimensions.OCCUPATION} as occupation, v.employer_id, v.headcount
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
    rollup_levels = ", ".join(f"('{d}', {level})" for d in ("all", "campaign", "industry", "occupation",
                                                         "channel") for level in ROLLUP_LEVELS[d])
    db.session.execute(text(f"""
        insert into counter_rollups ({', '.join(ROLLUP_KEY)}, {metrics})
        select * from (
            select d.dimension, d.level, left(f.region, d.level) as region_code,
                   case d.dimension when 'industry' then f.industry when 'occupation' then f.occupation
                                    when 'campaign' then f.campaign::text else '' end as key,
                   f.day, count(*) as n, sum(f.headcount) as heads
            from published_facts f cross join (values {rollup_levels}) as d(dimension, level)
            where d.dimension <> 'campaign' or f.campaign <> {NO_CAMPAIGN}
            group by 1, 2, 3, 4, 5) r
        order by dimension collate "C", level, region_code collate "C", key collate "C", day
        on conflict ({', '.join(ROLLUP_KEY)}) do update set {add.format(t='counter_rollups')}"""))
    postings: dict[tuple[int, dt.date], list[str]] = defaultdict(list)
    for employer_id, day, scope in db.session.execute(text(f"""
            select distinct f.employer_id, f.day, scope
            from (select employer_id, day, region as r, industry as i, occupation as o, campaign as c
                  from published_facts) f, {dimensions.SCOPES} as scope
            where scope is not null""")):
        postings[(employer_id, day)].append(scope)
    db.session.execute(text("drop table published_facts"))  # a second call in this transaction
    for (employer_id, day), scopes in sorted(postings.items()):
        employer_seen(employer_id, sorted(scopes), day)


def _application_event(vacancy, metric: str, *, application, jobseeker, channel,
                       campaign_id, at, day_from_created: bool) -> None:
    if jobseeker is None and application is not None:
        jobseeker = application.jobseeker
    channel = channel or (application.channel if application is not None else None)
    campaign_id = campaign_id or _campaign_of(application)
    if at is None and day_from_created and application is not None:
        at = application.created_at
    dims = _dims(vacancy, campaign_id=campaign_id, channel=channel)
    bump(clock.day_of(at), dims, {metric: 1}, _verified_groups(jobseeker))


def application_submitted(vacancy, *, application=None, jobseeker=None, channel: str | None = None,
                          campaign_id: int | None = None, at: dt.datetime | None = None) -> None:
    """A resume was submitted (counted on the day the application was created)."""
    _application_event(vacancy, "resumes_submitted", application=application,
                       jobseeker=jobseeker, channel=channel, campaign_id=campaign_id, at=at,
                       day_from_created=True)


def application_withdrawn(vacancy, *, application=None, jobseeker=None, channel: str | None = None,
                          campaign_id: int | None = None, at: dt.datetime | None = None) -> None:
    """The jobseeker withdrew. The submission still counts; withdrawals are their own figure."""
    _application_event(vacancy, "applications_withdrawn", application=application,
                       jobseeker=jobseeker, channel=channel, campaign_id=campaign_id, at=at,
                       day_from_created=False)


def placement(vacancy, *, application=None, jobseeker=None, channel: str | None = None,
              campaign_id: int | None = None, at: dt.datetime | None = None) -> None:
    """A hire."""
    _application_event(vacancy, "placements", application=application,
                       jobseeker=jobseeker, channel=channel, campaign_id=campaign_id, at=at,
                       day_from_created=False)


def regroup(jobseeker_id: int, group: str, sign: int) -> None:
    """Move a jobseeker's past events into (+1) or out of (-1) a group's rows.

    Call in the transaction that verifies a membership (+1) or un-verifies a verified one (-1).
    """
    for day, dims, amounts in sources.application_facts(jobseeker_id=jobseeker_id):
        grouped = {m: sign * n for m, n in amounts.items() if m in GROUP_METRICS}
        if not any(grouped.values()):
            continue
        values = {m: grouped.get(m, 0) for m in METRICS}
        _upsert(CounterCell, CELL_KEY, [{"day": day, **dims, "group_code": group, **values}])
        _upsert(CounterRollup, ROLLUP_KEY, [
            {"dimension": "group", "level": level, "region_code": dims["region_code"][:level],
             "key": group, "day": day, **values} for level in ROLLUP_LEVELS["group"]])
