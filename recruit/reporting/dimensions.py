"""What a counter row is keyed by: the dimensions' keys, the employer scopes and the SQL that
computes the same keys from the source tables. A leaf: the write path, the reads and the
recomputation all take their keys from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_

from recruit.reporting.models import ALL, NO_CAMPAIGN

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


def rollup_keys(campaign_id: int, group: str, industry: str, occupation: str,
                channel: str) -> list[tuple[str, str]]:
    """(dimension, key) of the rollup rows a cell adds to. An event's no-campaign cells feed the
    national picture ('all', industry, occupation, channel, group: each event once); its
    campaigns' cells feed only their campaign's rows (campaign, campaign x group)."""
    if campaign_id == NO_CAMPAIGN:
        if group != ALL:
            return [("group", group)]
        return [("all", ALL), ("industry", industry), ("occupation", occupation), ("channel", channel)]
    if group != ALL:
        return [("campaign_group", f"{campaign_id}:{group}")]
    return [("campaign", str(campaign_id))]


def prefix_filter(column, prefix: str) -> ColumnElement[bool]:
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
