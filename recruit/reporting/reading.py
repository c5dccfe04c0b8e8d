"""Which counter rows answer a report question, and the WHERE that reads exactly those rows.

A question (report.ReportCut and a breakdown) asks for some parts (dimensions.PARTS): one per
cut, at the cut's level (industry 'C' is a section, 'C38' a division; occupation '6' a major
group, '6-31' a middle category), and the breakdown's own part at its finest level. It is read
from the CounterRollup dimension (dimensions.ROLLUPS) that sums the fewest keys for it: the one
made of exactly those parts, else one with finer parts (a section from its divisions) or with a
part more (summed over its values), at the coarsest region level kept that serves the prefix and
the breakdown; with none (a campaign's combination by prefecture, anything inside a county),
from CounterCell, one index descent per (county, day).
A rollup is read key by key: the keys the question can match are listed (a cut's value, the
values a breakdown, a coarser cut or a summed part can take, found in that part's own national
rows) and so are the regions of a breakdown by region, so the index descends once per
(region, key) and reads only the rows summed, never a range holding every other key or region;
too many keys to list, their leading parts are listed and each read as a range.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import Any

from flask import current_app
from sqlalchemy import ARRAY, ColumnElement, Date, Select, Text, func, literal, null, select, text, true

from recruit import replica
from recruit.reporting.dimensions import FINER, ROLLUP_LEVELS, ROLLUPS, prefix_filter, prefix_upper
from recruit.reporting.models import ALL, METRICS, NO_CAMPAIGN, CounterCell, CounterRollup

CounterTable = type[CounterCell] | type[CounterRollup]
# the part a cut names, and the part a breakdown by a dimension groups by
_CUT_DIMENSION = {"campaign_id": "campaign", "group": "group", "industry": "industry",
                  "occupation": "occupation", "channel": "channel"}
# the dimension a part belongs to
_COARSE_OF = {"section": "industry", "major": "occupation"}
_CELL_COLUMN = {"campaign": "campaign_id", "group": "group_code", "industry": "industry_code",
                "occupation": "occupation_code", "channel": "channel"}


def _limit(name: str) -> int:
    """REPORT_MAX_KEYS: above this many keys, a rollup's keys' leading parts are listed instead;
    REPORT_MAX_DESCENTS: above this many (region, key) pairs, ranges, then one filtered range;
    REPORT_MAX_CELL_DESCENTS: above this many (county, day) pairs, each county's range of days."""
    return int(current_app.config[name])


