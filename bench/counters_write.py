"""What the counters cost each counted event: the cell and rollup upserts of `counters.record`.

    .venv/bin/python bench/counters_write.py [--events 2000] [--database recruit_bench_counters]

Runs against the counters bench_counters_speed loaded (20M applications' worth): for `--events`
application events drawn like the loaded data (county, industry, occupation, channel; verified
groups and campaigns as often as there), times the write path's upserts (counters._bump: one
multi-row upsert per table) on the last loaded day (most rows exist: updates) and on the day
after it (every row new: inserts), and counts the rows each event writes. Everything is rolled
back: the loaded data stays as it was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
# --code DIR: time another checkout's write path (the code before a change) on the same data
if "--code" in sys.argv:
    sys.path.insert(0, sys.argv[sys.argv.index("--code") + 1])

from common import database_url  # noqa: E402
from counters_speed import DATABASE, FIRST_DAY, Spread  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.extensions import db  # noqa: E402


def events(n: int, seed: int = 7):
    rng = random.Random(seed)
    spread = Spread(random.Random(20200630))
    out = []
    for _ in range(n):
        county = rng.choices(spread.counties, cum_weights=spread.county_cw)[0]
        industry = rng.choices(spread.industries, cum_weights=spread.industry_cw)[0]
        occupation = rng.choices(spread.occupations, cum_weights=spread.occupation_cw)[0]
        channel = rng.choices(spread.channels, cum_weights=spread.channel_cw)[0]
        campaign = rng.choices(spread.campaigns, cum_weights=spread.campaign_cw)[0]
        # a jobseeker is verified in a group as often as the loaded events are
        groups = [g for g, share in zip(spread.groups, spread.group_shares, strict=True)
                  if rng.random() < share]
        out.append(({"region_code": county, "industry_code": industry, "occupation_code": occupation,
                     "channel": channel}, groups, [campaign] if campaign else []))
    return out


def measure(day: dt.date, drawn) -> dict:
    from recruit.reporting import counters

    samples = []
    rows = []
    for dims, groups, campaigns in drawn:
        cells, rollups = counters._rows(day, dims, {"resumes_submitted": 1}, groups, campaigns)
        rows.append((len(cells), len(rollups)))
        started = time.perf_counter()
        counters._bump(day, dims, {"resumes_submitted": 1}, groups, campaigns)
        samples.append((time.perf_counter() - started) * 1000)
    db.session.rollback()
    return {"median_ms": statistics.median(samples), "mean_ms": statistics.fmean(samples),
            "cells": statistics.fmean(c for c, _ in rows),
            "rollups": statistics.fmean(r for _, r in rows)}


def run(n: int, days: int) -> dict:
    drawn = events(n)
    last = FIRST_DAY + dt.timedelta(days=days - 1)
    measure(last, drawn)  # warm: the first pass reads the index pages from disk
    return {"updates (last loaded day)": measure(last, drawn),
            "inserts (a new day)": measure(last + dt.timedelta(days=1), drawn)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--days", type=int, default=100)
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--code", help="time the write path of another checkout (read at start)")
    args = parser.parse_args()
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url(args.database),
                      "SEARCH_INDEX_PREFIX": "bench-counters"})
    with app.app_context():
        print(f"load average {os.getloadavg()[0]:.1f}")
        for name, figures in run(args.events, args.days).items():
            print(f"{name}: median {figures['median_ms']:.2f} ms, mean {figures['mean_ms']:.2f} ms per "
                  f"event; {figures['cells']:.2f} cell rows and {figures['rollups']:.1f} rollup rows "
                  "per event")


if __name__ == "__main__":
    main()
