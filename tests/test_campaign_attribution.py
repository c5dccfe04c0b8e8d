"""Campaign attribution (issue 16, item 1): an event counts for every campaign whose rules or
enrolment held at that moment, recorded with it; campaigns carry live counters; every report's
campaign cut is right and reconciliation rebuilds it from the recorded attribution."""

from __future__ import annotations

import datetime as dt
import io
import random

from sqlalchemy import event, select, update

from recruit import clock
from recruit.applications.models import Application, ApplicationEvent
from recruit.campaigns import rules
from recruit.campaigns.models import Campaign, CampaignVacancy
from recruit.campaigns.schemas import PUBLIC_GROUP_THRESHOLD
from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.jobseekers.models import JobseekerGroup
from recruit.models_base import utcnow
from recruit.reporting import report
from recruit.reporting.reconcile import reconcile
from recruit.vacancies.models import Vacancy


def _window(start_days=-1, end_days=30) -> dict:
    now = dt.datetime.now(dt.UTC)
    return {"starts_at": (now + dt.timedelta(days=start_days)).isoformat(),
            "ends_at": (now + dt.timedelta(days=end_days)).isoformat()}


def _campaign(staff, **fields) -> int:
    body = {"name": "高校毕业生专场", "kind": "graduates", **_window(), **fields}
    r = staff.post("/api/v1/campaigns", json=body)
    assert r.status_code == 201, r.get_json()
    return r.get_json()["id"]


def _verify(app, jobseeker_id: int, *groups: str) -> None:
    with app.app_context():
        for group in groups:
            db.session.add(JobseekerGroup(jobseeker_id=jobseeker_id, group=group, source="declared",
                                          status="verified"))
        db.session.commit()


def _apply(seeker, vacancy_id: int) -> int:
    r = seeker.post(f"/api/v1/vacancies/{vacancy_id}/applications", json={})
    assert r.status_code == 201, r.get_json()
    return r.get_json()["id"]