@dataclasses.dataclass(frozen=True)
class Read:
    """Where a question's rows are: the table and its conditions (without the period), and for a
    rollup the regions and keys to read one by one (None: the condition in `where` stands), or
    with `prefixed` the keys' leading parts ('1:migrant_worker:C38:'), each read as a range."""

    table: CounterTable
    where: list[ColumnElement[bool]]
    by: str | None
    width: int  # a breakdown by region: the region code's length in the answer
    dimension: str | None = None
    level: int | None = None
    regions: list[str] | None = None
    keys: list[str] | None = None
    prefixed: bool = False

    def rows(self, start: dt.date | None, end: dt.date) -> Select[Any]:
        """SELECT grp (the breakdown's value; None without one) and the metrics, row by row."""
        t = self.table
        period = [t.day <= end] if start is None else [t.day >= start, t.day <= end]
        if self.regions is None and self.keys is None:
            return select(self._group(t.region_code, getattr(t, "key", None), t.day).label("grp"),
                          *[getattr(t, m) for m in METRICS]).where(*self.where, *period)
        if t is CounterCell:
            return self._cell_rows(start, end, period)
        # one index descent per (region, key): a nested loop over the lists, never left to the
        # planner, whose row estimates for one key of one dimension are poor (it filtered a
        # whole dimension's range for a list of keys); OFFSET 0 keeps the lateral subquery a
        # subquery (flattened into the join, it was scanned once for every region)
        r = CounterRollup
        regions = _listed(self.regions or [], "region", "r")
        keys = _listed(self.keys or [], "key", "k")
        # a prefix ends with ':', and ';' sorts right after it (the databases' collation is C)
        key = ([r.key >= keys.c.key, r.key < func.concat(func.left(keys.c.key, -1), ";")]
               if self.prefixed else [r.key == keys.c.key])
        found = (select(r.key, r.day, *[getattr(r, m) for m in METRICS])
                 .where(*self.where, r.region_code == regions.c.region, *key, *period)
                 .offset(0).lateral("found"))
        return (select(self._group(regions.c.region, found.c.key, found.c.day).label("grp"),
                       *[found.c[m] for m in METRICS])
                .select_from(regions.join(keys, true()).join(found, true())))

    def _cell_rows(self, start: dt.date | None, end: dt.date, period: list[Any]) -> Select[Any]:
        """The cells of the listed counties, one index descent per (county, day): the key's
        equalities after the day (campaign, group, an industry range) bound each read to the rows
        summed, where a range over the prefix reads every campaign's and group's cells."""
        c = CounterCell
        regions = _listed(self.regions or [], "region", "r")
        columns = [c.day, *[getattr(c, col) for col in _CELL_COLUMN.values()],
                   *[getattr(c, m) for m in METRICS]]
        days = None if start is None else [start + dt.timedelta(days=i)
                                           for i in range((end - start).days + 1)]
        if days is not None and len(days) * len(self.regions or []) <= _limit("REPORT_MAX_CELL_DESCENTS"):
            listed = _listed(days, "day", "d", Date)
            found = (select(*columns).where(*self.where, c.region_code == regions.c.region,
                                            c.day == listed.c.day)
                     .offset(0).lateral("found"))
            source = regions.join(listed, true()).join(found, true())
        else:  # a long period: each county's range of days, filtered
            found = (select(*columns).where(*self.where, c.region_code == regions.c.region, *period)
                     .offset(0).lateral("found"))
            source = regions.join(found, true())
        return (select(self._group(regions.c.region, None, found.c.day, found.c).label("grp"),
                       *[found.c[m] for m in METRICS])
                .select_from(source))

    def _group(self, region: Any, key: Any, day: Any, cell: Any = None) -> Any:
        if self.by == "day":
            return day
        if self.by == "region":
            return region if self.level == self.width or (
                self.table is CounterCell and self.width == 6) else func.left(region, self.width)
        if self.by in _CELL_COLUMN:
            if self.table is CounterCell:
                return (CounterCell.__table__.c if cell is None else cell)[_CELL_COLUMN[self.by]]
            parts = ROLLUPS[self.dimension or ""]
            return key if len(parts) == 1 else func.split_part(key, ":", parts.index(self.by) + 1)
        return null()


def _listed(values: list[Any], column: str, name: str, kind: Any = Text) -> Any:
    """unnest(values) as name(column): a list to join."""
    return func.unnest(literal(values, ARRAY(kind))).table_valued(column).render_derived(name=name)


def _part(name: str, value: int | str) -> str:
    """The part a cut reads: industry and occupation at the level of the value given."""
    dimension = _CUT_DIMENSION[name]
    if name == "industry" and len(str(value)) == 1:
        return "section"
    if name == "occupation" and "-" not in str(value):
        return "major"
    return dimension


def _matches(part: str, value: str, cut: str) -> bool:
    """A stored value of `part` falls under a cut `cut` of the same dimension."""
    if part == "industry":
        return value.startswith(cut)
    if part == "occupation":
        return value == cut or value.startswith(cut + "-")
    return value == cut


def wanted(cuts: dict[str, int | str], by: str | None) -> dict[str, tuple[str, str | None]]:
    """dimension -> (part, the cut's value or None): what a question asks of each dimension."""
    out: dict[str, tuple[str, str | None]] = {}
    for name, value in cuts.items():
        text_value = str(int(value)) if name == "campaign_id" else str(value)
        out[_CUT_DIMENSION[name]] = (_part(name, value), text_value)
    if by in _CELL_COLUMN:
        # a breakdown by a cut dimension groups its finest values under the cut
        out[by] = (by, out.get(by, (by, None))[1])
    return out


# about how many values a part takes, in all and (industry, occupation) under one value of the
# coarser part above it: a guide to the rollup that reads fewest rows, never a limit
_SPREAD = {"section": 20, "industry": 100, "major": 8, "occupation": 80, "channel": 6}
_UNDER = 15


