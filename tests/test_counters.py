"""Reporting counters: written with the event, cut every way, exact distinct employers, and
always equal to a recomputation from the source tables."""

from __future__ import annotations

import datetime as dt
import random
import threading

from sqlalchemy import select, text, update

from recruit import clock
from recruit.accounts.models import Account
from recruit.applications.models import Application, ApplicationEvent
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.models_base import utcnow
from recruit.reporting import counters, dimensions, employer_days, report, sources
from recruit.reporting.models import METRICS, CounterRollup
from recruit.reporting.reconcile import reconcile
from recruit.vacancies import service as vacancy_service
from recruit.vacancies.models import Vacancy
from tests.factories import vacancy_payload


def test_keys_and_scopes_are_coarse_enough_to_keep_the_cells_few():
    assert dimensions.industry_key("C381") == "C38"
    assert dimensions.industry_key(None) == ""
    assert dimensions.occupation_key("6-31-01-03") == "6-31"
    assert dimensions.occupation_key("4") == "4"
    assert dimensions.employer_scopes("420102", "C38", "6-31", [7, 9]) == sorted(
        ["r", "r:42", "r:4201", "r:420102", "i:C", "i:C38", "o:6", "o:6-31", "c:7", "c:9"])
    assert clock.day_of(dt.datetime(2020, 6, 30, 16, 0, tzinfo=dt.UTC)) == dt.date(2020, 7, 1)
    assert clock.day_of(dt.datetime(2020, 6, 30, 15, 59, tzinfo=dt.UTC)) == dt.date(2020, 6, 30)


def _verify(app, jobseeker_id: int, group: str) -> None:
    with app.app_context():
        db.session.add(JobseekerGroup(jobseeker_id=jobseeker_id, group=group, source="declared",
                                      status="verified"))
        db.session.commit()


def test_events_through_the_api_update_the_headline_and_its_cuts(
        app, make_employer, make_jobseeker, make_vacancy):
    wuhan = make_employer("武汉甲公司", "420102")
    guangzhou = make_employer("广州乙公司", "440103")
    v1 = make_vacancy(wuhan, headcount=5, region_code="420102")
    make_vacancy(wuhan, headcount=2, region_code="420106")
    v3 = make_vacancy(guangzhou, headcount=10, region_code="440103")
    seeker = make_jobseeker("王芳", birth="19980101")
    other = make_jobseeker("刘强", birth="19970202")
    _verify(app, seeker.extra["profile"]["id"], "veteran")
    a1 = seeker.post(f"/api/v1/vacancies/{v1['id']}/applications",
                     json={"channel": "recommendation"}).get_json()
    other.post(f"/api/v1/vacancies/{v1['id']}/applications")
    seeker.post(f"/api/v1/vacancies/{v3['id']}/applications")
    assert wuhan.post(f"/api/v1/applications/{a1['id']}/hire").status_code == 200

    with app.app_context():
        day = clock.today()
        whole = report.headline(report.ReportCut(start=day, end=day, region_prefix=None))
        assert (whole["employers_posting"], whole["vacancies_published"], whole["positions_posted"],
                whole["resumes_submitted"], whole["placements"]) == (2, 3, 17, 3, 1)
        hubei = report.headline(report.ReportCut(start=day, end=day, region_prefix="42"))
        assert (hubei["employers_posting"], hubei["positions_posted"],
                hubei["resumes_submitted"], hubei["placements"]) == (1, 7, 2, 1)
        county = report.headline(report.ReportCut(start=day, end=day, region_prefix="420106"))
        assert (county["employers_posting"], county["positions_posted"]) == (1, 2)
        # a group cut counts the verified jobseeker's events only; vacancy figures do not apply
        veterans = report.totals(report.ReportCut(start=day, end=day, group="veteran"))
        assert (veterans["resumes_submitted"], veterans["placements"]) == (2, 1)
        assert veterans["positions_posted"] is None and veterans["employers_posting"] is None
        by_channel = {r["key"]: r["resumes_submitted"]
                      for r in report.breakdown(report.ReportCut(start=day, end=day), "channel")}
        assert by_channel == {"": 0, "recommendation": 1, "search": 2}
        # two cuts at once come from the cells
        both = report.totals(report.ReportCut(start=day, end=day, region_prefix="4201", group="veteran",
                             channel="recommendation"))
        assert both["resumes_submitted"] == 1 and both["placements"] == 1
        by_region = {r["key"]: (r["employers_posting"], r["positions_posted"])
                     for r in report.breakdown(report.ReportCut(start=day, end=day), "region")}
        assert by_region == {"42": (1, 7), "44": (1, 10)}
        assert reconcile() == []
        # nothing for yesterday
        yesterday = day - dt.timedelta(days=1)
        assert report.headline(report.ReportCut(start=yesterday, end=yesterday,
                                 region_prefix=None))["resumes_submitted"] == 0


