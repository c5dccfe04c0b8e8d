"""The demo replays the 100-day campaign: a curve with the sessions' peaks, campaign counters
equal to what attribution gives at each event's moment, key enterprises with commissioners in
every demo region, counters that reconcile and an index that agrees with the rows."""

import datetime as dt
import statistics

from sqlalchemy import func, select

from recruit import clock, demo
from recruit.accounts.models import Account
from recruit.applications.models import Application, ApplicationEvent
from recruit.campaigns import rules
from recruit.campaigns.models import Campaign, CampaignPush
from recruit.demo import replay, story
from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.reporting import key_enterprises, report
from recruit.reporting.reconcile import reconcile
from recruit.reporting.sentence import chinese_figure, date_phrase
from recruit.search import consistency, mappings
from recruit.vacancies.models import Vacancy

SMALL = {"employers_n": 30, "jobseekers_n": 120, "vacancies_n": 400, "applications_n": 900}


def _window(daily: dict, first: dt.date, days: range) -> float:
    return sum(daily.get(first + dt.timedelta(days=d), 0) for d in days) / len(days)


def test_the_replay_tells_the_campaign_and_stays_consistent(app, search):
    with app.app_context():
        made = replay.replay(**SMALL, progress=False)
        first, today = story.start_day(), clock.today()
        sessions = db.session.scalars(select(Campaign).order_by(Campaign.starts_at)).all()
        plan = story.sessions(today.year)
        assert [c.name for c in sessions] == [s.name for s in plan]

        # the curve: 100 days, more than one point, each session's opening above the days before
        rows = report.breakdown(report.ReportCut(start=first, end=today), "day")
        daily = {dt.date.fromisoformat(str(r["key"])): r["vacancies_published"] for r in rows}
        assert min(daily) == first and max(daily) == today and len(daily) > 50
        for s in plan:
            opening = _window(daily, first, range(s.first_day, s.first_day + 3))
            before = _window(daily, first, range(s.first_day - 3, s.first_day))
            assert opening > before, (s.name, opening, before)
        assert max(daily.values()) > 2 * statistics.median(daily.values())
        # every event at its own moment: nothing on a day the campaign had not begun
        assert db.session.scalar(select(func.min(Vacancy.published_at))) >= story.moment(first, 0)

        # campaign counters equal the attribution at each event's moment (rules.rule_matches,
        # not the SQL that recorded it), and every session counted something
        counters = report.campaign_counters([c.id for c in sessions])
        expected = {c.id: {"vacancies": 0, "applications": 0, "hires": 0} for c in sessions}

        def count(vacancy: Vacancy, at: dt.datetime, figure: str) -> None:
            for c in sessions:
                if c.starts_at <= at < c.ends_at and rules.rule_matches(c, vacancy):
                    expected[c.id][figure] += 1

        for v in db.session.scalars(select(Vacancy).where(Vacancy.published_at.is_not(None))):
            count(v, v.published_at, "vacancies")
        for a in db.session.scalars(select(Application)):
            count(a.vacancy, a.created_at, "applications")
        for e, a in db.session.execute(select(ApplicationEvent, Application).join(Application).where(
                ApplicationEvent.to_status == "hired")):
            count(a.vacancy, e.at, "hires")
        for c in sessions:
            got = {k: counters[c.id][k] for k in ("vacancies", "applications", "hires")}
            assert got == expected[c.id], c.name
            assert all(got.values()) and counters[c.id]["employers"] > 0, (c.name, got)
        assert made["hires"] == report.totals(report.ReportCut(start=first, end=today))["placements"] > 0

        # key enterprises with a commissioner in every demo region, Wuhan's served by its operator
        operator = db.session.scalar(select(Account).where(Account.phone == "13800000002"))
        for region in [*demo.PROVINCE_WEIGHTS, replay.WUHAN]:
            listed = key_enterprises.by_enterprise(region)
            assert listed and all(e["commissioner"] for e in listed), region
        wuhan = db.session.scalars(select(Employer).where(Employer.is_key_enterprise.is_(True),
                                                          Employer.region_code.startswith("4201"))).all()
        assert wuhan and {e.commissioner_id for e in wuhan} == {operator.id}

        # counters reconcile, the index agrees with the rows, the running session pushed
        assert reconcile() == []
        for index in mappings.INDICES:
            drift = consistency.check(index, sample=50, seed=1)
            assert drift["ok"], (index, drift)
        assert made["pushes"] == db.session.scalar(select(func.count()).select_from(CampaignPush)) > 0


def test_the_report_sentence_reads_the_replayed_figures(app, search):
    with app.app_context():
        replay.replay(**SMALL, progress=False, seed=7)
        published = Vacancy.published_at.is_not(None)
        employers = db.session.scalar(select(func.count(func.distinct(Vacancy.employer_id))).where(published))
        positions = db.session.scalar(select(func.sum(Vacancy.headcount)).where(published))
        resumes = db.session.scalar(select(func.count()).select_from(Application))
    today = clock.today()
    result = app.test_cli_runner().invoke(
        args=["recruit", "report", "--format", "sentence", "--as-of", today.isoformat()])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        f"截至{date_phrase(today)}，{chinese_figure(employers)}家用人单位发布岗位信息"
        f"{chinese_figure(positions)}人次，劳动者投递求职简历{chinese_figure(resumes)}份")


def test_demo_data_if_empty_loads_once_and_prints_logins_once(app, search):
    runner = app.test_cli_runner()
    small = ["--employers", "12", "--jobseekers", "30", "--vacancies", "120", "--applications", "200"]
    first = runner.invoke(args=["recruit", "demo-data", "--if-empty", *small])
    assert first.exit_code == 0, first.output
    passwords = [line.split("password ")[1] for line in first.output.splitlines()
                 if line.startswith("demo login")]
    assert len(passwords) == 5 and len(set(passwords)) == 3  # staff each their own, samples one
    with app.app_context():
        accounts = db.session.scalar(select(func.count()).select_from(Account))
    again = runner.invoke(args=["recruit", "demo-data", "--if-empty", *small])
    assert again.exit_code == 0 and "already has data" in again.output
    assert not any(p in again.output for p in passwords)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Account)) == accounts


def test_demo_staff_get_random_passwords_shown_once(app, client):
    """Item 2 of issue 13: no published password; each staff account its own, seen only when made."""
    with app.app_context():
        made = demo.staff()
        again = demo.staff()
    assert [role for role, _, _ in made] == ["admin", "operator"] and again == []
    passwords = [password for _, _, password in made]
    assert len(set(passwords)) == 2 and all(len(p) >= 16 for p in passwords)
    (_, admin_phone, admin_password), (_, operator_phone, operator_password) = made
    ok = client.post("/api/v1/auth/login", json={"phone": operator_phone, "password": operator_password})
    assert ok.status_code == 200, ok.get_json()
    wrong = client.post("/api/v1/auth/login", json={"phone": operator_phone, "password": admin_password})
    assert wrong.status_code == 401


def test_the_calendar_is_100_days_and_counts_add_up():
    first = dt.date(2026, 8, 21)
    plan = story.sessions(2026)
    counts = story.daily_counts(1000, first, plan)
    assert len(counts) == story.DAYS and sum(counts) == 1000
    assert story.moment(first, 0).astimezone(clock.CST).isoformat() == "2026-08-21T00:00:00+08:00"
    for s in plan:  # each session opens above the three days before it
        assert sum(counts[s.first_day:s.first_day + 3]) > sum(counts[s.first_day - 3:s.first_day])
