"""The grading rules of RULES.md, applied to the structured facts of each vacancy."""

from __future__ import annotations

from catalogue import KINDS

EDUCATION = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]


def related(kinds: list[str]) -> set[str]:
    return {r for k in kinds for r in KINDS[k][2]} - set(kinds)


def search_grade(query: dict, v: dict) -> int:
    c = query["constraints"]
    if v["kind"] in query["kinds"]:
        misses = 0
        if "prefecture" in c and not v["region_code"].startswith(c["prefecture"]):
            misses += 1
        if "benefit" in c and c["benefit"] not in v["benefits"]:
            misses += 1
        return 3 - misses if misses <= 1 else 1
    return 1 if v["kind"] in related(query["kinds"]) else 0


def recommendation_grade(profile: dict, v: dict) -> int:
    if EDUCATION.index(v["education_min"]) > EDUCATION.index(profile["education_level"]):
        return 0
    in_city = any(v["region_code"].startswith(p) for p in profile["desired_prefectures"])
    pays = v["salary_max"] >= profile["expected_salary"]
    if v["kind"] in profile["kinds"]:
        return 3 - (not in_city) - (not pays) if (in_city or pays) else 1
    return 1 if v["kind"] in related(profile["kinds"]) and in_city else 0
