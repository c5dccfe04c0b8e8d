"""Pure query builders: arguments in, Elasticsearch request body out."""

from __future__ import annotations

import datetime as dt

from recruit.search import analysis

MAX_WINDOW = 10_000


def vacancy_search(*, q: str | None = None, region: str | None = None,
                   salary_min: int | None = None, published_after: dt.datetime | None = None,
                   page: int = 1, per_page: int = 20) -> dict:
    filters: list[dict] = []
    if published_after is not None:
        filters.append({"range": {"published_at": {"gt": published_after.isoformat()}}})
    if region:
        filters.append({"term": {"region_path": region}})
    if salary_min is not None:
        # overlap: the vacancy pays at least what is asked at its top end
        filters.append({"range": {"salary_max": {"gte": salary_min}}})

    must: list[dict] = []
    should: list[dict] = []
    words = analysis.query_words(q or "")
    # the bigram fields see the query without its filler words
    text = "".join(words)
    if text:
        recall: list[dict] = [
            # every query bigram-window must mostly match: a single shared character is not enough
            {"match": {"title_bigrams": {"query": text, "minimum_should_match": "75%",
                                         "_name": "title_bigrams"}}},
        ]
        joined = " ".join(words)
        recall += [
            {"match": {"title_words": {"query": joined, "operator": "and", "boost": 3,
                                       "_name": "title_words"}}},
            {"match": {"description_words": {"query": joined, "operator": "and",
                                             "_name": "description_words"}}},
        ]
        must.append({"bool": {"should": recall, "minimum_should_match": 1}})
        should.append({"match_phrase": {"title_bigrams": {"query": text, "boost": 2,
                                                          "_name": "title_phrase"}}})

    body: dict = {
        "query": {"bool": {"must": must or [{"match_all": {}}], "filter": filters,
                           "should": should}},
        "from": (page - 1) * per_page,
        "size": per_page,
        "track_total_hits": True,
    }
    if not text:
        body["sort"] = [{"published_at": "desc"}, {"id": "desc"}]
    return body
