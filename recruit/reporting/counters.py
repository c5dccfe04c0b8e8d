"""The counters' write path: `record(event)` is the one entry for every counted event (the
events are the dataclasses of events.py), called inside the event's transaction (never commits;
the caller's transaction carries the event and its counts together).

Every event adds to one CounterCell row per group it counts in (plus the '' row that counts it
once), and to the CounterRollup rows of each dimension, with one multi-row
`INSERT ... ON CONFLICT DO UPDATE` per table, keys sorted so concurrent events cannot deadlock.
Reads are in report.py; what a row is keyed by in dimensions.py; the employers' scope days
(for "employers posting") in employer_days.py.

Priority groups: an event counts once in each group its jobseeker is *verified* in, as of now.
When a membership becomes verified (or stops being), `regroup()` moves that jobseeker's past
events into (or out of) the group's rows, so the counters always equal a recomputation.

Campaigns: an event counts for every campaign whose rules or enrolment held for its vacancy at
the moment it happened (campaigns.rules.campaigns_at, set-wise ATTRIBUTION_SQL for a bulk
import). The ids are recorded WITH the event, in the same transaction as the counts
(vacancies.published_campaign_ids, applications.campaign_ids, application_events.campaign_ids),
and never recomputed: a campaign edited or ended later does not move what it already counted,
and reconciliation rebuilds every campaign figure from those columns.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from recruit import clock
from recruit.campaigns import rules as campaign_rules
from recruit.extensions import db
from recruit.models_base import insert_arrays, utcnow
from recruit.reporting import dimensions, sources
from recruit.reporting.dimensions import (
    CELL_KEY,
    ROLLUP_KEY,
    ROLLUP_LEVELS,
    employer_scopes,
    industry_key,
    occupation_key,
    rollup_keys,
)
from recruit.reporting.employer_days import employer_day_resync, employer_seen
from recruit.reporting.events import (
    COUNTED_FIELDS,
    ApplicationSubmitted,
    ApplicationWithdrawn,
    Counted,
    Event,
    Placement,
    Regrouped,
    VacanciesPublished,
    VacancyChanged,
    VacancyPublished,
)
from recruit.reporting.models import (
    ALL,
    GROUP_METRICS,
    METRICS,
    NO_CAMPAIGN,
    CounterCell,
    CounterRollup,
)

if TYPE_CHECKING:
    from recruit.applications.models import Application, ApplicationEvent
    from recruit.jobseekers.models import Jobseeker
    from recruit.vacancies.models import Vacancy

# callers name the events through this module: counters.record(counters.Placement(...))
__all__ = ["COUNTED_FIELDS", "ApplicationSubmitted", "ApplicationWithdrawn", "Counted", "Event", "Placement",
           "Regrouped", "VacanciesPublished", "VacancyChanged", "VacancyPublished", "record"]


def record(event: Event) -> None:
    """Count one event (or, VacanciesPublished, many set-wise) in the caller's transaction."""
    match event:
        case VacancyPublished(vacancy, at):
            _vacancies_published([vacancy], at=at)
        case VacanciesPublished(ids, at):
            _vacancies_published_by_id(list(ids), at=at)
        case VacancyChanged(before, vacancy):
            _vacancy_changed(before, vacancy)
        case ApplicationSubmitted(vacancy, application, jobseeker, channel, at):
            _application_event(vacancy, "resumes_submitted", application=application, jobseeker=jobseeker,
                               channel=channel, at=at, day_from_created=True)
        case ApplicationWithdrawn(vacancy, application, app_event, jobseeker, channel, at):
            _application_event(vacancy, "applications_withdrawn", application=application,
                               jobseeker=jobseeker, channel=channel, at=at, day_from_created=False,
                               event=app_event)
        case Placement(vacancy, application, app_event, jobseeker, channel, at):
            _application_event(vacancy, "placements", application=application, jobseeker=jobseeker,
                               channel=channel, at=at, day_from_created=False, event=app_event)
        case Regrouped(jobseeker_id, group, sign):
            _regroup(jobseeker_id, group, sign)
        case _:
            raise TypeError(f"not a counted event: {event!r}")


