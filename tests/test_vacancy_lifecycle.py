"""The vacancy lifecycle: screen, review by region, edits, close, expiry, and the recorded transitions."""

import datetime as dt
import json

from click.testing import CliRunner
from sqlalchemy import update

from recruit import clock
from recruit.extensions import db
from recruit.reporting import report
from recruit.search.client import es
from recruit.search.mappings import alias
from recruit.vacancies import service
from recruit.vacancies.models import Vacancy
from tests.factories import sync_search, vacancy_payload

FLAGGED = "负责产品包装，限男性，月休四天，包吃住，缴纳五险一金。"


def _steps(actor, vacancy_id):
    r = actor.get(f"/api/v1/employers/me/vacancies/{vacancy_id}/transitions")
    assert r.status_code == 200, r.get_json()
    return [(t["from_status"], t["to_status"], t["actor"]) for t in r.get_json()]


def _in_index(app, vacancy_id) -> bool:
    with app.app_context():
        return es().exists(index=alias("vacancies"), id=str(vacancy_id)).body


def _counter(app, metric):
    with app.app_context():
        return report.headline(report.ReportCut(start=None, end=clock.today()))[metric] or 0


def test_clean_ad_publishes_at_once_with_every_step_recorded(app, search, make_employer, make_vacancy):
    employer = make_employer()
    v = make_vacancy(employer, headcount=4)
    assert v["status"] == "published" and "screen_hits" not in v  # staff only
    assert _steps(employer, v["id"]) == [
        (None, "draft", "employer"),
        ("draft", "pending_review", "employer"),
        ("pending_review", "published", "system"),
    ]
    assert _counter(app, "positions_posted") == 4
    sync_search(app)
    assert _in_index(app, v["id"])


def test_draft_is_private_until_submitted(client, make_employer, make_vacancy):
    employer = make_employer()
    draft = make_vacancy(employer, submit=False)
    assert draft["status"] == "draft"
    assert client.get(f"/api/v1/vacancies/{draft['id']}").status_code == 404
    r = employer.post(f"/api/v1/employers/me/vacancies/{draft['id']}/submit")
    assert r.status_code == 200 and r.get_json()["status"] == "published"
    assert client.get(f"/api/v1/vacancies/{draft['id']}").status_code == 200
    # submitting again is a state conflict, not an error page
    r = employer.post(f"/api/v1/employers/me/vacancies/{draft['id']}/submit")
    assert r.status_code == 409 and r.get_json()["code"] == "bad_status"


def test_flagged_ad_waits_for_an_operator_of_its_region(app, make_employer, make_vacancy, make_staff):
    employer = make_employer()
    v = make_vacancy(employer, description=FLAGGED, region_code="420102")
    assert v["status"] == "pending_review"
    assert "screen_hits" not in v  # the hits are for reviewers, not the employer
    assert _counter(app, "vacancies_published") == 0

    wuhan, shenzhen, admin = (
        make_staff("operator", "4201"),
        make_staff("operator", "4403"),
        make_staff("admin"),
    )
    assert [x["id"] for x in wuhan.get("/api/v1/review/vacancies").get_json()] == [v["id"]]
    hits = wuhan.get(f"/api/v1/review/vacancies/{v['id']}").get_json()["screen_hits"]
    assert hits[0]["rule"] == "gender_limit" and hits[0]["match"] == "限男性"
    assert shenzhen.get("/api/v1/review/vacancies").get_json() == []
    assert [x["id"] for x in admin.get("/api/v1/review/vacancies").get_json()] == [v["id"]]
    r = shenzhen.post(f"/api/v1/review/vacancies/{v['id']}/approve")
    assert r.status_code == 404  # outside the region looks absent
    assert employer.post(f"/api/v1/review/vacancies/{v['id']}/approve").status_code == 403

    r = wuhan.post(f"/api/v1/review/vacancies/{v['id']}/approve", json={"note": "核实为搬运重体力岗位"})
    assert r.status_code == 200 and r.get_json()["status"] == "published"
    assert _steps(employer, v["id"])[-1] == ("pending_review", "published", "operator")
    assert _counter(app, "vacancies_published") == 1
    # approving twice conflicts
    assert wuhan.post(f"/api/v1/review/vacancies/{v['id']}/approve").status_code == 409


