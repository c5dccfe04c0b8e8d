"""The one calendar of the platform: China Standard Time, today, and the end of a named day.

Counters count by CST day, expiry dates typed by people ("2024-06-30", in a form or an import
file) mean the end of that day in Beijing, and reports are written in CST dates.
"""

from __future__ import annotations

import datetime as dt

# Day boundaries follow China Standard Time, the calendar the reports are written in.
CST = dt.timezone(dt.timedelta(hours=8), "CST")


def today() -> dt.date:
    """Today's date in China."""
    return dt.datetime.now(CST).date()


def day_of(moment: dt.datetime | None) -> dt.date:
    """The CST calendar day of a moment (naive datetimes are taken as UTC); today if None."""
    if moment is None:
        return today()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(CST).date()


def day_bounds(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Start and end (aware) of the CST day holding `now`."""
    start = now.astimezone(CST).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + dt.timedelta(days=1)


def end_of_day(text: str) -> str:
    """'YYYY-MM-DD' -> the ISO timestamp of the end of that day in Beijing (24:00 CST, i.e. the
    next day's 00:00+08:00), as the API takes it. Raises ValueError for anything else."""
    day = dt.date.fromisoformat(text)
    return (dt.datetime.combine(day, dt.time.min, CST) + dt.timedelta(days=1)).isoformat()


def last_day(end: dt.datetime) -> dt.date:
    """The CST day an end_of_day() moment closes (the inverse, for showing an expiry as a date)."""
    return (end.astimezone(CST) - dt.timedelta(seconds=1)).date()


# the moment notifications (quiet hours, caps, backoff) and alerts see; tests fix it with
# `frozen(...)` instead of sleeping until 08:00
_fixed: dt.datetime | None = None


def now() -> dt.datetime:
    """The current moment (aware, UTC), or the one a test fixed."""
    return _fixed if _fixed is not None else dt.datetime.now(dt.UTC)


def set_now(moment: dt.datetime | None) -> None:
    """Fix the clock at `moment` (aware), or release it with None. Tests only."""
    global _fixed
    if moment is not None and moment.tzinfo is None:
        raise ValueError("an aware datetime is required")
    _fixed = moment.astimezone(dt.UTC) if moment is not None else None


def next_cst(hour: int, after: dt.datetime) -> dt.datetime:
    """The first moment at `hour`:00 CST strictly after `after` (aware, UTC)."""
    local = after.astimezone(CST)
    moment = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if moment <= local:
        moment += dt.timedelta(days=1)
    return moment.astimezone(dt.UTC)
