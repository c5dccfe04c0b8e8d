"""Key enterprises' demand, and the operator dashboard in a real headless browser."""

from tests.factories import PASSWORD
from tests.test_browser import browser, live_url  # noqa: F401 - shared fixtures


def _hire(employer, seeker, vacancy_id):
    application = seeker.post(f"/api/v1/vacancies/{vacancy_id}/applications").get_json()
    r = employer.post(f"/api/v1/applications/{application['id']}/hire")
    assert r.status_code == 200, r.get_json()


def test_key_enterprise_demand_against_hires(client, make_employer, make_vacancy, make_jobseeker,
                                             make_staff):
    operator = make_staff("operator", "4201")
    key = make_employer("武汉重点制造有限公司")
    plain = make_employer("普通商贸公司")
    far = make_employer("襄阳重点企业", region="420602")
    for employer in (key, far):
        r = operator.client.patch(f"/api/v1/employers/{employer.extra['employer']['id']}/flags",
                                  headers=(operator if employer is key else make_staff("admin")).headers,
                                  json={"is_key_enterprise": True, "commissioner_id": operator.account["id"]})
        assert r.status_code == 200, r.get_json()
    v1 = make_vacancy(key, headcount=5)["id"]
    make_vacancy(key, headcount=3)
    make_vacancy(plain, headcount=9)
    make_vacancy(far, headcount=4)
    _hire(key, make_jobseeker("甲", birth="19900101"), v1)
    _hire(key, make_jobseeker("乙", birth="19910101"), v1)

    r = operator.get("/api/v1/reports/key-enterprises")
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["region_prefix"] == "4201"
    assert [(e["name"], e["open_headcount"], e["hires"], e["commissioner"]) for e in body["enterprises"]] == [
        ("武汉重点制造有限公司", 6, 2, "王科员")]
    assert body["regions"] == [{"region": "420102", "enterprises": 1, "open_headcount": 6, "hires": 2}]
    assert operator.get("/api/v1/reports/key-enterprises", query_string={"region": "42"}).status_code == 403
    admin = make_staff("admin")
    national = admin.get("/api/v1/reports/key-enterprises").get_json()
    assert {r["region"]: r["open_headcount"] for r in national["regions"]} == {"42": 10}


def test_the_dashboard_is_for_staff_only(client, make_employer):
    r = client.get("/ops/")
    assert r.status_code == 302 and r.headers["Location"].endswith("/ops/login")
    employer = make_employer()
    page = client.get("/ops/login")
    token = page.get_data(as_text=True).split('name="csrf_token" value="')[1].split('"')[0]
    from recruit.accounts.models import Account
    from recruit.extensions import db

    with client.application.app_context():
        phone = db.session.get(Account, employer.account["id"]).phone
    r = client.post("/ops/login", data={"phone": phone, "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 401 and "仅供人社部门工作人员" in r.get_data(as_text=True)
    assert client.post("/ops/login", data={"phone": phone, "password": PASSWORD}).status_code == 400


def test_dashboard_charts_render_and_the_table_matches_the_report_api(
        app, browser, live_url, make_staff, make_employer, make_vacancy, make_jobseeker):  # noqa: F811
    from recruit.accounts.models import Account
    from recruit.extensions import db

    operator = make_staff("operator", "4201")
    employer = make_employer()
    make_vacancy(employer, headcount=3, region_code="420102")
    v = make_vacancy(employer, headcount=2, region_code="420106")["id"]
    _hire(employer, make_jobseeker("丙", birth="19920101"), v)
    operator.post("/api/v1/campaigns", json={
        "name": "农民工返岗专场", "kind": "migrant_workers", "target_groups": ["migrant_worker"],
        "starts_at": "2020-02-01T00:00:00+08:00", "ends_at": "2099-01-01T00:00:00+08:00"})
    with app.app_context():
        phone = db.session.get(Account, operator.account["id"]).phone

    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(15_000)
    page.goto(live_url + "/ops/login")
    page.fill("#phone", phone)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("body[data-charts=ready]")
    # the charts drew with the data: ECharts holds the series and painted a canvas for each
    assert page.eval_on_selector_all(".chart canvas", "els => els.length") >= 3
    charted = page.evaluate("""() => {
        const daily = echarts.getInstanceByDom(document.getElementById('chart-daily')).getOption();
        const region = echarts.getInstanceByDom(document.getElementById('chart-region')).getOption();
        const funnel = echarts.getInstanceByDom(document.getElementById('chart-funnel')).getOption();
        return {days: daily.xAxis[0].data, series: daily.series.map(s => s.data),
                regions: region.xAxis[0].data, funnels: funnel.series.map(s => s.name)};
    }""")
    table = page.eval_on_selector_all(
        "#daily-table tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.textContent.trim()))")
    queues = page.text_content("#task-queues")
    page.context.close()
    # the background work's line: queue depth and the search outbox
    assert "排队：default" in queues and "maintenance" in queues and "搜索待同步" in queues, queues

    day = charted["days"][-1]
    api = operator.get("/api/v1/reports/breakdown", query_string={"by": "day", "start": day, "end": day})
    assert api.status_code == 200, api.get_json()
    rows = api.get_json()["rows"] if isinstance(api.get_json(), dict) else api.get_json()
    expected = [[r["key"], str(r["positions_posted"] or 0), str(r["resumes_submitted"]), str(r["placements"])]
                for r in rows]
    assert table == expected and expected == [[day, "5", "1", "1"]]
    assert [s[-1] for s in charted["series"]] == [5, 1, 1]
    assert charted["regions"] == ["湖北省武汉市江岸区", "湖北省武汉市武昌区"]
    assert charted["funnels"] == ["农民工返岗专场"]
