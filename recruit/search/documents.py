"""Model -> search document, in one place per index."""

from __future__ import annotations

from recruit.codes import regions
from recruit.search import analysis
from recruit.vacancies.models import Vacancy


def vacancy_is_searchable(vacancy: Vacancy | None) -> bool:
    return vacancy is not None and vacancy.status == "published"


def vacancy_document(v: Vacancy) -> dict:
    return {
        "id": v.id,
        "employer_id": v.employer_id,
        "employer_name": v.employer.name,
        "title": v.title,
        "title_words": analysis.index_words(v.title),
        "description": v.description,
        "description_words": analysis.index_words(v.description),
        "region_code": v.region_code,
        "region_path": regions.path(v.region_code),
        "headcount": v.headcount,
        "open_headcount": v.open_headcount,
        "salary_min": v.salary_min,
        "salary_max": v.salary_max,
        "published_at": v.published_at.isoformat() if v.published_at else None,
    }
