"""The employer pages in a real headless browser (Debian's chromium driven by Playwright)."""

from __future__ import annotations

import threading

import pytest
from werkzeug.serving import make_server

from tests.factories import PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def live_url(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()
    server.server_close()


@pytest.fixture
def page(browser, live_url, app, make_employer):
    from recruit.accounts.models import Account
    from recruit.extensions import db

    employer = make_employer()
    with app.app_context():
        phone = db.session.get(Account, employer.account["id"]).phone
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone-sized screen
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(live_url + "/employer/")
    page.fill("#phone", phone)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#vacancies")
    yield page
    context.close()


def _fill_vacancy(page, **values):
    page.fill("#title", values.get("title", "叉车司机"))
    page.fill(
        "#description",
        values.get("description", "负责仓库叉车作业，持叉车证，两班倒，包吃住，缴纳五险一金。"),
    )
    page.select_option("#occupation_code", values.get("occupation_code", "6-30"))
    code = values.get("region_code", "420102")
    if code:  # the province → city → county picker
        page.select_option("#region_province", code[:2])
        page.select_option("#region_city", code[:4])
        page.select_option("#region_code", code)
    page.fill("#headcount", values.get("headcount", "2"))
    page.fill("#salary_min", values.get("salary_min", "5000"))
    page.fill("#salary_max", values.get("salary_max", "7000"))
    page.check("input[name=benefits][value=room_and_board]")


def test_sign_in_post_a_vacancy_and_see_it_listed(page):
    page.click("text=发布岗位")
    _fill_vacancy(page)
    page.click("button[value=submit]")
    page.wait_for_selector("#status")
    assert page.inner_text("#status") == "已发布"
    page.click("header >> text=岗位")
    row = page.locator("#vacancies tbody tr", has_text="叉车司机")
    assert row.count() == 1 and "已发布" in row.inner_text()


def test_invalid_form_shows_the_error_next_to_the_field(page):
    page.click("text=发布岗位")
    _fill_vacancy(page, salary_min="9000", salary_max="7000", region_code="")
    page.click("button[value=submit]")
    page.wait_for_selector("#salary_min-error")
    assert "下限不能高于上限" in page.inner_text("#salary_min-error")
    assert page.inner_text("#region_code-error")  # no place chosen
    assert page.input_value("#title") == "叉车司机"


def test_upload_a_csv_with_a_bad_row_and_see_its_error(page, tmp_path):
    from tests.test_import import _csv, _row

    path = tmp_path / "jobs.csv"
    path.write_bytes(_csv([_row("W1"), _row("W2", **{"工作地点区划代码": "999999"})]))
    page.click("text=批量导入")
    page.set_input_files("#file", str(path))
    page.click("form[enctype] button[type=submit]")
    page.wait_for_selector("#result")
    assert "新建 1" in page.inner_text("#result") and "出错 1" in page.inner_text("#result")
    error_row = page.locator("#import-errors tbody tr").first.inner_text()
    assert "3" in error_row and "工作地点区划代码" in error_row
    with page.expect_download() as download:
        page.click("text=下载错误行文件")
    assert download.value.suggested_filename.endswith("-errors.csv")
