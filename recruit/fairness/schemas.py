import marshmallow as ma

from recruit.codes import validators
from recruit.fairness.models import SURFACES


class FairnessArgs(ma.Schema):
    region = ma.fields.String(load_default=None, validate=validators.region_prefix,
                              metadata={"description": "行政区划代码前缀（默认：专项活动的地区）"})
    days = ma.fields.Integer(load_default=7, validate=ma.validate.Range(min=1, max=120),
                             metadata={"description": "统计最近几天（含今天，北京时间）"})


class FairnessRowSchema(ma.Schema):
    surface = ma.fields.String(validate=ma.validate.OneOf(SURFACES), metadata={
        "description": "search 搜索首页；recommendations 岗位推荐；candidates 用人单位的人选推荐"})
    group = ma.fields.String(metadata={"description": "重点群体代码"})
    target = ma.fields.Boolean(metadata={"description": "是否为专项活动的目标群体（只有目标群体会被标记）"})
    impressions = ma.fields.Integer(metadata={"description": "抽样中该群体的前十曝光次数"})
    impressions_estimated = ma.fields.Float(metadata={"description": "按抽样率折算的曝光次数"})
    surface_impressions = ma.fields.Integer(metadata={"description": "抽样中该渠道全部前十曝光次数"})
    impression_share = ma.fields.Float(allow_none=True, metadata={"description": "曝光占比"})
    pool = ma.fields.Integer(metadata={"description": "符合条件的池中属于该群体的数量"})
    pool_total = ma.fields.Integer()
    pool_share = ma.fields.Float(allow_none=True, metadata={"description": "池中占比"})
    ratio = ma.fields.Float(allow_none=True, metadata={"description": "曝光占比 ÷ 池中占比"})
    applications = ma.fields.Integer(allow_none=True)
    hires = ma.fields.Integer(allow_none=True)
    apply_rate = ma.fields.Float(allow_none=True, metadata={"description": "每次曝光的投递数"})
    hire_rate = ma.fields.Float(allow_none=True, metadata={"description": "每次曝光的录用数"})
    flagged = ma.fields.Boolean(metadata={"description": "目标群体曝光不足：样本足够且比值低于阈值"})


class FairnessSchema(ma.Schema):
    campaign_id = ma.fields.Integer()
    campaign_name = ma.fields.String()
    region = ma.fields.String(allow_none=True)
    regions = ma.fields.List(ma.fields.String())
    days = ma.fields.Integer()
    since = ma.fields.Date()
    threshold = ma.fields.Float()
    min_impressions = ma.fields.Integer()
    sample_rate = ma.fields.Float()
    flagged = ma.fields.Boolean()
    rows = ma.fields.List(ma.fields.Nested(FairnessRowSchema))
