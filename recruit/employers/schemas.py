import re
from typing import Any

import marshmallow as ma
from stdnum.cn import uscc

from recruit.codes import enums, validators
from recruit.privacy import mask_phone

_CONTACT_PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
POVERTY_ALLEVIATION = {"workshop": "扶贫车间", "leading_enterprise": "扶贫龙头企业"}


def contact_phone(value: str) -> None:
    if not _CONTACT_PHONE.match(value):
        raise ma.ValidationError("联系电话应为11位手机号或带区号的固定电话（如 027-87654321）")


def mask_contact(value: str | None) -> str | None:
    if not value:
        return value
    return mask_phone(value) if len(value) == 11 and value[0] == "1" else value[:4] + "****" + value[-2:]


class _CreditCodeNormalizer(ma.Schema):
    @ma.pre_load
    def _normalize(self, data: Any, **kwargs: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("credit_code"), str):
            data = {**data, "credit_code": uscc.compact(data["credit_code"])}
        return data


class EmployerProfileSchema(ma.Schema):
    """What the organisation itself may change (flags are operators' business)."""

    name = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=100))
    region_code = ma.fields.String(
        required=True, validate=validators.region_code,
        metadata={"description": "注册地行政区划代码（GB/T 2260）"},
    )
    industry_code = ma.fields.String(
        required=True, validate=validators.industry_code,
        metadata={"description": "所属行业（GB/T 4754-2017 门类+大类，如 C38）"})
    size_band = ma.fields.String(required=True, validate=ma.validate.OneOf(list(enums.EMPLOYER_SIZE_BANDS)))
    address = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=200))
    contact_name = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=50))
    contact_phone = ma.fields.String(required=True, validate=contact_phone)


class EmployerCreateSchema(_CreditCodeNormalizer, EmployerProfileSchema):
    credit_code = ma.fields.String(
        required=True, validate=validators.credit_code,
        metadata={"description": "统一社会信用代码（GB 32100，18位，含校验位）"},
    )
    is_agency = ma.fields.Boolean(load_default=False,
                                  metadata={"description": "人力资源服务机构（可受托代发岗位）"})


class EmployerUpdateSchema(EmployerProfileSchema):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, partial=True, **kwargs)


class EmployerFlagsSchema(ma.Schema):
    is_key_enterprise = ma.fields.Boolean()
    commissioner_id = ma.fields.Integer(allow_none=True,
                                        metadata={"description": "人社服务专员（运营人员账号 id）"})
    poverty_alleviation = ma.fields.String(
        allow_none=True, validate=ma.validate.OneOf(list(POVERTY_ALLEVIATION)),
        metadata={"description": "workshop 扶贫车间 / leading_enterprise 扶贫龙头企业"})


class EmployerSchema(ma.Schema):
    id = ma.fields.Integer()
    name = ma.fields.String()
    credit_code = ma.fields.String()
    region_code = ma.fields.String()
    industry_code = ma.fields.String(allow_none=True)
    size_band = ma.fields.String(allow_none=True)
    address = ma.fields.String(allow_none=True)
    contact_name = ma.fields.String(allow_none=True)
    contact_phone = ma.fields.Function(lambda e: mask_contact(e.contact_phone),
                                       metadata={"description": "已脱敏"})
    is_agency = ma.fields.Boolean()
    is_key_enterprise = ma.fields.Boolean()
    commissioner_id = ma.fields.Integer(allow_none=True)
    poverty_alleviation = ma.fields.String(allow_none=True)
    owner_id = ma.fields.Integer(allow_none=True)
    created_at = ma.fields.DateTime()
    verification_status = ma.fields.String(metadata={
        "description": "pending 待核验 | verified 已核验 | rejected 未通过"
                       "（未核验：可存草稿，不能发布、查看简历和人选）"})
    verification_reason = ma.fields.String(allow_none=True, metadata={"description": "未通过的原因"})
    verified_at = ma.fields.DateTime(allow_none=True)


class MemberSchema(ma.Schema):
    id = ma.fields.Integer()
    display_name = ma.fields.String()
    phone = ma.fields.Function(lambda a: mask_phone(a["phone"]), metadata={"description": "已脱敏"})
    is_owner = ma.fields.Boolean()


class InviteSchema(ma.Schema):
    phone = ma.fields.String(required=True, validate=ma.validate.Regexp(r"^1[3-9]\d{9}$",
                                                                        error="应为11位手机号"))


class InvitationSchema(ma.Schema):
    id = ma.fields.Integer()
    employer_id = ma.fields.Integer()
    employer_name = ma.fields.Function(lambda i: i.employer_name)
    phone = ma.fields.Function(lambda i: mask_phone(i.phone))
    created_at = ma.fields.DateTime()
    accepted_at = ma.fields.DateTime(allow_none=True)


class AuthoriseAgencySchema(_CreditCodeNormalizer):
    credit_code = ma.fields.String(required=True, validate=validators.credit_code,
                                   metadata={"description": "人力资源服务机构的统一社会信用代码"})


class PartnerSchema(ma.Schema):
    """An authorisation seen from either side: the employer and the agency."""

    employer_id = ma.fields.Integer()
    employer_name = ma.fields.String()
    agency_id = ma.fields.Integer()
    agency_name = ma.fields.String()
    created_at = ma.fields.DateTime()


class AcceptInvitationSchema(ma.Schema):
    code = ma.fields.String(required=True, load_only=True,
                            validate=ma.validate.Regexp(r"^\d{6}$", error="验证码为6位数字"),
                            metadata={"description": "POST /auth/codes (purpose=invitation) "
                                                     "发送到本账号手机的验证码"})


class VerificationQueueArgs(ma.Schema):
    region = ma.fields.String(load_default=None, validate=validators.region_prefix,
                              metadata={"description": "单位所在地代码前缀；运营人员默认其辖区"})


class VerifySchema(ma.Schema):
    note = ma.fields.String(load_default=None, allow_none=True, validate=ma.validate.Length(max=200))


class RejectVerificationSchema(ma.Schema):
    reason = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=200),
                              metadata={"description": "不通过的原因（必填，单位可见）"})


class ResumeViewFlagSchema(ma.Schema):
    employer_id = ma.fields.Integer()
    employer_name = ma.fields.String()
    region_code = ma.fields.String()
    views_7d = ma.fields.Integer(metadata={"description": "近7天查看简历次数"})
    open_headcount = ma.fields.Integer(metadata={"description": "已发布岗位的在招人数"})
    threshold = ma.fields.Integer(metadata={"description": "20 × 在招人数 + 50"})