def _dims(vacancy: Vacancy | Counted, *, channel: str | None) -> dict[str, str]:
    return {
        "region_code": vacancy.region_code,
        "industry_code": industry_key(vacancy.industry_code),
        "occupation_code": occupation_key(vacancy.occupation_code),
        "channel": channel or "",
    }


def _upsert(model: type[CounterCell] | type[CounterRollup], keys: list[str],
            rows: list[dict[str, Any]]) -> None:
    """One multi-row upsert; rows with the same key are merged first, keys sorted so that
    concurrent transactions lock rows in the same order (no deadlocks)."""
    if not rows:
        return
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = tuple(row[k] for k in keys)
        if key in merged:
            for m in METRICS:
                merged[key][m] += row[m]
        else:
            merged[key] = dict(row)
    ordered = [merged[k] for k in sorted(merged)]
    # one statement over arrays, whatever the number of rows: an event writes tens of rollup
    # rows, and a multi-row INSERT ... VALUES took SQLAlchemy ~1.5 ms to compile each time
    updates = ", ".join(f"{m} = {model.__tablename__}.{m} + excluded.{m}" for m in METRICS)
    insert_arrays(model.__table__, [*keys, *METRICS], ordered,
                  f"on conflict ({', '.join(keys)}) do update set {updates}")


def _rows(day: dt.date, dims: dict[str, Any], amounts: dict[str, int], groups: Iterable[str] = (),
          campaigns: Iterable[int] = ()) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The cell and rollup rows one event adds to: its no-campaign cells (once, and once per
    verified group) and the same again for each campaign it counted for."""
    groups = sorted(set(groups))
    unknown = set(amounts) - set(METRICS)
    if unknown:
        raise ValueError(f"unknown metrics: {sorted(unknown)}")
    full = {m: int(amounts.get(m, 0)) for m in METRICS}
    grouped = {m: (full[m] if m in GROUP_METRICS else 0) for m in METRICS}
    grouped_any = any(grouped.values())
    cells = []
    for campaign in [NO_CAMPAIGN, *sorted(set(campaigns) - {NO_CAMPAIGN})]:
        cells.append({"day": day, **dims, "campaign_id": campaign, "group_code": ALL, **full})
        if grouped_any:
            cells += [{"day": day, **dims, "campaign_id": campaign, "group_code": g, **grouped}
                      for g in groups]
    return cells, _rollups_of(cells)


def _rollups_of(cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rollup rows the cells add to (dimensions.rollup_keys), at each level kept."""
    return [
        {"dimension": dimension, "level": level, "region_code": cell["region_code"][:level],
         "key": key, "day": cell["day"], **{m: cell[m] for m in METRICS}}
        for cell in cells
        for dimension, key in rollup_keys(cell["campaign_id"], cell["group_code"], cell["industry_code"],
                                          cell["occupation_code"], cell["channel"])
        for level in ROLLUP_LEVELS[dimension]
    ]


def _bump(day: dt.date, dims: dict[str, Any], amounts: dict[str, int], groups: Iterable[str] = (),
         campaigns: Iterable[int] = ()) -> None:
    """Add `amounts` (metric -> n) to every row the event counts in. Never commits."""
    cells, rollups = _rows(day, dims, amounts, groups, campaigns)
    _upsert(CounterCell, CELL_KEY, cells)
    _upsert(CounterRollup, ROLLUP_KEY, rollups)


def _verified_groups(jobseeker: Jobseeker | None) -> set[str]:
    return set(jobseeker.verified_groups()) if jobseeker is not None else set()


def _vacancy_changed(before: Counted, vacancy: Vacancy) -> None:
    """A vacancy counted at its publication changed what it counts for (`before` holds the old
    COUNTED_FIELDS): its counts move from the old cells to the new ones on its publication day,
    in the campaigns its publication counted for, and its employer's scopes for that day
    follow, so the counters still equal a recount."""
    if vacancy.published_at is None:
        return
    day = clock.day_of(vacancy.published_at)
    campaigns = list(vacancy.published_campaign_ids or ())
    cells: list[dict[str, Any]] = []
    rollups: list[dict[str, Any]] = []
    sources_: tuple[tuple[Counted | Vacancy, int], ...] = ((before, -1), (vacancy, 1))
    for source, sign in sources_:
        more_cells, more_rollups = _rows(day, _dims(source, channel=None),
                                         {"vacancies_published": sign,
                                          "positions_posted": sign * source.headcount}, (), campaigns)
        cells += more_cells
        rollups += more_rollups
    _upsert(CounterCell, CELL_KEY, cells)
    _upsert(CounterRollup, ROLLUP_KEY, rollups)
    if any(getattr(before, f) != getattr(vacancy, f) for f in COUNTED_FIELDS if f != "headcount"):
        db.session.flush()
        employer_day_resync(vacancy.employer_id, day)


