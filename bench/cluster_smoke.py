"""Smoke test of the cluster shape (deploy/cluster.sh), on this machine, never in CI.

Brings the cluster up, checks the Elasticsearch transport speaks only TLS with the scripts' CA,
signs in the demo employer, posts a vacancy through nginx, searches for it, reads a report through
the standby (an operator; its lag header), kills one Elasticsearch node (SIGKILL), searches again
(the replicas answer) and posts another, brings the node back, waits for green, searches once
more, then takes the cluster down and deletes its data (--keep leaves it running). Prints each
step with its time.

    sudo .venv/bin/python bench/cluster_smoke.py [--keep] [--kill search-1]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLUSTER = str(ROOT / "deploy" / "cluster.sh")
CLUSTER_HOME = Path(os.environ.get("CLUSTER_HOME", "/var/lib/recruit-cluster"))


def conf(name: str) -> str:
    """One value from deploy/cluster.env (first match, defaults expanded by hand)."""
    text = (ROOT / "deploy" / "cluster.env").read_text()
    value = re.search(rf"^{name}=(.*)$", text, re.M).group(1).split("#")[0].strip()
    match = re.fullmatch(r"\$\{\w+:-(.*)\}", value)
    return match.group(1) if match else value


LB = f"http://127.0.0.1:{os.environ.get('LB_PORT') or conf('LB_PORT')}"
ES_PORTS = conf("ES_HTTP_PORTS").strip("()").split()
ES_NODES = conf("ES_NODES").strip("()").split()
ES_TRANSPORT_PORTS = conf("ES_TRANSPORT_PORTS").strip("()").split()

rows: list[tuple[str, str, str]] = []


def step(name: str, started: float, result: str) -> float:
    took = time.monotonic() - started
    rows.append((name, f"{took:7.2f} s", result))
    print(f"  {name:<46} {took:7.2f} s  {result}", flush=True)
    return took


def sh(*args: str, timeout: int = 900) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return done.stdout + done.stderr


def api(method: str, path: str, body: dict | None = None, token: str | None = None,
        timeout: float = 30) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(LB + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def es_health(port: str) -> dict:
    """As the scripts' recruit_ops user (security is on)."""
    password = (CLUSTER_HOME / "shared" / "es-secrets" / "elasticsearch-ops-password").read_text().strip()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/_cluster/health")
    request.add_header("Authorization", "Basic " + base64.b64encode(f"recruit_ops:{password}".encode()).decode())
    with urllib.request.urlopen(request, timeout=5) as r:
        return json.loads(r.read())


def transport_tls(port: str) -> str:
    """A TLS handshake with a transport port, checked against the scripts' CA (and a client
    certificate of a node, which the transport requires)."""
    node = ES_NODES[ES_TRANSPORT_PORTS.index(port)]
    certs = CLUSTER_HOME / "shared" / "es-certs" / node
    done = subprocess.run(
        ["openssl", "s_client", "-connect", f"127.0.0.1:{port}", "-CAfile", str(certs / "ca.crt"),
         "-verify_return_error", "-verify_ip", "127.0.0.1", "-cert", str(certs / "node.crt"),
         "-key", str(certs / "node.key"), "-brief"],
        input="", capture_output=True, text=True, timeout=20, check=False)
    out = done.stdout + done.stderr
    protocol = re.search(r"Protocol version: (\S+)", out)
    subject = re.search(r"Peer certificate: (.*)", out)
    ok = done.returncode == 0 and "Verification: OK" in out
    return (f"{'ok' if ok else 'FAILED'} {protocol.group(1) if protocol else '?'}, "
            f"{subject.group(1).strip() if subject else out.strip()[-200:]}")


def plaintext_refused(port: str) -> bool:
    """Bytes of Elasticsearch's plaintext transport handshake get no plaintext answer."""
    with socket.create_connection(("127.0.0.1", int(port)), timeout=5) as conn:
        conn.sendall(b"ES\x00\x00\x00\x00")
        conn.settimeout(5)
        try:
            answer = conn.recv(64)
        except (TimeoutError, ConnectionResetError):
            return True
    return not answer.startswith(b"ES")


def search(q: str) -> tuple[int, list[int], float]:
    started = time.monotonic()
    status, body = api("GET", "/api/v1/search/vacancies?" + urllib.parse.urlencode({"q": q, "size": 50}))
    return status, [h["id"] for h in body.get("hits", [])], time.monotonic() - started


def until_found(q: str, vacancy_id: int, limit: float = 60) -> tuple[bool, int]:
    tries = 0
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        tries += 1
        status, ids, _ = search(q)
        if status == 200 and vacancy_id in ids:
            return True, tries
        time.sleep(0.1)
    return False, tries


