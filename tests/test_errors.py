"""One error shape; bad input is a 4xx naming the field; nothing half-written."""

from sqlalchemy import func, select

from recruit.employers.models import Employer
from recruit.extensions import db
from tests.factories import credit_code, employer_payload, register_and_login, vacancy_payload


def _shape(body: dict) -> None:
    assert set(body) >= {"status", "code", "message"}
    assert isinstance(body["message"], str) and body["message"]


def test_malformed_json_is_400(client, make_employer):
    employer = make_employer()
    r = client.post("/api/v1/vacancies", data="{not json", content_type="application/json",
                    headers=employer.headers)
    assert r.status_code == 400
    _shape(r.get_json())


def test_wrong_type_missing_and_unknown_fields_are_named(make_employer):
    employer = make_employer()
    payload = vacancy_payload(headcount="three", salary_max=None)
    del payload["title"]
    payload["gender_required"] = "男"
    r = employer.post("/api/v1/vacancies", json=payload)
    assert r.status_code == 422
    body = r.get_json()
    _shape(body)
    fields = body["errors"]["json"]
    assert set(fields) >= {"headcount", "salary_max", "title", "gender_required"}
    for name in ("headcount", "title", "gender_required"):
        assert name in body["message"]


def test_salary_order_and_region_level_are_checked(make_employer):
    employer = make_employer()
    r = employer.post("/api/v1/vacancies", json=vacancy_payload(salary_min=9000, salary_max=6000))
    assert r.status_code == 422 and "salary_min" in r.get_json()["errors"]["json"]
    r = employer.post("/api/v1/vacancies", json=vacancy_payload(region_code="420100"))
    assert r.status_code == 422 and "region_code" in r.get_json()["errors"]["json"]
    r = employer.post("/api/v1/vacancies", json=vacancy_payload(region_code="999999"))
    assert r.status_code == 422 and "region_code" in r.get_json()["errors"]["json"]


def test_bad_credit_code_and_resident_id_are_named(client, make_employer):
    actor = register_and_login(client, "employer")
    good = credit_code()
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    r = actor.post("/api/v1/employers", json={"name": "某某公司", "credit_code": bad,
                                              "region_code": "420102"})
    assert r.status_code == 422
    assert "校验位" in r.get_json()["errors"]["json"]["credit_code"][0]

    seeker = register_and_login(client, "jobseeker")
    r = seeker.post("/api/v1/jobseekers/me", json={
        "name": "张三", "resident_id": "420102199503071230", "current_region_code": "420102"})
    assert r.status_code == 422
    assert "resident_id" in r.get_json()["errors"]["json"]
    # the rejected number is never echoed back
    assert "420102199503071230" not in r.get_data(as_text=True)


def test_failed_registration_writes_nothing(app, client, make_employer):
    first = make_employer()
    taken = first.extra["employer"]["credit_code"]
    second = register_and_login(client, "employer")
    r = second.post("/api/v1/employers", json=employer_payload(name="重复公司", credit_code=taken))
    assert r.status_code == 409 and "credit_code" in r.get_json()["errors"]["json"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Employer)) == 1
    assert second.get("/api/v1/me").get_json()["employer_id"] is None


def test_unknown_route_and_method_are_json(client):
    r = client.get("/api/v1/nowhere")
    assert r.status_code == 404
    _shape(r.get_json())
    r = client.delete("/api/v1/auth/login")
    assert r.status_code == 405
    _shape(r.get_json())


def test_oversized_body_is_413(app, client, make_employer):
    employer = make_employer()
    big = "岗" * (app.config["MAX_CONTENT_LENGTH"] // 3 + 10)
    r = employer.post("/api/v1/vacancies", json=vacancy_payload(description=big))
    assert r.status_code == 413
    assert r.get_json()["code"] == "payload_too_large"


def test_bad_search_args_are_400_naming_the_field(client):
    r = client.get("/api/v1/search/vacancies", query_string={"region": "4x", "page": "0"})
    assert r.status_code == 400
    body = r.get_json()
    assert body["code"] == "validation_error"
    assert set(body["errors"]["query"]) == {"region", "page"}
    assert "region" in body["message"]
    r = client.get("/api/v1/search/vacancies", query_string={"page": 1000, "per_page": 20})
    assert r.status_code == 400 and "page" in r.get_json()["errors"]["query"]