def test_rejection_reason_reaches_the_employer_and_an_edit_returns_to_draft(
    make_employer, make_vacancy, make_staff
):
    employer = make_employer()
    v = make_vacancy(employer, description=FLAGGED)
    operator = make_staff("operator", "42")
    r = operator.post(f"/api/v1/review/vacancies/{v['id']}/reject", json={})
    assert r.status_code == 422 and "reason" in r.get_json()["errors"]["json"]
    r = operator.post(
        f"/api/v1/review/vacancies/{v['id']}/reject", json={"reason": "含性别限制，请删除“限男性”"}
    )
    assert r.status_code == 200
    mine = employer.get(f"/api/v1/employers/me/vacancies/{v['id']}").get_json()
    assert mine["status"] == "rejected" and mine["review_note"] == "含性别限制，请删除“限男性”"
    transitions = employer.get(f"/api/v1/employers/me/vacancies/{v['id']}/transitions").get_json()
    assert transitions[-1]["reason"] == "含性别限制，请删除“限男性”" and transitions[-1]["at"]

    r = employer.post(f"/api/v1/employers/me/vacancies/{v['id']}/submit")
    assert r.status_code == 409 and r.get_json()["code"] == "edit_first"
    r = employer.client.patch(
        f"/api/v1/employers/me/vacancies/{v['id']}",
        headers=employer.headers,
        json={"description": "负责产品包装，月休四天，包吃住，缴纳五险一金。"},
    )
    assert r.status_code == 200 and r.get_json()["status"] == "draft"
    r = employer.post(f"/api/v1/employers/me/vacancies/{v['id']}/submit")
    assert r.get_json()["status"] == "published" and r.get_json()["review_note"] is None


def test_substantive_edit_goes_back_to_review_headcount_and_expiry_do_not(
    app, search, make_employer, make_vacancy
):
    employer = make_employer()
    v = make_vacancy(employer)
    url = f"/api/v1/employers/me/vacancies/{v['id']}"
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).isoformat()
    r = employer.client.patch(url, headers=employer.headers, json={"headcount": 8, "expires_at": later})
    assert r.status_code == 200 and r.get_json()["status"] == "published"
    assert len(_steps(employer, v["id"])) == 3  # no new transition
    r = employer.client.patch(url, headers=employer.headers, json={"description": FLAGGED})
    assert r.get_json()["status"] == "pending_review"
    assert _steps(employer, v["id"])[-1] == ("published", "pending_review", "employer")
    sync_search(app)
    assert not _in_index(app, v["id"])  # out of search while under review
    # a clean substantive edit is screened again and publishes at once
    r = employer.client.patch(
        url,
        headers=employer.headers,
        json={"title": "包装工", "description": "负责产品包装，月休四天，包吃住。"},
    )
    assert r.get_json()["status"] == "published"
    assert _counter(app, "vacancies_published") == 1  # first publication only


def test_bad_edits_are_refused_naming_the_field_and_write_nothing(make_employer, make_vacancy):
    employer = make_employer()
    v = make_vacancy(employer)
    url = f"/api/v1/employers/me/vacancies/{v['id']}"
    for body, field in [
        ({"salary_min": 99999}, "salary_min"),
        ({"occupation_code": "6-32-01"}, "occupation_code"),
        ({"benefits": ["free_beer"]}, "benefits"),
        ({"lat": 30.5}, "lat"),
        ({"expires_at": "2020-01-01T00:00:00+08:00"}, "expires_at"),
        ({"education_min": "phd"}, "education_min"),
        ({"status": "published"}, "status"),
    ]:
        r = employer.client.patch(url, headers=employer.headers, json=body)
        assert r.status_code == 422, (body, r.get_json())
        assert field in r.get_json()["errors"]["json"], (body, r.get_json())
    assert employer.get(url).get_json()["salary_min"] == v["salary_min"]


