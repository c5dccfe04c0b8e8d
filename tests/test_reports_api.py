"""Report API and CLI: periods or as-of dates, cuts, breakdowns, CSV, the sentence, scope."""

import csv
import io
import json

import pytest

from recruit import clock


@pytest.fixture
def events(app, make_employer, make_jobseeker, make_vacancy):
    wuhan = make_employer("武汉甲公司", "420102")
    shenzhen = make_employer("深圳乙公司", "440303")
    v1 = make_vacancy(wuhan, headcount=4, region_code="420102")
    make_vacancy(wuhan, headcount=6, region_code="420111")
    v3 = make_vacancy(shenzhen, headcount=20, region_code="440303")
    seeker = make_jobseeker("王芳", birth="19980101")
    a = seeker.post(f"/api/v1/vacancies/{v1['id']}/applications").get_json()
    seeker.post(f"/api/v1/vacancies/{v3['id']}/applications", json={"channel": "recommendation"})
    wuhan.post(f"/api/v1/applications/{a['id']}/hire")
    with app.app_context():
        return clock.today().isoformat()


def test_operator_gets_their_region_and_admin_the_country(make_staff, events):
    operator = make_staff("operator", "4201")
    r = operator.get("/api/v1/reports/headline", query_string={"as_of": events})
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["region_prefix"] == "4201" and body["start"] is None
    assert (body["employers_posting"], body["positions_posted"], body["resumes_submitted"],
            body["placements"]) == (1, 10, 1, 1)
    admin = make_staff("admin")
    whole = admin.get("/api/v1/reports/headline", query_string={"start": events, "end": events})
    assert whole.get_json()["positions_posted"] == 30
    assert whole.get_json()["employers_posting"] == 2
    campaign = admin.get("/api/v1/reports/headline",
                         query_string={"as_of": events, "campaign_id": "3"})
    assert campaign.status_code == 200 and campaign.get_json()["campaign_id"] == 3
    assert campaign.get_json()["resumes_submitted"] == 0
    cut = admin.get("/api/v1/reports/headline",
                    query_string={"as_of": events, "channel": "recommendation"}).get_json()
    assert cut["resumes_submitted"] == 1 and cut["positions_posted"] is None


@pytest.mark.parametrize("path", ["/api/v1/reports/headline", "/api/v1/reports/breakdown",
                                  "/api/v1/reports/export.csv", "/api/v1/reports/sentence"])
def test_operators_outside_their_region_are_refused(make_staff, events, path):
    operator = make_staff("operator", "4201")
    r = operator.get(path, query_string={"as_of": events, "region": "44", "by": "day"})
    assert r.status_code == 403 and r.get_json()["code"] == "out_of_region"


def test_breakdowns_by_day_and_by_region(make_staff, events):
    admin = make_staff("admin")
    r = admin.get("/api/v1/reports/breakdown",
                  query_string={"start": events, "end": events, "by": "day"})
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["by"] == "day" and body["positions_posted"] == 30
    assert [(row["key"], row["positions_posted"], row["employers_posting"])
            for row in body["rows"]] == [(events, 30, 2)]
    rows = admin.get("/api/v1/reports/breakdown", query_string={
        "as_of": events, "by": "region", "region": "42"}).get_json()["rows"]
    assert [(row["key"], row["positions_posted"], row["employers_posting"]) for row in rows] == [
        ("4201", 10, 1)]


def test_csv_export_matches_the_api(make_staff, events):
    operator = make_staff("operator", "42")
    r = operator.get("/api/v1/reports/export.csv", query_string={"as_of": events, "by": "region"})
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert "attachment" in r.headers["Content-Disposition"]
    text = r.get_data(as_text=True)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [(row["by"], row["key"], row["region_prefix"], row["positions_posted"], row["placements"])
            for row in rows] == [("region", "4201", "42", "10", "1")]
    totals = operator.get("/api/v1/reports/export.csv", query_string={
        "as_of": events, "group": "veteran"}).get_data(as_text=True)
    (row,) = list(csv.DictReader(io.StringIO(totals.lstrip("\ufeff"))))
    # a figure that does not apply to a group cut is left empty, not 0
    assert row["group"] == "veteran" and row["positions_posted"] == "" and row["placements"] == "0"


def test_sentence(make_staff, events):
    admin = make_staff("admin")
    r = admin.get("/api/v1/reports/sentence", query_string={"as_of": events})
    assert r.status_code == 200
    assert r.get_json()["sentence"].endswith("2家用人单位发布岗位信息30人次，劳动者投递求职简历2份")


@pytest.mark.parametrize(("query", "field"), [
    ({"start": "2020-01-01"}, "end"),
    ({"as_of": "2020-06-30", "start": "2020-01-01"}, "as_of"),
    ({"start": "2020-07-01", "end": "2020-06-30"}, "start"),
    ({"as_of": "2020-06-31"}, "as_of"),
    ({"as_of": "2020-06-30", "group": "astronaut"}, "group"),
    ({"as_of": "2020-06-30", "occupation": "6-31-01"}, "occupation"),
    ({"as_of": "2020-06-30", "industry": "c38"}, "industry"),
    ({"as_of": "2020-06-30", "campaign_id": "0"}, "campaign_id"),
    ({"as_of": "2020-06-30", "channel": "fax"}, "channel"),
    ({"as_of": "2020-06-30", "region": "4299"}, "region"),
])
def test_bad_input_is_422_naming_the_field(make_staff, query, field):
    admin = make_staff("admin")
    r = admin.get("/api/v1/reports/headline", query_string=query)
    assert r.status_code == 422, r.get_json()
    assert field in r.get_json()["errors"]["query"]
    r = admin.get("/api/v1/reports/breakdown", query_string={"as_of": "2020-06-30", "by": "week"})
    assert r.status_code == 422 and "by" in r.get_json()["errors"]["query"]


def test_cli_report_in_json_csv_and_sentence(app, events):
    runner = app.test_cli_runner()
    r = runner.invoke(args=["recruit", "report", "--as-of", events, "--region", "42"])
    assert r.exit_code == 0, r.output
    (totals,) = json.loads(r.output)
    assert totals["positions_posted"] == 10 and totals["employers_posting"] == 1
    r = runner.invoke(args=["recruit", "report", "--as-of", events, "--by", "channel",
                            "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert {row["key"]: row["resumes_submitted"] for row in rows} == {
        "": "0", "search": "1", "recommendation": "1"}
    r = runner.invoke(args=["recruit", "report", "--as-of", events, "--format", "sentence"])
    assert "2家用人单位发布岗位信息30人次" in r.output
    r = runner.invoke(args=["recruit", "report", "--as-of", events, "--group", "astronaut"])
    assert r.exit_code == 2 and "group" in r.output
