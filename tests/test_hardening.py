"""Security headers on every kind of answer, no-store on personal data, caps on hostile input."""

from __future__ import annotations

import pytest

from recruit.input_guard import MAX_JSON_DEPTH, MAX_PAGE, _json_depth_exceeds


def _common(r):
    h = r.headers
    assert h["X-Content-Type-Options"] == "nosniff"
    assert h["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in h["Content-Security-Policy"]
    assert h["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/healthz", "/api/v1/search/vacancies", "/api/openapi.json",
                                  "/employer/login", "/ops/", "/no-such-page", "/api/v1/me"])
def test_every_answer_carries_the_security_headers(client, path):
    _common(client.get(path))


def test_pages_allow_only_their_own_scripts_with_a_nonce_per_request(client):
    first, second = client.get("/employer/login"), client.get("/employer/login")
    csp = first.headers["Content-Security-Policy"]
    script_src = csp.split("script-src")[1].split(";")[0]
    assert "'nonce-" in script_src and "'unsafe-inline'" not in script_src
    assert csp != second.headers["Content-Security-Policy"]  # a fresh nonce each time
    assert first.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_personal_answers_are_never_stored_public_searches_may_be(client, make_jobseeker):
    seeker = make_jobseeker()
    assert seeker.get("/api/v1/jobseekers/me").headers["Cache-Control"] == "no-store"
    assert seeker.get("/api/v1/search/vacancies").headers["Cache-Control"] == "no-store"  # signed in
    assert client.post("/api/v1/auth/login", json={"phone": "1", "password": "x"}).headers[
        "Cache-Control"] == "no-store"
    assert "no-store" not in client.get("/api/v1/search/vacancies").headers.get("Cache-Control", "")


def test_the_session_cookie_is_secure_over_tls(client):
    r = client.get("/employer/login", base_url="https://recruit.example")
    assert r.headers["Strict-Transport-Security"].startswith("max-age=")
    cookies = [c for c in r.headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert cookies and all("Secure" in c and "HttpOnly" in c for c in cookies)
    plain = client.get("/employer/login")
    assert "Strict-Transport-Security" not in plain.headers


@pytest.mark.parametrize("page", [str(MAX_PAGE + 1), "100000000000000000000", "9" * 40])
def test_absurd_page_numbers_are_a_4xx_naming_page(client, make_employer, page):
    employer = make_employer()
    for path in ("/api/v1/employers/me/vacancies", "/api/v1/employers/me/vacancy-imports"):
        r = employer.get(path, query_string={"page": page})
        assert r.status_code in (400, 422), r.get_json()
        assert "page" in str(r.get_json()["errors"])


def test_deeply_nested_json_is_refused_before_it_is_parsed(client):
    for body in ("[" * 100_000 + "]" * 100_000, '{"phone":' * 5000 + "1" + "}" * 5000):
        r = client.post("/api/v1/auth/login", data=body, content_type="application/json")
        assert r.status_code == 422 and "_body" in r.get_json()["errors"]["json"]


@pytest.mark.parametrize(("raw", "deep"), [
    (b'{"a": [1, 2, {"b": "c"}]}', False),
    (b'{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', False),  # brackets inside a string
    (b'{"a": "\\\\"}' + b"[" * 40, True),  # an escaped backslash ends the string
    (b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH, False),
    (b"[" * (MAX_JSON_DEPTH + 1), True),
])
def test_json_depth_is_counted_outside_strings(raw, deep):
    assert _json_depth_exceeds(raw, MAX_JSON_DEPTH) is deep


@pytest.mark.parametrize(("path", "name"), [("/api/v1/search/vacancies", "salary_max"),
                                            ("/api/v1/search/vacancies", "campaign"),
                                            ("/api/v1/campaigns", "page")])
def test_query_numbers_beyond_a_database_integer_are_a_4xx_naming_them(client, path, name):
    r = client.get(path, query_string={name: "7995994377"})
    assert r.status_code in (400, 422), r.get_json()
    assert name in str(r.get_json()["errors"])