def test_full_fields_round_trip(make_employer, make_vacancy):
    employer = make_employer()
    v = make_vacancy(
        employer,
        address="江岸区解放大道100号",
        lat=30.6,
        lon=114.3,
        education_min="senior_high",
        experience_min_years=2,
        employment_type="temporary",
        benefits=["room_and_board", "social_insurance_housing_fund", "room_and_board"],
        welcomed_groups=["hubei", "migrant_worker"],
        external_ref="HR-001",
        expires_at="2099-06-30T18:00:00+08:00",
    )
    assert v["benefits"] == ["room_and_board", "social_insurance_housing_fund"]
    assert v["industry_code"] == "C38"  # defaults to the employer's industry
    assert (v["lat"], v["lon"], v["external_ref"]) == (30.6, 114.3, "HR-001")
    r = employer.post("/api/v1/vacancies", json=vacancy_payload(external_ref="HR-001"))
    assert r.status_code == 409 and "external_ref" in r.get_json()["errors"]["json"]


def test_employer_closes_and_another_employer_sees_nothing(app, search, make_employer, make_vacancy):
    employer, rival = make_employer(), make_employer("另一家公司")
    v = make_vacancy(employer)
    base = f"/api/v1/employers/me/vacancies/{v['id']}"
    for path in ("", "/transitions"):
        assert rival.get(base + path).status_code == 404
    assert rival.post(base + "/close").status_code == 404
    assert rival.client.patch(base, headers=rival.headers, json={"headcount": 1}).status_code == 404
    r = employer.post(base + "/close", json={"reason": "岗位取消"})
    assert r.get_json()["status"] == "closed" and r.get_json()["close_reason"] == "withdrawn"
    assert employer.post(base + "/close").status_code == 409
    assert employer.client.patch(base, headers=employer.headers, json={"headcount": 1}).status_code == 409
    sync_search(app)
    assert not _in_index(app, v["id"])


def test_list_is_paginated_and_counts_applicants(make_employer, make_vacancy, make_jobseeker):
    employer = make_employer()
    ids = [make_vacancy(employer, title=f"普工{i}")["id"] for i in range(3)]
    make_jobseeker().post(f"/api/v1/vacancies/{ids[0]}/applications")
    r = employer.get("/api/v1/employers/me/vacancies?page=1&page_size=2")
    assert [v["id"] for v in r.get_json()] == [ids[2], ids[1]]
    assert json.loads(r.headers["X-Pagination"])["total"] == 3
    r = employer.get("/api/v1/employers/me/vacancies?page=2&page_size=2")
    assert [(v["id"], v["applicants"]) for v in r.get_json()] == [(ids[0], 1)]
    assert employer.get("/api/v1/employers/me/vacancies?status=draft").get_json() == []
    assert employer.get("/api/v1/employers/me/vacancies?status=bogus").status_code == 422


def test_expire_command_closes_only_what_is_due_and_is_idempotent(app, search, make_employer, make_vacancy):
    employer = make_employer()
    due = make_vacancy(employer, expires_at="2099-01-01T00:00:00+08:00")
    keep = make_vacancy(employer, expires_at="2099-12-31T00:00:00+08:00")
    sync_search(app)
    with app.app_context():
        db.session.execute(
            update(Vacancy)
            .where(Vacancy.id == due["id"])
            .values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
        )
        db.session.commit()
    runner = CliRunner()
    with app.app_context():
        from recruit.cli import cli

        first = runner.invoke(cli, ["expire-vacancies"])
        again = runner.invoke(cli, ["expire-vacancies"])
    assert first.output.strip() == "expired 1 vacancies" and again.output.strip() == "expired 0 vacancies"
    mine = {v["id"]: v for v in employer.get("/api/v1/employers/me/vacancies").get_json()}
    assert (mine[due["id"]]["status"], mine[due["id"]]["close_reason"]) == ("closed", "expired")
    assert mine[keep["id"]]["status"] == "published"
    assert _steps(employer, due["id"])[-1] == ("published", "closed", "system")
    sync_search(app)
    assert not _in_index(app, due["id"]) and _in_index(app, keep["id"])


def test_close_filled_records_the_transition_without_committing(app, make_employer, make_vacancy):
    employer = make_employer()
    v = make_vacancy(employer)
    with app.app_context():
        vacancy = db.session.get(Vacancy, v["id"])
        service.close_filled(vacancy, None)
        assert (vacancy.status, vacancy.close_reason) == ("closed", "filled")
        db.session.rollback()  # the caller owns the transaction
        assert db.session.get(Vacancy, v["id"]).status == "published"
        service.close_filled(db.session.get(Vacancy, v["id"]), employer.account["id"])
        db.session.commit()
    assert _steps(employer, v["id"])[-1] == ("published", "closed", "employer")


