"""A query that is exactly the title of a posting (兼职缝纫工, 东莞普工): the conditions read
out of its words rank instead of filtering, so the other postings of the job still come (the
exact title itself is protected in queries.vacancy_search). Decided by one lookup per request,
the same on every page (the ladder pages on the plan this returns)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from recruit.search import mappings, queries, relaxing
from recruit.search.client import es
from recruit.search.intents import Plan
from recruit.search.search_args import SearchArgs


def plan_for_title(args: SearchArgs, plan: Plan, w: dict[str, Any],
                   call: Callable[..., dict[str, Any]]) -> Plan:
    """plan, or plan with its understood filters softened (relaxing.soften) when the whole query
    is the title of a posting that the request's own filters admit. call: how the service calls
    Elasticsearch (an unreachable node is a 503)."""
    if not plan.remaining or not any(u["applied_as"] == "filter" for u in plan.understood):
        return plan
    title = queries.exact_title(args.q, w)
    soft = relaxing.soften(args, plan, w) if title is not None else None
    if soft is None or title is None:
        return plan
    own: dict[str, Any] = args.filters()
    body = {"size": 0, "terminate_after": 1, "track_total_hits": 1,
            "query": {"bool": {"filter": [*queries.vacancy_filters(**own),
                                          title["constant_score"]["filter"]]}}}
    resp = call(es().search, index=mappings.alias("vacancies"), **body, filter_path=["hits.total"])
    return soft if resp["hits"]["total"]["value"] else plan
