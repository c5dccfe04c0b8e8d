"""Priority-group verification by operators in their region, and the audit log admins read."""

import datetime as dt

import pytest
from sqlalchemy import select, update

from recruit import clock
from recruit.audit.models import AuditEntry
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.reporting import report
from recruit.reporting.reconcile import reconcile
from recruit.search.models import SearchOutbox


def _declare(app, seeker, group: str, region: str | None = None) -> int:
    """What the jobseekers work's declaration does: a pending membership (test data here)."""
    with app.app_context():
        jobseeker_id = seeker.extra["profile"]["id"]
        if region:
            db.session.execute(update(Jobseeker).where(Jobseeker.id == jobseeker_id)
                               .values(current_region_code=region))
        membership = JobseekerGroup(jobseeker_id=jobseeker_id, group=group, source="declared",
                                    status="pending")
        db.session.add(membership)
        db.session.commit()
        return membership.id


@pytest.fixture
def queue(app, make_jobseeker, make_employer, make_vacancy):
    vacancy = make_vacancy(make_employer())
    wuhan = make_jobseeker("王芳", birth="19980101")            # lives in 420106
    guangzhou = make_jobseeker("陈明", birth="19970202")
    wuhan.post(f"/api/v1/vacancies/{vacancy['id']}/applications")
    return {
        "wuhan": wuhan,
        "veteran": _declare(app, wuhan, "veteran"),
        "disabled": _declare(app, wuhan, "disabled"),
        "guangzhou": _declare(app, guangzhou, "poverty_registered", region="440106"),
        "self_declared": _declare(app, guangzhou, "migrant_worker"),
    }


def test_operators_see_the_pending_memberships_of_their_region_only(make_staff, queue):
    wuhan_operator = make_staff("operator", "4201")
    listed = wuhan_operator.get("/api/v1/verification/memberships")
    assert listed.status_code == 200, listed.get_json()
    body = listed.get_json()
    assert [m["id"] for m in body] == [queue["veteran"], queue["disabled"]]
    assert body[0]["jobseeker"]["name"] == "王芳" and "*" in body[0]["jobseeker"]["resident_id"]
    assert body[0]["group_name"] == "退役军人"
    only = wuhan_operator.get("/api/v1/verification/memberships", query_string={"group": "disabled"})
    assert [m["id"] for m in only.get_json()] == [queue["disabled"]]
    assert wuhan_operator.get("/api/v1/verification/memberships",
                              query_string={"region": "44"}).status_code == 403
    admin = make_staff("admin")
    everything = admin.get("/api/v1/verification/memberships").get_json()
    # migrant_worker is self-declared: it never waits for an operator
    assert {m["id"] for m in everything} == {queue["veteran"], queue["disabled"], queue["guangzhou"]}


def test_approval_counts_the_membership_with_its_past_events_and_is_audited(app, make_staff, queue):
    operator = make_staff("operator", "4201")
    r = operator.post(f"/api/v1/verification/memberships/{queue['veteran']}/approve",
                      json={"reason": "已核对退役证"})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["status"] == "verified"
    with app.app_context():
        day = clock.today()
        # the application made before the approval now counts for veterans
        assert report.totals(report.ReportCut(start=day, end=day, group="veteran"))["resumes_submitted"] == 1
        assert report.totals(report.ReportCut(start=day, end=day, group="disabled"))["resumes_submitted"] == 0
        assert reconcile() == []
        # the resume is re-indexed: verified groups boost matching
        assert db.session.scalar(select(SearchOutbox.id).where(
            SearchOutbox.index_name == "jobseekers")) is not None
        entry = db.session.scalar(select(AuditEntry))
        assert (entry.action, entry.actor_id, entry.target_id, entry.region_code) == (
            "group_membership.approve", operator.account["id"], str(queue["veteran"]), "420106")
        assert entry.before["status"] == "pending" and entry.after["status"] == "verified"
        assert entry.after["reviewed_by"] == operator.account["id"]
    again = operator.post(f"/api/v1/verification/memberships/{queue['veteran']}/reject",
                          json={"reason": "重复处理"})
    assert again.status_code == 409 and again.get_json()["code"] == "already_decided"


