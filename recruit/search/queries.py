"""Pure query builders: arguments in, Elasticsearch request body out. Weights from weights.toml."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from recruit.codes.enums import EDUCATION_ORDER, EMPLOYMENT_TYPES
from recruit.search import intents, queries_text, said, understanding
from recruit.search import weights as weights_file
from recruit.search.diversify import diversify_hits  # noqa: F401 (API)
from recruit.search.intents import Plan
from recruit.search.queries_text import _named, occupation_clause, text_query  # noqa: F401 (API)
from recruit.search.search_args import SearchArgs

MAX_WINDOW = 10_000
# conditions a person states as requirements (place, pay floor, employment type, schedule, pay cycle,
# education, experience), ranking only because they were softened (兼职会计, an exact title) or relaxed:
# above the occupation tiers, unlike a preference (包吃住), which orders within a tier
# (type_*, schedule_*, pay_cycle_*: the boosts understanding makes of 兼职会计, 暑假工 beside a job word)
HARD = frozenset({"understood_place", "understood_pay", "understood_employment_type", "understood_schedule",
                  "understood_pay_cycle", "understood_education", "understood_experience", "pay_cycle_daily",
                  "pay_cycle_weekly", *(f"type_{t}" for t in EMPLOYMENT_TYPES),
                  *(f"schedule_{s}" for s in ("night", "evening", "day_only", "weekend", "summer", "winter",
                                                          "remote"))})
LADDER_TAG = "lad"  # a cursor into a page filled down the ladder: ["lad", offset]
# what a vacancy hit shows; the long text and analysis fields stay in the index
HIT_FIELDS = ["id", "employer_id", "employer_name", "is_key_enterprise", "title", "region_code",
              "location", "occupation_code", "industry_code", "education_min", "employment_type",
              "benefits", "welcomed_groups", "headcount", "open_headcount", "salary_min",
              "salary_max", "published_at", "expires_at"]  # expires_at: how long a page may be cached
SORTS = ("relevance", "published", "salary", "distance")
SALARY_BANDS = [(None, 3000), (3000, 5000), (5000, 8000), (8000, 12000), (12000, 20000),
                (20000, None)]
_NOT_EXPIRED = {"bool": {"should": [{"bool": {"must_not": {"exists": {"field": "expires_at"}}}},
                                    {"range": {"expires_at": {"gt": "now"}}}],
                         "minimum_should_match": 1}}


# ---- vacancy search -------------------------------------------------------------------------

def vacancy_filters(*, region: str | None = None, occupation: str | None = None,
                    industry: str | None = None, salary_min: int | None = None,
                    salary_max: int | None = None, education: str | None = None,
                    employment_type: tuple[str, ...] | list[str] | None = None,
                    benefits: tuple[str, ...] | list[str] | None = None,
                    published_within_days: int | None = None,
                    published_after: dt.datetime | None = None,
                    key_enterprise: bool | None = None, welcomes: str | None = None,
                    campaign: int | None = None, lat: float | None = None, lon: float | None = None,
                    radius_km: float | None = None, regions: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """regions: understood places, any of them (a request's region replaces them)."""
    f: list[dict[str, Any]] = [_NOT_EXPIRED]
    if region:
        f.append({"term": {"region_path": region}})
    elif regions:
        f.append({"terms": {"region_path": list(regions)}})
    if occupation:
        f.append({"term": {"occupation_path": occupation}})
    if industry:
        f.append({"term": {"industry_section" if len(industry) == 1 else "industry_code": industry}})
    if salary_min is not None:  # ranges overlap; a salary written only in the text counts
        f.append(said.pay_floor(salary_min))
    if salary_max is not None:
        f.append({"range": {"salary_min": {"lte": salary_max}}})
    if education:  # the form's level, or the posting says 学历不限
        f.append({"bool": {"should": [{"range": {"education_rank": {"lte": EDUCATION_ORDER[education]}}},
                                      {"term": {"said_conditions": "no_education"}}],
                           "minimum_should_match": 1}})
    if employment_type:
        f.append({"terms": {"employment_type": list(employment_type)}})
    for benefit in benefits or ():
        f.append({"term": {"benefits": benefit}})
    if published_within_days:
        f.append({"range": {"published_at": {"gte": f"now-{published_within_days}d/d"}}})
    if published_after is not None:
        f.append({"range": {"published_at": {"gt": published_after.isoformat()}}})
    if key_enterprise is not None:
        f.append({"term": {"is_key_enterprise": key_enterprise}})
    if welcomes:
        f.append({"bool": {"should": [{"term": {"welcomed_groups": welcomes}},
                                      {"term": {"said_conditions": welcomes}}], "minimum_should_match": 1}})
    if campaign is not None:
        f.append({"term": {"campaign_ids": campaign}})
    if radius_km is not None and lat is not None and lon is not None:
        f.append({"geo_distance": {"distance": f"{radius_km}km",
                                   "location": {"lat": lat, "lon": lon}}})
    return f


def _sort(sort: str, has_text: bool, lat: float | None = None,
          lon: float | None = None) -> list[dict[str, Any]]:
    if sort == "distance":
        return [{"_geo_distance": {"location": {"lat": lat, "lon": lon}, "order": "asc",
                                   "unit": "km"}}, {"id": "desc"}]
    if sort == "salary":
        return [{"salary_max": "desc"}, {"salary_min": "desc"}, {"id": "desc"}]
    if sort == "relevance" and has_text:
        return [{"_score": "desc"}, {"published_at": "desc"}, {"id": "desc"}]
    return [{"published_at": "desc"}, {"id": "desc"}]


def facet_aggs(region: str | None) -> dict[str, Any]:
    level = {None: "province", 2: "prefecture", 4: "region_code", 6: "region_code"}
    return {
        "region": {"terms": {"field": level[len(region) if region else None], "size": 50}},
        "occupation": {"terms": {"field": "occupation_middle", "size": 30}},
        "salary_band": {"range": {"field": "salary_max", "keyed": True, "ranges": [
            {"key": salary_band_key(lo, hi), **({"from": lo} if lo else {}),
             **({"to": hi} if hi else {})} for lo, hi in SALARY_BANDS]}},
        "education": {"terms": {"field": "education_min", "size": 10}},
        "employment_type": {"terms": {"field": "employment_type", "size": 10}},
    }


def salary_band_key(lo: int | None, hi: int | None) -> str:
    return f"{lo or 0}-{hi or ''}".rstrip("-") + ("+" if hi is None else "")


def plan_for(args: SearchArgs, w: dict[str, Any] | None = None) -> Plan:
    """The search's understood conditions applied to its arguments (pure)."""
    u = understanding.understand(args.q or "", disabled=args.off)
    return intents.plan(args, u, w or weights_file.load())


def levels(plan: Plan, w: dict[str, Any] | None = None,
           ladder: tuple[str, ...] = queries_text.LADDER[1:]) -> tuple[str, ...]:
    """The ladder's levels this search can use, in order: exact, then (if the remaining text
    allows) spelling (slips corrected), partial (most words, the job word kept), related
    (occupations the words name, and their kin) and chars (a title's characters); or exact and
    the given levels that apply (("words",): the last resort)."""
    w = w or weights_file.load()
    return ("exact", *(level for level in ladder if _recall(plan, level, w)[0] is not None))


def _recall(plan: Plan, level: str, w: dict[str, Any]) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    if w is weights_file.load():  # the deployed weights: the same text gives the same clauses
        recall, scoring = _text_clauses(plan.remaining, level)
        return recall, list(scoring)
    return _build_recall(plan.remaining, level, w)


@lru_cache(maxsize=4096)
def _text_clauses(remaining: str, level: str) -> tuple[dict[str, Any] | None, tuple[dict[str, Any], ...]]:
    """_build_recall with the deployed weights, kept per process: building a query's clauses
    (concept terms cut into words) costs more than the rest of the search's Python. The clauses
    are shared: never changed in place (bodies are built around them)."""
    recall, scoring = _build_recall(remaining, level, weights_file.load())
    return recall, tuple(scoring)


def _build_recall(
    remaining: str, level: str, w: dict[str, Any],
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    recall, scoring = text_query(remaining, w)
    if level == "spelling":
        recall = queries_text.spelling_clause(remaining, w)
    elif level == "partial":
        recall = queries_text.most_words(remaining, w)
    elif level == "related":
        recall = queries_text.related_clause(remaining, w)
    elif level == "chars":
        recall = queries_text.chars_clause(remaining, w)
    elif level == "words":
        recall = queries_text.any_words_clause(remaining, w)
    return recall, scoring


@lru_cache(maxsize=4096)
def _agreement(remaining: str, level: str) -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]:
    tiers, within = queries_text.agreement(remaining, level, weights_file.load())
    return tuple(tiers), tuple(within)


def _layered(query: dict[str, Any], tiers: Any, within: Any) -> dict[str, Any]:
    """score x the best occupation tier the posting reaches (ranking.agreement: layers far apart)
    x (1 + what ranks within a tier: the query's modifier in the title)."""
    if within:
        query = {"function_score": {"query": query, "boost_mode": "multiply", "score_mode": "sum",
                                    "functions": [{"weight": 1}, *within]}}
    return {"function_score": {"query": query, "boost_mode": "multiply", "score_mode": "max",
                               "functions": [{"weight": 1}, *tiers]}}


def vacancy_search(args: SearchArgs, *, plan: Plan | None = None, level: str = "exact",
                   weights: dict[str, Any] | None = None, above: tuple[str, ...] = (),
                   exclude: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    """The body of one level of a vacancy search. Text matching sees what understanding left
    (plan.remaining); understood conditions are filters or named should clauses (plan.boosts).
    args.boost_groups: rank vacancies welcoming these groups first (a campaign's audience).
    above: the ladder's levels shown before this one, whose hits this level leaves out (a page
    filled down the ladder shows each posting once). plan.relaxed: understood filters turned into
    boosts (relaxing.relax); with no text, a posting must satisfy one of them. exclude: queries
    whose matches another plan's levels showed above this one (ladder.search's relaxed levels)."""
    w = weights or weights_file.load()
    plan = plan or plan_for(args, w)
    a = plan.args
    recall, extra = _recall(plan, level, w)
    if recall is None and plan.relaxed:
        recall = {"bool": {"should": list(plan.relaxed), "minimum_should_match": 1}}
    else:
        extra = [*extra, *plan.relaxed]
    shown = [r for r in (_recall(plan, lvl, w)[0] for lvl in above) if r is not None] + list(exclude)
    extra = [*extra, *plan.boosts, *plan.ranks]
    for group in sorted(a.boost_groups):
        extra.append(_named({"term": {"welcomed_groups": group}}, f"welcomes_{group}",
                            w["match"]["welcomes_group"]))
    scored = recall is not None or bool(extra)
    filters = [*vacancy_filters(**a.filters(), regions=plan.regions), *(c for _, c in plan.conditions)]
    if plan.type_words:  # the understood employment type, or the posting says it (日结 in the text)
        says = [{"bool": {"filter": [{"term": {"said_conditions": t}} for t in tokens]}}
                for tokens in map(said.query_tokens, plan.type_words) if tokens]
        filters = [{"bool": {"should": [f, *says], "minimum_should_match": 1}}
                   if "employment_type" in f.get("terms", {}) else f for f in filters]
    must = [recall] if recall else [{"match_all": {}}]
    title = exact_title(args.q, w) if level == "exact" and recall is not None and not plan.relaxed else None
    if title is not None:
        # exactly the title an employer wrote matches whatever was read out of its words as
        # conditions (兼职瓦工 on a posting whose form says 全职), and ranks first
        own = vacancy_filters(**args.filters())
        understood = [f for f in filters if f not in own]
        must = [{"bool": {"should": [{"bool": {"filter": understood, "must": must}}, title],
                          "minimum_should_match": 1}}]
        filters = own
    if "exact" in above:
        shown.append(exact_title(args.q, w) or {"match_none": {}})
    query: dict[str, Any] = {"bool": {"filter": filters, "must": must, "should": extra}}
    if shown:
        query["bool"]["must_not"] = shown
    if recall is not None and plan.remaining and a.sort == "relevance":
        # score x (1 + agreement): the job the words name before a literal hit in another job's title
        tiers, within = _agreement(plan.remaining, level) if w is weights_file.load() \
            else queries_text.agreement(plan.remaining, level, w)
        if tiers:
            query = _layered(query, tiers, within)
    conditions_rank = w["understanding"]["condition_factor"]
    if recall is not None and plan.boosts and a.sort == "relevance" and conditions_rank:
        # text x (1 + factor x each stated condition met): among postings of the job, those meeting
        # what the person asked for (包吃住, 五险一金) come first, whatever the text's term weights
        query = {"function_score": {"query": query, "boost_mode": "multiply", "score_mode": "sum",
                                    "functions": [{"weight": 1}, *(
                                        {"filter": b["constant_score"]["filter"],
                                         "weight": _condition_weight(b["constant_score"].get("_name"), w)}
                                        for b in plan.boosts)]}}
    if scored and a.sort == "relevance" and w["freshness"]["search_weight"]:
        # relevance x (1 + freshness bonus): a fresh posting gains, an old one keeps its relevance
        query = {"function_score": {"query": query, "boost_mode": "multiply", "score_mode": "sum",
                                    "functions": [{"weight": 1}, _freshness(w, "search_weight")]}}
    size = a.per_page * (w["diversify"]["overfetch"] if a.diversify else 1)
    body: dict[str, Any] = {
        "query": query,
        "_source": HIT_FIELDS,
        "sort": _sort(a.sort, scored, a.lat, a.lon),
        "size": size,
        # exact counts up to the deepest reachable page; "more than" beyond
        "track_total_hits": MAX_WINDOW,
    }
    if a.search_after:
        body["search_after"] = list(a.search_after)
    else:
        body["from"] = (a.page - 1) * a.per_page
    if a.facets:
        body["aggs"] = facet_aggs(a.region)
    return body


def _condition_weight(name: str | None, w: dict[str, Any]) -> float:
    """How much a stated condition a posting meets multiplies its text score (weights.toml)."""
    uw = w["understanding"]
    if name in HARD:
        return float(uw["hard_condition_factor"])
    return float(uw["newcomer_factor"] if name == "experience_open" else uw["condition_factor"])


def exact_title(q: str | None, w: dict[str, Any]) -> dict[str, Any] | None:
    """A clause for postings whose whole title is the query (the keyword field is lower-cased)."""
    text = (q or "").strip().lower()
    if len(text) < 2:
        return None
    return _named({"term": {"title": text}}, "title_exact", w["text"]["title_exact"])


def word_count(word: str) -> dict[str, Any]:
    """How many open postings hold the word (in the title or description): for suggestions."""
    return {"size": 0, "track_total_hits": True, "query": {"bool": {"filter": [
        _NOT_EXPIRED, {"multi_match": {"query": word, "fields": ["title_words", "description_words"]}}]}}}


def typeahead(prefix: str, size: int = 10, also: tuple[str, ...] = ()) -> dict[str, Any]:
    """Popular titles starting with (or containing a word starting with) the prefix, or with one
    of `also` (the titles a pinyin prefix spells: dhg -> 电焊工)."""
    p = prefix.strip().lower()
    should: list[dict[str, Any]] = [{"prefix": {"title": {"value": p, "boost": 2}}},
                                    {"prefix": {"title_words": p}}]
    should += [{"prefix": {"title": {"value": t}}} for t in also]
    return {
        "size": 0,
        "query": {"bool": {"filter": [_NOT_EXPIRED], "should": should, "minimum_should_match": 1}},
        "aggs": {"titles": {"terms": {"field": "title", "size": size}}},
    }


# ---- matching -------------------------------------------------------------------------------

def _freshness(w: dict[str, Any], weight: str = "match_weight") -> dict[str, Any]:
    fresh = w["freshness"]
    return {"gauss": {"published_at": {"origin": "now", "scale": f"{fresh['scale_days']}d",
                                       "decay": fresh["decay"]}}, "weight": fresh[weight]}