def _cost(own: tuple[str, ...], asked: dict[str, tuple[str, str | None]]) -> float | None:
    """About how many keys a question reads from a rollup made of `own` (per region and day),
    or None when that rollup cannot answer it."""
    parts = set(own)
    for owner in ("campaign", "group"):
        if (owner in parts) != (owner in asked):
            return None  # each event once (no campaign, no group) or a campaign's, a group's rows
    cost = 1.0
    for part, _value in asked.values():
        if part in parts:
            pass  # a cut's one key, or the breakdown's (every rollup that answers has it)
        elif FINER.get(part) in parts:
            cost *= _UNDER  # a section read from its divisions
        else:
            return None
        parts.discard(part)
        parts.discard(FINER.get(part, ""))
    for free in parts - {"campaign", "group"}:
        cost *= _SPREAD[free]  # a part the question does not name: summed over
    return cost


def _choose(asked: dict[str, tuple[str, str | None]], needed: int) -> tuple[str, int] | None:
    """The rollup (and its level) that reads the fewest keys; None: read the cells."""
    best: tuple[float, int, str, int] | None = None
    for name, own in ROLLUPS.items():
        level = next((lv for lv in ROLLUP_LEVELS[name] if lv >= needed), None)
        cost = _cost(own, asked)
        if level is None or cost is None:
            continue
        option = (cost, len(own), name, level)
        if best is None or option < best:
            best = option
    return None if best is None else (best[2], best[3])


