"""A page filled down the ladder of text levels (exact -> partial -> related), each posting once,
and the hits with their reasons: what a vacancy search sends to the node and makes of the answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from recruit.search import mappings, queries, reasons
from recruit.search.client import call as _call
from recruit.search.client import es, msearch_responses
from recruit.search.intents import Plan
from recruit.search.queries_text import REPORTED, corrections
from recruit.search.search_args import SearchArgs

# what a search answer needs from the node; the rest (_index, _id, _shards ...) is not sent
SEARCH_FIELDS = ["hits.total", "hits.hits._source", "hits.hits._score", "hits.hits.sort",
                 "hits.hits.matched_queries", "aggregations"]

_Reasons = dict[tuple[str, ...], list[dict[str, Any]]]


def vacancy_hit(hit: dict[str, Any], origin: dict[str, Any] | None, labels: Mapping[str, str] | None = None,
                 always: tuple[str, ...] = (), memo: _Reasons | None = None) -> dict[str, Any]:
    """memo: the reasons of a page, by matched clauses (hits of one query mostly match the same
    few sets; without a distance the reasons depend on nothing else)."""
    src = hit["_source"]
    distance = reasons.haversine_km(origin, src.get("location")) if origin else None
    matched = (*hit.get("matched_queries", ()), *always)
    if memo is None or distance is not None:
        explained = reasons.explain(list(matched), distance, labels)
    elif matched in memo:
        explained = memo[matched]
    else:
        explained = memo[matched] = reasons.explain(list(matched), None, labels)
    return {**src, "score": hit.get("_score"), "distance_km": distance, "reasons": list(explained)}


def msearch(bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    searches: list[dict[str, Any]] = []
    for body in bodies:
        searches += [{"index": mappings.alias("vacancies")}, body]
    resp = _call(es().msearch, searches=searches, filter_path=["responses." + f for f in SEARCH_FIELDS]
                 + ["responses.error", "responses.status"])
    return msearch_responses(resp)


def search(args: SearchArgs, plan: Plan, ladder: tuple[str, ...], w: dict[str, Any],
           level_of_all: str | None = None, then: Plan | None = None,
           then_first: bool = False) -> dict[str, Any]:
    """The page filled down the ladder. The first level first; when it holds fewer than
    ladder_fill hits, the other levels in one more round trip (msearch); beyond the first page,
    one more for the slices the page needs. then: the plan with its softer conditions relaxed
    (a schedule, a type, a group): when every level holds fewer than ladder_fill, its levels
    follow (one more round trip), without the postings shown above (宁波 注塑 夜班: Ningbo's
    injection moulding jobs that do not say 夜班, after those that do and their related jobs)."""
    a = plan.args
    fill = w["text"]["ladder_fill"] if a.fill else 1  # 1: the first level that answers, alone
    built: dict[int, dict[str, Any]] = {}
    own = len(ladder)

    def body(n: int) -> dict[str, Any]:  # built when first needed: most searches never need the lower levels
        if n not in built and n < own:
            built[n] = queries.vacancy_search(args, plan=plan, level=ladder[n], weights=w, above=ladder[:n])
        elif n not in built:  # a relaxed level: not what a level of the plan shows (its query, in must_not)
            assert then is not None
            shown = tuple(_matching(body(i)["query"]) for i in range(own))
            k = n - own
            built[n] = queries.vacancy_search(args, plan=then, level=ladder[k], weights=w, above=ladder[:k],
                                              exclude=shown)
        return built[n]

    ladder_cursor = a.search_after is not None and bool(a.search_after) \
        and a.search_after[0] == queries.LADDER_TAG
    first = not a.search_after and a.page == 1

    def sized(n: int, size: int) -> dict[str, Any]:
        return {**_no_paging(body(n)), "from": 0, "size": size if first else 0}

    # the first level alone; the others (one round trip) only when it holds too few
    responses = msearch([sized(0, a.per_page)])
    if responses[0]["hits"]["total"]["value"] < fill and len(ladder) > 1:
        # a lower level's hits follow the first level's on page 1, so none needs more than the
        # rest of the page (top hits of a total order: a shorter list is a prefix of the longer);
        # size 0 when the first level fills it: the node counts without scoring a top list
        rest = max(0, a.per_page - responses[0]["hits"]["total"]["value"])
        responses += msearch([sized(n, rest) for n in range(1, len(ladder))])
    held = sum(r["hits"]["total"]["value"] for r in responses)
    # the page's order of levels: the plan's, then the relaxed plan's; with then_first, the relaxed
    # plan's strict levels (the job itself) before the plan's looser ones (related jobs)
    strict = [n for n in range(own) if ladder[n] in _STRICT]
    order = list(range(own))
    if then is not None and then_first:
        order = strict + [own + n for n in strict] + [n for n in range(own) if n not in strict] \
            + [own + n for n in range(own) if n not in strict]
    elif then is not None:
        order += [own + n for n in range(own)]
    if then is not None and held < fill:
        before = sum(responses[n]["hits"]["total"]["value"] for n in (strict if then_first else range(own)))
        responses += msearch([sized(n, max(0, a.per_page - before)) for n in range(own, 2 * own)])
    order = [n for n in order if n < len(responses)]
    totals = [r["hits"]["total"]["value"] for r in responses]
    used = 0
    while used < len(order) and (not used or sum(totals[n] for n in order[:used]) < fill):
        used += 1
    answering = [n for n in order[:used] if totals[n]]
    offset = int(a.search_after[1]) if ladder_cursor and a.search_after else (a.page - 1) * a.per_page
    page: list[tuple[int, dict[str, Any]]] = []
    # one level answering, or a sort-value cursor (from a page one level answered): that level alone
    single = (len(answering) <= 1 or bool(a.search_after)) and not ladder_cursor
    if single and answering:
        n = answering[0]
        if first:
            page = [(n, h) for h in responses[n]["hits"].get("hits", [])]
        else:
            page = [(n, h) for h in msearch([body(n)])[0]["hits"].get("hits", [])]
    elif answering:
        slices: list[tuple[int, int, int]] = []  # level, from, size
        start = 0
        for n in answering:
            lo, hi = max(offset, start), min(offset + a.per_page, start + totals[n])
            if lo < hi:
                slices.append((n, lo - start, hi - lo))
            start += totals[n]
        if first:
            page = [(n, h) for n, _, size in slices for h in responses[n]["hits"].get("hits", [])[:size]]
        elif slices:
            got = msearch([{**_no_paging(body(n)), "from": frm, "size": size} for n, frm, size in slices])
            page = [(n, h) for (n, _, _), r in zip(slices, got, strict=True)
                    for h in r["hits"].get("hits", [])]
    total = sum(totals[n] for n in order[:used])
    hits = [h for _, h in page][:a.per_page]
    if single:
        next_cursor = hits[-1]["sort"] if len(hits) == a.per_page and "sort" in hits[-1] else None
    else:
        end = offset + len(hits)
        next_cursor = [queries.LADDER_TAG, end] if len(hits) == a.per_page and end < total else None

    def level(n: int) -> str:  # a relaxed level's hits are related: they miss a stated condition
        return level_of_all or ("related" if n >= own else REPORTED.get(ladder[n], ladder[n]))

    levels_shown = [level(n) for n, _ in page][:a.per_page]
    best = levels_shown[0] if levels_shown else (level(answering[0]) if answering else None)
    # nothing met the softer conditions: they were relaxed, as relaxing.relax reports them
    understood = list(then.understood if then is not None and answering and answering[0] >= own
                      else plan.understood)
    memo: _Reasons = {}
    relaxed_memo: _Reasons = {}
    if "spelling" in ladder[:used] and totals[ladder.index("spelling")]:
        # the slips corrected (电汗工 -> 电焊工), whose hits rank below the literal ones
        understood += corrections(plan.remaining)
    return {
        "total": total,
        "total_is_exact": all(responses[n]["hits"]["total"]["relation"] == "eq" for n in order[:used]),
        "page": None if a.search_after else a.page,
        "per_page": a.per_page,
        "next_cursor": next_cursor,
        "hits": [{**(vacancy_hit(h, a.origin, plan.labels, plan.filter_reasons, memo) if n < own or not then
                     else vacancy_hit(h, a.origin, then.labels, then.filter_reasons, relaxed_memo)),
                  "match_level": lvl} for (n, h), lvl in zip(page, levels_shown, strict=False)],
        "facets": _merged_facets([responses[n].get("aggregations") for n in order[:used]])
        if a.facets else None,
        "understood": understood,
        "match_level": best,
        "suggestions": [],
    }


_STRICT = ("exact", "spelling", "partial")  # the job's own words; related and chars are other jobs


def _matching(query: dict[str, Any]) -> dict[str, Any]:
    """The query's match set without its scoring layers (function_score keeps its query's matches)."""
    while "function_score" in query:
        query = query["function_score"]["query"]
    return query


def _no_paging(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k not in ("from", "size", "search_after")}


def _merged_facets(aggs: list[dict[str, Any] | None]) -> dict[str, Any]:
    """The facets of the levels shown, their counts added up (the levels never share a hit)."""
    out: dict[str, dict[str, int]] = {}
    for part in aggs:
        for name, buckets in facets_of(part).items():
            into = out.setdefault(name, {})
            for b in buckets:
                into[b["key"]] = into.get(b["key"], 0) + b["count"]
    return {name: [{"key": k, "count": c} for k, c in sorted(b.items(), key=lambda kv: -kv[1])]
            if name != "salary_band" else [{"key": k, "count": c} for k, c in b.items()]
            for name, b in out.items()}



def facets_of(aggs: dict[str, Any] | None) -> dict[str, Any]:
    out = {}
    for name, agg in (aggs or {}).items():
        buckets = agg["buckets"]
        if isinstance(buckets, dict):  # keyed range
            out[name] = [{"key": k, "count": b["doc_count"]} for k, b in buckets.items()]
        else:
            out[name] = [{"key": str(b["key"]), "count": b["doc_count"]} for b in buckets]
    return out

