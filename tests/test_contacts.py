"""Who sees what of a jobseeker: visibility, masked profiles, and contact requests."""

from tests.factories import resume_payload


def _set(seeker, **fields):
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers, json=fields)
    assert r.status_code == 200, r.get_json()


def test_a_public_resume_is_masked_until_the_jobseeker_accepts_a_contact_request(make_employer,
                                                                                  make_jobseeker):
    seeker = make_jobseeker("李娜")
    _set(seeker, **resume_payload())
    employer = make_employer()
    sid = seeker.extra["profile"]["id"]
    seeker_phone = seeker.client.get("/api/v1/jobseekers/me/export",
                                     headers=seeker.headers).get_json()["account"]["phone"]

    r = employer.get(f"/api/v1/resumes/{sid}")
    assert r.status_code == 200, r.get_json()
    view = r.get_json()
    assert view["name"] == "李*" and view["contact_revealed"] is False
    assert view["phone"] == seeker_phone[:3] + "****" + seeker_phone[-4:]
    assert view["skills"] == ["低压电工证", "PLC编程"]
    # minimum necessary: no resident ID (not even masked) and no home coordinates for employers
    assert "resident_id" not in view and "location" not in view and "lat" not in r.get_data(as_text=True)
    assert seeker_phone not in r.get_data(as_text=True)

    r = employer.post(f"/api/v1/resumes/{sid}/contact-requests", json={"message": "想请您来面试电工岗位"})
    assert r.status_code == 201
    request_id = r.get_json()["id"]
    again = employer.post(f"/api/v1/resumes/{sid}/contact-requests", json={})
    assert again.status_code == 200 and again.get_json()["id"] == request_id
    assert employer.get(f"/api/v1/resumes/{sid}").get_json()["contact_revealed"] is False

    inbox = seeker.get("/api/v1/me/contact-requests").get_json()
    assert [(c["id"], c["status"], c["employer_name"]) for c in inbox] == [
        (request_id, "pending", "武汉江城机电设备有限公司")]
    assert seeker.post(f"/api/v1/me/contact-requests/{request_id}/accept").get_json()["status"] == "accepted"
    view = employer.get(f"/api/v1/resumes/{sid}").get_json()
    assert (view["name"], view["phone"], view["contact_revealed"]) == ("李娜", seeker_phone, True)
    # another employer still sees the masked profile
    assert make_employer("另一家公司").get(f"/api/v1/resumes/{sid}").get_json()["phone"] != seeker_phone


def test_a_declined_request_cannot_be_repeated(make_employer, make_jobseeker):
    seeker = make_jobseeker()
    employer = make_employer()
    sid = seeker.extra["profile"]["id"]
    request_id = employer.post(f"/api/v1/resumes/{sid}/contact-requests").get_json()["id"]
    assert seeker.post(f"/api/v1/me/contact-requests/{request_id}/decline").status_code == 200
    r = employer.post(f"/api/v1/resumes/{sid}/contact-requests")
    assert r.status_code == 409 and r.get_json()["code"] == "contact_declined"
    r = seeker.post(f"/api/v1/me/contact-requests/{request_id}/accept")
    assert r.status_code == 409 and r.get_json()["code"] == "already_answered"
    assert employer.get(f"/api/v1/resumes/{sid}").get_json()["contact_revealed"] is False
    # a jobseeker cannot answer someone else's request
    other = make_jobseeker("王五", birth="19960101")
    assert other.post(f"/api/v1/me/contact-requests/{request_id}/accept").status_code == 404


def test_applying_reveals_the_phone_to_that_employer_and_withdrawing_hides_it(
        make_employer, make_jobseeker, make_vacancy):
    seeker = make_jobseeker("李娜")
    sid = seeker.extra["profile"]["id"]
    employer = make_employer()
    other_employer = make_employer("另一家公司")
    vacancy = make_vacancy(employer)
    application = seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    listed = employer.get(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    assert listed[0]["applicant"]["contact_revealed"] is True
    assert "*" not in listed[0]["applicant"]["phone"]
    assert employer.get(f"/api/v1/resumes/{sid}").get_json()["contact_revealed"] is True
    assert other_employer.get(f"/api/v1/resumes/{sid}").get_json()["contact_revealed"] is False

    seeker.post(f"/api/v1/me/applications/{application['id']}/withdraw")
    listed = employer.get(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    assert listed[0]["status"] == "withdrawn"
    assert listed[0]["applicant"]["contact_revealed"] is False
    assert "****" in listed[0]["applicant"]["phone"] and listed[0]["applicant"]["name"] == "李*"


def test_visibility_applied_only_and_hidden(make_employer, make_jobseeker, make_vacancy):
    seeker = make_jobseeker()
    sid = seeker.extra["profile"]["id"]
    applied_to = make_employer()
    stranger = make_employer("陌生公司")
    vacancy = make_vacancy(applied_to)
    seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications")

    _set(seeker, visibility="applied_only")
    assert applied_to.get(f"/api/v1/resumes/{sid}").status_code == 200
    assert stranger.get(f"/api/v1/resumes/{sid}").status_code == 404
    assert stranger.post(f"/api/v1/resumes/{sid}/contact-requests").status_code == 404

    _set(seeker, visibility="hidden")
    assert applied_to.get(f"/api/v1/resumes/{sid}").status_code == 404
    # the application itself still carries the resume to the employer applied to
    listed = applied_to.get(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    assert listed[0]["applicant"]["id"] == sid

    _set(seeker, visibility="public")
    assert stranger.get(f"/api/v1/resumes/{sid}").status_code == 200
    assert stranger.get("/api/v1/resumes/999999").status_code == 404
    assert seeker.get(f"/api/v1/resumes/{sid}").status_code == 403


def test_sensitive_groups_never_reach_an_employer_even_once_revealed(app, make_employer, make_jobseeker):
    from sqlalchemy import update

    from recruit.extensions import db
    from recruit.jobseekers.models import JobseekerGroup

    seeker = make_jobseeker()  # registered in Hubei: 'hubei' is derived
    _set(seeker, declared_groups=["disabled", "veteran"])
    with app.app_context():
        db.session.execute(update(JobseekerGroup).values(status="verified"))
        db.session.commit()
    employer = make_employer()
    sid = seeker.extra["profile"]["id"]
    assert employer.get(f"/api/v1/resumes/{sid}").get_json()["groups"] == ["hubei", "veteran"]
    request_id = employer.post(f"/api/v1/resumes/{sid}/contact-requests").get_json()["id"]
    seeker.post(f"/api/v1/me/contact-requests/{request_id}/accept")
    revealed = employer.get(f"/api/v1/resumes/{sid}").get_json()
    assert revealed["contact_revealed"] is True and revealed["groups"] == ["hubei", "veteran"]
    assert "disabled" not in str(revealed) and "残疾" not in str(revealed)
