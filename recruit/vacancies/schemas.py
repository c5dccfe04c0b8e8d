import marshmallow as ma

from recruit.codes import validators

SALARY_CEILING = 1_000_000  # CNY per month; anything above is a typo


class VacancyCreateSchema(ma.Schema):
    title = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=60))
    description = ma.fields.String(required=True, validate=ma.validate.Length(min=10, max=5000))
    region_code = ma.fields.String(
        required=True, validate=validators.county_code,
        metadata={"description": "工作地点的县级行政区划代码（GB/T 2260）"},
    )
    headcount = ma.fields.Integer(required=True, strict=True,
                                  validate=ma.validate.Range(min=1, max=10_000))
    salary_min = ma.fields.Integer(required=True, strict=True,
                                   validate=ma.validate.Range(min=0, max=SALARY_CEILING),
                                   metadata={"description": "月薪下限（元）"})
    salary_max = ma.fields.Integer(required=True, strict=True,
                                   validate=ma.validate.Range(min=0, max=SALARY_CEILING),
                                   metadata={"description": "月薪上限（元）"})

    @ma.validates_schema
    def _salary_order(self, data, **kwargs):
        if data.get("salary_min", 0) > data.get("salary_max", SALARY_CEILING):
            raise ma.ValidationError("月薪下限不能高于上限", "salary_min")


class VacancySchema(ma.Schema):
    id = ma.fields.Integer()
    employer_id = ma.fields.Integer()
    employer_name = ma.fields.Function(lambda v: v.employer.name)
    title = ma.fields.String()
    description = ma.fields.String()
    region_code = ma.fields.String()
    headcount = ma.fields.Integer()
    open_headcount = ma.fields.Integer()
    salary_min = ma.fields.Integer()
    salary_max = ma.fields.Integer()
    status = ma.fields.String()
    close_reason = ma.fields.String(allow_none=True)
    published_at = ma.fields.DateTime(allow_none=True)
    created_at = ma.fields.DateTime()
