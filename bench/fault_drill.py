"""Fault drill of the cluster shape under a steady Locust load, on this machine, never in CI.

With bench/locustfile.py running in the background (--users, every request and every acknowledged
write logged), in turn: kill -9 one Elasticsearch node (then start it, until green); kill -9 one
API instance's gunicorn master (then `cluster.sh up app`, until ready); kill -9 one search sync
worker (a vacancy posted right after must still become searchable: the other worker); kill -9
one Celery task worker (until a restarted one answers ping); restart the PostgreSQL primary
(pg_ctl restart -m fast: writes must answer 503 with Retry-After, not 500); stop the standby, 10 s,
start it (until streaming again); with --faults ...,failover (last: it leaves db-2 the primary)
kill -9 the primary's postmaster and `cluster.sh failover` (fence db-1, promote db-2; the app's
multi-host URLs find it). For each fault: requests failed (5xx or no answer) and for how
long, 503 with and without Retry-After, 500s, time to recover. Then: every acknowledged write
(2xx, with its id) must exist in PostgreSQL, and every vacancy of them still published must be in
the index; `flask recruit check-index vacancies|jobseekers` and `flask recruit reconcile-counters`
must show 0 differences. Prints the tables; --faults picks some.

    sudo .venv/bin/python bench/fault_drill.py [--users 8] [--faults es,api,sync,task,pg,standby,failover] [--keep]
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from cluster_smoke import CLUSTER, CLUSTER_HOME, ES_NODES, ES_PORTS, LB, api, conf, sh  # noqa: E402
from load_test import LOAD_LIMITS, VENV, app_env, loadavg, locust, make_accounts, up  # noqa: E402

APP_PORTS = conf("APP_PORTS").strip("()").split()
APP_HOSTS = conf("APP_HOSTS").strip("()").split()
PG_PRIMARY_PORT, PG_STANDBY_PORT = conf("PG_PRIMARY_PORT"), conf("PG_STANDBY_PORT")
SETTLE = 10  # seconds after recovery still counted as the fault's window


def pg_bin() -> str:
    return sh("bash", "-c", f". {ROOT}/deploy/lib.sh; pg_bin").strip()


def psql(host: str, port: str, sql: str) -> str:
    return sh("runuser", "-u", "postgres", "--", f"{pg_bin()}/psql", "-h", str(CLUSTER_HOME / host / "run"),
              "-p", port, "-d", "recruit", "-qAt", "-c", sql).strip()


def primary() -> tuple[str, str]:
    """The host and port that accept writes now (db-2 after a failover)."""
    for host, port in (("db-1", PG_PRIMARY_PORT), ("db-2", PG_STANDBY_PORT)):
        try:
            if psql(host, port, "select pg_is_in_recovery()") == "f":
                return host, port
        except SystemExit:  # sh() exits on a failed command: this one does not answer
            continue
    raise RuntimeError("no PostgreSQL primary answers")


def pg_ctl(host: str, *args: str) -> None:
    sh("runuser", "-u", "postgres", "--", f"{pg_bin()}/pg_ctl", "-D", str(CLUSTER_HOME / host / "pg-data"),
       "-l", str(CLUSTER_HOME / host / "pg-log" / "postgres.log"), *args, timeout=180)


def es(port: str, path: str, body: dict | None = None) -> dict:
    """As the app's user (security is on): health (monitor) and the app's indices."""
    password = (CLUSTER_HOME / "shared" / "es-secrets" / "elasticsearch-app-password").read_text().strip()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method="POST" if body else "GET",
                                     data=json.dumps(body).encode() if body else None,
                                     headers={"Content-Type": "application/json", "Authorization": "Basic "
                                              + base64.b64encode(f"recruit_app:{password}".encode()).decode()})
    with urllib.request.urlopen(request, timeout=10) as r:
        return json.loads(r.read())


def alive_es_port() -> str:
    for port in ES_PORTS:
        try:
            es(port, "/_cluster/health")
            return port
        except (OSError, urllib.error.URLError):
            continue
    raise RuntimeError("no Elasticsearch node answers")


def vacancy_alias(port: str) -> str:
    return next(a["alias"] for a in es(port, "/_cat/aliases?format=json") if a["alias"].endswith("-vacancies"))


def until(check, limit: float, every: float = 0.5) -> float | None:
    """Seconds until check() is true, None if not within limit."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        try:
            if check():
                return time.monotonic() - started
        except Exception:  # noqa: BLE001 - a component coming back answers errors first
            pass
        time.sleep(every)
    return None


