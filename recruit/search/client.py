"""One Elasticsearch client per app, built at start-up."""

from __future__ import annotations

from elasticsearch import Elasticsearch
from elasticsearch.serializer import NdjsonSerializer, OrjsonSerializer
from flask import Flask, current_app


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
