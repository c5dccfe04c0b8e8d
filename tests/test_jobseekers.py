"""Jobseeker profiles: the resident ID is derived from, encrypted, hashed and never shown."""

import logging

from sqlalchemy import select

from recruit import privacy
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker
from tests.factories import register_and_login, resident_id


def test_profile_is_derived_from_the_resident_id_and_stored_encrypted(app, client, caplog):
    caplog.set_level(logging.DEBUG)
    seeker = register_and_login(client, "jobseeker", "陈静")
    number = resident_id("420106", "19980815")
    r = seeker.post("/api/v1/jobseekers/me", json={
        "name": "陈静", "resident_id": number, "current_region_code": "420111"})
    assert r.status_code == 201, r.get_json()
    profile = r.get_json()
    assert profile["birth_date"] == "1998-08-15"
    assert profile["hukou_region_code"] == "420106"
    assert profile["resident_id"] == "*" * 14 + number[-4:]  # the last four only
    assert seeker.get("/api/v1/jobseekers/me").get_json() == profile

    with app.app_context():
        row = db.session.scalar(select(Jobseeker))
        assert number.encode() not in bytes(row.resident_id_encrypted)
        assert privacy.decrypt(row.resident_id_encrypted) == number
        assert row.resident_id_hash == privacy.keyed_hash(number) and number not in row.resident_id_hash
    assert number not in caplog.text


def test_a_resident_id_belongs_to_one_account(client, make_jobseeker):
    first = make_jobseeker()
    other = register_and_login(client, "jobseeker")
    r = other.post("/api/v1/jobseekers/me", json={
        "name": "冒用者", "resident_id": first.extra["resident_id"], "current_region_code": "420102"})
    assert r.status_code == 409
    assert "resident_id" in r.get_json()["errors"]["json"]
    assert first.extra["resident_id"] not in r.get_data(as_text=True)


def test_a_profile_is_created_once(make_jobseeker):
    seeker = make_jobseeker()
    r = seeker.post("/api/v1/jobseekers/me", json={
        "name": "李娜", "resident_id": resident_id(), "current_region_code": "420102"})
    assert r.status_code == 409 and r.get_json()["code"] == "profile_exists"
