"""Understood conditions -> search filters and named boosts (the rule table of
docs/query-understanding.md, applied). Pure: SearchArgs and an Understanding in, values out.

An explicit request parameter wins over the same kind understood in the query (the intent is
reported as "overridden"); 附近 without the user's location is reported as "ignored".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, cast

from recruit.codes.enums import BENEFITS, EDUCATION_LEVELS, EDUCATION_ORDER, EMPLOYMENT_TYPES, PRIORITY_GROUPS
from recruit.search import said
from recruit.search.search_args import SearchArgs
from recruit.search.understanding import Intent, Understanding

# a posting offering the wider benefit offers the narrower one too
_IMPLIED = {"housing": ("room_and_board",), "meals": ("room_and_board",),
            "social_insurance": ("social_insurance_housing_fund",)}


@dataclass(frozen=True)
class Plan:
    """What a search applies: its filter arguments, extra named ranking clauses, the
    understood conditions as reported, and the reason texts of the clauses it named."""

    args: SearchArgs
    regions: tuple[str, ...]  # understood places (OR), when the request gave no region
    boosts: tuple[dict[str, Any], ...]
    understood: tuple[dict[str, Any], ...]
    labels: dict[str, str]
    remaining: str  # the text left for the text search
    relaxed: tuple[dict[str, Any], ...] = ()  # understood filters turned into boosts (relax)
    # the understood employment type's words (日结, 周末兼职): a posting saying them in its title or
    # description satisfies the filter too (the form's type is often left at 全职)
    type_words: tuple[str, ...] = ()

    @property
    def filter_reasons(self) -> tuple[str, ...]:
        """Reason codes of understood filters: every hit satisfies them."""
        named = {b["constant_score"]["_name"] for b in (*self.boosts, *self.relaxed)}
        return tuple(c for c in self.labels if c not in named)


def _named(clause: dict[str, Any], name: str, boost: float) -> dict[str, Any]:
    return {"constant_score": {"filter": clause, "boost": boost, "_name": name}}


def pay_label(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"月薪{low}-{high}"
    return f"月薪{low}以上" if low is not None else f"月薪{high}以下"


def _report(i: Intent, applied_as: str) -> dict[str, Any]:
    value = list(i.value) if isinstance(i.value, tuple) else i.value
    return {"kind": i.kind, "value": value, "text": i.text, "applied_as": applied_as}


def plan(args: SearchArgs, u: Understanding, w: dict[str, Any]) -> Plan:
    """Apply each understood intent to the arguments (filters) or as a named should clause."""
    uw = w["understanding"]
    changes: dict[str, Any] = {}
    regions: list[str] = []
    boosts: list[dict[str, Any]] = []
    labels: dict[str, str] = {}
    out: list[dict[str, Any]] = []
    first: set[str] = set()
    type_words: list[str] = []
    types = [cast(str, i.value) for i in u.of_kind("employment_type")]
    for i in u.intents:
        how = i.applied_as
        value: Any = i.value  # its type depends on the kind (understanding.Intent)
        if i.kind == "employment_type":
            if args.employment_type is not None:
                how = "overridden"
            else:
                changes["employment_type"] = tuple(dict.fromkeys(types))
                type_words.append(i.text)
                labels["understood_employment_type"] = "/".join(EMPLOYMENT_TYPES[t] for t in types)
        elif i.kind == "pay":
            low, high = value
            if i.kind in first:
                how = "overridden"  # the first pay applies
            elif low is not None and args.salary_min is None and args.salary_max is None:
                changes["salary_min"] = low
                labels["understood_pay"] = pay_label(low, None)
                if high is not None:
                    boosts.append(_named({"range": {"salary_min": {"lte": high}}}, "understood_pay_range",
                                         uw["pay_ceiling"]))
                    labels["understood_pay_range"] = pay_label(low, high)
            elif low is None and args.salary_min is None and args.salary_max is None:
                boosts.append(_named({"range": {"salary_min": {"lte": high}}}, "understood_pay_range",
                                     uw["pay_ceiling"]))
                labels["understood_pay_range"] = pay_label(None, high)
            else:
                how = "overridden"
        elif i.kind == "education":
            if args.education is not None or i.kind in first:
                how = "overridden"
            else:
                changes["education"] = value
                labels["understood_education"] = "学历不限" if value == "none" else \
                    f"{EDUCATION_LEVELS[value]}可报"
        elif i.kind == "place":
            if args.region is not None:
                how = "overridden"
            else:
                regions.append(value)
        elif i.kind == "near":
            if args.origin is None:
                how = "ignored"
            elif args.radius_km is None:
                changes["radius_km"] = float(uw["near_km"])
                labels["understood_near"] = f"{uw['near_km']}公里内"
        elif i.kind == "employer" and value == "key_enterprise":
            if args.key_enterprise is not None:
                how = "overridden"
            else:
                changes["key_enterprise"] = True
                labels["understood_key_enterprise"] = "重点企业"
        elif i.kind == "employer":  # state_owned: the index has no ownership, so words rank
            boosts.append(_named({"multi_match": {"query": uw["state_owned_words"],
                                                  "fields": ["employer_name_words", "description_words"]}},
                                 "understood_state_owned", uw["state_owned"]))
            labels["understood_state_owned"] = "国企/事业单位"
        elif i.kind == "group" and how == "filter" and args.welcomes is None and "welcomes" not in changes:
            changes["welcomes"] = value  # queries.vacancy_filters: welcomed, or said (退役军人优先)
            labels["understood_group"] = f"欢迎{PRIORITY_GROUPS[value]}"
        elif i.kind == "group":
            how = "boost"
            boosts.append(_named({"bool": {"should": [{"term": {"welcomed_groups": value}},
                                                      {"term": {"said_conditions": value}}]}},
                                 f"welcomes_{value}", uw["group"]))
        elif i.kind == "benefit":
            if args.benefits is not None and value in args.benefits:
                how = "overridden"
            else:
                name = f"benefit_{value}"
                # the form's benefit, or the posting says it (包住 in the description, not 不包住)
                offered = [value, *_IMPLIED.get(value, ())]
                boosts.append(_named({"bool": {"should": [
                    {"terms": {"benefits": offered}}, {"terms": {"said_conditions": offered}}]}},
                    name, uw["benefit"]))
                labels[name] = i.text if len(i.text) <= 6 else BENEFITS[value]
        elif i.kind == "experience":
            boosts.append(_named({"range": {"experience_min_years": {"lte": value}}},
                                 "understood_experience", uw["experience"]))
            labels["understood_experience"] = "无需经验" if value == 0 else f"{value}年经验可"
        first.add(i.kind)
        out.append(_report(i, how))
    return Plan(replace(args, **changes), tuple(dict.fromkeys(regions)), tuple(boosts), tuple(out), labels,
                u.remaining, type_words=tuple(dict.fromkeys(type_words)))


# understood filters the last ladder level may turn into boosts, and the arguments they set
_RELAXABLE = {"place": (), "pay": ("salary_min",), "employment_type": ("employment_type",),
              "education": ("education",), "group": ("welcomes",)}
# the order filters relax in (service.search_vacancies): a welcomed group, a schedule or an
# employment type first, then pay and education, the place the person typed last
RELAX_LAST = ("pay", "education", "place")


def relax_stages(p: Plan) -> tuple[frozenset[str], ...]:
    """The kinds of understood filter relax() turns into boosts, stage by stage (each stage
    includes the one before): a group, a schedule, an employment type; then pay and education;
    the place last (a Wuhan jobseeker does not want Beijing's postings first)."""
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
                   labels=labels, relaxed=tuple(clauses))


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
