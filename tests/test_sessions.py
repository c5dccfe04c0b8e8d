"""Sessions: short access tokens, single-use refresh tokens (reuse ends the family), logout,
logout everywhere and password changes (token version), web logout that a replayed cookie
cannot undo, and the administrators' second factor (API and web)."""

import re

from tests.factories import PASSWORD, login, phone, register_and_login, sms_code


def _me(client, token) -> int:
    return client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code


def _refresh(client, token):
    return client.post("/api/v1/auth/refresh", json={"refresh_token": token})


def test_login_gives_a_short_access_token_and_a_refresh_token_that_rotates(client):
    seeker = register_and_login(client, "jobseeker", "吴昊")
    first = seeker.extra["refresh_token"]
    r = _refresh(client, first)
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["expires_in"] == 900 and body["refresh_token"] != first
    assert _me(client, body["access_token"]) == 200
    # an access token is no refresh token
    assert _refresh(client, body["access_token"]).status_code == 401
    assert _refresh(client, "garbage").status_code == 401


def test_reusing_a_refresh_token_ends_the_whole_family(client):
    seeker = register_and_login(client, "jobseeker", "郑洁")
    stolen = seeker.extra["refresh_token"]
    owner = _refresh(client, stolen).get_json()  # the owner refreshes first
    r = _refresh(client, stolen)  # then the thief replays the old one
    assert r.status_code == 401 and r.get_json()["code"] == "refresh_reused"
    # the owner's newer tokens are gone too; another sign-in is unaffected
    assert _refresh(client, owner["refresh_token"]).status_code == 401
    denied = client.get("/api/v1/me", headers={"Authorization": f"Bearer {owner['access_token']}"})
    assert denied.status_code == 401 and denied.get_json()["code"] == "token_revoked"
    assert seeker.get("/api/v1/me").status_code == 401  # the first access token was of the family too


def test_logout_ends_this_session_only(client):
    seeker = register_and_login(client, "jobseeker", "冯敏")
    other = login(client, seeker.extra["phone"])
    assert seeker.post("/api/v1/auth/logout").status_code == 204
    assert seeker.get("/api/v1/me").status_code == 401
    assert _refresh(client, seeker.extra["refresh_token"]).status_code == 401
    assert _me(client, other["access_token"]) == 200


def test_logout_everywhere_and_password_change_bump_the_token_version(app, client, make_employer):
    employer = make_employer()
    web = _web_sign_in(app, employer.extra["phone"])
    other = login(client, employer.extra["phone"])
    assert employer.post("/api/v1/auth/logout-all").status_code == 204
    assert employer.get("/api/v1/me").status_code == 401
    assert _me(client, other["access_token"]) == 401
    assert _refresh(client, other["refresh_token"]).status_code == 401
    assert web.get("/employer/").status_code == 302  # the web session ended as well

    fresh = login(client, employer.extra["phone"])
    auth = {"Authorization": f"Bearer {fresh['access_token']}"}
    r = client.post("/api/v1/me/password", headers=auth,
                    json={"current_password": "wrong-one", "new_password": "another-pass-7"})
    assert r.status_code == 422 and "current_password" in r.get_json()["errors"]["json"]
    r = client.post("/api/v1/me/password", headers=auth,
                    json={"current_password": PASSWORD, "new_password": "another-pass-7"})
    assert r.status_code == 204
    assert client.get("/api/v1/me", headers=auth).status_code == 401
    assert login(client, employer.extra["phone"], "another-pass-7")["account"]["role"] == "employer"


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _web_sign_in(app, number, path="/employer/login"):
    web = app.test_client()
    page = web.get(path)
    r = web.post(path, data={"phone": number, "password": PASSWORD, "csrf_token": _token(page.text)})
    assert r.status_code == 302, r.text
    return web


def test_a_cookie_replayed_after_web_logout_signs_nobody_in(app, make_employer):
    employer = make_employer()
    web = _web_sign_in(app, employer.extra["phone"])
    assert web.get("/employer/").status_code == 200
    cookie = web.get_cookie("session").value
    page = web.get("/employer/").text
    assert web.post("/employer/logout", data={"csrf_token": _token(page)}).status_code == 302
    replay = app.test_client()
    replay.set_cookie("session", cookie)
    r = replay.get("/employer/")
    assert r.status_code == 302 and "/employer/login" in r.headers["Location"]


def test_admins_need_an_sms_code_at_api_sign_in(app, client, make_staff):
    from recruit.accounts import service

    number = phone()
    with app.app_context():
        service.register(role="admin", phone=number, password=PASSWORD, display_name="管理员")
    r = client.post("/api/v1/auth/login", json={"phone": number, "password": PASSWORD})
    assert r.status_code == 401 and r.get_json()["code"] == "second_factor_required"
    assert "access_token" not in r.get_json()
    code = sms_code(app, number)
    assert code and code not in r.get_data(as_text=True)
    # a wrong password sends nothing and says nothing about the second factor
    r = client.post("/api/v1/auth/login", json={"phone": number, "password": "wrong-password", "code": code})
    assert r.status_code == 401 and r.get_json()["code"] == "bad_credentials"
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    r = client.post("/api/v1/auth/login", json={"phone": number, "password": PASSWORD, "code": wrong})
    assert r.status_code == 401 and r.get_json()["code"] == "bad_second_factor"
    r = client.post("/api/v1/auth/login", json={"phone": number, "password": PASSWORD, "code": code})
    assert r.status_code == 200 and r.get_json()["account"]["role"] == "admin"
    # spent
    r = client.post("/api/v1/auth/login", json={"phone": number, "password": PASSWORD, "code": code})
    assert r.status_code == 401
    # operators sign in with the password alone
    assert make_staff("operator").account["role"] == "operator"


def test_admins_need_an_sms_code_at_web_sign_in(app):
    from recruit.accounts import service

    number = phone()
    with app.app_context():
        service.register(role="admin", phone=number, password=PASSWORD, display_name="管理员")
    web = app.test_client()
    page = web.get("/ops/login").text
    assert 'name="code"' not in page
    r = web.post("/ops/login", data={"phone": number, "password": PASSWORD, "csrf_token": _token(page)})
    assert r.status_code == 401 and 'name="code"' in r.text and "验证码" in r.text
    r = web.post("/ops/login", data={"phone": number, "password": PASSWORD, "code": sms_code(app, number),
                                     "csrf_token": _token(r.text)})
    assert r.status_code == 302 and r.headers["Location"].endswith("/ops/")
    assert web.get("/ops/").status_code == 200