def test_distinct_employers_stay_exact_over_any_period_even_when_days_arrive_late(ctx):
    rng = random.Random(208)
    base = dt.date(2020, 3, 20)
    posted: set[tuple[int, dt.date, str]] = set()
    regions = ["420102", "420106", "420111", "440103", "110101"]
    for _ in range(300):
        employer, day = rng.randrange(1, 25), base + dt.timedelta(days=rng.randrange(0, 30))
        region = rng.choice(regions)
        employer_days.employer_posted(employer, region, day)  # any order, repeats included
        posted.add((employer, day, region))
    db.session.commit()
    for _ in range(200):
        start = base + dt.timedelta(days=rng.randrange(-2, 31))
        end = start + dt.timedelta(days=rng.randrange(0, 20))
        for prefix in (None, "42", "4201", "420106"):
            want = len({e for e, d, r in posted
                        if start <= d <= end and (prefix is None or r.startswith(prefix))})
            scope = f"r:{prefix}" if prefix else "r"
            assert report.employers_posting(start=start, end=end, scope=scope) == want
    # and a sum of daily distincts would have been larger
    daily = sum(len({e for e, d, _ in posted if d == base + dt.timedelta(days=i)}) for i in range(30))
    assert daily > report.employers_posting(start=base, end=base + dt.timedelta(days=29))


def _withdraw(application_id: int) -> None:
    """What the applications work's withdraw() must do: status, event, counter, one commit."""
    application = db.session.get(Application, application_id)
    application.status = "withdrawn"
    event = ApplicationEvent(application_id=application.id, from_status="submitted",
                             to_status="withdrawn")
    db.session.add(event)
    counters.record(counters.ApplicationWithdrawn(application.vacancy, application=application, event=event))
    db.session.commit()


