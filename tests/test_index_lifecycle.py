"""Rebuilds, consistency checks and an Elasticsearch outage, on real nodes."""

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from recruit import create_app
from recruit.extensions import db
from recruit.search import consistency, documents, indexer, mappings, outbox, sync
from recruit.search.client import es
from recruit.vacancies.models import Vacancy
from tests.factories import sync_search, vacancy_payload

ROOT = Path(__file__).resolve().parents[1]


def _search_total(client, **query):
    r = client.get("/api/v1/search/vacancies", query_string=query)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["total"]


def test_rebuild_keeps_search_up_and_loses_no_write(app, client, search, make_employer, make_vacancy):
    employer = make_employer()
    for i in range(5):
        make_vacancy(employer, title="装配工", headcount=i + 1)
    sync_search(app)
    with app.app_context():
        old = indexer.indices_behind(mappings.alias("vacancies"))
    seen_during = {}

    def during(done):
        if seen_during:
            return
        # mid-rebuild: search still answers from the old index...
        seen_during["total"] = _search_total(client, q="装配工")
        # ...and a write delivered now must reach the new index too
        make_vacancy(employer, title="装配工", headcount=9)
        with app.app_context():
            seen_during["drained"] = sync.drain()

    with app.app_context():
        result = indexer.rebuild("vacancies", lambda: documents.batches("vacancies", 2),
                                 on_batch=during)
    assert seen_during["total"] == 5 and seen_during["drained"]["indexed"] == 1
    assert result["replaced"] == old and result["documents"] >= 5
    with app.app_context():
        assert indexer.indices_behind(mappings.alias("vacancies")) == [result["index"]]
        assert not es().indices.exists(index=old[0])
        assert indexer.indices_behind(mappings.rebuild_alias("vacancies")) == []
        settings = es().indices.get_settings(index=result["index"])[result["index"]]["settings"]
        assert settings["index"]["refresh_interval"] == "1s"
        assert consistency.check("vacancies")["ok"]
    assert _search_total(client, q="装配工") == 6


