"""The WSGI entry point under a real gunicorn, over real HTTP on loopback."""

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
def server(app):
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
           "ELASTICSEARCH_URL": app.config["ELASTICSEARCH_URL"],
           "SEARCH_INDEX_PREFIX": app.config["SEARCH_INDEX_PREFIX"]}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "wsgi:app"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:  # wait for the port to answer, not for a fixed time
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).read()
            break
        except OSError:  # refused, reset, or slow to answer (socket timeout) while starting
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("gunicorn did not come up: " + proc.stderr.read().decode()[-2000:])
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)
    proc.stderr.close()


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
