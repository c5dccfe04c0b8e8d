import marshmallow as ma

from recruit.codes import validators
from recruit.search.queries import MAX_WINDOW


class VacancySearchArgs(ma.Schema):
    q = ma.fields.String(load_default=None, validate=ma.validate.Length(max=100),
                         metadata={"description": "中文关键词，如「电工」「软件工程师」"})
    region = ma.fields.String(load_default=None, validate=validators.region_prefix,
                              metadata={"description": "行政区划代码前缀：42 湖北全省，4201 武汉市"})
    salary_min = ma.fields.Integer(load_default=None, validate=ma.validate.Range(min=0))
    published_after = ma.fields.AwareDateTime(
        load_default=None, metadata={"description": "只看此时刻之后发布的岗位（ISO 8601，含时区）"})
    page = ma.fields.Integer(load_default=1, validate=ma.validate.Range(min=1))
    per_page = ma.fields.Integer(load_default=20, validate=ma.validate.Range(min=1, max=100))

    @ma.validates_schema
    def _window(self, data, **kwargs):
        if data.get("page", 1) * data.get("per_page", 20) > MAX_WINDOW:
            raise ma.ValidationError(f"翻页深度不能超过 {MAX_WINDOW} 条", "page")


class VacancyHitSchema(ma.Schema):
    id = ma.fields.Integer()
    score = ma.fields.Float(allow_none=True)
    matched = ma.fields.List(ma.fields.String(), metadata={"description": "命中的查询子句"})
    employer_id = ma.fields.Integer()
    employer_name = ma.fields.String()
    title = ma.fields.String()
    region_code = ma.fields.String()
    headcount = ma.fields.Integer()
    open_headcount = ma.fields.Integer()
    salary_min = ma.fields.Integer()
    salary_max = ma.fields.Integer()
    published_at = ma.fields.String()


class VacancySearchResultSchema(ma.Schema):
    total = ma.fields.Integer()
    page = ma.fields.Integer()
    per_page = ma.fields.Integer()
    hits = ma.fields.List(ma.fields.Nested(VacancyHitSchema))
