"""Read path: validated args -> pure query -> Elasticsearch -> hits."""

from __future__ import annotations

from elastic_transport import ConnectionError as ESConnectionError
from elastic_transport import ConnectionTimeout

from recruit.errors import ServiceUnavailable
from recruit.search import mappings, queries
from recruit.search.client import es


def search_vacancies(args: dict) -> dict:
    body = queries.vacancy_search(**args)
    try:
        resp = es().search(index=mappings.alias("vacancies"), **body)
    except (ESConnectionError, ConnectionTimeout) as exc:
        raise ServiceUnavailable("搜索服务暂不可用，请稍后重试", code="search_unavailable") from exc
    hits = []
    for h in resp["hits"]["hits"]:
        src = h["_source"]
        hits.append({**src, "score": h.get("_score"), "matched": h.get("matched_queries", [])})
    return {"total": resp["hits"]["total"]["value"], "page": args["page"],
            "per_page": args["per_page"], "hits": hits}