def plan(cuts: dict[str, int | str], by: str | None, region_prefix: str | None) -> Read:
    """Where the rows are that answer `cuts` (ReportCut.dimensions()) broken down `by` in a
    region."""
    asked = wanted(cuts, by)
    prefix = region_prefix or ""
    width = min(len(prefix) + 2, 6)
    chosen = _choose(asked, width if by == "region" else len(prefix))
    if chosen is None:
        return _cells(cuts, by, prefix, width)
    dimension, level = chosen
    t = CounterRollup
    where = [t.dimension == dimension, t.level == level]
    # a finer level than the prefix: its regions, listed
    regions = [prefix] if level == len(prefix) else _distinct_regions(dimension, level, prefix)
    keys = _keys(ROLLUPS[dimension], asked, by)
    descents = _limit("REPORT_MAX_DESCENTS")
    if keys is not None and len(keys) * len(regions) <= descents:
        return Read(t, where, by, width, dimension, level, regions, keys)
    prefixes, rest = _prefixes(ROLLUPS[dimension], asked, by, descents // max(len(regions), 1))
    if prefixes:
        return Read(t, where + rest, by, width, dimension, level, regions, prefixes, prefixed=True)
    where.append(t.region_code == prefix if level == len(prefix) else t.region_code.in_(regions))
    return Read(t, where + _key_filters(ROLLUPS[dimension], asked, by), by, width, dimension, level)


def _choices(parts: tuple[str, ...], asked: dict[str, tuple[str, str | None]],
             by: str | None) -> list[list[str]]:
    """The values each part of a rollup's key can take for the question."""
    choices: list[list[str]] = []
    for part in parts:
        # a part the question does not name is summed over all its values
        own, value = asked.get(_COARSE_OF.get(part, part), (part, None))
        if value is not None and own == part and part != by:
            choices.append([value])
        else:
            choices.append([v for v in _distinct_keys(part)
                            if value is None or _matches(part, v, value)])
    return choices


def _keys(parts: tuple[str, ...], asked: dict[str, tuple[str, str | None]],
          by: str | None) -> list[str] | None:
    """Every key the question can match, or None when there are too many to list."""
    if not parts:
        return [""]
    choices = _choices(parts, asked, by)
    count = 1
    for values in choices:
        count *= len(values)
    if count > _limit("REPORT_MAX_KEYS"):
        return None
    return [":".join(combo) for combo in itertools.product(*choices)]


def _prefixes(parts: tuple[str, ...], asked: dict[str, tuple[str, str | None]], by: str | None,
              budget: int) -> tuple[list[str], list[ColumnElement[bool]]]:
    """Too many keys to list: the leading parts' values listed (at most `budget` of them, each
    read as a range), and a list of values for each later part the question narrows."""
    choices = _choices(parts, asked, by)
    count, lead = 1, 0
    for values in choices[:-1]:
        if count * len(values) > budget:
            break
        count, lead = count * len(values), lead + 1
    if not lead:
        return [], []
    where: list[ColumnElement[bool]] = []
    for i in range(lead, len(parts)):
        if asked.get(_COARSE_OF.get(parts[i], parts[i]), (parts[i], None))[1] is not None:
            where.append(func.split_part(CounterRollup.key, ":", i + 1).in_(choices[i]))
    return [":".join(combo) + ":" for combo in itertools.product(*choices[:lead])], where


def _key_filters(parts: tuple[str, ...], asked: dict[str, tuple[str, str | None]],
                 by: str | None) -> list[ColumnElement[bool]]:
    """Too many keys to list: a range on the leading parts with one value, and a list of values
    for each other part."""
    t = CounterRollup
    if not parts:
        return [t.key == ""]
    choices = _choices(parts, asked, by)
    lead: list[str] = []
    for values in choices:
        if len(values) != 1:
            break
        lead.append(values[0])
    where = []
    if lead:
        joined = ":".join(lead)
        where.append(t.key == joined if len(lead) == len(parts) else prefix_filter(t.key, joined + ":"))
    for i in range(len(lead), len(parts)):
        column = t.key if len(parts) == 1 else func.split_part(t.key, ":", i + 1)
        where.append(column.in_(choices[i]))
    return where


_DISTINCT = """
    with recursive found(v) as (
        (select {col} from {table} where {where} order by {col} limit 1)
        union all
        select (select {col} from {table} where {where} and {col} > found.v
                order by {col} limit 1)
        from found where found.v is not null)
    select v from found where v is not null"""


def _distinct_keys(part: str) -> list[str]:
    """The values `part` has taken (its one-part rollup's national keys), one descent each."""
    sql = _DISTINCT.format(table="counter_rollups", col="key",
                           where="dimension = :d and level = 0 and region_code = ''")
    return [v for v, in replica.session().execute(text(sql), {"d": part})]


def _distinct_regions(dimension: str, level: int, prefix: str) -> list[str]:
    """The regions of `level` inside `prefix` that have rows of `dimension`."""
    where = "dimension = :d and level = :l"
    params: dict[str, Any] = {"d": dimension, "l": level}
    if prefix:
        where += " and region_code >= :lo and region_code < :hi"
        params.update(lo=prefix, hi=prefix_upper(prefix))
    sql = _DISTINCT.format(table="counter_rollups", col="region_code", where=where)
    return [v for v, in replica.session().execute(text(sql), params)]


def _cells(cuts: dict[str, int | str], by: str | None, prefix: str, width: int) -> Read:
    c = CounterCell
    where = [c.group_code == (cuts.get("group") or ALL)]
    if by == "group" and "group" not in cuts:
        where = [c.group_code != ALL]
    # campaign 0 rows count every event once; a campaign's rows the events it counted for
    if "campaign_id" not in cuts:
        where.append(c.campaign_id != NO_CAMPAIGN if by == "campaign" else c.campaign_id == NO_CAMPAIGN)
    else:
        where.append(c.campaign_id == int(cuts["campaign_id"]))
    for name in ("industry", "occupation", "channel"):
        if name in cuts:
            column, value = getattr(c, _CELL_COLUMN[name]), str(cuts[name])
            if name == "industry":
                where.append(prefix_filter(column, value))
            elif name == "occupation":
                where.append((column == value) | prefix_filter(column, f"{value}-"))
            else:
                where.append(column == value)
    if not prefix:
        return Read(c, where, by, width)
    counties = [prefix] if len(prefix) == 6 else _distinct_counties(prefix)
    return Read(c, where, by, width, regions=counties)


def _distinct_counties(prefix: str) -> list[str]:
    """The counties inside `prefix` that have cells, one descent each."""
    sql = _DISTINCT.format(table="counter_cells", col="region_code",
                           where="region_code >= :lo and region_code < :hi")
    params = {"lo": prefix, "hi": prefix_upper(prefix)}
    return [v for v, in replica.session().execute(text(sql), params)]
