"""The task queue for real: a Celery worker process consuming from the real Redis broker and
working on the real PostgreSQL (and Elasticsearch for the push), started by these tests.

Shown here: retries with exponential backoff, idempotent tasks (run twice, the second changes
nothing), the push fanned out in slices that share one campaign, the request id carried from
the queuing side into the worker's JSON log lines, task metrics in the multi-process directory,
and queue depth for operators.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
import redis
from flask import current_app
from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.pool import NullPool

from recruit import taskqueue
from recruit.campaigns.models import CampaignPush, PushRun
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.observability import logs
from recruit.search import indexer, outbox
from recruit.vacancies.models import Vacancy, VacancyTransition
from tests.factories import sync_search, update_vacancy

ROOT = Path(__file__).resolve().parents[1]
WORKER_PREFIX = f"test-w{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def worker(app, tmp_path_factory):
    """One worker process for the module, on this run's queues and database."""
    metrics_dir = tmp_path_factory.mktemp("prometheus")
    env = {**os.environ, "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
           "ELASTICSEARCH_URL": app.config["ELASTICSEARCH_URL"], "SEARCH_INDEX_PREFIX": WORKER_PREFIX,
           "RATELIMIT_STORAGE_URI": app.config["RATELIMIT_STORAGE_URI"],
           "TASK_BROKER_URL": app.config["TASK_BROKER_URL"], "TASK_KEY_PREFIX": app.config["TASK_KEY_PREFIX"],
           "TASK_RETRY_BACKOFF": "1", "TASK_RETRY_MAX": "30", "TASK_MAX_RETRIES": "5",
           "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir), "LOG_FORMAT": "json",
           "ARGON2_TIME_COST": "1", "ARGON2_MEMORY_COST": "1024"}
    taskqueue.init_app(app)  # this app's broker and prefix (another test may have made an app)
    celery_bin = str(Path(sys.executable).with_name("celery"))
    log = tempfile.NamedTemporaryFile(prefix="celery-", suffix=".log")  # noqa: SIM115
    # two processes share the module's queues: the push slices really run side by side
    proc = subprocess.Popen([celery_bin, "-A", "tests.task_worker:celery", "worker", "--loglevel", "INFO",
                             "--concurrency", "2", "--pool", "prefork", "-n", f"{WORKER_PREFIX}@%h",
                             "-Q", ",".join(taskqueue.QUEUES), "--without-gossip", "--without-mingle",
                             "--without-heartbeat"],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    state = {"log": log, "metrics_dir": metrics_dir, "proc": proc}
    try:
        _wait_for(lambda: b"ready" in _read(state), 90, state)
        yield state
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _read(state) -> bytes:
    return Path(state["log"].name).read_bytes()


def _lines(state) -> list[dict]:
    out = []
    for raw in _read(state).decode(errors="replace").splitlines():
        try:
            out.append(json.loads(raw))
        except ValueError:
            continue
    return out


def _wait_for(condition, seconds, state):
    deadline = time.monotonic() + seconds
    while not condition():
        if state["proc"].poll() is not None or time.monotonic() > deadline:
            raise AssertionError(_read(state).decode(errors="replace")[-4000:])
        time.sleep(0.1)


def _succeeded(state, task_id: str) -> dict | None:
    """The worker's own line for a finished task: 'Task name[id] succeeded in …: result'."""
    for line in _lines(state):
        if task_id in line.get("message", "") and "succeeded" in line["message"]:
            return line
    return None


def _run(state, name: str, *args) -> str:
    task_id = taskqueue.enqueue(name, *args)
    _wait_for(lambda: _succeeded(state, task_id) is not None, 60, state)
    return _succeeded(state, task_id)["message"].rsplit(":", 1)[-1].strip()


def test_a_failing_task_is_retried_with_growing_delays_then_succeeds(app, worker):
    key = f"{app.config['TASK_KEY_PREFIX']}flaky-{uuid.uuid4().hex}"
    with app.app_context(), logs.bound("req-retry-0001"):
        task_id = taskqueue.celery.send_task("tests.flaky", args=[key, 3]).id
    _wait_for(lambda: _succeeded(worker, task_id) is not None, 60, worker)
    client = redis.Redis.from_url(app.config["TASK_BROKER_URL"])
    attempts = [json.loads(a) for a in client.lrange(key, 0, -1)]
    assert len(attempts) == 4  # three failures, then success
    gaps = [b["at"] - a["at"] for a, b in zip(attempts, attempts[1:], strict=False)]
    # backoff 1 s, 2 s, 4 s (plus up to a quarter of jitter, plus the worker's own latency)
    for gap, base in zip(gaps, (1, 2, 4), strict=True):
        assert base <= gap < base * 1.25 + 1.5, gaps
    # every attempt ran under the request id it was queued with
    assert {a["request_id"] for a in attempts} == {"req-retry-0001"}
    retry_lines = [line for line in _lines(worker) if line.get("task") == "tests.flaky"
                   and "retry" in line["message"]]
    assert len(retry_lines) == 3 and all(line["request_id"] == "req-retry-0001" for line in retry_lines)
    # the worker's samples land in the multi-process directory that /metrics reads
    app.config["PROMETHEUS_MULTIPROC_DIR"] = str(worker["metrics_dir"])
    try:
        body = app.test_client().get("/metrics").get_data(as_text=True)
    finally:
        app.config["PROMETHEUS_MULTIPROC_DIR"] = None
    assert 'recruit_task_runs_total{outcome="retry",task="tests.flaky"} 3.0' in body
    assert 'recruit_task_runs_total{outcome="success",task="tests.flaky"} 1.0' in body


def test_expiry_through_the_worker_closes_once_and_twice_changes_nothing(app, worker, make_employer,
                                                                           make_vacancy):
    employer = make_employer()
    due = [make_vacancy(employer, title=f"到期岗位{i}")["id"] for i in range(3)]
    keep = make_vacancy(employer, title="未到期岗位")["id"]
    with app.app_context():
        db.session.execute(update(Vacancy).where(Vacancy.id.in_(due))
                           .values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)))
        db.session.commit()
    assert _run(worker, "recruit.expire_vacancies") == "3"

    def state():
        with app.app_context():
            statuses = dict(db.session.execute(select(Vacancy.id, Vacancy.status)).all())
            moves = db.session.scalar(select(func.count()).select_from(VacancyTransition))
            db.session.remove()
            return statuses, moves

    first = state()
    assert [first[0][v] for v in due] == ["closed"] * 3 and first[0][keep] == "published"
    assert _run(worker, "recruit.expire_vacancies") == "0"
    assert state() == first  # the second run changed nothing


