"""Why a result matched: stable codes from named queries, with the Chinese people read.

At most three reasons per hit, the most informative first, and never two that say the same
thing: of each group of codes (the title matched, the occupation matched, the place matched,
one priority group) only the strongest is shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from recruit.codes.enums import BENEFITS, PRIORITY_GROUPS
from recruit.search.understanding_words import SAID_WANTS

MAX_REASONS = 3

TEXT = {
    "title_exact": "岗位名称完全一致",
    "title_phrase": "标题完全匹配",
    "title_match": "岗位名称相符",
    "title_words": "标题匹配",
    "title_bigrams": "标题相近",
    "all_words": "关键词全部命中",
    "most_words": "大部分关键词命中",
    "title_fuzzy": "标题相近",
    "spelling": "按纠正后的关键词",
    "title_chars": "标题部分相同",
    "occupation_match": "职业对口",
    "occupation_concept": "同类职业",
    "occupation_inferred": "职业相关",
    "occupation_related": "相关职业",
    "occupation_major": "职业大类相近",
    "understood_pay": "薪资符合",
    "understood_pay_min": "起薪符合",
    "understood_pay_range": "薪资符合",
    "pay_by_day": "按天/小时计薪",
    "understood_employment_type": "用工形式符合",
    "understood_education": "学历符合",
    "understood_experience": "经验要求符合",
    "experience_open": "无需经验",
    "understood_key_enterprise": "重点企业",
    "understood_state_owned": "国企/事业单位",
    "understood_near": "离你较近",
    "understood_place": "地点相符",
    "understood_group": "重点群体岗位",
    "salary_fit": "薪资符合期望",
    "skills_match": "技能匹配",
    "region_match": "在期望地区",
    "home_region": "同城",
    "region_words": "工作地点匹配",
    "experience_fit": "经验符合要求",
    "employment_type_fit": "用工形式符合",
    "available_now": "可立即到岗",
    "description_words": "职位描述匹配",
    "concept_title": "同类岗位",
    "concept_description": "工作内容相符",
    "employer_name": "单位名称匹配",
}
for _code, _label in BENEFITS.items():
    TEXT[f"benefit_{_code}"] = _label
for _code, _label in PRIORITY_GROUPS.items():
    TEXT[f"welcomes_{_code}"] = f"欢迎{_label}"
    TEXT[f"campaign_{_code}"] = f"{_label}专场岗位"

# codes that say the same thing: only the first of a group present is shown
_GROUPS = [
    ("title_exact", "title_phrase", "title_match", "title_words", "title_bigrams", "title_fuzzy",
     "concept_title", "all_words", "most_words", "spelling", "title_chars"),
    ("occupation_match", "occupation_concept", "occupation_inferred", "occupation_related",
     "occupation_major"),
    ("understood_pay_min", "understood_pay", "understood_pay_range", "salary_fit"),
    ("understood_near", "understood_place", "within_km", "region_match", "home_region", "region_words"),
    ("understood_experience", "experience_open", "experience_fit"),
    ("understood_employment_type", "employment_type_fit"),
    *((f"welcomes_{g}", f"campaign_{g}") for g in PRIORITY_GROUPS),
]
_GROUP_OF = {code: n for n, group in enumerate(_GROUPS) for code in group}
# most informative first: what the person asked for or wants, then where, then the weaker text
_PRIORITY = [
    "title_exact", "title_phrase", "title_match", "occupation_match", "understood_pay_min", "understood_pay",
    "understood_pay_range", "pay_by_day",
    "understood_employment_type", "understood_education", "understood_group", "understood_near",
    "understood_place",
    "understood_experience", "understood_key_enterprise", "understood_state_owned",
    *(f"benefit_{b}" for b in BENEFITS), *(f"welcomes_{g}" for g in PRIORITY_GROUPS),
    # what the seeker asked that postings say in words (不交押金, 45岁, 光谷, 事业单位): as a benefit
    *(f"said_{s}" for s in SAID_WANTS), "age_stated", "place_zone_said", "employer_public_said",
    "employer_public_institution", "employer_foreign", "understood_not_job",
    "title_words", "title_bigrams", "title_fuzzy", "spelling", "concept_title", "occupation_concept",
    "occupation_inferred",
    "skills_match",
    "within_km", "region_match", "salary_fit", *(f"campaign_{g}" for g in PRIORITY_GROUPS),
    "home_region", "experience_open", "experience_fit", "employment_type_fit", "available_now",
    "occupation_related",
    "occupation_major", "region_words", "most_words", "all_words", "title_chars", "description_words",
    "concept_description",
    "employer_name",
]
_ORDER = {code: n for n, code in enumerate(_PRIORITY)}


def _order(code: str) -> int:
    return _ORDER.get(code, len(_ORDER))


def explain(matched: list[str], distance_km: float | None = None,
            labels: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """[{code, text}]: at most three, most informative first, one per group of codes that say
    the same thing. within_km carries the distance; labels give texts of the search's own
    clauses (月薪8000以上, 包住) over the fixed ones."""
    out: list[dict[str, Any]] = []
    shown: set[int] = set()
    for code in sorted(set(matched), key=lambda c: (_order(c), c)):
        group = _GROUP_OF.get(code)
        if group is not None and group in shown:
            continue
        if code == "within_km":
            text = f"距离{round(distance_km)}公里" if distance_km is not None else "距离较近"
        else:
            text = (labels or {}).get(code) or TEXT.get(code, code)
        out.append({"code": code, "text": text})
        if group is not None:
            shown.add(group)
        if len(out) == MAX_REASONS:
            break
    return out


def haversine_km(a: dict[str, Any] | None, b: dict[str, Any] | None) -> float | None:
    if not a or not b:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(h))
