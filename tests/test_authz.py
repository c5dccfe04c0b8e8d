"""Authorization gaps (issue 13, item 7): live agency authorisation, campaign membership scope,
404 for anything out of scope, and the channels each role may name."""

import datetime as dt
import io

from tests.factories import (
    employer_payload,
    register_and_login,
    sync_search,
    update_vacancy,
    verify_employer,
)


def _agency_for(client, employer):
    """A verified HR agency the employer authorised."""
    agency = register_and_login(client, "employer", "机构招聘专员")
    r = agency.post("/api/v1/employers", json=employer_payload(
        name="江城人力资源服务有限公司", is_agency=True, industry_code="L72"))
    assert r.status_code == 201
    agency.extra["employer"] = r.get_json()
    verify_employer(client.application, agency.extra["employer"]["id"])
    r = employer.post("/api/v1/employers/me/agencies", json={"credit_code": r.get_json()["credit_code"]})
    assert r.status_code == 201
    return agency


def _upload(actor, employer_id):
    data = ("岗位编号,岗位名称,岗位描述,工作地点区划代码,职业代码,招聘人数,月薪下限,月薪上限\n"
            "AG1,包装工,负责食品包装与装箱，按件计酬，包吃住。,420102,6-31,2,4000,5000\n").encode()
    return actor.client.post(
        "/api/v1/employers/me/vacancy-imports", headers=actor.headers,
        query_string={"submit": "true", "employer_id": employer_id},
        data={"file": (io.BytesIO(data), "clients.csv")}, content_type="multipart/form-data")


def _agency_view(agency, vacancy_id, batch_id):
    """Status of every agency access to the vacancy it posted, its applicants and imports."""
    client = agency.client
    return {
        "vacancy": agency.get(f"/api/v1/employers/me/vacancies/{vacancy_id}").status_code,
        "edit": client.patch(f"/api/v1/employers/me/vacancies/{vacancy_id}", headers=agency.headers,
                             json={"headcount": 4}).status_code,
        "transitions": agency.get(f"/api/v1/employers/me/vacancies/{vacancy_id}/transitions").status_code,
        "applicants": agency.get(f"/api/v1/vacancies/{vacancy_id}/applications").status_code,
        "candidates": agency.get(f"/api/v1/vacancies/{vacancy_id}/candidates").status_code,
        "batch": agency.get(f"/api/v1/employers/me/vacancy-imports/{batch_id}").status_code,
        "batch_errors": agency.get(f"/api/v1/employers/me/vacancy-imports/{batch_id}/errors.csv").status_code,
        "listed": len(agency.get("/api/v1/employers/me/vacancies").get_json()),
        "batches": len(agency.get("/api/v1/employers/me/vacancy-imports").get_json()),
    }


