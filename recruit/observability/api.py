"""Operators' views of the machinery: Prometheus's /metrics and the task queues' depth."""

from __future__ import annotations

import ipaddress
from typing import Any

import marshmallow as ma
from flask import Response, current_app, request
from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import PUBLIC, access
from recruit.errors import NotFound
from recruit.observability import metrics

blp = Blueprint("observability", __name__, description="运行监控")


class QueueSchema(ma.Schema):
    name = ma.fields.String()
    waiting = ma.fields.Integer()


class QueuesSchema(ma.Schema):
    ok = ma.fields.Boolean(metadata={"description": "任务队列（Redis）是否可达"})
    queues = ma.fields.List(ma.fields.Nested(QueueSchema))
    unacked = ma.fields.Integer(allow_none=True,
                                metadata={"description": "已被工作进程取走、尚未完成（含等待重试）的任务数"})
    search_outbox = ma.fields.Integer(allow_none=True, metadata={"description": "待同步到搜索引擎的行数"})
    search_outbox_oldest_seconds = ma.fields.Float(allow_none=True)


def allowed_scraper(address: str | None, networks: list[str]) -> bool:
    """The caller's address (after ProxyFix, the client's) is inside one of the networks."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(n, strict=False) for n in networks)


@blp.route("/metrics")
class Metrics(MethodView):
    @access(blp, PUBLIC)
    @blp.doc(responses={
        "200": {"description": "Prometheus 文本格式",
                "content": {"text/plain": {"schema": {"type": "string"}}}},
        "404": {"description": "调用方地址不在 METRICS_NETWORKS 内（默认仅本机）"}})
    def get(self) -> Response:
        """Prometheus 指标（仅限 METRICS_NETWORKS 内的采集端，其余一律 404）"""
        if not allowed_scraper(request.remote_addr, current_app.config["METRICS_NETWORKS"]):
            raise NotFound()
        body = metrics.exposition(current_app.config["PROMETHEUS_MULTIPROC_DIR"])
        return Response(body, mimetype="text/plain", headers={"Cache-Control": "no-store"},
                        content_type="text/plain; version=0.0.4; charset=utf-8")


@blp.route("/api/v1/ops/queues")
class Queues(MethodView):
    @access(blp, "operator", "admin")
    @blp.response(200, QueuesSchema)
    def get(self) -> dict[str, Any]:
        """后台任务队列积压（各队列等待数、执行中数）与搜索同步积压"""
        return metrics.queue_status()
