"""The application pipeline: idempotent applies, allowed moves only, history, withdrawal."""

import datetime as dt
import json
import threading

from sqlalchemy import func, select

from recruit import clock
from recruit.applications.models import Application
from recruit.extensions import db
from recruit.reporting import report
from tests.factories import update_vacancy


def _figures(app) -> dict:
    with app.app_context():
        day = clock.today()
        return report.headline(report.ReportCut(start=day, end=day))


def _running_campaign(app, vacancy_id) -> int:
    """A running campaign holding the vacancy (an operator added it)."""
    from recruit.campaigns.models import Campaign, CampaignVacancy

    now = dt.datetime.now(dt.UTC)
    with app.app_context():
        campaign = Campaign(name="重点企业用工专场", kind="key_enterprises",
                            starts_at=now - dt.timedelta(days=1), ends_at=now + dt.timedelta(days=30),
                            target_groups=[], owner_prefix="", indexed_state="running")
        db.session.add(campaign)
        db.session.flush()
        db.session.add(CampaignVacancy(campaign_id=campaign.id, vacancy_id=vacancy_id, source="operator"))
        db.session.commit()
        return campaign.id


def _apply(seeker, vacancy_id, key=None, **body):
    headers = dict(seeker.headers)
    if key:
        headers["Idempotency-Key"] = key
    return seeker.client.post(f"/api/v1/vacancies/{vacancy_id}/applications", json=body,
                              headers=headers)


def _move(employer, application_id, status, reason=None):
    body = {"status": status} | ({"reason": reason} if reason else {})
    return employer.post(f"/api/v1/applications/{application_id}/status", json=body)


def test_a_retry_with_the_same_key_returns_the_same_application(app, make_employer, make_jobseeker,
                                                                make_vacancy):
    vacancy = make_vacancy(make_employer())
    seeker = make_jobseeker()
    campaign_id = _running_campaign(app, vacancy["id"])
    first = _apply(seeker, vacancy["id"], key="a1b2", note="有电工证", channel="campaign_push",
                   campaign_id=campaign_id)
    again = _apply(seeker, vacancy["id"], key="a1b2", note="有电工证", channel="campaign_push",
                   campaign_id=campaign_id)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.get_json()["id"] == again.get_json()["id"]
    assert (first.get_json()["channel"], first.get_json()["campaign_id"]) == ("campaign_push", campaign_id)
    # the same key on another vacancy is a client bug, not a new application
    other = make_vacancy(make_employer("另一家公司"))
    r = _apply(seeker, other["id"], key="a1b2")
    assert r.status_code == 409 and r.get_json()["code"] == "idempotency_key_reused"
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Application)) == 1
    assert _figures(app)["resumes_submitted"] == 1


def test_parallel_retries_create_one_application(app, make_employer, make_jobseeker, make_vacancy):
    vacancy = make_vacancy(make_employer())
    seeker = make_jobseeker()
    barrier = threading.Barrier(5)
    results: list[tuple[int, int]] = []

    def attempt(key):
        client = app.test_client()
        barrier.wait()
        r = client.post(f"/api/v1/vacancies/{vacancy['id']}/applications", json={},
                        headers={**seeker.headers, "Idempotency-Key": key})
        results.append((r.status_code, r.get_json()["id"]))

    # same key three times, plus two other keys: still one live application
    threads = [threading.Thread(target=attempt, args=(k,)) for k in ("k", "k", "k", "x", "y")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(s for s, _ in results) == [200, 200, 200, 200, 201]
    assert len({i for _, i in results}) == 1
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Application)) == 1


def test_closed_expired_and_unpublished_vacancies(app, make_employer, make_jobseeker, make_vacancy):
    employer = make_employer()
    seeker = make_jobseeker()
    expired = make_vacancy(employer)
    update_vacancy(app, expired["id"],
                   expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    r = _apply(seeker, expired["id"])
    assert r.status_code == 409 and r.get_json()["code"] == "vacancy_expired"
    closed = make_vacancy(employer)
    update_vacancy(app, closed["id"], status="closed", close_reason="withdrawn")
    r = _apply(seeker, closed["id"])
    assert r.status_code == 409 and r.get_json()["code"] == "vacancy_closed"
    draft = make_vacancy(employer)
    update_vacancy(app, draft["id"], status="pending_review")
    assert _apply(seeker, draft["id"]).status_code == 404
    still_open = make_vacancy(employer)
    update_vacancy(app, still_open["id"],
                   expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    assert _apply(seeker, still_open["id"]).status_code == 201
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Application)) == 1


