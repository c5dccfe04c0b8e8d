"""Model -> search document, one builder per index, and how to load rows for them."""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Select, select, text
from sqlalchemy.orm import selectinload

from recruit.applications.models import Application
from recruit.campaigns import rules as campaign_rules
from recruit.codes import regions
from recruit.codes.enums import EDUCATION_ORDER
from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker
from recruit.search import analysis, ranking, said
from recruit.search.matching_queries import MatchingProfile
from recruit.vacancies.models import Vacancy

NOT_INDEXED = object()  # the row exists but must not be in the index


def occupation_path(code: str | None) -> list[str]:
    """'6-31-01-03' -> ['6', '6-31', '6-31-01', '6-31-01-03']."""
    if not code:
        return []
    parts = code.split("-")
    return ["-".join(parts[: i + 1]) for i in range(len(parts))]


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _location(lat: float | None, lon: float | None) -> dict[str, Any] | None:
    return {"lat": lat, "lon": lon} if lat is not None and lon is not None else None


# ---- vacancies ---------------------------------------------------------------------------

def vacancy_is_searchable(v: Any) -> bool:  # a Vacancy, a _vacancy_rows row or None
    return v is not None and v.status == "published"


def vacancy_document(v: Any, campaigns: Iterable[tuple[int, Iterable[str]]] = ()) -> dict[str, Any]:
    """campaigns: (campaign id, target groups) of running campaigns the vacancy is in."""
    campaigns = list(campaigns)
    occupations = occupation_path(v.occupation_code)
    return {
        "id": v.id,
        "employer_id": v.employer_id,
        "employer_name": v.employer.name,
        "employer_name_words": analysis.index_words(v.employer.name),
        "is_key_enterprise": bool(v.employer.is_key_enterprise),
        "title": v.title,
        "title_words": analysis.index_words(v.title),
        # the concepts the title names (家政服务员: the domestic worker, not the waiter): ranking.py
        "title_concepts": list(ranking.title_concepts(v.title)),
        "description": v.description,
        "description_words": analysis.index_words(v.description),
        "region_words": analysis.index_words(regions.full_name(v.region_code)),
        "region_code": v.region_code,
        "region_path": regions.path(v.region_code),
        "province": v.region_code[:2],
        "prefecture": v.region_code[:4],
        "location": _location(v.lat, v.lon),
        "occupation_code": v.occupation_code,
        "occupation_path": occupations,
        "occupation_major": occupations[0] if occupations else None,
        "occupation_middle": occupations[1] if len(occupations) > 1 else None,
        "industry_code": v.industry_code,
        "industry_section": v.industry_code[0] if v.industry_code else None,
        "education_min": v.education_min,
        "education_rank": EDUCATION_ORDER.get(v.education_min, 0),
        "experience_min_years": v.experience_min_years,
        "employment_type": v.employment_type,
        "benefits": list(v.benefits or []),
        "welcomed_groups": list(v.welcomed_groups or []),
        # what the title and description state (包吃住, 日结, 学历不限): employers write it there
        "said_conditions": said.said_conditions(v.title, v.description),
        "campaign_ids": [cid for cid, _ in campaigns],
        "campaign_groups": sorted({g for _, groups in campaigns for g in groups}),
        "headcount": v.headcount,
        "open_headcount": v.open_headcount,
        "salary_min": v.salary_min,
        "salary_max": v.salary_max,
        **_said_salary(v),
        "published_at": _iso(v.published_at),
        "expires_at": _iso(v.expires_at),
    }


def _said_salary(v: Vacancy) -> dict[str, int | None]:
    """The pay the title or description states (月薪8000, 8k-10k, 日薪200) when the form gives none
    (0-0: the form requires a figure, and 面议 is entered as 0)."""
    if v.salary_max:
        return {}
    pay = said.said_pay(v.title, v.description)
    return {"said_salary_min": pay[0], "said_salary_max": pay[1]} if pay else {}


_DOCUMENT_COLUMNS = ("id", "employer_id", "status", "version", "title", "description", "region_code", "lat",
                     "lon", "occupation_code", "industry_code", "education_min", "experience_min_years",
                     "employment_type", "benefits", "welcomed_groups", "headcount", "hired_count",
                     "salary_min", "salary_max", "published_at", "expires_at")

