"""The 100 days of the source document's campaign (百日千万网招, launched 2020-03-20, reported
"截至6月底"), laid on the 100 days that end today: the featured sessions by group in the order
the report tells them, and the daily curve the replay follows. Pure functions, no database.

Day 0 is the launch; today is day 99. A session opens at 00:00 Beijing time on its first day
and closes at 00:00 after its last, so every moment of a day sees the same sessions running.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from recruit import clock

DAYS = 100


@dataclass(frozen=True)
class Session:
    """A featured session (特色招聘专场) of the demo: when, for whom, which rule admits vacancies."""

    name: str
    kind: str
    first_day: int
    last_day: int  # inclusive; past DAYS - 1 means still running today
    groups: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()

    def days(self) -> range:
        return range(self.first_day, min(self.last_day, DAYS - 1) + 1)

    def running_on(self, day: int) -> bool:
        return self.first_day <= day <= self.last_day


def sessions(year: int) -> list[Session]:
    """The sessions in the report's order: migrant workers back to work first, key enterprises'
    urgent hiring, Hubei workers, poverty-registered labour, then the graduation season, still
    running today (its graduates are this year's)."""
    return [
        Session("农民工返岗复工专场", "migrant_workers", 3, 24, groups=("migrant_worker",)),
        Session("重点企业用工保障专场", "key_enterprises", 10, 44, industries=("C27", "C17", "G54", "F52")),
        Session("湖北籍劳动者专场", "hubei_workers", 30, 51, groups=("hubei",)),
        Session("贫困劳动力专场", "poverty_labour", 47, 68, groups=("poverty_registered",)),
        Session(f"{year}届高校毕业生专场", "graduates", 72, 129, groups=("graduate",)),
    ]


def start_day(today: dt.date | None = None) -> dt.date:
    """The launch day: 99 days before today (CST)."""
    return (today or clock.today()) - dt.timedelta(days=DAYS - 1)


def moment(first: dt.date, day: int, minute_of_day: int = 0) -> dt.datetime:
    """An aware moment `minute_of_day` minutes into demo day `day` (Beijing time)."""
    midnight = dt.datetime.combine(first + dt.timedelta(days=day), dt.time.min, clock.CST)
    return (midnight + dt.timedelta(minutes=minute_of_day)).astimezone(dt.UTC)


def weight(day: int, first: dt.date, plan: list[Session]) -> float:
    """The relative activity of a day: a two-week launch ramp, the working week (weekends about
    half), a peak as each session opens (集中开设, fading over a few days), and the graduation
    season above the rest."""
    ramp = 0.25 + 0.75 * min(1.0, day / 14)
    weekday = (first + dt.timedelta(days=day)).weekday()
    week = (1.0, 1.0, 1.0, 1.0, 0.95, 0.55, 0.45)[weekday]
    peak = sum(1.6 * math.exp(-(day - s.first_day) / 3) for s in plan if s.running_on(day))
    season = 1.3 if any(s.kind == "graduates" and s.running_on(day) for s in plan) else 1.0
    return ramp * week * season * (1 + peak)


def daily_counts(total: int, first: dt.date, plan: list[Session]) -> list[int]:
    """`total` events spread over the days by weight(), rounded so that they add up to total
    (largest remainders): deterministic, so the peaks are where the sessions open. From DAYS
    events on, every day has one at least (the campaign never stood still)."""
    floor = 1 if total >= DAYS else 0
    weights = [weight(d, first, plan) for d in range(DAYS)]
    scale = (total - floor * DAYS) / sum(weights)
    exact = [floor + w * scale for w in weights]
    counts = [int(x) for x in exact]
    by_remainder = sorted(range(DAYS), key=lambda d: exact[d] - counts[d], reverse=True)
    for d in by_remainder[: total - sum(counts)]:
        counts[d] += 1
    return counts
