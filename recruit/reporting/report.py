"""Reading the counters: totals and breakdowns for a period with any cut. Never reads raw rows.

Which table answers:
- no cut, or a single cut (campaign, group, industry, occupation or channel): CounterRollup at
  the coarsest region level that serves the prefix (national and province figures read
  province rows; 'all' also has county rows, the other dimensions prefecture rows);
- two or more cuts, or one cut inside a county: CounterCell.
Employers posting (distinct) comes from EmployerReach for a region prefix alone, or for one of
industry / occupation / campaign alone; for other combinations it is None (not kept exactly).
Vacancy figures (employers, vacancies, positions) do not apply to a group or channel cut
(those describe jobseekers' events), so they are None there.

Campaigns: an event counts once in the campaign-less figures and once in each campaign it was
attributed to when it happened (counters.py), so a campaign cut reads that campaign's rows only
(CounterRollup 'campaign', national at level 0; 'campaign_group' for a campaign and a group) and
every other read the campaign-0 rows: campaigns overlap, and their figures never add up to the
whole.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from recruit import replica
from recruit.codes.enums import PRIORITY_GROUPS
from recruit.reporting.dimensions import NEVER, prefix_filter
from recruit.reporting.models import (
    ALL,
    METRICS,
    NO_CAMPAIGN,
    ROLLUP_LEVELS,
    CounterCell,
    CounterRollup,
    EmployerReach,
)

CUTS = ("campaign_id", "group", "industry", "occupation", "channel")
BREAKDOWNS = ("day", "region", "campaign", "group", "industry", "occupation", "channel")
_ROLLUP_DIMENSION = {"campaign_id": "campaign", "group": "group", "industry": "industry",
                     "occupation": "occupation", "channel": "channel"}
_CELL_COLUMN = {"campaign": "campaign_id", "group": "group_code", "industry": "industry_code",
                "occupation": "occupation_code", "channel": "channel"}
VACANCY_FIGURES = ("employers_posting", "vacancies_published", "positions_posted")


def _key_filter(column, name: str, value):
    if name == "campaign_id":
        return column == (str(value) if column.key == "key" else int(value))
    if name == "industry":
        return prefix_filter(column, value)
    if name == "occupation":
        return (column == value) | prefix_filter(column, value + "-")
    return column == value


def _region(t, level: int, prefix: str | None, by: str | None):
    """Region filter at a stored level, and the column to group by for a region breakdown."""
    where = []
    if prefix:
        where.append(t.region_code == prefix if len(prefix) == level
                     else prefix_filter(t.region_code, prefix))
    width = min(len(prefix or "") + 2, 6)
    column = None
    if by == "region":
        column = t.region_code if width == level else func.left(t.region_code, width)
    return where, column


def _source(cuts: dict, by: str | None, region_prefix: str | None):
    """(model, where-clauses, column to group `by`) for the cheapest table that answers.

    One dimension (or none) -> CounterRollup at the coarsest region level that is at least as
    fine as the prefix (and as the breakdown's next level); otherwise CounterCell.
    """
    by_dim = by if by in _CELL_COLUMN else None
    wanted = {_ROLLUP_DIMENSION[c] for c in cuts} | ({by_dim} if by_dim else set())
    needed = max(len(region_prefix or ""), min(len(region_prefix or "") + 2, 6) if by == "region"
                 else 0)
    if len(wanted) <= 1:
        dimension = next(iter(wanted)) if wanted else "all"
        level = next((lv for lv in ROLLUP_LEVELS[dimension] if lv >= needed), None)
        if level is not None:
            t = CounterRollup
            where = [t.dimension == dimension, t.level == level]
            if cuts:
                (name, value), = cuts.items()
                where.append(_key_filter(t.key, name, value))
            region_where, region_column = _region(t, level, region_prefix, by)
            column = t.key if by_dim else region_column
            return t, where + region_where, column
    if wanted == {"campaign", "group"} and set(cuts) == {"campaign_id", "group"} and not by_dim:
        # a campaign's figures for one group: its campaign x group rollup where the level serves
        level = next((lv for lv in ROLLUP_LEVELS["campaign_group"] if lv >= needed), None)
        if level is not None:
            t = CounterRollup
            where = [t.dimension == "campaign_group", t.level == level,
                     t.key == f"{int(cuts['campaign_id'])}:{cuts['group']}"]
            region_where, region_column = _region(t, level, region_prefix, by)
            return t, where + region_where, region_column
    t = CounterCell
    where = [t.group_code == (cuts.get("group") or ALL)]
    if by_dim == "group" and "group" not in cuts:
        where = [t.group_code != ALL]
    # campaign 0 rows count every event once; a campaign's rows the events it counted for
    if "campaign_id" not in cuts:
        where.append(t.campaign_id != NO_CAMPAIGN if by_dim == "campaign" else t.campaign_id == NO_CAMPAIGN)
    for name, value in cuts.items():
        if name != "group":
            column = getattr(t, _CELL_COLUMN[_ROLLUP_DIMENSION[name]])
            where.append(_key_filter(column, name, value))
    region_where, region_column = _region(t, 6, region_prefix, by)
    column = getattr(t, _CELL_COLUMN[by_dim]) if by_dim else region_column
    return t, where + region_where, column


def _employer_scope(region_prefix: str | None, cuts: dict) -> str | None:
    if not cuts:
        return f"r:{region_prefix}" if region_prefix else "r"
    if region_prefix or len(cuts) != 1:
        return None
    (name, value), = cuts.items()
    if name == "industry" and len(value) in (1, 3):
        return f"i:{value}"
    if name == "occupation" and value.count("-") <= 1:
        return f"o:{value}"
    if name == "campaign_id":
        return f"c:{int(value)}"
    return None


def _period(t, start: dt.date | None, end: dt.date) -> list:
    return [t.day <= end] if start is None else [t.day >= start, t.day <= end]


def _figures(values: dict, cuts: dict, employers: int | None) -> dict:
    out = {m: int(values.get(m) or 0) for m in METRICS}
    out["employers_posting"] = employers
    if "group" in cuts or "channel" in cuts:
        for m in VACANCY_FIGURES:
            out[m] = None
    return out


def _clean(cuts: dict) -> dict:
    unknown = set(cuts) - set(CUTS)
    if unknown:
        raise TypeError(f"unknown cuts: {sorted(unknown)}")
    return {k: v for k, v in cuts.items() if v not in (None, "") and v != NO_CAMPAIGN}


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
    total = replica.session().scalar(select(func.sum(r.employers)).where(*where))
    return int(total or 0)


def headline(*, start: dt.date, end: dt.date, region_prefix: str | None, **cuts) -> dict:
    """The report's four figures for [start, end], optionally inside a region prefix.

    Optional cuts (keyword): campaign_id, group, industry, occupation, channel; see totals().
    """
    return totals(start=start, end=end, region_prefix=region_prefix, **cuts)


def totals(*, start: dt.date | None, end: dt.date, region_prefix: str | None = None, **cuts) -> dict:
    """The figures for [start, end] inside a region prefix, with any cuts.

    start=None: everything up to and including `end` ("as of" a date).
    """
    cuts = _clean(cuts)
    t, where, _ = _source(cuts, None, region_prefix)
    where += _period(t, start, end)
    row = replica.session().execute(
        select(*[func.sum(getattr(t, m)).label(m) for m in METRICS]).where(*where)).one()
    scope = _employer_scope(region_prefix, cuts)
    employers = None
    if scope is not None:
        employers = employers_posting(start=start, end=end, scope=scope)
    return {"start": start, "end": end, "region_prefix": region_prefix,
            **{c: cuts.get(c) for c in CUTS}, **_figures(row._mapping, cuts, employers)}


def breakdown(*, by: str, start: dt.date | None, end: dt.date, region_prefix: str | None = None,
              **cuts) -> list[dict]:
    """Rows of figures by day, by the next region level below the prefix, or by a dimension."""
    if by not in BREAKDOWNS:
        raise ValueError(f"unknown breakdown: {by}")
    cuts = _clean(cuts)
    t, where, column = _source(cuts, by, region_prefix)
    where += _period(t, start, end)
    if by == "day":
        column = t.day
    rows = replica.session().execute(
        select(column.label("key"), *[func.sum(getattr(t, m)).label(m) for m in METRICS])
        .where(*where).group_by(column).order_by(column)).all()
    employers = _breakdown_employers(by, start, end, region_prefix, cuts, [r.key for r in rows])
    out = []
    for r in rows:
        key = r.key.isoformat() if isinstance(r.key, dt.date) else r.key
        out.append({"key": key, **_figures(r._mapping, cuts, employers.get(r.key))})
    return out


def _breakdown_employers(by, start, end, region_prefix, cuts, keys) -> dict:
    """Distinct employers per row where they are kept exactly; {} otherwise."""
    r = EmployerReach
    if by == "day" and not cuts:
        scope = f"r:{region_prefix}" if region_prefix else "r"
        # within a single day every posting row is that employer's first of the day
        rows = replica.session().execute(
            select(r.day, func.sum(r.employers))
            .where(r.scope == scope, *_period(r, start, end)).group_by(r.day))
        return {day: int(n) for day, n in rows}
    prefix = {"region": "r", "industry": "i", "occupation": "o", "campaign": "c"}.get(by)
    if prefix is None or cuts or (region_prefix and by != "region"):
        return {}
    scopes = {f"{prefix}:{k}": k for k in keys if k}
    if not scopes:
        return {}
    first_in_period = r.prev_day == NEVER if start is None else r.prev_day < start
    rows = replica.session().execute(
        select(r.scope, func.sum(r.employers))
        .where(r.scope.in_(scopes), *_period(r, start, end), first_in_period)
        .group_by(r.scope))
    return {scopes[s]: int(n) for s, n in rows}


# ---- a campaign's live counters --------------------------------------------------------------

CAMPAIGN_FIGURES = {"vacancies": "vacancies_published", "positions": "positions_posted",
                    "applications": "resumes_submitted", "withdrawals": "applications_withdrawn",
                    "hires": "placements"}


def campaign_counters(campaign_ids: list[int]) -> dict[int, dict]:
    """campaign id -> its figures since it began: vacancies, positions, employers (distinct),
    applications, withdrawals, hires, and hires by priority group (every group that has any,
    exactly: callers decide what may be shown to whom). Reads the national rollup rows (level 0,
    one per day with events) and EmployerReach; a list of 200 campaigns is a few index ranges."""
    ids = sorted({int(i) for i in campaign_ids})
    out = {i: {**dict.fromkeys(CAMPAIGN_FIGURES, 0), "employers": 0, "hires_by_group": {}} for i in ids}
    if not ids:
        return out
    t = CounterRollup
    sums = [func.sum(getattr(t, m)).label(m) for m in CAMPAIGN_FIGURES.values()]
    for row in replica.session().execute(
            select(t.key, *sums).where(t.dimension == "campaign", t.level == 0, t.region_code == "",
                                       t.key.in_([str(i) for i in ids])).group_by(t.key)):
        figures = out[int(row.key)]
        for name, metric in CAMPAIGN_FIGURES.items():
            figures[name] = int(getattr(row, metric) or 0)
    keys = [f"{i}:{g}" for i in ids for g in PRIORITY_GROUPS]
    for key, hires in replica.session().execute(
            select(t.key, func.sum(t.placements)).where(
                t.dimension == "campaign_group", t.level == 0, t.region_code == "", t.key.in_(keys))
            .group_by(t.key)):
        if hires:
            campaign, _, group = key.partition(":")
            out[int(campaign)]["hires_by_group"][group] = int(hires)
    r = EmployerReach
    for scope, employers in replica.session().execute(
            select(r.scope, func.sum(r.employers)).where(
                r.scope.in_([f"c:{i}" for i in ids]), r.prev_day == NEVER).group_by(r.scope)):
        out[int(scope[2:])]["employers"] = int(employers or 0)
    return out
