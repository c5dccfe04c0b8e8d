"""The mobile flow end to end over the HTTP API: sign up → resume → search → apply →
follow status → withdraw or get hired."""

from recruit.clock import today
from tests.factories import resident_id, resume_payload, sms_code, sync_search


def test_sign_up_resume_search_apply_follow_withdraw_and_get_hired(
        app, client, search, make_employer, make_vacancy):
    employer = make_employer()
    electrician = make_vacancy(employer, title="维修电工", region_code="420106", headcount=2)
    fitter = make_vacancy(employer, title="电工学徒", region_code="420111", headcount=1)
    make_vacancy(employer, title="会计", description="负责公司账务处理与纳税申报，五险一金。")
    sync_search(app)

    # sign up with a mainland mobile number, then log in
    r = client.post("/api/v1/auth/codes", json={"phone": "+86 139-2020-0618", "purpose": "register"})
    assert r.status_code == 202 and "验证码已发送" in r.get_json()["message"]
    r = client.post("/api/v1/auth/register", json={
        "role": "jobseeker", "phone": "+86 139-2020-0618", "password": "mobile-pass-1",
        "display_name": "刘洋", "code": sms_code(app, "13920200618")})
    assert r.status_code == 201, r.get_json()
    assert r.get_json()["phone"] == "139****0618"
    r = client.post("/api/v1/auth/login", json={"phone": "13920200618", "password": "mobile-pass-1"})
    auth = {"Authorization": "Bearer " + r.get_json()["access_token"]}

    # the resume: identity facts come from the ID, graduate/hubei are derived
    number = resident_id("420106", "19990415")
    r = client.post("/api/v1/jobseekers/me", headers=auth, json={
        "name": "刘洋", "resident_id": number, "current_region_code": "420106",
        **resume_payload(graduation_year=today().year, declared_groups=["migrant_worker"])})
    assert r.status_code == 201, r.get_json()
    resume = r.get_json()
    assert resume["birth_date"] == "1999-04-15" and resume["resident_id"].count("*") == 14
    assert {g["group"] for g in resume["groups"]} == {"graduate", "hubei", "migrant_worker"}

    # search, and save the search for later
    r = client.get("/api/v1/search/vacancies", headers=auth, query_string={"q": "电工", "region": "4201"})
    # exact matches; the page is filled down the ladder with related ones below them
    exact = [h["title"] for h in r.get_json()["hits"] if h["match_level"] == "exact"]
    assert sorted(exact) == ["电工学徒", "维修电工"]
    r = client.post("/api/v1/me/saved-searches", headers=auth,
                    json={"name": "武汉电工", "query": {"q": "电工", "region": "4201"}})
    saved_id = r.get_json()["id"]

    # apply to both; a flaky network retries the first with the same key
    def apply(vacancy, key):
        return client.post(f"/api/v1/vacancies/{vacancy['id']}/applications",
                           headers={**auth, "Idempotency-Key": key},
                           json={"note": "有低压电工证", "channel": "search"})

    first = apply(electrician, "m-1")
    retry = apply(electrician, "m-1")
    assert (first.status_code, retry.status_code) == (201, 200)
    assert first.get_json()["id"] == retry.get_json()["id"]
    second = apply(fitter, "m-2").get_json()

    # the employer sees the applicant with the contact details applying revealed
    listed = employer.get(f"/api/v1/vacancies/{electrician['id']}/applications").get_json()
    assert listed[0]["applicant"]["phone"] == "13920200618"
    assert number not in str(listed)
    for status in ("viewed", "interview"):
        assert employer.post(f"/api/v1/applications/{first.get_json()['id']}/status",
                             json={"status": status}).status_code == 200

    # follow status
    mine = {a["id"]: a for a in client.get("/api/v1/me/applications", headers=auth).get_json()}
    assert mine[first.get_json()["id"]]["status"] == "interview"
    assert [e["to_status"] for e in mine[first.get_json()["id"]]["history"]] == [
        "submitted", "viewed", "interview"]
    assert mine[second["id"]]["status"] == "submitted"

    # withdraw the apprentice application; get hired as electrician
    r = client.post(f"/api/v1/me/applications/{second['id']}/withdraw", headers=auth,
                    json={"note": "已有更合适的岗位"})
    assert r.get_json()["status"] == "withdrawn"
    for status in ("offered", "hired"):
        r = employer.post(f"/api/v1/applications/{first.get_json()['id']}/status",
                          json={"status": status})
        assert r.status_code == 200, r.get_json()
    r = client.get(f"/api/v1/me/applications/{first.get_json()['id']}", headers=auth)
    assert r.get_json()["status"] == "hired"
    assert r.get_json()["history"][-1]["by"] == "employer"
    r = client.post(f"/api/v1/me/applications/{first.get_json()['id']}/withdraw", headers=auth)
    assert r.status_code == 409

    # a new electrician vacancy shows up in the saved search's "new" list
    make_vacancy(employer, title="高压电工", region_code="420102")
    sync_search(app)
    r = client.get(f"/api/v1/me/saved-searches/{saved_id}/new", headers=auth)
    assert [h["title"] for h in r.get_json()["hits"]] == ["高压电工"]

    # and the jobseeker can take all their data with them
    data = client.get("/api/v1/jobseekers/me/export", headers=auth).get_json()
    assert {a["status"] for a in data["applications"]} == {"hired", "withdrawn"}
