"""Pure query builders for matching: open vacancies for a jobseeker's resume (recommendations,
campaign pushes) and candidates for a vacancy. Weights from weights.toml, as for search."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from recruit.codes.enums import EMPLOYER_VISIBLE_GROUPS
from recruit.search import analysis
from recruit.search import weights as weights_file
from recruit.search.queries import _NOT_EXPIRED, HIT_FIELDS, _freshness
from recruit.search.queries_text import _named


@dataclass(frozen=True)
class MatchingProfile:
    """The resume values a recommendation query needs (documents.jobseeker_profile builds it)."""

    desired_occupations: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()  # past job titles
    desired_region_prefixes: tuple[str, ...] = ()
    region_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    expected_salary: int | None = None
    education_rank: int = 0
    experience_years: int | None = 0
    preferred_employment_types: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    exclude_ids: tuple[int, ...] = ()  # vacancies already applied to

    @property
    def point(self) -> dict[str, Any] | None:
        """Where the person lives, for distances (None without both coordinates)."""
        return {"lat": self.lat, "lon": self.lon} if self.lat is not None and self.lon is not None else None


def _with_synonyms(titles: Sequence[str]) -> list[str]:
    """The words of job titles and their synonyms: 快递员 also names 快递派送员 (data/synonyms.txt)."""
    return [alt for t in titles for word in analysis.query_words(t) for alt in analysis.alternatives(word)]


def _words_any(fields: list[str], words: list[str], boost: float, name: str) -> dict[str, Any] | None:
    """Any of several whole words in any of the fields (words, never single characters)."""
    words = [x for x in dict.fromkeys(words) if x]
    if not words:
        return None
    return _named({"bool": {"should": [{"match": {f: {"query": " ".join(words)}}} for f in fields],
                            "minimum_should_match": 1}}, name, boost)


def recommendations(profile: MatchingProfile, *, size: int = 20, weights: dict[str, Any] | None = None,
                    campaign_id: int | None = None, push: bool = False) -> dict[str, Any]:
    """Open vacancies for a jobseeker (inside one campaign if given). profile: resume values.
    push: the same hits, scores and reasons in a form that is cheaper at scale (_push_body)."""
    w = weights or weights_file.load()
    m, geo = w["match"], w["geo"]
    # what the person wants: at least one of these must hold
    wants: list[dict[str, Any]] = []
    if profile.desired_occupations:
        wants.append(_named({"terms": {"occupation_path": list(profile.desired_occupations)}},
                            "occupation_match", m["occupation_match"]))
        majors = sorted({c.split("-")[0] for c in profile.desired_occupations})
        major_clause = _named({"terms": {"occupation_major": majors}}, "occupation_major",
                              m["occupation_major"])
    skills = [word for s in profile.skills for word in analysis.query_words(s)]
    for clause in (_words_any(["title_words", "description_words"], skills, m["skills_match"],
                              "skills_match"),
                   _words_any(["title_words"], _with_synonyms(profile.keywords),
                              m["title_match"], "title_match")):
        if clause:
            wants.append(clause)
    # what makes a wanted job a better fit
    should: list[dict[str, Any]] = []
    if profile.desired_occupations:
        should.append(major_clause)
    if profile.desired_region_prefixes:
        should.append(_named({"terms": {"region_path": list(profile.desired_region_prefixes)}},
                             "region_match", m["region_match"]))
    if profile.region_code:
        should.append(_named({"term": {"region_path": profile.region_code[:4]}}, "home_region",
                             m["home_region"]))
    if profile.expected_salary:
        should.append(_named({"range": {"salary_max": {"gte": profile.expected_salary}}},
                             "salary_fit", m["salary_fit"]))
    should.append(_named({"range": {"experience_min_years": {"lte": profile.experience_years}}},
                         "experience_fit", m["experience_fit"]))
    if profile.preferred_employment_types:
        should.append(_named({"terms": {"employment_type": list(profile.preferred_employment_types)}},
                             "employment_type_fit", m["employment_type_fit"]))
    for group in sorted(profile.groups):
        should.append(_named({"term": {"welcomed_groups": group}}, f"welcomes_{group}",
                             m["welcomes_group"]))
        should.append(_named({"term": {"campaign_groups": group}}, f"campaign_{group}",
                             m["campaign_group"]))
    functions: list[dict[str, Any]] = [_freshness(w), _headcount(m)]
    location = profile.point
    if location:
        should.append(_within(location, geo, m))
        functions.append(_distance_decay(location, geo))
    filters: list[dict[str, Any]] = [_NOT_EXPIRED, {"range": {"open_headcount": {"gt": 0}}},
                                     {"range": {"education_rank": {"lte": profile.education_rank}}}]
    if campaign_id is not None:
        filters.append({"term": {"campaign_ids": campaign_id}})
    if push:
        return _push_body(filters, wants, should, profile.exclude_ids, functions, size, w)
    query = {"bool": {"filter": filters, "should": should,
                      "must": [{"bool": {"should": wants, "minimum_should_match": 1}}] if wants else [],
                      "must_not": [{"ids": {"values": [str(i) for i in profile.exclude_ids]}}]}}
    return _matching_body(query, functions, size, w, HIT_FIELDS)


def _matching_body(query: dict[str, Any], functions: list[dict[str, Any]], size: int, w: dict[str, Any],
                   source: list[str]) -> dict[str, Any]:
    """score = weights of the matched clauses, then + freshness, distance and headcount bonuses.

    The clause sum ranks every match cheaply; the decay bonuses are computed for the best
    `rescore_window` only (a rescore), which keeps matching fast over millions of postings.
    """
    return {"query": query,
            "rescore": {"window_size": w["match_speed"]["rescore_window"], "query": {
                "rescore_query": {"function_score": {"query": {"match_all": {}}, "functions": functions,
                                                     "score_mode": "sum", "boost_mode": "replace"}},
                "query_weight": 1, "rescore_query_weight": 1, "score_mode": "total"}},
            "_source": source, "size": size,
            "track_total_hits": w["match_speed"]["count_up_to"]}


def _push_body(filters: list[dict[str, Any]], wants: list[dict[str, Any]], should: list[dict[str, Any]],
               exclude_ids: Sequence[int], functions: list[dict[str, Any]], size: int,
               w: dict[str, Any]) -> dict[str, Any]:
    """The recommendations body of a campaign push, rewritten for speed with the same result.

    The query is a plain disjunction of the scoring clauses (wants and shoulds, each a constant
    worth its weight, so a hit's score is the same sum), which Lucene ranks with max-score
    pruning: a posting that cannot reach the window's lowest score is skipped. Under `must` the
    shoulds were tested on every posting the wants match (~25 ms a person at 1M vacancies). The
    conditions (filters, at least one want, not applied to) move to a post_filter, applied to each
    candidate before it is collected: the same hits, ranked the same (docs/performance.md,
    "Precise push"). No total count, and only the source field the push reads (location).
    """
    conditions: dict[str, Any] = {"filter": list(filters)}
    if wants:  # the clauses without their names: only the scoring copy reports them
        conditions["filter"].append({"bool": {"should": [c["constant_score"]["filter"] for c in wants],
                                              "minimum_should_match": 1}})
    else:  # nothing wanted: every open vacancy is a hit, as without the rewrite (worth 0)
        should = [*should, {"constant_score": {"filter": {"match_all": {}}, "boost": 0}}]
    if exclude_ids:
        conditions["must_not"] = [{"ids": {"values": [str(i) for i in exclude_ids]}}]
    body = _matching_body({"bool": {"should": [*wants, *should]}}, functions, size, w, ["location"])
    body["post_filter"] = {"bool": conditions}
    body["track_total_hits"] = False
    return body


def candidates(vacancy: dict[str, Any], employer_id: int, *, size: int = 20,
               weights: dict[str, Any] | None = None) -> dict[str, Any]:
    """Jobseekers for a vacancy, among resumes this employer may see."""
    w = weights or weights_file.load()
    m, geo, c = w["match"], w["geo"], w["candidates"]
    visible = {"bool": {"should": [
        {"term": {"visibility": "public"}},
        {"bool": {"filter": [{"term": {"visibility": "applied_only"}},
                             {"term": {"applied_employer_ids": employer_id}}]}},
    ], "minimum_should_match": 1}}
    wants: list[dict[str, Any]] = []
    if vacancy.get("occupation_path"):
        wants.append(_named({"terms": {"desired_occupations": vacancy["occupation_path"]}},
                            "occupation_match", m["occupation_match"]))
        major_clause = _named({"term": {"desired_occupation_majors": vacancy["occupation_path"][0]}},
                              "occupation_major", m["occupation_major"])
    # search-mode words, so the title 电焊工 also offers 电焊 and 焊工 to match skills
    title_words = analysis.index_words(vacancy.get("title", "")).split()
    clause = _words_any(["skills_words", "experience_words", "major_words"], title_words,
                        m["skills_match"], "skills_match")
    if clause:
        wants.append(clause)
    should: list[dict[str, Any]] = [major_clause] if vacancy.get("occupation_path") else []
    should.append(_named({"terms": {"desired_region_prefixes": vacancy["region_path"]}},
                         "region_match", m["region_match"]))
    should.append(_named({"term": {"region_path": vacancy["region_path"][1]}}, "home_region",
                         m["home_region"]))
    should.append(_named({"bool": {"should": [
        {"range": {"expected_salary": {"lte": vacancy["salary_max"]}}},
        {"bool": {"must_not": {"exists": {"field": "expected_salary"}}}}],
        "minimum_should_match": 1}}, "salary_fit", m["salary_fit"]))
    should.append(_named({"range": {"experience_years": {"gte": vacancy.get("experience_min_years", 0)}}},
                         "experience_fit", m["experience_fit"]))
    should.append(_named({"term": {"preferred_employment_types": vacancy["employment_type"]}},
                         "employment_type_fit", m["employment_type_fit"]))
    # sensitive groups never rank an employer's list: the order itself would disclose them
    for group in sorted(set(vacancy.get("welcomed_groups", [])) & EMPLOYER_VISIBLE_GROUPS):
        should.append(_named({"term": {"groups": group}}, f"welcomes_{group}", m["welcomes_group"]))
    should.append(_named({"range": {"available_from": {"lte": "now/d"}}}, "available_now",
                         c["available_now"]))
    functions: list[dict[str, Any]] = [{"weight": 0}]
    location = _point(vacancy)
    if location:
        should.append(_within(location, geo, m))
        functions.append(_distance_decay(location, geo))
    filters = [visible,
               {"range": {"education_rank": {"gte": vacancy.get("education_rank", 0)}}}]
    query = {"bool": {"filter": filters, "should": should,
                      "must": [{"bool": {"should": wants, "minimum_should_match": 1}}] if wants else []}}
    return _matching_body(query, functions, size, w, ["id", "location"])


def _point(source: dict[str, Any]) -> dict[str, Any] | None:
    if source.get("location"):
        location: dict[str, Any] = source["location"]
        return location
    if source.get("lat") is not None and source.get("lon") is not None:
        return {"lat": source["lat"], "lon": source["lon"]}
    return None


def _within(location: dict[str, Any], geo: dict[str, Any], m: dict[str, Any]) -> dict[str, Any]:
    return _named({"geo_distance": {"distance": f"{geo['default_radius_km']}km",
                                    "location": location}}, "within_km", m["within_km"])


def _distance_decay(location: dict[str, Any], geo: dict[str, Any]) -> dict[str, Any]:
    return {"gauss": {"location": {"origin": location, "scale": f"{geo['scale_km']}km",
                                   "decay": geo["decay"]}}, "weight": geo["weight"]}


def _headcount(m: dict[str, Any]) -> dict[str, Any]:
    return {"field_value_factor": {"field": "open_headcount", "modifier": "log2p",
                                   "factor": 1, "missing": 1}, "weight": m["open_headcount_factor"]}
