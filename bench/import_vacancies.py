"""Vacancy bulk import: the import path vs. raw PostgreSQL COPY + Elasticsearch _bulk, same rows, same run.

    DATABASE_URL=... ELASTICSEARCH_URL=... .venv/bin/python bench/import_vacancies.py --rows 100000

Import path: CSV files of 10,000 rows → importer.import_file (parse, validate every row with the API's
schema, ad screen, COPY of vacancies, transitions + outbox + counters by SQL, commit per chunk),
while --workers outbox workers (`flask recruit sync`, as deploy/run.sh runs them) build each search
document (jieba) and bulk-index it with external versions. The clock stops when the outbox is empty,
i.e. Elasticsearch has acknowledged every row.

Raw path: the same rows, already typed, COPY'd into the vacancies table itself (its indexes, checks
and foreign key), and the same search documents (built before the clock starts) sent with
helpers.bulk into a scratch index with the same settings and mappings. Nothing is validated,
screened, versioned or recorded. It runs a second time into a scratch table created LIKE vacancies
INCLUDING ALL, which copies no foreign keys: the baseline of the earlier sessions' figures.

Prints figures; asserts nothing about time. Uses its own index prefix and deletes what it created.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from elasticsearch import helpers  # noqa: E402
from sqlalchemy import text  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.codes import classifications, regions  # noqa: E402
from recruit.demo import DUTIES, PERKS, TITLES  # noqa: E402
from recruit.extensions import db  # noqa: E402

FILE_ROWS = 10_000


def generate(n: int, seed: int = 2020) -> list[dict]:
    rng = random.Random(seed)
    counties = [c for c in regions.regions() if regions.is_county(c)]
    occupations = list(classifications.occupation_middle_groups())
    rows = []
    for i in range(n):
        title, low, high = rng.choice(TITLES)
        smin = rng.randrange(low, (low + high) // 2, 500)
        rows.append({
            "external_ref": f"BENCH-{i:07d}", "title": title,
            "description": f"招聘{title}。岗位职责：{'；'.join(rng.sample(DUTIES, 2))}。"
                           f"福利待遇：{'、'.join(rng.sample(PERKS, 3))}。编号{i}。",
            "occupation_code": rng.choice(occupations), "region_code": rng.choice(counties),
            "headcount": rng.choice([1, 2, 3, 5, 10, 20]), "salary_min": smin,
            "salary_max": rng.randrange(smin + 500, high + 1000, 500),
            "education_min": rng.choice(["none", "junior_middle", "senior_high", "associate"]),
            "experience_min_years": rng.choice([0, 0, 1, 2, 3]), "employment_type": "full_time",
            "benefits": rng.sample(["social_insurance_housing_fund", "room_and_board", "transport"], 2),
        })
    return rows


def to_csv_files(rows: list[dict]) -> list[bytes]:
    from recruit.vacancies.importer import COLUMNS

    files = []
    for start in range(0, len(rows), FILE_ROWS):
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow([field for field, _, _, _ in COLUMNS])
        for r in rows[start:start + FILE_ROWS]:
            w.writerow(["|".join(r[f]) if f == "benefits" else r.get(f, "") for f, _, _, _ in COLUMNS])
        files.append(out.getvalue().encode("utf-8"))
    return files


def make_employer() -> int:
    from stdnum.cn import uscc

    from recruit.employers.models import Employer

    body = "91420102" + uuid.uuid4().hex[:9].upper().translate(str.maketrans("IOSVZ", "12345"))
    employer = Employer(name="基准测试用人单位", credit_code=body + uscc.calc_check_digit(body),
                        region_code="420102", industry_code="C38")
    db.session.add(employer)
    db.session.commit()
    return employer.id


def import_path(employer_id: int, files: list[bytes], workers: int) -> dict:
    """Upload the files while `workers` outbox workers (`flask recruit sync`) index, as deployed."""
    from flask import current_app

    from recruit.search import indexer, mappings, outbox, sync
    from recruit.search.client import es
    from recruit.vacancies import importer

    env = {**os.environ, "DATABASE_URL": current_app.config["SQLALCHEMY_DATABASE_URI"],
           "ELASTICSEARCH_URL": current_app.config["ELASTICSEARCH_URL"],
           "SEARCH_INDEX_PREFIX": current_app.config["SEARCH_INDEX_PREFIX"]}
    flask = str(Path(sys.executable).with_name("flask"))
    logs = [tempfile.TemporaryFile() for _ in range(workers)]  # noqa: SIM115 (closed in finally)
    procs = [subprocess.Popen([flask, "--app", "wsgi", "recruit", "sync"], cwd=ROOT,  # as deploy/run.sh
                              env=env, stdout=log, stderr=subprocess.DEVNULL)
             for log in logs]
    try:
        _settle()
        # deployed workers run all the time: start the clock once they are up and say so
        for proc, log in zip(procs, logs, strict=True):
            while not _said(log, b"search sync ready"):
                if proc.poll() is not None:
                    raise RuntimeError("an outbox worker exited before it was ready")
                time.sleep(0.05)
        cpu0 = _cpu([p.pid for p in procs])
        t0 = time.perf_counter()
        created = 0
        for n, data in enumerate(files):
            batch = importer.import_file(employer_id=employer_id, account_id=None,
                                         filename=f"bench-{n}.csv", data=data, submit=True)
            created += batch.created
            assert batch.failed == 0, batch.errors[:3]
        t_db = time.perf_counter() - t0
        if not workers:
            sync.drain(2000)
        while outbox.pending():  # the workers empty the outbox only after Elasticsearch took the rows
            db.session.rollback()
            time.sleep(0.05)  # the clock's resolution
        indexer.refresh("vacancies")
        elapsed = time.perf_counter() - t0
        cpu = {k: v - cpu0[k] for k, v in _cpu([p.pid for p in procs]).items()}
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=30)
        for log in logs:
            log.close()
    indexed = es().count(index=mappings.alias("vacancies"))["count"]
    return {"rows": created, "indexed": indexed, "seconds": elapsed, "db_seconds": t_db, "cpu": cpu}


def _cpu(worker_pids: list[int]) -> dict[str, float]:
    """CPU seconds used so far (user + system, Linux /proc): this process (the upload), the outbox
    workers, PostgreSQL (postmaster's reaped children included) and Elasticsearch (the java process)."""
    def ticks(pid: int, children: bool) -> int:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0
        return sum(int(x) for x in fields[11:15 if children else 13])

    def named(word: str) -> list[int]:
        out = subprocess.run(["pgrep", "-f", word], capture_output=True, text=True).stdout.split()
        return [int(p) for p in out]

    hz = os.sysconf("SC_CLK_TCK")
    return {"python": ticks(os.getpid(), False) / hz,
            "workers": sum(ticks(p, False) for p in worker_pids) / hz,
            "postgresql": sum(ticks(p, True) for p in named("postgres")) / hz,
            "elasticsearch": sum(ticks(p, True) for p in named("org.elasticsearch.bootstrap")) / hz}


def _settle(timeout: float = 60.0) -> None:
    """Before a clock starts: no segment merge still running in Elasticsearch from the previous
    path (it would slow whichever path comes next)."""
    from recruit.search.client import es

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        nodes = es().nodes.stats(metric="indices", index_metric="merge")["nodes"].values()
        if all(n["indices"]["merges"]["current"] == 0 for n in nodes):
            return
        time.sleep(0.1)


def _said(log, line: bytes) -> bool:
    log.seek(0)
    return line in log.read()


def raw_path(employer_id: int, rows: list[dict], into: str) -> dict:
    """COPY + _bulk alone. `into`: "vacancies", the real table (its indexes, constraints and
    foreign keys; the rows are deleted with the benchmark's employers), or "scratch", a table
    created LIKE vacancies INCLUDING ALL (indexes and checks, but LIKE copies no foreign keys)."""
    from recruit.search import documents, mappings
    from recruit.search.client import es
    from recruit.vacancies.models import Vacancy

    _vacuum()  # the import path's rows: collected now, not by autovacuum inside this clock
    employer = db.session.get(db.Model.registry._class_registry["Employer"], employer_id)
    if into == "vacancies":
        ids = db.session.execute(text("select nextval('vacancies_id_seq') from generate_series(1, :n)"),
                                 {"n": len(rows)}).scalars().all()
        table = "vacancies"
    else:
        ids = list(range(1, len(rows) + 1))
        table = "bench_raw"
        # a logged table like the real one, not an unlogged temp table
        db.session.execute(text("create table bench_raw (like vacancies including all)"))
    db.session.commit()
    docs = []
    t_docs = time.perf_counter()
    for vid, r in zip(ids, rows, strict=True):  # built before the clock starts: raw loads only
        v = Vacancy(id=vid, employer_id=employer_id, status="published", hired_count=0, **r)
        v.employer = employer
        docs.append(documents.vacancy_document(v))
        db.session.expunge(v) if v in db.session else None
    t_docs = time.perf_counter() - t_docs
    index = f"{mappings.alias('vacancies')}-raw"
    d = mappings.definition("vacancies")
    es().indices.create(index=index, settings=d["settings"], mappings=d["mappings"])
    conn = db.session.connection()
    cols = ["id", "employer_id", "external_ref", "title", "description", "occupation_code", "region_code",
            "headcount", "salary_min", "salary_max", "education_min", "experience_min_years",
            "employment_type", "benefits", "status", "hired_count", "version"]
    raw = conn.connection.driver_connection
    try:
        _settle()
        cpu0 = _cpu([])
        t0 = time.perf_counter()
        with raw.cursor() as cur, cur.copy(f"copy {table} ({', '.join(cols)}) from stdin") as copy:
            for vid, r in zip(ids, rows, strict=True):
                copy.write_row([vid, employer_id, r["external_ref"], r["title"], r["description"],
                                r["occupation_code"], r["region_code"], r["headcount"], r["salary_min"],
                                r["salary_max"], r["education_min"], r["experience_min_years"],
                                r["employment_type"], r["benefits"], "published", 0, 1])
        raw.commit()
        t_db = time.perf_counter() - t0
        helpers.bulk(es(), ({"_index": index, "_id": str(doc["id"]), "_source": doc} for doc in docs),
                     chunk_size=2000)
        es().indices.refresh(index=index)
        elapsed = time.perf_counter() - t0
        cpu = {k: v - cpu0[k] for k, v in _cpu([]).items() if k != "workers"}
        indexed = es().count(index=index)["count"]
    finally:
        es().indices.delete(index=index, ignore_unavailable=True)
        db.session.rollback()
        db.session.execute(text("drop table if exists bench_raw"))
        db.session.commit()
    return {"rows": len(rows), "indexed": indexed, "seconds": elapsed, "db_seconds": t_db,
            "doc_seconds": t_docs, "cpu": cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=1, help="outbox workers running during the import")
    args = parser.parse_args()
    app = create_app({"SEARCH_INDEX_PREFIX": f"bench-{uuid.uuid4().hex[:8]}"})
    with app.app_context():
        from flask_migrate import upgrade

        from recruit.search import indexer, outbox, sync

        upgrade()  # the benchmark's database follows the code's migrations
        indexer.ensure_indices()
        rows = generate(args.rows)
        files = to_csv_files(rows)
        try:
            stale = outbox.pending()
            if stale:  # left by an interrupted run: not this run's work
                print(f"draining {stale} outbox rows left from an earlier run first")
                sync.drain(2000)
            _vacuum()
            employer_id = make_employer()
            bulk = import_path(employer_id, files, args.workers)
            db.session.remove()
            scratch = raw_path(make_employer(), rows, into="scratch")
            raw = raw_path(make_employer(), rows, into="vacancies")
            formats = csv_vs_xlsx(make_employer(), rows[:FILE_ROWS])
        finally:
            indexer.drop_indices()
            _cleanup()
    print(f"{args.rows} rows, {args.workers} outbox workers, {os.cpu_count()} CPUs")
    for name, r in (("import path", bulk), ("raw COPY + _bulk", raw), ("raw, scratch table", scratch)):
        print(f"{name:18s} {r['rows']:>7} rows, {r['indexed']:>7} indexed, {r['seconds']:7.1f} s "
              f"({r['db_seconds']:.1f} s database) = {r['rows'] / r['seconds']:8.0f} rows/s")
    print(f"(building the {raw['rows']} search documents alone, outside the raw clock: "
          f"{raw['doc_seconds']:.1f} s = {raw['rows'] / raw['doc_seconds']:.0f} docs/s)")
    print(f"ratio import/raw: {(bulk['rows'] / bulk['seconds']) / (raw['rows'] / raw['seconds']):.2f} "
          f"(against the scratch table without foreign keys, as measured before: "
          f"{(bulk['rows'] / bulk['seconds']) / (scratch['rows'] / scratch['seconds']):.2f})")
    print("one file of {rows} rows uploaded (no worker running): CSV {csv:.2f} s, XLSX {xlsx:.2f} s "
          "(reading the XLSX alone {xlsx_read:.2f} s)".format(**formats))
    for name, r in (("import path", bulk), ("raw path", raw), ("raw, scratch", scratch)):
        cpu = r["cpu"]
        print(f"CPU seconds, {name}: " + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items())
              + f"; total {sum(cpu.values()):.1f} in {r['seconds']:.1f} s on {os.cpu_count()} CPUs")


