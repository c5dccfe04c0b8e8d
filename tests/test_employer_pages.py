"""The employer pages people use, in a real browser at a desktop (1280 px) and a phone (390 px)
width: the province → city → county picker (with and without JavaScript), place names, the
applicant pipeline, candidate search with its masking, contact requests, the profile."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD, sync_search
from tests.test_browser import browser, live_url  # noqa: F401 - fixtures
from tests.test_search import _resume

WIDTHS = (1280, 390)


@pytest.fixture
def open_as(browser, live_url, app):  # noqa: F811
    contexts = []

    def open_(actor, width: int = 1280, javascript: bool = True):
        context = browser.new_context(viewport={"width": width, "height": 900},
                                      java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(live_url + "/employer/login")
        page.fill("#phone", actor.extra["phone"])
        page.fill("#password", PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_selector("#vacancies")
        return page

    yield open_
    for context in contexts:
        context.close()


def _fill(page, title="叉车司机"):
    page.fill("#title", title)
    page.fill("#description", "负责仓库叉车作业，持叉车证，两班倒，包吃住，缴纳五险一金。")
    page.select_option("#occupation_code", "6-30")
    page.fill("#headcount", "2")
    page.fill("#salary_min", "5000")
    page.fill("#salary_max", "7000")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_picker_reaches_a_county_less_city_and_the_lists_show_place_names(open_as, make_employer, width):
    page = open_as(make_employer(), width)
    page.click("header >> text=发布岗位")
    _fill(page)
    assert page.is_visible("#region_province")  # the cascade replaces the long list
    page.select_option("#region_province", "44")
    page.select_option("#region_city", "4419")
    assert page.input_value("#region_code") == "441900"  # 东莞: the city itself is the place
    assert page.input_value("#lat") == "" and "不含各区县的中心坐标" in page.inner_text("#point-note")
    page.click("button[value=submit]")
    page.wait_for_selector("#status")
    assert page.inner_text("#place") == "广东省东莞市"
    page.click("header >> text=岗位")
    row = page.locator("#vacancies tbody tr", has_text="叉车司机").inner_text()
    if width >= 600:
        assert "广东省东莞市" in row
    assert "441900" not in page.content().replace('value="441900"', "")


def test_the_picker_narrows_to_a_county_and_keeps_it_on_edit(open_as, make_employer):
    page = open_as(make_employer())
    page.click("header >> text=发布岗位")
    _fill(page, "仓库管理员")
    page.select_option("#region_province", "43")
    page.select_option("#region_city", "4312")
    options = page.locator("#region_code option").all_inner_texts()
    assert "沅陵县" in options and "江岸区" not in options
    page.select_option("#region_code", "431222")
    page.click("button[value=submit]")
    page.wait_for_selector("#status")
    assert page.inner_text("#place") == "湖南省怀化市沅陵县"
    page.click("text=修改")
    page.wait_for_selector("#region-cascade", state="visible")
    assert page.input_value("#region_province") == "43" and page.input_value("#region_city") == "4312"
    assert page.input_value("#region_code") == "431222"


def test_the_picker_works_without_javascript(open_as, make_employer):
    page = open_as(make_employer(), 390, javascript=False)
    page.click("header >> text=发布岗位")
    _fill(page, "中山市装配工")
    assert not page.is_visible("#region_province")  # no script: the grouped list alone
    page.select_option("#region_code", "442000")
    page.click("button[value=submit]")
    page.wait_for_selector("#status")
    assert page.inner_text("#place") == "广东省中山市"


@pytest.mark.parametrize("width", WIDTHS)
def test_the_applicant_pipeline_on_the_page(open_as, make_employer, make_vacancy, make_jobseeker, width):
    employer = make_employer()
    vid = make_vacancy(employer, headcount=2)["id"]
    seeker = make_jobseeker("王小明")
    r = seeker.post(f"/api/v1/vacancies/{vid}/applications")
    assert r.status_code == 201, r.get_json()
    app_id = r.get_json()["id"]
    page = open_as(employer, width)
    page.goto(page.url.split("/employer/")[0] + f"/employer/vacancies/{vid}")
    row = page.locator(f"#application-{app_id}")
    assert "王小明" in row.inner_text()  # applied: the name is revealed, the ID never
    assert seeker.extra["resident_id"] not in page.content()
    for step, shown in (("interview", "邀请面试"), ("offered", "已发录用意向")):
        row.locator("select").select_option(step)
        row.locator("button").click()
        page.wait_for_selector("#flash")
        assert shown in page.locator(f"#application-{app_id} .app-status").inner_text()
    row.locator("select").select_option("rejected")
    row.locator("button").click()  # no reason: refused, the jobseeker must be told why
    page.wait_for_selector("#flash")
    assert "原因" in page.inner_text("#flash")
    assert page.locator(f"#application-{app_id} .app-status").inner_text() == "已发录用意向"
    row.locator("select").select_option("rejected")
    row.locator("input[name=reason]").fill("岗位要求持有叉车证")
    row.locator("button").click()
    page.wait_for_selector("#flash")
    assert page.locator(f"#application-{app_id} .app-status").inner_text() == "未录用"
    mine = seeker.get(f"/api/v1/me/applications/{app_id}").get_json()
    assert mine["status"] == "rejected" and "岗位要求持有叉车证" in str(mine)
    assert page.locator(f"#application-{app_id} select").count() == 0  # nothing after a decision


def test_candidates_page_masks_like_the_api_and_sends_a_contact_request(
        app, search, open_as, make_employer, make_vacancy, make_jobseeker):
    employer = make_employer()
    vid = make_vacancy(employer, title="电焊工", occupation_code="6-31-01")["id"]
    seeker = make_jobseeker("赵大勇", birth="19900101")
    _resume(app, seeker, desired_occupations=["6-31"], skills=["电焊"],
            groups=[("disabled", "verified"), ("veteran", "verified")])
    sync_search(app)
    api = employer.get(f"/api/v1/vacancies/{vid}/candidates").get_json()["hits"]
    page = open_as(employer, 390)
    page.goto(page.url.split("/employer/")[0] + f"/employer/vacancies/{vid}")
    page.click("text=查找合适的求职者")
    page.wait_for_selector("#candidates")
    pid = seeker.extra["profile"]["id"]
    row = page.locator(f"#candidate-{pid}").inner_text()
    assert api[0]["name"] == "赵**" and "赵**" in row and "赵大勇" not in page.content()
    assert all(r["text"] in row for r in api[0]["reasons"]) and api[0]["reasons"]
    assert "退役军人" in row
    html = page.content()
    assert "残疾" not in html and seeker.extra["resident_id"] not in html and "114.3" not in html
    page.fill(f"#message-{pid}", "您好，欢迎来面试")
    page.click(f"#candidate-{pid} button")
    page.wait_for_selector("#flash")
    assert "等待回复" in page.locator(f"#candidate-{pid}").inner_text()
    page.click("header >> text=联系请求")
    listed = page.inner_text("#contact-requests")
    assert "赵**" in listed and "等待回复" in listed and "您好，欢迎来面试" in page.content()


def test_the_profile_is_editable_and_the_name_is_screened(open_as, make_employer):
    employer = make_employer()
    page = open_as(employer, 390)
    page.click("header >> text=单位资料")
    assert page.inner_text("#employer-place") == "湖北省武汉市江岸区"
    page.fill("#name", "武汉江城机电设备有限公司（收取报名费）")
    page.click("#profile-form button[type=submit]")
    page.wait_for_selector("#name-error")
    assert "筛查" in page.inner_text("#name-error")
    assert employer.get("/api/v1/employers/me").get_json()["name"] == "武汉江城机电设备有限公司"
    page.fill("#name", "武汉江城智能装备有限公司")
    page.fill("#address", "武汉市江岸区解放大道2000号")
    page.click("#profile-form button[type=submit]")
    page.wait_for_selector("#flash")
    assert page.inner_text("h1") == "武汉江城智能装备有限公司"
    me = employer.get("/api/v1/employers/me").get_json()
    assert me["name"] == "武汉江城智能装备有限公司" and me["address"] == "武汉市江岸区解放大道2000号"
