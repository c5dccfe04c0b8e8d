import datetime as dt
from typing import Any

import marshmallow as ma

from recruit.codes import validators
from recruit.codes.enums import (
    EDUCATION_LEVELS,
    EMPLOYMENT_TYPES,
    PRIORITY_GROUPS,
    RESUME_VISIBILITY,
    SELF_DECLARED_GROUPS,
    VERIFIED_GROUPS,
)
from recruit.privacy import PersonalDataError, normalize_resident_id

SALARY_CEILING = 1_000_000  # CNY per month
DECLARABLE = sorted(SELF_DECLARED_GROUPS | VERIFIED_GROUPS)


def validate_resident_id(value: str) -> None:
    try:
        normalize_resident_id(value)
    except PersonalDataError as exc:
        raise ma.ValidationError(str(exc)) from exc


def _not_future(value: dt.date) -> None:
    if value > dt.date.today():
        raise ma.ValidationError("日期不能晚于今天")


def _graduation_year(value: int) -> None:
    if not 1950 <= value <= dt.date.today().year + 6:
        raise ma.ValidationError("毕业年份不合理")


def _text(max_len: int, **kw: Any) -> ma.fields.String:
    return ma.fields.String(validate=ma.validate.Length(max=max_len), **kw)


def _list(inner: ma.fields.Field, max_items: int, **kw: Any) -> ma.fields.List:
    return ma.fields.List(inner, validate=ma.validate.Length(max=max_items), **kw)


class GeoPointSchema(ma.Schema):
    lat = ma.fields.Float(required=True, validate=ma.validate.Range(min=-90, max=90))
    lon = ma.fields.Float(required=True, validate=ma.validate.Range(min=-180, max=180))


class WorkExperienceSchema(ma.Schema):
    employer_name = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=100))
    title = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=60))
    start_date = ma.fields.Date(required=True, validate=_not_future)
    end_date = ma.fields.Date(load_default=None, allow_none=True, validate=_not_future,
                              metadata={"description": "空表示至今"})

    @ma.validates_schema
    def _order(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("end_date") and data.get("start_date") and data["end_date"] < data["start_date"]:
            raise ma.ValidationError("结束日期不能早于开始日期", "end_date")


class ResumeSchema(ma.Schema):
    """What a jobseeker may type. Birth date, gender and registration place are never typed."""

    name = ma.fields.String(validate=ma.validate.Length(min=1, max=50))
    current_region_code = ma.fields.String(
        validate=validators.region_code, metadata={"description": "现居住地行政区划代码（GB/T 2260）"})
    location = ma.fields.Nested(GeoPointSchema, allow_none=True,
                                metadata={"description": "可选的位置（WGS84），用于就近推荐"})
    education_level = ma.fields.String(validate=ma.validate.OneOf(list(EDUCATION_LEVELS)))
    major = _text(60, allow_none=True)
    graduation_year = ma.fields.Integer(strict=True, allow_none=True, validate=_graduation_year,
                                        metadata={"description": "今年或去年毕业即属「高校毕业生」"})
    experience_years = ma.fields.Integer(strict=True, validate=ma.validate.Range(min=0, max=60))
    skills = _list(ma.fields.String(validate=ma.validate.Length(min=1, max=40)), 30)
    work_history = _list(ma.fields.Nested(WorkExperienceSchema), 20,
                         metadata={"description": "整体替换"})
    desired_occupations = _list(ma.fields.String(validate=validators.occupation_code), 10,
                                metadata={"description": "职业分类大典代码，如 6-31-01-03"})
    desired_regions = _list(ma.fields.String(validate=validators.region_prefix), 10,
                            metadata={"description": "行政区划代码或前缀（42 湖北全省）"})
    expected_salary = ma.fields.Integer(strict=True, allow_none=True,
                                        validate=ma.validate.Range(min=0, max=SALARY_CEILING),
                                        metadata={"description": "期望月薪（元）"})
    preferred_employment_types = _list(
        ma.fields.String(validate=ma.validate.OneOf(list(EMPLOYMENT_TYPES))), len(EMPLOYMENT_TYPES))
    available_from = ma.fields.Date(allow_none=True, metadata={"description": "可到岗日期"})
    self_introduction = _text(2000, allow_none=True)
    visibility = ma.fields.String(
        validate=ma.validate.OneOf(list(RESUME_VISIBILITY)),
        metadata={"description": "public 对所有单位公开 / applied_only 仅投递过的单位 / hidden 隐藏"})
    declared_groups = _list(
        ma.fields.String(validate=ma.validate.OneOf(DECLARABLE)), len(DECLARABLE),
        metadata={"description": "自报的重点群体（整体替换）；migrant_worker 即时生效，其余待运营人员核实"})


class JobseekerCreateSchema(ResumeSchema):
    name = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=50))
    resident_id = ma.fields.String(
        required=True, load_only=True, validate=validate_resident_id,
        metadata={"description": "居民身份证号码（GB 11643，18位，含校验位）；只存密文，永不明文返回"},
    )
    current_region_code = ma.fields.String(
        required=True, validate=validators.region_code,
        metadata={"description": "现居住地行政区划代码（GB/T 2260）"},
    )