def pid_of(host: str, name: str) -> int:
    return int((CLUSTER_HOME / host / "run" / f"{name}.pid").read_text())


def kill_tree(pid: int) -> None:
    """SIGKILL a process and its descendants (by parent id, never by name)."""
    tree, i = [pid], 0
    while i < len(tree):  # children, grandchildren ... first collected, then all killed at once
        tree += map(int, subprocess.run(["pgrep", "-P", str(tree[i])], capture_output=True, text=True).stdout.split())
        i += 1
    for p in tree:
        with contextlib.suppress(ProcessLookupError):
            os.kill(p, signal.SIGKILL)


def pid_alive(pidfile: Path) -> bool:
    try:
        os.kill(int(pidfile.read_text()), 0)
    except (OSError, ValueError):
        return False
    return True


def ready(port: str) -> bool:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=3) as r:
        return r.status == 200


class Drill:
    def __init__(self, token: str, events: Path):
        self.token, self.events = token, events
        self.rows: list[dict] = []
        self.probe_writes: list[dict] = []

    def post(self, title: str) -> tuple[int, dict, str | None]:
        try:
            status, body = api("POST", "/api/v1/vacancies", {
                "title": title, "description": "负责冷库货物叉车装卸与盘点，持叉车证上岗，缴纳五险一金，包吃住。",
                "region_code": "420102", "occupation_code": "6-31", "headcount": 1,
                "salary_min": 6000, "salary_max": 8000}, token=self.token, timeout=10)
        except (OSError, urllib.error.URLError, json.JSONDecodeError):
            return 0, {}, None
        if 200 <= status < 300:
            self.probe_writes.append({"write": "vacancy", "id": body["id"], "status": body.get("status")})
        return status, body, None

    def searchable(self, vacancy_id: int, title: str) -> bool:
        """Found by a search of the index itself: the API's result cache (SEARCH_CACHE_SECONDS)
        would keep answering the first, empty page of the same query for its lifetime."""
        port = alive_es_port()
        found = es(port, f"/{vacancy_alias(port)}/_search",
                   {"size": 1, "_source": ["title"], "query": {"ids": {"values": [str(vacancy_id)]}}})
        return [h["_source"]["title"] for h in found["hits"]["hits"]] == [title]

    def window(self, name: str, started: float, recovered: float | None, note: str) -> None:
        time.sleep(SETTLE)
        ended = time.time()
        failed, r503, r503_retry, r500, total = [], 0, 0, 0, 0
        for line in self.events.read_text().splitlines():
            e = json.loads(line)
            if "name" not in e or not started <= e["t"] <= ended:
                continue
            total += 1
            if e["status"] == 0 or e["status"] >= 500:
                failed.append(e["t"])
            if e["status"] == 503:
                r503 += 1
                r503_retry += bool(e.get("retry_after"))
            r500 += e["status"] == 500
        span = f"{failed[-1] - failed[0]:.1f} s" if failed else "-"
        row = {"fault": name, "requests": total, "failed": len(failed), "failing for": span,
               "503 (with Retry-After)": f"{r503} ({r503_retry})", "500": r500,
               "recovered in": f"{recovered:.1f} s" if recovered is not None else "NOT RECOVERED", "note": note}
        self.rows.append(row)
        print("  " + " | ".join(f"{k}: {v}" for k, v in row.items()), flush=True)

    # ---- the faults ---------------------------------------------------------------------
    def es_node(self) -> None:
        node = ES_NODES[1]
        t0 = time.time()
        kill_tree(pid_of(node, "elasticsearch"))
        survivor = ES_PORTS[0]
        title = f"故障演练叉车{int(t0) % 100000}"
        status, body, _ = self.post(title)
        found = status == 201 and until(lambda: self.searchable(body["id"], title), 60) is not None
        subprocess.run([CLUSTER, "up", "search"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600)
        rec = until(lambda: es(survivor, "/_cluster/health")["status"] == "green", 300, 1)
        self.window(f"kill -9 Elasticsearch {node}", t0, None if rec is None else time.time() - t0,
                    f"post during outage {status}, searchable={found}; restarted, until green")

    def api_instance(self) -> None:
        t0 = time.time()
        kill_tree(pid_of("app-2", "gunicorn"))
        time.sleep(5)  # nginx's passive checks find it down
        subprocess.run([CLUSTER, "up", "app"], env={**os.environ, **LOAD_LIMITS}, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        rec = until(lambda: ready(APP_PORTS[1]), 120)
        self.window("kill -9 API instance app-2 (gunicorn master + workers)", t0,
                    None if rec is None else time.time() - t0, "down 5 s, then cluster.sh up app, until readyz")

    def sync_worker(self) -> None:
        t0 = time.time()
        kill_tree(pid_of("app-1", "sync"))
        title = f"同步演练电焊{int(t0) % 100000}"
        status, body, _ = self.post(title)
        took = until(lambda: self.searchable(body["id"], title), 60) if status == 201 else None
        subprocess.run([CLUSTER, "up", "app"], env={**os.environ, **LOAD_LIMITS}, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        self.window("kill -9 search sync worker on app-1", t0, None if took is None else time.time() - t0,
                    f"post right after: searchable in {took if took is None else round(took, 1)} s "
                    "(app-2's worker); restarted")

    def task_worker(self) -> None:
        t0 = time.time()
        kill_tree(pid_of("app-1", "tasks-1"))
        subprocess.run([CLUSTER, "up", "app"], env={**os.environ, **LOAD_LIMITS}, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        env = app_env()

        def pong() -> bool:
            done = subprocess.run([str(VENV / "bin" / "celery"), "-A", "recruit.worker:celery", "inspect", "ping",
                                   "-d", "tasks-1@app-1", "-t", "3"], env=env, capture_output=True, text=True,
                                  timeout=60)
            return "pong" in done.stdout

        rec = until(pong, 180, 2)
        self.window("kill -9 Celery task worker on app-1", t0, None if rec is None else time.time() - t0,
                    "restarted by cluster.sh up app, until it answers ping (app-2's worker kept consuming)")

    def pg_primary(self) -> None:
        t0 = time.time()
        pg_ctl("db-1", "-m", "fast", "-w", "restart")
        n = 0

        def write_ok() -> bool:
            nonlocal n
            n += 1
            return self.post(f"主库演练保安{int(time.time()) % 100000}{n}")[0] == 201

        rec = until(write_ok, 120)
        self.window("restart PostgreSQL primary db-1 (pg_ctl restart -m fast)", t0,
                    None if rec is None else time.time() - t0, "until a probe write answers 201")

    def standby(self) -> None:
        t0 = time.time()
        pg_ctl("db-2", "-m", "fast", "-w", "stop")
        time.sleep(10)
        pg_ctl("db-2", "-w", "-t", "120", "start")
        rec = until(lambda: psql("db-1", PG_PRIMARY_PORT, "select state from pg_stat_replication") == "streaming",
                    120)
        self.window("stop standby db-2 10 s, start it", t0, None if rec is None else time.time() - t0,
                    "until streaming again (reports read the primary meanwhile: prefer-standby)")

    def failover(self) -> None:
        lag = psql("db-1", PG_PRIMARY_PORT, "select coalesce(string_agg(pg_wal_lsn_diff(sent_lsn, replay_lsn)::text"
                   " || ' B, replay_lag ' || coalesce(replay_lag::text, '0'), '; '), 'none') from pg_stat_replication")
        t0 = time.time()
        postmaster = int((CLUSTER_HOME / "db-1" / "pg-data" / "postmaster.pid").read_text().split()[0])
        kill_tree(postmaster)
        # what an operator (or a failover manager) does on noticing: fence db-1, promote db-2
        started = time.monotonic()
        sh(CLUSTER, "failover", timeout=180)
        promoted = time.monotonic() - started
        n = 0

        def write_ok() -> bool:
            nonlocal n
            n += 1
            return self.post(f"切换演练保洁{int(time.time()) % 100000}{n}")[0] == 201

        rec = until(write_ok, 120)
        self.window("kill -9 PostgreSQL primary db-1, cluster.sh failover to db-2", t0,
                    None if rec is None else time.time() - t0,
                    f"promoted in {promoted:.1f} s; standby behind by {lag} at the kill; until a probe write answers 201")


def verify(events: Path, probe_writes: list[dict]) -> dict:
    """Every acknowledged write exists in PostgreSQL; every vacancy of them still published is in the index."""
    writes = [json.loads(line) for line in events.read_text().splitlines() if '"write"' in line] + probe_writes
    by_kind: dict[str, set[int]] = {}
    for w in writes:
        by_kind.setdefault(w["write"], set()).add(int(w["id"]))
    table = {"vacancy": "vacancies", "application": "applications", "import": "vacancy_imports"}
    result = {}
    host, port = primary()
    for kind, ids in by_kind.items():
        present = psql(host, port,
                       f"select count(*) from {table[kind]} where id in ({','.join(map(str, ids))})")
        result[kind] = {"acknowledged": len(ids), "in PostgreSQL": int(present), "lost": len(ids) - int(present)}
        print(f"  {kind}: {result[kind]} (on {host})", flush=True)
    vacancy_ids = by_kind.get("vacancy", set())
    if vacancy_ids:
        published = psql(host, port, "select string_agg(id::text, ',') from vacancies where status = "
                         f"'published' and id in ({','.join(map(str, vacancy_ids))})")
        published_ids = [int(i) for i in published.split(",")] if published else []
        port = alive_es_port()
        alias = vacancy_alias(port)
        es(port, f"/{alias}/_refresh", {})
        docs = es(port, f"/{alias}/_mget", {"ids": [str(i) for i in published_ids]})["docs"]
        missing = [d["_id"] for d in docs if not d.get("found")]
        result["vacancy in search"] = {"published now": len(published_ids), "in the index": len(published_ids) - len(missing),
                                       "missing": len(missing)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--faults", default="es,api,sync,task,pg,standby")
    parser.add_argument("--out", default="/tmp/recruit-drill")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--no-up", action="store_true")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root (the deploy scripts start and stop services)")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    events = out / "events.jsonl"
    events.write_text("")
    print(f"fault drill: nginx {LB}; load average {loadavg()} before", flush=True)
    proc = None
    ok = True
    try:
        if not args.no_up:
            up()
            # accounts of an earlier drill belong to a cluster whose data is gone
            (out / "accounts.json").unlink(missing_ok=True)
        accounts = make_accounts(out / "accounts.json", 10, 20)
        status, body = api("POST", "/api/v1/auth/login", {"phone": accounts["employers"][-1],
                                                          "password": accounts["password"]})
        assert status == 200, body
        drill = Drill(body["access_token"], events)
        faults = args.faults.split(",")
        proc = locust(out / "accounts.json", args.users, 1800, out / "drill", events=events, spawn_rate=4)
        time.sleep(20)  # steady load first
        print(f"steady load: {args.users} users; load average {loadavg()}", flush=True)
        steps = {"es": drill.es_node, "api": drill.api_instance, "sync": drill.sync_worker,
                 "task": drill.task_worker, "pg": drill.pg_primary, "standby": drill.standby,
                 "failover": drill.failover}
        for name in faults:
            steps[name]()
        proc.terminate()  # Locust stops its users on SIGTERM
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:  # what was acknowledged is in the events file already
            proc.kill()
            proc.wait()
        print(f"load stopped; load average {loadavg()}", flush=True)
        # the real condition, bounded: the outbox on whichever host is the primary now is empty
        drained = until(lambda: psql(*primary(), "select count(*) from search_outbox") == "0", 120)
        print("search outbox empty " + (f"after {drained:.1f} s" if drained is not None else "NOT within 120 s"),
              flush=True)
        ok &= drained is not None
        dead = [f"{h} {p}" for h in APP_HOSTS for p in ("sync", "tasks-1")
                if not pid_alive(CLUSTER_HOME / h / "run" / f"{p}.pid")]
        print(f"workers alive at the end: {'all' if not dead else 'NOT ' + ', '.join(dead)}", flush=True)
        ok &= not dead
        lost = verify(events, drill.probe_writes)
        print("acknowledged writes:", json.dumps(lost, ensure_ascii=False), flush=True)
        ok &= all(v.get("lost", 0) == 0 and v.get("missing", 0) == 0 for v in lost.values())
        env = {**os.environ}
        checks = {}
        for check in (["check-index", "vacancies"], ["check-index", "jobseekers"], ["reconcile-counters"]):
            done = subprocess.run([CLUSTER, "flask", "recruit", *check], env=env, capture_output=True, text=True,
                                  timeout=600)
            checks[" ".join(check)] = (done.returncode, done.stdout.strip()[-600:] or done.stderr.strip()[-600:])
            print(f"flask recruit {' '.join(check)}: exit {done.returncode}: {checks[' '.join(check)][1]}", flush=True)
            ok &= done.returncode == 0
        (out / "drill.json").write_text(json.dumps({"faults": drill.rows, "writes": lost, "checks": checks},
                                                   ensure_ascii=False, indent=1))
        print()
        keys = list(drill.rows[0]) if drill.rows else []
        print("| " + " | ".join(keys) + " |")
        print("|" + "|".join("---" for _ in keys) + "|")
        for row in drill.rows:
            print("| " + " | ".join(str(row[k]) for k in keys) + " |")
    finally:
        if proc and proc.poll() is None:
            proc.kill()
        print(f"load average {loadavg()} after", flush=True)
        if not args.keep:
            sh(CLUSTER, "down", "--purge")
            print("cluster down, data removed", flush=True)
    print("fault drill:", "PASSED" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
