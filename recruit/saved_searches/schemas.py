from collections.abc import Mapping
from typing import Any

import marshmallow as ma

from recruit.search.schemas import VacancySearchArgs, VacancySearchResultSchema

# a saved search stores filters; paging and the time window belong to each check
NOT_SAVED = ("page", "per_page", "published_after")


def saved_args_schema() -> VacancySearchArgs:
    return VacancySearchArgs(exclude=NOT_SAVED)


class SearchQueryField(ma.fields.Dict):
    """The search arguments, validated by the search's own schema (new filters work as added)."""

    def _deserialize(self, value: Any, attr: str | None, data: Mapping[str, Any] | None,
                     **kwargs: Any) -> dict[str, Any]:
        value = super()._deserialize(value, attr, data, **kwargs)
        saved_args_schema().load(value)  # raises ValidationError naming the inner fields
        return {k: v for k, v in value.items() if v is not None}


class SavedSearchCreateSchema(ma.Schema):
    name = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=50))
    query = SearchQueryField(
        required=True,
        metadata={"description": "与 /api/v1/search/vacancies 相同的筛选条件，如 "
                                 '{"q": "电工", "region": "42", "salary_min": 5000}'})
    alert = ma.fields.String(load_default="daily", validate=ma.validate.OneOf(("off", "instant", "daily")),
                             metadata={"description": "新岗位提醒：off 不提醒 | instant 即时"
                                                      " | daily 每天 8:00 汇总"})


ALERTS = ("off", "instant", "daily")
_ALERT_HELP = "新岗位提醒：off 不提醒 | instant 即时（每几分钟）| daily 每天 8:00 汇总"


class SavedSearchUpdateSchema(ma.Schema):
    alert = ma.fields.String(required=True, validate=ma.validate.OneOf(ALERTS),
                             metadata={"description": _ALERT_HELP})


class SavedSearchSchema(ma.Schema):
    id = ma.fields.Integer()
    name = ma.fields.String()
    alert = ma.fields.String(metadata={"description": _ALERT_HELP})
    query = ma.fields.Dict()
    last_checked_at = ma.fields.DateTime()
    created_at = ma.fields.DateTime()


class NewArgs(ma.Schema):
    page = ma.fields.Integer(load_default=1, validate=ma.validate.Range(min=1, max=100))
    per_page = ma.fields.Integer(load_default=20, validate=ma.validate.Range(min=1, max=100))


class NewVacanciesSchema(VacancySearchResultSchema):
    since = ma.fields.DateTime(metadata={"description": "上次查看时间：只含此后发布的岗位"})
    next_since = ma.fields.DateTime(
        metadata={"description": "看完最后一页后，下次从此时刻算起"})
