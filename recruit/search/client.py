"""One Elasticsearch client per app, built at start-up."""

from __future__ import annotations

from elasticsearch import Elasticsearch
from flask import Flask, current_app


def init_app(app: Flask) -> None:
    app.extensions["elasticsearch"] = Elasticsearch(
        app.config["ELASTICSEARCH_URL"],
        request_timeout=app.config["ELASTICSEARCH_TIMEOUT"],
        retry_on_timeout=False,
        max_retries=1,
    )


def es() -> Elasticsearch:
    return current_app.extensions["elasticsearch"]
