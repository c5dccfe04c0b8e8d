"""The deploy scripts are idempotent: a second run reuses the running service."""

import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
RUN_DIR = Path(os.environ.get("RECRUIT_HOME", "/var/lib/recruit")) / "run"


HOME = Path(os.environ.get("RECRUIT_HOME", "/var/lib/recruit"))


def _run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(ROOT / "deploy" / script), *args], capture_output=True, text=True,
                          timeout=120, check=False)


def _settings(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines()
             if "=" in line and not line.lstrip().startswith("#"))
    return {k.strip(): v.strip() for k, v in pairs}


@pytest.mark.skipif(not os.environ.get("RECRUIT_OWN_ELASTICSEARCH"),
                    reason="Elasticsearch was given by ELASTICSEARCH_URL, not started by deploy/")
def test_elasticsearch_script_reuses_the_running_node():
    pid_before = (RUN_DIR / "elasticsearch.pid").read_text().strip()
    # deploy/test.sh takes the test suite's user (--test), deploy/run.sh the app's
    args = ("--test",) if os.environ["RECRUIT_OWN_ELASTICSEARCH"] == "test" else ()
    done = _run("elasticsearch.sh", *args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == os.environ["ELASTICSEARCH_URL"]
    assert "already answering" in done.stderr
    assert (RUN_DIR / "elasticsearch.pid").read_text().strip() == pid_before


@pytest.mark.skipif(not os.environ.get("RECRUIT_OWN_POSTGRES"),
                    reason="PostgreSQL was given by DATABASE_URL, not started by deploy/")
def test_postgres_script_reuses_the_running_cluster():
    # deploy/test.sh runs the suite on its own cluster (--test); deploy/run.sh on the main one
    # it prints the application role's URL; the suite itself runs as the owner (--print-url owner)
    test = os.environ["RECRUIT_OWN_POSTGRES"] == "test"
    args = ("--test",) if test else ()
    done = _run("postgres.sh", *args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == os.environ["TEST_APP_DATABASE_URL" if test else "DATABASE_URL"]
    assert make_url(done.stdout.strip()).username == "recruit_app"
    assert "already running" in done.stderr and "created database" not in done.stderr


@pytest.mark.skipif(not os.environ.get("RECRUIT_OWN_POSTGRES"),
                    reason="PostgreSQL was given by DATABASE_URL, not started by deploy/")
def test_postgres_passwords_are_generated_per_installation():
    test = os.environ["RECRUIT_OWN_POSTGRES"] == "test"
    owner_url = os.environ["DATABASE_URL"] if test else os.environ["MIGRATIONS_DATABASE_URL"]
    app_url = os.environ["TEST_APP_DATABASE_URL"] if test else os.environ["DATABASE_URL"]
    for name, url in (("postgres-test-password" if test else "postgres-password", owner_url),
                      ("postgres-test-app-password" if test else "postgres-app-password", app_url)):
        path = HOME / "secrets" / name
        assert path.stat().st_mode & 0o777 == 0o600
        password = path.read_text().strip()
        assert len(password) >= 32
        assert make_url(url).password == password


def test_main_cluster_keeps_durability_and_archives_wal():
    main = _settings(_run("postgres.sh", "--print-config").stdout)
    assert (main["fsync"], main["full_page_writes"], main["synchronous_commit"]) == ("on", "on", "on")
    assert main["archive_mode"] == "on" and "%p" in main["archive_command"]
    assert main["wal_level"] == "replica" and int(main["max_wal_senders"]) >= 2
    test = _settings(_run("postgres.sh", "--test", "--print-config").stdout)
    assert test["fsync"] == "off" and test["port"] != main["port"]