def _vacancies_published(vacancies: list[Vacancy], *, at: dt.datetime | None = None) -> None:
    """Vacancies went live: +1 vacancy, +headcount positions, and the employer posted, in every
    campaign whose rules or enrolment hold for it at that moment (recorded in its
    published_campaign_ids). Counts are merged and written as one upsert per table, employers in
    id order, so concurrent writers cannot deadlock on counter rows."""
    cells: list[dict[str, Any]] = []
    rollups: list[dict[str, Any]] = []
    postings: dict[tuple[int, dt.date], set[str]] = {}
    for vacancy in vacancies:
        moment = at or vacancy.published_at
        assert moment is not None  # published
        vacancy.published_campaign_ids = campaign_rules.campaigns_at([vacancy.id], moment).get(vacancy.id, [])
        day = clock.day_of(moment)
        dims = _dims(vacancy, channel=None)
        more_cells, more_rollups = _rows(
            day, dims, {"vacancies_published": 1, "positions_posted": vacancy.headcount}, (),
            vacancy.published_campaign_ids)
        cells += more_cells
        rollups += more_rollups
        scopes = employer_scopes(dims["region_code"], dims["industry_code"],
                                 dims["occupation_code"], vacancy.published_campaign_ids)
        postings.setdefault((vacancy.employer_id, day), set()).update(scopes)
    _upsert(CounterCell, CELL_KEY, cells)
    _upsert(CounterRollup, ROLLUP_KEY, rollups)
    for (employer_id, day), seen in sorted(postings.items()):
        employer_seen(employer_id, sorted(seen), day)


