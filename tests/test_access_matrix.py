"""The access matrix (tests/access_matrix.py) against the app: every route, every role, own ids,
another tenant's and another region's."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlparse

import pytest

from tests.access_matrix import CODES, MATRIX, ROLES, Row
from tests.factories import (
    PASSWORD,
    clear_code_throttle,
    employer_payload,
    register_and_login,
    sms_code,
    vacancy_payload,
    verify_employer,
)

_PARAM = re.compile(r"<(?:[^<>]*:)?(\w+)>")
_IGNORED = {"HEAD", "OPTIONS"}
_LOGIN_PAGES = ("/employer/login", "/ops/login")


def _routes(app) -> set[tuple[str, str]]:
    return {(m, r.rule) for r in app.url_map.iter_rules() for m in r.methods - _IGNORED}


def test_every_route_has_a_row_and_every_row_a_route(app):
    rows = [(r.method, r.rule) for r in MATRIX]
    assert len(rows) == len(set(rows)), "a route listed twice"
    routes = _routes(app)
    assert sorted(routes - set(rows)) == [], "routes missing from tests/access_matrix.py"
    assert sorted(set(rows) - routes) == [], "matrix rows with no route"
    for row in MATRIX:
        assert len(row.own) == len(ROLES) and set(row.own) <= set(CODES), row
        # a row with ids or a region names the answer for the other relation of each allowed role
        takes_ids = any(name.endswith("_id") for name in _PARAM.findall(row.rule)) \
            or "{region}" in repr((row.body, row.query))
        for role, code in zip(ROLES, row.own, strict=True):
            if code == "ok" and takes_ids and role in ("jobseeker", "employer", "agency"):
                assert row.tenant is not None, (row.method, row.rule, "tenant?")
            if code == "ok" and takes_ids and role == "operator":
                assert row.region is not None, (row.method, row.rule, "region?")


# ---- the world ---------------------------------------------------------------------------

def _window() -> dict:
    now = dt.datetime.now(dt.UTC)
    return {"starts_at": (now - dt.timedelta(days=1)).isoformat(),
            "ends_at": (now + dt.timedelta(days=30)).isoformat()}


def _phone(app, account_id: int) -> str:
    from recruit.accounts.models import Account
    from recruit.extensions import db

    with app.app_context():
        return db.session.get(Account, account_id).phone


def _upload(actor, employer_id=None):
    import io

    data = ("岗位编号,岗位名称,岗位描述,工作地点区划代码,职业代码,招聘人数,月薪下限,月薪上限\n"
            "M1,包装工,负责食品包装与装箱，按件计酬，包吃住。,420102,6-31,2,4000,5000\n").encode()
    r = actor.client.post("/api/v1/employers/me/vacancy-imports", headers=actor.headers,
                          query_string={"employer_id": employer_id} if employer_id else {},
                          data={"file": (io.BytesIO(data), "m.csv")}, content_type="multipart/form-data")
    assert r.status_code == 201, r.get_json()
    return r.get_json()["id"]


def _ok(r, *codes):
    assert r.status_code in (codes or (200, 201)), r.get_json()
    return r.get_json()


@pytest.fixture
def world(app, client, search, make_employer, make_jobseeker, make_staff):
    """Two of everything: the callers' own side (Wuhan, operator prefix 4201) and another
    tenant's in another region (Beijing, 11)."""
    employer = make_employer("武汉江城机电设备有限公司")
    other_employer = make_employer("北京某公司", "110101")
    agency = register_and_login(client, "employer", "机构招聘专员")
    agency.extra["employer"] = _ok(agency.post("/api/v1/employers", json=employer_payload(
        name="江城人力资源服务有限公司", is_agency=True, industry_code="L72")))
    verify_employer(app, agency.extra["employer"]["id"])
    _ok(employer.post("/api/v1/employers/me/agencies",
                      json={"credit_code": agency.extra["employer"]["credit_code"]}))
    a_id, b_id = employer.extra["employer"]["id"], other_employer.extra["employer"]["id"]
    own_vacancy = _ok(agency.post("/api/v1/vacancies", json=vacancy_payload(employer_id=a_id)))["id"]
    other_vacancy = _ok(other_employer.post("/api/v1/vacancies", json=vacancy_payload(
        region_code="110101", title="电工")))["id"]
    seeker, other_seeker = make_jobseeker(), make_jobseeker("王强")
    _ok(seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                            json={"declared_groups": ["veteran"]}))
    _ok(other_seeker.client.patch("/api/v1/jobseekers/me", headers=other_seeker.headers,
                                  json={"declared_groups": ["veteran"], "current_region_code": "110101"}))
    own_app = _ok(seeker.post(f"/api/v1/vacancies/{own_vacancy}/applications", json={}))["id"]
    other_app = _ok(other_seeker.post(f"/api/v1/vacancies/{other_vacancy}/applications", json={}))["id"]
    operator, other_operator, admin = make_staff("operator", "4201"), make_staff("operator", "11"), \
        make_staff("admin")
    own_campaign = _ok(operator.post("/api/v1/campaigns", json={
        "name": "武汉春风行动", "kind": "region", **_window()}))["id"]
    other_campaign = _ok(other_operator.post("/api/v1/campaigns", json={
        "name": "北京春风行动", "kind": "region", **_window()}))["id"]
    memberships, saved = [], []
    for actor in (seeker, other_seeker):
        memberships.append(next(m["id"] for m in actor.get("/api/v1/me/group-memberships").get_json()
                                if m["group"] == "veteran"))
        saved.append(_ok(actor.post("/api/v1/me/saved-searches",
                                    json={"name": "电工", "query": {"q": "电工"}}))["id"])
    request_own = _ok(employer.post(
        f"/api/v1/resumes/{seeker.extra['profile']['id']}/contact-requests"))["id"]
    request_other = _ok(other_employer.post(
        f"/api/v1/resumes/{other_seeker.extra['profile']['id']}/contact-requests"))["id"]
    employer_phone = _phone(app, employer.account["id"])
    invitation_own = _ok(employer.post("/api/v1/employers/me/invitations",
                                       json={"phone": employer_phone}))["id"]
    invitation_other = _ok(other_employer.post("/api/v1/employers/me/invitations",
                                               json={"phone": "13912345678"}))["id"]
    batch_own, batch_other = _upload(agency, a_id), _upload(other_employer)
    with app.app_context():
        from recruit.campaigns.models import CampaignPush
        from recruit.extensions import db

        pushes = [CampaignPush(campaign_id=c, jobseeker_id=a.extra["profile"]["id"], vacancy_id=v, rank=1,
                               score=1.0, reasons=[])
                  for c, a, v in ((own_campaign, seeker, own_vacancy),
                                  (other_campaign, other_seeker, other_vacancy))]
        db.session.add_all(pushes)
        db.session.commit()
        push_own, push_other = pushes[0].id, pushes[1].id
        from sqlalchemy import select

        from recruit.notifications.models import Notification

        # the contact requests above notified each jobseeker
        note_own, note_other = (db.session.scalar(select(Notification.id).where(
            Notification.account_id == a.account["id"])) for a in (seeker, other_seeker))
    partner_key = _ok(admin.post("/api/v1/admin/partner-keys", json={"name": "某招聘平台"}))["id"]
    common = {"password": PASSWORD, "key_id": partner_key, "employer_phone": employer_phone,
              "operator_phone": _phone(app, operator.account["id"]),
              "filename": "ECHARTS-LICENSE.txt", "decision": "approve"}
    own = {"vacancy_id": own_vacancy, "application_id": own_app, "campaign_id": own_campaign,
           "membership_id": memberships[0], "request_id": request_own, "push_id": push_own,
           "notification_id": note_own, "saved_id": saved[0], "batch_id": batch_own,
           "invitation_id": invitation_own,
           "agency_id": agency.extra["employer"]["id"], "employer_id": a_id,
           "jobseeker_id": seeker.extra["profile"]["id"], "region": "4201",
           "member_id": employer.account["id"], **common}
    other = {"vacancy_id": other_vacancy, "application_id": other_app, "campaign_id": other_campaign,
             "membership_id": memberships[1], "request_id": request_other,
             "push_id": push_other, "notification_id": note_other, "saved_id": saved[1],
             "batch_id": batch_other,
             "invitation_id": invitation_other, "agency_id": b_id, "employer_id": b_id,
             "jobseeker_id": other_seeker.extra["profile"]["id"], "region": "11",
             "member_id": other_employer.account["id"], **common}
    actors = {"anonymous": None, "jobseeker": seeker, "employer": employer, "agency": agency,
              "operator": operator, "admin": admin}
    web = {role: _web_client(app, role, actor) for role, actor in actors.items()}
    return {"own": own, "other": other, "actors": actors, "web": web}


