"""Throttling and lockout on the shared store (real Redis): 429 with Retry-After, progressive
lockout per phone and per address, an audited operator unlock, no hint whether a phone exists."""

from __future__ import annotations

import io

import redis
from sqlalchemy import select

from recruit import create_app
from recruit.audit.models import AuditEntry
from recruit.extensions import db
from tests.factories import PASSWORD, phone, register_and_login, resume_payload


def _login(client, number, password=PASSWORD, addr="10.1.2.3"):
    return client.post("/api/v1/auth/login", json={"phone": number, "password": password},
                       environ_base={"REMOTE_ADDR": addr})


def _expire_locks(app) -> int:
    """What the passing of the lock's time does: the lock keys go, the level stays."""
    r = redis.Redis.from_url(app.config["RATELIMIT_STORAGE_URI"])
    keys = [k for k in r.scan_iter(match=f"*{app.config['RATELIMIT_KEY_PREFIX']}/lockout/*/lock")]
    if keys:
        r.delete(*keys)
    return len(keys)


def test_a_named_limit_answers_429_with_retry_after_in_the_error_shape(app, client):
    app.config["RATE_LIMITS"]["login"] = "3/minute"
    number = phone()
    answers = [_login(client, number, "wrong-password").status_code for _ in range(3)]
    assert answers == [401, 401, 401]
    r = _login(client, number, "wrong-password")
    assert r.status_code == 429
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    assert r.get_json()["code"] == "too_many_requests" and r.get_json()["status"] == 429
    # another address has its own allowance
    assert _login(client, number, "wrong-password", addr="10.9.9.9").status_code == 401


def test_five_failures_lock_the_phone_even_for_the_right_password_until_an_operator_unlocks(
        app, client, make_staff):
    seeker = register_and_login(client, "jobseeker")
    number = seeker.extra.get("phone") or _phone_of(app, seeker)
    for _ in range(5):
        assert _login(client, number, "wrong-password").status_code == 401
    r = _login(client, number)  # the right password, from another address too
    assert r.status_code == 429 and r.get_json()["code"] == "locked"
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    assert _login(client, number, addr="10.7.7.7").status_code == 429
    with app.app_context():
        actions = db.session.scalars(select(AuditEntry.action)).all()
    assert "account.locked" in actions

    operator = make_staff("operator")
    r = client.post("/api/v1/accounts/unlock", json={"phone": number}, headers=operator.headers)
    assert r.status_code == 200 and r.get_json() == {"was_locked": True}
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "account.unlocked"))
    assert entry is not None and entry.actor_id == operator.account["id"]
    assert _login(client, number).status_code == 200


def _phone_of(app, actor) -> str:
    from recruit.accounts.models import Account

    with app.app_context():
        return db.session.get(Account, actor.account["id"]).phone


def test_each_lockout_of_the_day_lasts_longer(app, client):
    number = phone()  # no account: it is treated exactly like one
    waits = []
    for _ in range(3):
        for _ in range(5):
            assert _login(client, number, "wrong-password").status_code == 401
        r = _login(client, number, "wrong-password")
        assert r.status_code == 429 and r.get_json()["code"] == "locked"
        waits.append(int(r.headers["Retry-After"]))
        assert _expire_locks(app) >= 1
    assert waits[0] <= 60 < waits[1] <= 120 < waits[2] <= 240


def test_answers_do_not_tell_whether_a_phone_is_registered(app, client):
    seeker = register_and_login(client, "jobseeker")
    known, unknown = _phone_of(app, seeker), phone()
    replies = {}
    for number in (known, unknown):
        seq = [_login(client, number, "wrong-password", addr=f"10.0.0.{len(replies) + 1}")
               for _ in range(6)]
        replies[number] = [(r.status_code, r.get_json()["code"], r.get_json()["message"]) for r in seq]
    assert replies[known] == replies[unknown]


def test_an_address_trying_many_phones_is_locked_too(app, client):
    for n in range(30):
        assert _login(client, phone(), "wrong-password", addr="10.66.0.1").status_code == 401, n
    r = _login(client, phone(), "wrong-password", addr="10.66.0.1")
    assert r.status_code == 429 and r.get_json()["code"] == "locked"
    assert _login(client, phone(), "wrong-password", addr="10.66.0.2").status_code == 401


def test_operators_cannot_unlock_staff_and_others_cannot_unlock_at_all(app, client, make_staff):
    admin = make_staff("admin")
    operator = make_staff("operator")
    seeker = register_and_login(client, "jobseeker")
    r = client.post("/api/v1/accounts/unlock", json={"phone": _phone_of(app, admin)},
                    headers=operator.headers)
    assert r.status_code == 403
    r = client.post("/api/v1/accounts/unlock", json={"phone": _phone_of(app, seeker)},
                    headers=seeker.headers)
    assert r.status_code == 403
    r = client.post("/api/v1/accounts/unlock", json={"phone": _phone_of(app, operator)},
                    headers=admin.headers)
    assert r.status_code == 200 and r.get_json() == {"was_locked": False}


