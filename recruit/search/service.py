"""Read path: validated args -> pure query -> Elasticsearch -> hits with reasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from recruit.accounts.models import Account
from recruit.applications.models import Application
from recruit.codes.enums import EMPLOYER_VISIBLE_GROUPS
from recruit.employers import verification
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.jobseekers.models import Jobseeker
from recruit.search import analysis, diversify, documents, intents, mappings, pinyin, queries, reasons
from recruit.search import matching_queries as matching
from recruit.search import weights as weights_file
from recruit.search.client import call as _call
from recruit.search.client import es, msearch_responses
from recruit.search.exact_titles import plan_for_title
from recruit.search.intents import Plan
from recruit.search.queries_text import REPORTED, corrections, names_a_job
from recruit.search.search_args import SearchArgs
from recruit.vacancies import service as vacancies
from recruit.vacancies.models import Vacancy

# what a search answer needs from the node; the rest (_index, _id, _shards ...) is not sent
_SEARCH_FIELDS = ["hits.total", "hits.hits._source", "hits.hits._score", "hits.hits.sort",
                  "hits.hits.matched_queries", "aggregations"]


_Reasons = dict[tuple[str, ...], list[dict[str, Any]]]


def _vacancy_hit(hit: dict[str, Any], origin: dict[str, Any] | None, labels: Mapping[str, str] | None = None,
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


def search_vacancies(args: SearchArgs) -> dict[str, Any]:
    """One page of a vacancy search. Understood conditions apply (intents.plan); the text goes
    down the ladder (exact -> partial -> related). The page is filled down the ladder: while the
    levels so far hold fewer than [text] ladder_fill hits, the next level's hits follow, each
    posting once, so an exact match never ranks below a relaxed one. match_level says the best
    level on the page, and each hit's own. When every level finds nothing, understood filters
    become boosts (intents.relax, match_level related); with no answer at all, suggestions."""
    if term := pinyin.mixed(args.q):  # 幼儿园老shi: the titles its words spell, on every page alike
        result = search_vacancies(replace(args, q=term))
        result["understood"].append({"kind": "pinyin", "value": term, "text": args.q, "applied_as": "text"})
        return result
    w = weights_file.load()
    plan = plan_for_title(args, queries.plan_for(args, w), w, _call)
    a = plan.args
    ladder = queries.levels(plan, w) if plan.remaining else ("exact",)
    filtered = any(u["applied_as"] == "filter" for u in plan.understood)
    # with understood filters, the characters of a title come after relaxing them (东莞 电焊工 日结:
    # Dongguan's welders before Dongguan's 电工 sharing two characters)
    chars = ("chars",) if filtered and "chars" in ladder else ()
    ladder = tuple(lvl for lvl in ladder if lvl not in chars)
    if a.diversify:
        return _single_level_search(args, plan, ladder + chars, w)
    result = _ladder_search(args, plan, ladder, w)
    if not result["total"] and a.fill:
        for stage in intents.relax_stages(plan):  # a group or a type first, the place typed last
            relaxed = intents.relax(args, plan, w, stage)
            again = _ladder_search(args, relaxed, ladder, w, level_of_all="related") if relaxed else None
            if again and again["total"]:
                return again
        again = _ladder_search(args, plan, chars, w) if chars else None
        if again and again["total"]:
            return again
        if plan.remaining and any(u["applied_as"] != "ignored" for u in plan.understood) \
                and not names_a_job(plan.remaining):
            # words nothing holds next to conditions that answer (没学历也能做): the conditions alone
            again = _ladder_search(args, replace(plan, remaining=""), ("exact",), w, level_of_all="related")
            if again["total"]:
                return again
    if not result["total"] and (key := pinyin.spelled(args.q)):
        found = _pinyin(args, key)
        if found:
            return found
    if not result["total"] and plan.remaining:
        result["suggestions"] = _suggestions(plan)
    return result


def _pinyin(args: SearchArgs, key: str) -> dict[str, Any] | None:
    """dianhangong spells 电焊工 and 点焊工 (key: the query spelled): a spelling found in a title
    wins, then an exact match."""
    found = [(term, r) for term in pinyin.terms_for(key, 3)
             if (r := search_vacancies(replace(args, q=term)))["total"]]
    if not found and (words := pinyin.respelled(args.q)):  # pugong baochizhu -> 普工 包吃住
        found = [(words, r)] if (r := search_vacancies(replace(args, q=words)))["total"] else []
    if not found:
        return None
    term, result = next((f for f in found if any(f[0] in h["title"] for h in f[1]["hits"])),
                        next((f for f in found if f[1]["match_level"] == "exact"), found[0]))
    result["understood"].append({"kind": "pinyin", "value": term, "text": args.q, "applied_as": "text"})
    return result


def _msearch(bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    searches: list[dict[str, Any]] = []
    for body in bodies:
        searches += [{"index": mappings.alias("vacancies")}, body]
    resp = _call(es().msearch, searches=searches, filter_path=["responses." + f for f in _SEARCH_FIELDS]
                 + ["responses.error", "responses.status"])
    return msearch_responses(resp)


def _ladder_search(args: SearchArgs, plan: Plan, ladder: tuple[str, ...], w: dict[str, Any],
                   level_of_all: str | None = None) -> dict[str, Any]:
    """The page filled down the ladder. The first level first; when it holds fewer than
    ladder_fill hits, the other levels in one more round trip (msearch); beyond the first page,
    one more for the slices the page needs."""
    a = plan.args
    fill = w["text"]["ladder_fill"] if a.fill else 1  # 1: the first level that answers, alone
    built: dict[int, dict[str, Any]] = {}

    def body(n: int) -> dict[str, Any]:  # built when first needed: most searches never need the lower levels
        if n not in built:
            built[n] = queries.vacancy_search(args, plan=plan, level=ladder[n], weights=w, above=ladder[:n])
        return built[n]

    ladder_cursor = a.search_after is not None and bool(a.search_after) \
        and a.search_after[0] == queries.LADDER_TAG
    first = not a.search_after and a.page == 1

    def sized(n: int, size: int) -> dict[str, Any]:
        return {**_no_paging(body(n)), "from": 0, "size": size if first else 0}

    # the first level alone; the others (one round trip) only when it holds too few
    responses = _msearch([sized(0, a.per_page)])
    if responses[0]["hits"]["total"]["value"] < fill and len(ladder) > 1:
        # a lower level's hits follow the first level's on page 1, so none needs more than the
        # rest of the page (top hits of a total order: a shorter list is a prefix of the longer);
        # size 0 when the first level fills it: the node counts without scoring a top list
        rest = max(0, a.per_page - responses[0]["hits"]["total"]["value"])
        responses += _msearch([sized(n, rest) for n in range(1, len(ladder))])
    totals = [r["hits"]["total"]["value"] for r in responses]
    used = 0
    while used < len(totals) and (not used or sum(totals[:used]) < fill):
        used += 1
    answering = [n for n in range(used) if totals[n]]
    offset = int(a.search_after[1]) if ladder_cursor and a.search_after else (a.page - 1) * a.per_page
    page: list[tuple[int, dict[str, Any]]] = []
    # one level answering, or a sort-value cursor (from a page one level answered): that level alone
    single = (len(answering) <= 1 or bool(a.search_after)) and not ladder_cursor
    if single and answering:
        n = answering[0]
        if first:
            page = [(n, h) for h in responses[n]["hits"].get("hits", [])]
        else:
            page = [(n, h) for h in _msearch([body(n)])[0]["hits"].get("hits", [])]
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
            got = _msearch([{**_no_paging(body(n)), "from": frm, "size": size} for n, frm, size in slices])
            page = [(n, h) for (n, _, _), r in zip(slices, got, strict=True)
                    for h in r["hits"].get("hits", [])]
    total = sum(totals[:used])
    hits = [h for _, h in page][:a.per_page]
    if single:
        next_cursor = hits[-1]["sort"] if len(hits) == a.per_page and "sort" in hits[-1] else None
    else:
        end = offset + len(hits)
        next_cursor = [queries.LADDER_TAG, end] if len(hits) == a.per_page and end < total else None
    levels_shown = [level_of_all or REPORTED.get(ladder[n], ladder[n]) for n, _ in page][:a.per_page]
    best = levels_shown[0] if levels_shown else (
        level_of_all or REPORTED.get(ladder[answering[0]], ladder[answering[0]]) if answering else None)
    understood = list(plan.understood)
    memo: _Reasons = {}
    if "spelling" in ladder[:used] and totals[ladder.index("spelling")]:
        # the slips corrected (电汗工 -> 电焊工), whose hits rank below the literal ones
        understood += corrections(plan.remaining)
    return {
        "total": total,
        "total_is_exact": all(r["hits"]["total"]["relation"] == "eq" for r in responses[:used]),
        "page": None if a.search_after else a.page,
        "per_page": a.per_page,
        "next_cursor": next_cursor,
        "hits": [{**_vacancy_hit(h, a.origin, plan.labels, plan.filter_reasons, memo), "match_level": lvl}
                 for h, lvl in zip(hits, levels_shown, strict=True)],
        "facets": _merged_facets([r.get("aggregations") for r in responses[:used]]) if a.facets else None,
        "understood": understood,
        "match_level": best,
        "suggestions": [],
    }


def _no_paging(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k not in ("from", "size", "search_after")}


def _merged_facets(aggs: list[dict[str, Any] | None]) -> dict[str, Any]:
    """The facets of the levels shown, their counts added up (the levels never share a hit)."""
    out: dict[str, dict[str, int]] = {}
    for part in aggs:
        for name, buckets in _facets(part).items():
            into = out.setdefault(name, {})
            for b in buckets:
                into[b["key"]] = into.get(b["key"], 0) + b["count"]
    return {name: [{"key": k, "count": c} for k, c in sorted(b.items(), key=lambda kv: -kv[1])]
            if name != "salary_band" else [{"key": k, "count": c} for k, c in b.items()]
            for name, b in out.items()}


def _single_level_search(
    args: SearchArgs, plan: Plan, ladder: tuple[str, ...], w: dict[str, Any],
) -> dict[str, Any]:
    """A diversified search: the first level that finds anything, alone (diversify.py pages it)."""
    a = plan.args
    window = w["diversify"]["window"]
    for level in ladder:
        body = diversify.window_body(queries.vacancy_search(args, plan=plan, level=level, weights=w), window)
        resp = _call(es().search, index=mappings.alias("vacancies"), filter_path=_SEARCH_FIELDS, **body)
        if resp["hits"]["total"]["value"]:
            break
    total = resp["hits"]["total"]["value"]
    hits, next_cursor = _diversified_page(a, body, resp, window, total) if total else ([], None)
    return {
        "total": total,
        "total_is_exact": resp["hits"]["total"]["relation"] == "eq",
        "page": None if a.search_after else a.page,
        "per_page": a.per_page,
        "next_cursor": next_cursor,
        "hits": [{**_vacancy_hit(h, a.origin, plan.labels, plan.filter_reasons),
                  "match_level": REPORTED.get(level, level)} for h in hits],
        "facets": _facets(resp.get("aggregations")) if a.facets else None,
        "understood": list(plan.understood),
        "match_level": REPORTED.get(level, level) if total else None,
        "suggestions": _suggestions(plan) if not total and plan.remaining else [],
    }


def _diversified_page(a: SearchArgs, body: dict[str, Any], resp: dict[str, Any], window: int,
                      total: int) -> tuple[list[dict[str, Any]], list[object] | None]:
    """One page of the diversified order (diversify.py): complete and non-overlapping in both
    paging modes. resp holds the first `window` ranked ids with their employers."""
    ranked = [(str(h["_source"]["id"]), h["_source"]["employer_id"]) for h in resp["hits"].get("hits", [])]
    offset = diversify.offset_of(a.search_after, a.page, a.per_page)
    assert a.diversify is not None  # a diversified search (search_vacancies)
    ids = diversify.order(ranked, a.diversify, a.per_page)[offset: offset + a.per_page]
    if len(ids) < a.per_page and len(ranked) == window:  # past the window: plain rank order
        start = max(offset, window)
        beyond = _call(es().search, index=mappings.alias("vacancies"), filter_path=["hits.hits._id"],
                       **{**diversify.window_body(body, window), "from": start,
                          "size": a.per_page - len(ids), "_source": False, "track_total_hits": False})
        ids += [h["_id"] for h in beyond["hits"].get("hits", [])]
    hits: list[dict[str, Any]] = []
    if ids:
        found = _call(es().search, index=mappings.alias("vacancies"), filter_path=_SEARCH_FIELDS,
                      **diversify.ids_body(body, ids))
        by_id = {str(h["_source"]["id"]): h for h in found["hits"].get("hits", [])}
        hits = [by_id[i] for i in ids if i in by_id]
    end = offset + len(ids)
    more = len(ids) == a.per_page and end < total
    return hits, [diversify.CURSOR_TAG, end] if more else None


def _suggestions(plan: Plan) -> list[str]:
    """What to try when nothing answers: titles the first word starts, and the query without
    its rarest word (the one fewest open postings contain)."""
    words = analysis.query_words(plan.remaining)
    out = typeahead(words[0], 5)["suggestions"] if words else []
    if len(words) > 1:
        resp = _call(es().msearch, searches=[
            part for word in words
            for part in ({"index": mappings.alias("vacancies")}, queries.word_count(word))])
        counts = [r["hits"]["total"]["value"] if "hits" in r else 0 for r in resp["responses"]]
        rarest = words[counts.index(min(counts))]
        q = (plan.args.q or "").lower()
        out.append(" ".join(q.replace(rarest, " ").split()) or " ".join(x for x in words if x != rarest))
    return list(dict.fromkeys(s for s in out if s))


def _facets(aggs: dict[str, Any] | None) -> dict[str, Any]:
    out = {}
    for name, agg in (aggs or {}).items():
        buckets = agg["buckets"]
        if isinstance(buckets, dict):  # keyed range
            out[name] = [{"key": k, "count": b["doc_count"]} for k, b in buckets.items()]
        else:
            out[name] = [{"key": str(b["key"]), "count": b["doc_count"]} for b in buckets]
    return out


def typeahead(prefix: str, size: int) -> dict[str, Any]:
    """Titles in the index for a prefix; Latin letters also as pinyin (dianhan, dhg -> 电焊工)."""
    spelled = pinyin.terms_for(key) if (key := pinyin.spelled(prefix)) else ()
    resp = _call(es().search, index=mappings.alias("vacancies"), **queries.typeahead(prefix, size, spelled))
    return {"suggestions": [b["key"] for b in resp["aggregations"]["titles"]["buckets"]]}


# ---- matching -------------------------------------------------------------------------------

def msearch_vacancies(bodies: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Several vacancy queries in one round trip; hits of each, in order."""
    if not bodies:
        return []
    searches: list[dict[str, Any]] = []
    for body in bodies:
        searches += [{"index": mappings.alias("vacancies")}, body]
    resp = _call(es().msearch, searches=searches)
    return [r["hits"]["hits"] for r in msearch_responses(resp)]


