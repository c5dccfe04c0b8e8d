"""Read path: validated args -> pure query -> Elasticsearch -> hits with reasons."""

from __future__ import annotations

import datetime as dt
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
from recruit.search import (
    analysis,
    diversify,
    documents,
    ladder,
    mappings,
    pinyin,
    queries,
    reasons,
    relaxing,
)
from recruit.search import matching_queries as matching
from recruit.search import weights as weights_file
from recruit.search.client import call as _call
from recruit.search.client import es, msearch_responses
from recruit.search.exact_titles import plan_for_title
from recruit.search.intents import Plan
from recruit.search.queries_text import REPORTED, names_a_job
from recruit.search.search_args import SearchArgs
from recruit.vacancies import service as vacancies
from recruit.vacancies.models import Vacancy


def search_vacancies(args: SearchArgs) -> dict[str, Any]:
    """One page of a vacancy search. Understood conditions apply (intents.plan); the text goes
    down the ladder (exact -> partial -> related). The page is filled down the ladder: while the
    levels so far hold fewer than [text] ladder_fill hits, the next level's hits follow, each
    posting once, so an exact match never ranks below a relaxed one. match_level says the best
    level on the page, and each hit's own. When the levels hold fewer than ladder_fill, postings
    missing only a softer condition (a schedule, a type, a group) follow, as related. When every
    level finds nothing, understood filters become boosts (relaxing.relax, match_level related);
    with no answer at all, suggestions."""
    if term := pinyin.mixed(args.q):  # 幼儿园老shi: the titles its words spell, on every page alike
        result = search_vacancies(replace(args, q=term))
        result["understood"].append({"kind": "pinyin", "value": term, "text": args.q, "applied_as": "text"})
        return result
    w = weights_file.load()
    plan = plan_for_title(args, queries.plan_for(args, w), w, _call)
    a = plan.args
    levels = queries.levels(plan, w) if plan.remaining else ("exact",)
    filtered = any(u["applied_as"] == "filter" for u in plan.understood)
    # with understood filters, the characters of a title come after relaxing them (东莞 电焊工 日结:
    # Dongguan's welders before Dongguan's 电工 sharing two characters)
    chars = ("chars",) if filtered and "chars" in levels else ()
    levels = tuple(lvl for lvl in levels if lvl not in chars)
    if a.diversify:
        return _single_level_search(args, plan, levels + chars, w)
    stages = relaxing.relax_stages(plan)  # a group or a type first, the place typed last
    # too few meeting a softer condition (夜班, 日结, 退伍军人优先): the others follow them
    softer = relaxing.relax(args, plan, w, stages[0]) \
        if a.fill and stages and not stages[0] & set(relaxing.RELAX_LAST) else None
    relaxed_first = softer is not None
    if softer is None and a.fill:  # too few in a county typed (昆山, 岳麓区): its city's follow
        softer = relaxing.widen(plan)
    searched_wide = None if relaxed_first else softer  # its levels answered nothing: not again below
    result = ladder.search(args, plan, levels, w, then=softer,
                           then_first=relaxed_first and relaxing.preferences_only(plan, stages[0]))
    if not result["total"] and a.fill:
        for stage in stages[1:] if relaxed_first else stages:
            if "place" in stage and (wider := relaxing.widen(
                    relaxing.relax(args, plan, w, stage - {"place"}) or plan)) and wider != searched_wide:
                widened = ladder.search(args, wider, levels, w, level_of_all="related")
                if widened["total"]:
                    return widened
            relaxed = relaxing.relax(args, plan, w, stage)
            again = ladder.search(args, relaxed, levels, w, level_of_all="related") if relaxed else None
            if again and again["total"]:
                return again
        again = ladder.search(args, plan, chars, w) if chars else None
        if again and again["total"]:
            return again
        if plan.remaining and any(u["applied_as"] != "ignored" for u in plan.understood) \
                and not names_a_job(plan.remaining):
            # words nothing holds next to conditions that answer (没学历也能做): the conditions alone
            again = ladder.search(args, replace(plan, remaining=""), ("exact",), w, level_of_all="related")
            if again["total"]:
                return again
    if not result["total"] and (key := pinyin.spelled(args.q)):
        found = _pinyin(args, key)
        if found:
            return found
    if not result["total"] and a.fill and "words" in (last := queries.levels(plan, w, ("words",))):
        # a sentence nothing holds whole (帮人看小孩, 拍视频剪视频): any of its words, as related
        again = ladder.search(args, plan, last[1:], w, level_of_all="related")
        if again["total"]:
            again["suggestions"] = _suggestions(plan)
            return again
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



def _single_level_search(
    args: SearchArgs, plan: Plan, levels: tuple[str, ...], w: dict[str, Any],
) -> dict[str, Any]:
    """A diversified search: the first level that finds anything, alone (diversify.py pages it)."""
    a = plan.args
    window = w["diversify"]["window"]
    for level in levels:
        body = diversify.window_body(queries.vacancy_search(args, plan=plan, level=level, weights=w), window)
        resp = _call(es().search, index=mappings.alias("vacancies"), filter_path=ladder.SEARCH_FIELDS, **body)
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
        "hits": [{**ladder.vacancy_hit(h, a.origin, plan.labels, plan.filter_reasons),
                  "match_level": REPORTED.get(level, level)} for h in hits],
        "facets": ladder.facets_of(resp.get("aggregations")) if a.facets else None,
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
        found = _call(es().search, index=mappings.alias("vacancies"), filter_path=ladder.SEARCH_FIELDS,
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
            "hits": [ladder.vacancy_hit(h, origin) for h in resp["hits"]["hits"]]}


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
