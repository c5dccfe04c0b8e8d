"""Operators' work queues: held-back ads (in a real browser too) and priority groups to verify,
each only inside the operator's region."""

from tests.factories import PASSWORD
from tests.test_browser import browser, live_url  # noqa: F401 - shared fixtures


def _phone(app, actor):
    from recruit.accounts.models import Account
    from recruit.extensions import db

    with app.app_context():
        return db.session.get(Account, actor.account["id"]).phone


def _seen(employer, vacancy):
    """The vacancy as its employer sees it through the API."""
    return employer.get(f"/api/v1/employers/me/vacancies/{vacancy['id']}").get_json()


def _sign_in(client, phone):
    page = client.get("/ops/login").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/ops/login", data={"phone": phone, "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 302, r.get_data(as_text=True)


def test_the_queue_holds_only_flagged_ads_of_the_operators_region(app, make_staff, make_employer,
                                                                   make_vacancy):
    operator = make_staff("operator", "4201")
    employer = make_employer()
    held = make_vacancy(employer, title="仓库管理员",
                        description="负责仓库收发货与盘点，限男性，能吃苦耐劳。")
    clean = make_vacancy(employer, title="仓库文员", description="负责出入库单据录入与库存台账整理。")
    far = make_vacancy(employer, title="搬运工", region_code="420602",
                       description="负责货物装卸搬运，限男性，按件计酬多劳多得。")
    statuses = (held["status"], clean["status"], far["status"])
    assert statuses == ("pending_review", "published", "pending_review")

    client = app.test_client()
    assert client.get("/ops/review").status_code == 302  # signed out: to the login page
    _sign_in(client, _phone(app, operator))
    page = client.get("/ops/review").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]  # signing in starts a new session
    assert f'id="vacancy-{held["id"]}"' in page and "限男性" in page
    assert f'id="vacancy-{far["id"]}"' not in page and f'id="vacancy-{clean["id"]}"' not in page
    # a decision on an ad outside the region is refused, and nothing changes
    r = client.post(f"/ops/review/{far['id']}/approve", data={"csrf_token": token})
    assert r.status_code == 404 and "不存在" in r.get_data(as_text=True)
    assert _seen(employer, far)["status"] == "pending_review"
    # without the form's token nothing is decided either
    assert client.post(f"/ops/review/{held['id']}/approve", data={}).status_code == 400
    assert _seen(employer, held)["status"] == "pending_review"


def test_reject_with_a_reason_in_the_browser_and_the_employer_sees_it(
        app, browser, live_url, make_staff, make_employer, make_vacancy):  # noqa: F811
    operator = make_staff("operator", "4201")
    employer = make_employer()
    rejected = make_vacancy(employer, title="收银员",
                            description="负责门店收银与对账，女士优先，需交服装费200元。")
    approved = make_vacancy(employer, title="理货员", description="负责货架整理补货，联系电话13912345678。")

    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()  # a phone's screen
    page.set_default_timeout(15_000)
    page.goto(live_url + "/ops/login")
    page.fill("#phone", _phone(app, operator))
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.click("text=岗位审核")
    item = page.locator(f"#vacancy-{rejected['id']}")
    assert "女士优先" in item.inner_text() and "服装费" in item.inner_text()
    # no reason: the error shows next to the field and the ad is still waiting
    item.locator("button[name=reject]").click()
    assert page.locator(f"#reason-error-{rejected['id']}").is_visible()
    assert _seen(employer, rejected)["status"] == "pending_review"
    page.fill(f"#reason-{rejected['id']}", "请删除“女士优先”和收取服装费的内容后重新提交")
    page.locator(f"#vacancy-{rejected['id']} button[name=reject]").click()
    page.wait_for_selector("text=已退回")
    page.locator(f"#vacancy-{approved['id']} button[name=approve]").click()
    page.wait_for_selector("text=已通过并发布")
    remaining = page.locator(".review-item").count()
    page.context.close()

    assert remaining == 0
    seen = _seen(employer, rejected)
    assert seen["status"] == "rejected"
    assert seen["review_note"] == "请删除“女士优先”和收取服装费的内容后重新提交"
    assert _seen(employer, approved)["status"] == "published"


def test_verifying_priority_groups_in_the_region(app, make_staff, make_jobseeker):
    from tests.test_verification_and_audit import _declare

    operator = make_staff("operator", "4201")
    wuhan = make_jobseeker("王芳", birth="19980101")  # lives in 420106
    far = make_jobseeker("陈明", birth="19970202")
    veteran, disabled = _declare(app, wuhan, "veteran"), _declare(app, wuhan, "disabled")
    guangzhou = _declare(app, far, "poverty_registered", region="440106")

    client = app.test_client()
    _sign_in(client, _phone(app, operator))
    page = client.get("/ops/verification").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    assert f'id="membership-{veteran}"' in page and f'id="membership-{disabled}"' in page
    assert f'id="membership-{guangzhou}"' not in page and "陈明" not in page
    assert "王芳" in page and "退役军人" in page and wuhan.extra["resident_id"] not in page  # masked

    r = client.post(f"/ops/verification/{disabled}/reject", data={"csrf_token": token, "reason": ""})
    assert r.status_code == 400 and f'id="reason-error-{disabled}"' in r.get_data(as_text=True)
    r = client.post(f"/ops/verification/{veteran}/approve", data={"csrf_token": token})
    assert r.status_code == 302
    assert "退役军人身份已核验通过" in client.get(r.headers["Location"]).get_data(as_text=True)
    r = client.post(f"/ops/verification/{disabled}/reject",
                    data={"csrf_token": token, "reason": "残疾人证编号与登记名册不符"})
    assert r.status_code == 302
    r = client.post(f"/ops/verification/{guangzhou}/approve", data={"csrf_token": token})
    assert r.status_code == 404 and "不存在" in r.get_data(as_text=True)

    mine = {m["group"]: m for m in wuhan.get("/api/v1/me/group-memberships").get_json()}
    assert mine["veteran"]["status"] == "verified"
    assert mine["disabled"]["status"] == "rejected"
    assert mine["disabled"]["reason"] == "残疾人证编号与登记名册不符"
    theirs = {m["group"]: m["status"] for m in far.get("/api/v1/me/group-memberships").get_json()}
    assert theirs["poverty_registered"] == "pending"
    assert "本辖区暂无待核验的身份" in client.get("/ops/verification").get_data(as_text=True)