class GroupSchema(ma.Schema):
    group = ma.fields.String()
    label = ma.fields.Function(lambda g: PRIORITY_GROUPS.get(g.group, g.group))
    source = ma.fields.String(metadata={"description": "derived 自动得出 / declared 自报"})
    status = ma.fields.String(metadata={"description": "verified / pending 待核实 / rejected"})
    reason = ma.fields.String(allow_none=True, metadata={"description": "核实未通过的原因"})


class _ResumeOut(ma.Schema):
    current_region_code = ma.fields.String()
    education_level = ma.fields.String()
    major = ma.fields.String(allow_none=True)
    graduation_year = ma.fields.Integer(allow_none=True)
    experience_years = ma.fields.Integer()
    skills = ma.fields.List(ma.fields.String())
    work_history = ma.fields.List(ma.fields.Nested(WorkExperienceSchema))
    desired_occupations = ma.fields.List(ma.fields.String())
    desired_regions = ma.fields.List(ma.fields.String())
    expected_salary = ma.fields.Integer(allow_none=True)
    preferred_employment_types = ma.fields.List(ma.fields.String())
    available_from = ma.fields.Date(allow_none=True)
    self_introduction = ma.fields.String(allow_none=True)


class JobseekerSchema(_ResumeOut):
    """The jobseeker's own view."""

    id = ma.fields.Integer()
    location = ma.fields.Function(
        lambda j: {"lat": j.lat, "lon": j.lon} if j.lat is not None else None, allow_none=True)
    name = ma.fields.String()
    resident_id = ma.fields.String(attribute="resident_id_masked",
                                   metadata={"description": "已脱敏，只留末四位，如 **************123X"})
    birth_date = ma.fields.Date()
    gender = ma.fields.String()
    hukou_region_code = ma.fields.String()
    visibility = ma.fields.String()
    groups = ma.fields.List(ma.fields.Nested(GroupSchema))
    updated_at = ma.fields.DateTime()


class ApplicantSchema(_ResumeOut):
    """What an employer sees: contact details only once revealed (application or accepted request).

    Never the resident ID (not even masked), the home coordinates or a sensitive group.
    """

    id = ma.fields.Integer()
    name = ma.fields.String(metadata={"description": "未公开联系方式前只显示姓氏"})
    gender = ma.fields.String()
    birth_year = ma.fields.Integer()
    phone = ma.fields.String(metadata={"description": "未公开前为 138****5678"})
    contact_revealed = ma.fields.Boolean()
    groups = ma.fields.List(ma.fields.String(), metadata={
        "description": "已核实的重点群体；残疾、建档立卡、就业困难属敏感个人信息，从不向用人单位显示"})


class PasswordConfirmSchema(ma.Schema):
    password = ma.fields.String(required=True, load_only=True,
                                validate=ma.validate.Length(min=1, max=128))


class ExportSchema(ma.Schema):
    exported_at = ma.fields.DateTime()
    account = ma.fields.Dict()
    resume = ma.fields.Dict(allow_none=True)
    applications = ma.fields.List(ma.fields.Dict())
    contact_requests = ma.fields.List(ma.fields.Dict())
    saved_searches = ma.fields.List(ma.fields.Dict())
    campaign_pushes = ma.fields.List(ma.fields.Dict(), metadata={"description": "推送给我的专项活动岗位"})
