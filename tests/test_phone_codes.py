"""Phone ownership: SMS codes for registration, password reset and invitations (read from the
development sink, never from a response); no answer tells whether a phone is registered;
members removed by the organisation."""

import datetime as dt

from sqlalchemy import func, select, update

from recruit.accounts.models import PhoneCode
from recruit.audit.models import AuditEntry
from recruit.extensions import db
from recruit.notify.models import SmsOutbox
from tests.factories import (
    PASSWORD,
    clear_code_throttle,
    invitation_code,
    login,
    phone,
    register,
    register_and_login,
    request_code,
    sms_code,
)


def _codes_sent(app, number):
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(SmsOutbox).where(SmsOutbox.phone == number))


def test_a_code_is_six_digits_stored_only_as_a_hash_and_never_in_the_answer(app, client):
    number = phone()
    r = client.post("/api/v1/auth/codes", json={"phone": number, "purpose": "register"})
    assert r.status_code == 202
    code = sms_code(app, number)
    assert len(code) == 6 and code.isdigit() and code not in r.get_data(as_text=True)
    with app.app_context():
        row = db.session.scalar(select(PhoneCode))
        assert code not in row.code_hash and number not in row.phone_hash
        assert dt.timedelta(minutes=4) < row.expires_at - row.created_at <= dt.timedelta(minutes=5)
    # without the code, or with another one, nobody registers
    base = {"role": "jobseeker", "phone": number, "password": PASSWORD, "display_name": "赵雷"}
    missing = client.post("/api/v1/auth/register", json=base)
    assert missing.status_code == 422 and "code" in missing.get_json()["errors"]["json"]
    wrong = client.post("/api/v1/auth/register", json={**base, "code": f"{(int(code) + 1) % 10**6:06d}"})
    assert wrong.status_code == 422
    assert wrong.get_json()["errors"]["json"]["code"] == ["验证码错误或已失效，请重新获取"]
    assert client.post("/api/v1/auth/register", json={**base, "code": code}).status_code == 201
    # spent: the same code cannot register (or be replayed) again
    assert client.post("/api/v1/auth/register", json={**base, "code": code}).status_code == 422


def test_five_wrong_tries_kill_a_code_and_an_expired_one_fails(app, client):
    number = phone()
    code = request_code(client, number, "register")
    base = {"role": "jobseeker", "phone": number, "password": PASSWORD, "display_name": "钱七"}
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for _ in range(5):
        assert client.post("/api/v1/auth/register", json={**base, "code": wrong}).status_code == 422
    assert client.post("/api/v1/auth/register", json={**base, "code": code}).status_code == 422
    clear_code_throttle(app, number)
    code = request_code(client, number, "register")
    with app.app_context():
        db.session.execute(update(PhoneCode).values(expires_at=PhoneCode.created_at))
        db.session.commit()
    assert client.post("/api/v1/auth/register", json={**base, "code": code}).status_code == 422


def test_one_send_per_phone_per_minute_whatever_the_purpose(app, client):
    number = phone()
    request_code(client, number, "register")
    again = client.post("/api/v1/auth/codes", json={"phone": number, "purpose": "reset"})
    assert again.status_code == 429 and again.get_json()["code"] == "code_throttled"
    assert 1 <= int(again.headers["Retry-After"]) <= 60
    assert _codes_sent(app, number) == 1
    bad = client.post("/api/v1/auth/codes", json={"phone": "12345", "purpose": "login"})
    assert bad.status_code == 422 and set(bad.get_json()["errors"]["json"]) == {"phone", "purpose"}


def test_codes_and_resets_answer_alike_for_registered_and_unknown_phones(app, client):
    seeker = register_and_login(client, "jobseeker", "孙丽")
    known, unknown = seeker.extra["phone"], phone()
    answers = []
    for purpose in ("register", "invitation"):
        for number in (known, unknown):
            clear_code_throttle(app, number)
            answers.append(client.post("/api/v1/auth/codes", json={"phone": number, "purpose": purpose}))
    assert len({(r.status_code, r.get_data()) for r in answers}) == 1 and answers[0].status_code == 202
    # a registered phone gets no new registration code (only its own, from signing up); the
    # unknown one gets one; nobody invited either, so no invitation code
    assert _codes_sent(app, known) == 1 and _codes_sent(app, unknown) == 1
    clear_code_throttle(app, known)
    clear_code_throttle(app, unknown)
    request_code(client, unknown, "reset")
    assert _codes_sent(app, unknown) == 1  # nothing sent to a phone without an account
    code = request_code(client, known, "reset")
    assert code is not None
    reset = {"code": "000000" if code != "000000" else "111111", "new_password": "new-password-1"}
    r_known = client.post("/api/v1/auth/password-reset", json={**reset, "phone": known})
    r_unknown = client.post("/api/v1/auth/password-reset", json={**reset, "phone": unknown})
    assert r_known.status_code == r_unknown.status_code == 422
    assert r_known.get_json() == r_unknown.get_json()


