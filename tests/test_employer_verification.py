"""Employer verification by operators of the region; unverified organisations keep drafts but
publish nothing and see no resumes or candidates; resume views recorded, a daily quota, and a
flag for operators."""

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from recruit import clock
from recruit.audit.models import AuditEntry
from recruit.contacts.models import ResumeView
from recruit.extensions import db
from recruit.vacancies.models import Vacancy
from tests.factories import PASSWORD, resume_payload, vacancy_payload


def _count(app, model):
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def public_resume(make_jobseeker):
    def make(name="李娜", birth="19950307"):
        seeker = make_jobseeker(name, birth=birth)
        r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                                json=resume_payload(visibility="public"))
        assert r.status_code == 200, r.get_json()
        return seeker.extra["profile"]["id"]

    return make


def test_an_unverified_employer_keeps_drafts_but_publishes_and_sees_nothing(app, make_employer,
                                                                            public_resume):
    employer = make_employer(verified=False)
    assert employer.get("/api/v1/employers/me").get_json()["verification_status"] == "pending"
    draft = employer.post("/api/v1/vacancies", json=vacancy_payload(submit=False))
    assert draft.status_code == 201 and draft.get_json()["status"] == "draft"
    r = employer.post("/api/v1/vacancies", json=vacancy_payload(title="焊工"))
    assert r.status_code == 403 and r.get_json()["code"] == "employer_unverified"
    assert "尚待人社部门核验" in r.get_json()["message"] and "草稿" in r.get_json()["message"]
    assert _count(app, Vacancy) == 1  # nothing half-written
    r = employer.post(f"/api/v1/employers/me/vacancies/{draft.get_json()['id']}/submit")
    assert r.status_code == 403 and r.get_json()["code"] == "employer_unverified"
    resume = public_resume()
    r = employer.get(f"/api/v1/resumes/{resume}")
    assert r.status_code == 403 and "查看简历" in r.get_json()["message"]
    assert employer.post(f"/api/v1/resumes/{resume}/contact-requests", json={}).status_code == 403
    r = employer.get(f"/api/v1/vacancies/{draft.get_json()['id']}/candidates")
    assert r.status_code == 403 and r.get_json()["code"] == "employer_unverified"
    assert employer.get(f"/api/v1/vacancies/{draft.get_json()['id']}/applications").status_code == 403
    assert _count(app, ResumeView) == 0


def test_operators_of_the_region_reject_with_a_reason_and_verify(app, make_employer, make_staff):
    employer = make_employer(verified=False)
    employer_id = employer.extra["employer"]["id"]
    far = make_staff("operator", "4406")
    local = make_staff("operator", "4201")
    assert far.get("/api/v1/employers/verification-queue").get_json() == []
    assert far.get("/api/v1/employers/verification-queue", query_string={"region": "42"}).status_code == 403
    # another region's organisation looks absent, as every out-of-region id does
    assert far.post(f"/api/v1/employers/{employer_id}/verify").status_code == 404
    assert [e["id"] for e in local.get("/api/v1/employers/verification-queue").get_json()] == [employer_id]

    r = local.post(f"/api/v1/employers/{employer_id}/reject", json={"reason": "x"})
    assert r.status_code == 422 and "reason" in r.get_json()["errors"]["json"]
    r = local.post(f"/api/v1/employers/{employer_id}/reject", json={"reason": "营业执照名称与登记名称不符"})
    assert r.status_code == 200 and r.get_json()["verification_status"] == "rejected"
    mine = employer.get("/api/v1/employers/me").get_json()
    assert (mine["verification_status"], mine["verification_reason"]) == (
        "rejected", "营业执照名称与登记名称不符")
    r = employer.post("/api/v1/vacancies", json=vacancy_payload())
    assert r.status_code == 403 and "营业执照名称与登记名称不符" in r.get_json()["message"]
    assert local.post(f"/api/v1/employers/{employer_id}/verify").status_code == 409

    # corrected profile: back in the queue, then verified
    r = employer.client.patch("/api/v1/employers/me", headers=employer.headers, json={"size_band": "large"})
    assert r.status_code == 200 and r.get_json()["verification_status"] == "pending"
    r = local.post(f"/api/v1/employers/{employer_id}/verify", json={"note": "已核对营业执照"})
    assert r.status_code == 200 and r.get_json()["verification_status"] == "verified"
    assert employer.post("/api/v1/vacancies", json=vacancy_payload()).get_json()["status"] == "published"
    with app.app_context():
        actions = db.session.scalars(select(AuditEntry.action).where(AuditEntry.target_id == str(employer_id))
                                     .order_by(AuditEntry.id)).all()
    assert actions == ["employer.reject", "employer.verify"]


