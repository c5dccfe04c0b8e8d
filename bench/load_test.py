"""Load test of the cluster shape with Locust (bench/locustfile.py), on this machine, never in CI.

up (deploy/cluster.sh, login throttle raised: every simulated user comes from 127.0.0.1)
→ data (bench/load_setup.py with the app hosts' settings) → headless Locust runs through nginx at
each user count, first with both API instances, then with app-2's gunicorn stopped (its pid file)
→ the Locust CSV stats parsed → one table per run (requests/s, p50, p95, p99, failures per
endpoint) → app-2 started again → cluster down --purge (unless --keep).

    sudo .venv/bin/python bench/load_test.py [--users 10,20,40] [--time 60] [--instances 2,1] [--keep]

Step mode (--steps 2,4,8,16): per instance count, the user counts in turn, each a bounded run of
--time seconds after its ramp, stopping at the first step that misses the goal (p95 < 100 ms for
search, < 200 ms for every write but sign-in, no failure); then a summary per instance count: the
highest step that met it, with requests/s, and every step's per-endpoint p50/p95.
--search-shards sets the index layout the cluster is started (or reindexed) with.
--warmup S: before each instance count's runs, an unmeasured Locust run of S seconds at the
largest user count (fresh JVMs, caches and connections made the first measured run the slowest).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from cluster_smoke import CLUSTER, CLUSTER_HOME, LB, sh  # noqa: E402

VENV = Path(os.environ.get("VENV", ROOT / ".venv"))
# every simulated user signs in from 127.0.0.1: raise the per-address login limit for the test
LOAD_LIMITS = {"RATE_LIMIT_LOGIN": "5000/minute;50000/hour", "RATE_LIMIT_IMPORT": "600/minute;10000/hour"}
WRITES = ("POST",)
GOAL_SEARCH_MS, GOAL_WRITE_MS = 100, 200
# sign-in is a write that is slow on purpose (argon2) and happens once per user, before the stats reset
NOT_A_GOAL = ("POST /auth/login",)


def app_env() -> dict[str, str]:
    """The app hosts' settings ($CLUSTER_HOME/shared/app.env) over this process's environment."""
    env = dict(os.environ)
    for line in (CLUSTER_HOME / "shared" / "app.env").read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            env[key] = value.strip("'")
    env["PATH"] = f"{VENV / 'bin'}:{env['PATH']}"
    return env


def up() -> None:
    t = time.monotonic()
    subprocess.run([CLUSTER, "up"], env={**os.environ, **LOAD_LIMITS}, check=True,
                   stdout=subprocess.DEVNULL, timeout=1200)
    print(f"cluster up in {time.monotonic() - t:.0f} s", flush=True)


def make_accounts(path: Path, employers: int, jobseekers: int) -> dict:
    if not path.exists():
        t = time.monotonic()
        done = subprocess.run([str(VENV / "bin" / "python"), str(ROOT / "bench" / "load_setup.py"),
                               "--employers", str(employers), "--jobseekers", str(jobseekers), "--out", str(path)],
                              env=app_env(), capture_output=True, text=True, timeout=900)
        if done.returncode:
            sys.exit(f"load_setup failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
        print(done.stdout.strip(), f"({time.monotonic() - t:.0f} s)", flush=True)
    return json.loads(path.read_text())


def signed_in(accounts_path: Path, out: Path) -> Path:
    """The accounts with a fresh access token each (15 minutes; one pass of steps), signed in
    through nginx one after another: sign-in (argon2, slow on purpose) stays out of the runs."""
    accounts = json.loads(accounts_path.read_text())
    tokens = {}
    for phone in accounts["employers"] + accounts["jobseekers"] + accounts["operators"]:
        request = urllib.request.Request(f"{LB}/api/v1/auth/login", method="POST",
                                         data=json.dumps({"phone": phone, "password": accounts["password"]}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as r:
            tokens[phone] = json.loads(r.read())["access_token"]
    path = out / "accounts-signed-in.json"
    path.write_text(json.dumps({**accounts, "tokens": tokens}))
    return path


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def locust(accounts: Path, users: int, seconds: int, prefix: Path, events: Path | None = None,
           spawn_rate: int = 5) -> subprocess.Popen:
    env = {**os.environ, "LOAD_ACCOUNTS": str(accounts)}
    if events:
        env["LOAD_EVENTS"] = str(events)
    return subprocess.Popen(
        [str(VENV / "bin" / "locust"), "-f", str(ROOT / "bench" / "locustfile.py"), "--headless", "-H", LB,
         "-u", str(users), "-r", str(spawn_rate), "-t", f"{seconds}s", "--reset-stats", "--csv", str(prefix),
         "--only-summary", "--stop-timeout", "5", "--loglevel", "WARNING"],
        # the drill never reads a pipe: its Locust writes to a file (a full pipe would block it)
        env=env, stdout=subprocess.DEVNULL, text=True,
        stderr=open(f"{prefix}.log", "w") if events else subprocess.PIPE)  # noqa: SIM115


def read_stats(prefix: Path) -> list[dict]:
    with open(f"{prefix}_stats.csv", newline="") as f:
        return list(csv.DictReader(f))


def table(rows: list[dict], title: str) -> str:
    out = [title, f"| {'endpoint':<42} | {'req':>6} | {'req/s':>6} | {'p50 ms':>6} | {'p95 ms':>6} | {'p99 ms':>6} | {'fail':>4} |",
           f"|{'-' * 44}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 6}|"]
    for r in rows:
        name = r["Name"]  # the locustfile names requests "METHOD /path"
        if int(r["Request Count"]) == 0:
            continue
        goal = ""
        if r["Name"] != "Aggregated":
            limit = 200 if r["Type"] in WRITES else 100 if "search" in r["Name"] else None
            if limit:
                goal = " ✓" if float(r["95%"]) < limit else " ✗"
        out.append(f"| {name:<42} | {r['Request Count']:>6} | {float(r['Requests/s']):>6.1f} | {r['50%']:>6} | "
                   f"{r['95%'] + goal:>6} | {r['99%']:>6} | {r['Failure Count']:>4} |")
    return "\n".join(out)


def goal_check(rows: list[dict]) -> tuple[bool, str]:
    """Whether a run met the goal: search p95 < 100 ms, every write's (but sign-in's) p95 < 200 ms,
    no failed request; and the one-line reason."""
    misses = []
    for r in rows:
        if r["Name"] == "Aggregated" or int(r["Request Count"]) == 0:
            continue
        if int(r["Failure Count"]):
            misses.append(f"{r['Name']} {r['Failure Count']} failed")
        limit = GOAL_WRITE_MS if r["Type"] in WRITES and r["Name"] not in NOT_A_GOAL else \
            GOAL_SEARCH_MS if "search" in r["Name"] else None
        if limit and float(r["95%"]) >= limit:
            misses.append(f"{r['Name']} p95 {r['95%']} ms")
    return not misses, "; ".join(misses) or "met"


def step_summary(instances: int, steps: list[tuple[int, list[dict], str, str]]) -> str:
    """Per step: users, requests/s, search p50/p95, worst write p95, goal; then the best step."""
    out = [f"\n{instances} API instance(s), steps (goal: search p95 < {GOAL_SEARCH_MS} ms, "
           f"writes p95 < {GOAL_WRITE_MS} ms, 0 failed)",
           "| users | req/s | search p50 | search p95 | worst write p95 | failed | load avg before → after | goal |",
           "|---|---|---|---|---|---|---|---|"]
    best = None
    for users, rows, load, _ in steps:
        by = {r["Name"]: r for r in rows}
        search = by.get("GET /search/vacancies", {})
        writes = [r for r in rows if r["Type"] in WRITES and r["Name"] not in NOT_A_GOAL
                  and int(r["Request Count"])]
        worst = max(writes, key=lambda r: float(r["95%"])) if writes else None
        agg = by["Aggregated"]
        met, why = goal_check(rows)
        if met:
            best = (users, float(agg["Requests/s"]))
        out.append(f"| {users} | {float(agg['Requests/s']):.1f} | {search.get('50%', '-')} | {search.get('95%', '-')} | "
                   f"{worst['95%'] + ' (' + worst['Name'] + ')' if worst else '-'} | {agg['Failure Count']} | {load} | "
                   f"{'✓' if met else '✗ ' + why} |")
    out.append(f"highest step that met the goal: {best[0]} users, {best[1]:.1f} req/s" if best
               else "no step met the goal")
    return "\n".join(out)


# the endpoints of the goal, as nginx logs the path (method, pattern) and as the app names its URL rule
SERVER_SIDE = [("GET /search/vacancies", "GET", re.compile(r"^/api/v1/search/vacancies(\?|$)"),
                "/api/v1/search/vacancies"),
               ("POST /vacancies", "POST", re.compile(r"^/api/v1/vacancies$"), "/api/v1/vacancies"),
               ("POST /vacancies/{id}/applications", "POST", re.compile(r"^/api/v1/vacancies/\d+/applications$"),
                "/api/v1/vacancies/<int:vacancy_id>/applications"),
               ("POST /employers/me/vacancy-imports", "POST", re.compile(r"^/api/v1/employers/me/vacancy-imports"),
                "/api/v1/employers/me/vacancy-imports")]
_NGINX_LINE = re.compile(r'\[(\S+)\] "(\w+) (\S+) [^"]*" (\d+) \d+ rt=([\d.]+) urt=([\d.]+)')


def server_side(since: dt.datetime, until: dt.datetime) -> str:
    """p50/p95 of the goal's endpoints as the servers saw them in [since, until]: nginx's request
    time, and the app's own duration_ms (JSON request log). Locust runs on the same cores and
    its times include waiting for its own turn on a CPU; these do not."""
    nginx: dict[str, list[float]] = {name: [] for name, *_ in SERVER_SIDE}
    app: dict[str, list[float]] = {name: [] for name, *_ in SERVER_SIDE}
    for line in (CLUSTER_HOME / "lb-1" / "logs" / "access.log").read_text(errors="replace").splitlines():
        m = _NGINX_LINE.search(line)
        if not m or not since <= dt.datetime.fromisoformat(m.group(1)) <= until:
            continue
        path = m.group(3).split("?")[0] if m.group(2) == "POST" else m.group(3)
        for name, method, pattern, _ in SERVER_SIDE:
            if m.group(2) == method and pattern.match(path):
                nginx[name].append(float(m.group(5)) * 1000)
    for log in CLUSTER_HOME.glob("app-*/logs/gunicorn.log"):
        for line in log.read_text(errors="replace").splitlines():
            if not line.startswith("{") or '"duration_ms"' not in line:
                continue
            entry = json.loads(line)
            if not since <= dt.datetime.fromisoformat(entry["time"]) <= until:
                continue
            for name, method, _, rule in SERVER_SIDE:
                if entry.get("method") == method and entry.get("route") == rule:
                    app[name].append(entry["duration_ms"])

    def p(values: list[float]) -> str:
        if not values:
            return "-"
        ordered = sorted(values)
        return f"{statistics.median(ordered):.0f}/{ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]:.0f}"

    return "server side, p50/p95 ms (nginx request time | app duration_ms): " + "; ".join(
        f"{name} {p(nginx[name])} | {p(app[name])} (n={len(nginx[name])})" for name, *_ in SERVER_SIDE)


class LagSampler(threading.Thread):
    """Once a second during a run: the standby's replay lag as db-1 sees it (pg_stat_replication:
    replay_lag in ms, and the WAL bytes sent but not yet replayed). Reports read the standby."""

    SQL = ("select coalesce(extract(epoch from replay_lag) * 1000, 0)::int || ' ' || "
           "pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint from pg_stat_replication limit 1")

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.samples: list[tuple[int, int]] = []
        pg_bin = sh("bash", "-c", f". {ROOT}/deploy/lib.sh; pg_bin").strip()
        port = [line.split("=", 1)[1] for line in (ROOT / "deploy" / "cluster.env").read_text().splitlines()
                if line.startswith("PG_PRIMARY_PORT=")][0]
        self.cmd = ["runuser", "-u", "postgres", "--", f"{pg_bin}/psql", "-h", str(CLUSTER_HOME / "db-1" / "run"),
                    "-p", port, "-d", "recruit", "-qAt", "-c", self.SQL]

    def run(self) -> None:
        while not self.stop.wait(1):
            done = subprocess.run(self.cmd, capture_output=True, text=True, timeout=10, check=False)
            if done.returncode == 0 and done.stdout.strip():
                ms, behind = done.stdout.split()
                self.samples.append((int(ms), int(behind)))

    def summary(self) -> str:
        self.stop.set()
        self.join(timeout=15)
        if not self.samples:
            return "standby replay lag: no samples (not streaming?)"
        ms = sorted(m for m, _ in self.samples)
        behind = sorted(b for _, b in self.samples)
        return (f"standby replay lag over {len(ms)} samples (1/s): median {statistics.median(ms):.0f} ms, "
                f"p95 {ms[int(len(ms) * 0.95) - 1]} ms, max {ms[-1]} ms; WAL not yet replayed: "
                f"median {statistics.median(behind):.0f} B, max {behind[-1]} B")


def gunicorn_pidfile(host: str) -> Path:
    return CLUSTER_HOME / host / "run" / "gunicorn.pid"


def stop_instance(host: str) -> None:
    pidfile = gunicorn_pidfile(host)
    pid = int(pidfile.read_text())
    os.kill(pid, signal.SIGTERM)
    for _ in range(60):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", default="10,20,40")
    parser.add_argument("--time", type=int, default=60, help="seconds per run")
    parser.add_argument("--instances", default="2,1", help="API instances per pass (1: app-2 stopped)")
    parser.add_argument("--employers", type=int, default=20)
    parser.add_argument("--jobseekers", type=int, default=40)
    parser.add_argument("--out", default="/tmp/recruit-load", help="directory for the CSV stats")
    parser.add_argument("--keep", action="store_true", help="leave the cluster running")
    parser.add_argument("--no-up", action="store_true", help="the cluster is up already (with LOAD_LIMITS)")
    parser.add_argument("--steps", default="", help="step mode: user counts in turn (e.g. 2,4,8,16); "
                        "stops at the first step that misses the goal unless --all-steps")
    parser.add_argument("--all-steps", action="store_true", help="run every step even after a miss")
    parser.add_argument("--warmup", type=int, default=0,
                        help="seconds of unmeasured load (the largest user count) before each instance count")
    parser.add_argument("--search-shards", default=None,
                        help="index layout to start with, e.g. vacancies=1,jobseekers=1 (default: cluster.env's)")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root (the deploy scripts start services)")
    if args.search_shards:  # cluster.sh up (and up app, after the one-instance pass) read it
        os.environ["SEARCH_SHARDS"] = args.search_shards
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    print(f"load test: nginx {LB}; load average {loadavg()} (1/5/15 min) before", flush=True)
    tables = []
    try:
        if not args.no_up:
            up()
        accounts_path = out / "accounts.json"
        accounts = make_accounts(accounts_path, args.employers, args.jobseekers)
        print(f"{len(accounts['employers'])} employers, {len(accounts['jobseekers'])} jobseekers, "
              f"{len(accounts['operators'])} operator(s)", flush=True)
        for instances in [int(n) for n in args.instances.split(",")]:
            if instances == 1:
                stop_instance("app-2")
                print("app-2's gunicorn stopped (nginx sends everything to app-1)", flush=True)
            steps: list[tuple[int, list[dict], str, str]] = []
            run_accounts = accounts_path
            if args.steps:
                t = time.monotonic()
                run_accounts = signed_in(accounts_path, out)
                print(f"every account signed in ({time.monotonic() - t:.0f} s): sign-in stays out of the steps",
                      flush=True)
            counts = [int(n) for n in (args.steps or args.users).split(",")]
            if args.warmup:
                t = time.monotonic()
                locust(run_accounts, max(counts), args.warmup, out / f"i{instances}-warmup").communicate(
                    timeout=args.warmup + 120)
                print(f"warm-up: {max(counts)} users, {time.monotonic() - t:.0f} s, not measured", flush=True)
            for users in counts:
                prefix = out / f"i{instances}-u{users}"
                before = loadavg()
                lag = LagSampler()
                lag.start()
                started = dt.datetime.now(dt.UTC)
                proc = locust(run_accounts, users, args.time, prefix)
                _, err = proc.communicate(timeout=args.time + 120)
                # Locust's window: from the end of the ramp (spawn rate 5/s; its --reset-stats) to -t
                since = started + dt.timedelta(seconds=users / 5 + 1)
                until = started + dt.timedelta(seconds=args.time)
                after = loadavg()
                title = (f"\n{instances} API instance(s), {users} users, {args.time} s "
                         f"(load average {before} → {after})")
                rows = read_stats(prefix)
                text = table(rows, title) + "\n" + server_side(since, until) + "\n" + lag.summary()
                tables.append(text)
                print(text, flush=True)
                if proc.returncode not in (0, 1):  # 1: some requests failed (in the table)
                    print(f"locust exited {proc.returncode}: {err[-1500:]}", flush=True)
                if args.steps:
                    steps.append((users, rows, f"{before.split()[0]} → {after.split()[0]}", text))
                    if not goal_check(rows)[0] and not args.all_steps:
                        break
            if args.steps:
                summary = step_summary(instances, steps)
                tables.append(summary)
                print(summary, flush=True)
            if instances == 1:
                subprocess.run([CLUSTER, "up", "app"], env={**os.environ, **LOAD_LIMITS}, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
                print("app-2's gunicorn started again", flush=True)
        (out / "tables.md").write_text("\n".join(tables) + "\n")
    finally:
        if not args.keep:
            sh(CLUSTER, "down", "--purge")
            print("cluster down, data removed", flush=True)
    print(f"load average {loadavg()} after")


if __name__ == "__main__":
    main()