_SELECT_DOCUMENT_ROWS = f"select {', '.join(_DOCUMENT_COLUMNS)} from vacancies where id = any(:ids)"


def _vacancy_rows(ids: Sequence[int]) -> list[Any]:
    """Vacancies as plain rows with their employer: the worker reads thousands at a time and the
    ORM's bookkeeping costs twice the row itself. Read-only; attributes as on the model."""
    # psycopg's own types (lists, aware datetimes) are the model's: no SQLAlchemy result processing;
    # only the columns documents and campaign rules read (half the time of select *)
    result = db.session.execute(text(_SELECT_DOCUMENT_ROWS), {"ids": [int(i) for i in ids]})
    row_type = _vacancy_row_type(tuple(result.keys()))
    rows = result.all()
    at = row_type._fields.index("employer_id")
    employers = {e.id: e for e in db.session.scalars(
        select(Employer).where(Employer.id.in_({r[at] for r in rows})))}
    return [row_type(*r, employers[r[at]]) for r in rows]


@cache
def _vacancy_row_type(columns: tuple[str, ...]) -> type[Any]:
    """A named tuple of the table's columns and the employer, with the model's open_headcount."""
    return type("VacancyRow", (namedtuple("VacancyRow", (*columns, "employer")),),
                {"__slots__": (), "open_headcount": Vacancy.open_headcount})


def load_vacancy_documents(ids: Sequence[int]) -> dict[int, tuple[int, Any]]:
    """id -> (version, document or NOT_INDEXED) for the rows that exist."""
    rows = _vacancy_rows(ids)
    campaigns = _campaigns_of([v for v in rows if vacancy_is_searchable(v)])
    return {
        v.id: (v.version, vacancy_document(v, campaigns.get(v.id, ()))
               if vacancy_is_searchable(v) else NOT_INDEXED)
        for v in rows
    }


def _campaigns_of(vacancies: list[Any]) -> dict[int, list[tuple[int, list[str]]]]:
    """Running campaigns per vacancy, from the campaigns domain's rules."""
    return campaign_rules.running_memberships(vacancies)


# ---- jobseekers --------------------------------------------------------------------------

def jobseeker_is_searchable(j: Jobseeker | None) -> bool:
    return j is not None and j.visibility != "hidden"


def jobseeker_document(j: Jobseeker, applied_employer_ids: Iterable[int] = ()) -> dict[str, Any]:
    """Matching fields only: no name, resident ID, phone or address ever goes in here."""
    return {
        "id": j.id,
        "visibility": j.visibility,
        "applied_employer_ids": sorted(set(applied_employer_ids)),
        "region_code": j.current_region_code,
        "region_path": regions.path(j.current_region_code),
        "location": _location(j.lat, j.lon),
        "education_level": j.education_level,
        "education_rank": EDUCATION_ORDER.get(j.education_level, 0),
        "major_words": analysis.index_words(j.major or ""),
        "graduation_year": j.graduation_year,
        "experience_years": j.experience_years,
        "skills": list(j.skills or []),
        "skills_words": analysis.index_words(" ".join(j.skills or [])),
        "experience_words": analysis.index_words(" ".join(w.title for w in j.work_history)),
        "intro_words": analysis.index_words(j.self_introduction or ""),
        "desired_occupations": list(j.desired_occupations or []),
        "desired_occupation_majors": sorted({c.split("-")[0] for c in j.desired_occupations or []}),
        "desired_region_prefixes": sorted({region_prefix(c) for c in j.desired_regions or []}),
        "expected_salary": j.expected_salary,
        "preferred_employment_types": list(j.preferred_employment_types or []),
        "available_from": _iso(j.available_from),
        "groups": sorted(j.verified_groups()),
        "updated_at": _iso(j.updated_at),
    }


def region_prefix(code: str) -> str:
    """The prefix a six-digit code stands for: 420000 -> 42, 420100 -> 4201, 420102 -> 420102."""
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


