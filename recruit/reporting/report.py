"""Reading the counters: totals and breakdowns for a period with any cut. Never reads raw rows.

Which rows answer (reading.py): the CounterRollup made of the question's parts (each cut, an
industry section or division and an occupation major group or middle category at the level
given, and the breakdown's dimension), nationally (level 0) or by province (level 2), read key by
key; else the one that sums fewest keys (a section from its divisions, a part the question does
not name summed over); by prefecture, the single dimensions and the cubes without a campaign
(reading.py, models.CUBE_LEVELS); else (a campaign's combination by prefecture, inside a
county) CounterCell, one descent per (county, day). Every row read is in the primary key's index
(INCLUDE the figures): no table page is visited for a day that no longer changes.
Employers posting (distinct) comes from EmployerReach for a region prefix alone, or for one of
industry / occupation / campaign alone; for other combinations it is None (not kept exactly).
Vacancy figures (employers, vacancies, positions) do not apply to a group or channel cut
(those describe jobseekers' events), so they are None there.

Campaigns: an event counts once in the campaign-less figures and once in each campaign it was
attributed to when it happened (counters.py), so a campaign cut reads that campaign's rows only
(CounterRollup 'campaign', 'campaign_group', 'campaign_industry', ...) and
every other read the campaign-0 rows: campaigns overlap, and their figures never add up to the
whole.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, func, select, text

from recruit import replica
from recruit.codes.enums import PRIORITY_GROUPS
from recruit.reporting import reading
from recruit.reporting.dimensions import NEVER
from recruit.reporting.models import METRICS, NO_CAMPAIGN, CounterCell, CounterRollup, EmployerReach

CUTS = ("campaign_id", "group", "industry", "occupation", "channel")
BREAKDOWNS = ("day", "region", "campaign", "group", "industry", "occupation", "channel")
VACANCY_FIGURES = ("employers_posting", "vacancies_published", "positions_posted")

# a figures row: the period, the cuts and the metrics (see totals()); JSON-like on purpose
Row = dict[str, Any]
CounterTable = type[CounterCell] | type[CounterRollup]
_PLAIN_PLANS = text("select set_config('jit', 'off', true), "
                    "set_config('max_parallel_workers_per_gather', '0', true)")


@dataclasses.dataclass(frozen=True, kw_only=True)
class ReportCut:
    """What a report is asked about: the period [start, end] (start None: everything up to
    `end`), a region code prefix, and any of the five dimensions. The report schemas load into
    it (schemas.ReportArgs), and every read here takes it."""

    start: dt.date | None
    end: dt.date
    region_prefix: str | None = None
    campaign_id: int | None = None
    group: str | None = None
    industry: str | None = None
    occupation: str | None = None
    channel: str | None = None

    def dimensions(self) -> dict[str, int | str]:
        """The cuts that are set, in CUTS order (no campaign, '' and None are no cut)."""
        values: dict[str, int | str | None] = {c: getattr(self, c) for c in CUTS}
        return {k: v for k, v in values.items() if v not in (None, "") and v != NO_CAMPAIGN}

    def as_dict(self) -> Row:
        """start, end, region_prefix and every cut (None where not set), as given."""
        return dataclasses.asdict(self)


def _session() -> Any:
    """The reporting session, told to plan this transaction's reads as the small index reads
    they are: the rollups' row estimates are poor (a dimension and its levels are correlated), and
    a parallel plan or JIT compilation chosen on them cost 50-250 ms for reads of a few ms."""
    session = replica.session()
    session.execute(_PLAIN_PLANS)
    return session


def _employer_scope(region_prefix: str | None, cuts: dict[str, int | str]) -> str | None:
    if not cuts:
        return f"r:{region_prefix}" if region_prefix else "r"
    if region_prefix or len(cuts) != 1:
        return None
    (name, value), = cuts.items()
    if name == "industry" and len(str(value)) in (1, 3):
        return f"i:{value}"
    if name == "occupation" and str(value).count("-") <= 1:
        return f"o:{value}"
    if name == "campaign_id":
        return f"c:{int(value)}"
    return None


def _period(t: CounterTable | type[EmployerReach], start: dt.date | None,
            end: dt.date) -> list[ColumnElement[bool]]:
    return [t.day <= end] if start is None else [t.day >= start, t.day <= end]


def _figures(values: Any, cuts: dict[str, int | str], employers: int | None) -> Row:
    out: Row = {m: int(values.get(m) or 0) for m in METRICS}
    out["employers_posting"] = employers
    if "group" in cuts or "channel" in cuts:
        for m in VACANCY_FIGURES:
            out[m] = None
    return out


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


def headline(cut: ReportCut) -> Row:
    """The report's four figures (and the rest) for a cut: the same as totals()."""
    return totals(cut)