def test_the_employer_moves_forward_only_and_every_step_is_recorded(make_employer, make_jobseeker,
                                                                    make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer, headcount=2)
    seeker = make_jobseeker()
    application = _apply(seeker, vacancy["id"]).get_json()
    for status in ("viewed", "interview", "offered"):
        r = _move(employer, application["id"], status)
        assert r.status_code == 200 and r.get_json()["status"] == status
    r = _move(employer, application["id"], "viewed")
    assert r.status_code == 409 and r.get_json()["code"] == "bad_transition"
    r = _move(employer, application["id"], "rejected")
    assert r.status_code == 422 and "reason" in r.get_json()["errors"]["json"]
    r = _move(employer, application["id"], "withdrawn")
    assert r.status_code == 422 and "status" in r.get_json()["errors"]["json"]
    assert _move(employer, application["id"], "hired").status_code == 200
    assert _move(employer, application["id"], "rejected", "不合适").status_code == 409

    mine = seeker.get(f"/api/v1/me/applications/{application['id']}").get_json()
    assert mine["status"] == "hired"
    assert [(e["from_status"], e["to_status"], e["by"]) for e in mine["history"]] == [
        (None, "submitted", "jobseeker"), ("submitted", "viewed", "employer"),
        ("viewed", "interview", "employer"), ("interview", "offered", "employer"),
        ("offered", "hired", "employer")]
    assert all(e["at"] for e in mine["history"])
    listed = employer.get(f"/api/v1/vacancies/{vacancy['id']}/applications",
                          query_string={"status": "hired"}).get_json()
    assert [a["id"] for a in listed] == [application["id"]]
    assert listed[0]["status"] == "hired" and listed[0]["applicant"]["contact_revealed"] is True


def test_rejection_keeps_its_reason(make_employer, make_jobseeker, make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer)
    seeker = make_jobseeker()
    application = _apply(seeker, vacancy["id"]).get_json()
    r = _move(employer, application["id"], "rejected", "暂无夜班经验")
    assert r.status_code == 200
    history = seeker.get("/api/v1/me/applications").get_json()[0]["history"]
    assert history[-1] == {**history[-1], "to_status": "rejected", "reason": "暂无夜班经验"}
    # once rejected the jobseeker may apply again: a new application
    again = _apply(seeker, vacancy["id"])
    assert again.status_code == 201 and again.get_json()["id"] != application["id"]


def test_withdraw_while_undecided_only(app, make_employer, make_jobseeker, make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer)
    seeker = make_jobseeker()
    application = _apply(seeker, vacancy["id"], key="w1").get_json()
    _move(employer, application["id"], "interview")
    r = seeker.post(f"/api/v1/me/applications/{application['id']}/withdraw", json={"note": "已找到工作"})
    assert r.status_code == 200 and r.get_json()["status"] == "withdrawn"
    # withdrawing twice is harmless; the employer cannot move it any more
    assert seeker.post(f"/api/v1/me/applications/{application['id']}/withdraw").status_code == 200
    assert _move(employer, application["id"], "offered").status_code == 409
    # a retry of the original apply still returns that application; a new key applies afresh
    assert _apply(seeker, vacancy["id"], key="w1").get_json()["id"] == application["id"]
    fresh = _apply(seeker, vacancy["id"], key="w2")
    assert fresh.status_code == 201
    assert _move(employer, fresh.get_json()["id"], "hired").status_code == 200
    r = seeker.post(f"/api/v1/me/applications/{fresh.get_json()['id']}/withdraw")
    assert r.status_code == 409 and r.get_json()["code"] == "bad_transition"
    counts = _figures(app)
    assert counts["applications_withdrawn"] == 1 and counts["resumes_submitted"] == 2


