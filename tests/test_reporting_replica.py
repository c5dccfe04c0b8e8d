"""Reports, exports and the dashboard read through REPORTING_DATABASE_URL when it is set.

No standby in CI: the "standby" here is a second engine on the test database, as the application's
role when deploy/test.sh made one (else the owner), read-only like the real one. The statements
each engine runs are recorded from the engines' own events, so the test sees where reads went.
"""

from __future__ import annotations

import os

import psycopg
import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from recruit import clock, replica
from recruit.audit.models import AuditEntry
from recruit.extensions import db
from tests.factories import PASSWORD

COUNTER_TABLES = ("counter_rollups", "counter_cells", "employer_reach")


def _second_role_url(app) -> str:
    """The application's role on the tests' database (a role of its own), else the owner again."""
    own = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    other = os.environ.get("TEST_APP_DATABASE_URL")
    url = make_url(other).set(database=own.database) if other else own
    return url.render_as_string(hide_password=False)


class Recorder:
    def __init__(self) -> None:
        self.statements: list[str] = []

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.statements.append(statement)

    def touched_counters(self) -> bool:
        return any(t in s for s in self.statements for t in COUNTER_TABLES)


@pytest.fixture
def reporting(app):
    """REPORTING_DATABASE_URL pointed at a second, read-only connection; statements recorded."""
    url = _second_role_url(app)
    role = make_url(url).username
    with app.app_context(), db.engine.begin() as conn:
        # what a reporting role needs; deploy/postgres.sh grants the app's role more on the test
        # database it makes, a database given by TEST_DATABASE_URL has none: lent for this test only
        lent = not conn.scalar(text("select has_schema_privilege(:r, 'public', 'USAGE')"), {"r": role})
        if lent:
            conn.execute(text(f'grant usage on schema public to "{role}"'))
            conn.execute(text(f'grant select on all tables in schema public to "{role}"'))
    app.config["REPORTING_DATABASE_URL"] = url
    primary, reads = Recorder(), Recorder()
    with app.app_context():
        primary_engine, reads_engine = db.engine, replica.engine()
    event.listen(primary_engine, "before_cursor_execute", primary)
    event.listen(reads_engine, "before_cursor_execute", reads)
    yield primary, reads
    event.remove(primary_engine, "before_cursor_execute", primary)
    event.remove(reads_engine, "before_cursor_execute", reads)
    app.config["REPORTING_DATABASE_URL"] = None
    replica.dispose(app)
    if lent:
        with app.app_context(), db.engine.begin() as conn:
            conn.execute(text(f'revoke select on all tables in schema public from "{role}"'))
            conn.execute(text(f'revoke usage on schema public from "{role}"'))


@pytest.fixture
def posted(app, make_employer, make_jobseeker, make_vacancy):
    employer = make_employer("武汉甲公司", "420102")
    vacancy = make_vacancy(employer, headcount=4, region_code="420102")
    seeker = make_jobseeker("王芳", birth="19980101")
    assert seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications").status_code == 201
    with app.app_context():
        return clock.today().isoformat()


def test_without_the_setting_reports_read_the_primary_and_say_nothing_of_lag(app, make_staff, posted):
    assert not app.config.get("REPORTING_DATABASE_URL")
    r = make_staff("admin").get("/api/v1/reports/headline", query_string={"as_of": posted})
    assert r.status_code == 200 and r.get_json()["positions_posted"] == 4
    assert "X-Data-Lag-Seconds" not in r.headers
    with app.app_context():
        assert replica.session() is db.session and replica.lag_seconds() is None


def test_reports_and_exports_read_through_the_reporting_connection(app, make_staff, posted, reporting):
    primary, reads = reporting
    admin = make_staff("admin")
    primary.statements.clear()
    r = admin.get("/api/v1/reports/headline", query_string={"as_of": posted})
    assert r.status_code == 200, r.get_json()
    assert (r.get_json()["positions_posted"], r.get_json()["resumes_submitted"]) == (4, 1)
    # a primary is never behind itself; a standby says its replay delay
    assert r.headers["X-Data-Lag-Seconds"] == "0"
    rows = admin.get("/api/v1/reports/breakdown",
                     query_string={"as_of": posted, "by": "region"}).get_json()["rows"]
    assert [(row["key"], row["positions_posted"]) for row in rows] == [("42", 4)]
    assert reads.touched_counters()
    assert not primary.touched_counters(), [s for s in primary.statements if "counter" in s]

    # the export reads there too, and its audit row (a write) still lands on the primary
    reads.statements.clear()
    r = admin.get("/api/v1/reports/export.csv", query_string={"as_of": posted, "by": "region"})
    assert r.status_code == 200 and "region,42," in r.get_data(as_text=True)
    assert reads.touched_counters() and not primary.touched_counters()
    assert not any(s.lstrip().lower().startswith("insert") for s in reads.statements)
    assert any("insert into audit_log" in s.lower() for s in primary.statements)
    with app.app_context():
        assert db.session.scalar(select(AuditEntry.action).where(AuditEntry.action == "report.export"))


def test_the_reporting_connection_is_read_only_and_a_role_of_its_own(app, reporting):
    with app.app_context():
        reads = replica.session()
        assert reads is not db.session
        user, read_only, name = reads.execute(text(
            "select current_user, current_setting('transaction_read_only'),"
            " current_setting('application_name')")).one()
        assert (read_only, name) == ("on", "recruit-reporting")
        assert user == make_url(app.config["REPORTING_DATABASE_URL"]).username
        with pytest.raises(DBAPIError) as refused:
            reads.execute(text("insert into audit_log (actor_role, action, target_type) "
                               "values ('admin', 'x', 'x')"))
        assert isinstance(refused.value.orig, psycopg.errors.ReadOnlySqlTransaction)


def test_the_dashboard_reads_there_and_states_the_lag(app, client, make_staff, posted, reporting):
    primary, reads = reporting
    operator = make_staff("operator", "42")  # admins need a second factor on the pages
    page = client.get("/ops/login")
    token = page.get_data(as_text=True).split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/ops/login", data={"phone": operator.extra["phone"], "password": PASSWORD,
                                        "csrf_token": token})
    if r.status_code != 302:
        pytest.fail(r.get_data(as_text=True)[:500])
    primary.statements.clear()
    reads.statements.clear()
    html = client.get("/ops/").get_data(as_text=True)
    assert 'id="data-lag"' in html and "比主库晚约 0 秒" in html
    assert reads.touched_counters() and not primary.touched_counters()


def test_an_unreachable_standby_falls_back_to_the_primary(app, make_staff, posted):
    # a port nothing listens on: the connection is refused at once
    app.config["REPORTING_DATABASE_URL"] = "postgresql+psycopg://nobody:x@127.0.0.1:1/none"
    try:
        r = make_staff("admin").get("/api/v1/reports/headline", query_string={"as_of": posted})
        assert r.status_code == 200 and r.get_json()["positions_posted"] == 4
        assert "X-Data-Lag-Seconds" not in r.headers
    finally:
        app.config["REPORTING_DATABASE_URL"] = None
        replica.dispose(app)
