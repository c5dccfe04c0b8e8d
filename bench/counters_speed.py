"""Reporting counters at campaign scale: 20,000,000 applications' worth of counter rows.

    .venv/bin/python bench/counters_speed.py [--applications 20000000 --days 100] [--skip-load]

Creates its own database (recruit_bench_counters), migrates it, and fills the counter tables
directly, as the write path would have left them after the campaign's hundred days:
- counter_cells by COPY: one row per day and combination of county, campaign, group, industry,
  occupation and channel that had events (application cells carry a mean of ~6 events; regions
  weighted by province population, counties, industries, occupations Zipf-like; 30% of events
  through a campaign; verified groups' rows alongside);
- counter_rollups from the cells with one INSERT ... SELECT per dimension and region level
  (what the write path adds event by event);
- employer_reach for 2,080,000 employers from their posting days (COPY of the postings, then
  the scopes' (day, previous day) counts in SQL).
Then times the reports through recruit.reporting.report (the code the API calls): the median of
several runs after one warm-up. Prints a table and writes docs/performance.md's
"Reporting counters" section.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
# --code DIR: time another checkout's recruit package (the code before a change) on the same data
if "--code" in sys.argv:
    sys.path.insert(0, sys.argv[sys.argv.index("--code") + 1])

from common import database_url, ensure_database, write_section  # noqa: E402
from sqlalchemy import text  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.codes import regions  # noqa: E402
from recruit.extensions import db  # noqa: E402
from recruit.reporting import dimensions  # noqa: E402

DATABASE = "recruit_bench_counters"  # --database names another (a helper's own scratch one)
FIRST_DAY = dt.date(2020, 3, 23)
# resident population by province, millions (2020 census): where events happen
PROVINCES = {
    "11": 21.9, "12": 13.9, "13": 74.6, "14": 34.9, "15": 24.0, "21": 42.6, "22": 24.1,
    "23": 31.9, "31": 24.9, "32": 84.7, "33": 64.6, "34": 61.0, "35": 41.5, "36": 45.2,
    "37": 101.5, "41": 99.4, "42": 57.8, "43": 66.4, "44": 126.0, "45": 50.1, "46": 10.1,
    "50": 32.1, "51": 83.7, "52": 38.6, "53": 47.2, "54": 3.6, "61": 39.5, "62": 25.0,
    "63": 5.9, "64": 7.2, "65": 25.9,
}
INDUSTRIES = ["C13", "C14", "C17", "C18", "C19", "C26", "C27", "C29", "C30", "C33", "C34", "C35",
              "C36", "C38", "C39", "C40", "E47", "E48", "E50", "F51", "F52", "G54", "G58", "G59",
              "H61", "H62", "I63", "I64", "I65", "J66", "K70", "L72", "M73", "M74", "N77", "O80",
              "O81", "P83", "Q84", "R86", "A01", "A03", "B06", "D44", "S92", "L71"]
OCCUPATIONS = ([f"2-{i:02d}" for i in range(1, 13)] + [f"3-{i:02d}" for i in range(1, 4)]
               + [f"4-{i:02d}" for i in range(1, 15)] + [f"5-{i:02d}" for i in range(1, 6)]
               + [f"6-{i:02d}" for i in range(1, 32)] + ["1-01", "1-06", "7-00", "8-00"])
CHANNELS = {"search": 55, "recommendation": 25, "campaign_push": 10, "featured_session": 8,
            "operator": 2}
GROUPS = {"graduate": 15, "migrant_worker": 30, "hubei": 6, "poverty_registered": 5,
          "veteran": 3, "employment_difficulty": 3, "disabled": 1}
CELL_COLUMNS = ("day", "region_code", "campaign_id", "group_code", "industry_code",
                "occupation_code", "channel", "vacancies_published", "positions_posted",
                "resumes_submitted", "applications_withdrawn", "placements")


def bench_url(name: str = DATABASE) -> str:
    return database_url(name)


def _zipf(n: int, s: float = 1.0) -> list[float]:
    return [1 / (rank + 1) ** s for rank in range(n)]


def _cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


class Spread:
    """Weighted choices for every dimension, fixed by the seed."""

    def __init__(self, rng: random.Random):
        counties, weights = [], []
        for province, population in PROVINCES.items():
            own = [c for c in regions.counties() if c.startswith(province)]
            rng.shuffle(own)
            share = _zipf(len(own), 0.7)
            scale = population / sum(share)
            counties += own
            weights += [w * scale for w in share]
        self.counties, self.county_cw = counties, _cumulative(weights)
        self.industries, self.industry_cw = INDUSTRIES, _cumulative(_zipf(len(INDUSTRIES), 0.8))
        occupations = OCCUPATIONS[:]
        rng.shuffle(occupations)
        self.occupations, self.occupation_cw = occupations, _cumulative(_zipf(len(occupations), 0.8))
        self.channels, self.channel_cw = list(CHANNELS), _cumulative(CHANNELS.values())
        self.groups, self.group_shares = list(GROUPS), [v / 100 for v in GROUPS.values()]
        # 20 campaigns; 70% of events come through none
        self.campaigns, self.campaign_cw = list(range(21)), _cumulative([70] + _zipf(20, 0.6))
        self.day_weights = [(0.6 + 0.4 * min(1, i / 20)) * (0.55 if (FIRST_DAY + dt.timedelta(i))
                                                             .weekday() >= 5 else 1.0)
                            for i in range(200)]


def generate_cells(rng: random.Random, spread: Spread, days: int, applications: int):
    """Yield TSV lines for counter_cells, one day at a time (keys unique per day)."""
    mean_per_cell = 6.0
    app_cells = int(applications / mean_per_cell)
    # ~0.3 vacancies and ~1.4 positions per application, as in the seed (2761万 / 2000万)
    vacancy_cells = app_cells // 2
    weights = spread.day_weights[:days]
    total_weight = sum(weights)
    for i in range(days):
        day = (FIRST_DAY + dt.timedelta(days=i)).isoformat()
        cells: dict[tuple, list[int]] = {}
        n_app = int(app_cells * weights[i] / total_weight)
        n_vac = int(vacancy_cells * weights[i] / total_weight)
        counties = rng.choices(spread.counties, cum_weights=spread.county_cw, k=n_app + n_vac)
        industries = rng.choices(spread.industries, cum_weights=spread.industry_cw, k=n_app + n_vac)
        occupations = rng.choices(spread.occupations, cum_weights=spread.occupation_cw,
                                  k=n_app + n_vac)
        campaigns = rng.choices(spread.campaigns, cum_weights=spread.campaign_cw, k=n_app + n_vac)
        channels = rng.choices(spread.channels, cum_weights=spread.channel_cw, k=n_app)
        for j in range(n_app):
            resumes = 1 + int(rng.expovariate(1 / (mean_per_cell - 0.5)))
            placements = int(resumes * 0.1 + rng.random())
            withdrawn = int(resumes * 0.05 + rng.random())
            # an event counts in the campaign-0 cells, and again in its campaign's (if any)
            bases = [(counties[j], c, industries[j], occupations[j], channels[j])
                     for c in sorted({0, campaigns[j]})]
            in_groups = [(group, max(1, round(resumes * 0.4)))
                         for group, share in zip(spread.groups, spread.group_shares, strict=True)
                         if rng.random() < share * 2]  # a cell of ~6 events has a member half as often
            for base in bases:
                row = cells.setdefault((base, ""), [0, 0, 0, 0, 0])
                row[2] += resumes
                row[3] += withdrawn
                row[4] += placements
                for group, in_group in in_groups:
                    g = cells.setdefault((base, group), [0, 0, 0, 0, 0])
                    g[2] += in_group
                    g[3] += min(withdrawn, in_group)
                    g[4] += min(placements, in_group)
        for j in range(n_app, n_app + n_vac):
            vacancies = 1 + int(rng.expovariate(1 / 3.3))
            positions = sum(rng.choice((1, 1, 2, 3, 5, 5, 8, 10)) for _ in range(vacancies))
            for c in sorted({0, campaigns[j]}):
                row = cells.setdefault(((counties[j], c, industries[j], occupations[j], ""), ""),
                                       [0, 0, 0, 0, 0])
                row[0] += vacancies
                row[1] += positions
        lines = []
        for ((county, campaign, industry, occupation, channel), group), v in cells.items():
            lines.append(f"{day}\t{county}\t{campaign}\t{group}\t{industry}\t{occupation}\t{channel}"
                         f"\t{v[0]}\t{v[1]}\t{v[2]}\t{v[3]}\t{v[4]}\n")
        yield "".join(lines)


def copy_text(table: str, columns, chunks) -> None:
    raw = db.session.connection().connection.driver_connection
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for chunk in chunks:
            copy.write(chunk)


def generate_postings(rng: random.Random, spread: Spread, employers: int, days: int):
    """Employers' posting days (TSV: employer, county, industry, occupation, campaign, day,
    prev_day); each employer has one place, trade and campaign (or none)."""
    weights = spread.day_weights[:days]
    buffer = io.StringIO()
    for employer in range(1, employers + 1):
        county = rng.choices(spread.counties, cum_weights=spread.county_cw)[0]
        industry = rng.choices(spread.industries, cum_weights=spread.industry_cw)[0]
        occupation = rng.choices(spread.occupations, cum_weights=spread.occupation_cw)[0]
        campaign = rng.choices(spread.campaigns, cum_weights=spread.campaign_cw)[0]
        n = min(days, 1 + int(rng.expovariate(1 / 1.4)))
        chosen = sorted(set(rng.choices(range(days), weights=weights, k=n)))
        prev = "0001-01-01"
        for i in chosen:
            day = (FIRST_DAY + dt.timedelta(days=i)).isoformat()
            buffer.write(f"{employer}\t{county}\t{industry}\t{occupation}\t{campaign}\t{day}\t{prev}\n")
            prev = day
        if employer % 50_000 == 0:
            yield buffer.getvalue()
            buffer = io.StringIO()
    yield buffer.getvalue()


def load(applications: int, days: int, employers: int) -> dict:
    from flask_migrate import upgrade

    from recruit.reporting.dimensions import ROLLUP_LEVELS

    rng = random.Random(20200630)
    spread = Spread(rng)
    # the bench database is its own: start from an empty schema at the current migration
    db.session.execute(text("drop schema public cascade"))
    db.session.execute(text("create schema public"))
    db.session.commit()
    upgrade()
    # bulk load without the primary keys, then build them by sorting (as a restore would)
    key_columns = {}
    for table in ("counter_cells", "counter_rollups"):
        key_columns[table] = db.session.execute(text(
            "select string_agg(a.attname, ', ' order by k.n) from pg_index i "
            "cross join lateral unnest(i.indkey) with ordinality k(attnum, n) "
            "join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum "
            "where i.indrelid = cast(:t as regclass) and i.indisprimary"), {"t": table}).scalar()
        db.session.execute(text(f"alter table {table} drop constraint pk_{table}"))
    db.session.commit()
    started = time.monotonic()
    copy_text("counter_cells", CELL_COLUMNS, generate_cells(rng, spread, days, applications))
    db.session.commit()
    print(f"cells copied in {time.monotonic() - started:.0f} s", flush=True)
    metric_sums = ", ".join(f"sum({m})" for m in CELL_COLUMNS[7:])
    # dimensions.ROLLUPS (what the write path adds event by event), set-wise: the national and
    # province rows from the cells summed by province first (a third of the rows), the finer
    # levels from the cells
    db.session.execute(text(f"""
        create temp table province_cells as
        select left(region_code, 2) as region_code, day, campaign_id, group_code, industry_code,
               occupation_code, channel, {', '.join(f'sum({m}) as {m}' for m in CELL_COLUMNS[7:])}
        from counter_cells group by 1, 2, 3, 4, 5, 6, 7"""))
    for dimension, parts in dimensions.ROLLUPS.items():
        key = " || ':' || ".join(dimensions.PART_COLUMN[p].format(t="") for p in parts) or "''"
        where = (f"(campaign_id <> 0) = {'campaign' in parts} "
                 f"and (group_code <> '') = {'group' in parts}")
        for level in ROLLUP_LEVELS[dimension]:
            source = "province_cells" if level <= 2 else "counter_cells"
            db.session.execute(text(f"""
                insert into counter_rollups (dimension, level, region_code, key, day,
                                             {', '.join(CELL_COLUMNS[7:])})
                select '{dimension}', {level}, left(region_code, {level}), {key}, day, {metric_sums}
                from {source} where {where} group by 3, 4, 5"""))
    db.session.commit()
    print(f"rollups built at {time.monotonic() - started:.0f} s", flush=True)
    for table, columns in key_columns.items():
        db.session.execute(text(f"alter table {table} add constraint pk_{table} primary key ({columns})"))
        db.session.commit()
    print(f"rollups and keys built at {time.monotonic() - started:.0f} s", flush=True)
    db.session.execute(text("create temp table postings (employer_id int, county text, "
                            "industry text, occupation text, campaign int, day date, prev_day date)"))
    copy_text("postings", ("employer_id", "county", "industry", "occupation", "campaign", "day",
                           "prev_day"),
              generate_postings(rng, spread, employers, days))
    # the scopes of employer_scopes(): national, province, prefecture, county, industry section
    # and division, occupation major and middle category, campaign (each posting is in all)
    db.session.execute(text("""
        insert into employer_reach (scope, day, prev_day, employers)
        select scope, day, prev_day, sum(n) from (
            select county, industry, occupation, campaign, day, prev_day, count(*) as n
            from postings group by 1, 2, 3, 4, 5, 6
        ) p, unnest(array['r', 'r:' || left(county, 2), 'r:' || left(county, 4), 'r:' || county,
                          'i:' || left(industry, 1), 'i:' || industry,
                          'o:' || split_part(occupation, '-', 1), 'o:' || occupation,
                          case when campaign <> 0 then 'c:' || campaign end]) as scope
        where scope is not null
        group by 1, 2, 3"""))
    db.session.commit()
    print(f"employer reach built at {time.monotonic() - started:.0f} s", flush=True)
    raw = db.session.connection().connection.driver_connection
    raw.autocommit = True
    raw.execute("vacuum analyze counter_cells")
    raw.execute("vacuum analyze counter_rollups")
    raw.execute("vacuum analyze employer_reach")
    raw.autocommit = False
    return {"seconds": time.monotonic() - started}


def sizes() -> dict:
    out = {}
    for table in ("counter_cells", "counter_rollups", "employer_reach"):
        out[table] = db.session.scalar(text(f"select count(*) from {table}"))
        out[table + "_mb"] = db.session.scalar(
            text(f"select pg_total_relation_size('{table}') / 1048576"))
    out["all_rollup_rows"] = db.session.scalar(
        text("select count(*) from counter_rollups where dimension = 'all' and level = 2"))
    return out


def measure(days: int, runs: int) -> list[tuple[str, float, str, object]]:
    from recruit.reporting import report, sentence

    first, last = FIRST_DAY, FIRST_DAY + dt.timedelta(days=days - 1)
    cases = {
        "headline, whole period, national": lambda: _totals(start=first, end=last),
        "headline as of the last day (cumulative)": lambda: _totals(start=None, end=last),
        "headline, whole period, province 44": lambda: _totals(
            start=first, end=last, region_prefix="44"),
        "headline, whole period, prefecture 4201": lambda: _totals(
            start=first, end=last, region_prefix="4201"),
        "headline, whole period, county 420102": lambda: _totals(
            start=first, end=last, region_prefix="420102"),
        "headline, one week, national": lambda: _totals(
            start=last - dt.timedelta(days=6), end=last),
        "industry C (manufacturing), whole period": lambda: _totals(
            start=first, end=last, industry="C"),
        "industry C in prefecture 4201, whole period": lambda: _totals(
            start=first, end=last, region_prefix="4201", industry="C"),
        "industry C in county 420102 (cells)": lambda: _totals(
            start=first, end=last, region_prefix="420102", industry="C"),
        "occupation 6-31, whole period": lambda: _totals(
            start=first, end=last, occupation="6-31"),
        "group poverty_registered, whole period": lambda: _totals(
            start=first, end=last, group="poverty_registered"),
        "campaign 3, whole period": lambda: _totals(start=first, end=last, campaign_id=3),
        "channel campaign_push in province 42": lambda: _totals(
            start=first, end=last, region_prefix="42", channel="campaign_push"),
        "industry C + channel campaign_push in prefecture 4201 (cells)": lambda: _totals(
            start=first, end=last, region_prefix="4201", industry="C", channel="campaign_push"),
        "industry C + channel campaign_push in province 42 (cells)": lambda: _totals(
            start=first, end=last, region_prefix="42", industry="C", channel="campaign_push"),
        "industry C + channel campaign_push, national (cells, all rows)": lambda: _totals(
            start=first, end=last, industry="C", channel="campaign_push"),
        "industry C + group migrant_worker, national": lambda: _totals(
            start=first, end=last, industry="C", group="migrant_worker"),
        "occupation 6 + channel search, national": lambda: _totals(
            start=first, end=last, occupation="6", channel="search"),
        "industry C38 + occupation 6-31, national": lambda: _totals(
            start=first, end=last, industry="C38", occupation="6-31"),
        "campaign 3 + industry C, national": lambda: _totals(
            start=first, end=last, campaign_id=3, industry="C"),
        "campaign 3 + channel campaign_push, national": lambda: _totals(
            start=first, end=last, campaign_id=3, channel="campaign_push"),
        "campaign 3 + group graduate, national": lambda: _totals(
            start=first, end=last, campaign_id=3, group="graduate"),
        "group graduate + channel featured_session, national": lambda: _totals(
            start=first, end=last, group="graduate", channel="featured_session"),
        "industry C + channel campaign_push, by province": lambda: _breakdown(
            by="region", start=first, end=last, industry="C", channel="campaign_push"),
        "industry C + channel campaign_push, by day": lambda: _breakdown(
            by="day", start=first, end=last, industry="C", channel="campaign_push"),
        "by industry, channel campaign_push, national": lambda: _breakdown(
            by="industry", start=first, end=last, channel="campaign_push"),
        "by group, campaign 3, national": lambda: _breakdown(
            by="group", start=first, end=last, campaign_id=3),
        "by campaign, industry C, national": lambda: _breakdown(
            by="campaign", start=first, end=last, industry="C"),
        "by occupation, group veteran, in province 44": lambda: _breakdown(
            by="occupation", start=first, end=last, region_prefix="44", group="veteran"),
        "by channel, industry C, in prefecture 4201 (cells)": lambda: _breakdown(
            by="channel", start=first, end=last, region_prefix="4201", industry="C"),
        "industry C + channel + group, national (3 cuts)": lambda: _totals(
            start=first, end=last, industry="C", channel="campaign_push", group="graduate"),
        "industry C + channel + group, in province 44 (3 cuts)": lambda: _totals(
            start=first, end=last, region_prefix="44", industry="C", channel="campaign_push",
            group="graduate"),
        "industry C + occupation 6, by province": lambda: _breakdown(
            by="region", start=first, end=last, industry="C", occupation="6"),
        "by occupation, industry C + group migrant_worker, national": lambda: _breakdown(
            by="occupation", start=first, end=last, industry="C", group="migrant_worker"),
        "campaign 1 + group migrant_worker + industry C + occupation 6 + channel search, by day":
            lambda: _breakdown(by="day", start=first, end=last, campaign_id=1,
                               group="migrant_worker", industry="C", occupation="6", channel="search"),
        "by campaign, in county 440106": lambda: _breakdown(
            by="campaign", start=first, end=last, region_prefix="440106"),
        "industry C + channel search, by county in prefecture 5001": lambda: _breakdown(
            by="region", start=first, end=last, region_prefix="5001", industry="C", channel="search"),
        "live counters of 20 campaigns (the campaigns list)": lambda: report.campaign_counters(
            list(range(1, 21))),
        "series by day, national": lambda: _breakdown(by="day", start=first, end=last),
        "by province, whole period": lambda: _breakdown(by="region", start=first, end=last),
        "by county in prefecture 4201": lambda: _breakdown(
            by="region", start=first, end=last, region_prefix="4201"),
        "series by day, group veteran": lambda: _breakdown(
            by="day", start=first, end=last, group="veteran"),
        "by industry, whole period": lambda: _breakdown(by="industry", start=first, end=last),
        "report sentence (as of the last day)": lambda: sentence.report_sentence(
            last, **_sentence_figures(_totals(start=None, end=last))),
    }
    results = []
    for name, run in cases.items():
        answer = run()
        db.session.rollback()
        now = _median(run, runs)
        results.append((name, now, _describe(answer), _same(answer)))
        print(f"{name}: {now:.1f} ms  {_describe(answer)}", flush=True)
    return results


def _totals(**cut):
    from recruit.reporting import report

    return report.totals(report.ReportCut(**cut))


def _breakdown(by: str, **cut):
    from recruit.reporting import report

    return report.breakdown(report.ReportCut(**cut), by)


def _same(answer):
    """The answer as JSON text, a breakdown's rows in key order with the key as text (a campaign
    id read from the cells is an int, from a rollup's key its text): two runs' answers compare."""
    if isinstance(answer, list):
        answer = sorted(({**row, "key": str(row["key"])} for row in answer), key=lambda r: r["key"])
    return json.dumps(answer, default=str, sort_keys=True)


def _median(run, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
        db.session.rollback()
    return statistics.median(samples)


def _sentence_figures(figures: dict) -> dict:
    return {"employers": figures["employers_posting"], "positions": figures["positions_posted"],
            "resumes": figures["resumes_submitted"]}


def _describe(answer) -> str:
    if isinstance(answer, str):
        return answer
    if isinstance(answer, list):
        return f"{len(answer)} rows"
    if "employers_posting" not in answer:  # campaign id -> its live counters
        return f"{len(answer)} campaigns, {sum(c['applications'] for c in answer.values()):,} applications"
    keys = ("employers_posting", "positions_posted", "resumes_submitted", "placements")
    return ", ".join(f"{k}={answer[k]:,}" if answer[k] is not None else f"{k}=—" for k in keys)


def write_report(results, before: dict, facts: dict, load_seconds: float | None, command: str,
                 runs: int, database: str = DATABASE) -> str:
    lines = ["## Reporting counters", "",
             f"Measured {dt.date.today().isoformat()} with `{command}` on this shared 2-core machine "
             f"(PostgreSQL 15, shared_buffers 512 MB), in a database of its own ({database}). "
             f"Counters for {facts['resumes']:,} applications ({facts['positions']:,} positions, "
             f"{facts['employers']:,} employers) over {facts['days']} days: "
             f"{facts['counter_cells']:,} counter_cells rows ({facts['counter_cells_mb']} MB), "
             f"{facts['counter_rollups']:,} counter_rollups rows ({facts['counter_rollups_mb']} MB; "
             f"{facts['all_rollup_rows']:,} of them the national headline's province rows), "
             f"{facts['employer_reach']:,} employer_reach rows ({facts['employer_reach_mb']} MB). "
             f"Times are the median of {runs} runs after a warm-up, through "
             "`recruit.reporting.report` (the functions the API calls; the HTTP layer is not included).", ""]
    if load_seconds:
        lines += [f"Generating and loading took {load_seconds / 60:.1f} minutes.", ""]
    lines += ["| report | before (ms) | now (ms) | answer |", "|---|---|---|---|"]
    for name, ms, answer, _ in results:
        was = before.get(name, {}).get("ms")
        lines.append(f"| {name} | {'—' if was is None else f'{was:.1f}'} | {ms:.1f} | {answer} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applications", type=int, default=20_000_000)
    parser.add_argument("--employers", type=int, default=2_080_000)
    parser.add_argument("--days", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-load", action="store_true", help="reuse the data of an earlier run")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--database", default=DATABASE, help="the scratch database (created if missing)")
    parser.add_argument("--code", help="time the recruit package of another checkout (read at start)")
    parser.add_argument("--save", help="write each question's time and answer to this JSON file")
    parser.add_argument("--before", help="a --save file of an earlier run: its times are the "
                        "'before' column, and every answer must be the same")
    args = parser.parse_args()
    url = bench_url(args.database)
    ensure_database(url)
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SEARCH_INDEX_PREFIX": "bench-counters"})
    with app.app_context():
        load_seconds = None
        if not args.skip_load:
            load_seconds = load(args.applications, args.days, args.employers)["seconds"]
        facts = sizes()
        totals = db.session.execute(text(
            "select sum(resumes_submitted), sum(positions_posted) from counter_rollups "
            "where dimension = 'all' and level = 2")).one()
        facts.update(resumes=int(totals[0]), positions=int(totals[1]), days=args.days,
                     employers=db.session.scalar(text(
                         "select sum(employers) from employer_reach "
                         "where scope = 'r' and prev_day = '0001-01-01'")))
        results = measure(args.days, args.runs)
    before = json.loads(Path(args.before).read_text()) if args.before else {}
    different = [name for name, _, _, same in results if name in before and before[name]["answer"] != same]
    if args.save:
        Path(args.save).write_text(json.dumps({name: {"ms": ms, "answer": same}
                                               for name, ms, _, same in results}, indent=1))
    command = ".venv/bin/python bench/counters_speed.py" + (
        f" --applications {args.applications}" if args.applications != 20_000_000 else "") + (
        f" --database {args.database}" if args.database != DATABASE else "")
    section = write_report(results, before, facts, load_seconds, command, args.runs, args.database)
    print(section)
    if before:
        print(f"answers different from the --before run: {different or 'none'}")
    assert not different, different
    if not args.no_write:
        write_section(ROOT / "docs/performance.md", "## Reporting counters", section)


if __name__ == "__main__":
    main()
