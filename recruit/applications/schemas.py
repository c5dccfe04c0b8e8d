from typing import Any

import marshmallow as ma

from recruit.applications.models import CHANNELS
from recruit.jobseekers.schemas import ApplicantSchema

EMPLOYER_MOVES = ("viewed", "interview", "offered", "hired", "rejected")


class ApplySchema(ma.Schema):
    note = ma.fields.String(load_default=None, allow_none=True, validate=ma.validate.Length(max=500))
    channel = ma.fields.String(
        load_default="search", validate=ma.validate.OneOf(CHANNELS),
        metadata={"description": "search 搜索 / recommendation 推荐 / campaign_push 专项推送 / "
                                 "featured_session 特色专场 / operator 工作人员代投（仅工作人员；"
                                 "求职者本人投递用 operator 以外的渠道，否则 422）"})
    campaign_id = ma.fields.Integer(load_default=None, allow_none=True, strict=True,
                                    validate=ma.validate.Range(min=1, max=2**31 - 1),
                                    metadata={"description": "经由的专项行动（如有）"})


class IdempotencyHeaderSchema(ma.Schema):
    idempotency_key = ma.fields.String(
        data_key="Idempotency-Key", load_default=None,
        validate=[ma.validate.Length(min=1, max=64), ma.validate.Regexp(r"^[\x21-\x7e]+$")],
        metadata={"description": "客户端生成的唯一值（如 UUID）；重试时带同一值，返回同一条投递"})


class HireSchema(ma.Schema):
    note = ma.fields.String(load_default=None, allow_none=True, validate=ma.validate.Length(max=500))


class MoveSchema(ma.Schema):
    status = ma.fields.String(required=True, validate=ma.validate.OneOf(EMPLOYER_MOVES),
                              metadata={"description": "viewed → interview → offered → hired；"
                                                       "或 rejected（须填原因）；只能向前"})
    reason = ma.fields.String(load_default=None, allow_none=True,
                              validate=ma.validate.Length(min=1, max=500))

    @ma.validates_schema
    def _reason(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("status") == "rejected" and not (data.get("reason") or "").strip():
            raise ma.ValidationError("不录用须填写原因", "reason")


class EventSchema(ma.Schema):
    from_status = ma.fields.String(allow_none=True)
    to_status = ma.fields.String()
    by = ma.fields.Function(lambda e: e.actor.role if e.actor else None,
                            metadata={"description": "jobseeker / employer / operator"})
    reason = ma.fields.String(allow_none=True)
    at = ma.fields.DateTime()


class ApplicationSchema(ma.Schema):
    id = ma.fields.Integer()
    vacancy_id = ma.fields.Integer()
    vacancy_title = ma.fields.Function(lambda a: a.vacancy.title)
    employer_name = ma.fields.Function(lambda a: a.vacancy.employer.name)
    status = ma.fields.String()
    channel = ma.fields.String()
    campaign_id = ma.fields.Integer(allow_none=True)
    note = ma.fields.String(allow_none=True)
    history = ma.fields.List(ma.fields.Nested(EventSchema), attribute="events")
    created_at = ma.fields.DateTime()
    updated_at = ma.fields.DateTime()


class EmployerApplicationSchema(ApplicationSchema):
    applicant = ma.fields.Nested(ApplicantSchema, attribute="applicant_view", allow_none=True,
                                 metadata={"description": "申请人已注销时为空"})


class ApplicationListArgs(ma.Schema):
    status = ma.fields.String(load_default=None, validate=ma.validate.OneOf(
        ("submitted", "viewed", "interview", "offered", "hired", "rejected", "withdrawn")))
