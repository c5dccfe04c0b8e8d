"""Applying and hiring: idempotent applies, headcount never exceeded, history kept."""

import threading

from sqlalchemy import select

from recruit.applications.models import ApplicationEvent
from recruit.extensions import db
from tests.factories import register_and_login


def test_applying_twice_returns_the_same_application(make_employer, make_jobseeker, make_vacancy):
    vacancy = make_vacancy(make_employer())
    seeker = make_jobseeker()
    first = seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications")
    again = seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications")
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.get_json()["id"] == again.get_json()["id"]
    assert len(seeker.get("/api/v1/me/applications").get_json()) == 1


def test_applying_needs_a_profile_and_an_existing_vacancy(client, make_employer, make_jobseeker,
                                                          make_vacancy):
    vacancy = make_vacancy(make_employer())
    bare = register_and_login(client, "jobseeker")
    r = bare.post(f"/api/v1/vacancies/{vacancy['id']}/applications")
    assert r.status_code == 404 and r.get_json()["code"] == "no_profile"
    r = make_jobseeker().post("/api/v1/vacancies/424242/applications")
    assert r.status_code == 404


def test_hiring_stops_at_headcount_and_closes_the_vacancy(app, make_employer, make_jobseeker,
                                                         make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer, headcount=1)
    first = make_jobseeker("甲", birth="19900101")
    second = make_jobseeker("乙", birth="19910101")
    a1 = first.post(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    a2 = second.post(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    assert employer.post(f"/api/v1/applications/{a1['id']}/hire").status_code == 200
    r = employer.post(f"/api/v1/applications/{a2['id']}/hire")
    assert r.status_code == 409 and r.get_json()["code"] == "headcount_full"
    # hiring the same person twice is refused too
    assert employer.post(f"/api/v1/applications/{a1['id']}/hire").status_code == 409
    # a closed vacancy takes no more applications
    late = make_jobseeker("丙", birth="19920101")
    r = late.post(f"/api/v1/vacancies/{vacancy['id']}/applications")
    assert r.status_code == 409 and r.get_json()["code"] == "vacancy_closed"
    with app.app_context():
        events = db.session.execute(select(ApplicationEvent.from_status, ApplicationEvent.to_status)
                                    .where(ApplicationEvent.application_id == a1["id"])
                                    .order_by(ApplicationEvent.id)).all()
    assert [tuple(e) for e in events] == [(None, "submitted"), ("submitted", "hired")]


def test_parallel_hires_at_the_last_place_let_exactly_one_through(
        app, make_employer, make_jobseeker, make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer, headcount=1)
    applications = []
    for i in range(6):
        seeker = make_jobseeker(f"求职者{i}", birth=f"199{i}0101")
        applications.append(
            seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()["id"])

    barrier = threading.Barrier(len(applications))
    statuses: list[int] = []

    def hire(application_id):
        client = app.test_client()
        barrier.wait()
        r = client.post(f"/api/v1/applications/{application_id}/hire", json={},
                        headers=employer.headers)
        statuses.append(r.status_code)

    threads = [threading.Thread(target=hire, args=(a,)) for a in applications]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200] + [409] * (len(applications) - 1)
    mine = employer.get("/api/v1/employers/me/vacancies").get_json()[0]
    assert mine["open_headcount"] == 0 and mine["status"] == "closed"
