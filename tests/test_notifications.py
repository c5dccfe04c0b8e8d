"""Notifications: written with their cause, the inbox API, and delivery to SMS and WeChat with
quiet hours, caps, unsubscribe, exactly-once and retries — on the real PostgreSQL, with the
development sinks and a gateway that really fails (nothing listens on its port)."""

import datetime as dt
import socket
import threading

import pytest
from sqlalchemy import func, select

from recruit import clock
from recruit.accounts.models import Account
from recruit.applications import service as applications
from recruit.applications.models import Application
from recruit.extensions import db
from recruit.notifications import outbox, service
from recruit.notifications.models import Notification, NotificationDelivery, WechatOutbox
from recruit.notify.models import SmsOutbox
from recruit.taskqueue import SCHEDULE, celery

CST = clock.CST
MORNING = dt.datetime(2026, 3, 2, 10, 0, tzinfo=CST)


@pytest.fixture
def at():
    """Fix recruit.clock at a moment (CST); released after the test."""
    def fix(moment: dt.datetime) -> dt.datetime:
        clock.set_now(moment)
        return moment

    yield fix
    clock.set_now(None)


@pytest.fixture
def applied(make_employer, make_jobseeker, make_vacancy):
    employer, seeker = make_employer(), make_jobseeker()
    vacancy = make_vacancy(employer, title="维修电工")
    r = seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications", json={})
    assert r.status_code == 201, r.get_json()
    return employer, seeker, r.get_json()["id"]


def _move(employer, application_id, status, reason=None):
    r = employer.post(f"/api/v1/applications/{application_id}/status",
                      json={"status": status, "reason": reason})
    assert r.status_code == 200, r.get_json()


def _deliveries(app, **where):
    with app.app_context():
        stmt = select(NotificationDelivery).order_by(NotificationDelivery.id)
        for key, value in where.items():
            stmt = stmt.where(getattr(NotificationDelivery, key) == value)
        rows = db.session.scalars(stmt).all()
        db.session.expunge_all()
        return rows


def _deliver(app):
    with app.app_context():
        return service.deliver_all()


def _sms(app, phone):
    with app.app_context():
        return db.session.scalars(select(SmsOutbox.params).where(
            SmsOutbox.phone == phone, SmsOutbox.template == "notice").order_by(SmsOutbox.id)).all()


def _phone(app, account_id):
    with app.app_context():
        return db.session.get(Account, account_id).phone


def test_application_steps_reach_the_inbox_with_the_reason_and_can_be_read(app, applied, make_jobseeker):
    employer, seeker, application_id = applied
    _move(employer, application_id, "interview")
    _move(employer, application_id, "rejected", reason="岗位要求持高压电工证")
    # a step refused (409) tells nobody anything
    r = employer.post(f"/api/v1/applications/{application_id}/status", json={"status": "interview"})
    assert r.status_code == 409

    inbox = seeker.get("/api/v1/me/notifications").get_json()
    assert inbox["total"] == 2 and [n["kind"] for n in inbox["items"]] == ["application_status"] * 2
    newest, older = inbox["items"]
    assert "未通过" in newest["title"] and "岗位要求持高压电工证" in newest["body"]
    assert "维修电工" in older["title"] and "面试" in older["title"]
    assert newest["data"] == {"application_id": application_id, "vacancy_id": newest["data"]["vacancy_id"],
                              "status": "rejected"}
    page2 = seeker.get("/api/v1/me/notifications", query_string={"per_page": 1, "page": 2}).get_json()
    assert [n["id"] for n in page2["items"]] == [older["id"]] and page2["total"] == 2

    assert seeker.get("/api/v1/me/notifications/unread-count").get_json() == {"unread": 2}
    read = seeker.post(f"/api/v1/me/notifications/{older['id']}/read")
    assert read.status_code == 200 and read.get_json()["read_at"]
    assert seeker.get("/api/v1/me/notifications/unread-count").get_json() == {"unread": 1}
    unread = seeker.get("/api/v1/me/notifications", query_string={"unread": "true"}).get_json()
    assert [n["id"] for n in unread["items"]] == [newest["id"]]
    # somebody else's notification is 404, like one that does not exist
    other = make_jobseeker("王强", birth="19900101")
    assert other.post(f"/api/v1/me/notifications/{newest['id']}/read").status_code == 404
    assert seeker.post("/api/v1/me/notifications/read-all").get_json() == {"marked": 1}
    assert seeker.get("/api/v1/me/notifications/unread-count").get_json() == {"unread": 0}
    bad = seeker.get("/api/v1/me/notifications", query_string={"per_page": 0})
    assert bad.status_code == 422 and "per_page" in str(bad.get_json())


