"""Understood filters given up or widened when too few postings meet them (docs/query-understanding.md,
第九–十一轮): relax() turns filters into named boosts, widen() a county into its city, soften() a
posted title's conditions into ranking. Pure: a Plan in, a Plan out."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from recruit.codes.enums import EDUCATION_ORDER
from recruit.search import queries_text, said
from recruit.search.intents import Plan
from recruit.search.search_args import SearchArgs

_named = queries_text.named  # a clause worth exactly its weight


# understood filters the last ladder level may turn into boosts, and the arguments they set
_RELAXABLE = {"place": (), "pay": ("salary_min",), "employment_type": ("employment_type",),
              "education": ("education",), "schedule": (), "pay_cycle": (), "experience": (), "sector": (),
              "group": ("welcomes",)}
# relaxed last, in this order (service.search_vacancies): pay and education, the place typed
RELAX_LAST = ("pay", "education", "place")


def preferences_only(p: Plan, kinds: frozenset[str]) -> bool:
    """Whether every understood filter of these kinds is a preference (夜班, 退伍军人优先, 电子厂: the job's
    own postings missing it before related jobs meeting it), not a need (暑假工, 日结, 兼职, 无经验)."""
    applied = [u for u in p.understood if u["applied_as"] == "filter" and u["kind"] in kinds]
    preference = {"group", "sector", "schedule:night"}
    return bool(applied) and all(u["kind"] in preference or f"{u['kind']}:{u['value']}" in preference
                                 for u in applied)


def relax_stages(p: Plan) -> tuple[frozenset[str], ...]:
    """The kinds of understood filter relax() turns into boosts, stage by stage (each includes the one
    before): a group, a schedule, a type...; then pay and education; the place last (Wuhan before Beijing)."""
    kinds = {u["kind"] for u in p.understood if u["applied_as"] == "filter" and u["kind"] in _RELAXABLE}
    first = kinds - set(RELAX_LAST)
    stages = (first, first | (kinds & {"pay", "education"}), kinds)
    return tuple(dict.fromkeys(frozenset(s) for s in stages if s))


def relax(original: SearchArgs, p: Plan, w: dict[str, Any],
          kinds_to_relax: frozenset[str] | None = None) -> Plan | None:
    """The plan with its understood place, pay floor, employment type, education and group
    filters (or those of kinds_to_relax) turned into named boosts (reported applied_as
    "relaxed"): the ladder's last resort when every filtered level found nothing. None when no
    understood filter of these kinds applies."""
    applied = [u for u in p.understood if u["applied_as"] == "filter" and u["kind"] in _RELAXABLE
               and (kinds_to_relax is None or u["kind"] in kinds_to_relax)]
    if not applied:
        return None
    weight = w["understanding"]["relaxed"]
    a = p.args
    clauses: list[dict[str, Any]] = []
    kinds = {u["kind"] for u in applied}
    if "place" in kinds and p.regions:
        clauses.append(_named({"terms": {"region_path": list(p.regions)}}, "understood_place", weight))
    if "pay" in kinds and a.salary_min is not None:
        clauses.append(_named({"range": {"salary_max": {"gte": a.salary_min}}}, "understood_pay", weight))
    if "employment_type" in kinds and a.employment_type:
        # the form's type, or the posting says it (工资日结 on a 全职 form), as the filter reads it
        says = [{"bool": {"filter": [{"term": {"said_conditions": t}} for t in tokens]}}
                for tokens in map(said.query_tokens, p.type_words) if tokens]
        clauses.append(_named({"bool": {"should": [{"terms": {"employment_type": list(a.employment_type)}},
                                                   *says], "minimum_should_match": 1}},
                              "understood_employment_type", weight))
    if "education" in kinds and a.education:
        clauses.append(_named({"range": {"education_rank": {"lte": EDUCATION_ORDER[a.education]}}},
                              "understood_education", weight))
    for kind, clause in p.conditions:  # schedule, pay cycle, experience
        if kind in kinds:
            clauses.append(_named(clause, f"understood_{kind}", weight))
    if "group" in kinds and a.welcomes and a.welcomes != original.welcomes:
        clauses.append(_named({"bool": {"should": [{"term": {"welcomed_groups": a.welcomes}},
                                                   {"term": {"said_conditions": a.welcomes}}]}},
                              f"welcomes_{a.welcomes}", weight))
    reverted = {f: getattr(original, f) for k in kinds for f in _RELAXABLE[k]}
    understood = tuple({**u, "applied_as": "relaxed"} if u in applied else u for u in p.understood)
    labels = dict(p.labels)
    if "place" in kinds:
        labels["understood_place"] = "/".join(str(u["text"]) for u in applied if u["kind"] == "place")
    return replace(p, args=replace(a, **reverted), regions=() if "place" in kinds else p.regions,
                   type_words=() if "employment_type" in kinds else p.type_words, understood=understood,
                   conditions=tuple(c for c in p.conditions if c[0] not in kinds),
                   labels=labels, relaxed=tuple(clauses))


def widen(p: Plan) -> Plan | None:
    """The plan with each understood county-level place widened to its city (邵东 -> 邵阳), still a
    filter (reported applied_as "widened"): before the place typed is given up. None when none is."""
    city = {r: r[:4] for r in p.regions if len(r) == 6 and r[4:] != "00"}
    if not city:
        return None
    understood = tuple({**u, "value": city[u["value"]], "applied_as": "widened"} if u["kind"] == "place"
                       and u["value"] in city else u for u in p.understood)
    return replace(p, regions=tuple(dict.fromkeys(city.get(r, r) for r in p.regions)), understood=understood)


def soften(original: SearchArgs, p: Plan, w: dict[str, Any]) -> Plan | None:
    """The plan with the understood filters relax() turns into boosts applied as ranking
    conditions (reported applied_as "boost", multiplied on the text score like a benefit): for a
    query that is exactly a posted title (兼职缝纫工), whose words are the job's name, not a
    condition on it. None when nothing would change."""
    r = relax(original, p, w)
    if r is None or not p.remaining:
        return None
    understood = tuple({**u, "applied_as": "boost"} if u["applied_as"] == "relaxed" else u
                       for u in r.understood)
    return replace(r, boosts=(*r.boosts, *r.relaxed), relaxed=(), understood=understood)