def test_rejection_needs_a_reason_the_jobseeker_then_sees(app, make_staff, queue):
    operator = make_staff("operator", "42")
    r = operator.post(f"/api/v1/verification/memberships/{queue['disabled']}/reject", json={})
    assert r.status_code == 422 and "reason" in r.get_json()["errors"]["json"]
    r = operator.post(f"/api/v1/verification/memberships/{queue['disabled']}/reject",
                      json={"reason": "残疾人证信息与身份证不符，请重新上传"})
    assert r.status_code == 200 and r.get_json()["status"] == "rejected"
    mine = queue["wuhan"].get("/api/v1/me/group-memberships").get_json()
    rejected = next(m for m in mine if m["id"] == queue["disabled"])
    assert rejected["reason"] == "残疾人证信息与身份证不符，请重新上传"
    with app.app_context():
        day = clock.today()
        assert report.totals(report.ReportCut(start=day, end=day, group="disabled"))["resumes_submitted"] == 0
        assert reconcile() == []


def test_operators_cannot_decide_outside_their_region_or_on_unknown_ids(app, make_staff, queue):
    operator = make_staff("operator", "4201")
    r = operator.post(f"/api/v1/verification/memberships/{queue['guangzhou']}/approve", json={})
    assert r.status_code == 404  # outside the region looks absent, like an unknown id
    assert operator.post("/api/v1/verification/memberships/999999/approve",
                         json={}).status_code == 404
    assert operator.post(f"/api/v1/verification/memberships/{queue['self_declared']}/approve",
                         json={}).status_code == 404
    with app.app_context():
        # refused actions leave no trace but their refusal
        assert db.session.scalar(select(AuditEntry.id)) is None
        status = db.session.scalar(select(JobseekerGroup.status)
                                   .where(JobseekerGroup.id == queue["guangzhou"]))
        assert status == "pending"
    assert queue["wuhan"].post(
        f"/api/v1/verification/memberships/{queue['veteran']}/approve", json={}).status_code == 403


def test_admins_read_and_filter_the_audit_log(app, make_staff, queue):
    wuhan = make_staff("operator", "4201")
    admin = make_staff("admin")
    wuhan.post(f"/api/v1/verification/memberships/{queue['veteran']}/approve", json={})
    admin.post(f"/api/v1/verification/memberships/{queue['guangzhou']}/reject",
               json={"reason": "不在建档立卡名单内"})
    csv = wuhan.get("/api/v1/reports/export.csv", query_string={"as_of": "2020-06-30"})
    assert csv.status_code == 200

    everything = admin.get("/api/v1/admin/audit").get_json()
    assert [e["action"] for e in everything] == [
        "report.export", "group_membership.reject", "group_membership.approve"]
    assert everything[0]["after"]["region_prefix"] == "4201"
    by_actor = admin.get("/api/v1/admin/audit", query_string={"actor_id": wuhan.account["id"]})
    assert [e["action"] for e in by_actor.get_json()] == ["report.export", "group_membership.approve"]
    by_prefix = admin.get("/api/v1/admin/audit", query_string={"action": "group_membership."})
    assert len(by_prefix.get_json()) == 2
    by_region = admin.get("/api/v1/admin/audit", query_string={"region": "44"}).get_json()
    assert [e["action"] for e in by_region] == ["group_membership.reject"]
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    assert admin.get("/api/v1/admin/audit", query_string={"since": later}).get_json() == []
    page = admin.get("/api/v1/admin/audit", query_string={"limit": 1, "offset": 1}).get_json()
    assert [e["action"] for e in page] == ["group_membership.reject"]

    assert wuhan.get("/api/v1/admin/audit").status_code == 403
    bad = admin.get("/api/v1/admin/audit", query_string={"since": "yesterday"})
    assert bad.status_code == 422 and "since" in bad.get_json()["errors"]["query"]
    naive = admin.get("/api/v1/admin/audit", query_string={"since": "2020-06-30T00:00:00"})
    assert naive.status_code == 422 and "since" in naive.get_json()["errors"]["query"]
