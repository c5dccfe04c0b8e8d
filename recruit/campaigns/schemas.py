from typing import Any

import marshmallow as ma

from recruit.campaigns.models import KINDS
from recruit.codes import validators
from recruit.codes.enums import EMPLOYER_VISIBLE_GROUPS, PRIORITY_GROUPS
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
    def _window(self, data: dict[str, Any], **kwargs: Any) -> None:
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


# the public API names a group's hires only from this many on (fewer could point at people)
PUBLIC_GROUP_THRESHOLD = 10


class CampaignCountersSchema(ma.Schema):
    """Live counters: every event counted for the campaign since it began (reporting/counters.py)."""

    vacancies = ma.fields.Integer(metadata={"description": "发布岗位数"})
    positions = ma.fields.Integer(metadata={"description": "招聘人数（岗位数量）"})
    employers = ma.fields.Integer(metadata={"description": "参与单位数（去重）"})
    applications = ma.fields.Integer(metadata={"description": "投递简历数"})
    withdrawals = ma.fields.Integer(metadata={"description": "撤回投递数"})
    hires = ma.fields.Integer(metadata={"description": "录用人数"})
    hires_by_group = ma.fields.Dict(keys=ma.fields.String(), values=ma.fields.Integer(allow_none=True),
                                    metadata={"description": "按重点群体的录用人数（已核实的群体）"})


def public_counters(figures: dict) -> dict:
    """What anybody may see: no sensitive group at all (disability, poverty registration,
    employment difficulty: PIPL art. 28), and the other groups' hires only from
    PUBLIC_GROUP_THRESHOLD on (null below: "fewer than 10", never the number)."""
    by_group = {g: (n if n >= PUBLIC_GROUP_THRESHOLD else None)
                for g, n in figures["hires_by_group"].items() if g in EMPLOYER_VISIBLE_GROUPS}
    return {**figures, "hires_by_group": by_group}


class PublicCampaignCountersSchema(CampaignCountersSchema):
    hires_by_group = ma.fields.Dict(
        keys=ma.fields.String(), values=ma.fields.Integer(allow_none=True),
        metadata={"description": "按重点群体的录用人数：不含敏感群体（残疾人、建档立卡贫困劳动力、"
                                 f"就业困难人员）；少于{PUBLIC_GROUP_THRESHOLD}人的为 null"
                                 "（不公布具体数字）"})


class _PublicCounters(ma.fields.Nested):
    """The public schema filters whatever it is given: no view can show more by mistake."""

    # Nested's own signature (nested_obj), which marshmallow's stubs declare apart from Field's (value)
    def _serialize(self, nested_obj: Any, attr: Any, obj: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        return super()._serialize(public_counters(nested_obj) if nested_obj is not None else None,
                                  attr, obj, **kwargs)


class PublicCampaignSchema(CampaignSchema):
    counters = _PublicCounters(PublicCampaignCountersSchema, metadata={"description": "实时计数"})


class StaffCampaignSchema(CampaignSchema):
    counters = ma.fields.Nested(CampaignCountersSchema, metadata={"description": "实时计数（含各群体）"})


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
