from __future__ import annotations

import dataclasses
from typing import Any

import marshmallow as ma

from recruit.applications.models import CHANNELS
from recruit.codes import validators
from recruit.codes.enums import PRIORITY_GROUPS
from recruit.reporting.report import BREAKDOWNS, ReportCut


@dataclasses.dataclass(frozen=True)
class ReportBy:
    """A report cut and what to break it down by (None: one totals row)."""

    cut: ReportCut
    by: str | None


def _occupation_cut(value: str) -> None:
    validators.occupation_prefix(value)
    if value.count("-") > 1:
        raise ma.ValidationError("报表按职业大类或中类统计（如 6 或 6-31）")


class ReportArgs(ma.Schema):
    """A period (start and end) or a date (as_of: everything up to it), and any cuts; loads into
    a ReportCut whose region_prefix is the region asked for (the API narrows it to the
    operator's scope)."""

    start = ma.fields.Date(load_default=None, metadata={"description": "起始日（含），中国标准时间"})
    end = ma.fields.Date(load_default=None, metadata={"description": "截止日（含）"})
    as_of = ma.fields.Date(load_default=None,
                           metadata={"description": "截至某日的累计数（与 start/end 二选一）"})
    region = ma.fields.String(load_default=None, validate=validators.region_prefix,
                              metadata={"description": "行政区划代码前缀；运营人员默认其辖区"})
    campaign_id = ma.fields.Integer(load_default=None, validate=ma.validate.Range(min=1),
                                    metadata={"description": "专项行动编号"})
    group = ma.fields.String(load_default=None, validate=ma.validate.OneOf(list(PRIORITY_GROUPS)),
                             metadata={"description": "重点群体（仅计已核验身份）"})
    industry = ma.fields.String(load_default=None, validate=validators.industry_filter,
                                metadata={"description": "行业门类或大类，如 C 或 C38"})
    occupation = ma.fields.String(load_default=None, validate=_occupation_cut,
                                  metadata={"description": "职业大类或中类，如 6 或 6-31"})
    channel = ma.fields.String(load_default=None, validate=ma.validate.OneOf(CHANNELS),
                               metadata={"description": "投递渠道"})

    @ma.validates_schema
    def _period(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("as_of"):
            if data.get("start") or data.get("end"):
                raise ma.ValidationError("as_of 与 start/end 只能二选一", "as_of")
            return
        for name in ("start", "end"):
            if not data.get(name):
                raise ma.ValidationError("请给出 start 和 end，或 as_of", name)
        if data["start"] > data["end"]:
            raise ma.ValidationError("起始日不能晚于截止日", "start")

    @staticmethod
    def _cut(data: dict[str, Any]) -> ReportCut:
        data = dict(data)
        as_of = data.pop("as_of", None)
        if as_of:
            data["start"], data["end"] = None, as_of
        data["region_prefix"] = data.pop("region", None)
        return ReportCut(**data)

    @ma.post_load
    def _load(self, data: dict[str, Any], **kwargs: Any) -> ReportCut | ReportBy:
        return self._cut(data)


# the name the headline endpoint has always used
HeadlineArgs = ReportArgs


class _ReportByArgs(ReportArgs):
    """Loads into a ReportBy (the cut, and `by`)."""

    @ma.post_load
    def _load(self, data: dict[str, Any], **kwargs: Any) -> ReportCut | ReportBy:
        data = dict(data)
        by = data.pop("by", None)
        return ReportBy(self._cut(data), by)


class BreakdownArgs(_ReportByArgs):
    by = ma.fields.String(required=True, validate=ma.validate.OneOf(BREAKDOWNS),
                          metadata={"description": "按日、下一级地区或某一维度分组"})


class ExportArgs(_ReportByArgs):
    by = ma.fields.String(load_default=None, validate=ma.validate.OneOf(BREAKDOWNS),
                          metadata={"description": "不给则导出一行合计"})


class SentenceArgs(ma.Schema):
    """Loads into the ReportCut of everything up to `as_of` in the region asked for."""

    as_of = ma.fields.Date(required=True, metadata={"description": "截至日（含）"})
    region = ma.fields.String(load_default=None, validate=validators.region_prefix)

    @ma.post_load
    def _load(self, data: dict[str, Any], **kwargs: Any) -> ReportCut:
        return ReportCut(start=None, end=data["as_of"], region_prefix=data.get("region"))


class _Figures(ma.Schema):
    employers_posting = ma.fields.Integer(allow_none=True, metadata={
        "description": "发布岗位的用人单位数（精确去重）；无法精确去重的组合切分为 null"})
    positions_posted = ma.fields.Integer(allow_none=True,
                                         metadata={"description": "岗位信息人次（招聘人数之和）"})
    vacancies_published = ma.fields.Integer(allow_none=True)
    resumes_submitted = ma.fields.Integer(metadata={"description": "投递简历份数"})
    applications_withdrawn = ma.fields.Integer(metadata={"description": "撤回投递数"})
    placements = ma.fields.Integer(metadata={"description": "录用人数"})


class HeadlineSchema(_Figures):
    start = ma.fields.Date(allow_none=True, metadata={"description": "null：自有统计以来"})
    end = ma.fields.Date()
    region_prefix = ma.fields.String(allow_none=True)
    campaign_id = ma.fields.Integer(allow_none=True)
    group = ma.fields.String(allow_none=True)
    industry = ma.fields.String(allow_none=True)
    occupation = ma.fields.String(allow_none=True)
    channel = ma.fields.String(allow_none=True)


class BreakdownRowSchema(_Figures):
    key = ma.fields.String(metadata={"description": "日期、地区代码或维度取值（空串：未注明）"})


class BreakdownSchema(HeadlineSchema):
    by = ma.fields.String()
    rows = ma.fields.List(ma.fields.Nested(BreakdownRowSchema))


class SentenceSchema(ma.Schema):
    as_of = ma.fields.Date()
    region_prefix = ma.fields.String(allow_none=True)
    sentence = ma.fields.String(metadata={"description": "如：截至6月底，208万家用人单位发布岗位信息…"})
    figures = ma.fields.Nested(HeadlineSchema)


class KeyEnterpriseArgs(ma.Schema):
    region = ma.fields.String(load_default=None, validate=validators.region_prefix,
                              metadata={"description": "行政区划代码前缀；运营人员默认其辖区"})


class KeyEnterpriseSchema(ma.Schema):
    employer_id = ma.fields.Integer()
    name = ma.fields.String()
    region_code = ma.fields.String()
    commissioner = ma.fields.String(allow_none=True, metadata={"description": "人社服务专员"})
    open_vacancies = ma.fields.Integer()
    open_headcount = ma.fields.Integer(metadata={"description": "尚未招满的人数"})
    hires = ma.fields.Integer(metadata={"description": "已录用人数"})


class KeyEnterpriseRegionSchema(ma.Schema):
    region = ma.fields.String()
    enterprises = ma.fields.Integer()
    open_headcount = ma.fields.Integer()
    hires = ma.fields.Integer()


class KeyEnterprisesSchema(ma.Schema):
    region_prefix = ma.fields.String(allow_none=True)
    enterprises = ma.fields.List(ma.fields.Nested(KeyEnterpriseSchema))
    regions = ma.fields.List(ma.fields.Nested(KeyEnterpriseRegionSchema))
