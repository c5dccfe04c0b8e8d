"""The jobseeker's data: export as JSON, erasure that keeps the counters, key rotation."""

import base64

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select

from recruit import privacy
from recruit.accounts.models import Account
from recruit.applications.models import Application
from recruit.clock import today
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.jobseekers.models import Jobseeker, JobseekerGroup, WorkExperience
from tests.factories import PASSWORD, clear_code_throttle, register, resume_payload


def _erase(seeker, password=PASSWORD):
    return seeker.client.delete("/api/v1/jobseekers/me", headers=seeker.headers,
                                json={"password": password})


def test_export_has_everything_and_the_id_stays_masked(make_employer, make_jobseeker, make_vacancy):
    seeker = make_jobseeker()
    seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                        json=resume_payload(declared_groups=["veteran"]))
    employer = make_employer()
    vacancy = make_vacancy(employer)
    seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications", json={"note": "可立即到岗"})
    employer.post(f"/api/v1/resumes/{seeker.extra['profile']['id']}/contact-requests")
    seeker.post("/api/v1/me/saved-searches", json={"name": "电工", "query": {"q": "电工"}})

    r = seeker.get("/api/v1/jobseekers/me/export")
    assert r.status_code == 200
    data = r.get_json()
    # the owner gets their own phone in full
    assert privacy.mask_phone(data["account"]["phone"]) == seeker.account["phone"] != data["account"]["phone"]
    assert data["resume"]["skills"] == ["低压电工证", "PLC编程"]
    assert {g["group"] for g in data["resume"]["groups"]} == {"hubei", "veteran"}
    assert data["applications"][0]["note"] == "可立即到岗"
    assert data["applications"][0]["history"][0]["to_status"] == "submitted"
    assert data["contact_requests"][0]["status"] == "pending"
    assert data["saved_searches"][0]["query"] == {"q": "电工"}
    assert data["resume"]["resident_id"] == seeker.extra["profile"]["resident_id"]
    assert seeker.extra["resident_id"] not in r.get_data(as_text=True)


