"""Operators' view: queue depth, Prometheus metrics (restricted to the scrapers' networks),
JSON log lines with a request id taken from X-Request-ID or made, and carried into tasks."""

from __future__ import annotations

import json
import logging

import redis

from recruit import taskqueue
from recruit.observability import logs
from recruit.observability.api import allowed_scraper
from recruit.privacy import RedactResidentIds


def test_operators_see_queue_depth_and_the_outbox(app, client, make_staff, make_jobseeker):
    taskqueue.init_app(app)
    broker = redis.Redis.from_url(app.config["TASK_BROKER_URL"])
    key = f"{app.config['TASK_KEY_PREFIX']}maintenance"
    broker.delete(key)
    try:
        for _ in range(2):  # no worker listens to this run's queues here: they wait
            taskqueue.enqueue("recruit.reconcile_counters")
        admin = make_staff("admin")
        body = admin.get("/api/v1/ops/queues").get_json()
        assert body["ok"] is True
        assert {q["name"]: q["waiting"] for q in body["queues"]} == {
            "default": 0, "push": 0, "maintenance": 2}
        assert body["search_outbox"] == 0
        assert make_staff("operator").get("/api/v1/ops/queues").status_code == 200
        assert make_jobseeker("求职者").get("/api/v1/ops/queues").status_code == 403
        assert client.get("/api/v1/ops/queues").status_code == 401
        text = client.get("/metrics").get_data(as_text=True)
        assert 'recruit_task_queue_waiting{queue="maintenance"} 2.0' in text
    finally:
        broker.delete(key)


def test_metrics_name_the_route_not_the_path_and_report_dependencies(app, client, make_employer,
                                                                     make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer)
    assert employer.get(f"/api/v1/vacancies/{vacancy['id']}").status_code == 200
    r = client.get("/metrics")
    assert r.status_code == 200 and r.mimetype == "text/plain"
    text = r.get_data(as_text=True)
    assert ('recruit_http_request_duration_seconds_count{method="GET",'
            'route="/api/v1/vacancies/<int:vacancy_id>",status="200"}') in text
    assert f"/api/v1/vacancies/{vacancy['id']}\"" not in text
    for dependency in ("postgresql", "elasticsearch", "redis_broker"):
        assert f'recruit_up{{dependency="{dependency}"}} 1.0' in text
    # the vacancy's outbox row waits for the sync worker: counted, with its age
    assert "recruit_search_outbox_rows 1.0" in text
    assert "recruit_search_outbox_oldest_age_seconds" in text


def test_metrics_answer_404_outside_the_configured_networks(app, client):
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"}).status_code == 404
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "::1"}).status_code == 200
    assert allowed_scraper("10.1.2.3", ["10.0.0.0/8"]) and not allowed_scraper("10.1.2.3", ["127.0.0.0/8"])
    assert not allowed_scraper("not an address", ["0.0.0.0/0"])


def test_request_ids_are_echoed_or_made_and_logged_as_json(app, client, caplog):
    caplog.set_level(logging.INFO, logger="recruit.request")
    r = client.get("/healthz", headers={"X-Request-ID": "abc-12345-def"})
    assert r.headers["X-Request-ID"] == "abc-12345-def"
    made = client.get("/healthz", headers={"X-Request-ID": 'bad id {"forged": 1}'})
    assert made.headers["X-Request-ID"] != "bad id" and logs.well_formed(made.headers["X-Request-ID"])
    records = [r for r in caplog.records if r.name == "recruit.request"]
    line = json.loads(logs.JsonFormatter().format(records[0]))
    assert line["message"] == "request" and line["route"] == "/healthz" and line["status"] == 200
    assert line["request_id"] == "abc-12345-def" and isinstance(line["duration_ms"], float)
    assert {"time", "level", "logger"} <= set(line)


def test_json_lines_mask_resident_ids_and_tasks_carry_the_request_id(app):
    logs.configure("json")  # as create_app does (the test session's migrations reset the root logger)
    logs.configure("json")  # twice: still one handler
    root = logging.getLogger()
    ours = [h for h in root.handlers if isinstance(h.formatter, logs.JsonFormatter)]
    assert len(ours) == 1
    assert any(isinstance(f, RedactResidentIds) for f in ours[0].filters)
    record = logging.LogRecord("recruit.x", logging.WARNING, __file__, 1, "证件 %s", ("11010519491231002X",),
                               None)
    for f in ours[0].filters:
        f.filter(record)
    assert "11010519491231002X" not in ours[0].format(record)
    headers: dict = {}
    with logs.bound("req-carried-01"):
        taskqueue._carry_request_id(headers=headers)
    assert headers == {"request_id": "req-carried-01"}
