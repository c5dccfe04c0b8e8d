"""Fixtures: one app per session on the real PostgreSQL and Elasticsearch.

Isolation: every test starts from empty tables (TRUNCATE after each test, so services can
really commit) and, when it asks for `search`, from fresh indices under its own prefix.
"""

from __future__ import annotations

import os
import secrets
import uuid

import pytest
import redis
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from recruit import config as config_module
from recruit import create_app
from recruit.extensions import db
from tests import pii_guard

pytest_plugins = ["tests.factories"]


def _test_database_url() -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    base = make_url(config_module.load()["SQLALCHEMY_DATABASE_URI"])
    return base.set(database=(base.database or "recruit") + "_test").render_as_string(
        hide_password=False)


def _require_services(db_url: str, es_url: str, redis_url: str | None) -> None:
    """A missing service fails the run: tests never silently skip the real thing."""
    problems = []
    try:
        engine = create_engine(db_url)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001
        problems.append(f"PostgreSQL at {make_url(db_url).render_as_string()}: {exc}")
    from elasticsearch import Elasticsearch

    try:
        Elasticsearch(es_url, request_timeout=5).cluster.health(wait_for_status="yellow",
                                                                 timeout="10s")
    except Exception as exc:  # noqa: BLE001
        problems.append(f"Elasticsearch at {es_url}: {exc}")
    if not redis_url or not redis_url.startswith("redis"):
        problems.append("Redis: RATELIMIT_STORAGE_URI is not set (deploy/test.sh starts one)")
    else:
        try:
            redis.Redis.from_url(redis_url, socket_timeout=5).ping()
        except redis.RedisError as exc:
            problems.append(f"Redis: {exc}")
    if problems:
        pytest.exit("real services are required (run ./deploy/test.sh):\n  "
                    + "\n  ".join(problems), returncode=3)


def _run_secrets() -> dict[str, str]:
    """Keys made for this run only: no test depends on a value anybody could know."""
    return {"SECRET_KEY": secrets.token_urlsafe(32), "JWT_SECRET_KEY": secrets.token_urlsafe(32),
            "PII_ENCRYPTION_KEY": Fernet.generate_key().decode(), "PII_HASH_KEY": secrets.token_urlsafe(32),
            "PII_ENCRYPTION_OLD_KEYS": "", "PII_CIPHER": "fernet"}


# in the environment, so the servers and workers the tests start get the same keys
os.environ.update(_run_secrets())
# this run's throttling counters, apart from any other run sharing the Redis
RATE_PREFIX = f"test-{uuid.uuid4().hex[:8]}"
# generous, so only the throttling tests (which lower one limit) ever see a 429
TEST_RATE_LIMITS = {name: "100000/minute" for name in config_module.load()["RATE_LIMITS"]}


@pytest.fixture(scope="session")
def app():
    db_url = _test_database_url()
    loaded = config_module.load()
    es_url = loaded["ELASTICSEARCH_URL"]
    _require_services(db_url, es_url, loaded["RATELIMIT_STORAGE_URI"])
    app = create_app({
        "RECRUIT_ENV": "test",
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": db_url,
        # the suite migrates its own database as its owner (never a MIGRATIONS_DATABASE_URL around)
        "MIGRATIONS_DATABASE_URL": None,
        "SEARCH_INDEX_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
        # cheap hashing in tests; production keeps argon2's defaults
        "ARGON2_TIME_COST": 1,
        "ARGON2_MEMORY_COST": 1024,
        "RATELIMIT_KEY_PREFIX": RATE_PREFIX,
        # this run's task queues, apart from the deployment's and other runs' (same Redis, /5)
        "TASK_KEY_PREFIX": f"{RATE_PREFIX}-tasks:",
        "RATE_LIMITS": dict(TEST_RATE_LIMITS),
        # tests search right after changing the index; tests/test_search_cache.py turns it on
        "SEARCH_CACHE_SECONDS": 0,
    })
    pii_guard.install(app)
    with app.app_context():
        with db.engine.begin() as conn:
            conn.execute(text("drop schema public cascade"))
            conn.execute(text("create schema public"))
        from flask_migrate import upgrade

        upgrade()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _clean_tables(request):
    if "app" in request.fixturenames:
        # set up first: the migrations' logging config would drop the guard's log handler
        request.getfixturevalue("app")
    pii_guard.start()
    yield
    if "app" not in request.fixturenames:
        pii_guard.finish(None)
        return  # a pure unit test never touched the database
    app = request.getfixturevalue("app")
    leaks = pii_guard.finish(app)
    _clear_throttling(app)
    with app.app_context():
        db.session.remove()
        tables = ", ".join(t.name for t in db.metadata.sorted_tables)
        with db.engine.begin() as conn:
            conn.execute(text(f"truncate {tables} restart identity cascade"))
    assert not leaks, leaks


def _clear_throttling(app) -> None:
    """Each test starts with no counters and no lockouts, and the default test limits."""
    app.config["RATE_LIMITS"] = dict(TEST_RATE_LIMITS)
    client = redis.Redis.from_url(app.config["RATELIMIT_STORAGE_URI"])
    keys = list(client.scan_iter(match=f"*{RATE_PREFIX}*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield
        db.session.remove()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def search(app):
    """Fresh indices under a per-test prefix; dropped afterwards."""
    from recruit.search import indexer

    app.config["SEARCH_INDEX_PREFIX"] = f"test-{uuid.uuid4().hex[:10]}"
    with app.app_context():
        indexer.ensure_indices()
    yield
    with app.app_context():
        pii_guard.collect_index_documents(app)
        indexer.drop_indices()
