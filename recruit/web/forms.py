"""HTML form fields → the API's input, validated by the API's own schemas (one set of rules)."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from werkzeug.datastructures import MultiDict

from recruit import clock
from recruit.codes import classifications, enums
from recruit.errors import AppError
from recruit.vacancies.models import Vacancy
from recruit.vacancies.schemas import INT_FIELDS, VacancyCreateSchema, VacancyFieldsSchema

_TEXT = ("title", "description", "occupation_code", "industry_code", "region_code", "address",
         "education_min", "employment_type", "external_ref")


def vacancy_input(form: MultiDict, *, create: bool) -> tuple[dict | None, dict[str, str]]:
    """(data for the service, {field: message}). Unparseable numbers are field errors too."""
    raw: dict = {}
    errors: dict[str, str] = {}
    for name in _TEXT:
        value = (form.get(name) or "").strip()
        if value:
            raw[name] = value
    for name in INT_FIELDS:
        value = (form.get(name) or "").strip()
        if value:
            try:
                raw[name] = int(value)
            except ValueError:
                errors[name] = "请填写整数"
    for name in ("lat", "lon"):
        value = (form.get(name) or "").strip()
        if value:
            try:
                raw[name] = float(value)
            except ValueError:
                errors[name] = "请填写数字"
    raw["benefits"] = form.getlist("benefits")
    raw["welcomed_groups"] = form.getlist("welcomed_groups")
    day = (form.get("expires_at") or "").strip()
    if day:
        try:
            raw["expires_at"] = clock.end_of_day(day)
        except ValueError:
            errors["expires_at"] = "日期格式应为 YYYY-MM-DD"
    if create:
        raw["submit"] = form.get("action") == "submit"
        client = (form.get("employer_id") or "").strip()
        if client:
            if client.isdigit():
                raw["employer_id"] = int(client)
            else:
                errors["employer_id"] = "请选择委托单位"
    schema = VacancyCreateSchema() if create else VacancyFieldsSchema()
    try:
        data = schema.load({k: v for k, v in raw.items() if k not in errors})
    except ma.ValidationError as exc:
        for field, messages in exc.normalized_messages().items():
            errors.setdefault(field, first_message(messages))
        return None, errors
    if errors:
        return None, errors
    if not create and data.get("industry_code") is None:
        data.pop("industry_code", None)
    return data, {}


def first_message(messages: Any) -> str:
    if isinstance(messages, dict):
        return next(iter(first_message(m) for m in messages.values()), "无效")
    return str(messages[0]) if isinstance(messages, list) and messages else str(messages)


def field_errors(err: AppError) -> dict[str, str]:
    """A service error as {field: message} for the form (or {"_": message})."""
    fields = {}
    for location in (err.errors or {}).values():
        for field, messages in location.items():
            fields[field] = messages[0] if isinstance(messages, list) else str(messages)
    return fields or {"_": err.message}


def vacancy_values(vacancy: Vacancy) -> dict:
    fields = _TEXT + INT_FIELDS + ("lat", "lon", "benefits", "welcomed_groups")
    values = {k: getattr(vacancy, k) for k in fields}
    if vacancy.expires_at:
        values["expires_at"] = clock.last_day(vacancy.expires_at).isoformat()
    return {k: ("" if v is None else v) for k, v in values.items()}


def form_values(form: MultiDict) -> dict:
    values = {k: form.get(k, "") for k in _TEXT + INT_FIELDS + ("lat", "lon", "expires_at", "employer_id")}
    values["benefits"] = form.getlist("benefits")
    values["welcomed_groups"] = form.getlist("welcomed_groups")
    return values


def choices() -> dict:
    majors = classifications.occupation_major_groups()
    occupations = [(code[0], majors[code[0]], code, name)
                   for code, name in classifications.occupation_middle_groups().items()]
    return {
        "occupations": occupations,
        "industries": sorted(classifications.industries().items()),
        "education": enums.EDUCATION_LEVELS,
        "employment_types": enums.EMPLOYMENT_TYPES,
        "benefits": enums.BENEFITS,
        "groups": enums.PRIORITY_GROUPS,
        "size_bands": enums.EMPLOYER_SIZE_BANDS,
    }