def test_signed_in_limits_count_per_account(app, client, make_employer, make_jobseeker):
    app.config["RATE_LIMITS"]["resume_view"] = "2/minute"
    seeker = make_jobseeker()
    sid = seeker.extra["profile"]["id"]
    first, second = make_employer(), make_employer(name="汉阳食品有限公司")
    codes = [first.get(f"/api/v1/resumes/{sid}").status_code for _ in range(3)]
    assert codes[:2] != [429, 429] and codes[2] == 429
    assert second.get(f"/api/v1/resumes/{sid}").status_code != 429  # same address, own allowance


def test_the_counters_are_shared_by_every_worker(app):
    """Two app instances (two gunicorn workers, or two hosts) draw on one allowance."""
    other = create_app({**app.config})
    app.config["RATE_LIMITS"]["login"] = "4/minute"
    other.config["RATE_LIMITS"]["login"] = "4/minute"
    number = phone()
    codes = []
    try:
        for n in range(5):
            client = (app if n % 2 else other).test_client()
            codes.append(_login(client, number, "wrong-password").status_code)
    finally:  # the second app's pools closed, not left to the garbage collector
        with other.app_context():
            db.session.remove()
            db.engine.dispose()
        other.extensions["elasticsearch"].close()
    assert codes == [401, 401, 401, 401, 429]


def test_every_named_limit_guards_its_routes(app, client, search, make_employer, make_jobseeker,
                                             make_vacancy, make_staff):
    """docs/security.md's table: each named limit, lowered to one call a minute, answers the second
    call on each of its routes with 429 + Retry-After (valid requests: a body the schema refuses
    is answered before the limit counts it)."""
    employer, seeker = make_employer(), make_jobseeker()
    seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                        json=resume_payload(visibility="public"))
    resume_id, vacancy_id = seeker.extra["profile"]["id"], make_vacancy(employer)["id"]
    csv = "岗位编号,岗位名称,岗位描述\n".encode()
    admin = make_staff("admin")
    created = admin.post("/api/v1/admin/partner-keys", json={"name": "某招聘平台"})
    assert created.status_code == 201, created.get_json()
    partner_key = created.get_json()["key"]

    def code_request():
        return client.post("/api/v1/auth/codes", json={"phone": phone(), "purpose": "register"})

    calls = {
        "otp": [code_request],
        "register": [lambda: client.post("/api/v1/auth/register", json={
            "role": "jobseeker", "phone": phone(), "password": PASSWORD, "display_name": "某人",
            "code": "000000"})],
        "password_reset": [lambda: client.post("/api/v1/auth/password-reset", json={
            "phone": phone(), "code": "000000", "new_password": PASSWORD})],
        "login": [lambda: _login(client, phone(), "wrong-password"),
                  lambda: client.post("/api/v1/auth/refresh", json={"refresh_token": "x.y.z"},
                                      environ_base={"REMOTE_ADDR": "10.1.2.3"})],
        "search": [lambda: client.get("/api/v1/search/vacancies", query_string={"q": "电工"}),
                   lambda: client.get("/api/v1/search/vacancies/typeahead", query_string={"prefix": "电"})],
        "resume_view": [lambda: employer.get(f"/api/v1/resumes/{resume_id}")],
        "candidates": [lambda: employer.get(f"/api/v1/vacancies/{vacancy_id}/candidates")],
        "contact_request": [lambda: employer.post(f"/api/v1/resumes/{resume_id}/contact-requests")],
        "partner_feed": [lambda: client.get("/api/v1/stream", headers={"X-Partner-Key": partner_key})],
        "import": [lambda: employer.client.post(
            "/api/v1/employers/me/vacancy-imports", headers=employer.headers,
            data={"file": (io.BytesIO(csv), "jobs.csv")}, content_type="multipart/form-data")],
    }
    assert set(calls) == set(app.config["RATE_LIMITS"]), "a named limit without a route here"
    for name, routes in calls.items():
        for call in routes:
            _clear(app)
            app.config["RATE_LIMITS"][name] = "1/minute"
            first = call()
            assert first.status_code != 429, (name, first.get_json())
            second = call()
            assert second.status_code == 429, (name, second.status_code, second.get_json())
            assert second.get_json()["code"] == "too_many_requests"
            assert int(second.headers["Retry-After"]) >= 1
            app.config["RATE_LIMITS"][name] = "100000/minute"


def _clear(app) -> None:
    r = redis.Redis.from_url(app.config["RATELIMIT_STORAGE_URI"])
    keys = list(r.scan_iter(match=f"*{app.config['RATELIMIT_KEY_PREFIX']}*"))
    if keys:
        r.delete(*keys)


def test_the_sign_in_pages_count_posts_against_the_login_limit(app, client):
    app.config["RATE_LIMITS"]["login"] = "1/minute"
    for page in ("/employer/login", "/ops/login"):
        _clear(app)
        assert client.get(page).status_code == 200 and client.get(page).status_code == 200  # showing is free
        token = client.get(page).get_data(as_text=True).split('name="csrf_token" value="')[1].split('"')[0]
        form = {"phone": phone(), "password": "wrong-password", "csrf_token": token}
        first = client.post(page, data=form)
        assert first.status_code != 429
        second = client.post(page, data=form)
        assert second.status_code == 429 and int(second.headers["Retry-After"]) >= 1
    app.config["RATE_LIMITS"]["login"] = "100000/minute"
