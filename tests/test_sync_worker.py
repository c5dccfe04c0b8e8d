"""The sync worker wakes on commits to the outbox (LISTEN/NOTIFY), not on its poll interval, and
outlives its connections being cut (a PostgreSQL restart or failover) without skipping a row."""

import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from recruit.extensions import db, end_session
from recruit.search import mappings, outbox, sync
from recruit.search.client import es

ROOT = Path(__file__).resolve().parents[1]


def test_the_waiter_wakes_on_a_commit_and_not_on_a_rollback(app):
    with app.app_context():
        waiter = sync.Waiter()
        try:
            assert waiter.wait(0.05) is False  # nothing committed since it listens
            outbox.enqueue("vacancies", 1)
            db.session.flush()
            db.session.rollback()
            assert waiter.wait(0.3) is False  # a rolled-back insert notifies no one
            started = time.monotonic()
            outbox.enqueue("vacancies", 2)
            outbox.enqueue("vacancies", 3)
            db.session.commit()
            assert waiter.wait(10) is True
            assert time.monotonic() - started < 5
            assert waiter.wait(0.05) is False  # one notification per transaction
        finally:
            waiter.close()
            db.session.remove()


def test_the_sync_worker_indexes_a_new_vacancy_long_before_its_poll_interval(app, search, make_employer,
                                                                             make_vacancy):
    env = {**os.environ, "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
           "ELASTICSEARCH_URL": app.config["ELASTICSEARCH_URL"],
           "SEARCH_INDEX_PREFIX": app.config["SEARCH_INDEX_PREFIX"]}
    flask = str(Path(sys.executable).with_name("flask"))
    with tempfile.TemporaryFile() as log:
        worker = subprocess.Popen([flask, "--app", "wsgi", "recruit", "sync", "--interval", "120"], cwd=ROOT,
                                  env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while b"search sync ready" not in _read(log):
                assert worker.poll() is None and time.monotonic() < deadline, _read(log)[-2000:]
                time.sleep(0.05)
            vacancy = make_vacancy(make_employer(), title="装卸工")
            published = time.monotonic()
            with app.app_context():
                while not es().exists(index=mappings.alias("vacancies"), id=str(vacancy["id"])):
                    # far below the 120 s poll: only the commit's notification can have woken it
                    assert time.monotonic() - published < 20, _read(log)[-2000:]
                    time.sleep(0.05)
                assert outbox.pending() == 0
        finally:
            worker.terminate()
            worker.wait(timeout=30)


def _read(log) -> bytes:
    log.seek(0)
    return log.read()


def _terminate(app, where: str, **params) -> int:
    """pg_terminate_backend on the backends `where` picks (a cut connection, as in a failover);
    how many it cut."""
    return _count(app, where, "pg_terminate_backend(pid)", **params)


def _count(app, where: str, what: str = "true", **params) -> int:
    with create_engine(app.config["SQLALCHEMY_DATABASE_URI"], poolclass=NullPool).begin() as conn:
        return conn.execute(text(f"select count(*) filter (where {what}) from pg_stat_activity "
                                 f"where {where}"), params).scalar_one()


def test_a_connection_cut_between_the_bulk_and_the_commit_leaves_the_rows_queued(app, search, make_employer,
                                                                                make_vacancy):
    """A table lock held elsewhere stops the drain at its delete, after the bulk went into
    Elasticsearch; its backend is then cut as in a failover. Nothing is patched."""
    vacancy = make_vacancy(make_employer(), title="叉车司机")
    caught: list[BaseException] = []

    def drain() -> None:
        with app.app_context():
            try:
                sync.drain_once()
            except DBAPIError as exc:
                caught.append(exc)
                end_session()

    with app.app_context():
        assert outbox.pending() == 1
        alias = mappings.alias("vacancies")
        db.session.remove()
    locker = create_engine(app.config["SQLALCHEMY_DATABASE_URI"], poolclass=NullPool).connect()
    try:
        # SHARE lets the drain claim its rows (FOR UPDATE) and blocks its delete (ROW EXCLUSIVE)
        locker.execute(text("lock table search_outbox in share mode"))
        worker = threading.Thread(target=drain)
        worker.start()
        waiting = "wait_event_type = 'Lock' and query like 'delete from search_outbox%'"
        deadline = time.monotonic() + 30
        while not _count(app, waiting):
            assert worker.is_alive() and time.monotonic() < deadline
            time.sleep(0.05)
        with app.app_context():
            # the documents really are in the index when the delete waits
            assert es().get(index=alias, id=str(vacancy["id"]))["_version"] >= 1
        assert _terminate(app, waiting) == 1
        worker.join(timeout=30)
    finally:
        locker.rollback()
        locker.close()
    assert not worker.is_alive() and len(caught) == 1 and sync.connection_lost(caught[0])
    with app.app_context():
        # the delete never committed: the row is still queued, not skipped
        assert outbox.pending() == 1
        again = sync.drain_once()  # a new connection; the same version again is a conflict: stale
        assert again["rows"] == 1 and again["indexed"] + again["stale"] == 1
        assert outbox.pending() == 0
        db.session.remove()


def test_the_sync_worker_outlives_its_connections_being_cut(app, search, make_employer, make_vacancy):
    """A running worker's connection cut between the bulk into Elasticsearch and the commit that
    deletes the rows, then every connection (the LISTEN one and the claiming one) cut again and
    again while vacancies are published: the worker reconnects, skips nothing, and still wakes on
    commits (its poll interval is 120 s)."""
    name = f"sync-under-test-{uuid.uuid4().hex[:8]}"
    url = make_url(app.config["SQLALCHEMY_DATABASE_URI"]).update_query_dict({"application_name": name})
    env = {**os.environ, "DATABASE_URL": url.render_as_string(hide_password=False),
           "ELASTICSEARCH_URL": app.config["ELASTICSEARCH_URL"],
           "SEARCH_INDEX_PREFIX": app.config["SEARCH_INDEX_PREFIX"], "LOG_FORMAT": "text"}
    flask = str(Path(sys.executable).with_name("flask"))
    employer = make_employer()
    first = make_vacancy(employer, title="叉车司机")["id"]  # queued before the worker starts
    with app.app_context():
        alias = mappings.alias("vacancies")
    engine = create_engine(app.config["SQLALCHEMY_DATABASE_URI"], poolclass=NullPool)
    with tempfile.TemporaryFile() as log, engine.connect() as holder:
        # SHARE lets the worker claim its rows (FOR UPDATE) but not delete them: it stops right
        # after its bulk, before its commit
        holder.execute(text("lock table search_outbox in share mode"))
        worker = subprocess.Popen([flask, "--app", "wsgi", "recruit", "sync", "--interval", "120"], cwd=ROOT,
                                  env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            with app.app_context():
                _until(lambda: es().exists(index=alias, id=str(first)), 60, worker, log)
            _until(lambda: _terminate(app, "application_name = :name and wait_event_type = 'Lock'",
                                      name=name) == 1, 30, worker, log)
            holder.rollback()
            ids, cut = [first], 0
            for i in range(30):
                ids.append(make_vacancy(employer, title=f"装卸工{i}")["id"])
                if i % 3 == 2:
                    # listening again since the last cut (a real condition), then cut again
                    _until(lambda: _count(app, "application_name = :name and query ilike 'listen%'",
                                          name=name) == 1, 30, worker, log)
                    cut += _terminate(app, "application_name = :name", name=name)
            assert cut >= 10  # the listening connection at least, ten times

            def all_indexed() -> bool:
                with app.app_context():
                    if outbox.pending():
                        return False
                    docs = es().mget(index=alias, ids=[str(i) for i in ids], source=False)["docs"]
                    return all(d.get("found") for d in docs)

            _until(all_indexed, 60, worker, log)
            # listening again: a commit now is indexed long before the 120 s poll
            last = make_vacancy(employer, title="电焊工")["id"]
            with app.app_context():
                _until(lambda: es().exists(index=alias, id=str(last)), 20, worker, log)
            assert b"search sync lost its database connection" in _read(log)
            assert b"search sync reconnected" in _read(log)
        finally:
            worker.terminate()
            worker.wait(timeout=30)


def _until(check, limit: float, worker, log) -> None:
    """Wait for a real condition, at most `limit` seconds, failing at once if the worker died."""
    deadline = time.monotonic() + limit
    while not check():
        assert worker.poll() is None, _read(log)[-3000:]
        assert time.monotonic() < deadline, _read(log)[-3000:]
        time.sleep(0.05)
