"""Operator pages for campaigns (/ops/campaigns) through Flask's client, on the real services:
create a featured session, field errors with nothing written, region scoping (404), audit rows,
CSRF, the vacancies of a session, launching a push and following its progress and figures."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from recruit import clock
from recruit.audit.models import AuditEntry
from recruit.campaigns.models import Campaign, CampaignPush, CampaignVacancy, PushRun
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.search import outbox
from tests.factories import PASSWORD, sync_search, update_vacancy


def _token(html: str) -> str:
    return html.split('name="csrf_token" value="')[1].split('"')[0]


def _sign_in(app, operator):
    web = app.test_client()
    page = web.get("/ops/login").get_data(as_text=True)
    r = web.post("/ops/login", data={"phone": operator.extra["phone"], "password": PASSWORD,
                                     "csrf_token": _token(page)})
    assert r.status_code == 302, r.get_data(as_text=True)
    return web


def _day(offset: int) -> str:
    return (clock.today() + dt.timedelta(days=offset)).isoformat()


FORM = {"name": "2020届高校毕业生武汉专场", "kind": "graduates",
        "target_groups": ["graduate", "migrant_worker"],
        "region_province": "42", "region_city": "4201", "region_county": "420102",
        "industries": ["C"], "occupations_more": "6-31, 4-02", "rule_welcomes_group": "1",
        "starts_at": _day(0), "ends_at": _day(30), "action": "save"}


def _post(web, url: str, data: dict):
    token = _token(web.get(url if not url.endswith(("/push", "/vacancies", "/remove")) else "/ops/campaigns")
                   .get_data(as_text=True))
    return web.post(url, data={**data, "csrf_token": token})


def _audit(app, action: str) -> list[AuditEntry]:
    with app.app_context():
        rows = list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))
        db.session.expunge_all()
        return rows


def _campaigns(app) -> list[Campaign]:
    with app.app_context():
        rows = list(db.session.scalars(select(Campaign).order_by(Campaign.id)))
        db.session.expunge_all()
        return rows


def _create(app, web, **fields) -> int:
    r = _post(web, "/ops/campaigns/new", {**FORM, **fields})
    assert r.status_code == 302, r.get_data(as_text=True)
    return int(r.headers["Location"].rstrip("/").rsplit("/", 1)[1])


def test_create_a_featured_session_in_the_operators_region(app, make_staff):
    operator = make_staff("operator", "4201")
    web = _sign_in(app, operator)
    page = web.get("/ops/campaigns/new").get_data(as_text=True)
    assert page.count("<form") == page.count('name="csrf_token"')
    assert '<option value="4201"' in page and '<option value="4401"' not in page  # the picker: own region
    campaign_id = _create(app, web)
    (made,) = _campaigns(app)
    assert made.id == campaign_id and made.name == FORM["name"] and made.kind == "graduates"
    assert made.target_groups == ["graduate", "migrant_worker"] and made.regions == ["420102"]
    assert made.industries == ["C"] and made.occupations == ["6-31", "4-02"]
    assert made.rule_welcomes_group and not made.rule_occupation and made.owner_prefix == "4201"
    # the days are Beijing days: from the first day's 00:00 to the last day's 24:00
    assert made.starts_at == dt.datetime.combine(clock.today(), dt.time.min, clock.CST)
    assert clock.last_day(made.ends_at).isoformat() == FORM["ends_at"] and made.state() == "running"
    (entry,) = _audit(app, "campaign.create")
    assert entry.target_id == str(campaign_id) and entry.actor_id == operator.account["id"]
    page = web.get(f"/ops/campaigns/{campaign_id}").get_data(as_text=True)
    assert "湖北省武汉市江岸区" in page and "高校毕业生、农民工" in page and "进行中" in page
    listed = web.get("/ops/campaigns").get_data(as_text=True)
    assert f'id="campaign-{campaign_id}"' in listed
    # the same campaign through the API, with its counters
    api = operator.get(f"/api/v1/operations/campaigns/{campaign_id}").get_json()
    assert api["regions"] == ["420102"] and api["counters"]["vacancies"] == 0


def test_add_region_keeps_the_form_and_saves_nothing(app, make_staff):
    web = _sign_in(app, make_staff("operator", "4201"))
    r = _post(web, "/ops/campaigns/new", {**FORM, "action": "add_region", "regions": ["420106"]})
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and _campaigns(app) == []
    assert 'name="regions" value="420106" checked' in page and 'name="regions" value="420102" checked' in page
    assert f'value="{FORM["name"]}"' in page
    # both regions are saved with the session
    _create(app, web, regions=["420106"])
    assert _campaigns(app)[0].regions == ["420106", "420102"]


def test_field_errors_in_chinese_and_nothing_half_written(app, make_staff):
    web = _sign_in(app, make_staff("operator", "4201"))
    bad = {**FORM, "name": "", "kind": "", "occupations_more": "9-99-zz", "starts_at": _day(5),
           "ends_at": _day(1)}
    r = _post(web, "/ops/campaigns/new", bad)
    page = r.get_data(as_text=True)
    assert r.status_code == 422 and 'role="alert"' in page
    assert "专场名称：请填写专场名称" in page and "专场类型：请选择专场类型" in page
    assert 'id="name" name="name" maxlength="100" value="" class="invalid" aria-invalid="true"' in page
    assert "职业：职业代码无效" in page
    assert _campaigns(app) == [] and _audit(app, "campaign.create") == []
    # the window: the end before the start is named on the end date
    r = _post(web, "/ops/campaigns/new", {**FORM, "starts_at": _day(5), "ends_at": _day(1)})
    assert r.status_code == 422 and "结束日期：结束时间须晚于开始时间" in r.get_data(as_text=True)
    r = _post(web, "/ops/campaigns/new", {**FORM, "starts_at": "2020-13-01"})
    assert r.status_code == 422 and "开始日期：日期格式应为 YYYY-MM-DD" in r.get_data(as_text=True)
    # a region outside the operator's: refused by the service, named on the regions field
    r = _post(web, "/ops/campaigns/new", {**FORM, "region_province": "44", "region_city": "4403",
                                          "region_county": "440305"})
    page = r.get_data(as_text=True)
    assert r.status_code == 422 and "地区范围：地区 440305 不在您的管辖范围内" in page
    # what was typed is shown again
    assert f'value="{FORM["name"]}"' in page and 'value="graduate" checked' in page
    assert _campaigns(app) == [] and _audit(app, "campaign.create") == []


def test_posts_without_the_token_change_nothing(app, make_staff, make_employer, make_vacancy):
    operator = make_staff("operator", "4201")
    web = _sign_in(app, operator)
    assert web.post("/ops/campaigns/new", data=FORM).status_code == 400
    assert _campaigns(app) == []
    campaign_id = _create(app, web)
    vid = make_vacancy(make_employer())["id"]
    assert web.post(f"/ops/campaigns/{campaign_id}/vacancies", data={"vacancy_id": vid}).status_code == 400
    assert web.post(f"/ops/campaigns/{campaign_id}/push", data={"top_k": "5"}).status_code == 400
    assert web.post(f"/ops/campaigns/{campaign_id}/edit", data={**FORM, "name": "改名"}).status_code == 400
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(CampaignVacancy)) == 0
        assert db.session.scalar(select(func.count()).select_from(PushRun)) == 0
    assert _campaigns(app)[0].name == FORM["name"]


def test_another_regions_campaign_is_not_there(app, make_staff, make_employer, make_vacancy):
    wuhan = _sign_in(app, make_staff("operator", "4201"))
    campaign_id = _create(app, wuhan)
    vid = make_vacancy(make_employer())["id"]
    beijing = _sign_in(app, make_staff("operator", "11"))
    assert f'id="campaign-{campaign_id}"' not in beijing.get("/ops/campaigns").get_data(as_text=True)
    for path in ("", "/edit", "/push/progress"):
        assert beijing.get(f"/ops/campaigns/{campaign_id}{path}").status_code == 404, path
    for path, data in (("/edit", {**FORM, "name": "北京改名"}), ("/vacancies", {"vacancy_id": vid}),
                       (f"/vacancies/{vid}/remove", {}), ("/push", {"top_k": "5"})):
        assert _post(beijing, f"/ops/campaigns/{campaign_id}{path}", data).status_code == 404, path
    assert _campaigns(app)[0].name == FORM["name"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(CampaignVacancy)) == 0
        assert db.session.scalar(select(func.count()).select_from(PushRun)) == 0
    assert _audit(app, "campaign.update") == [] and _audit(app, "campaign.add_vacancy") == []
    # the ministry (an admin: national) sees it
    assert _campaigns(app)[0].owner_prefix == "4201"


def test_edit_a_session_is_audited_and_keeps_the_exact_window_left_as_shown(app, make_staff):
    web = _sign_in(app, make_staff("operator", "4201"))
    campaign_id = _create(app, web)
    before = _campaigns(app)[0]
    page = web.get(f"/ops/campaigns/{campaign_id}/edit").get_data(as_text=True)
    assert f'value="{FORM["name"]}"' in page and f'value="{FORM["ends_at"]}"' in page
    r = _post(web, f"/ops/campaigns/{campaign_id}/edit",
              {**FORM, "name": "高校毕业生就业服务专场", "regions": ["420102"], "region_county": "",
               "region_city": "", "region_province": "", "rule_occupation": "1"})
    assert r.status_code == 302, r.get_data(as_text=True)
    after = _campaigns(app)[0]
    assert after.name == "高校毕业生就业服务专场" and after.rule_occupation
    assert (after.starts_at, after.ends_at) == (before.starts_at, before.ends_at)
    (entry,) = _audit(app, "campaign.update")
    assert entry.before["name"] == FORM["name"] and entry.after["name"] == "高校毕业生就业服务专场"
    r = _post(web, f"/ops/campaigns/{campaign_id}/edit", {**FORM, "ends_at": _day(-3)})
    assert r.status_code == 422 and "结束日期：结束时间须晚于开始时间" in r.get_data(as_text=True)
    assert _campaigns(app)[0].ends_at == before.ends_at and len(_audit(app, "campaign.update")) == 1


@pytest.fixture
def session_world(app, search, make_staff, make_employer, make_vacancy):
    """A running graduates' session in Wuhan: a vacancy welcoming graduates (in by rule), one
    that does not, one in Shenzhen, and a draft."""
    operator = make_staff("operator", "4201")
    employer = make_employer()
    welcoming = make_vacancy(employer, title="行政文员", region_code="420102")["id"]
    plain = make_vacancy(employer, title="仓库管理员", region_code="420106")["id"]
    far = make_vacancy(make_employer("深圳某公司", "440305"), title="普工", region_code="440305")["id"]
    update_vacancy(app, welcoming, welcomed_groups=["graduate"], occupation_code="3-01-02")
    with app.app_context():
        outbox.enqueue("vacancies", welcoming)
        db.session.commit()
    web = _sign_in(app, operator)
    campaign_id = _create(app, web, region_county="", region_city="", region_province="",
                          occupations_more="", industries=[])
    sync_search(app)
    return {"web": web, "operator": operator, "employer": employer, "campaign": campaign_id,
            "welcoming": welcoming, "plain": plain, "far": far}


def test_see_and_edit_the_vacancies_of_a_session(app, session_world, make_jobseeker):
    w = session_world
    web, cid = w["web"], w["campaign"]
    page = web.get(f"/ops/campaigns/{cid}").get_data(as_text=True)
    assert f'id="member-{w["welcoming"]}"' in page and "按规则纳入" in page
    assert f'id="member-{w["plain"]}"' not in page
    # find by title, add: listed as added by the operator, audited
    found = web.get(f"/ops/campaigns/{cid}?q=仓库").get_data(as_text=True)
    assert f'id="found-{w["plain"]}"' in found and f'id="found-{w["far"]}"' not in found
    r = _post(web, f"/ops/campaigns/{cid}/vacancies", {"vacancy_id": str(w["plain"])})
    assert r.status_code == 302
    page = web.get(r.headers["Location"]).get_data(as_text=True)
    assert f"岗位 {w['plain']} 已加入专场" in page and f'id="member-{w["plain"]}"' in page
    assert "运营人员加入" in page
    (added,) = _audit(app, "campaign.add_vacancy")
    assert added.target_id == str(cid) and added.after == {"vacancy_id": w["plain"], "removed": False}
    # a vacancy of another region is refused, named, and nothing is written
    r = _post(web, f"/ops/campaigns/{cid}/vacancies", {"vacancy_id": str(w["far"])})
    page = web.get(r.headers["Location"]).get_data(as_text=True)
    assert f"岗位编号：{w['far']} 不是本辖区已发布的岗位" in page.split('id="add"')[1]  # in its section
    r = _post(web, f"/ops/campaigns/{cid}/vacancies", {"vacancy_id": "abc"})
    assert "岗位编号：请填写数字编号" in web.get(r.headers["Location"]).get_data(as_text=True)
    # remove the one the rules put in: it leaves and stays out, and can be put back
    r = _post(web, f"/ops/campaigns/{cid}/vacancies/{w['welcoming']}/remove", {})
    page = web.get(r.headers["Location"]).get_data(as_text=True)
    assert f'id="member-{w["welcoming"]}"' not in page and 'id="removed"' in page
    assert len(_audit(app, "campaign.remove_vacancy")) == 1
    with app.app_context():
        rows = {(m.vacancy_id, m.source, m.removed) for m in db.session.scalars(select(CampaignVacancy))}
    assert rows == {(w["plain"], "operator", False), (w["welcoming"], "operator", True)}
    # the counters and the public campaign search follow
    sync_search(app)
    hits = app.test_client().get(f"/api/v1/campaigns/{cid}/vacancies").get_json()["hits"]
    assert [h["id"] for h in hits] == [w["plain"]]
    seeker = make_jobseeker()
    assert seeker.post(f"/api/v1/vacancies/{w['plain']}/applications", json={}).status_code == 201
    page = web.get(f"/ops/campaigns/{cid}").get_data(as_text=True)
    assert '<dd data-metric="applications">1</dd>' in page


def _graduates(app, make_jobseeker, n: int) -> None:
    for i in range(n):
        seeker = make_jobseeker(f"毕业生{i}", birth=f"200{i}0101")
        with app.app_context():
            j = db.session.get(Jobseeker, seeker.extra["profile"]["id"])
            j.groups.append(JobseekerGroup(group="graduate", source="derived", status="verified"))
            j.desired_occupations, j.skills = ["3-01"], ["文员"]
            outbox.enqueue("jobseekers", j.id)
            db.session.commit()
    sync_search(app)


@pytest.fixture
def eager_tasks(app):
    """The push's slice tasks run inside the request (the worker itself: test_tasks.py, and the
    browser test in test_accessibility.py)."""
    from recruit import taskqueue

    # the tasks run in the app that last configured the queue: this session's, not one another
    # test made and threw away (its clients closed)
    taskqueue.init_app(app)
    taskqueue.celery.conf.task_always_eager = True
    yield
    taskqueue.celery.conf.task_always_eager = False


def test_launch_a_push_and_follow_its_progress_and_funnel(app, session_world, make_jobseeker, eager_tasks):
    w = session_world
    web, cid = w["web"], w["campaign"]
    _graduates(app, make_jobseeker, 3)
    assert web.get(f"/ops/campaigns/{cid}/push/progress").get_json() == {
        "campaign_id": cid, "started": False, "done": True}
    r = _post(web, f"/ops/campaigns/{cid}/push", {"top_k": "0"})
    assert "每人推送岗位数：" in web.get(r.headers["Location"]).get_data(as_text=True)
    assert _audit(app, "campaign.push") == []
    r = _post(web, f"/ops/campaigns/{cid}/push", {"top_k": "3"})
    assert r.status_code == 302
    progress = web.get(f"/ops/campaigns/{cid}/push/progress").get_json()
    assert progress["done"] and progress["slices"] == progress["slices_done"] == 4
    assert progress["audience"] == 3 and progress["pushed"] == 3  # one matching vacancy each
    (entry,) = _audit(app, "campaign.push")
    assert entry.target_id == str(cid) and entry.after["top_k"] == 3 and entry.after["parts"] == 4
    page = web.get(f"/ops/campaigns/{cid}").get_data(as_text=True)
    assert '<dd data-metric="pushed">3</dd>' in page and '<dd data-metric="people_reached">3</dd>' in page
    assert 'data-done="true"' in page and "已完成" in page
    with app.app_context():
        assert {p.vacancy_id for p in db.session.scalars(select(CampaignPush))} == {w["welcoming"]}


def test_a_push_of_a_session_not_running_is_refused_on_the_page(app, make_staff):
    web = _sign_in(app, make_staff("operator", "4201"))
    cid = _create(app, web, starts_at=_day(3), ends_at=_day(10))
    page = web.get(f"/ops/campaigns/{cid}").get_data(as_text=True)
    assert "未开始" in page and 'id="launch-push"' not in page
    r = _post(web, f"/ops/campaigns/{cid}/push", {"top_k": "5"})
    assert "只有进行中的专项活动可以推送" in web.get(r.headers["Location"]).get_data(as_text=True)
    assert _audit(app, "campaign.push") == []


def test_a_queue_that_is_down_is_a_503_with_retry_after(app, session_world):
    from recruit.taskqueue import celery

    w = session_world
    broker = celery.conf.broker_url

    def reconnect(url: str) -> None:  # the app's cached connection pools are built from the URL
        celery.conf.broker_url = url
        celery._pool = None
        celery.amqp._producer_pool = None

    reconnect("redis://127.0.0.1:1/5")  # nothing listens there
    try:
        r = _post(w["web"], f"/ops/campaigns/{w['campaign']}/push", {"top_k": "3"})
    finally:
        reconnect(broker)
    assert r.status_code == 503 and r.headers["Retry-After"] == "30"
    assert "任务队列暂不可用" in r.get_data(as_text=True)
    # the planned runs wait: launching again continues them
    progress = w["web"].get(f"/ops/campaigns/{w['campaign']}/push/progress").get_json()
    assert progress["started"] and not progress["done"]