def load_jobseeker_documents(ids: Sequence[int]) -> dict[int, tuple[int, Any]]:
    rows = db.session.scalars(
        select(Jobseeker).where(Jobseeker.id.in_(ids))
        .options(selectinload(Jobseeker.groups), selectinload(Jobseeker.work_history))
    ).all()
    applied: dict[int | None, set[int]] = {}  # (Application.jobseeker_id is nullable)
    for jobseeker_id, employer_id in db.session.execute(
        select(Application.jobseeker_id, Vacancy.employer_id).join(Vacancy)
        .where(Application.jobseeker_id.in_(ids), Application.status != "withdrawn")
    ):
        applied.setdefault(jobseeker_id, set()).add(employer_id)
    return {
        j.id: (j.version, jobseeker_document(j, applied.get(j.id, ()))
               if jobseeker_is_searchable(j) else NOT_INDEXED)
        for j in rows
    }


def searchable_vacancy_ids() -> Select[int]:
    return select(Vacancy.id).where(Vacancy.status == "published").order_by(Vacancy.id)


def searchable_jobseeker_ids() -> Select[int]:
    return select(Jobseeker.id).where(Jobseeker.visibility != "hidden").order_by(Jobseeker.id)


@dataclass(frozen=True)
class Source:
    # id -> (version, document or NOT_INDEXED) for the rows that exist
    load: Callable[[Sequence[int]], dict[int, tuple[int, Any]]]
    searchable_ids: Callable[[], Select[int]]  # -> a SELECT of the ids that belong in the index, in id order


SOURCES = {
    "vacancies": Source(load_vacancy_documents, searchable_vacancy_ids),
    "jobseekers": Source(load_jobseeker_documents, searchable_jobseeker_ids),
}


def batches(index: str, size: int = 1000) -> Iterator[list[tuple[int, int, dict[str, Any]]]]:
    """(id, version, doc) lists for every searchable row, in id order (keyset paging)."""
    source = SOURCES[index]
    last = 0
    while True:
        ids = db.session.scalars(source.searchable_ids().where(
            source.searchable_ids().selected_columns[0] > last).limit(size)).all()
        if not ids:
            return
        found = source.load(ids)
        yield [(i, found[i][0], found[i][1]) for i in ids
               if i in found and found[i][1] is not NOT_INDEXED]
        last = ids[-1]
        db.session.expunge_all()  # keep memory flat over millions of rows


# ---- the values a recommendation query needs (matching_queries) -------------------------------

def jobseeker_profile(j: Jobseeker, applied: Sequence[int] | None = None) -> MatchingProfile:
    """The plain values a recommendation query needs, from a resume."""
    if applied is None:
        applied = db.session.scalars(select(Application.vacancy_id)
                                     .where(Application.jobseeker_id == j.id)).all()
    return MatchingProfile(
        desired_occupations=tuple(j.desired_occupations or ()),
        skills=tuple(j.skills or ()),
        keywords=tuple(w.title for w in j.work_history),
        desired_region_prefixes=tuple(sorted({region_prefix(c) for c in j.desired_regions or []})),
        region_code=j.current_region_code,
        lat=j.lat, lon=j.lon,
        expected_salary=j.expected_salary,
        education_rank=EDUCATION_ORDER.get(j.education_level, 0),
        experience_years=j.experience_years,
        preferred_employment_types=tuple(j.preferred_employment_types or ()),
        groups=tuple(sorted(j.verified_groups())),
        exclude_ids=tuple(sorted(applied)),
    )


def profiles_for(jobseekers: Sequence[Jobseeker]) -> list[MatchingProfile]:
    """Profiles of many jobseekers with one query for what they already applied to."""
    applied: dict[int | None, list[int]] = {j.id: [] for j in jobseekers}  # (the column is nullable)
    for jobseeker_id, vacancy_id in db.session.execute(
            select(Application.jobseeker_id, Application.vacancy_id)
            .where(Application.jobseeker_id.in_(list(applied)))):
        applied[jobseeker_id].append(vacancy_id)
    return [jobseeker_profile(j, applied[j.id]) for j in jobseekers]
