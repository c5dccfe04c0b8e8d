"""One Elasticsearch client per app, built at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from elastic_transport import ConnectionError as ESConnectionError
from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.serializer import NdjsonSerializer, OrjsonSerializer
from flask import Flask, current_app

from recruit.errors import ServiceUnavailable


class OrjsonNdjsonSerializer(NdjsonSerializer):
    """Bulk and msearch bodies through orjson too (the client ships orjson only for plain JSON)."""

    json_dumps = OrjsonSerializer.json_dumps
    json_loads = OrjsonSerializer.json_loads


def init_app(app: Flask) -> None:
    # several nodes, comma-separated: the client spreads requests and retries another on a dead one
    hosts = [url.strip() for url in app.config["ELASTICSEARCH_URL"].split(",") if url.strip()]
    app.extensions["elasticsearch"] = Elasticsearch(
        hosts,
        request_timeout=app.config["ELASTICSEARCH_TIMEOUT"],
        retry_on_timeout=False,
        max_retries=1,
        # the compatibility-mode mimetypes take these too (the client copies them over)
        serializers={OrjsonSerializer.mimetype: OrjsonSerializer(),
                     OrjsonNdjsonSerializer.mimetype: OrjsonNdjsonSerializer()},
    )


def es() -> Elasticsearch:
    client: Elasticsearch = current_app.extensions["elasticsearch"]
    return client


# what the node answers while it cannot serve (an index not there yet, shards not allocated, a full
# queue, a tripped breaker; all shards failed comes as a 503): the client is told to retry,
# never given a 500
_UNAVAILABLE = {"index_not_found_exception", "no_shard_available_action_exception",
                "cluster_block_exception",
                "es_rejected_execution_exception", "circuit_breaking_exception",
                "node_not_connected_exception", "node_disconnected_exception"}


def _unavailable() -> ServiceUnavailable:
    return ServiceUnavailable("搜索服务暂不可用，请稍后重试", code="search_unavailable")


def call(fn: Callable[..., Any], **kwargs: Any) -> dict[str, Any]:
    """A request to the node; the node unreachable or unable to serve becomes a 503."""
    try:
        resp: dict[str, Any] = fn(**kwargs)
        return resp
    except (ESConnectionError, ConnectionTimeout) as exc:
        raise _unavailable() from exc
    except ApiError as exc:
        if exc.meta.status in (429, 503) or exc.error in _UNAVAILABLE:
            raise _unavailable() from exc
        raise


def msearch_responses(resp: dict[str, Any]) -> list[dict[str, Any]]:
    """msearch's answers; an item the node could not serve makes the search a 503."""
    out: list[dict[str, Any]] = resp["responses"]
    for r in out:
        if "error" in r:
            error = r["error"]
            kind = error.get("type") if isinstance(error, dict) else None
            if kind in _UNAVAILABLE or r.get("status") in (429, 503):
                raise _unavailable()
            raise RuntimeError(f"msearch item failed: {error}")
    return out
