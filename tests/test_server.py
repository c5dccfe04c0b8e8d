"""The WSGI entry point under a real gunicorn, over real HTTP on loopback."""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(app, tmp_path):
    """gunicorn as deploy/run.sh and deploy/cluster.sh start it (its config file, the app's log
    lines in its error log); the base URL, and the log's path as server.log."""
    port = _free_port()
    log = tmp_path / "gunicorn.log"
    env = {**os.environ, "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
           "ELASTICSEARCH_URL": app.config["ELASTICSEARCH_URL"],
           "SEARCH_INDEX_PREFIX": app.config["SEARCH_INDEX_PREFIX"]}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", str(ROOT / "deploy" / "gunicorn.conf.py"),
         "--capture-output", "--error-logfile", str(log), "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "wsgi:app"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:  # wait for the port to answer, not for a fixed time
            try:
                urllib.request.urlopen(base + "/healthz", timeout=5).read()
                break
            except (OSError, http.client.HTTPException):
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("gunicorn did not come up: " + proc.stderr.read().decode()[-2000:]
                                + (log.read_text()[-2000:] if log.exists() else ""))
                time.sleep(0.1)
        yield Served(base, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


class Served(str):
    """The server's base URL (a str), with the path of its log."""

    def __new__(cls, base: str, log: Path) -> "Served":
        obj = super().__new__(cls, base)
        obj.log = log
        return obj


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_gunicorn_serves_the_api(server):
    status, body = _get(server + "/readyz")
    assert status == 200 and body["status"] == "ready"
    status, spec = _get(server + "/api/openapi.json")
    assert status == 200 and "/api/v1/search/vacancies" in spec["paths"]
    status, body = _get(server + "/api/v1/me")
    assert status == 401 and body["code"] == "missing_token"


def test_each_worker_loads_the_search_dictionaries_before_its_first_request(search, server):
    # (search first: the server is started with its indices' prefix)
    # /healthz answered (the fixture), no search yet: the worker's hook has loaded them already;
    # lazily loaded, the first search of every worker took 1-3 s (docs/reliability.md)
    lines = [json.loads(line) for line in server.log.read_text().splitlines() if line.startswith("{")]
    loaded = [e for e in lines if e["message"].startswith("search dictionaries loaded in")]
    assert len(loaded) == 1 and loaded[0]["logger"] == "recruit.gunicorn"
    status, body = _get(server + "/api/v1/search/vacancies?q=%E7%94%B5%E7%84%8A%E5%B7%A5")
    assert status == 200 and "hits" in body, server.log.read_text()[-3000:]