def test_a_password_reset_needs_the_code_and_ends_every_session(app, client):
    seeker = register_and_login(client, "jobseeker", "周强")
    number = seeker.extra["phone"]
    clear_code_throttle(app, number)
    code = request_code(client, number, "reset")
    r = client.post("/api/v1/auth/password-reset",
                    json={"phone": number, "code": code, "new_password": "short"})
    assert r.status_code == 422 and "new_password" in r.get_json()["errors"]["json"]
    r = client.post("/api/v1/auth/password-reset",
                    json={"phone": number, "code": code, "new_password": "brand-new-pass-9"})
    assert r.status_code == 204
    assert seeker.get("/api/v1/me").status_code == 401
    assert client.post("/api/v1/auth/login", json={"phone": number, "password": PASSWORD}).status_code == 401
    assert login(client, number, "brand-new-pass-9")["account"]["id"] == seeker.account["id"]


def test_an_invitation_is_accepted_only_with_the_invited_phones_code(app, client, make_employer):
    owner = make_employer()
    member = register_and_login(client, "employer", "李专员")
    invitation = owner.post("/api/v1/employers/me/invitations",
                            json={"phone": member.extra["phone"]}).get_json()
    url = f"/api/v1/employers/invitations/{invitation['id']}/accept"
    r = member.post(url)
    assert r.status_code == 422 and "code" in r.get_json()["errors"]["json"]
    assert member.post(url, json={"code": "12345"}).status_code == 422
    code = invitation_code(client, member)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    r = member.post(url, json={"code": wrong})
    assert r.status_code == 422 and r.get_json()["errors"]["json"]["code"]
    assert member.get("/api/v1/me").get_json()["employer_id"] is None
    assert member.post(url, json={"code": code}).status_code == 200
    assert member.get("/api/v1/me").get_json()["employer_id"] == owner.extra["employer"]["id"]


def test_the_owner_removes_a_member_but_never_itself_and_it_is_audited(app, client, make_employer):
    owner = make_employer()
    member = register_and_login(client, "employer", "王专员")
    invitation = owner.post("/api/v1/employers/me/invitations",
                            json={"phone": member.extra["phone"]}).get_json()
    r = member.post(f"/api/v1/employers/invitations/{invitation['id']}/accept",
                    json={"code": invitation_code(client, member)})
    assert r.status_code == 200
    rival = make_employer("别家公司")
    member_id, owner_id = member.account["id"], owner.account["id"]
    assert member.client.delete(f"/api/v1/employers/me/members/{owner_id}",
                                headers=member.headers).status_code == 403
    assert rival.client.delete(f"/api/v1/employers/me/members/{member_id}",
                               headers=rival.headers).status_code == 404
    r = owner.client.delete(f"/api/v1/employers/me/members/{owner_id}", headers=owner.headers)
    assert r.status_code == 409 and r.get_json()["code"] == "owner_required"
    assert owner.client.delete(f"/api/v1/employers/me/members/{member_id}",
                               headers=owner.headers).status_code == 204
    assert member.get("/api/v1/me").get_json()["employer_id"] is None
    assert member.get("/api/v1/employers/me/vacancies").get_json() == []
    assert [m["id"] for m in owner.get("/api/v1/employers/me/members").get_json()] == [owner_id]
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "employer.member_remove"))
        assert (entry.actor_id, entry.target_id) == (owner_id, str(member_id))
        assert entry.after == {"employer_id": None}


def test_register_helper_reads_the_sink(app, client):
    r, number = register(client, "employer", "甲")
    assert r.status_code == 201 and r.get_json()["phone"] == number[:3] + "****" + number[-4:]
