"""One path through every layer, over the HTTP API, on the real services."""

import datetime as dt

from recruit.clock import today
from tests.factories import sync_search


def test_employer_posts_jobseeker_finds_applies_and_is_hired(
        app, client, search, make_employer, make_jobseeker, make_staff):
    employer = make_employer()
    assert employer.extra["employer"]["credit_code"].startswith("91420102")

    r = employer.post("/api/v1/vacancies", json={
        "title": "维修电工",
        "description": "负责厂区配电设备的日常巡检与维修，持证上岗，缴纳五险一金，包吃住。",
        "region_code": "420102", "occupation_code": "6-31-01", "headcount": 4,
        "salary_min": 6000, "salary_max": 9000})
    assert r.status_code == 201, r.get_json()
    vacancy = r.get_json()
    assert vacancy["status"] == "published"

    # indexed through the outbox
    assert sync_search(app)["indexed"] == 1

    seeker = make_jobseeker()
    assert seeker.extra["profile"]["resident_id"].count("*") == 14

    r = seeker.get("/api/v1/search/vacancies", query_string={"q": "电工", "region": "42"})
    assert r.status_code == 200, r.get_json()
    hits = r.get_json()["hits"]
    assert [h["id"] for h in hits] == [vacancy["id"]]

    r = seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications", json={"note": "有电工证"})
    assert r.status_code == 201, r.get_json()
    application = r.get_json()

    r = employer.get(f"/api/v1/vacancies/{vacancy['id']}/applications")
    assert r.status_code == 200
    listed = r.get_json()
    assert [a["id"] for a in listed] == [application["id"]]
    assert listed[0]["applicant"]["name"] == "李娜"
    assert seeker.extra["resident_id"] not in r.get_data(as_text=True)

    r = employer.post(f"/api/v1/applications/{application['id']}/hire")
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["status"] == "hired"

    admin = make_staff("admin")
    day = today().isoformat()
    r = admin.get("/api/v1/reports/headline", query_string={"start": day, "end": day})
    assert r.status_code == 200, r.get_json()
    figures = r.get_json()
    assert figures["employers_posting"] == 1
    assert figures["positions_posted"] == 4
    assert figures["resumes_submitted"] == 1
    assert figures["placements"] == 1

    # yesterday saw none of it
    yesterday = (today() - dt.timedelta(days=1)).isoformat()
    r = admin.get("/api/v1/reports/headline", query_string={"start": yesterday, "end": yesterday})
    assert r.get_json()["resumes_submitted"] == 0