def explain_hit(hit: dict[str, Any], origin: dict[str, Any] | None) -> list[dict[str, Any]]:
    distance = reasons.haversine_km(origin, hit["_source"].get("location")) if origin else None
    return reasons.explain(hit.get("matched_queries", []), distance)


def recommend_for(account: Account, size: int) -> dict[str, Any]:
    profile = documents.jobseeker_profile(jobseekers.of_account(account))
    body = matching.recommendations(profile, size=size)
    resp = _call(es().search, index=mappings.alias("vacancies"), **body)
    origin = profile.point
    return {"total": resp["hits"]["total"]["value"],
            "total_is_exact": resp["hits"]["total"]["relation"] == "eq",
            "hits": [_vacancy_hit(h, origin) for h in resp["hits"]["hits"]]}


def candidates_for(account: Account, vacancy_id: int, size: int) -> dict[str, Any]:
    vacancy = vacancies.get_own(vacancy_id, account)
    verification.require_account_verified(account)
    doc = documents.vacancy_document(vacancy)
    body = matching.candidates(doc, vacancy.employer_id, size=size)
    resp = _call(es().search, index=mappings.alias("jobseekers"), **body)
    ids = [int(h["_id"]) for h in resp["hits"]["hits"]]
    rows = {j.id: j for j in db.session.scalars(select(Jobseeker).where(Jobseeker.id.in_(ids)))}
    # applied_only resumes: checked against the applications as they are now, not as indexed
    applied = set(db.session.scalars(
        select(Application.jobseeker_id).join(Vacancy, Vacancy.id == Application.vacancy_id).where(
            Vacancy.employer_id == vacancy.employer_id, Application.status != "withdrawn",
            Application.jobseeker_id.in_(ids))))
    hits = []
    for h in resp["hits"]["hits"]:
        j = rows.get(int(h["_id"]))
        if j is None or not documents.jobseeker_is_searchable(j) or (
                j.visibility == "applied_only" and j.id not in applied):
            continue  # changed since it was indexed; the outbox will catch up
        distance = reasons.haversine_km(doc.get("location"), h["_source"].get("location"))
        # whole kilometres: a finer distance from a known workplace would locate the home
        distance = float(round(distance)) if distance is not None else None
        hits.append({
            "jobseeker_id": j.id, "score": h["_score"], "distance_km": distance,
            "reasons": reasons.explain(h.get("matched_queries", []), distance),
            "name": j.name[:1] + "*" * max(len(j.name) - 1, 1),
            "gender": j.gender, "age": _age(j.birth_date),
            "education_level": j.education_level, "major": j.major,
            "experience_years": j.experience_years, "skills": list(j.skills or []),
            "region_code": j.current_region_code, "expected_salary": j.expected_salary,
            "groups": sorted(j.verified_groups() & EMPLOYER_VISIBLE_GROUPS),
        })
    return {"total": resp["hits"]["total"]["value"],
            "total_is_exact": resp["hits"]["total"]["relation"] == "eq", "hits": hits}


def _age(birth: dt.date) -> int:
    today = dt.date.today()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
