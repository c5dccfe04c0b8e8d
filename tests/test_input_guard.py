"""Unstorable text and oversized bodies are refused before any service runs."""

from sqlalchemy import select

from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker


def _patch(seeker, body):
    return seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers, json=body)


def test_nul_and_lone_surrogates_are_named_not_500(app, make_jobseeker):
    seeker = make_jobseeker()
    r = _patch(seeker, {"major": "机电\x00一体化"})
    assert r.status_code == 422 and "major" in r.get_json()["errors"]["json"]
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                            data='{"skills": ["ok", "\\udb6e"]}', content_type="application/json")
    assert r.status_code == 422 and "skills.1" in r.get_json()["errors"]["json"]
    r = seeker.get("/api/v1/me/applications", query_string={"status": "hired\x00"})
    assert r.status_code == 422 and "status" in r.get_json()["errors"]["query"]
    with app.app_context():
        assert db.session.scalar(select(Jobseeker.major)) is None


def test_oversized_resume_is_413_and_changes_nothing(app, make_jobseeker):
    seeker = make_jobseeker()
    big = "我" * (app.config["MAX_CONTENT_LENGTH"] // 3 + 10)
    r = _patch(seeker, {"self_introduction": big})
    assert r.status_code == 413 and r.get_json()["code"] == "payload_too_large"
    assert seeker.get("/api/v1/jobseekers/me").get_json()["self_introduction"] is None


def test_huge_path_ids_are_404(make_jobseeker):
    seeker = make_jobseeker()
    assert seeker.get(f"/api/v1/me/applications/{2**31}").status_code == 404
    assert seeker.get(f"/api/v1/me/applications/{2**31 - 1}").status_code == 404


def test_query_numbers_beyond_an_integer_or_in_other_scripts_are_not_500(client, search):
    r = client.get("/api/v1/search/vacancies", query_string={"campaign": str(2**31)})
    assert r.status_code == 422 and "campaign" in r.get_json()["errors"]["query"]
    # '³' passes str.isdigit() but int() refuses it: a 4xx naming the field; '٣' is a decimal
    # digit int() reads (3): an answer
    for odd in ("³", "+²"):
        r = client.get("/api/v1/search/vacancies", query_string={"campaign": odd, "off": odd})
        assert r.status_code in (400, 422) and "campaign" in str(r.get_json()), (odd, r.get_json())
    arabic_three = client.get("/api/v1/search/vacancies", query_string={"campaign": "٣", "off": "³"})
    assert arabic_three.status_code == 200
    r = client.get("/api/v1/search/vacancies", query_string={"page": "³"})
    assert r.status_code in (400, 422) and "page" in str(r.get_json()), r.get_json()