def test_a_rolled_back_cause_leaves_no_notification_and_a_cause_counts_once(app, applied):
    employer, seeker, application_id = applied
    with app.app_context():
        application = db.session.get(Application, application_id)
        actor = db.session.get(Account, employer.account["id"])
        applications._record(application, actor, "interview", None)  # the step, not yet committed
        assert db.session.scalar(select(func.count()).select_from(Notification)) == 1
        db.session.rollback()
        assert db.session.scalar(select(func.count()).select_from(Notification)) == 0
        assert db.session.scalar(select(func.count()).select_from(NotificationDelivery)) == 0
        # the same cause enqueued twice (a batch done again): one notification, one delivery each
        for _ in range(2):
            outbox.enqueue("application_status", f"application:{application_id}:viewed",
                           seeker.account["id"], title="投递进展", body="已被查看")
        db.session.commit()
        assert db.session.scalar(select(func.count()).select_from(Notification)) == 1
        assert db.session.scalar(select(func.count()).select_from(NotificationDelivery)) == 1
    assert seeker.get("/api/v1/me/notifications").get_json()["total"] == 1


def test_sms_and_wechat_are_delivered_exactly_once(app, at, make_employer, make_jobseeker):
    at(MORNING)
    employer, seeker = make_employer(), make_jobseeker()
    r = seeker.client.put("/api/v1/me/notification-preferences", headers=seeker.headers,
                          json={"wechat_openid": "oAbc-123_xyz"})
    assert r.status_code == 200 and r.get_json()["wechat_bound"] is True
    r = employer.post(f"/api/v1/resumes/{seeker.extra['profile']['id']}/contact-requests")
    assert r.status_code == 201, r.get_json()
    assert {d.channel for d in _deliveries(app, status="pending")} == {"sms", "wechat"}

    first, second = _deliver(app), _deliver(app)
    assert first["sent"] == 2 and not second.get("claimed")
    phone = _phone(app, seeker.account["id"])
    assert len(_sms(app, phone)) == 1 and "联系请求" in _sms(app, phone)[0]["title"]
    with app.app_context():
        bodies = db.session.scalars(select(WechatOutbox.body)).all()
    assert len(bodies) == 1 and bodies[0]["touser"] == "oAbc-123_xyz"
    assert {d.status for d in _deliveries(app)} == {"sent"}


def test_two_workers_at_once_send_each_delivery_once(app, at):
    at(MORNING)
    with app.app_context():
        accounts = [Account(role="jobseeker", phone=f"1390000{i:04d}", password_hash="!", display_name="甲")
                    for i in range(60)]
        db.session.add_all(accounts)
        db.session.flush()
        outbox.enqueue("campaign_push", "campaign:1", [a.id for a in accounts],
                       title="专场推荐", body="新岗位")
        db.session.commit()
    results, errors = [], []

    def worker():
        try:
            with app.app_context():
                while (done := service.deliver_due(limit=7)).get("claimed"):
                    results.append(done)
                db.session.remove()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sum(r.get("sent", 0) for r in results) == 60
    with app.app_context():
        per_phone = db.session.execute(select(SmsOutbox.phone, func.count()).group_by(SmsOutbox.phone)).all()
    assert len(per_phone) == 60 and {n for _, n in per_phone} == {1}


