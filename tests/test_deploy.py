"""The deploy scripts are idempotent: a second run reuses the running service."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN_DIR = Path(os.environ.get("RECRUIT_HOME", "/var/lib/recruit")) / "run"


def _run(script: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(ROOT / "deploy" / script)], capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.mark.skipif(not os.environ.get("RECRUIT_OWN_ELASTICSEARCH"),
                    reason="Elasticsearch was given by ELASTICSEARCH_URL, not started by deploy/")
def test_elasticsearch_script_reuses_the_running_node():
    pid_before = (RUN_DIR / "elasticsearch.pid").read_text().strip()
    done = _run("elasticsearch.sh")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == os.environ["ELASTICSEARCH_URL"]
    assert "already answering" in done.stderr
    assert (RUN_DIR / "elasticsearch.pid").read_text().strip() == pid_before


@pytest.mark.skipif(not os.environ.get("RECRUIT_OWN_POSTGRES"),
                    reason="PostgreSQL was given by DATABASE_URL, not started by deploy/")
def test_postgres_script_reuses_the_running_cluster():
    done = _run("postgres.sh")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == os.environ["DATABASE_URL"]
    assert "already running" in done.stderr and "created database" not in done.stderr