def test_events_count_for_the_campaigns_that_held_when_they_happened(
        app, client, make_employer, make_vacancy, make_jobseeker, make_staff):
    operator, admin = make_staff("operator", "4201"), make_staff("admin")
    # veterans welcomed in Wuhan (the operator's region); a national one by occupation; one
    # that has not begun
    veterans = _campaign(operator, name="退役军人专场", kind="region", target_groups=["veteran"])
    electric = _campaign(admin, name="电工专场", kind="industry", occupations=["6-31"],
                         rule_welcomes_group=False, rule_occupation=True)
    later = _campaign(admin, name="下月专场", kind="industry", occupations=["6"],
                      rule_welcomes_group=False, rule_occupation=True, **_window(5, 30))
    wuhan = make_employer("武汉甲公司", "420102")
    both = make_vacancy(wuhan, headcount=4, welcomed_groups=["veteran"], occupation_code="6-31")["id"]
    electric_only = make_vacancy(wuhan, headcount=2, region_code="420106")["id"]
    neither = make_vacancy(wuhan, headcount=7, occupation_code="4-01", title="行政文员")["id"]
    guangzhou = make_employer("广州乙公司", "440103")
    far = make_vacancy(guangzhou, headcount=5, region_code="440103", welcomed_groups=["veteran"],
                       occupation_code="4-01", title="仓库管理员")["id"]
    with app.app_context():
        recorded = dict(db.session.execute(select(Vacancy.id, Vacancy.published_campaign_ids)).all())
    assert recorded == {both: [veterans, electric], electric_only: [electric], neither: [], far: []}

    # the employer enrols `neither` in the veterans' session after its publication: its
    # publication stays uncounted there, its applications from now on count
    r = wuhan.post(f"/api/v1/campaigns/{veterans}/enrolments", json={"vacancy_id": neither})
    assert r.status_code == 201, r.get_json()
    # the operator takes `both` out of the veterans' session: from now on it counts only by occupation
    seekers = [make_jobseeker(f"求职者{i}", birth=f"199{i}0101") for i in range(3)]
    _verify(app, seekers[0].extra["profile"]["id"], "veteran", "disabled")
    _verify(app, seekers[1].extra["profile"]["id"], "veteran")
    first = _apply(seekers[0], both)  # veterans + electric
    second = _apply(seekers[1], both)
    assert operator.client.delete(f"/api/v1/campaigns/{veterans}/members/{both}",
                                  headers=operator.headers).status_code == 200
    third = _apply(seekers[2], both)  # electric only
    fourth = _apply(seekers[0], neither)  # veterans (enrolled)
    _apply(seekers[1], far)  # none
    assert wuhan.post(f"/api/v1/applications/{first}/hire").status_code == 200  # electric only now
    assert wuhan.post(f"/api/v1/applications/{fourth}/hire").status_code == 200  # veterans
    r = seekers[1].post(f"/api/v1/me/applications/{second}/withdraw", json={})
    assert r.status_code == 200
    with app.app_context():
        submitted = dict(db.session.execute(select(Application.id, Application.campaign_ids)).all())
        assert submitted[first] == [veterans, electric] and submitted[second] == [veterans, electric]
        assert submitted[third] == [electric] and submitted[fourth] == [veterans]
        steps = {(e.application_id, e.to_status): e.campaign_ids for e in db.session.scalars(
            select(ApplicationEvent).where(ApplicationEvent.to_status.in_(("hired", "withdrawn"))))}
        assert steps == {(first, "hired"): [electric], (fourth, "hired"): [veterans],
                         (second, "withdrawn"): [electric]}
        assert reconcile() == []
        figures = report.campaign_counters([veterans, electric, later])
    assert figures[veterans] == {"vacancies": 1, "positions": 4, "employers": 1, "applications": 3,
                                 "withdrawals": 0, "hires": 1, "hires_by_group": {"veteran": 1,
                                                                                  "disabled": 1, "hubei": 1}}
    assert figures[electric] == {"vacancies": 2, "positions": 6, "employers": 1, "applications": 3,
                                 "withdrawals": 1, "hires": 1, "hires_by_group": {"veteran": 1,
                                                                                  "disabled": 1, "hubei": 1}}
    assert figures[later] == {"vacancies": 0, "positions": 0, "employers": 0, "applications": 0,
                              "withdrawals": 0, "hires": 0, "hires_by_group": {}}

    # the campaign cut of the reports, every way of asking
    with app.app_context():
        day = clock.today()
        for prefix in (None, "42", "4201", "420102"):
            cut = report.totals(report.ReportCut(start=day, end=day, region_prefix=prefix,
                                                 campaign_id=electric))
            assert (cut["vacancies_published"], cut["resumes_submitted"], cut["placements"]) == \
                ((2, 3, 1) if prefix != "420102" else (1, 3, 1)), prefix
        whole = report.totals(report.ReportCut(start=day, end=day, campaign_id=veterans))
        assert (whole["employers_posting"], whole["positions_posted"]) == (1, 4)
        assert report.totals(report.ReportCut(start=day, end=day, campaign_id=veterans,
                                              group="disabled"))["placements"] == 1
        assert report.totals(report.ReportCut(start=day, end=day, campaign_id=veterans, group="disabled",
                             region_prefix="42"))["placements"] == 1
        by_campaign = {r["key"]: r
                       for r in report.breakdown(report.ReportCut(start=day, end=day), "campaign")}
        assert {k: (r["positions_posted"], r["employers_posting"]) for k, r in by_campaign.items()} == \
            {str(veterans): (4, 1), str(electric): (6, 1)}
        # campaigns overlap: the campaign-less figures count each event once
        everything = report.totals(report.ReportCut(start=day, end=day))
        assert (everything["vacancies_published"], everything["resumes_submitted"]) == (4, 5)
        by_group = {r["key"]: r["placements"] for r in report.breakdown(report.ReportCut(start=day, end=day,
                                                                         campaign_id=electric), "group")}
        assert by_group == {"veteran": 1, "disabled": 1, "hubei": 1}  # born in Hubei (ID number)
    r = admin.get("/api/v1/reports/headline", query_string={"as_of": day.isoformat(),
                                                            "campaign_id": str(electric)})
    assert r.status_code == 200 and r.get_json()["positions_posted"] == 6
    assert r.get_json()["employers_posting"] == 1

    # the public sees counts, no sensitive group, no group below the threshold
    public = client.get(f"/api/v1/campaigns/{veterans}").get_json()["counters"]
    assert public == {"vacancies": 1, "positions": 4, "employers": 1, "applications": 3,
                      "withdrawals": 0, "hires": 1, "hires_by_group": {"veteran": None, "hubei": None}}
    listed = {c["id"]: c["counters"] for c in client.get("/api/v1/campaigns").get_json()}
    assert listed[electric]["hires_by_group"] == {"veteran": None, "hubei": None}
    staff = operator.get(f"/api/v1/operations/campaigns/{veterans}").get_json()["counters"]
    assert staff["hires_by_group"] == {"veteran": 1, "disabled": 1, "hubei": 1}
    assert {c["id"]: c["counters"]["hires"] for c in admin.get("/api/v1/operations/campaigns").get_json()} \
        == {veterans: 1, electric: 1, later: 0}
    assert operator.get(f"/api/v1/operations/campaigns/{electric}").status_code == 404  # national

    # ending a campaign or changing its rules does not move what it counted
    soon = (utcnow() + dt.timedelta(seconds=1)).isoformat()
    r = admin.client.patch(f"/api/v1/campaigns/{electric}", headers=admin.headers,
                           json={"occupations": ["4"], "ends_at": soon})
    assert r.status_code == 200, r.get_json()
    with app.app_context():
        assert report.campaign_counters([electric])[electric] == figures[electric]
        assert reconcile() == []
        # reconciliation rebuilds the campaign figures from the recorded attribution: a record
        # that disagrees with the counters is named
        db.session.execute(update(Application).where(Application.id == third)
                           .values(campaign_ids=[veterans, electric]))
        db.session.commit()
        differences = reconcile()
        assert differences and {d["key"].get("campaign_id") for d in differences
                                if d["table"] == "counter_cells"} == {veterans}
        assert any(d["table"] == "counter_rollups" and d["key"]["key"] == str(veterans)
                   for d in differences)