def test_resume_views_are_recorded_and_limited_per_day(app, make_employer, public_resume):
    employer = make_employer()
    first, second, third = (public_resume(n, b) for n, b in
                            (("甲", "19900101"), ("乙", "19910101"), ("丙", "19920101")))
    app.config["RESUME_VIEW_DAILY_QUOTA"] = 2
    try:
        assert employer.get(f"/api/v1/resumes/{first}").status_code == 200
        assert employer.get(f"/api/v1/resumes/{second}").status_code == 200
        assert employer.get(f"/api/v1/resumes/{first}").status_code == 200  # opened today already
        r = employer.get(f"/api/v1/resumes/{third}")
        assert r.status_code == 429 and r.get_json()["code"] == "resume_view_quota"
        assert 0 < int(r.headers["Retry-After"]) <= 24 * 3600
    finally:
        app.config["RESUME_VIEW_DAILY_QUOTA"] = 200
    with app.app_context():
        rows = db.session.scalars(select(ResumeView).order_by(ResumeView.id)).all()
        assert [v.jobseeker_id for v in rows] == [first, second, first]
        assert {v.employer_id for v in rows} == {employer.extra["employer"]["id"]}


def test_the_day_is_china_standard_time():
    start, end = clock.day_bounds(dt.datetime(2026, 3, 1, 17, 30, tzinfo=dt.UTC))
    assert start == dt.datetime(2026, 3, 2, tzinfo=clock.CST) and end - start == dt.timedelta(days=1)


def test_operators_see_employers_viewing_far_more_than_their_places_justify(app, make_employer, make_staff,
                                                                           make_vacancy, public_resume):
    busy = make_employer("武汉大量查看公司")
    calm = make_employer("武汉正常招聘公司")
    far = make_employer("广州查看公司", region="440103")
    make_vacancy(calm, headcount=1)
    resumes = [public_resume(f"人{i}", f"199{i}0303") for i in range(3)]
    app.config.update(RESUME_VIEW_FLAG_FACTOR=1, RESUME_VIEW_FLAG_SLACK=1)
    try:
        for actor, seen in ((busy, resumes), (calm, resumes[:2]), (far, resumes)):
            for resume in seen:
                assert actor.get(f"/api/v1/resumes/{resume}").status_code == 200
        flags = make_staff("operator", "4201").get("/api/v1/employers/resume-view-flags").get_json()
        assert [(f["employer_name"], f["views_7d"], f["open_headcount"], f["threshold"]) for f in flags] == [
            ("武汉大量查看公司", 3, 0, 1)]
        national = make_staff("admin").get("/api/v1/employers/resume-view-flags").get_json()
        assert {f["employer_name"] for f in national} == {"武汉大量查看公司", "广州查看公司"}
    finally:
        app.config.update(RESUME_VIEW_FLAG_FACTOR=20, RESUME_VIEW_FLAG_SLACK=50)


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_the_ops_page_lists_and_decides_the_regions_employers(app, make_employer, make_staff):
    pending = make_employer("武汉待核验公司", verified=False)
    make_employer("襄阳待核验公司", region="420602", verified=False)
    operator = make_staff("operator", "4201")
    web = app.test_client()
    page = web.get("/ops/login").text
    assert web.post("/ops/login", data={"phone": operator.extra["phone"], "password": PASSWORD,
                                        "csrf_token": _token(page)}).status_code == 302
    page = web.get("/ops/employers").text
    assert "武汉待核验公司" in page and "襄阳待核验公司" not in page
    employer_id = pending.extra["employer"]["id"]
    r = web.post(f"/ops/employers/{employer_id}/reject", data={"reason": "", "csrf_token": _token(page)})
    assert r.status_code == 400
    r = web.post(f"/ops/employers/{employer_id}/approve", data={"note": "", "csrf_token": _token(page)})
    assert r.status_code == 302
    assert pending.get("/api/v1/employers/me").get_json()["verification_status"] == "verified"
    assert "本辖区暂无待核验的用人单位" in web.get("/ops/employers").text
