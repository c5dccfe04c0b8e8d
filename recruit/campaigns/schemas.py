import marshmallow as ma

from recruit.campaigns.models import KINDS
from recruit.codes import validators
from recruit.codes.enums import PRIORITY_GROUPS
from recruit.search.schemas import ReasonSchema, VacancySearchArgs


class CampaignInSchema(ma.Schema):
    name = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=100))
    kind = ma.fields.String(required=True, validate=ma.validate.OneOf(KINDS))
    starts_at = ma.fields.AwareDateTime(required=True)
    ends_at = ma.fields.AwareDateTime(required=True)
    target_groups = ma.fields.List(ma.fields.String(validate=ma.validate.OneOf(list(PRIORITY_GROUPS))),
                                   load_default=list)
    regions = ma.fields.List(ma.fields.String(validate=validators.region_prefix), load_default=list,
                             metadata={"description": "行政区划代码前缀；空表示本人辖区"})
    industries = ma.fields.List(ma.fields.String(validate=validators.industry_filter), load_default=list)
    occupations = ma.fields.List(ma.fields.String(validate=validators.occupation_prefix), load_default=list)
    rule_welcomes_group = ma.fields.Boolean(load_default=True,
                                            metadata={"description": "岗位欢迎目标群体即纳入"})
    rule_employer_region = ma.fields.Boolean(load_default=False,
                                             metadata={"description": "用人单位在目标地区即纳入"})
    rule_occupation = ma.fields.Boolean(load_default=False, metadata={"description": "职业在列表中即纳入"})
    rule_industry = ma.fields.Boolean(load_default=False, metadata={"description": "行业在列表中即纳入"})

    @ma.validates_schema
    def _window(self, data, **kwargs):
        if data.get("starts_at") and data.get("ends_at") and data["starts_at"] >= data["ends_at"]:
            raise ma.ValidationError("结束时间须晚于开始时间", "ends_at")


class CampaignPatchSchema(CampaignInSchema):
    """The same fields, each optional (loaded with partial=True)."""


class CampaignSchema(ma.Schema):
    id = ma.fields.Integer()
    name = ma.fields.String()
    kind = ma.fields.String()
    state = ma.fields.Function(lambda c: c.state())
    starts_at = ma.fields.DateTime()
    ends_at = ma.fields.DateTime()
    target_groups = ma.fields.List(ma.fields.String())
    regions = ma.fields.List(ma.fields.String())
    industries = ma.fields.List(ma.fields.String())
    occupations = ma.fields.List(ma.fields.String())
    rule_welcomes_group = ma.fields.Boolean()
    rule_employer_region = ma.fields.Boolean()
    rule_occupation = ma.fields.Boolean()
    rule_industry = ma.fields.Boolean()


class ListArgs(ma.Schema):
    state = ma.fields.String(load_default="running", validate=ma.validate.OneOf(["running", "ended", "all"]))


class EnrolSchema(ma.Schema):
    vacancy_id = ma.fields.Integer(required=True, validate=ma.validate.Range(min=1, max=2**31 - 1))


class CampaignMembershipSchema(ma.Schema):
    campaign_id = ma.fields.Integer()
    vacancy_id = ma.fields.Integer()
    source = ma.fields.String()
    removed = ma.fields.Boolean()


class CampaignSearchArgs(VacancySearchArgs):
    class Meta:
        exclude = ("campaign",)


class PushArgs(ma.Schema):
    top_k = ma.fields.Integer(load_default=10, validate=ma.validate.Range(min=1, max=50))


class PushRunSchema(ma.Schema):
    id = ma.fields.Integer()
    campaign_id = ma.fields.Integer()
    top_k = ma.fields.Integer()
    part = ma.fields.Integer()
    parts = ma.fields.Integer()
    audience = ma.fields.Integer()
    pushed = ma.fields.Integer()
    started_at = ma.fields.DateTime()
    finished_at = ma.fields.DateTime(allow_none=True)


class FeedVacancySchema(ma.Schema):
    id = ma.fields.Integer()
    title = ma.fields.String()
    employer_name = ma.fields.Function(lambda v: v.employer.name)
    region_code = ma.fields.String()
    salary_min = ma.fields.Integer()
    salary_max = ma.fields.Integer()
    status = ma.fields.String()


class FeedItemSchema(ma.Schema):
    id = ma.fields.Integer()
    campaign_id = ma.fields.Integer()
    campaign_name = ma.fields.String()
    rank = ma.fields.Integer()
    reasons = ma.fields.List(ma.fields.Nested(ReasonSchema))
    pushed_at = ma.fields.DateTime()
    viewed_at = ma.fields.DateTime(allow_none=True)
    vacancy = ma.fields.Nested(FeedVacancySchema)


class FunnelSchema(ma.Schema):
    campaign_id = ma.fields.Integer()
    pushed = ma.fields.Integer(metadata={"description": "推送条数"})
    viewed = ma.fields.Integer(metadata={"description": "已查看"})
    applied = ma.fields.Integer(metadata={"description": "推送后投递"})
    hired = ma.fields.Integer(metadata={"description": "推送后录用"})
    people_reached = ma.fields.Integer(metadata={"description": "覆盖人数"})