def test_public_group_counts_from_the_threshold_on(app):
    from recruit.campaigns.schemas import public_counters

    figures = {"vacancies": 1, "positions": 1, "employers": 1, "applications": 30, "withdrawals": 0,
               "hires": 25, "hires_by_group": {"graduate": PUBLIC_GROUP_THRESHOLD, "veteran": 3,
                                               "disabled": 40, "poverty_registered": 12,
                                               "employment_difficulty": 11}}
    assert public_counters(figures)["hires_by_group"] == {"graduate": PUBLIC_GROUP_THRESHOLD,
                                                         "veteran": None}


def test_the_sql_rules_decide_as_the_python_rules(app, make_employer):
    """campaigns_at (set-wise SQL over every campaign) agrees with rule_matches() and the
    enrolments for random campaigns and vacancies."""
    rng = random.Random(16)
    make_employer("武汉甲公司", "420102")
    make_employer("广州乙公司", "440103")
    now = utcnow()
    with app.app_context():
        employers = db.session.scalars(select(Employer)).all()
        vacancies = []
        for i in range(40):
            employer = rng.choice(employers)
            vacancies.append(Vacancy(
                employer_id=employer.id, title=f"岗位{i}", description="岗位描述，随机生成。",
                region_code=rng.choice(["420102", "420106", "440103", "110101"]),
                occupation_code=rng.choice([None, "6-31", "6-31-01-03", "4-01", "2-02"]),
                industry_code=rng.choice([None, "C38", "E47", "C13"]),
                welcomed_groups=rng.sample(["graduate", "veteran", "migrant_worker"], rng.randrange(3)),
                headcount=1, hired_count=0, salary_min=3000, salary_max=5000, status="published",
                published_at=now))
        db.session.add_all(vacancies)
        campaigns = []
        for i in range(12):
            campaigns.append(Campaign(
                name=f"专场{i}", kind="region", starts_at=now - dt.timedelta(days=1),
                ends_at=now + dt.timedelta(days=1) if i != 11 else now - dt.timedelta(hours=1),
                target_groups=rng.sample(["graduate", "veteran", "disabled"], rng.randrange(3)),
                regions=rng.sample(["42", "4201", "44", "110101"], rng.randrange(3)),
                industries=rng.sample(["C", "C38", "E"], rng.randrange(3)),
                occupations=rng.sample(["6", "6-31", "4-01"], rng.randrange(3)),
                rule_welcomes_group=rng.random() < .5, rule_employer_region=rng.random() < .5,
                rule_occupation=rng.random() < .5, rule_industry=rng.random() < .5))
        db.session.add_all(campaigns)
        db.session.flush()
        explicit = {}
        for _ in range(25):
            c, v = rng.choice(campaigns), rng.choice(vacancies)
            if (c.id, v.id) not in explicit:
                explicit[(c.id, v.id)] = rng.random() < .4
                db.session.add(CampaignVacancy(campaign_id=c.id, vacancy_id=v.id, source="operator",
                                               removed=explicit[(c.id, v.id)]))
        db.session.commit()
        got = rules.campaigns_at([v.id for v in vacancies], now)
        for v in vacancies:
            want = sorted(c.id for c in campaigns if c.state(now) == "running" and (
                not explicit[(c.id, v.id)] if (c.id, v.id) in explicit else rules.rule_matches(c, v)))
            assert got.get(v.id, []) == want, (v.id, v.region_code, v.occupation_code)
        assert any(got.values())