def test_nobody_acts_on_anothers_applications(make_employer, make_jobseeker, make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer)
    owner = make_jobseeker("甲", birth="19900101")
    application = _apply(owner, vacancy["id"]).get_json()
    other_seeker = make_jobseeker("乙", birth="19910101")
    assert other_seeker.get(f"/api/v1/me/applications/{application['id']}").status_code == 404
    assert other_seeker.post(f"/api/v1/me/applications/{application['id']}/withdraw").status_code == 404
    other_employer = make_employer("别家公司")
    assert _move(other_employer, application["id"], "viewed").status_code == 404
    assert other_employer.post(f"/api/v1/applications/{application['id']}/hire").status_code == 404
    assert other_employer.get(f"/api/v1/vacancies/{vacancy['id']}/applications").status_code == 404
    # the jobseeker cannot move their own application through the employer's endpoint
    assert owner.post(f"/api/v1/applications/{application['id']}/status",
                      json={"status": "hired"}).status_code == 403
    assert owner.get(f"/api/v1/me/applications/{application['id']}").get_json()["status"] == "submitted"


def test_bad_idempotency_keys_and_bodies_are_named(make_employer, make_jobseeker, make_vacancy):
    vacancy = make_vacancy(make_employer())
    seeker = make_jobseeker()
    r = _apply(seeker, vacancy["id"], key="x" * 65)
    assert r.status_code == 422 and "Idempotency-Key" in r.get_json()["errors"]["headers"]
    r = _apply(seeker, vacancy["id"], channel="tv", campaign_id="seven", extra=1)
    assert r.status_code == 422
    assert set(r.get_json()["errors"]["json"]) == {"channel", "campaign_id", "extra"}


def test_withdraw_racing_a_hire_ends_in_one_consistent_state(app, make_employer, make_jobseeker,
                                                             make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer, headcount=1)
    seeker = make_jobseeker()
    application = _apply(seeker, vacancy["id"]).get_json()
    barrier = threading.Barrier(2)
    codes: dict[str, int] = {}

    def act(name, url, headers):
        client = app.test_client()
        barrier.wait()
        codes[name] = client.post(url, json={}, headers=headers).status_code

    aid = application["id"]
    threads = [
        threading.Thread(target=act, args=("withdraw", f"/api/v1/me/applications/{aid}/withdraw",
                                           seeker.headers)),
        threading.Thread(target=act, args=("hire", f"/api/v1/applications/{aid}/hire",
                                           employer.headers)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = seeker.get(f"/api/v1/me/applications/{application['id']}").get_json()
    mine = employer.get("/api/v1/employers/me/vacancies").get_json()[0]
    if final["status"] == "hired":
        assert codes == {"withdraw": 409, "hire": 200} and mine["open_headcount"] == 0
    else:
        assert final["status"] == "withdrawn"
        assert codes == {"withdraw": 200, "hire": 409} and mine["open_headcount"] == 1
    assert len(final["history"]) == 2


def test_the_spec_documents_the_idempotency_key_and_who_may_call(client):
    spec = client.get("/api/openapi.json").get_json()
    apply = spec["paths"]["/api/v1/vacancies/{vacancy_id}/applications"]["post"]
    headers = {p["name"]: p for p in apply["parameters"] if p["in"] == "header"}
    assert headers["Idempotency-Key"]["schema"]["maxLength"] == 64
    assert {"200", "201", "409"} <= set(apply["responses"])
    assert "jobseeker" in apply["description"]
    move = spec["paths"]["/api/v1/applications/{application_id}/status"]["post"]
    assert "employer" in move["description"] and "jobseeker" not in move["description"]


def test_applicant_lists_are_paged(make_employer, make_jobseeker, make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer, headcount=5)
    for i in range(3):
        _apply(make_jobseeker(f"求职者{i}", birth=f"199{i}0303"), vacancy["id"])
    r = employer.get(f"/api/v1/vacancies/{vacancy['id']}/applications",
                     query_string={"page": 2, "page_size": 2})
    assert r.status_code == 200 and len(r.get_json()) == 1
    assert json.loads(r.headers["X-Pagination"])["total"] == 3
    r = employer.get(f"/api/v1/vacancies/{vacancy['id']}/applications", query_string={"page_size": 500})
    assert r.status_code == 422 and "page_size" in r.get_json()["errors"]["query"]
    r = employer.get(f"/api/v1/vacancies/{vacancy['id']}/applications", query_string={"page": 10**20})
    assert r.status_code == 422 and "page" in r.get_json()["errors"]["query"]
