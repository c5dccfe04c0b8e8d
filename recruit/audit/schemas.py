from typing import Any

import marshmallow as ma

from recruit.codes import validators


class AuditQuery(ma.Schema):
    actor_id = ma.fields.Integer(load_default=None, validate=ma.validate.Range(min=1))
    action = ma.fields.String(load_default=None, validate=ma.validate.Length(min=1, max=50),
                              metadata={"description": "动作，如 group_membership.approve；以 . 结尾按前缀"})
    target_type = ma.fields.String(load_default=None, validate=ma.validate.Length(min=1, max=30))
    target_id = ma.fields.String(load_default=None, validate=ma.validate.Length(min=1, max=40))
    region = ma.fields.String(load_default=None, validate=validators.region_prefix)
    since = ma.fields.AwareDateTime(load_default=None, metadata={"description": "起（含），带时区"})
    until = ma.fields.AwareDateTime(load_default=None, metadata={"description": "止（不含），带时区"})
    limit = ma.fields.Integer(load_default=50, validate=ma.validate.Range(min=1, max=500))
    offset = ma.fields.Integer(load_default=0, validate=ma.validate.Range(min=0, max=100_000))

    @ma.validates_schema
    def _order(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("since") and data.get("until") and data["since"] >= data["until"]:
            raise ma.ValidationError("since 应早于 until", "since")


class AuditEntrySchema(ma.Schema):
    id = ma.fields.Integer()
    at = ma.fields.DateTime()
    actor_id = ma.fields.Integer()
    actor_role = ma.fields.String()
    action = ma.fields.String()
    target_type = ma.fields.String()
    target_id = ma.fields.String(allow_none=True)
    region_code = ma.fields.String(allow_none=True)
    before = ma.fields.Dict(allow_none=True)
    after = ma.fields.Dict(allow_none=True)