def test_reindex_cli_and_drift_report(app, search, make_employer, make_vacancy):
    employer = make_employer()
    ids = [make_vacancy(employer, title="厨师")["id"] for _ in range(3)]
    sync_search(app)
    runner = app.test_cli_runner()
    with app.app_context():
        assert consistency.check("vacancies")["ok"]
        # drift: a row changed without the outbox, and a document lost from the index
        row = db.session.get(Vacancy, ids[0])
        row.title = "主厨"
        db.session.commit()
        es().delete(index=mappings.alias("vacancies"), id=str(ids[1]), refresh=True)
        report = consistency.check("vacancies")
        assert not report["ok"]
        assert report["stale"] == [ids[0]] and report["missing"] == [ids[1]]
        assert (report["database"], report["indexed"]) == (3, 2)
    check = runner.invoke(args=["recruit", "check-index", "vacancies"])
    assert check.exit_code == 1 and '"ok": false' in check.output
    rebuilt = runner.invoke(args=["recruit", "reindex", "vacancies"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "3 documents" in rebuilt.output
    check = runner.invoke(args=["recruit", "check-index", "vacancies"])
    assert check.exit_code == 0, check.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def second_node():
    """A node of our own, started and stopped by the deploy scripts, so stopping it cannot
    disturb anyone else using the main node."""
    if os.geteuid() != 0:
        pytest.fail("the outage test needs root to run the deploy scripts (as CI does)")
    home = Path(tempfile.mkdtemp(prefix="recruit-es-outage-"))
    env = {**os.environ, "RECRUIT_HOME": str(home), "ES_PORT": str(_free_port()),
           "ES_TRANSPORT_PORT": str(_free_port()), "ES_HEAP": "512m"}

    def run(*cmd):
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180, check=False)
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout.strip()

    # its own users (passwords under its RECRUIT_HOME); the suite's user, whose indices are test-*
    node = {"start": lambda: run(str(ROOT / "deploy/elasticsearch.sh"), "--test"),
            "stop": lambda: run(str(ROOT / "deploy/stop.sh"), "elasticsearch")}
    node["url"] = node["start"]()
    yield node
    node["stop"]()
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def outage_app(app, second_node):
    """The app pointed at the second node; its pools are closed even when the test fails."""
    # a stopped node refuses connections at once, so the timeout only bounds a slow answer: a
    # fresh 512 MB node creating its first indices on a busy machine can take several seconds
    other = create_app({**app.config, "ELASTICSEARCH_URL": second_node["url"], "ELASTICSEARCH_TIMEOUT": 30,
                        "SEARCH_INDEX_PREFIX": f"test-outage-{uuid.uuid4().hex[:8]}"})
    yield other
    with other.app_context():
        db.session.remove()
        db.engine.dispose()
    other.extensions["elasticsearch"].close()


def test_writes_queue_while_elasticsearch_is_down_and_the_index_converges(
        second_node, outage_app, make_employer):
    other = outage_app
    client = other.test_client()
    employer = make_employer()
    employer.client = client
    with other.app_context():
        indexer.ensure_indices()
    r = employer.post("/api/v1/vacancies", json=vacancy_payload(
        title="搬运工", description="负责仓库货物装卸与搬运，包吃住，日结。", headcount=2))
    assert r.status_code == 201, r.get_json()
    first = r.get_json()
    with other.app_context():
        assert sync.drain()["indexed"] == 1

    second_node["stop"]()
    # writes still succeed and queue
    r = employer.post("/api/v1/vacancies", json=vacancy_payload(
        title="理货员", description="负责超市理货、补货与盘点，五险一金，做六休一。", region_code="420106"))
    assert r.status_code == 201, r.get_json()
    with other.app_context():
        row = db.session.get(Vacancy, first["id"])
        row.headcount = 5
        outbox.enqueue("vacancies", row.id)
        db.session.commit()
        with pytest.raises(Exception):  # noqa: B017 - any transport error: the node is down
            sync.drain()
        assert outbox.pending() == 2
    search = client.get("/api/v1/search/vacancies", query_string={"q": "理货员"})
    assert search.status_code == 503 and search.get_json()["code"] == "search_unavailable"
    assert client.get("/readyz").status_code == 503

    second_node["start"]()
    with other.app_context():
        assert sync.drain()["indexed"] == 2
        assert outbox.pending() == 0
        report = consistency.check("vacancies")
        assert report["ok"], report
        assert es().get(index=mappings.alias("vacancies"), id=str(first["id"]))["_source"]["headcount"] == 5


def test_init_search_rebuilds_an_index_built_from_an_older_mapping(app, search, make_employer,
                                                                    make_vacancy):
    make_vacancy(make_employer(), title="木工")
    with app.app_context():
        sync.drain()
        # replace the live index by one that says it was built from mapping version 1
        indexer.drop_indices()
        d = mappings.definition("vacancies")
        old_mapping = {**d["mappings"], "_meta": {"mapping_version": 1}}
        es().indices.create(index=mappings.alias("vacancies") + "-old", settings=d["settings"],
                            mappings=old_mapping, aliases={mappings.alias("vacancies"): {}})
        es().indices.create(index=mappings.alias("jobseekers") + "-cur",
                            settings=mappings.definition("jobseekers")["settings"],
                            mappings=mappings.definition("jobseekers")["mappings"],
                            aliases={mappings.alias("jobseekers"): {}})
        assert indexer.outdated("vacancies") and not indexer.outdated("jobseekers")
    result = app.test_cli_runner().invoke(args=["recruit", "init-search"])
    assert result.exit_code == 0, result.output
    assert "vacancies: mapping changed; rebuilt 1 documents" in result.output
    with app.app_context():
        assert not indexer.outdated("vacancies")
        assert consistency.check("vacancies")["ok"]
