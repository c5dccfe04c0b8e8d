import marshmallow as ma

from recruit.codes import validators


class HeadlineArgs(ma.Schema):
    start = ma.fields.Date(required=True, metadata={"description": "起始日（含），中国标准时间"})
    end = ma.fields.Date(required=True, metadata={"description": "截止日（含）"})
    region = ma.fields.String(load_default=None, validate=validators.region_prefix,
                              metadata={"description": "行政区划代码前缀；运营人员默认其辖区"})

    @ma.validates_schema
    def _order(self, data, **kwargs):
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise ma.ValidationError("起始日不能晚于截止日", "start")


class HeadlineSchema(ma.Schema):
    start = ma.fields.Date()
    end = ma.fields.Date()
    region_prefix = ma.fields.String(allow_none=True)
    employers_posting = ma.fields.Integer(allow_none=True, metadata={
        "description": "发布岗位的用人单位数（精确去重）；无法精确去重的组合切分为 null"})
    positions_posted = ma.fields.Integer(allow_none=True,
                                         metadata={"description": "岗位信息人次（招聘人数之和）"})
    vacancies_published = ma.fields.Integer(allow_none=True)
    resumes_submitted = ma.fields.Integer(metadata={"description": "投递简历份数"})
    applications_withdrawn = ma.fields.Integer(metadata={"description": "撤回投递数"})
    placements = ma.fields.Integer(metadata={"description": "录用人数"})
