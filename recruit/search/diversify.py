"""Diversified result pages that page completely (issue 14 item 7). Pure.

The diversified order of a search is fixed by its first `window` ranked hits (weights.toml
[diversify]): page after page, the best hits not yet shown, at most N of one employer per page;
when no other employer is left to fill a page, the rest fills it in rank order, so a page is
never short while results remain. Hits beyond the window follow in plain rank order. Every hit
appears once, pages never overlap, and page=k and the cursor agree: the cursor is the position
in that order (["div", offset]).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CURSOR_TAG = "div"


def diversify_hits(hits: list[dict[str, Any]], per_employer: int, limit: int) -> list[dict[str, Any]]:
    """At most per_employer hits of one employer, in rank order, up to limit."""
    seen: dict[int, int] = {}
    out = []
    for hit in hits:
        employer = hit["_source"]["employer_id"]
        if seen.get(employer, 0) < per_employer:
            seen[employer] = seen.get(employer, 0) + 1
            out.append(hit)
            if len(out) == limit:
                break
    return out


def order(ranked: Sequence[tuple[str, int]], per_employer: int, per_page: int) -> list[str]:
    """(id, employer) in rank order -> the ids in diversified order (see the module's rule)."""
    rank = {doc_id: n for n, (doc_id, _) in enumerate(ranked)}
    remaining = list(ranked)
    out: list[str] = []
    while remaining:
        page: list[tuple[str, int]] = []
        rest: list[tuple[str, int]] = []
        counts: dict[int, int] = {}
        for doc_id, employer in remaining:
            if len(page) < per_page and counts.get(employer, 0) < per_employer:
                counts[employer] = counts.get(employer, 0) + 1
                page.append((doc_id, employer))
            else:
                rest.append((doc_id, employer))
        missing = per_page - len(page)
        if missing > 0:  # only capped employers are left: they fill the page
            page += rest[:missing]
            rest = rest[missing:]
        out += sorted((doc_id for doc_id, _ in page), key=rank.__getitem__)
        remaining = rest
    return out


def offset_of(search_after: Sequence[int | float | str] | None, page: int, per_page: int) -> int:
    """Where a page starts in the diversified order: the cursor's offset or (page - 1) x per_page."""
    if search_after and search_after[0] == CURSOR_TAG:
        return int(search_after[1])
    return (page - 1) * per_page


def is_cursor(search_after: Sequence[int | float | str] | None) -> bool:
    return search_after is not None and bool(search_after) and len(search_after) == 2 \
        and search_after[0] == CURSOR_TAG and isinstance(search_after[1], int) and search_after[1] >= 0


def window_body(body: dict[str, Any], window: int) -> dict[str, Any]:
    """The ranked ids and employers of the first `window` hits (the facets ride along)."""
    out = {k: v for k, v in body.items() if k not in ("search_after", "from", "size", "_source")}
    return {**out, "from": 0, "size": window, "_source": ["id", "employer_id"]}


def ids_body(body: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    """The page's hits, with scores and matched clauses, by id."""
    query = {"bool": {"filter": [{"ids": {"values": ids}}], "must": [body["query"]]}}
    out = {k: v for k, v in body.items() if k not in ("search_after", "from", "size", "aggs", "query")}
    return {**out, "query": query, "from": 0, "size": len(ids), "track_total_hits": False}
