"""What a counter row is keyed by: the dimensions' keys, the employer scopes and the SQL that
computes the same keys from the source tables. A leaf: the write path, the reads and the
recomputation all take their keys from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_

from recruit.reporting.models import ALL, COMBINATION_LEVELS, CUBE_LEVELS, NO_CAMPAIGN, SINGLE_LEVELS

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


# the parts a rollup key is made of, each a cell column or a coarser level of one: an industry
# section ('C') above its divisions ('C38'), an occupation major group ('6') above its middle
# categories ('6-31'). A cut at the coarse level reads one key instead of one per finer value.
PARTS = ("campaign", "group", "section", "industry", "major", "occupation", "channel")
# a coarse part -> the finer part whose values start with its value
FINER = {"section": "industry", "major": "occupation"}
# each part over counter_cells' columns, in SQL ({t}: the table's alias and a dot, or '')
PART_COLUMN = {"campaign": "{t}campaign_id::text", "group": "{t}group_code",
               "section": "left({t}industry_code, 1)", "industry": "{t}industry_code",
               "major": "split_part({t}occupation_code, '-', 1)", "occupation": "{t}occupation_code",
               "channel": "{t}channel"}


# the rollup dimensions: name -> the parts its key is made of (joined with ':').
# A dimension with 'campaign' takes only a campaign's cells (campaign_id <> 0), one without it
# only the campaign-0 cells (each event once); 'group' likewise for the group rows. So each
# event adds once to every dimension that applies to it, and no figure is counted twice.
# What each is for (docs/performance.md, "Reporting counters"): a question reads the rollup
# made of its parts, or the one that sums fewest keys for it (reading.py).
ROLLUPS: dict[str, tuple[str, ...]] = {
    # the headline, and one dimension
    "all": (), "industry": ("industry",), "occupation": ("occupation",), "channel": ("channel",),
    "section": ("section",), "major": ("major",), "group": ("group",), "campaign": ("campaign",),
    # two dimensions, with a section or a major group cut read as one key
    "industry_occupation": ("industry", "occupation"), "section_occupation": ("section", "occupation"),
    "industry_major": ("industry", "major"), "section_major": ("section", "major"),
    "industry_channel": ("industry", "channel"), "section_channel": ("section", "channel"),
    "occupation_channel": ("occupation", "channel"), "major_channel": ("major", "channel"),
    "group_industry": ("group", "industry"), "group_section": ("group", "section"),
    "group_occupation": ("group", "occupation"), "group_major": ("group", "major"),
    "group_channel": ("group", "channel"),
    "campaign_industry": ("campaign", "industry"), "campaign_occupation": ("campaign", "occupation"),
    "campaign_channel": ("campaign", "channel"), "campaign_group": ("campaign", "group"),
    # three and more
    "industry_occupation_channel": ("industry", "occupation", "channel"),
    "section_major_channel": ("section", "major", "channel"),
    "group_industry_occupation": ("group", "industry", "occupation"),
    "group_industry_channel": ("group", "industry", "channel"),
    "group_occupation_channel": ("group", "occupation", "channel"),
    "group_industry_occupation_channel": ("group", "industry", "occupation", "channel"),
    "campaign_industry_occupation_channel": ("campaign", "industry", "occupation", "channel"),
    "campaign_group_industry_occupation_channel": ("campaign", "group", "industry", "occupation",
                                                   "channel"),
    # the coarse cubes: a section or a major group with a group or by campaign reads one key
    # where the fine cubes above read one per division and middle category
    "group_section_major_channel": ("group", "section", "major", "channel"),
    "campaign_section_major_channel": ("campaign", "section", "major", "channel"),
    "campaign_group_section_major_channel": ("campaign", "group", "section", "major", "channel"),
    # a section broken down by occupation, a major group by industry: the mid cubes read one key
    # per value of the breakdown where the fine cubes read one per division or middle category
    "industry_major_channel": ("industry", "major", "channel"),
    "section_occupation_channel": ("section", "occupation", "channel"),
    "group_industry_major_channel": ("group", "industry", "major", "channel"),
    "group_section_occupation_channel": ("group", "section", "occupation", "channel"),
}
# region levels (code prefix lengths) each dimension is kept at (models.SINGLE_LEVELS, CUBE_LEVELS)
ROLLUP_LEVELS: dict[str, tuple[int, ...]] = {
    name: SINGLE_LEVELS.get(name, CUBE_LEVELS.get(name, COMBINATION_LEVELS)) for name in ROLLUPS}


def rollup_keys(campaign_id: int, group: str, industry: str, occupation: str,
                channel: str) -> list[tuple[str, str]]:
    """(dimension, key) of the rollup rows a cell adds to (see ROLLUPS). An event's
    no-campaign cells feed the national picture (each event once); its campaigns' cells feed
    only their campaign's rows."""
    values = {"campaign": str(campaign_id), "group": group, "section": industry[:1],
              "industry": industry, "major": occupation.split("-")[0], "occupation": occupation,
              "channel": channel}
    in_campaign, in_group = campaign_id != NO_CAMPAIGN, group != ALL
    return [(name, ":".join(values[p] for p in parts)) for name, parts in ROLLUPS.items()
            if ("campaign" in parts) == in_campaign and ("group" in parts) == in_group]


def rollup_rows_sql(alias: str = "c") -> str:
    """rollup_keys() x levels in SQL: a LATERAL list of (dimension, level, key, applies) over a
    row `alias` with counter_cells' columns; keep the rows where `applies`."""
    rows = []
    for name, parts in ROLLUPS.items():
        key = " || ':' || ".join(PART_COLUMN[p].format(t=f"{alias}.") for p in parts) or "''"
        applies = (f"({alias}.campaign_id <> {NO_CAMPAIGN}) = {'true' if 'campaign' in parts else 'false'}"
                   f" and ({alias}.group_code <> '') = {'true' if 'group' in parts else 'false'}")
        rows += [f"('{name}', {level}, {key}, {applies})" for level in ROLLUP_LEVELS[name]]
    return f"lateral (values {', '.join(rows)}) as r(dimension, level, key, applies)"


def prefix_upper(prefix: str) -> str:
    """The least string above every string that starts with `prefix` (a range's end)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def prefix_filter(column: Any, prefix: str) -> ColumnElement[bool]:
    """column starts with prefix, as a range the btree index can use under any collation."""
    return and_(column >= prefix, column < prefix_upper(prefix))


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
