import marshmallow as ma

from recruit.codes import validators
from recruit.codes.enums import PRIORITY_GROUPS, VERIFIED_GROUPS


class PendingQuery(ma.Schema):
    region = ma.fields.String(load_default=None, validate=validators.region_prefix,
                              metadata={"description": "求职者现居住地代码前缀；运营人员默认其辖区"})
    group = ma.fields.String(load_default=None, validate=ma.validate.OneOf(sorted(VERIFIED_GROUPS)))
    limit = ma.fields.Integer(load_default=50, validate=ma.validate.Range(min=1, max=200))
    offset = ma.fields.Integer(load_default=0, validate=ma.validate.Range(min=0, max=100_000))


class ApproveSchema(ma.Schema):
    reason = ma.fields.String(load_default=None, validate=ma.validate.Length(max=200),
                              metadata={"description": "备注（可选，求职者可见）"})


class RejectSchema(ma.Schema):
    reason = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=200),
                              metadata={"description": "不通过的原因（必填，求职者可见）"})


class GroupApplicantSchema(ma.Schema):
    """What an operator needs to check a membership: no phone, the ID number masked."""

    id = ma.fields.Integer()
    name = ma.fields.String()
    resident_id = ma.fields.String(attribute="resident_id_masked")
    current_region_code = ma.fields.String()
    hukou_region_code = ma.fields.String()


class GroupMembershipSchema(ma.Schema):
    id = ma.fields.Integer()
    group = ma.fields.String()
    group_name = ma.fields.Function(lambda m: PRIORITY_GROUPS.get(m.group, m.group))
    status = ma.fields.String()
    reason = ma.fields.String(allow_none=True)
    reviewed_at = ma.fields.DateTime(allow_none=True)


class PendingGroupMembershipSchema(GroupMembershipSchema):
    jobseeker = ma.fields.Nested(GroupApplicantSchema)
