"""The demo loader goes through the services: counters and the index agree with the rows."""

from sqlalchemy import func, select

from recruit import clock, demo
from recruit.extensions import db
from recruit.reporting import report
from recruit.search import mappings
from recruit.search.client import es
from recruit.vacancies.models import Vacancy
from tests.factories import sync_search


def test_demo_data_is_consistent(app, search):
    with app.app_context():
        # one ad in 4 held back, so even a small load has work for the review queue
        made = demo.load(employers_n=6, jobseekers_n=5, progress=False, held_every=4)
        assert made["employers"] == 6 and made["jobseekers"] == 5
        held = db.session.scalars(select(Vacancy).where(Vacancy.status == "pending_review")).all()
        assert made["held_for_review"] == len(held) == made["vacancies"] // 4 > 0
        assert all(v.screen_hits for v in held)
        published = Vacancy.status == "published"
        headcount = db.session.scalar(select(func.sum(Vacancy.headcount)).where(published))
        posting = db.session.scalar(select(func.count(func.distinct(Vacancy.employer_id))).where(published))
        day = clock.today()
        figures = report.headline(start=day, end=day, region_prefix=None)
        assert figures["employers_posting"] == posting
        assert figures["positions_posted"] == headcount
        assert figures["vacancies_published"] == made["vacancies"] - made["held_for_review"]
        from recruit.jobseekers.models import Jobseeker

        assert all(j.skills and j.expected_salary for j in db.session.scalars(select(Jobseeker)))
        logins = dict(demo.sample_logins())
        assert set(logins) == {"employer", "jobseeker", "operator", "admin"}
    sync_search(app)
    with app.app_context():
        assert es().count(index=mappings.alias("vacancies"))["count"] == made["vacancies"] - len(held)


def test_loading_twice_adds_instead_of_colliding(app):
    with app.app_context():
        demo.load(employers_n=2, jobseekers_n=2, progress=False)
        demo.load(employers_n=2, jobseekers_n=2, progress=False)
        assert demo.has_data()
        from recruit.employers.models import Employer

        assert db.session.scalar(select(func.count()).select_from(Employer)) == 4


def test_demo_activity_fills_the_reports_consistently(app, search):
    from recruit.campaigns.models import CampaignPush
    from recruit.reporting.reconcile import reconcile

    with app.app_context():
        demo.load(employers_n=8, jobseekers_n=12, progress=False)
        made = demo.activity(progress=False)
        assert made["applications"] > 0
        day = clock.today()
        figures = report.headline(start=day, end=day, region_prefix=None)
        assert figures["resumes_submitted"] == made["applications"]
        assert figures["placements"] == made["hires"]
        assert db.session.scalar(select(func.count()).select_from(CampaignPush)) == made["pushes"]
        assert reconcile() == []


def test_demo_agencies_post_for_the_employers_that_authorised_them(app):
    from recruit.accounts.models import Account
    from recruit.employers.models import AgencyAuthorisation, Employer

    with app.app_context():
        made = demo.load(employers_n=6, jobseekers_n=1, progress=False, agencies_n=1)
        assert (made["agencies"], made["agency_postings"]) == (1, 10)  # 5 clients, 2 postings each
        agency = db.session.scalar(select(Employer).where(Employer.is_agency.is_(True)))
        posted = db.session.scalars(select(Vacancy).where(Vacancy.agency_id == agency.id)).all()
        clients = set(db.session.scalars(select(AgencyAuthorisation.employer_id).where(
            AgencyAuthorisation.agency_id == agency.id)))
        assert len(posted) == 10 and len(clients) == 5
        assert {v.employer_id for v in posted} == clients  # each names a client, never the agency
        assert dict(demo.sample_logins())["agency"] == db.session.scalar(select(Account.phone).where(
            Account.employer_id == agency.id))
        # the default keeps one agency per hundred employers
        assert demo.load(employers_n=2, jobseekers_n=0, progress=False)["agencies"] == 0


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