def test_a_push_fans_out_in_slices_shared_by_the_workers(app, worker, make_employer, make_vacancy,
                                                         make_staff, make_jobseeker):
    app.config["SEARCH_INDEX_PREFIX"] = WORKER_PREFIX  # the worker's indices
    with app.app_context():
        indexer.ensure_indices()
    try:
        employer = make_employer()
        for i in range(3):
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
        campaign_id = r.get_json()["id"]
        seekers = [make_jobseeker(f"毕业生{i}", birth=f"200{i}0101") for i in range(7)]
        with app.app_context():
            for s in seekers:
                j = db.session.get(Jobseeker, s.extra["profile"]["id"])
                j.groups.append(JobseekerGroup(group="graduate", source="derived", status="verified"))
                j.desired_occupations, j.skills = ["3-01"], ["文员"]
                outbox.enqueue("jobseekers", j.id)
            db.session.commit()
        sync_search(app)

        _run(worker, "recruit.push_campaign", campaign_id, 2, 3)

        def runs():
            with app.app_context():
                found = db.session.scalars(select(PushRun).order_by(PushRun.part)).all()
                out = [(r.part, r.parts, r.audience, r.pushed, r.finished_at is not None) for r in found]
                pushes = db.session.execute(select(CampaignPush.jobseeker_id, CampaignPush.vacancy_id)).all()
                db.session.remove()
                return out, sorted(pushes)

        _wait_for(lambda: len(runs()[0]) == 3 and all(r[4] for r in runs()[0]), 60, worker)
        done, pushes = runs()
        assert [r[:2] for r in done] == [(0, 3), (1, 3), (2, 3)]
        assert sum(r[2] for r in done) == 7  # every jobseeker in exactly one slice
        assert len(pushes) == 14 and sum(r[3] for r in done) == 14  # top 2 each, nobody twice
        # a slice delivered again finds its run finished: nothing changes
        with app.app_context():
            first_run = db.session.scalar(select(PushRun.id).order_by(PushRun.id).limit(1))
            db.session.remove()
        _run(worker, "recruit.push_slice", first_run)
        assert runs() == (done, pushes)
    finally:
        with app.app_context():
            indexer.drop_indices()


@taskqueue.celery.task(name="tests.cut_after_last_statement")
def _cut_after_last_statement() -> int:
    """Its own connection terminated after its last statement, as a failover does to a task in flight."""
    pid = db.session.execute(text("select pg_backend_pid()")).scalar_one()
    engine = create_engine(current_app.config["SQLALCHEMY_DATABASE_URI"], poolclass=NullPool)
    with engine.begin() as conn:
        assert conn.execute(text("select pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
    return int(pid)


def test_a_task_whose_connection_is_cut_after_its_work_still_succeeds(app):
    """Ending the task's session meets the dead connection: the task's success stands (not turned
    into a failure that is never retried), and the next task connects anew."""
    taskqueue.init_app(app)
    task = taskqueue.celery.tasks["tests.cut_after_last_statement"]
    first = task.apply()  # in this process, through the base task's __call__
    assert first.successful(), first.traceback
    second = task.apply()
    assert second.successful(), second.traceback
    assert second.result != first.result  # a new backend: the dead connection was dropped
