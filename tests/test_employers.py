"""Employer organisations: registration fields, members by invitation, HR agencies, operator flags."""

import json

from tests.factories import (
    credit_code,
    employer_payload,
    invitation_code,
    register_and_login,
    verify_employer,
)


def test_registration_takes_every_field_and_masks_the_contact_phone(make_employer):
    employer = make_employer()
    body = employer.get("/api/v1/employers/me").get_json()
    assert (body["industry_code"], body["size_band"], body["contact_name"]) == ("C38", "medium", "张经理")
    assert body["contact_phone"] == "027-****78" and "82345678" not in json.dumps(body)
    assert body["owner_id"] == employer.account["id"] and body["is_key_enterprise"] is False


def test_bad_registration_names_each_field(client):
    actor = register_and_login(client, "employer")
    bad = employer_payload(
        industry_code="Z99",
        size_band="huge",
        contact_phone="12345",
        region_code="429999",
        credit_code=credit_code()[:-1] + "?",
    )
    r = actor.post("/api/v1/employers", json=bad)
    assert r.status_code == 422
    assert set(r.get_json()["errors"]["json"]) == {
        "industry_code",
        "size_band",
        "contact_phone",
        "region_code",
        "credit_code",
    }
    # flags are not the employer's to set
    r = actor.post("/api/v1/employers", json=employer_payload(is_key_enterprise=True))
    assert r.status_code == 422 and "is_key_enterprise" in r.get_json()["errors"]["json"]
    assert actor.get("/api/v1/me").get_json()["employer_id"] is None


def test_owner_invites_a_member_who_then_sees_the_same_vacancies(client, make_employer, make_vacancy):
    owner = make_employer()
    vacancy = make_vacancy(owner)
    member = register_and_login(client, "employer", "李专员")
    stranger = register_and_login(client, "employer", "路人")
    r = owner.post("/api/v1/employers/me/invitations", json={"phone": "0271234"})
    assert r.status_code == 422 and "phone" in r.get_json()["errors"]["json"]
    member_phone = _phone_of(client, member)
    r = owner.post("/api/v1/employers/me/invitations", json={"phone": member_phone})
    assert r.status_code == 201 and r.get_json()["phone"].count("*") == 4
    invitation = r.get_json()["id"]
    assert stranger.get("/api/v1/employers/invitations").get_json() == []
    assert stranger.post(f"/api/v1/employers/invitations/{invitation}/accept",
                         json={"code": "123456"}).status_code == 404
    assert [i["id"] for i in member.get("/api/v1/employers/invitations").get_json()] == [invitation]
    r = member.post(f"/api/v1/employers/invitations/{invitation}/accept",
                    json={"code": invitation_code(client, member)})
    assert r.status_code == 200 and r.get_json()["id"] == owner.extra["employer"]["id"]
    assert [v["id"] for v in member.get("/api/v1/employers/me/vacancies").get_json()] == [vacancy["id"]]
    members = owner.get("/api/v1/employers/me/members").get_json()
    assert sorted(m["is_owner"] for m in members) == [False, True]
    # only the owner invites or edits the profile
    assert member.post("/api/v1/employers/me/invitations", json={"phone": "13900000000"}).status_code == 403
    r = member.client.patch("/api/v1/employers/me", headers=member.headers, json={"size_band": "large"})
    assert r.status_code == 403 and r.get_json()["code"] == "not_owner"
    r = owner.client.patch("/api/v1/employers/me", headers=owner.headers, json={"size_band": "large"})
    assert r.status_code == 200 and r.get_json()["size_band"] == "large"


def _phone_of(client, actor) -> str:
    from recruit.accounts.models import Account
    from recruit.extensions import db

    with client.application.app_context():
        return db.session.get(Account, actor.account["id"]).phone


