"""Employer pages through Flask's client: CSRF on every form, cookie flags, field errors, ownership."""

import re

from tests.factories import PASSWORD, register_and_login


def _token(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "form without a CSRF token"
    return match.group(1)


def _phone(app, actor) -> str:
    from recruit.accounts.models import Account
    from recruit.extensions import db

    with app.app_context():
        return db.session.get(Account, actor.account["id"]).phone


def _sign_in(app, actor):
    web = app.test_client()
    page = web.get("/employer/login")
    r = web.post(
        "/employer/login",
        data={"phone": _phone(app, actor), "password": PASSWORD, "csrf_token": _token(page.text)},
    )
    assert r.status_code == 302, r.text
    return web, r


FORM = {
    "title": "仓库管理员",
    "description": "负责仓库收发货与盘点，熟悉Excel，包吃住，缴纳五险一金。",
    "occupation_code": "4-02",
    "region_code": "420102",
    "headcount": "2",
    "salary_min": "4500",
    "salary_max": "6000",
    "education_min": "senior_high",
    "employment_type": "full_time",
    "benefits": ["room_and_board", "social_insurance_housing_fund"],
    "action": "submit",
}


def test_session_cookie_is_httponly_and_samesite(app, make_employer):
    _, r = _sign_in(app, make_employer())
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_every_form_carries_a_token_and_posts_without_it_are_refused(app, make_employer):
    web, _ = _sign_in(app, make_employer())
    for path in ("/employer/", "/employer/vacancies/new", "/employer/import"):
        page = web.get(path)
        assert page.status_code == 200
        forms = page.text.count("<form")
        assert forms and page.text.count('name="csrf_token"') == forms, path
    r = web.post("/employer/vacancies/new", data=FORM)
    assert r.status_code == 400 and "表单已失效" in r.text
    assert "仓库管理员" not in web.get("/employer/").text


def test_create_with_errors_then_fixed(app, make_employer):
    web, _ = _sign_in(app, make_employer())
    token = _token(web.get("/employer/vacancies/new").text)
    bad = {**FORM, "salary_min": "9000", "headcount": "两", "occupation_code": "", "csrf_token": token}
    r = web.post("/employer/vacancies/new", data=bad)
    assert r.status_code == 422
    for field in ("salary_min", "headcount", "occupation_code"):
        assert f'id="{field}-error"' in r.text, field
    assert 'value="仓库管理员"' in r.text  # what was typed is kept
    r = web.post("/employer/vacancies/new", data={**FORM, "csrf_token": token})
    assert r.status_code == 302
    detail = web.get(r.headers["Location"])
    assert "仓库管理员" in detail.text and "已发布" in detail.text
    listing = web.get("/employer/").text
    assert "仓库管理员" in listing


def test_pages_need_sign_in_and_hide_other_employers_vacancies(app, client, make_employer, make_vacancy):
    other = make_vacancy(make_employer("别家公司"))
    assert client.get("/employer/").status_code == 302
    web, _ = _sign_in(app, make_employer())
    assert web.get(f"/employer/vacancies/{other['id']}").status_code == 404
    assert web.get(f"/employer/vacancies/{other['id']}/edit").status_code == 404
    # jobseekers cannot use the employer pages
    seeker = register_and_login(client, "jobseeker")
    page = app.test_client().get("/employer/login")
    r = app.test_client().post(
        "/employer/login",
        data={"phone": _phone(app, seeker), "password": PASSWORD, "csrf_token": _token(page.text)},
    )
    assert r.status_code in (400, 401)


def test_draft_submit_and_close_from_the_pages(app, make_employer):
    web, _ = _sign_in(app, make_employer())
    token = _token(web.get("/employer/vacancies/new").text)
    r = web.post("/employer/vacancies/new", data={**FORM, "action": "draft", "csrf_token": token})
    url = r.headers["Location"]
    assert "草稿" in web.get(url).text
    web.post(url + "/submit", data={"csrf_token": token})
    assert "已发布" in web.get(url).text
    web.post(url + "/close", data={"csrf_token": token})
    page = web.get(url).text
    assert "已关闭·主动撤回" in page and "用人单位撤回" in page


def test_an_agency_posts_for_its_client_from_the_form(app, client, make_employer):
    from tests.factories import employer_payload, verify_employer

    shop = make_employer("武汉某餐饮有限公司")
    agency = register_and_login(client, "employer", "代理")
    r = agency.post("/api/v1/employers", json=employer_payload(name="某人力资源公司", is_agency=True))
    assert r.status_code == 201
    verify_employer(app, r.get_json()["id"])
    shop.post("/api/v1/employers/me/agencies", json={"credit_code": r.get_json()["credit_code"]})
    web, _ = _sign_in(app, agency)
    page = web.get("/employer/vacancies/new").text
    assert "武汉某餐饮有限公司" in page
    form = {**FORM, "employer_id": str(shop.extra["employer"]["id"]), "csrf_token": _token(page)}
    r = web.post("/employer/vacancies/new", data=form)
    assert r.status_code == 302
    assert "某人力资源公司 代发" in web.get(r.headers["Location"]).text
    assert [v["title"] for v in shop.get("/api/v1/employers/me/vacancies").get_json()] == ["仓库管理员"]


def test_new_employer_registers_the_organisation_on_the_profile_page(app, client):
    from tests.factories import credit_code

    actor = register_and_login(client, "employer", "新单位")
    web, _ = _sign_in(app, actor)
    assert web.get("/employer/").headers["Location"].endswith("/employer/profile")
    token = _token(web.get("/employer/profile").text)
    data = {
        "name": "武汉新材料有限公司",
        "credit_code": credit_code(),
        "region_code": "420102",
        "industry_code": "C30",
        "size_band": "small",
        "address": "武汉市江岸区某路1号",
        "contact_name": "周女士",
        "contact_phone": "12345",
        "csrf_token": token,
    }
    r = web.post("/employer/profile", data=data)
    assert r.status_code == 422 and 'id="contact_phone-error"' in r.text
    r = web.post("/employer/profile", data={**data, "contact_phone": "13912345678"})
    assert r.status_code == 302
    page = web.get("/employer/profile").text
    assert "武汉新材料有限公司" in page and "13912345678" not in page


def test_vacancy_page_lists_applicants_with_their_state(app, make_employer, make_vacancy, make_jobseeker):
    employer = make_employer()
    vacancy = make_vacancy(employer)
    seeker = make_jobseeker("王芳")
    assert seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications").status_code == 201
    web, _ = _sign_in(app, employer)
    listing = web.get("/employer/").text
    assert re.search(r"<td>1</td>\s*<td class=\"hide-sm\">", listing)  # the applicants column
    page = web.get(f"/employer/vacancies/{vacancy['id']}").text
    assert "投递人（1）" in page and "王芳" in page and "已投递" in page
    assert seeker.extra["resident_id"] not in page


def test_an_agency_picks_the_client_on_the_import_page(app, client, make_employer):
    import io

    from tests.test_import import _agency, _csv, _row

    authorising = make_employer("武汉某食品有限公司")
    agency = _agency(client, make_employer, authorised_by=[authorising])
    web, _ = _sign_in(app, agency)
    page = web.get("/employer/import")
    assert page.status_code == 200 and "武汉某食品有限公司" in page.text and 'name="employer_id"' in page.text
    own_page = _sign_in(app, authorising)[0].get("/employer/import")
    assert 'name="employer_id"' not in own_page.text  # an ordinary employer imports into its own only
    client_id = authorising.extra["employer"]["id"]
    r = web.post("/employer/import", data={"csrf_token": _token(page.text), "employer_id": str(client_id),
                                           "submit": "1", "file": (io.BytesIO(_csv([_row("W1")])), "a.csv")},
                 content_type="multipart/form-data")
    assert r.status_code == 200 and "新建 1" in r.text
    listed = authorising.get("/api/v1/employers/me/vacancies").get_json()
    assert [(v["external_ref"], v["agency_name"]) for v in listed] == [("W1", "江城人力资源服务有限公司")]
    r = web.post("/employer/import", data={"csrf_token": _token(page.text), "employer_id": "999999",
                                           "file": (io.BytesIO(_csv([_row("W2")])), "a.csv")},
                 content_type="multipart/form-data")
    assert r.status_code == 422 and 'id="employer_id-error"' in r.text
