from typing import Any

import marshmallow as ma
from flask_smorest.fields import Upload

from recruit.codes import enums, validators

SALARY_CEILING = 1_000_000  # CNY per month; anything above is a typo
# fields whose change alters what the ad says: editing them on a published vacancy re-reviews it
SUBSTANCE = ("title", "description", "occupation_code", "industry_code", "region_code", "address",
             "lat", "lon", "salary_min", "salary_max", "education_min", "experience_min_years",
             "employment_type", "benefits", "welcomed_groups")
# fields that can change without a new review
LIGHT = ("headcount", "expires_at", "external_ref")
# whole numbers: a form or an import file gives them as text, converted before the schema runs
INT_FIELDS = ("headcount", "salary_min", "salary_max", "experience_min_years")


class VacancyFieldsSchema(ma.Schema):
    title = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=60))
    description = ma.fields.String(required=True, validate=ma.validate.Length(min=10, max=5000))
    occupation_code = ma.fields.String(
        required=True, validate=validators.occupation_code,
        metadata={"description": "职业分类大典代码（中类如 6-31，或更细的 6-31-01-03）"})
    industry_code = ma.fields.String(
        load_default=None, allow_none=True, validate=validators.industry_code,
        metadata={"description": "GB/T 4754-2017 门类+大类，如 C38；缺省取单位的行业"})
    region_code = ma.fields.String(
        required=True, validate=validators.workplace_code,
        metadata={"description": "工作地点的县级行政区划代码（GB/T 2260）；不设区的地级市"
                                 "（东莞 441900、中山 442000、儋州 460400、嘉峪关 620200）用地级市代码"},
    )
    address = ma.fields.String(load_default=None, allow_none=True, validate=ma.validate.Length(max=200))
    lat = ma.fields.Float(load_default=None, allow_none=True, validate=ma.validate.Range(min=3, max=54),
                          metadata={"description": "纬度（WGS84，可选，须与经度同时给出）"})
    lon = ma.fields.Float(load_default=None, allow_none=True, validate=ma.validate.Range(min=73, max=136),
                          metadata={"description": "经度（WGS84，可选）"})
    headcount = ma.fields.Integer(required=True, strict=True,
                                  validate=ma.validate.Range(min=1, max=10_000))
    salary_min = ma.fields.Integer(required=True, strict=True,
                                   validate=ma.validate.Range(min=0, max=SALARY_CEILING),
                                   metadata={"description": "月薪下限（元）"})
    salary_max = ma.fields.Integer(required=True, strict=True,
                                   validate=ma.validate.Range(min=0, max=SALARY_CEILING),
                                   metadata={"description": "月薪上限（元）"})
    education_min = ma.fields.String(load_default="none",
                                     validate=ma.validate.OneOf(list(enums.EDUCATION_LEVELS)))
    experience_min_years = ma.fields.Integer(load_default=0, strict=True,
                                             validate=ma.validate.Range(min=0, max=40))
    employment_type = ma.fields.String(load_default="full_time",
                                       validate=ma.validate.OneOf(list(enums.EMPLOYMENT_TYPES)))
    benefits = ma.fields.List(ma.fields.String(validate=ma.validate.OneOf(list(enums.BENEFITS))),
                              load_default=list)
    welcomed_groups = ma.fields.List(
        ma.fields.String(validate=ma.validate.OneOf(list(enums.PRIORITY_GROUPS))), load_default=list)
    external_ref = ma.fields.String(load_default=None, allow_none=True,
                                    validate=ma.validate.Length(min=1, max=64),
                                    metadata={"description": "用人单位自己的岗位编号（批量导入据此去重）"})
    expires_at = ma.fields.AwareDateTime(load_default=None, allow_none=True,
                                         metadata={"description": "截止时间（含时区）"})

    @ma.validates_schema(skip_on_field_errors=False)
    def _cross_fields(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("salary_min", 0) > data.get("salary_max", SALARY_CEILING):
            raise ma.ValidationError("月薪下限不能高于上限", "salary_min")
        if ("lat" in data or "lon" in data) and (data.get("lat") is None) != (data.get("lon") is None):
            raise ma.ValidationError("经纬度须同时给出", "lat")

    @ma.post_load
    def _dedupe(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        for key in ("benefits", "welcomed_groups"):
            if key in data and data[key] is not None:
                data[key] = list(dict.fromkeys(data[key]))
        return data


class VacancyCreateSchema(VacancyFieldsSchema):
    submit = ma.fields.Boolean(load_default=True,
                               metadata={"description": "true：提交审核（无问题即发布）；false：存为草稿"})
    employer_id = ma.fields.Integer(load_default=None, allow_none=True,
                                    metadata={"description": "人力资源服务机构代为发布时：委托单位的 id"})


class VacancyUpdateSchema(VacancyFieldsSchema):
    """Any subset of the fields; the cross-field rules are checked again on the merged row."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, partial=True, **kwargs)

    def load(self, data: Any, *args: Any, **kwargs: Any) -> Any:
        loaded = super().load(data, *args, **kwargs)
        # partial loads still fill load_default: keep only what the caller sent
        return {k: v for k, v in loaded.items() if isinstance(data, dict) and k in data}


class VacancyListArgs(ma.Schema):
    status = ma.fields.String(load_default=None, validate=ma.validate.OneOf(
        ["draft", "pending_review", "published", "rejected", "closed"]))


class ReviewQueueArgs(ma.Schema):
    region = ma.fields.String(load_default=None, validate=validators.region_prefix)


class CloseSchema(ma.Schema):
    reason = ma.fields.String(load_default=None, allow_none=True, validate=ma.validate.Length(max=500))


class ApproveSchema(ma.Schema):
    note = ma.fields.String(load_default=None, allow_none=True, validate=ma.validate.Length(max=500))


class RejectSchema(ma.Schema):
    reason = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=500),
                              metadata={"description": "退回理由（用人单位可见）"})


class ScreenHitSchema(ma.Schema):
    rule = ma.fields.String()
    category = ma.fields.String()
    message = ma.fields.String()
    match = ma.fields.String()


class VacancySchema(ma.Schema):
    id = ma.fields.Integer()
    employer_id = ma.fields.Integer()
    employer_name = ma.fields.Function(lambda v: v.employer.name)
    agency_id = ma.fields.Integer(allow_none=True)
    agency_name = ma.fields.Function(lambda v: v.agency.name if v.agency_id else None)
    title = ma.fields.String()
    description = ma.fields.String()
    occupation_code = ma.fields.String(allow_none=True)
    industry_code = ma.fields.String(allow_none=True)
    region_code = ma.fields.String()
    address = ma.fields.String(allow_none=True)
    lat = ma.fields.Float(allow_none=True)
    lon = ma.fields.Float(allow_none=True)
    headcount = ma.fields.Integer()
    open_headcount = ma.fields.Integer()
    salary_min = ma.fields.Integer()
    salary_max = ma.fields.Integer()
    education_min = ma.fields.String()
    experience_min_years = ma.fields.Integer()
    employment_type = ma.fields.String()
    benefits = ma.fields.List(ma.fields.String())
    welcomed_groups = ma.fields.List(ma.fields.String())
    external_ref = ma.fields.String(allow_none=True)
    expires_at = ma.fields.DateTime(allow_none=True)
    status = ma.fields.String()
    close_reason = ma.fields.String(allow_none=True)
    review_note = ma.fields.String(allow_none=True, metadata={"description": "审核退回理由"})
    published_at = ma.fields.DateTime(allow_none=True)
    created_at = ma.fields.DateTime()
    updated_at = ma.fields.DateTime()


class StaffVacancySchema(VacancySchema):
    """What reviewers see: the automatic screen's hits are for staff only (never public, never
    the employer's: the rules are not a guide to getting around them)."""

    screen_hits = ma.fields.List(ma.fields.Nested(ScreenHitSchema), allow_none=True)


class OwnVacancySchema(VacancySchema):
    applicants = ma.fields.Integer(metadata={"description": "投递人数"})


class TransitionSchema(ma.Schema):
    id = ma.fields.Integer()
    actor_id = ma.fields.Integer(allow_none=True, metadata={"description": "操作人；空为系统"})
    actor = ma.fields.String(metadata={"description": "操作人身份：employer/operator/admin/system"})
    from_status = ma.fields.String(allow_none=True)
    to_status = ma.fields.String()
    reason = ma.fields.String(allow_none=True)
    at = ma.fields.DateTime()


class ImportFileSchema(ma.Schema):
    file = Upload(required=True, metadata={"description": ".csv（UTF-8/GB18030）或 .xlsx，最多10000行"})


class ImportOptionsSchema(ma.Schema):
    submit = ma.fields.Boolean(load_default=False,
                               metadata={"description": "true：导入后提交审核；false：存为草稿"})
    employer_id = ma.fields.Integer(
        load_default=None, allow_none=True,
        metadata={"description": "人力资源服务机构代为导入时：已授权本机构的委托单位 id；岗位属于该单位"})


class ImportErrorSchema(ma.Schema):
    row = ma.fields.Integer(metadata={"description": "文件中的行号（表头为第1行）"})
    column = ma.fields.String()
    reason = ma.fields.String()


class ImportSummarySchema(ma.Schema):
    id = ma.fields.Integer()
    employer_id = ma.fields.Integer(metadata={"description": "岗位所属单位"})
    agency_id = ma.fields.Integer(allow_none=True, metadata={"description": "代为导入的人力资源服务机构"})
    filename = ma.fields.String()
    submit = ma.fields.Boolean()
    rows = ma.fields.Integer()
    created = ma.fields.Integer()
    updated = ma.fields.Integer()
    unchanged = ma.fields.Integer()
    failed = ma.fields.Integer()
    at = ma.fields.DateTime()


class ImportBatchSchema(ImportSummarySchema):
    errors = ma.fields.List(ma.fields.Nested(ImportErrorSchema))


class CachedFieldsLoader:
    """VacancyFieldsSchema().load for bulk import rows, with each field's result remembered per
    value: a 10,000-row file repeats its codes, salaries and options thousands of times, and
    marshmallow's per-field walk was the largest share of an import's validation.

    It uses the schema's own fields, its cross-field check and its post-load step, so a row it
    accepts loads exactly as the schema would load it; any row with an error goes through the
    schema itself, so the messages are the schema's. tests/test_import.py checks both.
    """

    FRESH = ("title", "description", "address", "external_ref")  # nearly unique: not worth keeping

    def __init__(self, max_values: int = 4096):
        self.schema = VacancyFieldsSchema()
        self.fields = self.schema.load_fields
        self.max_values = max_values
        self.memo: dict[str, dict] = {name: {} for name in self.fields if name not in self.FRESH}

    def load(self, data: dict) -> dict:
        if data.keys() - self.fields.keys():
            return self.schema.load(data)  # unknown fields: the schema's error
        out = {}
        try:
            for name, field in self.fields.items():
                if name not in data:
                    if field.required:
                        return self.schema.load(data)
                    default = field.load_default
                    if default is not ma.missing:
                        out[name] = default() if callable(default) else default
                    continue
                out[name] = self._field(name, field, data[name])
            self.schema._cross_fields(out)
        except ma.ValidationError:
            return self.schema.load(data)
        return self.schema._dedupe(out)

    def _field(self, name: str, field: ma.fields.Field, value: Any) -> Any:
        memo = self.memo.get(name)
        if memo is None:
            return field.deserialize(value)
        key = tuple((type(v), v) for v in value) if isinstance(value, list) else value
        try:
            hit = memo.get((type(value), key), _NOTHING)
        except TypeError:  # unhashable (a dict where a list was due): no memo, the field decides
            return field.deserialize(value)
        if hit is _NOTHING:
            hit = field.deserialize(value)
            if len(memo) < self.max_values:
                memo[(type(value), key)] = hit
        return list(hit) if isinstance(hit, list) else hit


_NOTHING = object()
