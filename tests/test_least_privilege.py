"""Least privilege for the services the deploy scripts run (issue 13, item 11).

Elasticsearch runs with security on: nothing answers without credentials, and each file-realm
user's role reaches only its own indices (deploy/elasticsearch.sh). PostgreSQL has an
application role that reads and writes rows but cannot change the schema; migrations run as the
tables' owner (deploy/postgres.sh, MIGRATIONS_DATABASE_URL).

These check the services deploy/ started (as CI runs them); with services given from outside
(ELASTICSEARCH_URL, DATABASE_URL) there is nothing of ours to check.
"""

import os
import uuid
from pathlib import Path

import pytest
from elasticsearch import AuthenticationException, AuthorizationException, Elasticsearch
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from recruit import create_app
from recruit.extensions import db
from tests.factories import (
    PASSWORD,
    employer_payload,
    register_and_login,
    resident_id,
    vacancy_payload,
    verify_employer,
)

HOME = Path(os.environ.get("RECRUIT_HOME", "/var/lib/recruit"))
SECRETS = HOME / "secrets"
# the app's index prefix when deploy/elasticsearch.sh wrote the roles
APP_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "recruit")

own_elasticsearch = pytest.mark.skipif(
    not os.environ.get("RECRUIT_OWN_ELASTICSEARCH"),
    reason="Elasticsearch was given by ELASTICSEARCH_URL, not started by deploy/")
own_postgres = pytest.mark.skipif(
    not os.environ.get("TEST_APP_DATABASE_URL"),
    reason="PostgreSQL was given by DATABASE_URL, not started by deploy/test.sh")


def _node(es_url: str) -> str:
    """The first node's address without credentials."""
    first = es_url.split(",")[0]
    scheme, rest = first.split("://", 1)
    return f"{scheme}://{rest.rsplit('@', 1)[-1]}"


def _es(app, user: str | None = None) -> Elasticsearch:
    node = _node(app.config["ELASTICSEARCH_URL"])
    if user is None:
        return Elasticsearch(node, request_timeout=10)
    password = (SECRETS / f"elasticsearch-{user}-password").read_text().strip()
    return Elasticsearch(node, basic_auth=(f"recruit_{user}", password), request_timeout=10)


@own_elasticsearch
def test_elasticsearch_answers_nothing_without_credentials(app):
    anonymous = _es(app)
    for call in (lambda: anonymous.cluster.health(),
                 lambda: anonymous.search(index=f"{app.config['SEARCH_INDEX_PREFIX']}-*"),
                 lambda: anonymous.indices.create(index=f"test-anon-{uuid.uuid4().hex[:8]}")):
        with pytest.raises(AuthenticationException) as refused:
            call()
        assert refused.value.meta.status == 401
    wrong = Elasticsearch(_node(app.config["ELASTICSEARCH_URL"]), basic_auth=("recruit_app", "wrong"),
                          request_timeout=10)
    with pytest.raises(AuthenticationException):
        wrong.cluster.health()


@own_elasticsearch
def test_elasticsearch_users_are_generated_per_installation_and_stored_hashed():
    users = (HOME / "es-config" / "users").read_text()
    for user in ("app", "test", "ops"):
        path = SECRETS / f"elasticsearch-{user}-password"
        assert path.stat().st_mode & 0o777 == 0o600
        password = path.read_text().strip()
        assert len(password) >= 32 and password not in users
        assert f"recruit_{user}:$2y$10$" in users  # bcrypt


@own_elasticsearch
def test_the_app_user_reaches_only_the_app_indices(app):
    es = _es(app, "app")
    assert es.cluster.health()["status"] in ("green", "yellow")  # monitor: /readyz
    assert es.nodes.info(filter_path="nodes.*.version")["nodes"]
    mine = f"{APP_PREFIX}-lp-{uuid.uuid4().hex[:8]}"
    es.indices.create(index=mine, settings={"number_of_replicas": 0})
    try:
        es.index(index=mine, id="1", document={"a": 1}, refresh=True)
        assert es.count(index=mine)["count"] == 1
        es.indices.update_aliases(actions=[{"add": {"index": mine, "alias": f"{mine}-alias"}}])
        # outside the prefix: an alias, an index of the tests, anything else
        foreign_alias = f"test-lp-{uuid.uuid4().hex[:8]}"
        with pytest.raises(AuthorizationException) as denied:
            es.indices.update_aliases(actions=[{"add": {"index": mine, "alias": foreign_alias}}])
        assert denied.value.meta.status == 403
    finally:
        es.indices.delete(index=mine)
    for call in (lambda: es.indices.create(index=f"test-lp-{uuid.uuid4().hex[:8]}"),
                 lambda: es.index(index=f"other-lp-{uuid.uuid4().hex[:8]}", document={"a": 1}),
                 lambda: es.search(index=f"{app.config['SEARCH_INDEX_PREFIX']}-vacancies"),
                 lambda: es.cluster.put_settings(persistent={"action.auto_create_index": "false"}),
                 lambda: es.snapshot.get_repository()):
        with pytest.raises(AuthorizationException) as denied:
            call()
        assert denied.value.meta.status == 403