def test_random_events_through_the_services_reconcile_exactly(
        app, make_employer, make_jobseeker, make_vacancy):
    rng = random.Random(2761)
    employers = [make_employer(f"单位{i}", region) for i, region in
                 enumerate(["420102", "420106", "440103"])]
    seekers = [make_jobseeker(f"求职者{i}", birth=f"19{90 + i}0101") for i in range(6)]
    for seeker, group in zip(seekers, ["veteran", "disabled", "veteran", None, None, "graduate"],
                             strict=True):
        if group:
            _verify(app, seeker.extra["profile"]["id"], group)
    with app.app_context():
        # a pending membership never counts
        db.session.add(JobseekerGroup(jobseeker_id=seekers[3].extra["profile"]["id"],
                                      group="poverty_registered", source="declared",
                                      status="pending"))
        db.session.commit()
    vacancies = []
    for i in range(8):
        employer = rng.choice(employers)
        with app.app_context():
            account = db.session.get(Account, employer.account["id"])
            vacancy = vacancy_service.create(account, {
                "title": f"岗位{i}", "description": "负责生产线设备操作与日常维护。",
                "region_code": rng.choice(["420102", "420111", "440103", "440106"]),
                "headcount": rng.randrange(1, 6), "salary_min": 4000, "salary_max": 6000,
                "industry_code": rng.choice([None, "C38", "E47", "C"]),
                "occupation_code": rng.choice([None, "6-31-01-03", "4-01", "6"]),
            })
            vacancies.append((vacancy.id, employer))
    back_dated = []
    with app.app_context():
        # two back-dated publications (days before today) by the same employer
        for days_ago in (3, 1):
            vacancy = Vacancy(employer_id=employers[0].extra["employer"]["id"], title="早期岗位",
                              description="往日发布的岗位。", region_code="420102", headcount=2,
                              salary_min=3000, salary_max=5000, status="published",
                              published_at=utcnow() - dt.timedelta(days=days_ago))
            db.session.add(vacancy)
            db.session.flush()
            counters.record(counters.VacancyPublished(vacancy))
            db.session.commit()
            back_dated.append(vacancy.id)
    with app.app_context():
        # edits move counted vacancies: the employer leaves 420102 on the older day (the next
        # day's chain skips over it) and its headcount changes on the later one
        vacancy_service.apply_changes(db.session.get(Vacancy, back_dated[0]),
                                      {"region_code": "440103", "occupation_code": "4-01"}, None)
        vacancy_service.apply_changes(db.session.get(Vacancy, back_dated[1]), {"headcount": 7}, None)
        db.session.commit()
    applications = []
    for _ in range(25):
        seeker = rng.choice(seekers)
        vacancy_id, employer = rng.choice(vacancies)
        r = seeker.post(f"/api/v1/vacancies/{vacancy_id}/applications",
                        json={"channel": rng.choice(["search", "recommendation", "campaign_push"])})
        if r.status_code == 201:
            applications.append((r.get_json()["id"], employer))
    rng.shuffle(applications)
    for application_id, employer in applications[:6]:
        employer.post(f"/api/v1/applications/{application_id}/hire")
    with app.app_context():
        for application_id, _ in applications[6:10]:
            _withdraw(application_id)

    runner = app.test_cli_runner()
    result = runner.invoke(args=["recruit", "reconcile-counters"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        _every_way_of_asking_agrees_with_the_cells()
    assert "agree" in result.output
    with app.app_context():
        day = clock.today()
        whole = report.headline(report.ReportCut(start=day - dt.timedelta(days=5), end=day))
        assert whole["resumes_submitted"] == len(applications)
        assert whole["applications_withdrawn"] == 4
        assert whole["vacancies_published"] == 10
        # tamper with one counter: reconciliation names it and fails
        db.session.execute(update(CounterRollup).where(CounterRollup.dimension == "all")
                           .values(resumes_submitted=CounterRollup.resumes_submitted + 1))
        db.session.commit()
    result = runner.invoke(args=["recruit", "reconcile-counters"])
    assert result.exit_code == 1
    assert "counter_rollups" in result.output and '"dimension": "all"' in result.output


def _brute_force(cells: dict, prefix: str | None, cuts: dict) -> dict:
    """Sum the recomputed cells that match: the answer every table and level must give."""
    total = dict.fromkeys(METRICS, 0)
    for (region, _day, campaign, group, industry, occupation, channel), values in cells.items():
        if (prefix and not region.startswith(prefix)) or group != cuts.get("group", ""):
            continue
        if "industry" in cuts and not industry.startswith(cuts["industry"]):
            continue
        if "occupation" in cuts and not (occupation == cuts["occupation"]
                                         or occupation.startswith(cuts["occupation"] + "-")):
            continue
        if ("channel" in cuts and channel != cuts["channel"]) or (
                "campaign_id" in cuts and campaign != cuts["campaign_id"]):
            continue
        for metric, value in zip(METRICS, values, strict=True):
            total[metric] += value
    return total


def _every_way_of_asking_agrees_with_the_cells():
    cells = sources.expected_cells()
    end = clock.today()
    start = end - dt.timedelta(days=5)
    cut_sets = [{}, {"industry": "C"}, {"industry": "C38"}, {"occupation": "6"},
                {"occupation": "6-31"}, {"channel": "search"}, {"group": "veteran"},
                {"industry": "C", "channel": "recommendation"}, {"group": "veteran", "occupation": "6"}]
    for prefix in (None, "42", "4201", "420102", "44", "4401", "440106", "11"):
        for cuts in cut_sets:
            got = report.totals(report.ReportCut(start=start, end=end, region_prefix=prefix, **cuts))
            want = _brute_force(cells, prefix, cuts)
            for metric in ("resumes_submitted", "applications_withdrawn", "placements"):
                assert got[metric] == want[metric], (prefix, cuts, metric)
            if "group" not in cuts and "channel" not in cuts:
                assert got["positions_posted"] == want["positions_posted"], (prefix, cuts)
            for by in ("region", "day"):
                rows = report.breakdown(
                    report.ReportCut(start=start, end=end, region_prefix=prefix, **cuts), by)
                assert sum(r["resumes_submitted"] for r in rows) == want["resumes_submitted"]
                if by == "region" and rows:
                    assert {len(r["key"]) for r in rows} == {min(len(prefix or "") + 2, 6)}


def test_verifying_a_membership_later_moves_past_events_into_the_group(
        app, make_employer, make_jobseeker, make_vacancy):
    vacancy = make_vacancy(make_employer())
    seeker = make_jobseeker()
    seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications")
    with app.app_context():
        day = clock.today()
        jobseeker_id = db.session.scalar(select(Jobseeker.id))
        assert report.totals(report.ReportCut(start=day, end=day, group="disabled"))["resumes_submitted"] == 0
        db.session.add(JobseekerGroup(jobseeker_id=jobseeker_id, group="disabled",
                                      source="declared", status="verified"))
        counters.record(counters.Regrouped(jobseeker_id, "disabled", +1))
        db.session.commit()
        assert report.totals(report.ReportCut(start=day, end=day, group="disabled"))["resumes_submitted"] == 1
        assert reconcile() == []


def test_concurrent_events_on_the_same_counter_rows_neither_lose_counts_nor_deadlock(
        app, make_employer, make_jobseeker, make_vacancy):
    employers = [make_employer("甲公司"), make_employer("乙公司")]
    target = make_vacancy(employers[0], headcount=50)
    seekers = [make_jobseeker(f"求职者{i}", birth=f"199{i}0101") for i in range(6)]
    barrier = threading.Barrier(12)
    statuses: list[int] = []

    def run(actor, url, body):
        client = app.test_client()
        barrier.wait()
        r = client.post(url, json=body, headers=actor.headers)
        statuses.append(r.status_code)

    jobs = [(employers[i % 2], "/api/v1/vacancies", vacancy_payload(headcount=2)) for i in range(6)]
    jobs += [(s, f"/api/v1/vacancies/{target['id']}/applications", {}) for s in seekers]
    threads = [threading.Thread(target=run, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [201] * 12
    with app.app_context():
        day = clock.today()
        figures = report.headline(report.ReportCut(start=day, end=day, region_prefix="420102"))
        assert (figures["employers_posting"], figures["vacancies_published"],
                figures["positions_posted"], figures["resumes_submitted"]) == (2, 7, 62, 6)
        assert reconcile() == []


def test_a_membership_losing_verification_takes_its_events_out_of_the_group(
        app, make_employer, make_jobseeker, make_vacancy):
    vacancy = make_vacancy(make_employer())
    seeker = make_jobseeker()
    _verify(app, seeker.extra["profile"]["id"], "veteran")
    seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications")
    with app.app_context():
        day = clock.today()
        assert report.totals(report.ReportCut(start=day, end=day, group="veteran"))["resumes_submitted"] == 1
        membership = db.session.scalar(select(JobseekerGroup).where(JobseekerGroup.group == "veteran"))
        membership.status = "rejected"
        counters.record(counters.Regrouped(membership.jobseeker_id, "veteran", -1))
        db.session.commit()
        assert report.totals(report.ReportCut(start=day, end=day, group="veteran"))["resumes_submitted"] == 0
        assert report.totals(report.ReportCut(start=day, end=day))["resumes_submitted"] == 1
        assert reconcile() == []


def test_rebuild_recomputes_lost_counters(app, make_employer, make_vacancy, make_jobseeker):
    employer = make_employer()
    v = make_vacancy(employer, headcount=4)
    make_vacancy(make_employer("第二家公司", region="420106"), headcount=2)
    seeker = make_jobseeker()
    application = seeker.post(f"/api/v1/vacancies/{v['id']}/applications").get_json()
    assert employer.post(f"/api/v1/applications/{application['id']}/hire").status_code == 200
    with app.app_context():
        day = clock.today()
        hubei = report.ReportCut(start=day, end=day, region_prefix="42")
        before = report.headline(hubei)
        db.session.execute(text(
            "truncate counter_cells, counter_rollups, employer_reach, employer_scope_days"))
        db.session.commit()
        assert report.headline(hubei)["positions_posted"] in (0, None)
    result = app.test_cli_runner().invoke(args=["recruit", "rebuild-counters"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert report.headline(hubei) == before
        assert (before["employers_posting"], before["positions_posted"], before["placements"]) == (2, 6, 1)
        assert reconcile() == []
    # the write path goes on from the rebuilt state
    make_vacancy(employer, headcount=1)
    with app.app_context():
        assert report.headline(hubei)["positions_posted"] == 7
        assert reconcile() == []


def test_editing_a_counted_vacancy_moves_its_counts_and_its_employer(app, make_employer, make_vacancy):
    wuhan = make_employer("武汉丙公司", "420102")
    first = make_vacancy(wuhan, headcount=3, region_code="420102")
    second = make_vacancy(wuhan, headcount=2, region_code="420102")

    def edit(vacancy, **changes):
        r = wuhan.client.patch(f"/api/v1/employers/me/vacancies/{vacancy['id']}", headers=wuhan.headers,
                               json=changes)
        assert r.status_code == 200, r.get_json()

    def figures(region):
        with app.app_context():
            day = clock.today()
            h = report.headline(report.ReportCut(start=day, end=day, region_prefix=region))
            return h["employers_posting"], h["vacancies_published"], h["positions_posted"]

    edit(first, headcount=8)  # a light edit: stays published, positions follow
    assert figures("420102") == (1, 2, 10)
    edit(first, region_code="440103")  # re-reviewed, and counted in Guangzhou now
    assert figures("420102") == (1, 1, 2) and figures("44") == (1, 1, 8)
    edit(second, region_code="440106", occupation_code="4-02")
    assert figures("42") == (0, 0, 0) and figures("44") == (1, 2, 10)
    with app.app_context():
        day = clock.today()
        assert report.totals(report.ReportCut(start=day, end=day, occupation="4-02"))["positions_posted"] == 2
        assert reconcile() == []
