"""WCAG 2.1 AA on the employer and operator pages: axe-core (installed from the npm registry by
deploy/test.sh into AXE_DIR) audits each main page at desktop and phone widths, and the main
forms are used with the keyboard alone."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from recruit import clock
from recruit.campaigns.models import Campaign, PushRun
from recruit.extensions import db
from tests.factories import PASSWORD
from tests.test_browser import browser, live_url  # noqa: F401 - fixtures

AXE = Path(os.environ.get("AXE_DIR", Path(__file__).resolve().parents[1] / ".cache" / "axe")) \
    / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core missing at {AXE}: deploy/test.sh installs it (npm install axe-core)")
    return AXE.read_text(encoding="utf-8")


def _audit(page, axe_source: str) -> list[str]:
    """The serious and critical violations on the page, one line each (empty when it passes)."""
    page.evaluate(axe_source)  # through the DevTools protocol: the page's CSP is not loosened
    result = page.evaluate("o => axe.run(document, o)", {"runOnly": {"type": "tag", "values": WCAG_AA}})
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def _sign_in(browser, url: str, phone: str, width: int):  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(url)
    page.fill("#phone", phone)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    return context, page


@pytest.mark.parametrize("width", (1280, 390))
def test_employer_pages_have_no_serious_violations(browser, live_url, axe_source, make_employer,  # noqa: F811
                                                   make_vacancy, make_jobseeker, search, width):
    employer = make_employer()
    vid = make_vacancy(employer)["id"]
    assert make_jobseeker().post(f"/api/v1/vacancies/{vid}/applications").status_code == 201
    context, page = _sign_in(browser, live_url + "/employer/login", employer.extra["phone"], width)
    found = {}
    try:
        for path in ("/employer/", "/employer/vacancies/new", f"/employer/vacancies/{vid}",
                     f"/employer/vacancies/{vid}/edit", f"/employer/vacancies/{vid}/candidates",
                     "/employer/contacts", "/employer/profile", "/employer/import"):
            page.goto(live_url + path)
            assert page.locator("h1").count() == 1, path
            found[path] = _audit(page, axe_source)
    finally:
        context.close()
    assert found and all(v == [] for v in found.values()), found


def test_the_login_page_passes_too(browser, live_url, axe_source):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 900})
    try:
        page = context.new_page()
        for path in ("/employer/login", "/ops/login"):
            page.goto(live_url + path)
            assert _audit(page, axe_source) == [], path
    finally:
        context.close()


def _session(app, operator, employer, make_vacancy) -> int:
    """A running featured session with a vacancy in it and a push under way (its progress shows)."""
    now = dt.datetime.now(dt.UTC)
    r = operator.post("/api/v1/campaigns", json={
        "name": "高校毕业生专场", "kind": "graduates", "target_groups": ["graduate"],
        "starts_at": (now - dt.timedelta(days=1)).isoformat(),
        "ends_at": (now + dt.timedelta(days=30)).isoformat()})
    assert r.status_code == 201, r.get_json()
    cid = r.get_json()["id"]
    vid = make_vacancy(employer)["id"]
    r = operator.client.put(f"/api/v1/campaigns/{cid}/members/{vid}", headers=operator.headers)
    assert r.status_code == 200, r.get_json()
    with app.app_context():
        db.session.add_all([PushRun(campaign_id=cid, top_k=10, part=p, parts=2, audience=3, pushed=9,
                                    finished_at=now if p == 0 else None) for p in range(2)])
        db.session.commit()
    return cid


@pytest.mark.parametrize("width", (1280, 390))
def test_operator_pages_have_no_serious_violations(app, browser, live_url, axe_source, make_staff,  # noqa: F811
                                                   make_employer, make_vacancy, width):
    operator = make_staff("operator", "4201")
    cid = _session(app, operator, make_employer(), make_vacancy)
    context, page = _sign_in(browser, live_url + "/ops/login", operator.extra["phone"], width)
    found = {}
    try:
        for path in ("/ops/", "/ops/review", "/ops/verification", "/ops/employers", "/ops/campaigns",
                     "/ops/campaigns/new", f"/ops/campaigns/{cid}", f"/ops/campaigns/{cid}?q=电工",
                     f"/ops/campaigns/{cid}/edit"):
            page.goto(live_url + path)
            assert page.locator("h1").count() == 1, path
            found[path] = _audit(page, axe_source)
        # the form with its errors shown
        page.goto(live_url + "/ops/campaigns/new")
        page.click("#save")
        page.wait_for_selector("#form-errors")
        found["/ops/campaigns/new (errors)"] = _audit(page, axe_source)
    finally:
        context.close()
    assert found and all(v == [] for v in found.values()), found


def test_the_vacancy_form_works_with_the_keyboard_alone(browser, live_url, make_employer):  # noqa: F811
    employer = make_employer()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(live_url + "/employer/login")
        page.focus("#phone")
        page.keyboard.type(employer.extra["phone"])
        page.keyboard.press("Tab")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_selector("#vacancies")
        page.goto(live_url + "/employer/vacancies/new")
        fields = page.evaluate("""() => [...document.querySelectorAll(
            'form.card input, form.card select, form.card textarea, form.card button')]
            .filter(e => e.type !== 'hidden' && e.offsetParent)
            .map(e => e.id || e.name + ':' + e.value)""")
        unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length)).map(e => e.id || e.name)""")
        assert unlabelled == []
        reached, outlines = [], []
        for _ in range(len(fields) + 40):
            page.keyboard.press("Tab")
            info = page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
                return [e.id || e.name + ':' + e.value, s.outlineStyle, s.outlineWidth]; }""")
            if info[0] in fields and info[0] not in reached:
                reached.append(info[0])
                outlines.append(info[1:])
            if info[0] == "action:draft":
                break
        assert reached == fields  # every field and both buttons, in reading order
        assert {"title", "region_province", "region_city", "region_code", "action:submit"} <= set(reached)
        assert all(style != "none" and width != "0px" for style, width in outlines), outlines
        # and the form can be filled and sent from the keyboard
        page.focus("#title")
        page.keyboard.type("仓库理货员")
        page.focus("#description")
        page.keyboard.type("负责货物清点上架与出入库登记，熟悉仓储系统者优先，缴纳五险一金。")
        page.focus("#occupation_code")
        page.select_option("#occupation_code", "4-02")
        page.focus("#region_province")
        page.keyboard.press("ArrowDown")  # first province
        page.focus("#region_city")
        page.keyboard.press("ArrowDown")
        page.focus("#region_code")
        page.keyboard.press("ArrowDown")
        for name, value in (("#headcount", "3"), ("#salary_min", "4000"), ("#salary_max", "5000")):
            page.focus(name)
            page.keyboard.type(value)
        page.focus("button[value=submit]")
        page.keyboard.press("Enter")
        page.wait_for_selector("#status")
        assert page.inner_text("#place").startswith("北京市")
    finally:
        context.close()


def _tab_order(page, selector: str, last: str) -> tuple[list[str], list[list[str]], list[str]]:
    """(the form's focusable controls in reading order, what Tab reached in order, their outlines)."""
    fields = page.evaluate("""s => [...document.querySelector(s).querySelectorAll('input, select, button')]
        .filter(e => e.type !== 'hidden' && e.offsetParent && e.tabIndex >= 0)
        .map(e => e.id || e.name + ':' + e.value)""", selector)
    reached, outlines = [], []
    for _ in range(len(fields) + 40):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
            return [e.id || e.name + ':' + e.value, s.outlineStyle, s.outlineWidth]; }""")
        if info[0] in fields and info[0] not in reached:
            reached.append(info[0])
            outlines.append(info[1:])
        if info[0] == last:
            break
    return fields, outlines, reached


def test_the_session_form_works_with_the_keyboard_alone(app, browser, live_url, make_staff):  # noqa: F811
    operator = make_staff("operator", "4201")
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(live_url + "/ops/login")
        page.focus("#phone")
        page.keyboard.type(operator.extra["phone"])
        page.keyboard.press("Tab")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_selector("#totals")
        page.goto(live_url + "/ops/campaigns/new")
        unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.type !== 'hidden' && e.tabIndex >= 0 && !(e.labels && e.labels.length))
            .map(e => e.id || e.name)""")
        assert unlabelled == []
        fields, outlines, reached = _tab_order(page, "form.campaign-form", "save")
        assert reached == fields  # every control, in reading order, the hidden default button skipped
        assert {"name", "kind", "target_groups:graduate", "region_province", "region_city", "region_county",
                "action:add_region", "starts_at", "ends_at", "rule_welcomes_group:1", "save"} <= set(reached)
        assert all(style != "none" and width != "0px" for style, width in outlines), outlines
        # fill it from the keyboard
        page.focus("#name")
        page.keyboard.type("农民工返岗复工专场")
        page.focus("#kind")
        page.keyboard.press("ArrowDown")  # the first kind: 高校毕业生专场
        page.keyboard.press("ArrowDown")  # 农民工专场
        page.focus("input[name=target_groups][value=migrant_worker]")
        page.keyboard.press("Space")
        page.focus("#region_province")
        page.keyboard.press("ArrowDown")  # 湖北省, the operator's only province
        page.focus("#region_city")
        page.keyboard.press("ArrowDown")  # 武汉市
        page.focus("#region_county")
        page.keyboard.press("ArrowDown")  # its first district: 江岸区
        start, end = clock.today(), clock.today() + dt.timedelta(days=20)
        for name, day in (("#starts_at", start), ("#ends_at", end)):
            page.focus(name)
            page.keyboard.type(day.strftime("%m%d%Y"))  # the en-US date field: month, day, year
        page.focus("#save")
        page.keyboard.press("Enter")
        page.wait_for_selector("#rules")
        assert page.inner_text("h1") == "农民工返岗复工专场"
        assert "湖北省武汉市江岸区" in page.inner_text("#regions")
        assert "已创建" in page.inner_text("#flash")
    finally:
        context.close()
    with app.app_context():
        (made,) = db.session.scalars(db.select(Campaign)).all()
        assert (made.kind, made.target_groups) == ("migrant_workers", ["migrant_worker"])
        assert made.regions == ["420102"]
        assert clock.day_of(made.starts_at) == start and clock.last_day(made.ends_at) == end