def totals(cut: ReportCut) -> Row:
    """The figures for [start, end] inside a region prefix, with any cuts.

    start=None: everything up to and including `end` ("as of" a date).
    """
    cuts = cut.dimensions()
    session = _session()
    rows = reading.plan(cuts, None, cut.region_prefix).rows(cut.start, cut.end).subquery()
    row = session.execute(select(*[func.sum(rows.c[m]).label(m) for m in METRICS])).one()
    scope = _employer_scope(cut.region_prefix, cuts)
    employers = None
    if scope is not None:
        employers = employers_posting(start=cut.start, end=cut.end, scope=scope)
    return {"start": cut.start, "end": cut.end, "region_prefix": cut.region_prefix,
            **{c: cuts.get(c) for c in CUTS}, **_figures(row._mapping, cuts, employers)}


def breakdown(cut: ReportCut, by: str) -> list[Row]:
    """Rows of figures by day, by the next region level below the prefix, or by a dimension."""
    if by not in BREAKDOWNS:
        raise ValueError(f"unknown breakdown: {by}")
    cuts = cut.dimensions()
    session = _session()
    found = reading.plan(cuts, by, cut.region_prefix).rows(cut.start, cut.end).subquery()
    rows = session.execute(
        select(found.c.grp.label("key"), *[func.sum(found.c[m]).label(m) for m in METRICS])
        .group_by(found.c.grp).order_by(found.c.grp)).all()
    employers = _breakdown_employers(by, cut, [r.key for r in rows])
    out = []
    for r in rows:
        key = r.key.isoformat() if isinstance(r.key, dt.date) else r.key
        out.append({"key": key, **_figures(r._mapping, cuts, employers.get(r.key))})
    return out


def _breakdown_employers(by: str, cut: ReportCut, keys: list[Any]) -> dict[Any, int]:
    """Distinct employers per row where they are kept exactly; {} otherwise."""
    start, end, region_prefix, cuts = cut.start, cut.end, cut.region_prefix, cut.dimensions()
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
    scope_rows = replica.session().execute(
        select(r.scope, func.sum(r.employers))
        .where(r.scope.in_(scopes), *_period(r, start, end), first_in_period)
        .group_by(r.scope))
    return {scopes[s]: int(n) for s, n in scope_rows}


# ---- a campaign's live counters --------------------------------------------------------------

CAMPAIGN_FIGURES = {"vacancies": "vacancies_published", "positions": "positions_posted",
                    "applications": "resumes_submitted", "withdrawals": "applications_withdrawn",
                    "hires": "placements"}


def campaign_counters(campaign_ids: list[int]) -> dict[int, dict[str, Any]]:
    """campaign id -> its figures since it began: vacancies, positions, employers (distinct),
    applications, withdrawals, hires, and hires by priority group (every group that has any,
    exactly: callers decide what may be shown to whom). Reads the national rollup rows (level 0,
    one per day with events) and EmployerReach; a list of 200 campaigns is a few index ranges."""
    ids = sorted({int(i) for i in campaign_ids})
    out: dict[int, dict[str, Any]] = {
        i: {**dict.fromkeys(CAMPAIGN_FIGURES, 0), "employers": 0, "hires_by_group": {}} for i in ids}
    if not ids:
        return out
    t = CounterRollup
    session = _session()
    sums = [func.sum(getattr(t, m)).label(m) for m in CAMPAIGN_FIGURES.values()]
    for row in session.execute(
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
