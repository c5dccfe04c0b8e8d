"""recruit: the backend of a national online-recruitment campaign platform."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from types import ModuleType

from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Flask, Response, jsonify
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter, Map

from recruit import config as config_module
from recruit import (
    headers,
    input_guard,
    messages,  # noqa: F401 - Chinese defaults for every schema
    replica,
    taskqueue,
    throttle,
)
from recruit.accounts import sessions
from recruit.errors import error_body, register_handlers, schema_name
from recruit.extensions import api, db, jwt, migrate
from recruit.json_provider import OrjsonProvider
from recruit.observability import logs, metrics
from recruit.search import client as search_client


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.json = OrjsonProvider(app)
    app.url_map.converters["int"] = _DatabaseInt
    app.config.update(config_module.load(config))
    config_module.check_secrets(app.config)
    config_module.check_rate_limit_store(app.config)
    if app.config["TRUSTED_PROXIES"]:
        n = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore[method-assign]
    # JSON lines with the request id; every root handler masks resident ID numbers
    logs.configure(app.config["LOG_FORMAT"])
    # one line per Elasticsearch request is noise; failures still surface as warnings
    logging.getLogger("elastic_transport").setLevel(logging.WARNING)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(_root() / "migrations"))
    jwt.init_app(app)
    throttle.init_app(app)
    headers.init_app(app)
    logs.init_app(app)
    metrics.init_app(app)
    taskqueue.init_app(app)
    replica.init_app(app)
    _jwt_errors()
    api.init_app(app, spec_kwargs={
        "marshmallow_plugin": MarshmallowPlugin(schema_name_resolver=schema_name),
        "components": {"securitySchemes": {
            "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
            # partner platforms' keys (recruit/partners): created by admins, hashed at rest
            "partnerKey": {"type": "apiKey", "in": "header", "name": "X-Partner-Key"}}}})
    search_client.init_app(app)
    _register_models()
    _register_views(app)
    register_handlers(app, api, _release_session)
    input_guard.init_app(app)
    return app


def _release_session() -> None:
    """End the request's session; on a dead connection, invalidate it instead of rolling back."""
    try:
        db.session.remove()
    except Exception:
        db.session().invalidate()
        db.session.registry.clear()
        raise


class _DatabaseInt(IntegerConverter):
    """Path ids fit PostgreSQL's integer: a larger one is a 404, not a database error."""

    def __init__(self, map: Map, fixed_digits: int = 0, min: int | None = None,  # noqa: A002
                 max: int | None = 2**31 - 1, signed: bool = False) -> None:
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def _root() -> Path:
    return Path(__file__).resolve().parent.parent


# The app factory's registry. Loaded when an app is made, not when the package is imported: each
# model imports recruit.extensions (defined by this package first), and the views sit on top of
# every service, so the lower layers import recruit.* without pulling them in.
MODEL_MODULES = ("accounts", "applications", "audit", "campaigns", "contacts", "employers", "fairness",
                 "jobseekers", "notifications", "notify", "partners", "reporting", "saved_searches",
                 "search", "vacancies")
# API blueprints, in the OpenAPI document's order
API_MODULES = ("health", "accounts.api", "employers.api", "vacancies.api", "jobseekers.api",
               "applications.api", "search.api", "reporting.api", "contacts.api", "saved_searches.api",
               "campaigns.api", "audit.api", "verification.api", "observability.api", "notifications.api",
               "partners.api", "fairness.api")
# modules that register themselves when loaded: the Celery tasks, the pages on views.bp and
# ops_blueprint.bp
SELF_REGISTERING = ("tasks", "web.employer_pages", "web.employer_queue", "web.ops", "web.ops_campaigns",
                    "web.queues")


def _load(name: str) -> ModuleType:
    return importlib.import_module(f"recruit.{name}")


def _register_models() -> None:
    """Every model, so metadata (and Alembic) sees all tables."""
    for name in MODEL_MODULES:
        _load(f"{name}.models")


def _register_views(app: Flask) -> None:
    for name in SELF_REGISTERING:
        _load(name)
    for name in API_MODULES:
        api.register_blueprint(_load(name).blp)
    app.register_blueprint(_load("web.views").bp)  # employer HTML pages: outside the OpenAPI spec
    app.register_blueprint(_load("web.ops_blueprint").bp)  # operator dashboard and queues, likewise
    app.cli.add_command(_load("cli").cli)


def _jwt_errors() -> None:
    def _reply(message: str, code: str) -> tuple[Response, int]:
        return jsonify(error_body(401, code, message)), 401

    jwt.unauthorized_loader(lambda reason: _reply("需要登录（缺少 Bearer 令牌）", "missing_token"))
    jwt.invalid_token_loader(lambda reason: _reply("登录凭证无效", "invalid_token"))
    jwt.expired_token_loader(lambda header, payload: _reply("登录已过期，请重新登录", "token_expired"))
    jwt.revoked_token_loader(lambda header, payload: _reply("登录已失效（已退出或密码已修改），请重新登录",
                                                            "token_revoked"))
    # every request: the token's session is live and the account's token version unchanged
    jwt.token_in_blocklist_loader(lambda header, payload: sessions.token_revoked(payload))
