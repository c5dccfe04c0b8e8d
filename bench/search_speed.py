"""Search and matching speed at campaign scale.

    .venv/bin/python bench/search_speed.py [--vacancies 1000000 --jobseekers 200000] [--skip-load]

Generates vacancies and jobseekers with realistic spreads (regions weighted by province
population, 31 job kinds, log-normal-ish pay, priority groups), loads them into a database of
its own (recruit_bench, by COPY) and into Elasticsearch (prefix `bench`, documents from the
production builder), starts gunicorn on 127.0.0.1:8100 and measures, at concurrency 1 and 8:
typical searches through the API; the same Elasticsearch bodies sent straight to the node (the
floor); recommendations; candidate searches. Prints a table and writes docs/performance.md's
"Search and matching" section. gunicorn runs with deploy/gunicorn.conf.py and counts its rate
limits in Redis, as deploy/run.sh runs it (RATELIMIT_STORAGE_URI, else deploy/redis.sh's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "relevance"))

from catalogue import KINDS  # noqa: E402
from common import Http, database_url, drive, ensure_database, write_section  # noqa: E402
from sqlalchemy import text  # noqa: E402
from tqdm import tqdm  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.codes import regions  # noqa: E402
from recruit.codes.enums import EDUCATION_LEVELS  # noqa: E402
from recruit.employers.models import Employer  # noqa: E402
from recruit.extensions import db  # noqa: E402
from recruit.jobseekers.models import Jobseeker, JobseekerGroup  # noqa: E402
from recruit.search import documents, indexer, mappings, queries  # noqa: E402
from recruit.search.client import es  # noqa: E402
from recruit.vacancies.models import Vacancy  # noqa: E402

# approximate resident population, millions (2020 census), and the capital's coordinates
PROVINCES = {
    "11": (21.9, 39.90, 116.41), "12": (13.9, 39.08, 117.20), "13": (74.6, 38.04, 114.51),
    "14": (34.9, 37.87, 112.55), "15": (24.0, 40.84, 111.75), "21": (42.6, 41.80, 123.43),
    "22": (24.1, 43.82, 125.32), "23": (31.9, 45.80, 126.53), "31": (24.9, 31.23, 121.47),
    "32": (84.7, 32.06, 118.80), "33": (64.6, 30.27, 120.16), "34": (61.0, 31.82, 117.23),
    "35": (41.5, 26.07, 119.30), "36": (45.2, 28.68, 115.86), "37": (101.5, 36.65, 117.12),
    "41": (99.4, 34.75, 113.62), "42": (57.8, 30.59, 114.31), "43": (66.4, 28.23, 112.94),
    "44": (126.0, 23.13, 113.26), "45": (50.1, 22.82, 108.37), "46": (10.1, 20.04, 110.20),
    "50": (32.1, 29.56, 106.55), "51": (83.7, 30.57, 104.07), "52": (38.6, 26.65, 106.63),
    "53": (47.2, 25.04, 102.71), "54": (3.6, 29.65, 91.13), "61": (39.5, 34.34, 108.94),
    "62": (25.0, 36.06, 103.83), "63": (5.9, 36.62, 101.78), "64": (7.2, 38.49, 106.23),
    "65": (25.9, 43.83, 87.62),
}
# job kinds weighted towards what the campaign's vacancies were: factories, logistics, services
KIND_WEIGHTS = {k: (6 if KINDS[k][1].startswith("6") else 4 if KINDS[k][1].startswith("4") else 2)
                for k in KINDS}
EDU = list(EDUCATION_LEVELS)
GROUPS = [("graduate", 0.15), ("migrant_worker", 0.30), ("poverty_registered", 0.05),
          ("veteran", 0.03), ("employment_difficulty", 0.03), ("disabled", 0.01)]
PASSWORD_HASH = "$argon2id$v=19$m=1024,t=1,p=4$YmVuY2hzYWx0$placeholder"  # bench accounts never log in


class Generator:
    def __init__(self, seed: int = 2020):
        self.rng = random.Random(seed)
        counties: dict[str, list[str]] = {}
        for code in regions.counties():
            counties.setdefault(code[:2], []).append(code)
        self.counties = {p: counties[p] for p in PROVINCES if p in counties}
        self.provinces = list(self.counties)
        self.province_weights = [PROVINCES[p][0] for p in self.provinces]
        self.kinds = list(KINDS)
        self.kind_weights = [KIND_WEIGHTS[k] for k in self.kinds]

    def place(self):
        p = self.rng.choices(self.provinces, self.province_weights)[0]
        _, lat, lon = PROVINCES[p]
        return (self.rng.choice(self.counties[p]), round(lat + self.rng.gauss(0, 0.6), 4),
                round(lon + self.rng.gauss(0, 0.6), 4))

    def kind(self):
        return self.rng.choices(self.kinds, self.kind_weights)[0]

    def vacancy(self, vid: int, employer_id: int, now: dt.datetime) -> dict:
        kind = self.kind()
        titles, occupation, _rel, low, high, education, duty = KINDS[kind]
        county, lat, lon = self.place()
        salary_min = int(low * self.rng.uniform(0.8, 1.2) / 100) * 100
        salary_max = salary_min + int((high - low) * self.rng.uniform(0.3, 1.2) / 100) * 100 + 500
        return {
            "id": vid, "employer_id": employer_id, "title": self.rng.choice(titles),
            "description": f"{duty}。工作地点：{regions.full_name(county)}。",
            "region_code": county, "lat": lat, "lon": lon, "occupation_code": occupation,
            "industry_code": "C38" if occupation.startswith("6") else "H62",
            "education_min": education if self.rng.random() < 0.7 else "none",
            "experience_min_years": self.rng.choice([0, 0, 0, 1, 2, 3, 5]),
            "employment_type": self.rng.choices(["full_time", "part_time", "temporary", "flexible"],
                                                [80, 8, 7, 5])[0],
            "benefits": self.rng.sample(["social_insurance_housing_fund", "room_and_board",
                                         "transport", "weekends_off", "meals"], self.rng.randint(0, 3)),
            "welcomed_groups": [g for g, share in GROUPS if self.rng.random() < share],
            "headcount": self.rng.choice([1, 1, 2, 3, 5, 10, 20, 50]), "hired_count": 0,
            "salary_min": salary_min, "salary_max": salary_max, "status": "published",
            "published_at": now - dt.timedelta(minutes=self.rng.randrange(0, 100 * 24 * 60)),
            "version": 1, "created_at": now, "updated_at": now,
        }

    def jobseeker(self, jid: int, now: dt.datetime) -> dict:
        kind = self.kind()
        county, lat, lon = self.place()
        edu_rank = self.rng.choices(range(7), [10, 30, 30, 15, 12, 2, 1])[0]
        year = now.year - self.rng.randint(18, 55)
        groups = [g for g, share in GROUPS if self.rng.random() < share]
        desired = [county[:4] + "00"] + ([self.place()[0][:4] + "00"] if self.rng.random() < 0.3 else [])
        return {
            "id": jid, "account_id": jid, "name": "求职者", "resident_id_encrypted": b"bench",
            "resident_id_hash": f"bench-{jid}", "resident_id_masked": "0000**********0000",
            "birth_date": dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28)),
            "gender": self.rng.choice(["male", "female"]), "hukou_region_code": county,
            "current_region_code": county, "lat": lat, "lon": lon, "education_level": EDU[edu_rank],
            "major": None, "graduation_year": now.year if "graduate" in groups else None,
            "experience_years": self.rng.randint(0, 20), "skills": [KINDS[kind][0][0]],
            "desired_occupations": [KINDS[kind][1]], "desired_regions": desired,
            "expected_salary": int(KINDS[kind][3] * self.rng.uniform(0.9, 1.4) / 100) * 100,
            "preferred_employment_types": ["full_time"], "visibility": self.rng.choices(
                ["public", "applied_only", "hidden"], [80, 15, 5])[0],
            "version": 1, "created_at": now, "updated_at": now, "groups": groups,
        }


VACANCY_COLS = ["id", "employer_id", "title", "description", "region_code", "lat", "lon",
                "occupation_code", "industry_code", "education_min", "experience_min_years",
                "employment_type", "benefits", "welcomed_groups", "headcount", "hired_count",
                "salary_min", "salary_max", "status", "published_at", "version", "created_at",
                "updated_at"]
JOBSEEKER_COLS = ["id", "account_id", "name", "resident_id_encrypted", "resident_id_hash",
                  "resident_id_masked", "birth_date", "gender", "hukou_region_code",
                  "current_region_code", "lat", "lon", "education_level", "major", "graduation_year",
                  "experience_years", "skills", "desired_occupations", "desired_regions",
                  "expected_salary", "preferred_employment_types", "visibility", "version",
                  "created_at", "updated_at"]


def bench_url(name: str = "recruit_bench") -> str:
    return database_url(name)


def copy_rows(table: str, cols: list[str], rows: list[dict]) -> None:
    raw = db.session.connection().connection.driver_connection
    quoted = ", ".join('"' + c + '"' for c in cols)  # "group" is a reserved word
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[c] for c in cols])


def load(n_vacancies: int, n_jobseekers: int, n_employers: int) -> None:
    from flask_migrate import upgrade

    with db.engine.begin() as conn:
        conn.execute(text("drop schema public cascade"))
        conn.execute(text("create schema public"))
    upgrade()
    indexer.drop_indices()
    indexer.ensure_indices()
    for index in mappings.INDICES:
        es().indices.put_settings(index=mappings.alias(index), settings={"refresh_interval": "-1"})
    gen, now = Generator(), dt.datetime.now(dt.UTC)
    employers = {}
    rows = []
    for i in range(1, n_employers + 1):
        county, _, _ = gen.place()
        employers[i] = Employer(id=i, name=f"基准测试单位{i:06d}有限公司", credit_code=f"B{i:017d}",
                                region_code=county, is_key_enterprise=gen.rng.random() < 0.05)
        rows.append({"id": i, "name": employers[i].name, "credit_code": employers[i].credit_code,
                     "region_code": county, "is_key_enterprise": employers[i].is_key_enterprise,
                     "created_at": now, "updated_at": now})
    copy_rows("employers", ["id", "name", "credit_code", "region_code", "is_key_enterprise",
                            "created_at", "updated_at"], rows)
    accounts = [{"id": i, "role": "jobseeker", "phone": f"15{i:09d}", "password_hash": PASSWORD_HASH,
                 "display_name": "求职者", "employer_id": None, "is_active": True,
                 "created_at": now, "updated_at": now} for i in range(1, n_jobseekers + 1)]
    accounts += [{"id": n_jobseekers + e, "role": "employer", "phone": f"16{e:09d}",
                  "password_hash": PASSWORD_HASH, "display_name": "招聘专员", "employer_id": e,
                  "is_active": True, "created_at": now, "updated_at": now} for e in range(1, 201)]
    copy_rows("accounts", ["id", "role", "phone", "password_hash", "display_name", "employer_id",
                           "is_active", "created_at", "updated_at"], accounts)
    db.session.commit()

    chunk = 20_000
    with tqdm(total=n_vacancies, desc="vacancies", unit="row") as bar:
        for start in range(1, n_vacancies + 1, chunk):
            rows = [gen.vacancy(v, gen.rng.randint(1, n_employers), now)
                    for v in range(start, min(start + chunk, n_vacancies + 1))]
            copy_rows("vacancies", VACANCY_COLS, rows)
            db.session.commit()
            docs = []
            for r in rows:
                v = Vacancy(**{c: r[c] for c in VACANCY_COLS})
                v.employer = employers[r["employer_id"]]
                docs.append((r["id"], 1, documents.vacancy_document(v)))
            indexer.bulk_write("vacancies", docs, [], targets=[mappings.alias("vacancies")])
            bar.update(len(rows))
    with tqdm(total=n_jobseekers, desc="jobseekers", unit="row") as bar:
        for start in range(1, n_jobseekers + 1, chunk):
            rows = [gen.jobseeker(j, now) for j in range(start, min(start + chunk, n_jobseekers + 1))]
            copy_rows("jobseekers", JOBSEEKER_COLS, rows)
            copy_rows("jobseeker_groups", ["jobseeker_id", "group", "source", "status"],
                      [{"jobseeker_id": r["id"], "group": g, "source": "declared", "status": "verified"}
                       for r in rows for g in r["groups"]])
            db.session.commit()
            docs = []
            for r in rows:
                if r["visibility"] == "hidden":
                    continue
                j = Jobseeker(**{c: r[c] for c in JOBSEEKER_COLS})
                j.groups = [JobseekerGroup(group=g, source="declared", status="verified")
                            for g in r["groups"]]
                j.work_history = []
                docs.append((r["id"], 1, documents.jobseeker_document(j)))
                db.session.expunge_all()
            indexer.bulk_write("jobseekers", docs, [], targets=[mappings.alias("jobseekers")])
            bar.update(len(rows))
    with db.engine.begin() as conn:
        for table in ("employers", "accounts", "vacancies", "jobseekers", "jobseeker_groups"):
            conn.execute(text(f"select setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"(select coalesce(max(id), 1) from {table}))"))
        conn.execute(text("analyze"))
    for index in mappings.INDICES:
        es().indices.put_settings(index=mappings.alias(index), settings={"refresh_interval": "1s"})
        es().indices.refresh(index=mappings.alias(index))
        es().indices.forcemerge(index=mappings.alias(index), max_num_segments=5)


def typical_searches(n: int, seed: int = 7) -> list[dict]:
    """What people type in the app: a job word, often a city or province, sometimes pay."""
    rng = random.Random(seed)
    gen = Generator(seed)
    out = []
    for _ in range(n):
        titles = KINDS[gen.kind()][0]
        args = {"q": rng.choice(titles)}
        r = rng.random()
        if r < 0.5:
            args["region"] = gen.place()[0][:4]
        elif r < 0.7:
            args["region"] = gen.place()[0][:2]
        if rng.random() < 0.2:
            args["salary_min"] = rng.choice([4000, 5000, 6000, 8000])
        out.append(args)
    return out


# as deploy/run.sh: two gunicorn workers per core
WORKERS = 2 * (os.cpu_count() or 1)


def start_server(env: dict, port: int, extra: tuple[str, ...] = ()) -> subprocess.Popen:
    """gunicorn with deploy/gunicorn.conf.py, as deploy/run.sh starts it (extra: more options)."""
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", str(ROOT / "deploy/gunicorn.conf.py"),
                             "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS),
                             "--log-level", "warning", *extra, "wsgi:app"],
                            cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if Http(f"http://127.0.0.1:{port}").request("GET", "/healthz")[0] == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("gunicorn did not start")


def rate_limit_store() -> str:
    """Where the API counts its limits: the shared Redis, as deploy/run.sh configures production
    (RATELIMIT_STORAGE_URI, else deploy/redis.sh's). Without it each worker would count in memory,
    which starts a timer thread per request: a cost production never pays."""
    return os.environ.get("RATELIMIT_STORAGE_URI") or subprocess.run(
        [str(ROOT / "deploy/redis.sh")], capture_output=True, text=True, check=True).stdout.strip()


def server_env(app, url: str, prefix: str, cache_seconds: int = 0) -> dict:
    """The API server's environment for a bench run."""
    return {**os.environ, "DATABASE_URL": url, "SEARCH_INDEX_PREFIX": prefix,
            "RATELIMIT_STORAGE_URI": rate_limit_store(),
            "ELASTICSEARCH_URL": app.config["ELASTICSEARCH_URL"],
            # the result cache off unless asked (like-for-like with the raw node); the limits
            # counted as in production (in the shared store when RATELIMIT_STORAGE_URI is set),
            # each search from its own client address (X-Forwarded-For through one trusted
            # proxy): the bench's searches are many people's, not one address's thousands
            "SEARCH_CACHE_SECONDS": str(cache_seconds), "TRUSTED_PROXIES": "1",
            "RATE_LIMIT_CANDIDATES": "10000000/minute"}


def measure(app, n_queries: int, port: int, url: str, rounds: int, prefix: str = "bench",
            cache_seconds: int = 0) -> dict:
    from recruit.accounts import sessions
    from recruit.accounts.models import Account
    from recruit.search.schemas import VacancySearchArgs

    env = server_env(app, url, prefix, cache_seconds)
    searches = typical_searches(n_queries)
    es_url = app.config["ELASTICSEARCH_URL"]
    with app.app_context():
        bodies = []
        for args in searches:
            loaded = VacancySearchArgs().load({k: str(v) for k, v in args.items()})
            bodies.append(queries.vacancy_search(loaded))
        # signed-in tokens as the login gives them (account id, session family, token version);
        # employers verified, as an operator would have, or candidates answer 403
        seekers = db.session.execute(text(
            "select account_id from jobseekers where visibility <> 'hidden' order by id limit :n"),
            {"n": n_queries}).scalars().all()
        seeker_tokens = [sessions.issue(db.session.get(Account, i))["access_token"] for i in seekers]
        employer_rows = db.session.execute(text(
            "select a.id, min(v.id) from accounts a join vacancies v on v.employer_id = a.employer_id "
            "where a.role = 'employer' group by a.id order by a.id limit :n"), {"n": n_queries}).all()
        db.session.execute(text(
            "update employers set verification_status = 'verified' where id in "
            "(select employer_id from accounts where id = any(:ids))"), {"ids": [a for a, _ in employer_rows]})
        employer_jobs = [(sessions.issue(db.session.get(Account, a))["access_token"], v) for a, v in employer_rows]
        db.session.commit()
    alias = f"/{prefix}-vacancies/_search"
    api_jobs = [lambda c, a=a, n=n: _status_ms(c.request("GET", "/api/v1/search/vacancies?" + urlencode(a),
                                                         headers={"X-Forwarded-For": _address(n)}))
                for n, a in enumerate(searches)]
    raw_jobs = [lambda c, b=b: _status_ms(c.request("POST", alias, body=b)) for b in bodies]
    rec_jobs = [lambda c, t=t: _status_ms(c.request("GET", "/api/v1/me/recommendations",
                                                     headers={"Authorization": f"Bearer {t}"}))
                for t in seeker_tokens]
    cand_jobs = [lambda c, t=t, v=v: _status_ms(c.request("GET", f"/api/v1/vacancies/{v}/candidates",
                                                           headers={"Authorization": f"Bearer {t}"}))
                 for t, v in employer_jobs]
    server = start_server(env, port)
    base = f"http://127.0.0.1:{port}"
    runs: dict = {}
    targets = (("search via API", base, api_jobs), ("same bodies straight to Elasticsearch", es_url, raw_jobs),
               ("recommendations via API", base, rec_jobs), ("candidates via API", base, cand_jobs))
    try:
        # warm the JVM, the caches and the connections: a node that just started answers slower for
        # minutes, so each target gets two full passes at the highest concurrency first
        for _ in range(2):
            for _, target, jobs in targets:
                drive(target, jobs, 8)
        # rounds interleave the API and the raw node, so a noisy moment hits both alike
        for n in range(rounds):
            for name, target, jobs in targets:
                for concurrency in (1, 8):
                    r = drive(target, jobs, concurrency)
                    runs.setdefault((name, concurrency), []).append(r)
                    print(f"round {n + 1}: {name:40s} c={concurrency}: p50 {r['p50']:.1f} ms  "
                          f"p95 {r['p95']:.1f} ms  p99 {r['p99']:.1f} ms  {r['throughput']:.0f}/s  "
                          f"errors {r['errors']}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    # each figure: the median over the rounds
    return {key: {m: statistics.median(r[m] for r in rs) for m in ("p50", "p95", "p99", "throughput")}
            | {"errors": sum(r["errors"] for r in rs), "rounds": len(rs)} for key, rs in runs.items()}


def _address(n: int) -> str:
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256 + 1}"


def _status_ms(answer) -> tuple[int, float]:
    return answer[0], answer[2]


def write_report(results: dict, counts: dict, load_seconds: float | None, command: str) -> str:
    lines = ["## Search and matching", "",
             f"Measured {dt.date.today().isoformat()} with `{command}` on this 2-core machine: "
             f"{counts['vacancies']:,} vacancies and {counts['jobseekers']:,} jobseekers in PostgreSQL "
             f"and Elasticsearch 9.2.8 (1 GB heap), API under gunicorn ({WORKERS} workers, as deploy/run.sh) on loopback, the load "
             "driver (Python threads, keep-alive) on the same machine. Latencies in milliseconds, "
             f"each figure the median of {next(iter(results.values()))['rounds']} rounds that interleave API and raw node, "
             "each request's full round trip.", ""]
    if load_seconds:
        lines += [f"Generating and loading (COPY + bulk indexing) took {load_seconds / 60:.1f} minutes.", ""]
    lines += ["| what | concurrency | p50 | p95 | p99 | requests/s | errors |",
              "|---|---|---|---|---|---|---|"]
    for (name, c), r in results.items():
        lines.append(f"| {name} | {c} | {r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} | "
                     f"{r['throughput']:.0f} | {r['errors']} |")
    lines.append("")
    for c in (1, 8):
        api, raw = results[("search via API", c)], results[("same bodies straight to Elasticsearch", c)]
        lines.append(f"- concurrency {c}: API p95 / raw Elasticsearch p95 = {api['p95'] / raw['p95']:.2f} "
                     f"(goal ≤ 1.25); API p95 {api['p95']:.1f} ms (goal < 50 ms).")
    return "\n".join(lines) + "\n"




def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vacancies", type=int, default=1_000_000)
    parser.add_argument("--jobseekers", type=int, default=200_000)
    parser.add_argument("--employers", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5, help="figures are medians over the rounds")
    parser.add_argument("--skip-load", action="store_true", help="reuse the data of an earlier run")
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--load-only", action="store_true", help="load the data, measure later")
    parser.add_argument("--database", default="recruit_bench", help="the bench's own database")
    parser.add_argument("--prefix", default="bench", help="index prefix (the test user reaches bench*)")
    parser.add_argument("--cache-seconds", type=int, default=0,
                        help="the API's result cache (SEARCH_CACHE_SECONDS); 0: off, like-for-like")
    args = parser.parse_args()
    url = bench_url(args.database)
    ensure_database(url)
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SEARCH_INDEX_PREFIX": args.prefix})
    load_seconds = None
    with app.app_context():
        if not args.skip_load:
            started = time.monotonic()
            load(args.vacancies, args.jobseekers, args.employers)
            load_seconds = time.monotonic() - started
        counts = {"vacancies": es().count(index=mappings.alias("vacancies"))["count"],
                  "jobseekers": db.session.scalar(text("select count(*) from jobseekers"))}
    if args.load_only:
        print(f"loaded {counts} in {load_seconds:.0f} s")
        return
    results = measure(app, args.queries, args.port, url, args.rounds, args.prefix, args.cache_seconds)
    command = ".venv/bin/python bench/search_speed.py" + (
        f" --vacancies {args.vacancies} --jobseekers {args.jobseekers}"
        if (args.vacancies, args.jobseekers) != (1_000_000, 200_000) else "")
    section = write_report(results, counts, load_seconds, command)
    print(section)
    if not args.no_write:
        write_section(ROOT / "docs/performance.md", "## Search and matching", section)


if __name__ == "__main__":
    main()
