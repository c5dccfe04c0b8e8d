"""Every shape of report the API allows, timed at 20M applications (issue 16, item 9).

    .venv/bin/python bench/reports_sweep.py [--runs 3] [--check] [--only SUBSTRING]

Reads the counters bench_counters_speed loaded (database recruit_bench_counters; run
`bench/counters_speed.py` once first). The report API takes any of five cuts (campaign, group,
industry section or division, occupation major or middle category, channel), a region prefix
(none, a province, a prefecture, a county) and a breakdown (none, by day, by the next region
level, or by one dimension): 2 x 2 x 3 x 3 x 2 cut shapes x 4 prefixes x 8 breakdowns = 2,304
questions, each asked with the broadest values the data has (campaign 1, group migrant_worker,
industry C / C38, occupation 6 / 6-31, channel search; province 44, prefecture 5001, the
busiest county), over the whole 100 days. Prints the median of `--runs` runs after a warm-up
for each, the slowest, and how many are over 100 and 200 ms.

--check compares every answer with the same question summed from counter_cells by a plain
GROUP BY (report.py's cells path, forced): the rollups must equal the cells they are made of.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
# --code DIR: time another checkout's recruit package (the code before a change) on the same data
if "--code" in sys.argv:
    sys.path.insert(0, sys.argv[sys.argv.index("--code") + 1])

from common import database_url  # noqa: E402
from counters_speed import DATABASE, FIRST_DAY  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.exc import OperationalError  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.extensions import db  # noqa: E402

CUT_VALUES = {"campaign_id": (None, 1), "group": (None, "migrant_worker"),
              "industry": (None, "C", "C38"), "occupation": (None, "6", "6-31"),
              "channel": (None, "search")}
PREFIXES = (None, "44", "5001")
BREAKDOWNS = (None, "day", "region", "campaign", "group", "industry", "occupation", "channel")


def shapes(county: str) -> list[tuple[dict, str | None, str | None]]:
    out = []
    names = list(CUT_VALUES)
    for values in itertools.product(*CUT_VALUES.values()):
        cuts = {n: v for n, v in zip(names, values, strict=True) if v is not None}
        for prefix in (*PREFIXES, county):
            for by in BREAKDOWNS:
                out.append((cuts, prefix, by))
    return out


def label(cuts: dict, prefix: str | None, by: str | None) -> str:
    parts = [f"{k.removesuffix('_id')}={v}" for k, v in cuts.items()] or ["no cut"]
    where = f"in {prefix}" if prefix else "national"
    return f"{' + '.join(parts)}, {where}" + (f", by {by}" if by else "")


def ask(cuts: dict, prefix: str | None, by: str | None, last: dt.date):
    from recruit.reporting import report

    cut = report.ReportCut(start=FIRST_DAY, end=last, region_prefix=prefix, **cuts)
    return report.totals(cut) if by is None else report.breakdown(cut, by)


def comparable(answer):
    if isinstance(answer, list):
        return sorted(({**row, "key": str(row["key"])} for row in answer), key=lambda r: r["key"])
    return answer


@contextlib.contextmanager
def cells_only():
    """report.py reading every question from counter_cells (the reference)."""
    from recruit.reporting import reading

    choose = reading._choose
    reading._choose = lambda *args: None
    try:
        yield
    finally:
        reading._choose = choose


def timed(run, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
        db.session.rollback()
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, default=100)
    parser.add_argument("--check", action="store_true", help="compare every answer with the cells")
    parser.add_argument("--only", default="", help="only the questions whose label contains this")
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--timeout", type=int, default=0,
                        help="statement_timeout in ms (a survey: a question over it counts as that)")
    parser.add_argument("--code", help="time the recruit package of another checkout (read at start)")
    parser.add_argument("--save", help="write each question's time and answer to this JSON file")
    parser.add_argument("--compare", help="a --save file of another run: count the answers that differ")
    parser.add_argument("--pg-options", default="", help="settings for the session, e.g. '-c jit=off'")
    args = parser.parse_args()
    options = args.pg_options + (f" -c statement_timeout={args.timeout}" if args.timeout else "")
    engine = {"connect_args": {"options": options}} if options.strip() else {}
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url(args.database),
                      "SEARCH_INDEX_PREFIX": "bench-counters", "SQLALCHEMY_ENGINE_OPTIONS": engine})
    last = FIRST_DAY + dt.timedelta(days=args.days - 1)
    results = []
    with app.app_context():
        county = db.session.scalar(text(
            "select region_code from counter_rollups where dimension = 'all' and level = 6 "
            "group by 1 order by sum(resumes_submitted) desc limit 1"))
        todo = [s for s in shapes(county) if args.only in label(*s)]
        print(f"{len(todo)} questions; load average {os.getloadavg()[0]:.1f}", flush=True)
        wrong = 0
        saved: dict = {}
        for cuts, prefix, by in todo:
            name = label(cuts, prefix, by)
            try:
                answer = ask(cuts, prefix, by, last)
                db.session.rollback()
                ms = timed(lambda c=cuts, p=prefix, b=by: ask(c, p, b, last), args.runs)
            except OperationalError:  # over --timeout
                db.session.rollback()
                results.append((float(args.timeout), name + " (timed out)"))
                print(f"{args.timeout:8.1f} ms+ {name}", flush=True)
                continue
            if args.check:
                with cells_only():
                    want = ask(cuts, prefix, by, last)
                    db.session.rollback()
                if comparable(want) != comparable(answer):
                    wrong += 1
                    print(f"DIFFERENT: {name}", flush=True)
            results.append((ms, name))
            saved[name] = {"ms": ms, "answer": json.dumps(comparable(answer), default=str, sort_keys=True)}
            if ms > 100:
                print(f"{ms:8.1f} ms  {name}", flush=True)
    results.sort(reverse=True)
    if args.save:
        Path(args.save).write_text(json.dumps(saved, indent=1))
    if args.compare:
        other = json.loads(Path(args.compare).read_text())
        differ = [n for n, v in saved.items() if n in other and other[n]["answer"] != v["answer"]]
        print(f"answers compared with {args.compare}: {sum(n in other for n in saved)}, "
              f"different: {len(differ)}")
        for name in differ[:20]:
            print(f"DIFFERENT: {name}")
        if other:
            was = [other[n]["ms"] for n in saved if n in other]
            print(f"before: over 200 ms {sum(ms > 200 for ms in was)}, over 100 ms "
                  f"{sum(ms > 100 for ms in was)}, slowest {max(was):.1f} ms, median "
                  f"{statistics.median(was):.1f} ms")
    print(f"\nload average {os.getloadavg()[0]:.1f}; {len(results)} questions, median of {args.runs}")
    print(f"over 200 ms: {sum(ms > 200 for ms, _ in results)}, over 100 ms: "
          f"{sum(ms > 100 for ms, _ in results)}, slowest {results[0][0]:.1f} ms, "
          f"median {statistics.median(ms for ms, _ in results):.1f} ms")
    if args.check:
        print(f"answers different from the cells: {wrong}")
    for ms, name in results[:25]:
        print(f"{ms:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
