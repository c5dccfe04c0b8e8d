"""The resume: typed fields validated, identity facts derived, priority groups derived or declared."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from recruit.clock import today
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup, WorkExperience
from recruit.jobseekers.service import derived_groups
from tests.factories import register_and_login, resident_id, resume_payload


def _create(client, region="420102", **resume):
    seeker = register_and_login(client, "jobseeker", "王强")
    number = resident_id(region, "19940512")
    r = seeker.post("/api/v1/jobseekers/me", json={
        "name": "王强", "resident_id": number, "current_region_code": "420106", **resume})
    return seeker, r


def _groups(body):
    return {g["group"]: (g["source"], g["status"]) for g in body["groups"]}


def test_full_resume_is_stored_and_returned(client):
    seeker, r = _create(client, **resume_payload())
    assert r.status_code == 201, r.get_json()
    body = r.get_json()
    assert body["birth_date"] == "1994-05-12" and body["hukou_region_code"] == "420102"
    assert body["location"] == {"lat": 30.5928, "lon": 114.3055}
    assert body["work_history"] == [{"employer_name": "武汉某机电公司", "title": "维修电工",
                                     "start_date": "2019-03-01", "end_date": None}]
    assert body["desired_occupations"] == ["6-31", "6-31-01-03"]
    assert (body["expected_salary"], body["education_level"]) == (7000, "associate")
    assert seeker.get("/api/v1/jobseekers/me").get_json() == body


def test_patch_changes_only_what_is_given_and_replaces_lists(client):
    seeker, r = _create(client, **resume_payload())
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers, json={
        "skills": ["焊工证", "焊工证", "电工证"], "work_history": [], "location": None,
        "expected_salary": 8000})
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["skills"] == ["焊工证", "电工证"]  # duplicates dropped, order kept
    assert body["work_history"] == [] and body["location"] is None
    assert body["expected_salary"] == 8000 and body["major"] == "电气自动化技术"


def test_hubei_and_graduate_are_derived(client):
    year = today().year
    # a typed year alone is not a college graduate
    seeker, r = _create(client, region="420102", graduation_year=year)
    assert _groups(r.get_json()) == {"hubei": ("derived", "verified")}
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                            json={"education_level": "associate"})
    assert _groups(r.get_json()) == {"hubei": ("derived", "verified"),
                                     "graduate": ("derived", "verified")}
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                            json={"graduation_year": year - 2})
    assert _groups(r.get_json()) == {"hubei": ("derived", "verified")}
    _, r = _create(client, region="440305", graduation_year=year - 1, education_level="bachelor")
    assert _groups(r.get_json()) == {"graduate": ("derived", "verified")}


@pytest.mark.parametrize(("year_offset", "hukou", "education", "expected"), [
    (0, "420102", "bachelor", {"graduate", "hubei"}), (-1, "110101", "associate", {"graduate"}),
    (-2, "110101", "master", set()), (None, "429004", "doctorate", {"hubei"}),
    (1, "110101", "bachelor", set()),
    # the year alone, or a school below college, is not a college graduate
    (0, "110101", "none", set()), (0, "110101", "senior_high", set()), (0, "110101", None, set()),
])
def test_derived_groups_rule(year_offset, hukou, education, expected):
    on = dt.date(2020, 6, 30)
    year = None if year_offset is None else on.year + year_offset
    assert derived_groups(graduation_year=year, hukou_region_code=hukou, on=on,
                          education_level=education) == expected


def test_declared_groups_wait_for_verification_and_keep_their_status(app, client):
    seeker, r = _create(client, region="110101", declared_groups=["migrant_worker", "veteran"])
    assert _groups(r.get_json()) == {"migrant_worker": ("declared", "verified"),
                                     "veteran": ("declared", "pending")}
    with app.app_context():
        row = db.session.scalar(select(JobseekerGroup).where(JobseekerGroup.group == "veteran"))
        row.status = "verified"  # what the operator queue will do
        db.session.commit()
        assert db.session.scalar(select(Jobseeker)).verified_groups() == {"migrant_worker", "veteran"}
    # editing the resume, or re-sending the same declaration, keeps the verification
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                            json={"declared_groups": ["veteran", "disabled"], "major": "机电"})
    assert _groups(r.get_json()) == {"veteran": ("declared", "verified"),
                                     "disabled": ("declared", "pending")}


def test_derived_groups_cannot_be_declared(client):
    _, r = _create(client, region="110101", declared_groups=["hubei"])
    assert r.status_code == 422
    assert "declared_groups" in r.get_json()["errors"]["json"]


@pytest.mark.parametrize(("field", "value"), [
    ("desired_occupations", ["631"]), ("desired_occupations", ["6-31-1"]),
    ("desired_regions", ["4x"]), ("education_level", "phd"), ("expected_salary", -1),
    ("expected_salary", "7000"), ("graduation_year", 1800), ("location", {"lat": 91, "lon": 0}),
    ("location", {"lat": 30}), ("preferred_employment_types", ["forever"]), ("visibility", "friends"),
    ("skills", ["x" * 41]), ("birth_date", "1990-01-01"), ("gender", "male"),
    ("hukou_region_code", "420102"), ("available_from", "next week"),
])
def test_bad_or_untypeable_fields_are_named_and_nothing_is_written(app, client, field, value):
    _, r = _create(client, **{field: value})
    assert r.status_code == 422, r.get_json()
    assert field in r.get_json()["errors"]["json"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Jobseeker)) == 0


def test_work_history_dates_are_checked(app, client):
    _, r = _create(client, work_history=[{"employer_name": "甲公司", "title": "普工",
                                          "start_date": "2020-05-01", "end_date": "2019-01-01"}])
    assert r.status_code == 422
    assert "end_date" in r.get_json()["errors"]["json"]["work_history"]["0"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(WorkExperience)) == 0


def test_resident_id_cannot_be_changed_by_patch(make_jobseeker):
    seeker = make_jobseeker()
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                            json={"resident_id": resident_id("110101")})
    assert r.status_code == 422 and "resident_id" in r.get_json()["errors"]["json"]


def test_an_id_typed_into_the_self_introduction_is_masked(make_jobseeker):
    seeker = make_jobseeker()
    number = seeker.extra["resident_id"]
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                            json={"self_introduction": f"我的身份证是{number}，电话见上"})
    assert r.status_code == 200
    assert r.get_json()["self_introduction"] == f"我的身份证是{'*' * 14}{number[-4:]}，电话见上"


def test_patch_needs_a_profile_and_the_jobseeker_role(client, make_employer):
    bare = register_and_login(client, "jobseeker")
    r = bare.client.patch("/api/v1/jobseekers/me", headers=bare.headers, json={"major": "机电"})
    assert r.status_code == 404 and r.get_json()["code"] == "no_profile"
    employer = make_employer()
    r = employer.client.patch("/api/v1/jobseekers/me", headers=employer.headers, json={})
    assert r.status_code == 403


def test_every_resume_change_bumps_the_version_and_queues_the_index(app, make_jobseeker):
    from recruit.search.models import SearchOutbox

    seeker = make_jobseeker()
    with app.app_context():
        before = db.session.scalar(select(Jobseeker.version))
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                            json={"declared_groups": ["veteran"]})
    assert r.status_code == 200
    with app.app_context():
        assert db.session.scalar(select(Jobseeker.version)) == before + 1
        queued = db.session.scalars(select(SearchOutbox.index_name)).all()
    assert queued.count("jobseekers") == 2  # created, then changed
