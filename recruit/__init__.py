"""recruit: the backend of a national online-recruitment campaign platform."""

from __future__ import annotations

import logging
from pathlib import Path

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


def _register_models() -> None:
    # every model, so metadata (and Alembic) sees all tables; imported here, not at the top: the
    # package is imported before any of them (each model imports recruit.extensions)
    import recruit.accounts.models  # noqa: F401
    import recruit.applications.models  # noqa: F401
    import recruit.audit.models  # noqa: F401
    import recruit.campaigns.models  # noqa: F401
    import recruit.contacts.models  # noqa: F401
    import recruit.employers.models  # noqa: F401
    import recruit.fairness.models  # noqa: F401
    import recruit.jobseekers.models  # noqa: F401
    import recruit.notifications.models  # noqa: F401
    import recruit.notify.models  # noqa: F401
    import recruit.partners.models  # noqa: F401
    import recruit.reporting.models  # noqa: F401
    import recruit.saved_searches.models  # noqa: F401
    import recruit.search.models  # noqa: F401
    import recruit.vacancies.models  # noqa: F401


def _register_views(app: Flask) -> None:
    # the views (API blueprints, HTML pages, CLI) sit on top of every service: imported when an
    # app is made, not when the package is (the lower layers import recruit.* without them)
    from recruit import (
        health,
        tasks,  # noqa: F401 - the background tasks, registered on the Celery app
    )
    from recruit.accounts import api as accounts
    from recruit.applications import api as applications
    from recruit.audit import api as audit
    from recruit.campaigns import api as campaigns
    from recruit.cli import cli
    from recruit.contacts import api as contacts
    from recruit.employers import api as employers
    from recruit.fairness import api as fairness
    from recruit.jobseekers import api as jobseekers
    from recruit.notifications import api as notifications
    from recruit.observability import api as observability
    from recruit.partners import api as partners
    from recruit.reporting import api as reporting
    from recruit.saved_searches import api as saved_searches
    from recruit.search import api as search
    from recruit.vacancies import api as vacancies
    from recruit.verification import api as verification
    from recruit.web import (  # noqa: F401 - pages on ops_blueprint and views.bp
        employer_pages,
        employer_queue,
        ops,
        ops_blueprint,
        ops_campaigns,
        queues,
        views,
    )

    for module in (health, accounts, employers, vacancies, jobseekers, applications, search,
                   reporting, contacts, saved_searches, campaigns, audit, verification, observability,
                   notifications, partners, fairness):
        api.register_blueprint(module.blp)
    app.register_blueprint(views.bp)  # employer HTML pages: outside the OpenAPI spec
    app.register_blueprint(ops_blueprint.bp)  # operator dashboard and queues, likewise
    app.cli.add_command(cli)


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
