"""What partners see: a vacancy as anybody may see it in search, and nothing else (no screen
hits, review notes, references, agency, status history), plus the keys' admin shapes."""

from __future__ import annotations

import re

import marshmallow as ma
from limits import parse_many

from recruit.partners.models import SCOPES

CURSOR = re.compile(r"^(\d{1,19})\.(\d{1,19})$")


class PartnerVacancySchema(ma.Schema):
    """A live vacancy in the feed and the snapshot: an allow-list of public fields."""

    id = ma.fields.Integer()
    employer_id = ma.fields.Integer()
    employer_name = ma.fields.Function(lambda v: v.employer.name)
    is_key_enterprise = ma.fields.Function(lambda v: bool(v.employer.is_key_enterprise))
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
    expires_at = ma.fields.DateTime(allow_none=True)
    published_at = ma.fields.DateTime(allow_none=True)
    # no version or updated_at: they also move when only what partners do not see changes
    # (campaign membership), which the feed does not log


class StreamArgs(ma.Schema):
    since = ma.fields.String(load_default="0.0", validate=ma.validate.Regexp(CURSOR),
                             metadata={"description": "上次读到的游标（next_cursor，或快照的 cursor）；"
                                                      "省略则从头读"})
    limit = ma.fields.Integer(load_default=100, validate=ma.validate.Range(min=1, max=1000))


class StreamItemSchema(ma.Schema):
    cursor = ma.fields.String(metadata={"description": "此条之后续读的游标"})
    op = ma.fields.String(metadata={"description": "published（上线）/ changed（内容变化）/ removed（下线）："
                                                   "前两者按 id 写入或替换，removed 删除"})
    vacancy_id = ma.fields.Integer()
    vacancy = ma.fields.Nested(PartnerVacancySchema, allow_none=True,
                               metadata={"description": "读取时的公开内容；removed 时为 null"})


class StreamPageSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(StreamItemSchema))
    next_cursor = ma.fields.String(metadata={"description": "下次请求的 since"})
    has_more = ma.fields.Boolean(metadata={"description": "true：立即再读；false：已追上，稍后再读"})


def _rate(value: str | None) -> None:
    if value is None:
        return
    try:
        parse_many(value)
    except ValueError as exc:
        raise ma.ValidationError("限流格式如 600/minute;100000/day") from exc


class PartnerKeyInSchema(ma.Schema):
    name = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=100),
                            metadata={"description": "合作平台名称"})
    scopes = ma.fields.List(ma.fields.String(validate=ma.validate.OneOf(list(SCOPES))),
                            load_default=lambda: ["feed:read"], validate=ma.validate.Length(min=1))
    rate_limit = ma.fields.String(load_default=None, allow_none=True,
                                  validate=[ma.validate.Length(max=100), _rate],
                                  metadata={"description": "该密钥自己的限流，如 600/minute；空则用默认"})


class PartnerKeySchema(ma.Schema):
    id = ma.fields.Integer()
    name = ma.fields.String()
    prefix = ma.fields.String(metadata={"description": "密钥前缀（公开，用于辨认）"})
    scopes = ma.fields.List(ma.fields.String())
    rate_limit = ma.fields.String(allow_none=True)
    created_at = ma.fields.DateTime()
    revoked_at = ma.fields.DateTime(allow_none=True)
    last_used_at = ma.fields.DateTime(allow_none=True)


class NewPartnerKeySchema(PartnerKeySchema):
    key = ma.fields.String(metadata={"description": "完整密钥，只在创建时返回一次（库中只存其哈希）"})
