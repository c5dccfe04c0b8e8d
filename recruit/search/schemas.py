import base64
import json
from collections.abc import Iterable, Mapping
from typing import Any

import marshmallow as ma

from recruit.codes import validators
from recruit.codes.enums import BENEFITS, EDUCATION_LEVELS, EMPLOYMENT_TYPES, PRIORITY_GROUPS
from recruit.search import analysis, diversify
from recruit.search.queries import LADDER_TAG, MAX_WINDOW, SORTS
from recruit.search.queries_text import LEVELS
from recruit.search.search_args import SearchArgs


class Cursor(ma.fields.String):
    """Opaque page cursor: the sort values of the last hit, base64url JSON."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> str | None:
        if value is None:
            return None
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    # a string on the wire, the sort values once loaded
    def _deserialize(  # type: ignore[override]
            self, value: Any, attr: str | None, data: Mapping[str, Any] | None,
            **kwargs: Any) -> list[int | float | str]:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            decoded = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ma.ValidationError("翻页游标无效，请使用上一页返回的 next_cursor") from exc
        if not isinstance(decoded, list) or not decoded or len(decoded) > 4 or not all(
                isinstance(v, int | float | str) for v in decoded):
            raise ma.ValidationError("翻页游标无效，请使用上一页返回的 next_cursor")
        return decoded


def _list_of(choices: Iterable[str]) -> ma.fields.List[str]:
    return ma.fields.List(ma.fields.String(validate=ma.validate.OneOf(list(choices))),
                          load_default=None)


class VacancySearchArgs(ma.Schema):
    q = ma.fields.String(load_default=None, validate=ma.validate.Length(max=100),
                         metadata={"description": "中文关键词，如「电工」「软件工程师」"})
    region = ma.fields.String(load_default=None, validate=validators.region_prefix,
                              metadata={"description": "行政区划代码前缀：42 湖北全省，4201 武汉市"})
    occupation = ma.fields.String(load_default=None, validate=validators.occupation_prefix,
                                  metadata={"description": "职业代码前缀，如 6 或 6-31"})
    industry = ma.fields.String(load_default=None, validate=validators.industry_filter,
                                metadata={"description": "行业门类或大类，如 C 或 C38"})
    salary_min = ma.fields.Integer(load_default=None, validate=ma.validate.Range(min=0, max=1_000_000),
                                   metadata={"description": "与此月薪区间有交集"})
    salary_max = ma.fields.Integer(load_default=None, validate=ma.validate.Range(min=0, max=1_000_000))
    education = ma.fields.String(load_default=None, validate=ma.validate.OneOf(list(EDUCATION_LEVELS)),
                                 metadata={"description": "学历要求不高于此"})
    employment_type = _list_of(EMPLOYMENT_TYPES)
    benefits = _list_of(BENEFITS)
    published_within_days = ma.fields.Integer(load_default=None, validate=ma.validate.Range(min=1, max=365))
    published_after = ma.fields.AwareDateTime(
        load_default=None, metadata={"description": "只看此时刻之后发布的岗位（ISO 8601，含时区）"})
    key_enterprise = ma.fields.Boolean(load_default=None)
    welcomes = ma.fields.String(load_default=None, validate=ma.validate.OneOf(list(PRIORITY_GROUPS)))
    campaign = ma.fields.Integer(load_default=None, validate=ma.validate.Range(min=1, max=2**31 - 1))
    lat = ma.fields.Float(load_default=None, validate=ma.validate.Range(min=-90, max=90))
    lon = ma.fields.Float(load_default=None, validate=ma.validate.Range(min=-180, max=180))
    radius_km = ma.fields.Float(load_default=None, validate=ma.validate.Range(min=0.1, max=2000))
    sort = ma.fields.String(load_default="relevance", validate=ma.validate.OneOf(SORTS))
    facets = ma.fields.Boolean(load_default=False)
    diversify = ma.fields.Integer(load_default=None, validate=ma.validate.Range(min=1, max=10),
                                  metadata={"description": "每页同一单位最多几条"})
    cursor = Cursor(load_default=None, data_key="cursor", attribute="search_after")
    page = ma.fields.Integer(load_default=1, validate=ma.validate.Range(min=1))
    per_page = ma.fields.Integer(load_default=20, validate=ma.validate.Range(min=1, max=100))
    off = ma.fields.List(
        ma.fields.String(validate=ma.validate.Length(min=1, max=40)), load_default=list,
        metadata={"description": "关闭查询理解出的条件（可重复）：整类如 off=pay，或单个如 off=place:武汉"
                                 "（冒号后为 understood[].text）；被关闭的文字留在关键词里"})

    @ma.post_load
    def _args(self, data: dict[str, Any], **kwargs: Any) -> SearchArgs:
        if data.get("q"):
            data["q"] = analysis.simplified(data["q"])
        return SearchArgs.of(data)

    @ma.validates_schema
    def _consistent(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("page", 1) * data.get("per_page", 20) > MAX_WINDOW:
            raise ma.ValidationError(f"翻页深度不能超过 {MAX_WINDOW} 条，请改用 cursor 翻页", "page")
        has_point = data.get("lat") is not None and data.get("lon") is not None
        if (data.get("lat") is None) != (data.get("lon") is None):
            raise ma.ValidationError("lat 与 lon 须同时提供", "lat")
        if data.get("radius_km") is not None and not has_point:
            raise ma.ValidationError("按距离筛选须提供 lat 与 lon", "radius_km")
        if data.get("sort") == "distance" and not has_point:
            raise ma.ValidationError("按距离排序须提供 lat 与 lon", "sort")
        after = data.get("search_after")
        if after and (after[0] == diversify.CURSOR_TAG) != bool(data.get("diversify")):
            raise ma.ValidationError("翻页游标与 diversify 参数不一致，请使用上一页返回的 next_cursor",
                                     "cursor")
        deepest = MAX_WINDOW - data.get("per_page", 20)
        if after and after[0] == LADDER_TAG and (len(after) != 2 or not isinstance(after[1], int)
                                                 or not 0 <= after[1] <= deepest):
            raise ma.ValidationError("翻页游标无效，请使用上一页返回的 next_cursor", "cursor")
        if after and data.get("diversify") and (
                not diversify.is_cursor(after) or after[1] + data.get("per_page", 20) > MAX_WINDOW):
            raise ma.ValidationError("翻页游标无效，请使用上一页返回的 next_cursor", "cursor")
        lo, hi = data.get("salary_min"), data.get("salary_max")
        if lo is not None and hi is not None and lo > hi:
            raise ma.ValidationError("月薪下限不能高于上限", "salary_min")


class ReasonSchema(ma.Schema):
    code = ma.fields.String(metadata={"description": "稳定的原因代码，如 occupation_match"})
    text = ma.fields.String(metadata={"description": "中文说明，如 职业对口"})


class VacancyHitSchema(ma.Schema):
    id = ma.fields.Integer()
    score = ma.fields.Float(allow_none=True)
    reasons = ma.fields.List(ma.fields.Nested(ReasonSchema))
    match_level = ma.fields.String(validate=ma.validate.OneOf(LEVELS), metadata={
        "description": "（搜索）此条的匹配程度；一页可由 exact、partial、related 依次补足"})
    distance_km = ma.fields.Float(allow_none=True)
    employer_id = ma.fields.Integer()
    employer_name = ma.fields.String()
    is_key_enterprise = ma.fields.Boolean()
    title = ma.fields.String()
    region_code = ma.fields.String()
    occupation_code = ma.fields.String(allow_none=True)
    industry_code = ma.fields.String(allow_none=True)
    education_min = ma.fields.String()
    employment_type = ma.fields.String()
    benefits = ma.fields.List(ma.fields.String())
    welcomed_groups = ma.fields.List(ma.fields.String())
    headcount = ma.fields.Integer()
    open_headcount = ma.fields.Integer()
    salary_min = ma.fields.Integer()
    salary_max = ma.fields.Integer()
    published_at = ma.fields.String()


class UnderstoodSchema(ma.Schema):
    kind = ma.fields.String(metadata={"description": "employment_type pay_cycle schedule pay education "
                                                     "experience group benefit place zone near employer age "
                                                     "seated sector licence；said 岗位文字写明的条件"
                                                     "（不收押金、近地铁、做一休一、性别）；not_job 不想做的"
                                                     "岗位（筛选）；pinyin 为拼音查询所对应的岗位名"
                                                     "（applied_as=text）"})
    value = ma.fields.Raw(allow_none=True, metadata={"description": "代码；pay 为月薪 [下限, 上限]"})
    text = ma.fields.String(metadata={"description": "查询中的原文，off=kind:text 可关闭"})
    applied_as = ma.fields.String(metadata={
        "description": "filter 筛选；boost 只提高排序；overridden 请求参数已给出同类条件；"
                       "ignored 无法应用（如「附近」而请求未给 lat/lon）；text 拼音按岗位名搜索；"
                       "relaxed 作为筛选时没有任何结果，改为只提高排序（match_level 为 related）；"
                       "widened 区县没有结果时放宽到所在地级市（value 为地级市代码，仍筛选）"})


class FacetBucketSchema(ma.Schema):
    key = ma.fields.String()
    count = ma.fields.Integer()


class VacancySearchResultSchema(ma.Schema):
    total = ma.fields.Integer()
    total_is_exact = ma.fields.Boolean(metadata={"description": "为 false 时表示「至少 total 条」"})
    page = ma.fields.Integer(allow_none=True)
    per_page = ma.fields.Integer()
    next_cursor = Cursor(allow_none=True, metadata={"description": "下一页：?cursor=此值"})
    hits = ma.fields.List(ma.fields.Nested(VacancyHitSchema))
    facets = ma.fields.Dict(keys=ma.fields.String(),
                            values=ma.fields.List(ma.fields.Nested(FacetBucketSchema)),
                            allow_none=True)
    understood = ma.fields.List(ma.fields.Nested(UnderstoodSchema),
                                metadata={"description": "从查询词中理解出的条件（可显示为标签）"})
    match_level = ma.fields.String(allow_none=True, validate=ma.validate.OneOf(LEVELS), metadata={
        "description": "本页最好的匹配程度：exact 全部关键词；partial 大部分关键词；"
                       "related 同类或相关职业。结果不足时由下一层级依次补足（每条的 match_level），"
                       "精确结果总排在前面；无结果时为 null"})
    suggestions = ma.fields.List(ma.fields.String(), metadata={
        "description": "没有结果时的建议查询：联想的岗位名，以及去掉最少见的词后的查询"})


_HIT_KEYS = tuple(VacancyHitSchema._declared_fields)
_REASON_KEYS = tuple(ReasonSchema._declared_fields)
_BUCKET_KEYS = tuple(FacetBucketSchema._declared_fields)
_UNDERSTOOD_KEYS = tuple(UnderstoodSchema._declared_fields)


def _pick(obj: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: obj[k] for k in keys if k in obj}


def dump_search_result(result: dict[str, Any]) -> dict[str, Any]:
    """What VacancySearchResultSchema().dump(result) gives, without marshmallow's walk over every
    field of every hit (half a millisecond of the busiest endpoint). The values are already the
    right types (they come from our own index documents); a test checks both dumps agree."""
    facets = result.get("facets")
    return {
        "total": result["total"], "total_is_exact": result["total_is_exact"], "page": result["page"],
        "per_page": result["per_page"],
        "next_cursor": Cursor()._serialize(result["next_cursor"], "next_cursor", result),
        "hits": [{k: [_pick(r, _REASON_KEYS) for r in h[k]] if k == "reasons" else h[k]
                  for k in _HIT_KEYS if k in h} for h in result["hits"]],
        "facets": None if facets is None else {
            name: [_pick(b, _BUCKET_KEYS) for b in buckets] for name, buckets in facets.items()},
        "understood": [_pick(u, _UNDERSTOOD_KEYS) for u in result.get("understood", [])],
        "match_level": result.get("match_level"),
        "suggestions": list(result.get("suggestions", [])),
    }


class TypeaheadArgs(ma.Schema):
    prefix = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=20))
    size = ma.fields.Integer(load_default=10, validate=ma.validate.Range(min=1, max=20))

    @ma.post_load
    def _simplified(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        return {**data, "prefix": analysis.simplified(data["prefix"])}  # as q (VacancySearchArgs)


class TypeaheadSchema(ma.Schema):
    suggestions = ma.fields.List(ma.fields.String())


class MatchArgs(ma.Schema):
    size = ma.fields.Integer(load_default=20, validate=ma.validate.Range(min=1, max=100))


class RecommendationsSchema(ma.Schema):
    total = ma.fields.Integer()
    total_is_exact = ma.fields.Boolean()
    hits = ma.fields.List(ma.fields.Nested(VacancyHitSchema))


class CandidateSchema(ma.Schema):
    """A resume as an employer sees it before any application: no identity, no contact."""

    jobseeker_id = ma.fields.Integer()
    score = ma.fields.Float()
    reasons = ma.fields.List(ma.fields.Nested(ReasonSchema))
    distance_km = ma.fields.Float(allow_none=True)
    name = ma.fields.String(metadata={"description": "仅显示姓氏，如 李*"})
    gender = ma.fields.String()
    age = ma.fields.Integer()
    education_level = ma.fields.String()
    major = ma.fields.String(allow_none=True)
    experience_years = ma.fields.Integer()
    skills = ma.fields.List(ma.fields.String())
    region_code = ma.fields.String()
    expected_salary = ma.fields.Integer(allow_none=True)
    groups = ma.fields.List(ma.fields.String())


class CandidatesSchema(ma.Schema):
    total = ma.fields.Integer()
    total_is_exact = ma.fields.Boolean()
    hits = ma.fields.List(ma.fields.Nested(CandidateSchema))