def test_quiet_hours_hold_sms_until_eight_while_the_inbox_is_immediate(app, at, applied):
    employer, seeker, application_id = applied
    late = at(dt.datetime(2026, 3, 2, 23, 0, tzinfo=CST))
    _move(employer, application_id, "interview")
    assert seeker.get("/api/v1/me/notifications/unread-count").get_json() == {"unread": 1}
    [delivery] = _deliveries(app)
    eight = dt.datetime(2026, 3, 3, 8, 0, tzinfo=CST)
    assert delivery.due_at == eight
    assert not _deliver(app).get("claimed")
    at(dt.datetime(2026, 3, 3, 7, 59, tzinfo=CST))
    assert not _deliver(app).get("claimed")
    assert _sms(app, _phone(app, seeker.account["id"])) == []
    at(eight)
    assert _deliver(app)["sent"] == 1
    [delivery] = _deliveries(app)
    assert delivery.status == "sent" and delivery.sent_at == eight and late < eight
    assert len(_sms(app, _phone(app, seeker.account["id"]))) == 1


def test_a_retry_in_the_quiet_hours_waits_for_the_morning(app, at, applied):
    employer, seeker, application_id = applied
    at(dt.datetime(2026, 3, 2, 21, 59, tzinfo=CST))
    _move(employer, application_id, "viewed")
    assert _deliveries(app)[0].due_at == dt.datetime(2026, 3, 2, 21, 59, tzinfo=CST)
    at(dt.datetime(2026, 3, 2, 22, 0, tzinfo=CST))
    assert not _deliver(app).get("claimed") and _deliveries(app)[0].status == "pending"


def test_the_daily_sms_cap(app, at, applied):
    employer, seeker, application_id = applied
    app.config["NOTIFY_SMS_DAILY_CAP"] = 2
    try:
        at(MORNING)
        for step in ("viewed", "interview", "offered"):
            _move(employer, application_id, step)
        assert _deliver(app) == {"claimed": 3, "sent": 2, "skipped": 1}
        skipped = _deliveries(app, status="skipped")
        assert len(skipped) == 1 and skipped[0].last_error == "daily_cap"
        assert seeker.get("/api/v1/me/notifications").get_json()["total"] == 3  # the inbox has all
        at(MORNING + dt.timedelta(days=1))  # a new day, a new allowance
        employer.post(f"/api/v1/applications/{application_id}/hire")
        assert _deliver(app)["sent"] == 1
        assert len(_sms(app, _phone(app, seeker.account["id"]))) == 3
    finally:
        app.config["NOTIFY_SMS_DAILY_CAP"] = 3


def test_unsubscribe_per_kind_and_channel(app, at, applied):
    employer, seeker, application_id = applied
    at(MORNING)
    prefs = seeker.get("/api/v1/me/notification-preferences").get_json()
    assert {"kind": "saved_search_alert", "channel": "sms", "enabled": False} in prefs["preferences"]
    assert {"kind": "application_status", "channel": "sms", "enabled": True} in prefs["preferences"]
    _move(employer, application_id, "viewed")  # written while SMS was on
    r = seeker.client.put("/api/v1/me/notification-preferences", headers=seeker.headers, json={
        "preferences": [{"kind": "application_status", "channel": "sms", "enabled": False}]})
    assert r.status_code == 200
    assert {"kind": "application_status", "channel": "sms", "enabled": False} in r.get_json()["preferences"]
    _move(employer, application_id, "interview")  # written after: no SMS delivery at all
    assert len(_deliveries(app)) == 1
    assert _deliver(app) == {"claimed": 1, "skipped": 1}
    assert _deliveries(app)[0].last_error == "unsubscribed"
    assert _sms(app, _phone(app, seeker.account["id"])) == []
    # the inbox itself can be turned off for a kind; other kinds still arrive
    seeker.client.put("/api/v1/me/notification-preferences", headers=seeker.headers, json={
        "preferences": [{"kind": "application_status", "channel": "in_app", "enabled": False}]})
    _move(employer, application_id, "offered")
    assert seeker.get("/api/v1/me/notifications").get_json()["total"] == 2
    bad = seeker.client.put("/api/v1/me/notification-preferences", headers=seeker.headers, json={
        "preferences": [{"kind": "newsletter", "channel": "sms", "enabled": False}]})
    assert bad.status_code == 422 and "kind" in str(bad.get_json())


