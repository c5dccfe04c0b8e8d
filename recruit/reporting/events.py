"""The counted events: what a caller hands to `counters.record(event)`, the one entry to the
counters' write path. Small frozen values; the row objects they carry are the caller's, in the
caller's transaction (the counters record campaign ids on them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the counters never load a domain's models themselves
    from recruit.applications.models import Application, ApplicationEvent
    from recruit.jobseekers.models import Jobseeker
    from recruit.vacancies.models import Vacancy

# what a counted vacancy contributes: moving any of these moves its counts
COUNTED_FIELDS = ("headcount", "region_code", "industry_code", "occupation_code")


@dataclass(frozen=True)
class Counted:
    """A vacancy's COUNTED_FIELDS as they were (before an edit)."""
    headcount: int
    region_code: str
    industry_code: str | None
    occupation_code: str | None

    @classmethod
    def of(cls, vacancy: Vacancy) -> Counted:
        return cls(vacancy.headcount, vacancy.region_code, vacancy.industry_code, vacancy.occupation_code)


@dataclass(frozen=True)
class VacancyPublished:
    """A vacancy's first publication: +1 vacancy, +headcount positions, the employer posted."""
    vacancy: Vacancy
    at: dt.datetime | None = None  # default: vacancy.published_at


@dataclass(frozen=True)
class VacanciesPublished:
    """The same for many vacancies already written in this transaction, published at `at`:
    counted set-wise by PostgreSQL from their rows (the bulk import's fast path)."""
    ids: tuple[int, ...]
    at: dt.datetime


@dataclass(frozen=True)
class VacancyChanged:
    """A counted vacancy's COUNTED_FIELDS changed from `before`: its counts move."""
    before: Counted
    vacancy: Vacancy


@dataclass(frozen=True)
class ApplicationSubmitted:
    """+1 resume, on the day the application was created."""
    vacancy: Vacancy
    application: Application | None = None
    jobseeker: Jobseeker | None = None
    channel: str | None = None
    at: dt.datetime | None = None


@dataclass(frozen=True)
class _Outcome:
    """An application's outcome; `event` (its ApplicationEvent) records the campaigns."""
    vacancy: Vacancy
    application: Application | None = None
    event: ApplicationEvent | None = None
    jobseeker: Jobseeker | None = None
    channel: str | None = None
    at: dt.datetime | None = None


class ApplicationWithdrawn(_Outcome):
    """+1 withdrawal."""


class Placement(_Outcome):
    """+1 hire."""


@dataclass(frozen=True)
class Regrouped:
    """A jobseeker's membership of `group` became verified (+1) or stopped being (-1): their
    past events move into (or out of) the group's rows."""
    jobseeker_id: int
    group: str
    sign: int


Event = (VacancyPublished | VacanciesPublished | VacancyChanged | ApplicationSubmitted
         | ApplicationWithdrawn | Placement | Regrouped)
