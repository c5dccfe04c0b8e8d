"""Why a result matched: stable codes from named queries, with the Chinese people read."""

from __future__ import annotations

import math

from recruit.codes.enums import PRIORITY_GROUPS

TEXT = {
    "title_words": "标题匹配",
    "title_phrase": "标题完全匹配",
    "title_bigrams": "标题相近",
    "description_words": "职位描述匹配",
    "employer_name": "单位名称匹配",
    "region_words": "工作地点匹配",
    "all_words": "关键词全部命中",
    "occupation_inferred": "职业相关",
    "occupation_match": "职业对口",
    "occupation_major": "职业大类相近",
    "skills_match": "技能匹配",
    "title_match": "岗位名称相符",
    "region_match": "在期望地区",
    "home_region": "同城",
    "salary_fit": "薪资符合期望",
    "experience_fit": "经验符合要求",
    "employment_type_fit": "用工形式符合",
    "available_now": "可立即到岗",
}
for _code, _label in PRIORITY_GROUPS.items():
    TEXT[f"welcomes_{_code}"] = f"欢迎{_label}"
    TEXT[f"campaign_{_code}"] = f"{_label}专场岗位"


def explain(matched: list[str], distance_km: float | None = None) -> list[dict]:
    """[{code, text}] in a stable order; within_km carries the distance."""
    out = []
    for code in sorted(set(matched), key=_order):
        if code == "within_km":
            text = f"距离{round(distance_km)}公里" if distance_km is not None else "距离较近"
        else:
            text = TEXT.get(code, code)
        out.append({"code": code, "text": text})
    return out


_ORDER = {code: n for n, code in enumerate([*TEXT, "within_km"])}


def _order(code: str) -> int:
    return _ORDER.get(code, len(_ORDER))


def haversine_km(a: dict | None, b: dict | None) -> float | None:
    if not a or not b:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(h))