def test_a_bulk_import_attributes_its_chunk_in_one_statement(app, make_employer, make_staff):
    admin = make_staff("admin")
    electric = _campaign(admin, name="电工专场", kind="industry", occupations=["6-31"],
                         rule_welcomes_group=False, rule_occupation=True)
    graduates = _campaign(admin, name="毕业生专场", target_groups=["graduate"], regions=["4201"])
    employer = make_employer()
    rows = ["岗位编号,岗位名称,岗位描述,工作地点区划代码,职业代码,招聘人数,月薪下限,月薪上限,欢迎群体"]
    for i in range(30):
        rows.append(f"R{i},{'电工' if i % 3 else '文员'},负责日常工作，按时上下班，缴纳五险一金。,"
                    f"{'420102' if i % 2 else '440103'},{'6-31' if i % 3 else '4-01'},{i + 1},4000,5000,"
                    f"{'高校毕业生' if i % 5 == 0 else ''}")
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        if "published_campaign_ids" in statement:
            statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        r = employer.client.post("/api/v1/employers/me/vacancy-imports", headers=employer.headers,
                                 query_string={"submit": "true"},
                                 data={"file": (io.BytesIO("\n".join(rows).encode()), "v.csv")},
                                 content_type="multipart/form-data")
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert r.status_code == 201 and r.get_json()["created"] == 30, r.get_json()
    writes = [s for s in statements if s.lstrip().lower().startswith("update vacancies")]
    assert len(writes) == 1, statements  # the chunk's attribution: one set-wise statement
    with app.app_context():
        recorded = {ref: ids for ref, ids in db.session.execute(
            select(Vacancy.external_ref, Vacancy.published_campaign_ids))}
        for i in range(30):
            want = ([graduates] if i % 5 == 0 and i % 2 else []) + ([electric] if i % 3 else [])
            assert recorded[f"R{i}"] == sorted(want), i
        assert reconcile() == []
        figures = report.campaign_counters([electric, graduates])
    assert figures[electric]["vacancies"] == sum(1 for i in range(30) if i % 3)
    assert figures[electric]["positions"] == sum(i + 1 for i in range(30) if i % 3)
    assert figures[graduates]["positions"] == sum(i + 1 for i in range(30) if i % 5 == 0 and i % 2)
    assert figures[electric]["employers"] == 1