def test_a_revoked_agency_loses_every_access_at_once(app, client, search, make_employer, make_jobseeker):
    from tests.factories import vacancy_payload

    employer = make_employer("武汉某食品有限公司")
    client_id = employer.extra["employer"]["id"]
    agency = _agency_for(client, employer)
    r = agency.post("/api/v1/vacancies", json=vacancy_payload(employer_id=client_id))
    assert r.status_code == 201 and r.get_json()["status"] == "published"
    vacancy_id = r.get_json()["id"]
    r = _upload(agency, client_id)
    assert r.status_code == 201, r.get_json()
    batch_id = r.get_json()["id"]
    seeker = make_jobseeker()
    assert seeker.post(f"/api/v1/vacancies/{vacancy_id}/applications", json={}).status_code == 201
    sync_search(app)

    granted = _agency_view(agency, vacancy_id, batch_id)
    assert {k: v for k, v in granted.items() if k not in ("listed", "batches")} == dict.fromkeys(
        ("vacancy", "edit", "transitions", "applicants", "candidates", "batch", "batch_errors"), 200)
    assert (granted["listed"], granted["batches"]) == (2, 1)

    agency_id = agency.extra["employer"]["id"]
    r = employer.client.delete(f"/api/v1/employers/me/agencies/{agency_id}", headers=employer.headers)
    assert r.status_code == 204
    revoked = _agency_view(agency, vacancy_id, batch_id)
    assert revoked == {"vacancy": 404, "edit": 404, "transitions": 404, "applicants": 404,
                       "candidates": 404, "batch": 404, "batch_errors": 404, "listed": 0, "batches": 0}
    # the web pages follow the same rule
    web = app.test_client()
    page = web.get("/employer/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    with app.app_context():
        from recruit.accounts.models import Account
        from recruit.extensions import db

        phone = db.session.get(Account, agency.account["id"]).phone
    web.post("/employer/login", data={"phone": phone, "password": "correct-horse-42", "csrf_token": token})
    assert web.get(f"/employer/vacancies/{vacancy_id}").status_code == 404
    assert web.get(f"/employer/import/{batch_id}/errors.csv").status_code == 404
    # the client keeps everything; the edit made while authorised stays
    assert employer.get(f"/api/v1/employers/me/vacancies/{vacancy_id}").get_json()["headcount"] == 4
    assert len(employer.get("/api/v1/employers/me/vacancies").get_json()) == 2
    # authorised again: the postings are the agency's to manage again
    r = employer.post("/api/v1/employers/me/agencies",
                      json={"credit_code": agency.extra["employer"]["credit_code"]})
    assert r.status_code == 201
    assert agency.get(f"/api/v1/employers/me/vacancies/{vacancy_id}").status_code == 200


def _window():
    now = dt.datetime.now(dt.UTC)
    return {"starts_at": (now - dt.timedelta(days=1)).isoformat(),
            "ends_at": (now + dt.timedelta(days=30)).isoformat()}


def test_operators_add_only_published_vacancies_of_their_region(app, search, make_employer, make_vacancy,
                                                                make_staff):
    employer = make_employer()
    published = make_vacancy(employer, region_code="420102")["id"]
    draft = make_vacancy(employer, region_code="420106", submit=False)["id"]
    elsewhere = make_vacancy(employer, region_code="440305")["id"]
    closed = make_vacancy(employer, region_code="420102")["id"]
    update_vacancy(app, closed, status="closed", close_reason="withdrawn")
    operator, admin = make_staff("operator", "4201"), make_staff("admin")
    campaign = operator.post("/api/v1/campaigns", json={
        "name": "春风行动", "kind": "region", **_window()}).get_json()
    url = f"/api/v1/campaigns/{campaign['id']}/members/"

    r = operator.client.put(url + str(published), headers=operator.headers)
    assert r.status_code == 200 and r.get_json()["vacancy_id"] == published
    absent = operator.client.put(url + "999999", headers=operator.headers)
    assert absent.status_code == 404
    for vacancy_id in (draft, elsewhere, closed):
        r = operator.client.put(url + str(vacancy_id), headers=operator.headers)
        # the same answer as an id that does not exist: nothing confirms it
        assert (r.status_code, r.get_json()) == (404, absent.get_json()), vacancy_id
    # removal: any status, still only inside the region
    assert operator.client.delete(url + str(draft), headers=operator.headers).status_code == 200
    assert operator.client.delete(url + str(elsewhere), headers=operator.headers).status_code == 404
    # admins: any published vacancy, never a draft
    assert admin.client.put(url + str(elsewhere), headers=admin.headers).status_code == 200
    assert admin.client.put(url + str(draft), headers=admin.headers).status_code == 404
    # another region's operator does not see the campaign at all
    other = make_staff("operator", "44")
    assert other.client.put(url + str(elsewhere), headers=other.headers).status_code == 404
    with app.app_context():
        from sqlalchemy import select

        from recruit.audit.models import AuditEntry
        from recruit.extensions import db

        audited = db.session.scalars(select(AuditEntry.after).where(
            AuditEntry.action == "campaign.add_vacancy").order_by(AuditEntry.id)).all()
        assert [a["vacancy_id"] for a in audited] == [published, elsewhere]  # refusals leave none


def test_out_of_region_ids_answer_404_like_missing_ones(make_employer, make_vacancy, make_staff):
    from tests.test_vacancy_lifecycle import FLAGGED

    employer = make_employer()
    held = make_vacancy(employer, description=FLAGGED)["id"]
    far = make_staff("operator", "44")
    for path in (f"/api/v1/review/vacancies/{held}", f"/api/v1/employers/{employer.extra['employer']['id']}"):
        assert far.get(path).status_code == 404, path
    r = far.post(f"/api/v1/review/vacancies/{held}/reject", json={"reason": "不符合要求的岗位"})
    assert r.status_code == 404
    # a region asked for by name (not an id) is still a clear 403
    r = far.get("/api/v1/review/vacancies?region=42")
    assert r.status_code == 403 and r.get_json()["code"] == "out_of_region"


def test_a_jobseeker_cannot_claim_a_staff_channel(make_employer, make_vacancy, make_jobseeker):
    from recruit.applications.models import CHANNELS, CHANNELS_BY_ROLE

    vacancy = make_vacancy(make_employer())["id"]
    seeker = make_jobseeker()
    r = seeker.post(f"/api/v1/vacancies/{vacancy}/applications", json={"channel": "operator"})
    assert r.status_code == 422 and list(r.get_json()["errors"]["json"]) == ["channel"]
    r = seeker.post(f"/api/v1/vacancies/{vacancy}/applications", json={"channel": "featured_session"})
    assert r.status_code == 201 and r.get_json()["channel"] == "featured_session"
    # every channel belongs to some role, and only staff may name the staff channel
    assert set(CHANNELS) == {c for allowed in CHANNELS_BY_ROLE.values() for c in allowed}
    assert "operator" not in CHANNELS_BY_ROLE["jobseeker"] and "employer" not in CHANNELS_BY_ROLE
