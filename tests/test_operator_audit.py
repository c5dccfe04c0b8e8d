"""Every operator action leaves an audit row; flags reach the search documents."""

from tests.factories import sync_search, vacancy_payload


def _audit(admin, **query):
    r = admin.get("/api/v1/admin/audit", query_string=query)
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def test_review_decisions_are_audited(client, make_employer, make_staff):
    employer = make_employer()
    flagged = [employer.post("/api/v1/vacancies", json=vacancy_payload(
        title="司机", description=f"招聘司机，限男性，驾龄三年以上，五险一金。第{i}期")).get_json()
        for i in range(2)]
    assert all(v["status"] == "pending_review" for v in flagged), flagged
    operator = make_staff("operator", "4201")
    base = "/api/v1/review/vacancies"
    approved = operator.post(f"{base}/{flagged[0]['id']}/approve", json={"note": "已核实为驾驶岗位体能要求"})
    assert approved.status_code == 200
    rejected = operator.post(f"{base}/{flagged[1]['id']}/reject", json={"reason": "含性别限制"})
    assert rejected.status_code == 200
    admin = make_staff("admin")
    entries = _audit(admin, target_type="vacancy")
    assert sorted((e["action"], e["target_id"]) for e in entries) == [
        ("vacancy.approve", str(flagged[0]["id"])), ("vacancy.reject", str(flagged[1]["id"]))]
    rejected = next(e for e in entries if e["action"] == "vacancy.reject")
    assert rejected["actor_id"] == operator.account["id"]
    assert rejected["after"] == {"status": "rejected", "reason": "含性别限制"}


def test_key_enterprise_flag_is_audited_and_reaches_search(app, client, search, make_employer,
                                                           make_vacancy, make_staff):
    employer = make_employer()
    make_vacancy(employer, title="装配工")
    sync_search(app)
    search_key = {"q": "装配工", "key_enterprise": "true"}
    assert client.get("/api/v1/search/vacancies", query_string=search_key).get_json()["total"] == 0
    operator = make_staff("operator", "4201")
    r = operator.client.patch(f"/api/v1/employers/{employer.extra['employer']['id']}/flags",
                              headers=operator.headers,
                              json={"is_key_enterprise": True, "commissioner_id": operator.account["id"]})
    assert r.status_code == 200, r.get_json()
    sync_search(app)
    assert client.get("/api/v1/search/vacancies", query_string=search_key).get_json()["total"] == 1
    entries = _audit(make_staff("admin"), action="employer.flags")
    assert len(entries) == 1
    assert entries[0]["before"]["is_key_enterprise"] is False
    assert entries[0]["after"]["is_key_enterprise"] is True