@pytest.fixture
def closed_port():
    """A port bound but not listening: a connection to it is refused, for real."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    yield sock.getsockname()[1]
    sock.close()


def test_a_failing_gateway_is_retried_with_backoff_then_given_up(app, at, applied, closed_port):
    employer, seeker, application_id = applied
    saved = dict(app.config)
    app.config.update(SMS_PROVIDER="aliyun", SMS_ALIYUN_ENDPOINT=f"http://127.0.0.1:{closed_port}/",
                      SMS_ALIYUN_ACCESS_KEY_ID="test", SMS_ALIYUN_ACCESS_KEY_SECRET="test-secret",
                      SMS_SIGN_NAME="测试", SMS_TEMPLATE_NOTICE="SMS_1", NOTIFY_MAX_ATTEMPTS=3,
                      NOTIFY_RETRY_BASE=60, NOTIFY_RETRY_MAX=3600)
    try:
        now = at(MORNING)
        _move(employer, application_id, "viewed")
        assert _deliver(app) == {"claimed": 1, "retry": 1}
        [d] = _deliveries(app)
        assert (d.status, d.attempts) == ("pending", 1) and "sms" in d.last_error
        first_wait = (d.due_at - now).total_seconds()
        assert 60 <= first_wait <= 75
        assert not _deliver(app).get("claimed")  # not due yet: untouched
        now = at(d.due_at)
        assert _deliver(app) == {"claimed": 1, "retry": 1}
        [d] = _deliveries(app)
        assert d.attempts == 2 and 120 <= (d.due_at - now).total_seconds() <= 150  # doubled
        at(d.due_at)
        assert _deliver(app) == {"claimed": 1, "failed": 1}
        [d] = _deliveries(app)
        assert (d.status, d.attempts, d.sent_at) == ("failed", 3, None) and d.last_error
        at(d.due_at + dt.timedelta(hours=1))
        assert not _deliver(app).get("claimed")  # given up for good
    finally:
        app.config.clear()
        app.config.update(saved)
    assert _sms(app, _phone(app, seeker.account["id"])) == []


def test_the_tasks_are_registered_and_scheduled(app):
    assert "recruit.deliver_notifications" in celery.tasks
    assert "recruit.saved_search_alerts" in celery.tasks
    assert SCHEDULE["deliver-notifications"]["schedule"] == 60.0
    assert SCHEDULE["saved-search-alerts-daily"]["args"] == ("daily",)


def test_erasure_deletes_the_inbox_preferences_and_wechat_binding(app, at, applied):
    from recruit.notifications.models import NotificationPreference, WechatBinding
    from tests.factories import PASSWORD

    employer, seeker, application_id = applied
    at(MORNING)
    seeker.client.put("/api/v1/me/notification-preferences", headers=seeker.headers, json={
        "wechat_openid": "oErase1", "preferences": [{"kind": "campaign_push", "channel": "sms",
                                                      "enabled": False}]})
    _move(employer, application_id, "viewed")
    _deliver(app)
    r = seeker.client.delete("/api/v1/jobseekers/me", headers=seeker.headers, json={"password": PASSWORD})
    assert r.status_code == 204, r.get_json()
    with app.app_context():
        for model in (Notification, NotificationDelivery, NotificationPreference, WechatBinding,
                      WechatOutbox):
            assert db.session.scalar(select(func.count()).select_from(model)) == 0, model


def test_the_wechat_subscribe_message_request():
    """The real request of subscribeMessage.send, built (never sent in tests)."""
    import json

    from recruit.notifications.channels import ChannelError, Outgoing, WechatSubscribe

    gateway = WechatSubscribe(appid="wx123", secret="s3cret", base="https://api.weixin.qq.com/",
                              templates={"application_status": "TPL-1"}, state="trial", timeout=3)
    message = Outgoing(kind="application_status", title="投递进展：「维修电工」邀请你参加面试，请准时到达",
                       body="面试时间另行通知", created_at=dt.datetime(2026, 3, 2, 2, 5, tzinfo=dt.UTC),
                       phone=None, openid="oAbc", data={})
    request = gateway.build(message, "TOKEN-1")
    assert request.method == "POST"
    assert request.url == "https://api.weixin.qq.com/cgi-bin/message/subscribe/send?access_token=TOKEN-1"
    assert request.headers == {"Content-Type": "application/json"}
    body = json.loads(request.body)
    assert body == {"touser": "oAbc", "template_id": "TPL-1",
                    "page": "pages/notifications/index?kind=application_status",
                    "miniprogram_state": "trial", "lang": "zh_CN",
                    "data": {"thing1": {"value": "投递进展：「维修电工」邀请你参加面试，请"},
                             "thing2": {"value": "面试时间另行通知"},
                             "time3": {"value": "2026-03-02 10:05"}}}
    assert len(body["data"]["thing1"]["value"]) == 20  # WeChat's limit for thing values
    token = gateway.token_request()
    assert token.url == "https://api.weixin.qq.com/cgi-bin/stable_token"
    assert json.loads(token.body) == {"grant_type": "client_credential", "appid": "wx123", "secret": "s3cret"}
    with pytest.raises(ChannelError):  # a kind without a template is refused before any request
        gateway.build(Outgoing(kind="campaign_push", title="t", body="b", created_at=message.created_at,
                               phone=None, openid="oAbc", data={}), "TOKEN-1")


def test_saved_search_alerts_once_per_vacancy(app, search, at, make_employer, make_jobseeker, make_vacancy):
    from recruit.saved_searches import service as saved_searches
    from tests.factories import sync_search

    seeker = make_jobseeker()
    instant = seeker.post("/api/v1/me/saved-searches", json={
        "name": "武汉电工", "query": {"q": "电工", "region": "4201"}, "alert": "instant"})
    assert instant.status_code == 201 and instant.get_json()["alert"] == "instant"
    daily = seeker.post("/api/v1/me/saved-searches", json={"name": "电工日报", "query": {"q": "电工"}}
                        ).get_json()
    assert daily["alert"] == "daily"
    bad = seeker.client.patch(f"/api/v1/me/saved-searches/{daily['id']}", headers=seeker.headers,
                              json={"alert": "hourly"})
    assert bad.status_code == 422 and "alert" in str(bad.get_json())
    employer = make_employer()
    make_vacancy(employer, title="高压电工", region_code="420106")
    make_vacancy(employer, title="会计", description="负责公司账务处理与纳税申报，五险一金。")
    sync_search(app)
    at(dt.datetime.now(CST))
    with app.app_context():
        assert saved_searches.run_alerts("instant") == 1
        assert saved_searches.run_alerts("instant") == 0  # nothing new: nothing twice
    inbox = seeker.get("/api/v1/me/notifications").get_json()["items"]
    assert [n["kind"] for n in inbox] == ["saved_search_alert"]
    assert "武汉电工" in inbox[0]["title"] and inbox[0]["body"] == "高压电工"

    make_vacancy(employer, title="维修电工", region_code="420111")
    sync_search(app)
    at(dt.datetime.now(CST))
    with app.app_context():
        assert saved_searches.run_alerts("instant") == 1
        assert saved_searches.run_alerts("daily") == 1
        assert saved_searches.run_alerts("daily") == 0  # one digest a day
    items = seeker.get("/api/v1/me/notifications").get_json()["items"]
    assert items[1]["body"] == "维修电工"  # the second instant alert: only the new vacancy
    assert sorted(items[0]["body"].split("、")) == ["维修电工", "高压电工"]  # the daily digest
    # turned off: no more alerts
    r = seeker.client.patch(f"/api/v1/me/saved-searches/{instant.get_json()['id']}",
                            headers=seeker.headers, json={"alert": "off"})
    assert r.status_code == 200 and r.get_json()["alert"] == "off"
    make_vacancy(employer, title="电工学徒", region_code="420106")
    sync_search(app)
    with app.app_context():
        assert saved_searches.run_alerts("instant") == 0
