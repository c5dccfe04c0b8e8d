"""Understood conditions -> search filters and named boosts (the rule table of
docs/query-understanding.md, applied). Pure: SearchArgs and an Understanding in, values out.

An explicit request parameter wins over the same kind understood in the query (the intent is
reported as "overridden"); 附近 without the user's location is reported as "ignored".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, cast

from recruit.codes.enums import BENEFITS, EDUCATION_LEVELS, EMPLOYMENT_TYPES, PRIORITY_GROUPS
from recruit.search import analysis, concepts, queries_text, said, understanding_pay
from recruit.search import understanding_jobs as jobs
from recruit.search import understanding_words as vocab
from recruit.search.search_args import SearchArgs
from recruit.search.understanding import Intent, Understanding

_named = queries_text.named  # a clause worth exactly its weight
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
    # understood filters on fields SearchArgs has none for: (kind, clause) of pay_cycle, schedule
    # and experience (said_conditions, experience_min_years); relax() turns them into boosts
    conditions: tuple[tuple[str, dict[str, Any]], ...] = ()
    # ranking-only clauses, added to the score and never multiplied like boosts: which of the
    # postings a filter lets through come first (日结 said in words before a 临时工 form; the
    # titles a workplace word means before other jobs of its occupations)
    ranks: tuple[dict[str, Any], ...] = ()

    @property
    def filter_reasons(self) -> tuple[str, ...]:
        """Reason codes of understood filters: every hit satisfies them."""
        named = {b["constant_score"].get("_name") for b in (*self.boosts, *self.relaxed, *self.ranks)}
        return tuple(c for c in self.labels if c not in named)


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
    types = [cast(str, i.value) for i in u.of_kind("employment_type") if i.applied_as == "filter"]
    conditions: list[tuple[str, dict[str, Any]]] = []
    ranks: list[dict[str, Any]] = []
    stated = {k: [i for i in u.of_kind(k) if i.applied_as == "filter"] for k in ("schedule", "pay_cycle")}
    for i in u.intents:
        how = i.applied_as
        value: Any = i.value  # its type depends on the kind (understanding.Intent)
        if i.kind == "licence":  # what the seeker has: postings naming it, or its job (A2: 货车司机), first
            said_it = {"multi_match": {"query": _SKILL_WORDING.sub("", i.text) or i.text, "operator": "and",
                                       "fields": ["title_words", "description_words"]}}
            ids = list(vocab.LICENCE_CONCEPTS.get(value, (value,)))
            job = [{"terms": {"title_concepts": ids}}] if value else []
            boosts.append(_named({"bool": {"should": [said_it, *job]}}, "licence", uw["benefit"]))
            labels["licence"] = i.text
        elif i.kind == "not_job":  # 不想做销售: those jobs never come, relaxing or not
            never = [{"terms": {"title_concepts": list(value)}}]
            conditions.append(("not_job", {"bool": {"must_not": never}}))
            unwanted = jobs.NEGATION.sub("", i.text, count=1).lstrip("做干当搞跑去")  # 不想做销售 -> 销售
            labels["understood_not_job"] = f"非{unwanted}岗位"
        elif i.kind == "said":  # 不交押金, 地铁口, 女的: postings saying it first; the opposite never
            want, avoid, label = vocab.SAID_WANTS[value]
            if avoid:
                conditions.append((f"said_{value}", {"bool": {"must_not": [
                    {"terms": {"said_conditions": list(avoid)}}]}}))
            boosts.append(_named({"terms": {"said_conditions": list(want)}}, f"said_{value}", uw["benefit"]))
            labels[f"said_{value}"] = label
        elif i.kind == "zone":  # 光谷: the city filters (place), the districts it lies in rank
            boosts.append(_named({"terms": {"region_path": list(value)}}, "place_zone", uw["benefit"]))
            labels["place_zone"] = i.text
            in_text = {"multi_match": {"query": i.text, "type": "phrase",  # 光谷 in the posting: first of all
                                     "fields": ["title_words", "description_words", "employer_name_words"]}}
            boosts.append(_named(in_text, "place_zone_said", uw["benefit"]))
            labels["place_zone_said"] = f"在{i.text}"
        elif i.kind == "sector":
            clause = _sector(cast(str, value))
            if how == "filter":
                # 电子厂, 鞋厂: any factory's line work lets through (a 普工 posting rarely names the
                # factory), relaxable; the specific workplace's jobs and the word itself only rank
                broad = _sector("factory") if str(value).endswith("_factory") else clause
                product = i.text.removesuffix("厂").removesuffix("工")  # 灯饰厂: 灯饰 ranks, never filters
                named = i.text not in vocab.PHRASES["sector"]["factory"].split()
                says = {"multi_match": {"query": product if broad is clause else i.text, "operator": "and",
                                        "fields": ["title_words", "description_words"]}}
                made_there = broad is clause and bool(product) and named
                # 家具厂: a production job that names the product (封边工, 家具木工) is that factory's
                # work too, though no factory line title; it adds to the line work, never narrows it
                conditions.append(("sector", {"bool": {"should": [broad, {"bool": {"filter": [
                    says, {"term": {"occupation_path": "6"}}]}}], "minimum_should_match": 1}}
                    if made_there else broad))
                labels["understood_sector"] = i.text
                ranks.extend(_sector_ranks(clause, f"sector_{value}", uw))  # 普工 before a 6-99 guard
                labels[f"sector_{value}"] = i.text
                if broad is not clause or made_there:
                    ranks.append(_named(says, "sector_named",
                                        uw["sector_named"] if made_there else uw["sector"]))
                    labels["sector_named"] = i.text
            else:
                boosts.append(_named(clause, f"sector_{value}", uw["sector"]))
                labels[f"sector_{value}"] = i.text
        elif i.kind in ("schedule", "pay_cycle", *vocab.SUITED_JOBS) or (
                i.kind, how) == ("employment_type", "boost"):
            name, clause, label = _condition(i)
            if how == "filter" and i is stated[i.kind][0]:  # several of a kind: any of them
                conditions.append((i.kind, {"bool": {"should": [_condition(j)[1] for j in stated[i.kind]],
                                                     "minimum_should_match": 1}}))
                if value == "daily":  # among postings saying daily pay, the 临时工 forms first
                    ranks.append(_named(_DAILY_TYPE, "daily_temporary", uw["benefit"]))
                    labels["daily_temporary"] = "临时工"
            elif how != "filter":
                boosts.append(_named(clause, name, uw["benefit"]))
            labels[name if how != "filter" else f"understood_{i.kind}"] = label
            if i.kind == "age":  # 45岁: a posting whose stated age limit admits it first; one below never
                age = _age(i.text)
                too_old = {"term": {"said_conditions": f"age_no_{age}"}}
                conditions.append(("age", {"bool": {"must_not": [too_old]}}))
                admits = {"term": {"said_conditions": f"age_ok_{age}"}}  # ranks below the suited jobs
                ranks.append(_named(admits, "age_stated", uw["age_stated"]))
                labels["age_stated"] = f"{age}岁可报"
        elif i.kind == "experience" and how == "filter":
            if "experience" not in {k for k, _ in conditions}:
                conditions.append(("experience", {"range": {"experience_min_years": {"lte": value}}}))
                labels["understood_experience"] = "无需经验" if value == 0 else f"{value}年经验可"
        elif i.kind == "employment_type":
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
                # over the floor, a posting whose range starts at it before one whose top reaches it
                ranks.append(_named({"bool": {"should": [{"range": {"salary_min": {"gte": low}}},
                                                         {"range": {"said_salary_min": {"gte": low}}}]}},
                                    "understood_pay_min", uw["pay_min"]))
                labels["understood_pay_min"] = f"起薪{low}以上"
                if understanding_pay.pay_period(i.text) in ("day", "hour"):
                    # 日薪300, 时薪25: work paid by the day or hour first (a monthly one only meets the sum)
                    boosts.append(_named({"terms": {"said_conditions": ["daily_rate", "hourly_rate"]}},
                                         "pay_by_day", uw["benefit"]))
                    labels["pay_by_day"] = "按天/小时计薪"
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
                if value != "none":  # a 本科 holder wants 本科 jobs before 不限 ones
                    boosts.append(_named({"term": {"education_min": value}}, "understood_education_level",
                                         uw["education_level"]))
                    labels["understood_education_level"] = f"要求{EDUCATION_LEVELS[value]}"
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
        elif i.kind == "employer":  # 国企, 事业单位, 外企: the index has no ownership, so words rank
            code = "understood_state_owned" if value == "state_owned" else f"employer_{value}"
            words: dict[str, Any] = {"multi_match": {"query": uw[f"{value}_words"],
                                                     "fields": ["employer_name_words", "description_words"]}}
            if value == "public_institution":  # a hospital or a school by name, never a company
                company = {"match": {"employer_name_words": "公司 有限公司 有限责任公司 股份有限公司"}}
                by_name = {"match": {"employer_name_words": uw["public_institution_names"]}}
                words = {"bool": {"must": [by_name], "must_not": [company]}}
                said_so = {"match": {"description_words": uw["public_institution_words"]}}  # 公益一类事业单位
                boosts.append(_named(said_so, "employer_public_said", uw["state_owned"]))
                labels["employer_public_said"] = "事业单位"
            boosts.append(_named(words, code, uw["state_owned"]))
            labels[code] = i.text
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
        elif i.kind == "experience":  # 应届生: who the seeker is; open postings a little first
            boosts.append(_named({"range": {"experience_min_years": {"lte": value}}},
                                 "experience_open", uw["experience"]))
            labels["experience_open"] = "无需经验" if value == 0 else f"{value}年经验可"
        first.add(i.kind)
        out.append(_report(i, how))
    ranks.extend(_concept_ranks(u.remaining, uw))
    return Plan(replace(args, **changes), tuple(dict.fromkeys(regions)), tuple(boosts), tuple(out), labels,
                u.remaining, type_words=tuple(dict.fromkeys(type_words)), conditions=tuple(conditions),
                ranks=tuple(ranks))


# 会英语, 英语好, 电脑熟练 -> 英语, 电脑: the skill as postings name it (要求会英语 says 英语 too)
_SKILL_WORDING = re.compile(r"^(?:会用|会|懂|持有|持|有)|(?:很好|好|流利|熟练|标准)$")


def _age(text: str) -> int:
    """The age threshold (said.AGE_THRESHOLDS) a query's age phrase is held to: 45岁 -> 45, 48岁 -> 50,
    五十多岁 -> 55, 大龄 -> 40."""
    digits = "".join(ch for ch in text if ch.isdigit())
    age = int(digits[:2]) if len(digits) >= 2 else vocab.AGE_OF.get(text, 40)
    return min((t for t in said.AGE_THRESHOLDS if t >= age), default=said.AGE_THRESHOLDS[-1])


def _sector_ranks(clause: dict[str, Any], name: str | None, uw: dict[str, Any]) -> list[dict[str, Any]]:
    """The jobs' titles (worth more), then their occupations: of the postings a workplace or job
    word lets through, those named as the job first. Unnamed clauses rank without being a reason
    (the occupation is one already: occupation_inferred, concept_title)."""
    occupation, *titles = clause["bool"]["should"]
    title = {"bool": {"should": titles, "minimum_should_match": 1}}
    return [_named(title, name, uw["sector"]) if name else {"constant_score": {"filter": title,
                                                                               "boost": uw["sector"]}},
            {"constant_score": {"filter": occupation, "boost": uw["sector_occupation"]}}]


def _concept_ranks(remaining: str, uw: dict[str, Any]) -> list[dict[str, Any]]:
    """A query that is one everyday phrase for jobs (做饭, 打扫卫生): postings titled as those
    jobs first, then those in their occupations, before postings that merely say the word
    (做饭、打扫家务 in a nanny's description)."""
    word = remaining.replace(" ", "").lower()
    ids = concepts.lookup().get(word)
    # only an activity (a phrase of the concept): a title or short form already ranks by its words
    if not ids or len(remaining.split()) > 1 or not any(word in concepts.load()[i].phrases for i in ids):
        return []
    occupation, *titles = _titles_clause(tuple(sorted(set(concepts.codes_for(ids)))), ids)["bool"]["should"]
    # the word itself in the title counts as much: 带娃保姆 stays above 育儿嫂 for 带娃
    own = {"match": {"title_words": {"query": " ".join(analysis.query_words(remaining)), "operator": "and"}}}
    return _sector_ranks({"bool": {"should": [occupation, *titles, own]}}, None, uw)


@cache
def _sector(value: str) -> dict[str, Any]:
    """A posting of one of the jobs a workplace word means: in their occupations, titled so, or
    whose title's head is one of them (仓库叉车, 电商仓拣货 under a coarse 4-02: employers often pick
    only the middle group; 工厂保安's head is a guard, so it stays out of 工厂)."""
    _, codes, ids = vocab.SECTORS[value]
    clause = _titles_clause(codes, ids)
    return {"bool": {**clause["bool"], "should": [*clause["bool"]["should"],
                                                  {"terms": {"title_concepts": list(ids)}}]}}


@cache
def _titles_clause(codes: tuple[str, ...], ids: tuple[str, ...]) -> dict[str, Any]:
    """A posting in one of the occupations (first should clause), or titled as one of the concepts."""
    return {"bool": {"should": [{"terms": {"occupation_path": list(codes)}}, *queries_text.titled_as(ids)],
                     "minimum_should_match": 1}}


_SCHEDULES = {"night": "夜班", "evening": "晚上", "day_only": "白班/不上夜班", "weekend": "周末",
              "summer": "暑假工", "winter": "寒假工", "remote": "居家/线上", "short_term": "短期",
              "long_term": "长期"}
_DAILY_TYPE: dict[str, Any] = {"term": {"employment_type": "temporary"}}
_CYCLES = {"daily": ("daily_pay", "日结"), "weekly": ("weekly_pay", "周结"),
           "monthly": ("monthly_pay", "月结")}


def _condition(i: Intent) -> tuple[str, dict[str, Any], str]:
    """(reason name, clause, label) of a schedule, pay cycle, age or ranking-only employment type."""
    value = cast(str, i.value)
    if i.kind == "schedule":  # the posting says it (said.py reads title and description)
        # 晚上 下班后: an evening's hours, or a night shift (a 晚班 is either)
        said_it_is = {"terms": {"said_conditions": ["evening", "night"]}} if value == "evening" \
            else {"term": {"said_conditions": value}}
        return f"schedule_{value}", said_it_is, _SCHEDULES[value]
    if i.kind == "pay_cycle":
        token, label = _CYCLES[value]
        said_it: dict[str, Any] = {"term": {"said_conditions": token}}
        # 日结: the posting says when it pays (当天结); 日薪300 or a 临时工 form only ranks (_DAILY_TYPE)
        return f"pay_cycle_{value}", said_it, label
    if i.kind in vocab.SUITED_JOBS:  # never a filter: no vacancy field says it (age, 坐着); the jobs rank
        name, ids, label = vocab.SUITED_JOBS[i.kind]  # in their occupations, or titled as them
        return name, _titles_clause(concepts.codes_for(ids), ids), label
    says = [{"term": {"said_conditions": t}} for t in said.query_tokens(i.text)]
    return f"type_{value}", {"bool": {"should": [{"term": {"employment_type": value}}, *says],
                                      "minimum_should_match": 1}}, EMPLOYMENT_TYPES[value]