def test_overlapping_expire_runs_close_each_vacancy_once(app, make_employer, make_vacancy):
    import threading

    employer = make_employer()
    ids = [
        make_vacancy(employer, title=f"临时工{i}", expires_at="2099-01-01T00:00:00+08:00")["id"]
        for i in range(8)
    ]
    with app.app_context():
        db.session.execute(
            update(Vacancy).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
        )
        db.session.commit()
    barrier, closed = threading.Barrier(3), []

    def run():
        with app.app_context():
            barrier.wait()
            closed.append(service.expire_due(batch=2))
            db.session.remove()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(closed) == len(ids)
    for vid in ids:
        assert [s for s in _steps(employer, vid) if s[1] == "closed"] == [("published", "closed", "system")]


def test_a_long_flagged_match_is_clipped_in_the_reason_and_kept_whole_in_the_hits(make_employer,
                                                                                    make_vacancy,
                                                                                    make_staff):
    employer = make_employer()
    email = "hr" * 240 + "@example.com"  # a pasted address can be longer than the reason column
    v = make_vacancy(employer, description=f"负责产品包装，限男性，简历请发送至{email}，缴纳五险一金。")
    assert v["status"] == "pending_review"
    hits = make_staff("admin").get(f"/api/v1/review/vacancies/{v['id']}").get_json()["screen_hits"]
    assert {h["rule"]: h["match"] for h in hits}["contact_details"] == email
    reason = employer.get(f"/api/v1/employers/me/vacancies/{v['id']}/transitions").get_json()[-1]["reason"]
    assert len(reason) <= 500 and "限男性" in reason and email[:20] in reason and email not in reason


def test_review_queue_query_is_served_by_its_partial_index(app, make_employer, make_vacancy, make_staff):
    """The queue must not scan every vacancy (27.6 million in the campaign): with sequential scans
    priced out, its own statements (count and page) use ix_vacancies_pending_region, the waiting
    rows by region prefix."""
    from sqlalchemy import event

    from recruit.accounts.models import Account

    employer = make_employer()
    make_vacancy(employer, description=FLAGGED, region_code="420102")
    operator = make_staff("operator", "4201")
    statements = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        if "FROM vacancies" in statement and "pending_review" in str(parameters):
            statements.append((statement, parameters))

    with app.app_context():
        account = db.session.get(Account, operator.account["id"])
        event.listen(db.engine, "before_cursor_execute", grab)
        try:
            items, total = service.review_queue(account, region=None, offset=0, limit=20)
        finally:
            event.remove(db.engine, "before_cursor_execute", grab)
        assert total == 1 and len(items) == 1 and len(statements) == 2  # the count and the page
        raw = db.session.connection().connection.driver_connection
        raw.execute("set local enable_seqscan = off")
        for statement, parameters in statements:
            plan = "\n".join(r[0] for r in raw.execute("explain " + statement, parameters))
            assert "ix_vacancies_pending_region" in plan, plan
        db.session.rollback()


def test_review_queue_filters_inside_the_operators_region(make_employer, make_vacancy, make_staff):
    employer = make_employer()
    jiangan = make_vacancy(employer, description=FLAGGED, region_code="420102")
    make_vacancy(employer, description=FLAGGED, region_code="420106")
    hubei = make_staff("operator", "42")
    r = hubei.get("/api/v1/review/vacancies?region=420102")
    assert [v["id"] for v in r.get_json()] == [jiangan["id"]]
    r = hubei.get("/api/v1/review/vacancies?region=44")
    assert r.status_code == 403 and r.get_json()["code"] == "out_of_region"
    assert hubei.get("/api/v1/review/vacancies?region=4x").status_code == 422
    detail = hubei.get(f"/api/v1/review/vacancies/{jiangan['id']}").get_json()
    assert detail["screen_hits"][0]["category"] == "gender"
    assert make_staff("operator", "4403").get(f"/api/v1/review/vacancies/{jiangan['id']}").status_code == 404