@own_elasticsearch
def test_the_test_suite_cannot_touch_the_app_indices(app, search):
    # the suite's own client (its user from deploy/elasticsearch.sh --test) on its own indices
    from recruit.search.client import es as app_es

    with app.app_context():
        assert app_es().count(index=f"{app.config['SEARCH_INDEX_PREFIX']}-vacancies")["count"] == 0
        for call in (lambda: app_es().indices.create(index=f"{APP_PREFIX}-lp-{uuid.uuid4().hex[:8]}"),
                     lambda: app_es().search(index=f"{APP_PREFIX}-vacancies"),
                     lambda: app_es().indices.delete(index=f"{APP_PREFIX}-vacancies")):
            with pytest.raises(AuthorizationException) as denied:
                call()
            assert denied.value.meta.status == 403


def _app_role_url(app) -> str:
    """The application's role on the tests' database (the suite itself runs as the owner)."""
    test_db = make_url(app.config["SQLALCHEMY_DATABASE_URI"]).database
    return make_url(os.environ["TEST_APP_DATABASE_URL"]).set(database=test_db).render_as_string(
        hide_password=False)


@pytest.fixture
def role_app(app):
    """The app as deploy/run.sh runs it: DATABASE_URL is the application's role."""
    other = create_app({**app.config, "SQLALCHEMY_DATABASE_URI": _app_role_url(app),
                        "MIGRATIONS_DATABASE_URL": None})
    yield other
    with other.app_context():
        db.session.remove()
        db.engine.dispose()
    other.extensions["elasticsearch"].close()


@own_postgres
def test_the_app_runs_as_the_application_role(role_app):
    client = role_app.test_client()
    employer = register_and_login(client, "employer", "张经理")
    r = employer.post("/api/v1/employers", json=employer_payload())
    assert r.status_code == 201, r.get_json()
    verify_employer(role_app, r.get_json()["id"])
    r = employer.post("/api/v1/vacancies", json=vacancy_payload())
    assert r.status_code == 201, r.get_json()
    seeker = register_and_login(client, "jobseeker", "李娜")
    r = seeker.post("/api/v1/jobseekers/me", json={"name": "李娜", "resident_id": resident_id(),
                                                   "current_region_code": "420106"})
    assert r.status_code == 201, r.get_json()
    r = client.patch("/api/v1/jobseekers/me", headers=seeker.headers, json={"self_introduction": "电工"})
    assert r.status_code == 200, r.get_json()
    r = client.delete("/api/v1/jobseekers/me", headers=seeker.headers, json={"password": PASSWORD})
    assert r.status_code == 204, r.get_json()  # erasure: updates and deletes across many tables
    with role_app.app_context():
        assert db.session.scalar(text("select current_user")) == "recruit_app"


@own_postgres
def test_the_application_role_cannot_change_the_schema(app):
    engine = create_engine(_app_role_url(app), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("select current_user")) == "recruit_app"
            assert conn.scalar(text("select count(*) from pg_class c join pg_roles r on r.oid = c.relowner "
                                    "where r.rolname = current_user")) == 0
            assert conn.scalar(text("select has_schema_privilege('public', 'create')")) is False
            assert conn.scalar(text("select has_database_privilege(current_database(), 'create')")) is False
            # what the app needs beside rows: temporary tables (the counters' rebuild)
            conn.execute(text("create temporary table lp_scratch (x int) on commit drop"))
            conn.rollback()
            for ddl in ("create table lp_probe (id int)",
                        "alter table accounts add column lp_probe int",
                        "drop table accounts",
                        "truncate accounts",
                        "create index lp_probe on accounts (phone)",
                        "alter table accounts owner to recruit_app",
                        "create schema lp_probe",
                        "create view lp_probe as select 1",
                        "create function lp_probe() returns int language sql as 'select 1'"):
                with pytest.raises(ProgrammingError) as refused:
                    conn.execute(text(ddl))
                assert refused.value.orig.sqlstate == "42501", ddl  # insufficient_privilege
                conn.rollback()
    finally:
        engine.dispose()


@own_postgres
def test_migrations_run_as_the_owner_never_as_the_application_role(app, role_app):
    from flask_migrate import downgrade, upgrade

    # the app's role alone: the last migration cannot be undone (nothing changes: one transaction)
    with role_app.app_context():
        with pytest.raises(ProgrammingError) as refused:
            downgrade(revision="-1")
        assert refused.value.orig.sqlstate == "42501"
    # with the owner's URL for migrations (deploy/run.sh): down one step and back to head
    owner = make_url(app.config["SQLALCHEMY_DATABASE_URI"]).render_as_string(hide_password=False)
    role_app.config["MIGRATIONS_DATABASE_URL"] = owner
    with role_app.app_context():
        downgrade(revision="-1")
        upgrade()
        db.session.remove()
    # the owner's URL must name the app's database: never migrate another one by mistake
    role_app.config["MIGRATIONS_DATABASE_URL"] = make_url(owner).set(database="recruit").render_as_string(
        hide_password=False)
    with role_app.app_context(), pytest.raises(SystemExit):  # flask-migrate's exit on its RuntimeError
        upgrade()
