"""What a counter row is keyed by: the dimensions' keys, the employer scopes and the SQL that
computes the same keys from the source tables. A leaf: the write path, the reads and the
recomputation all take their keys from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_

from recruit.reporting.models import ALL, NO_CAMPAIGN, ROLLUP_LEVELS

# prev_day of an employer's first day in a scope
NEVER = dt.date(1, 1, 1)
CELL_KEY = ["region_code", "day", "campaign_id", "group_code", "industry_code", "occupation_code",
            "channel"]
ROLLUP_KEY = ["dimension", "level", "region_code", "key", "day"]
# pg_advisory_xact_lock(namespace, employer_id): an employer's scope days change one at a time
EMPLOYER_LOCK_NAMESPACE = 6001


def industry_key(code: str | None) -> str:
    """GB/T 4754 section + division ('C38'); finer codes are cut to the division."""
    return (code or "")[:3]


def occupation_key(code: str | None) -> str:
    """Occupation major + middle category ('6-31-01-03' -> '6-31'): keeps the cells few."""
    return "-".join((code or "").split("-")[:2])


def employer_scopes(region_code: str, industry: str = "", occupation: str = "",
                    campaign_ids: Iterable[int] = ()) -> list[str]:
    """Where an employer's posting counts for 'employers posting' (distinct)."""
    scopes = ["r", f"r:{region_code[:2]}", f"r:{region_code[:4]}", f"r:{region_code}"]
    if industry:
        scopes += [f"i:{industry[:1]}", f"i:{industry}"]
    if occupation:
        scopes += [f"o:{occupation.split('-')[0]}", f"o:{occupation}"]
    scopes += [f"c:{c}" for c in campaign_ids if c != NO_CAMPAIGN]
    return sorted(set(scopes))


# the rollup dimensions: name -> the cell columns its key is made of (joined with ':').
# A dimension with 'campaign' takes only a campaign's cells (campaign_id <> 0), one without it
# only the campaign-0 cells (each event once); 'group' likewise for the group rows. So each
# event adds once to every dimension that applies to it, and no figure is counted twice.
ROLLUPS: dict[str, tuple[str, ...]] = {
    "all": (), "industry": ("industry",), "occupation": ("occupation",), "channel": ("channel",),
    "industry_occupation": ("industry", "occupation"), "industry_channel": ("industry", "channel"),
    "occupation_channel": ("occupation", "channel"),
    "group": ("group",), "group_industry": ("group", "industry"),
    "group_occupation": ("group", "occupation"), "group_channel": ("group", "channel"),
    "campaign": ("campaign",), "campaign_industry": ("campaign", "industry"),
    "campaign_occupation": ("campaign", "occupation"), "campaign_channel": ("campaign", "channel"),
    "campaign_group": ("campaign", "group"),
}
# the counter_cells column behind each part, in SQL
PART_COLUMN = {"campaign": "campaign_id::text", "group": "group_code", "industry": "industry_code",
               "occupation": "occupation_code", "channel": "channel"}


def rollup_for(parts: set[str]) -> str | None:
    """The rollup dimension whose key is made of exactly these parts, if one is kept."""
    return next((name for name, own in ROLLUPS.items() if set(own) == parts), None)


def rollup_keys(campaign_id: int, group: str, industry: str, occupation: str,
                channel: str) -> list[tuple[str, str]]:
    """(dimension, key) of the rollup rows a cell adds to (see ROLLUPS). An event's
    no-campaign cells feed the national picture (each event once); its campaigns' cells feed
    only their campaign's rows."""
    values = {"campaign": str(campaign_id), "group": group, "industry": industry,
              "occupation": occupation, "channel": channel}
    in_campaign, in_group = campaign_id != NO_CAMPAIGN, group != ALL
    return [(name, ":".join(values[p] for p in parts)) for name, parts in ROLLUPS.items()
            if ("campaign" in parts) == in_campaign and ("group" in parts) == in_group]


def rollup_rows_sql(alias: str = "c") -> str:
    """rollup_keys() x levels in SQL: a LATERAL list of (dimension, level, key, applies) over a
    row `alias` with counter_cells' columns; keep the rows where `applies`."""
    rows = []
    for name, parts in ROLLUPS.items():
        key = " || ':' || ".join(f"{alias}.{PART_COLUMN[p]}" for p in parts) or "''"
        applies = (f"({alias}.campaign_id <> {NO_CAMPAIGN}) = {'true' if 'campaign' in parts else 'false'}"
                   f" and ({alias}.group_code <> '') = {'true' if 'group' in parts else 'false'}")
        rows += [f"('{name}', {level}, {key}, {applies})" for level in ROLLUP_LEVELS[name]]
    return f"lateral (values {', '.join(rows)}) as r(dimension, level, key, applies)"


def prefix_filter(column: Any, prefix: str) -> ColumnElement[bool]:
    """column starts with prefix, as a range the btree index can use under any collation."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


# ---- the same keys in SQL, over a vacancy `v` (and an application `a`) ----------------------

CST_DAY = "(({col}) at time zone 'Asia/Shanghai')::date"
INDUSTRY = "left(coalesce(v.industry_code, ''), 3)"
OCCUPATION = "array_to_string((string_to_array(coalesce(v.occupation_code, ''), '-'))[1:2], '-')"
# the campaigns an event counted for, recorded with it (reporting/counters.py): a vacancy's
# publication, a submission (the application), a hire or withdrawal (its application event)
VACANCY_CAMPAIGNS = "v.published_campaign_ids"
APPLICATION_CAMPAIGNS = "a.campaign_ids"
EVENT_CAMPAIGNS = "e.campaign_ids"
# employer_scopes() in SQL, over columns r (county), i (industry key), o (occupation key) and
# cs (the campaign ids, int[])
SCOPES = """unnest(array[
                'r', 'r:' || left(r, 2), 'r:' || left(r, 4), 'r:' || r,
                case when i <> '' then 'i:' || left(i, 1) end,
                case when i <> '' then 'i:' || i end,
                case when o <> '' then 'o:' || split_part(o, '-', 1) end,
                case when o <> '' then 'o:' || o end
            ] || array(select 'c:' || x from unnest(cs) as x where x <> 0))"""