def _csrf(web, area: str) -> str:
    page = web.get(f"/{area}/login").get_data(as_text=True)
    return page.split('name="csrf_token" value="')[1].split('"')[0]


def _web_client(app, role: str, actor):
    """A browser for the role: employers and agencies signed in to /employer, staff to /ops."""
    web = app.test_client()
    area = {"employer": "employer", "agency": "employer", "operator": "ops", "admin": "ops"}.get(role)
    if area:
        number = _phone(app, actor.account["id"])
        form = {"phone": number, "password": PASSWORD, "csrf_token": _csrf(web, area)}
        if role == "admin":  # the second factor: a fresh SMS code, read from the development sink
            clear_code_throttle(app, number)
            web.post(f"/{area}/login", data=form)
            form = {**form, "code": sms_code(app, number), "csrf_token": _csrf(web, area)}
        r = web.post(f"/{area}/login", data=form)
        assert r.status_code == 302, r.get_data(as_text=True)
    return web


# ---- the walk ----------------------------------------------------------------------------

def _fill(value, ids: dict):
    if isinstance(value, str):
        whole = re.fullmatch(r"\{(\w+)\}", value)
        if whole:
            return ids[whole.group(1)]
        return re.sub(r"\{(\w+)\}", lambda m: str(ids[m.group(1)]), value)
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    return value


