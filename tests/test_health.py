"""Liveness, readiness, and behaviour when a dependency is really down."""

import socket
import uuid

import pytest

from recruit import create_app
from recruit.extensions import db


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens once the socket closes


def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200 and r.get_json() == {"status": "ok"}


@pytest.mark.parametrize("role", ["operator", "admin"])
def test_readyz_reports_versions_to_signed_in_staff(client, make_staff, role):
    staff = make_staff(role)
    r = client.get("/readyz", headers=staff.headers)
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["status"] == "ready" and body["redis"]["ok"] is True
    assert body["postgresql"]["ok"] and body["postgresql"]["version"][:2].isdigit()
    assert body["elasticsearch"]["ok"] and body["elasticsearch"]["version"].startswith("9.")


def test_readyz_hides_versions_from_everyone_else(client, make_employer, make_jobseeker):
    for headers in ({}, make_employer().headers, make_jobseeker().headers,
                    {"Authorization": "Bearer not.a.token"}):
        r = client.get("/readyz", headers=headers)
        assert r.status_code == 200, r.get_json()
        body = r.get_json()
        assert body["postgresql"]["version"] is None and body["elasticsearch"]["version"] is None
        assert "9." not in r.get_data(as_text=True)


@pytest.fixture
def other_app(app):
    """Apps with one dependency pointed at a closed port; their pools are closed afterwards."""
    made = []

    def make(**overrides):
        other = create_app({**app.config, **overrides})
        made.append(other)
        return other

    yield make
    for other in made:
        with other.app_context():
            db.engine.dispose()
        other.extensions["elasticsearch"].close()


@pytest.fixture
def app_without_search(other_app):
    return other_app(ELASTICSEARCH_URL=f"http://127.0.0.1:{_closed_port()}", ELASTICSEARCH_TIMEOUT=2)


def test_readyz_503_names_elasticsearch_when_it_is_down(app_without_search):
    r = app_without_search.test_client().get("/readyz")
    assert r.status_code == 503
    body = r.get_json()
    assert body["postgresql"]["ok"] is True
    assert body["elasticsearch"]["ok"] is False and body["elasticsearch"]["error"]


def test_search_is_503_while_elasticsearch_is_down(app_without_search):
    r = app_without_search.test_client().get("/api/v1/search/vacancies", query_string={"q": "电工"})
    assert r.status_code == 503
    assert r.get_json()["code"] == "search_unavailable"


def test_search_is_503_with_retry_after_while_its_index_is_missing(other_app, make_jobseeker):
    """A node that answers but has no index yet (a fresh cluster, an index being rebuilt) is
    unavailable for the client, not a server error."""
    bare = other_app(SEARCH_INDEX_PREFIX=f"test-missing-{uuid.uuid4().hex[:8]}")
    client = bare.test_client()
    for path, params in (("/api/v1/search/vacancies", {"q": "电工"}),
                         ("/api/v1/search/vacancies", {"q": "日结 普工", "page": 2}),
                         ("/api/v1/search/vacancies/typeahead", {"prefix": "电"})):
        r = client.get(path, query_string=params)
        assert r.status_code == 503, (path, params, r.get_json())
        assert r.get_json()["code"] == "search_unavailable"
        assert int(r.headers["Retry-After"]) > 0


def test_readyz_503_names_postgresql_when_it_is_down(other_app):
    url = f"postgresql+psycopg://recruit:recruit@127.0.0.1:{_closed_port()}/recruit"
    down = other_app(SQLALCHEMY_DATABASE_URI=url,
                     SQLALCHEMY_ENGINE_OPTIONS={"connect_args": {"connect_timeout": 2}})
    r = down.test_client().get("/readyz")
    assert r.status_code == 503
    body = r.get_json()
    assert body["postgresql"]["ok"] is False and body["elasticsearch"]["ok"] is True


def test_an_api_call_while_postgresql_is_down_is_503_with_retry_after(other_app, make_jobseeker):
    seeker = make_jobseeker()
    url = f"postgresql+psycopg://recruit:recruit@127.0.0.1:{_closed_port()}/recruit"
    down = other_app(SQLALCHEMY_DATABASE_URI=url,
                     SQLALCHEMY_ENGINE_OPTIONS={"connect_args": {"connect_timeout": 2}})
    client = down.test_client()
    for path in ("/api/v1/me/applications", "/api/v1/jobseekers/me"):
        r = client.get(path, headers=seeker.headers)
        assert r.status_code == 503, (path, r.get_json())
        assert r.get_json()["code"] == "database_unavailable" and int(r.headers["Retry-After"]) > 0
    r = client.post("/api/v1/auth/login", json={"phone": "13900000000", "password": "x" * 10})
    assert r.status_code == 503 and r.headers["Retry-After"]


def test_a_connection_cut_under_a_request_does_not_turn_its_end_into_a_500(app, make_jobseeker):
    """PostgreSQL restarting while a request holds a connection: ending the request's session
    must not raise (it used to escape every handler as a bare 500), and the next request works."""
    from sqlalchemy import create_engine, text

    seeker = make_jobseeker()
    client = app.test_client()
    killer = create_engine(app.config["SQLALCHEMY_DATABASE_URI"])
    with app.app_context():
        pid = db.session.execute(text("select pg_backend_pid()")).scalar()
        with killer.begin() as conn:
            assert conn.execute(text("select pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
        # leaving the context ends the session on the dead connection: no exception escapes
    killer.dispose()
    r = client.get("/api/v1/jobseekers/me", headers=seeker.headers)
    assert r.status_code == 200, r.get_json()