def _vacancies_published_by_id(vacancy_ids: list[int], *, at: dt.datetime) -> None:
    """_vacancies_published() for vacancies already written in this transaction (published at
    `at`), computed by PostgreSQL from their rows with the expressions reconciliation uses
    (sources.py): a bulk import attributes and counts a 10,000-row chunk without a Python loop
    over it. Rows are upserted in the order the row-by-row path sorts them (bytewise, cells
    before rollups), so the two cannot deadlock."""
    if not vacancy_ids:
        return
    ids = {"ids": [int(i) for i in vacancy_ids]}
    # the attribution, one statement for the chunk: campaigns.rules set-wise over every campaign
    # running at `at`, recorded on the rows (without JIT: it compiled for seconds, to run in ms)
    db.session.execute(text("set local jit = off"))
    db.session.execute(text(f"""
        update vacancies v set published_campaign_ids = a.ids
        from (select vacancy_id, array_agg(campaign_id order by campaign_id) as ids
              from ({campaign_rules.ATTRIBUTION_SQL}) m group by vacancy_id) a
        where v.id = a.vacancy_id"""), {**ids, "at": at})
    # the chunk's facts once, in a temporary table the three statements read: read from the
    # vacancies by each, they were evaluated once per row and scope or rollup (docs/performance.md)
    db.session.execute(text(f"""
        create temporary table published_facts on commit drop as
        select v.region_code as region, {dimensions.CST_DAY.format(col='v.published_at')} as day,
               {dimensions.VACANCY_CAMPAIGNS} as campaigns, {dimensions.INDUSTRY} as industry,
               {dimensions.OCCUPATION} as occupation, v.employer_id, v.headcount
        from vacancies v where v.id = any(:ids) and v.published_at is not null"""), ids)
    metrics = "vacancies_published, positions_posted"
    add = "vacancies_published = {t}.vacancies_published + excluded.vacancies_published, " \
          "positions_posted = {t}.positions_posted + excluded.positions_posted"
    # each vacancy once in campaign 0 and once in each campaign it counted for
    expanded = f"""(select f.*, c.campaign from published_facts f
                    cross join lateral unnest(array[{NO_CAMPAIGN}] || f.campaigns) as c(campaign)) f"""
    db.session.execute(text(f"""
        insert into counter_cells ({', '.join(CELL_KEY)}, {metrics})
        select region, day, campaign, '', industry, occupation, '', count(*), sum(headcount)
        from {expanded} group by region, day, campaign, industry, occupation
        order by region collate "C", day, campaign, industry collate "C", occupation collate "C"
        on conflict ({', '.join(CELL_KEY)}) do update set {add.format(t='counter_cells')}"""))
    # dimensions.rollup_keys() for these cells, in SQL (no group rows: a vacancy has no jobseeker)
    db.session.execute(text(f"""
        insert into counter_rollups ({', '.join(ROLLUP_KEY)}, {metrics})
        select * from (
            select r.dimension, r.level, left(c.region_code, r.level) as region_code, r.key,
                   c.day, count(*) as n, sum(c.headcount) as heads
            from (select region as region_code, day, campaign as campaign_id, '' as group_code,
                         industry as industry_code, occupation as occupation_code, '' as channel,
                         headcount
                  from {expanded}) c
            cross join {dimensions.rollup_rows_sql()}
            where r.applies
            group by 1, 2, 3, 4, 5) r
        order by dimension collate "C", level, region_code collate "C", key collate "C", day
        on conflict ({', '.join(ROLLUP_KEY)}) do update set {add.format(t='counter_rollups')}"""))
    postings: dict[tuple[int, dt.date], list[str]] = defaultdict(list)
    for employer_id, day, scope in db.session.execute(text(f"""
            select distinct f.employer_id, f.day, scope
            from (select employer_id, day, region as r, industry as i, occupation as o, campaigns as cs
                  from published_facts) f, {dimensions.SCOPES} as scope
            where scope is not null""")):
        postings[(employer_id, day)].append(scope)
    db.session.execute(text("drop table published_facts"))  # a second call in this transaction
    for (employer_id, day), scopes in sorted(postings.items()):
        employer_seen(employer_id, sorted(scopes), day)


def _application_event(vacancy: Vacancy, metric: str, *, application: Application | None,
                       jobseeker: Jobseeker | None, channel: str | None, at: dt.datetime | None,
                       day_from_created: bool, event: ApplicationEvent | None = None) -> None:
    """Count one event of an application in every campaign its vacancy belongs to at that
    moment, recording the campaigns on the event's row (the application for a submission, the
    ApplicationEvent for a later step)."""
    if jobseeker is None and application is not None:
        jobseeker = application.jobseeker
    channel = channel or (application.channel if application is not None else None)
    if at is None and day_from_created and application is not None:
        at = application.created_at
    if at is None and event is not None:
        at = event.at
    at = at or utcnow()
    campaigns = campaign_rules.campaigns_at([vacancy.id], at).get(vacancy.id, [])
    holder = application if metric == "resumes_submitted" else event
    if holder is not None:
        holder.campaign_ids = campaigns
    dims = _dims(vacancy, channel=channel)
    _bump(clock.day_of(at), dims, {metric: 1}, _verified_groups(jobseeker), campaigns)


def _regroup(jobseeker_id: int, group: str, sign: int) -> None:
    """Move a jobseeker's past events into (+1) or out of (-1) a group's rows, in every campaign
    each event counted for.

    Call in the transaction that verifies a membership (+1) or un-verifies a verified one (-1).
    """
    cells = []
    for day, dims, amounts, campaigns in sources.application_facts(jobseeker_id=jobseeker_id):
        grouped = {m: sign * n for m, n in amounts.items() if m in GROUP_METRICS}
        if not any(grouped.values()):
            continue
        values = {m: grouped.get(m, 0) for m in METRICS}
        cells += [{"day": day, **dims, "campaign_id": campaign, "group_code": group, **values}
                  for campaign in [NO_CAMPAIGN, *campaigns]]
    _upsert(CounterCell, CELL_KEY, cells)
    _upsert(CounterRollup, ROLLUP_KEY, _rollups_of(cells))