def post_vacancy(token: str, title: str) -> dict:
    status, body = api("POST", "/api/v1/vacancies", {
        "title": title, "description": "负责冷库货物叉车装卸与盘点，持叉车证上岗，缴纳五险一金，包吃住。",
        "region_code": "420102", "occupation_code": "6-31", "headcount": 2,
        "salary_min": 6000, "salary_max": 8000}, token=token)
    if status != 201:
        sys.exit(f"posting failed: {status} {body}")
    return body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="leave the cluster running")
    parser.add_argument("--kill", default=ES_NODES[0], choices=ES_NODES, help="the node to kill")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root (the deploy scripts start services)")
    print(f"cluster smoke test: nginx {LB}, Elasticsearch nodes {', '.join(ES_NODES)}")
    ok = True
    try:
        t = time.monotonic()
        out = sh(CLUSTER, "up")
        step("cluster up (3 ES, PG primary+standby, 2 API, 2 sync, nginx)", t,
             re.search(r"Elasticsearch cluster: (.*)", out).group(1) if "Elasticsearch cluster" in out else "reused")

        t = time.monotonic()
        checks = [transport_tls(p) for p in ES_TRANSPORT_PORTS]
        refused = all(plaintext_refused(p) for p in ES_TRANSPORT_PORTS)
        ok &= all(c.startswith("ok") for c in checks) and refused
        step("transport TLS on the 3 nodes", t, f"{checks[0]}; plaintext refused: {refused}")

        t = time.monotonic()
        demo = sh(CLUSTER, "flask", "recruit", "demo-data", "--if-empty")
        phone = re.search(r"demo login\s+employer\s+(\d+)", demo).group(1)
        password = re.search(r"new password for \d+: (\S+)",
                             sh(CLUSTER, "flask", "recruit", "reset-password", phone)).group(1)
        status, body = api("POST", "/api/v1/auth/login", {"phone": phone, "password": password})
        assert status == 200, body
        token = body["access_token"]
        step("demo employer signed in through nginx", t, f"phone {phone}")

        tag = uuid.uuid4().hex[:4]
        title = f"冷库叉车司机{tag}"
        t = time.monotonic()
        first = post_vacancy(token, title)
        step("post a vacancy through nginx", t, f"201, id {first['id']}, {first['status']}")
        t = time.monotonic()
        found, tries = until_found(title, first["id"])
        ok &= found
        step("  ... until search finds it", t, f"found={found} after {tries} searches")

        t = time.monotonic()
        operator = re.search(r"demo login\s+operator\s+(\d+)", demo).group(1)
        password = re.search(r"new password for \d+: (\S+)",
                             sh(CLUSTER, "flask", "recruit", "reset-password", operator)).group(1)
        status, body = api("POST", "/api/v1/auth/login", {"phone": operator, "password": password})
        assert status == 200, body
        report = urllib.request.Request(LB + "/api/v1/reports/headline?as_of=" + time.strftime("%Y-%m-%d"),
                                        headers={"Authorization": f"Bearer {body['access_token']}"})
        try:
            with urllib.request.urlopen(report, timeout=30) as r:
                status, lag, figures = r.status, r.headers.get("X-Data-Lag-Seconds"), json.loads(r.read())
        except urllib.error.HTTPError as e:
            status, lag, figures = e.code, None, {}
        ok &= status == 200 and lag is not None
        step("a report read from the standby (operator)", t,
             f"{status}, X-Data-Lag-Seconds {lag}, positions {figures.get('positions_posted')}")

        pidfile = CLUSTER_HOME / args.kill / "run" / "elasticsearch.pid"
        pid = int(pidfile.read_text())
        survivor = ES_PORTS[(ES_NODES.index(args.kill) + 1) % len(ES_NODES)]
        t = time.monotonic()
        os.kill(pid, signal.SIGKILL)
        status, ids, took = search(title)
        found = status == 200 and first["id"] in ids
        ok &= found
        step(f"kill -9 {args.kill}; first search after", t, f"{status}, found={found} ({took * 1000:.0f} ms)")
        t = time.monotonic()
        latencies, failures = [], 0
        for _ in range(20):
            status, ids, took = search(title)
            latencies.append(took)
            failures += status != 200 or first["id"] not in ids
        ok &= failures == 0
        latencies.sort()
        step("  20 more searches with the node down", t,
             f"{failures} failed, median {latencies[10] * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
        t = time.monotonic()
        while time.monotonic() - t < 90:
            health = es_health(survivor)
            if health["number_of_nodes"] == len(ES_NODES) - 1:
                break
            time.sleep(0.5)
        step("  cluster notices the loss", t,
             f"{health['status']}, {health['number_of_nodes']} nodes, {health['unassigned_shards']} shards unassigned")
        t = time.monotonic()
        second = post_vacancy(token, title + "二")
        found, tries = until_found(title + "二", second["id"])
        ok &= found
        step("  post another with the node down, until found", t, f"id {second['id']}, found={found}")

        t = time.monotonic()
        sh(CLUSTER, "up", "search")
        while time.monotonic() - t < 300:
            health = es_health(survivor)
            if health["status"] == "green":
                break
            time.sleep(1)
        ok &= health["status"] == "green"
        step(f"{args.kill} restarted; until green", t,
             f"{health['status']}, {health['number_of_nodes']} nodes, {health['active_shards']} shards")
        t = time.monotonic()
        status, ids, took = search(title)
        found = status == 200 and {first["id"], second["id"]} <= set(ids)
        ok &= found
        step("search after the node is back", t, f"{status}, both found={found}")
        print()
        print(sh(CLUSTER, "status"))
    finally:
        if not args.keep:
            t = time.monotonic()
            sh(CLUSTER, "down", "--purge")
            step("cluster down, data removed", t, "ok")
    print("cluster smoke test:", "PASSED" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