def _answer(row: Row, response) -> str:
    status = response.status_code
    if row.web and status in (301, 302, 303) and urlparse(response.location).path in _LOGIN_PAGES:
        return "401"
    if status >= 500:
        return f"{status}"
    return str(status) if status in (401, 403, 404) else "ok"


def _call(world: dict, row: Row, role: str, relation: str) -> str:
    ids = world[relation]
    url = _PARAM.sub(lambda m: str(ids[m.group(1)]), row.rule)
    query = _fill(row.query, ids)
    if row.web:
        web = world["web"][role]
        data = _fill(row.form, ids)
        if row.method == "POST":
            data["csrf_token"] = _csrf(web, row.rule.split("/")[1])
        response = web.open(url, method=row.method, query_string=query, data=data)
    else:
        actor = world["actors"][role]
        headers = actor.headers if actor is not None else {}
        kwargs = {} if row.body is None else {"json": _fill(row.body, ids)}
        client = actor.client if actor is not None else world["actors"]["jobseeker"].client
        response = client.open(url, method=row.method, query_string=query, headers=headers, **kwargs)
    answer = _answer(row, response)
    response.close()  # a file response (static, CSV) holds its file open until closed
    return answer


def _expected_other(row: Row, role: str) -> str | None:
    if role == "admin":
        return "ok" if (row.tenant or row.region) else None
    return row.region if role == "operator" else row.tenant


def test_every_route_answers_as_the_matrix_says(world):
    wrong: list[str] = []
    for row in sorted(MATRIX, key=lambda r: r.last):
        calls = []
        for role, code in zip(ROLES, row.own, strict=True):
            other = _expected_other(row, role) if code == "ok" else None
            if other is not None:
                calls.append((role, "other", other))
        # refusals and other relations first, the caller's own (which may change things) last
        calls = [(role, "own", code) for role, code in zip(ROLES, row.own, strict=True) if code != "ok"] \
            + calls + [(role, "own", "ok") for role, code in zip(ROLES, row.own, strict=True) if code == "ok"]
        for role, relation, expected in calls:
            got = _call(world, row, role, relation)
            if got != expected:
                wrong.append(f"{row.method} {row.rule} as {role} ({relation}): {got}, matrix says {expected}")
    assert wrong == [], "\n".join(wrong)
