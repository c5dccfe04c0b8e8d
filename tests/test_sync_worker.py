"""The sync worker wakes on commits to the outbox (LISTEN/NOTIFY), not on its poll interval."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from recruit.extensions import db
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
