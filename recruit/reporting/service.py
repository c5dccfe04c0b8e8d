"""The counters: one write path (called inside the event's transaction) and the read side."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert

from recruit.extensions import db
from recruit.reporting.models import DailyCounter, EmployerPostingDay

# Day boundaries follow China Standard Time, the calendar the reports are written in.
CST = dt.timezone(dt.timedelta(hours=8), "CST")


def today() -> dt.date:
    return dt.datetime.now(CST).date()


def add(metric: str, region_code: str, amount: int = 1, day: dt.date | None = None) -> None:
    """Add to a counter. Never commits: the caller's transaction carries it."""
    stmt = insert(DailyCounter).values(
        day=day or today(), metric=metric, region_code=region_code, value=amount
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["day", "metric", "region_code"],
        set_={"value": DailyCounter.value + stmt.excluded.value},
    )
    db.session.execute(stmt)


def employer_posted(employer_id: int, region_code: str, day: dt.date | None = None) -> None:
    stmt = insert(EmployerPostingDay).values(
        employer_id=employer_id, day=day or today(), region_code=region_code
    ).on_conflict_do_nothing()
    db.session.execute(stmt)


def vacancy_published(vacancy) -> None:
    add("vacancies_published", vacancy.region_code)
    add("positions_posted", vacancy.region_code, vacancy.headcount)
    employer_posted(vacancy.employer_id, vacancy.region_code)


def application_submitted(vacancy) -> None:
    add("resumes_submitted", vacancy.region_code)


def placement(vacancy) -> None:
    add("placements", vacancy.region_code)


def headline(*, start: dt.date, end: dt.date, region_prefix: str | None) -> dict:
    """The report's four figures for [start, end], optionally inside a region prefix."""
    where = [DailyCounter.day >= start, DailyCounter.day <= end]
    if region_prefix:
        where.append(DailyCounter.region_code.startswith(region_prefix))
    sums = dict(
        db.session.execute(
            select(DailyCounter.metric, func.sum(DailyCounter.value))
            .where(*where)
            .group_by(DailyCounter.metric)
        ).all()
    )
    epd = [EmployerPostingDay.day >= start, EmployerPostingDay.day <= end]
    if region_prefix:
        epd.append(EmployerPostingDay.region_code.startswith(region_prefix))
    employers = db.session.scalar(
        select(func.count(func.distinct(EmployerPostingDay.employer_id))).where(*epd)
    )
    return {
        "start": start,
        "end": end,
        "region_prefix": region_prefix,
        "employers_posting": int(employers or 0),
        "positions_posted": int(sums.get("positions_posted", 0)),
        "vacancies_published": int(sums.get("vacancies_published", 0)),
        "resumes_submitted": int(sums.get("resumes_submitted", 0)),
        "placements": int(sums.get("placements", 0)),
    }


def application_withdrawn(vacancy) -> None:
    add("applications_withdrawn", vacancy.region_code)

def add_many(amounts: dict[tuple[str, str], int], day: dt.date | None = None) -> None:
    """Several counters in one statement ({(metric, region_code): amount}); for bulk imports."""
    if not amounts:
        return
    keys = sorted(amounts)  # a stable order: concurrent imports lock rows in the same order
    db.session.execute(text(
        "insert into daily_counters (day, metric, region_code, value) "
        "select :day, m, r, v from unnest(cast(:metrics as text[]), cast(:regions as text[]), "
        "cast(:values as bigint[])) as t(m, r, v) "
        "on conflict (day, metric, region_code) do update set value = daily_counters.value + excluded.value"
    ), {"day": day or today(), "metrics": [m for m, _ in keys], "regions": [r for _, r in keys],
        "values": [amounts[k] for k in keys]})
