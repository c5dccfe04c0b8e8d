"""The two-cut rollups (issue 16, item 9): every pair of cuts the report API offers is answered
from a rollup nationally and by province, and always equals the cells it is summed from."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from sqlalchemy import text

from recruit import clock
from recruit.extensions import db
from recruit.jobseekers.models import JobseekerGroup
from recruit.reporting import dimensions, reading, report, sources
from recruit.reporting.models import METRICS, CounterCell, CounterRollup
from recruit.reporting.reconcile import reconcile

CUT_VALUES = {"campaign_id": None, "group": ["veteran", "graduate"], "industry": ["C", "C38", "E47"],
              "occupation": ["6", "6-31", "4-01"], "channel": ["search", "campaign_push"]}


def _matches(cell: tuple, prefix: str | None, cuts: dict, by: str | None) -> bool:
    region, _day, campaign, group, industry, occupation, channel = cell
    if prefix and not region.startswith(prefix):
        return False
    # campaign 0 / group '' rows count each event once; a breakdown by one takes its own rows
    if "campaign_id" in cuts:
        if campaign != cuts["campaign_id"]:
            return False
    elif (campaign != 0) != (by == "campaign"):
        return False
    if "group" in cuts:
        if group != cuts["group"]:
            return False
    elif (group != "") != (by == "group"):
        return False
    if "industry" in cuts and not industry.startswith(cuts["industry"]):
        return False
    if "occupation" in cuts and not (occupation == cuts["occupation"]
                                     or occupation.startswith(cuts["occupation"] + "-")):
        return False
    return "channel" not in cuts or channel == cuts["channel"]


def _by_key(cell: tuple, by: str, prefix: str | None) -> str:
    region, day, campaign, group, industry, occupation, channel = cell
    return {"day": day.isoformat(), "region": region[:min(len(prefix or "") + 2, 6)],
            "campaign": str(campaign), "group": group, "industry": industry,
            "occupation": occupation, "channel": channel}[by]


def _brute(cells: dict, prefix, cuts, by=None) -> dict:
    out: dict = {}
    for cell, values in cells.items():
        if _matches(cell, prefix, cuts, by):
            row = out.setdefault(_by_key(cell, by, prefix) if by else None, dict.fromkeys(METRICS, 0))
            for metric, value in zip(METRICS, values, strict=True):
                row[metric] += value
    return out


def _events(app, make_employer, make_vacancy, make_jobseeker, make_staff) -> list[int]:
    rng = random.Random(2020)
    admin = make_staff("admin")
    now = dt.datetime.now(dt.UTC)
    window = {"starts_at": (now - dt.timedelta(days=1)).isoformat(),
              "ends_at": (now + dt.timedelta(days=30)).isoformat()}
    campaigns = []
    for name, occupations in (("电工专场", ["6-31"]), ("制造业专场", ["6"])):
        r = admin.post("/api/v1/campaigns", json={
            "name": name, "kind": "industry", "occupations": occupations, **window,
            "rule_welcomes_group": False, "rule_occupation": True})
        assert r.status_code == 201, r.get_json()
        campaigns.append(r.get_json()["id"])
    employers = [make_employer(f"单位{i}", region) for i, region in enumerate(["420102", "440103"])]
    vacancies = []
    for i in range(8):
        employer = employers[i % 2]
        vacancies.append(make_vacancy(
            employer, title=f"岗位{i}", headcount=rng.randrange(1, 6),
            region_code=rng.choice(["420102", "420111", "440103", "110101"]),
            industry_code=rng.choice(["C38", "E47", "C13"]),
            occupation_code=rng.choice(["6-31-01-03", "4-01", "6-18", "6-31"]))["id"])
    seekers = [make_jobseeker(f"求职者{i}", birth=f"19{90 + i}0101") for i in range(5)]
    with app.app_context():
        for seeker, groups in zip(seekers, [["veteran"], ["veteran", "graduate"], ["graduate"], [], []],
                                  strict=True):
            for group in groups:
                db.session.add(JobseekerGroup(jobseeker_id=seeker.extra["profile"]["id"], group=group,
                                              source="declared", status="verified"))
        db.session.commit()
    hires = []
    for _ in range(30):
        seeker = rng.choice(seekers)
        r = seeker.post(f"/api/v1/vacancies/{rng.choice(vacancies)}/applications",
                        json={"channel": rng.choice(["search", "recommendation", "campaign_push"])})
        if r.status_code == 201:
            hires.append(r.get_json()["id"])
    for application_id in rng.sample(hires, 8):
        for employer in employers:
            if employer.post(f"/api/v1/applications/{application_id}/hire").status_code == 200:
                break
    return campaigns


def test_every_pair_and_breakdown_reads_a_rollup_that_equals_the_cells(
        app, make_employer, make_vacancy, make_jobseeker, make_staff):
    campaigns = _events(app, make_employer, make_vacancy, make_jobseeker, make_staff)
    values = {**CUT_VALUES, "campaign_id": campaigns}
    with app.app_context():
        assert reconcile() == []
        cells = sources.expected_cells()
        # the data reaches every pair: campaign, group and channel rows all hold events
        stored = {d for d, in db.session.execute(text(
            "select distinct dimension from counter_rollups where resumes_submitted > 0"))}
        assert stored == set(dimensions.ROLLUPS)
        end = clock.today()
        start = end - dt.timedelta(days=3)
        names = list(values)
        for prefix in (None, "42", "44", "4201"):
            for first, second in itertools.combinations(names, 2):
                for a, b in itertools.product(values[first], values[second]):
                    cuts = {first: a, second: b}
                    asked = report.ReportCut(start=start, end=end, region_prefix=prefix, **cuts)
                    table = reading.plan(asked.dimensions(), None, prefix).table
                    # nationally and by province two cuts never read the cells, in a prefecture
                    # only a campaign's (the cubes without a campaign are kept by prefecture)
                    in_cells = prefix == "4201" and "campaign_id" in cuts
                    assert table is (CounterCell if in_cells else CounterRollup), (prefix, cuts)
                    got = report.totals(asked)
                    want = _brute(cells, prefix, cuts).get(None, dict.fromkeys(METRICS, 0))
                    for metric in ("resumes_submitted", "applications_withdrawn", "placements"):
                        assert got[metric] == want[metric], (prefix, cuts, metric)
                    if "group" not in cuts and "channel" not in cuts:
                        assert got["positions_posted"] == want["positions_posted"], (prefix, cuts)
            # one cut and a breakdown by another dimension (or by day and region)
            for cut in names:
                for value in values[cut]:
                    for by in report.BREAKDOWNS:
                        if by == "region" and prefix == "4201":
                            continue
                        cuts = {cut: value}
                        rows = report.breakdown(report.ReportCut(start=start, end=end, region_prefix=prefix,
                                                **cuts), by)
                        got = {str(r["key"]): r["resumes_submitted"] for r in rows if r["resumes_submitted"]}
                        want = {k: v["resumes_submitted"]
                                for k, v in _brute(cells, prefix, cuts, by).items() if v["resumes_submitted"]}
                        assert got == want, (prefix, cuts, by)


def test_the_rollups_in_sql_are_the_rollups_of_the_write_path(
        app, make_employer, make_vacancy, make_jobseeker, make_staff):
    """dimensions.rollup_rows_sql (the bulk import's and the benchmark's) makes exactly the rows
    rollup_keys makes event by event."""
    _events(app, make_employer, make_vacancy, make_jobseeker, make_staff)
    with app.app_context():
        metrics = ", ".join(f"sum({m})" for m in METRICS)
        from_sql = {tuple(row[:5]): list(row[5:]) for row in db.session.execute(text(f"""
            select r.dimension, r.level, left(c.region_code, r.level), r.key, c.day, {metrics}
            from counter_cells c cross join {dimensions.rollup_rows_sql()}
            where r.applies group by 1, 2, 3, 4, 5"""))}
        stored = {tuple(row[:5]): list(row[5:]) for row in db.session.execute(text(
            f"select dimension, level, region_code, key, day, {', '.join(METRICS)} from counter_rollups"))}
        assert from_sql == stored
        assert any(key[0] == "campaign_group" for key in stored)


SHAPES = {"campaign_id": (None, 0), "group": (None, "veteran"), "industry": (None, "C", "C38"),
          "occupation": (None, "6", "6-31"), "channel": (None, "search")}


@pytest.mark.parametrize("descents", ["keys listed", "key prefixes", "key ranges", "county ranges"])
def test_every_shape_of_question_equals_the_cells_and_reads_a_rollup_nationally_and_by_province(
        app, make_employer, make_vacancy, make_jobseeker, make_staff, descents):
    """Every combination of the five cuts (a section or a division, a major group or a middle
    category), in every kind of region, with every breakdown: the answer is the cells' sum, and
    nationally or in a province it comes from a rollup (never a scan of the county cells);
    a rollup read key by key, or (too many keys to list) as ranges of the keys' leading parts,
    or (too many of those) as one key range filtered part by part; the cells read one descent
    per (county, day), or (a long period) per county."""
    # each read mode as a deployment would choose it: its limit set to 0 (config, restored below)
    limit = {"key prefixes": "REPORT_MAX_KEYS", "key ranges": "REPORT_MAX_DESCENTS",
             "county ranges": "REPORT_MAX_CELL_DESCENTS"}.get(descents)
    saved = app.config.get(limit) if limit else None
    if limit:
        app.config[limit] = 0
    try:
        _every_shape_equals_the_cells(app, make_employer, make_vacancy, make_jobseeker, make_staff)
    finally:
        if limit:
            app.config[limit] = saved


def _every_shape_equals_the_cells(app, make_employer, make_vacancy, make_jobseeker, make_staff):
    campaigns = _events(app, make_employer, make_vacancy, make_jobseeker, make_staff)
    with app.app_context():
        cells = sources.expected_cells()
        end = clock.today()
        start = end - dt.timedelta(days=3)
        names = list(SHAPES)
        asked_count = 0
        for values in itertools.product(*SHAPES.values()):
            cuts = {n: (campaigns[0] if n == "campaign_id" else v)
                    for n, v in zip(names, values, strict=True) if v is not None}
            for prefix in (None, "42", "4201", "420102"):
                for by in (None, *report.BREAKDOWNS):
                    asked = report.ReportCut(start=start, end=end, region_prefix=prefix, **cuts)
                    read = reading.plan(asked.dimensions(), by, prefix)
                    if prefix in (None, "42") and by != "region" or prefix is None:
                        assert read.table is CounterRollup, (prefix, cuts, by)
                    if by is None:
                        got = {None: report.totals(asked)}
                    else:
                        got = {str(r["key"]): r for r in report.breakdown(asked, by)}
                    want = _brute(cells, prefix, cuts, by)
                    for metric in ("resumes_submitted", "placements"):
                        assert ({k: v[metric] for k, v in got.items() if v[metric]}
                                == {k: v[metric] for k, v in want.items() if v[metric]}), \
                            (prefix, cuts, by, metric)
                    asked_count += 1
        assert asked_count == 72 * 4 * 8


def test_the_shapes_that_were_slow_read_a_cube_of_few_keys(
        app, make_employer, make_vacancy, make_jobseeker, make_staff):
    """The broad shapes over 200 ms at 20M applications (docs/performance.md, "Reporting
    counters") read the coarse or mid cubes or the prefecture level, and still equal the cells: a
    group with a section and a major group by province, a section and a major group by campaign,
    a major group by industry, any cuts in a province by prefecture; a campaign's cuts there
    read its cells county by county."""
    campaigns = _events(app, make_employer, make_vacancy, make_jobseeker, make_staff)
    with app.app_context():
        cells = sources.expected_cells()
        end = clock.today()
        start = end - dt.timedelta(days=3)
        shapes = [
            ({"group": "veteran", "industry": "C", "occupation": "6", "channel": "search"}, None, "region",
             ("group_section_major_channel", 2)),
            ({"industry": "C", "occupation": "6"}, None, "campaign", ("campaign_section_major_channel", 0)),
            ({"group": "veteran", "channel": "search"}, None, "campaign",
             ("campaign_group_section_major_channel", 0)),
            ({"industry": "C", "occupation": "6"}, "42", "region", ("section_major_channel", 4)),
            ({"industry": "C38", "occupation": "6-31"}, "42", "region", ("industry_occupation_channel", 4)),
            ({"group": "veteran", "occupation": "6"}, "42", "region", ("group_section_major_channel", 4)),
            ({"group": "veteran", "industry": "C", "occupation": "6-31"}, "42", "region",
             ("group_industry_occupation_channel", 4)),
            ({"group": "veteran", "occupation": "6"}, None, "industry", ("group_industry_major_channel", 0)),
            ({"industry": "C", "channel": "search"}, None, "occupation", ("section_occupation_channel", 0)),
            ({"campaign_id": campaigns[1], "industry": "C"}, "42", "region", None),
        ]
        for cuts, prefix, by, where in shapes:
            read = reading.plan(cuts, by, prefix)
            if where is None:
                assert read.table is CounterCell and read.regions == ["420102", "420111"], cuts
            else:
                assert (read.dimension, read.level) == where, (cuts, prefix, by)
            got = {str(r["key"]): r["resumes_submitted"] for r in report.breakdown(
                report.ReportCut(start=start, end=end, region_prefix=prefix, **cuts), by)}
            want = {k: v["resumes_submitted"] for k, v in _brute(cells, prefix, cuts, by).items()}
            assert {k: v for k, v in got.items() if v} == {k: v for k, v in want.items() if v}, cuts
            assert any(want.values()) or where is None, cuts  # the data reaches the shape


def test_the_report_api_takes_an_industry_section_and_reads_its_own_key(
        app, make_employer, make_vacancy, make_jobseeker, make_staff):
    """`industry=C` is a section (its divisions summed), as the API's description says; an
    unknown code is a 422 naming the field."""
    _events(app, make_employer, make_vacancy, make_jobseeker, make_staff)
    admin = make_staff("admin")
    end = clock.today()
    period = {"start": (end - dt.timedelta(days=3)).isoformat(), "end": end.isoformat()}
    section = admin.get("/api/v1/reports/breakdown", query_string={**period, "industry": "C",
                                                                  "by": "region"})
    assert section.status_code == 200, section.get_json()
    divisions = [admin.get("/api/v1/reports/headline", query_string={**period, "industry": code})
                 .get_json()["resumes_submitted"] for code in ("C13", "C38")]
    assert section.get_json()["resumes_submitted"] == sum(divisions) > 0
    assert sum(r["resumes_submitted"] for r in section.get_json()["rows"]) == sum(divisions)
    with app.app_context():
        read = reading.plan({"industry": "C", "channel": "search"}, "region", None)
        assert read.dimension == "section_channel" and read.level == 2
    wrong = admin.get("/api/v1/reports/headline", query_string={**period, "industry": "Z"})
    assert wrong.status_code == 422 and "industry" in str(wrong.get_json())
