"""Liveness and readiness."""

from __future__ import annotations

import marshmallow as ma
from flask.views import MethodView
from flask_smorest import Blueprint
from sqlalchemy import text

from recruit.accounts.auth import PUBLIC, access
from recruit.extensions import db
from recruit.search.client import es

blp = Blueprint("health", __name__, description="运行状态")


class HealthSchema(ma.Schema):
    status = ma.fields.String()


class DependencySchema(ma.Schema):
    ok = ma.fields.Boolean()
    version = ma.fields.String(allow_none=True)
    error = ma.fields.String(allow_none=True)


class ReadySchema(ma.Schema):
    status = ma.fields.String()
    postgresql = ma.fields.Nested(DependencySchema)
    elasticsearch = ma.fields.Nested(DependencySchema)


def _postgres() -> dict:
    try:
        version = db.session.execute(text("show server_version")).scalar()
        db.session.rollback()
        return {"ok": True, "version": version}
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        db.session.rollback()
        return {"ok": False, "version": None, "error": type(exc).__name__}


def _elasticsearch() -> dict:
    try:
        health = es().options(request_timeout=3).cluster.health()
        nodes = es().options(request_timeout=3).nodes.info(filter_path="nodes.*.version")
        versions = sorted({n["version"] for n in nodes["nodes"].values()})
        ok = health["status"] in ("green", "yellow")
        return {"ok": ok, "version": ",".join(versions),
                "error": None if ok else f"cluster {health['status']}"}
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "version": None, "error": type(exc).__name__}


@blp.route("/healthz")
class Healthz(MethodView):
    @access(blp, PUBLIC)
    @blp.response(200, HealthSchema)
    def get(self):
        """进程存活"""
        return {"status": "ok"}


@blp.route("/readyz")
class Readyz(MethodView):
    @access(blp, PUBLIC)
    @blp.response(200, ReadySchema)
    @blp.alt_response(503, schema=ReadySchema, description="依赖服务不可用")
    def get(self):
        """PostgreSQL 与 Elasticsearch 是否可用（含版本）"""
        pg, search = _postgres(), _elasticsearch()
        ok = pg["ok"] and search["ok"]
        body = {"status": "ready" if ok else "unavailable", "postgresql": pg,
                "elasticsearch": search}
        return body, 200 if ok else 503