def test_agency_posts_only_for_employers_that_authorised_it(client, make_employer):
    employer = make_employer("武汉某食品有限公司")
    agency = register_and_login(client, "employer", "猎头")
    r = agency.post(
        "/api/v1/employers",
        json=employer_payload(name="江城人力资源服务有限公司", is_agency=True, industry_code="L72"),
    )
    assert r.status_code == 201
    agency_info = r.get_json()
    verify_employer(client.application, agency_info["id"])
    from tests.factories import vacancy_payload

    payload = vacancy_payload(employer_id=employer.extra["employer"]["id"])
    r = agency.post("/api/v1/vacancies", json=payload)
    assert r.status_code == 422 and "employer_id" in r.get_json()["errors"]["json"]

    r = employer.post("/api/v1/employers/me/agencies", json={"credit_code": agency_info["credit_code"]})
    assert r.status_code == 201 and r.get_json()["agency_name"] == "江城人力资源服务有限公司"
    r = agency.post("/api/v1/vacancies", json=payload)
    assert r.status_code == 201
    posted = r.get_json()
    assert (posted["employer_name"], posted["agency_name"]) == (
        "武汉某食品有限公司",
        "江城人力资源服务有限公司",
    )
    # both sides see it; the agency lists its clients
    assert [v["id"] for v in employer.get("/api/v1/employers/me/vacancies").get_json()] == [posted["id"]]
    assert [v["id"] for v in agency.get("/api/v1/employers/me/vacancies").get_json()] == [posted["id"]]
    assert [c["employer_id"] for c in agency.get("/api/v1/employers/me/clients").get_json()] == [
        employer.extra["employer"]["id"]
    ]
    # revoked: no more postings
    r = employer.client.delete(f"/api/v1/employers/me/agencies/{agency_info['id']}", headers=employer.headers)
    assert r.status_code == 204
    assert agency.post("/api/v1/vacancies", json=payload).status_code == 422
    # an ordinary employer cannot be authorised as an agency
    other = make_employer("普通公司")
    r = employer.post(
        "/api/v1/employers/me/agencies", json={"credit_code": other.extra["employer"]["credit_code"]}
    )
    assert r.status_code == 422 and "credit_code" in r.get_json()["errors"]["json"]


def test_only_operators_of_the_region_set_flags(make_employer, make_staff):
    employer = make_employer()
    eid = employer.extra["employer"]["id"]
    wuhan, beijing = make_staff("operator", "4201"), make_staff("operator", "11")
    url = f"/api/v1/employers/{eid}/flags"
    assert (
        employer.client.patch(url, headers=employer.headers, json={"is_key_enterprise": True}).status_code
        == 403
    )
    assert (
        beijing.client.patch(url, headers=beijing.headers, json={"is_key_enterprise": True}).status_code
        == 404  # outside the region looks absent
    )
    r = wuhan.client.patch(url, headers=wuhan.headers, json={"is_key_enterprise": True})
    assert r.status_code == 422 and "commissioner_id" in r.get_json()["errors"]["json"]
    r = wuhan.client.patch(
        url,
        headers=wuhan.headers,
        json={"is_key_enterprise": True, "commissioner_id": employer.account["id"]},
    )
    assert r.status_code == 422  # an employer account is no commissioner
    r = wuhan.client.patch(
        url,
        headers=wuhan.headers,
        json={
            "is_key_enterprise": True,
            "commissioner_id": wuhan.account["id"],
            "poverty_alleviation": "workshop",
        },
    )
    assert r.status_code == 200
    body = employer.get("/api/v1/employers/me").get_json()
    assert (body["is_key_enterprise"], body["commissioner_id"], body["poverty_alleviation"]) == (
        True,
        wuhan.account["id"],
        "workshop",
    )
    r = wuhan.client.patch(url, headers=wuhan.headers, json={"poverty_alleviation": "charity"})
    assert r.status_code == 422


def test_renaming_the_organisation_reindexes_its_published_vacancies(
    app, search, make_employer, make_vacancy
):
    from recruit.search.client import es
    from recruit.search.mappings import alias
    from tests.factories import sync_search

    employer = make_employer()
    published = make_vacancy(employer)
    make_vacancy(employer, submit=False)
    sync_search(app)
    r = employer.client.patch(
        "/api/v1/employers/me", headers=employer.headers, json={"name": "武汉江城机电集团有限公司"}
    )
    assert r.status_code == 200
    assert sync_search(app)["rows"] == 1
    with app.app_context():
        doc = es().get(index=alias("vacancies"), id=str(published["id"]))["_source"]
    assert doc["employer_name"] == "武汉江城机电集团有限公司"
