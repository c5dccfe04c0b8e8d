"""The counters recomputed from the source tables (vacancies, applications, their events and
verified group memberships). Used by reconciliation and by regroup(); never by a report.

The SQL mirrors the write path: CST days, industry/occupation keys, channel, and the campaigns
each event recorded when it was counted (never recomputed from the campaigns' rules).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import text

from recruit.extensions import db
from recruit.reporting.dimensions import (
    APPLICATION_CAMPAIGNS,
    CST_DAY,
    EVENT_CAMPAIGNS,
    INDUSTRY,
    OCCUPATION,
    ROLLUP_LEVELS,
    SCOPES,
    VACANCY_CAMPAIGNS,
    rollup_keys,
)
from recruit.reporting.models import ALL, METRICS, NO_CAMPAIGN

DIM_NAMES = ("region_code", "industry_code", "occupation_code", "channel")
# (day, {dimension: key}, {metric: 1}, campaign ids): one counted application event
Fact = tuple[dt.date, dict[str, str], dict[str, int], list[int]]
# counter_cells' key (CELL_KEY order) and counter_rollups' key (ROLLUP_KEY order)
CellKey = tuple[Any, ...]


def _application_sql(where: str = "") -> str:
    """One row per counted application event with the campaigns it recorded (`campaigns`)."""
    return f"""
        select f.day, v.region_code, f.campaigns,
               {INDUSTRY} as industry_code, {OCCUPATION} as occupation_code,
               a.channel, a.jobseeker_id, f.metric, a.erased_groups
        from (
            select a.id as application_id, {CST_DAY.format(col='a.created_at')} as day,
                   'resumes_submitted' as metric, {APPLICATION_CAMPAIGNS} as campaigns
            from applications a
            union all
            select e.application_id, {CST_DAY.format(col='e.at')},
                   case e.to_status when 'hired' then 'placements'
                                    else 'applications_withdrawn' end,
                   {EVENT_CAMPAIGNS}
            from application_events e where e.to_status in ('hired', 'withdrawn')
        ) f
        join applications a on a.id = f.application_id
        join vacancies v on v.id = a.vacancy_id
        {where}
    """


def _by_campaign(sql: str) -> str:
    """Each event once with campaign 0 and once per campaign it recorded (column campaign_id)."""
    return f"""
        select f.*, c.campaign_id from ({sql}) f
        cross join lateral unnest(array[{NO_CAMPAIGN}] || f.campaigns) as c(campaign_id)"""


def application_facts(*, jobseeker_id: int | None = None) -> Iterator[Fact]:
    """(day, dims, {metric: 1}, campaigns) for each application event, optionally of one jobseeker."""
    where = "where a.jobseeker_id = :js" if jobseeker_id is not None else ""
    rows = db.session.execute(text(_application_sql(where)), {"js": jobseeker_id})
    for day, region, campaigns, industry, occupation, channel, _js, metric, _erased in rows:
        dims = dict(zip(DIM_NAMES, (region, industry, occupation, channel), strict=True))
        yield day, dims, {metric: 1}, sorted(set(campaigns or ()) - {NO_CAMPAIGN})


def expected_cells() -> dict[CellKey, list[int]]:
    """(region, day, campaign, group, industry, occupation, channel) -> metric values
    (the order of counter_cells' key)."""
    cells: dict[CellKey, list[int]] = defaultdict(lambda: [0] * len(METRICS))
    vacancies = db.session.execute(text(f"""
        select {CST_DAY.format(col='v.published_at')} as day, v.region_code,
               c.campaign_id, {INDUSTRY}, {OCCUPATION},
               count(*), sum(v.headcount)
        from vacancies v
        cross join lateral unnest(array[{NO_CAMPAIGN}] || {VACANCY_CAMPAIGNS}) as c(campaign_id)
        where v.published_at is not null
        group by 1, 2, 3, 4, 5
    """))
    for day, region, campaign, industry, occupation, n, heads in vacancies:
        row = cells[(region, day, campaign, ALL, industry, occupation, "")]
        row[METRICS.index("vacancies_published")] += n
        row[METRICS.index("positions_posted")] += int(heads)
    once = db.session.execute(text(f"""
        select f.day, f.region_code, f.campaign_id, '' as group_code, f.industry_code,
               f.occupation_code, f.channel, f.metric, count(*)
        from ({_by_campaign(_application_sql())}) f
        group by 1, 2, 3, 4, 5, 6, 7, 8
    """))
    # an event counts once in each group its jobseeker is verified in (an erased jobseeker's
    # groups stay on their applications: erasure leaves every counter as it was)
    per_group = db.session.execute(text(f"""
        select f.day, f.region_code, f.campaign_id, g.grp, f.industry_code,
               f.occupation_code, f.channel, f.metric, count(*)
        from ({_by_campaign(_application_sql())}) f
        join lateral (
            select g."group" as grp from jobseeker_groups g
            where g.jobseeker_id = f.jobseeker_id and g.status = 'verified'
            union all select unnest(f.erased_groups)
        ) g on true
        group by 1, 2, 3, 4, 5, 6, 7, 8
    """))
    for rows in (once, per_group):
        for day, region, campaign, group, industry, occupation, channel, metric, n in rows:
            key = (region, day, campaign, group, industry, occupation, channel)
            cells[key][METRICS.index(metric)] += n
    return dict(cells)


def rollups_from_cells(cells: dict[CellKey, list[int]]) -> dict[CellKey, list[int]]:
    """(dimension, level, region, key, day) -> metric values, as the write path makes them
    (dimensions.rollup_keys)."""
    out: dict[CellKey, list[int]] = defaultdict(lambda: [0] * len(METRICS))
    for (region, day, campaign, group, industry, occupation, channel), values in cells.items():
        for dimension, key in rollup_keys(campaign, group, industry, occupation, channel):
            for level in ROLLUP_LEVELS[dimension]:
                row = out[(dimension, level, region[:level], key, day)]
                for i, v in enumerate(values):
                    row[i] += v
    return dict(out)


def scope_days_sql() -> str:
    """(employer_id, scope, day, prev) for every posting day of every employer and scope."""
    return f"""
        with postings as (
            select distinct v.employer_id, {CST_DAY.format(col='v.published_at')} as day,
                   v.region_code as r, {INDUSTRY} as i, {OCCUPATION} as o,
                   {VACANCY_CAMPAIGNS} as cs
            from vacancies v where v.published_at is not null
        ), scoped as (
            select distinct employer_id, day, scope from postings, {SCOPES} as scope
            where scope is not null
        )
        select employer_id, scope, day,
               coalesce(lag(day) over (partition by employer_id, scope order by day),
                        date '0001-01-01') as prev
        from scoped
    """


def expected_reach() -> dict[tuple[str, dt.date, dt.date], int]:
    """(scope, day, prev_day) -> employers, from the vacancies' publication days."""
    rows = db.session.execute(text(
        f"select scope, day, prev, count(*) from ({scope_days_sql()}) as s group by 1, 2, 3"))
    return {(scope, day, prev): n for scope, day, prev, n in rows}