def csv_vs_xlsx(employer_id: int, rows: list[dict]) -> dict:
    """The same rows as one CSV and one XLSX upload (different references, so both create)."""
    from openpyxl import Workbook

    from recruit.vacancies import importer

    as_xlsx = [{**r, "external_ref": r["external_ref"] + "-X"} for r in rows]
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([field for field, _, _, _ in importer.COLUMNS])
    for r in as_xlsx:
        sheet.append(["|".join(r[f]) if f == "benefits" else r.get(f, "") for f, _, _, _ in importer.COLUMNS])
    out = io.BytesIO()
    book.save(out)
    xlsx = out.getvalue()
    timings = {"rows": len(rows)}
    for key, name, data in (("csv", "one.csv", to_csv_files(rows)[0]), ("xlsx", "one.xlsx", xlsx)):
        t0 = time.perf_counter()
        batch = importer.import_file(employer_id=employer_id, account_id=None, filename=name, data=data,
                                     submit=True)
        timings[key] = time.perf_counter() - t0
        assert batch.created == len(rows), batch.errors[:3]
    t0 = time.perf_counter()
    sum(1 for _ in importer.read_table("one.xlsx", xlsx))
    timings["xlsx_read"] = time.perf_counter() - t0
    return timings


def _vacuum() -> None:
    """Before each clock: vacuum and analyze what earlier work left (an earlier run's cleanup, the
    previous path's rows), so that autovacuum does not do it inside the measured window."""
    db.session.remove()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("vacuum (analyze) vacancies, vacancy_transitions, search_outbox, counter_cells, "
                          "counter_rollups, employer_scope_days, employer_reach, vacancy_imports"))


def _cleanup() -> None:
    """Remove the benchmark's employers and everything under them."""
    db.session.rollback()
    ids = "(select id from employers where name = '基准测试用人单位')"
    for stmt in (f"delete from vacancy_transitions where vacancy_id in (select id from vacancies "
                 f"where employer_id in {ids})",
                 f"delete from search_outbox where index_name = 'vacancies' and doc_id in (select id "
                 f"from vacancies where employer_id in {ids})",
                 f"delete from vacancies where employer_id in {ids}",
                 f"delete from vacancy_imports where employer_id in {ids}",
                 f"delete from employer_scope_days where employer_id in {ids}",
                 "delete from employers where name = '基准测试用人单位'"):
        db.session.execute(text(stmt))
    db.session.commit()


if __name__ == "__main__":
    main()