def test_erasure_removes_the_person_keeps_the_counts(app, client, make_employer, make_jobseeker,
                                                    make_vacancy, make_staff):
    employer = make_employer()
    vacancy = make_vacancy(employer)
    seeker = make_jobseeker()
    seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers, json=resume_payload())
    application = seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications",
                              json={"note": "电话联系"}).get_json()
    employer.post(f"/api/v1/applications/{application['id']}/hire")
    pending = seeker.post(f"/api/v1/vacancies/{make_vacancy(employer)['id']}/applications").get_json()
    seeker.post("/api/v1/me/saved-searches", json={"name": "电工", "query": {"q": "电工"}})
    admin = make_staff("admin")
    day = today().isoformat()
    before = admin.get("/api/v1/reports/headline", query_string={"start": day, "end": day}).get_json()

    assert _erase(seeker, "wrong-password").status_code == 401
    r = _erase(seeker)
    assert r.status_code == 204

    after = admin.get("/api/v1/reports/headline", query_string={"start": day, "end": day}).get_json()
    headline = ("employers_posting", "positions_posted", "resumes_submitted", "placements")
    assert {k: after[k] for k in headline} == {k: before[k] for k in headline}
    assert after["placements"] == 1 and after["resumes_submitted"] == 2
    # erasure counts nothing: the undecided application is not withdrawn (nobody withdrew it)
    assert after["applications_withdrawn"] == before["applications_withdrawn"]
    with app.app_context():
        from recruit.reporting.reconcile import reconcile

        assert reconcile() == []
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Jobseeker)) == 0
        assert db.session.scalar(select(func.count()).select_from(JobseekerGroup)) == 0
        assert db.session.scalar(select(func.count()).select_from(WorkExperience)) == 0
        kept = db.session.get(Application, application["id"])
        assert (kept.jobseeker_id, kept.note, kept.status) == (None, None, "hired")
        left = db.session.get(Application, pending["id"])
        assert (left.jobseeker_id, left.status) == (None, "submitted")
        account = db.session.get(Account, seeker.account["id"])
        assert (account.is_active, account.display_name) == (False, "已注销用户")
        assert account.phone.startswith("0") and "$argon2" not in account.password_hash
    # the token is dead, the employer sees an anonymous hire, the phone and ID are free again
    assert seeker.get("/api/v1/me").status_code == 401
    listed = employer.get(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    assert listed[0]["applicant"] is None and listed[0]["status"] == "hired"
    # ... and cannot move the undecided one on
    r = employer.post(f"/api/v1/applications/{pending['id']}/status", json={"status": "interview"})
    assert r.status_code == 409 and r.get_json()["code"] == "applicant_erased"
    with app.app_context():
        assert jobseekers.find_by_resident_id(seeker.extra["resident_id"]) is None


def test_erasure_frees_the_phone_and_resident_id(client, make_jobseeker):
    seeker = make_jobseeker()
    export = seeker.get("/api/v1/jobseekers/me/export").get_json()
    assert _erase(seeker).status_code == 204
    clear_code_throttle(client.application, export["account"]["phone"])
    r, _ = register(client, "jobseeker", "新用户", number=export["account"]["phone"])
    assert r.status_code == 201, r.get_json()
    token = client.post("/api/v1/auth/login", json={"phone": export["account"]["phone"],
                                                    "password": PASSWORD}).get_json()["access_token"]
    r = client.post("/api/v1/jobseekers/me", headers={"Authorization": f"Bearer {token}"}, json={
        "name": "李娜", "resident_id": seeker.extra["resident_id"], "current_region_code": "420102"})
    assert r.status_code == 201


def test_key_rotation_reencrypts_every_row(app, make_jobseeker):
    numbers = [make_jobseeker(f"人{i}", birth=f"199{i}0202").extra["resident_id"] for i in range(3)]
    old_key = app.config["PII_ENCRYPTION_KEY"]
    old_hash_key = app.config["PII_HASH_KEY"]
    new_key = Fernet.generate_key().decode()
    try:
        app.config.update(PII_ENCRYPTION_KEY=new_key, PII_ENCRYPTION_OLD_KEYS=old_key,
                          PII_HASH_KEY="rotated-hash-key")
        with app.app_context():
            # old rows are still readable through the old key
            assert privacy.decrypt(db.session.scalar(select(Jobseeker.resident_id_encrypted)
                                                     .order_by(Jobseeker.id))) == numbers[0]
        result = app.test_cli_runner().invoke(args=["recruit", "reencrypt-pii", "--batch-size", "2"])
        assert result.exit_code == 0, result.output
        assert "re-encrypted 3" in result.output
        app.config["PII_ENCRYPTION_OLD_KEYS"] = ""
        with app.app_context():
            rows = db.session.scalars(select(Jobseeker).order_by(Jobseeker.id)).all()
            assert [privacy.decrypt(r.resident_id_encrypted) for r in rows] == numbers
            assert jobseekers.find_by_resident_id(numbers[1]).id == rows[1].id
            db.session.remove()
    finally:
        app.config.update(PII_ENCRYPTION_KEY=old_key, PII_ENCRYPTION_OLD_KEYS="",
                          PII_HASH_KEY=old_hash_key)
        # rows now carry the new key: put them back so the suite's guard can read them
        with app.app_context():
            for row in db.session.scalars(select(Jobseeker)):
                row.resident_id_encrypted = privacy.encrypt(numbers[row.id - 1])
                row.resident_id_hash = privacy.keyed_hash(numbers[row.id - 1])
            db.session.commit()


@pytest.mark.parametrize("start, end", [("fernet", "sm4"), ("sm4", "sm4")])
def test_rotation_to_sm4_reencrypts_every_row(app, make_jobseeker, start, end):
    """PII_CIPHER=sm4 (GB/T 32907): rows written under one key and cipher, moved by reencrypt-pii."""
    before = {k: app.config[k] for k in ("PII_CIPHER", "PII_ENCRYPTION_KEY", "PII_ENCRYPTION_OLD_KEYS")}
    old_key, new_key = privacy.new_key(start), privacy.new_key(end)
    version = {"fernet": 0x80, "sm4": 0x91}
    try:
        app.config.update(PII_CIPHER=start, PII_ENCRYPTION_KEY=old_key, PII_ENCRYPTION_OLD_KEYS="")
        numbers = [make_jobseeker(f"人{i}", birth=f"199{i}0505").extra["resident_id"] for i in range(3)]

        def tokens():
            with app.app_context():
                return [bytes(t) for t in db.session.scalars(
                    select(Jobseeker.resident_id_encrypted).order_by(Jobseeker.id))]

        assert {base64.urlsafe_b64decode(t)[0] for t in tokens()} == {version[start]}
        app.config.update(PII_CIPHER=end, PII_ENCRYPTION_KEY=new_key, PII_ENCRYPTION_OLD_KEYS=old_key)
        result = app.test_cli_runner().invoke(args=["recruit", "reencrypt-pii", "--batch-size", "2"])
        assert result.exit_code == 0, result.output
        assert f"re-encrypted 3 resident ID numbers ({end})" in result.output
        moved = tokens()
        assert {base64.urlsafe_b64decode(t)[0] for t in moved} == {version[end]}
        app.config["PII_ENCRYPTION_OLD_KEYS"] = ""  # the old key destroyed
        with app.app_context():
            assert [privacy.decrypt(t) for t in moved] == numbers
            assert jobseekers.find_by_resident_id(numbers[2]) is not None
            db.session.remove()
    finally:
        # every row back under the suite's key, so its guard can read them
        app.config.update(before, PII_ENCRYPTION_OLD_KEYS=f"{new_key},{old_key}")
        with app.app_context():
            for row in db.session.scalars(select(Jobseeker)):
                row.resident_id_encrypted = privacy.reencrypt(row.resident_id_encrypted)
            db.session.commit()
        app.config.update(before)
