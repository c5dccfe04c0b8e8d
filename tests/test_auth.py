"""Accounts and access: roles, tokens, and ownership (404, not 403, for another's ids)."""

import re

import pytest
from sqlalchemy import select

from recruit.accounts.models import Account
from recruit.extensions import db
from tests.factories import PASSWORD, clear_code_throttle, phone, register, register_and_login


def _protected_routes(app):
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        cls = getattr(view, "view_class", None)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            handler = getattr(cls, method.lower(), None) if cls else None
            if handler is not None and getattr(handler, "_recruit_roles", None):
                url = re.sub(r"<int:\w+>", "1", rule.rule)
                yield method, url


def test_every_protected_endpoint_answers_401_without_a_token(app, client):
    routes = list(_protected_routes(app))
    assert len(routes) >= 8
    for method, url in routes:
        r = client.open(url, method=method, json={})
        assert r.status_code == 401, (method, url, r.status_code)
        body = r.get_json()
        assert body["status"] == 401 and body["code"] == "missing_token", (method, url)


def test_garbage_token_is_401(client):
    r = client.get("/api/v1/me", headers={"Authorization": "Bearer not.a.jwt"})
    assert r.status_code == 401
    assert r.get_json()["code"] == "invalid_token"


def test_password_is_stored_as_argon2_and_login_checks_it(app, client):
    r, number = register(client, "jobseeker", "赵雷")
    assert r.status_code == 201
    assert r.get_json()["phone"] == number[:3] + "****" + number[-4:]
    with app.app_context():
        stored = db.session.scalar(select(Account.password_hash).where(Account.phone == number))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored

    bad = client.post("/api/v1/auth/login", json={"phone": number, "password": "wrong-password"})
    assert bad.status_code == 401 and bad.get_json()["code"] == "bad_credentials"
    unknown = client.post("/api/v1/auth/login", json={"phone": phone(), "password": PASSWORD})
    assert unknown.status_code == 401 and unknown.get_json()["code"] == "bad_credentials"
    good = client.post("/api/v1/auth/login", json={"phone": number, "password": PASSWORD})
    assert good.status_code == 200 and good.get_json()["token_type"] == "Bearer"


def test_phone_can_register_once_and_a_second_try_says_nothing_of_the_first(app, client):
    r, number = register(client, "employer", "甲")
    assert r.status_code == 201
    clear_code_throttle(app, number)
    # no code is sent to a registered phone, and the answer is the one for any wrong code
    again, _ = register(client, "employer", "乙", number=number)
    stranger = client.post("/api/v1/auth/register", json={
        "role": "employer", "phone": phone(), "password": PASSWORD, "display_name": "丙", "code": "123456"})
    assert again.status_code == stranger.status_code == 422
    assert again.get_json() == stranger.get_json()
    assert list(again.get_json()["errors"]["json"]) == ["code"]


def test_nobody_registers_as_operator_or_admin(client):
    for role in ("operator", "admin"):
        r = client.post("/api/v1/auth/register", json={
            "role": role, "phone": phone(), "password": PASSWORD, "display_name": "冒充者", "code": "000000"})
        assert r.status_code == 422
        assert "role" in r.get_json()["errors"]["json"]


def test_wrong_role_is_403(client, make_jobseeker, make_employer):
    seeker = make_jobseeker()
    r = seeker.post("/api/v1/vacancies", json={"title": "x"})
    assert r.status_code == 403 and r.get_json()["code"] == "wrong_role"
    employer = make_employer()
    assert employer.get("/api/v1/me/applications").status_code == 403
    assert employer.get("/api/v1/reports/headline?start=2020-01-01&end=2020-06-30").status_code == 403


def test_employer_cannot_see_or_touch_another_employers_vacancy(
        client, make_employer, make_jobseeker, make_vacancy):
    owner = make_employer("武汉甲公司")
    rival = make_employer("武汉乙公司")
    vacancy = make_vacancy(owner)
    seeker = make_jobseeker()
    application = seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()

    listed = rival.get(f"/api/v1/vacancies/{vacancy['id']}/applications")
    assert listed.status_code == 404
    # same answer as for an id that does not exist, so ids do not leak
    missing = rival.get("/api/v1/vacancies/999999/applications")
    assert missing.status_code == 404 and missing.get_json()["code"] == listed.get_json()["code"]

    hire = rival.post(f"/api/v1/applications/{application['id']}/hire")
    assert hire.status_code == 404
    assert [v["id"] for v in rival.get("/api/v1/employers/me/vacancies").get_json()] == []
    # the owner still sees it untouched
    mine = owner.get(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    assert [a["status"] for a in mine] == ["submitted"]


def test_jobseeker_sees_only_own_applications(client, make_employer, make_jobseeker, make_vacancy):
    vacancy = make_vacancy(make_employer())
    alice = make_jobseeker("王芳", birth="19980101")
    bob = make_jobseeker("刘强", birth="19970202")
    applied = alice.post(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    assert [a["id"] for a in alice.get("/api/v1/me/applications").get_json()] == [applied["id"]]
    assert bob.get("/api/v1/me/applications").get_json() == []
    # a jobseeker cannot record a hire, not even on their own application
    assert alice.post(f"/api/v1/applications/{applied['id']}/hire").status_code == 403


@pytest.mark.parametrize(("region", "expected"), [(None, 200), ("420102", 200), ("4201", 200),
                                                  ("42", 403), ("4401", 403)])
def test_operator_reads_only_inside_their_region(make_staff, region, expected):
    operator = make_staff("operator", "4201")
    query = {"start": "2020-01-01", "end": "2020-06-30"}
    if region:
        query["region"] = region
    r = operator.get("/api/v1/reports/headline", query_string=query)
    assert r.status_code == expected, r.get_json()
    if expected == 200:
        assert r.get_json()["region_prefix"] == (region or "4201")


def test_me_shows_the_caller(client):
    actor = register_and_login(client, "employer", "孙总")
    me = actor.get("/api/v1/me").get_json()
    assert me["id"] == actor.account["id"] and me["role"] == "employer"
