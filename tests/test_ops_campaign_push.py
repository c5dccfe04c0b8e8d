"""A push launched from the campaign page in a real browser, carried out by a real Celery worker
(the slice tasks), its progress followed by the page's polling until it is done."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from recruit.audit.models import AuditEntry
from recruit.campaigns.models import CampaignPush
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.search import indexer, outbox
from tests.factories import PASSWORD, sync_search, update_vacancy
from tests.test_browser import browser, live_url  # noqa: F401 - fixtures
from tests.test_tasks import WORKER_PREFIX, worker  # noqa: F401 - the worker process fixture


def test_launch_a_push_on_the_page_and_watch_it_finish(app, worker, browser, live_url, make_staff,  # noqa: F811
                                                       make_employer, make_vacancy, make_jobseeker):
    app.config["SEARCH_INDEX_PREFIX"] = WORKER_PREFIX  # the worker's indices
    with app.app_context():
        indexer.ensure_indices()
    try:
        employer = make_employer()
        for i in range(2):
            vid = make_vacancy(employer, title=f"行政文员{i}", region_code="420102")["id"]
            update_vacancy(app, vid, welcomed_groups=["graduate"], occupation_code="3-01-02")
            with app.app_context():
                outbox.enqueue("vacancies", vid)
                db.session.commit()
        operator = make_staff("operator", "4201")
        now = dt.datetime.now(dt.UTC)
        r = operator.post("/api/v1/campaigns", json={
            "name": "高校毕业生专场", "kind": "graduates", "target_groups": ["graduate"],
            "starts_at": (now - dt.timedelta(days=1)).isoformat(),
            "ends_at": (now + dt.timedelta(days=30)).isoformat()})
        assert r.status_code == 201, r.get_json()
        cid = r.get_json()["id"]
        for i in range(5):
            seeker = make_jobseeker(f"毕业生{i}", birth=f"200{i}0101")
            with app.app_context():
                j = db.session.get(Jobseeker, seeker.extra["profile"]["id"])
                j.groups.append(JobseekerGroup(group="graduate", source="derived", status="verified"))
                j.desired_occupations, j.skills = ["3-01"], ["文员"]
                outbox.enqueue("jobseekers", j.id)
                db.session.commit()
        sync_search(app)

        context = browser.new_context(viewport={"width": 390, "height": 844})
        try:
            page = context.new_page()
            page.set_default_timeout(60_000)
            page.goto(live_url + "/ops/login")
            page.fill("#phone", operator.extra["phone"])
            page.fill("#password", PASSWORD)
            page.click("main button[type=submit]")
            page.wait_for_selector("#totals")
            page.goto(live_url + f"/ops/campaigns/{cid}")
            assert "尚未推送" in page.inner_text("#push")
            page.fill("#top_k", "2")
            page.click("#launch-push")
            page.wait_for_selector("#push-progress[data-done=true]")  # polled until the worker is done
            text = page.inner_text("#push-progress")
            assert "已完成" in text and "已处理 5 人，推送 10 条" in text, text
        finally:
            context.close()
        with app.app_context():
            assert len(db.session.scalars(select(CampaignPush)).all()) == 10
            assert db.session.scalar(select(AuditEntry.action).where(AuditEntry.action == "campaign.push"))
    finally:
        with app.app_context():
            indexer.drop_indices()
