"""Liveness and readiness."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView
from flask_jwt_extended import get_jwt_identity, verify_jwt_in_request
from flask_jwt_extended.exceptions import JWTExtendedException
from flask_smorest import Blueprint
from jwt import PyJWTError
from sqlalchemy import text

from recruit.accounts import service as accounts
from recruit.accounts.auth import PUBLIC, access
from recruit.extensions import db
from recruit.search.client import es
from recruit.throttle import limiter

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
    redis = ma.fields.Nested(DependencySchema)


def _redis() -> dict:
    try:
        storage = limiter.storage
        ok = bool(storage.check())
        return {"ok": ok, "version": None, "error": None if ok else "unreachable"}
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "version": None, "error": type(exc).__name__}


def _staff() -> bool:
    """Versions help an attacker pick an exploit: only signed-in operators see them."""
    try:
        verify_jwt_in_request(optional=True)
        identity = get_jwt_identity()
    except (JWTExtendedException, PyJWTError):
        return False
    account = accounts.get_active(int(identity)) if identity and str(identity).isdigit() else None
    return account is not None and account.role in ("operator", "admin")


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
    def get(self) -> dict[str, str]:
        """进程存活"""
        return {"status": "ok"}


@blp.route("/readyz")
class Readyz(MethodView):
    @access(blp, PUBLIC)
    @blp.response(200, ReadySchema)
    @blp.alt_response(503, schema=ReadySchema, description="依赖服务不可用")
    def get(self) -> tuple[dict[str, Any], int] | tuple[dict[str, Any], int, dict[str, str]]:
        """PostgreSQL、Elasticsearch 与 Redis 是否可用（版本仅对已登录的运营人员显示）"""
        pg, search, store = _postgres(), _elasticsearch(), _redis()
        ok = pg["ok"] and search["ok"] and store["ok"]
        if not _staff():
            for dependency in (pg, search):
                dependency["version"] = None
        body = {"status": "ready" if ok else "unavailable", "postgresql": pg,
                "elasticsearch": search, "redis": store}
        if ok:
            return body, 200
        return body, 503, {"Retry-After": "5"}
