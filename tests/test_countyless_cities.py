"""Issue 14 item 8: prefecture cities without counties (东莞 441900, 中山 442000, 儋州 460400,
嘉峪关 620200) are workplaces wherever a county is: codes, form/API, import, search, reports."""

import marshmallow as ma
import pytest

from recruit import clock
from recruit.codes import regions, validators
from tests.factories import sync_search, vacancy_payload
from tests.test_import import _csv, _row, _upload

COUNTYLESS = ("441900", "442000", "460400", "620200")


def test_they_are_workplaces_and_other_prefectures_are_not():
    for code in COUNTYLESS:
        assert regions.is_workplace(code) and not regions.is_county(code)
        validators.workplace_code(code)
        assert code in regions.workplaces()
    assert regions.is_workplace("420102")
    for code in ("420100", "420000", "441901", "999999"):
        assert not regions.is_workplace(code)
        with pytest.raises(ma.ValidationError):
            validators.workplace_code(code)


@pytest.mark.parametrize("code", COUNTYLESS)
def test_the_api_accepts_them_and_still_refuses_prefectures_with_counties(make_employer, code):
    employer = make_employer()
    r = employer.post("/api/v1/vacancies", json=vacancy_payload(region_code=code))
    assert r.status_code == 201, r.get_json()
    assert r.get_json()["region_code"] == code
    refused = employer.post("/api/v1/vacancies", json=vacancy_payload(region_code="420100"))
    assert refused.status_code == 422
    assert "县级" in str(refused.get_json()["errors"])


def test_the_import_accepts_them(make_employer):
    employer = make_employer()
    r = _upload(employer, _csv([_row("D1", **{"工作地点区划代码": "441900"}),
                                _row("D2", **{"工作地点区划代码": "420100"})]))
    assert r.status_code == 201, r.get_json()
    body = r.get_json()
    assert (body["created"], body["failed"]) == (1, 1)
    assert [(e["row"], e["column"]) for e in body["errors"]] == [(3, "工作地点区划代码")]


def test_search_filters_and_understands_them(app, client, search, make_employer, make_vacancy):
    employer = make_employer("东莞市长安电子厂")
    make_vacancy(employer, title="电子厂普工", region_code="441900")
    make_vacancy(employer, title="电子厂普工", region_code="442000")
    make_vacancy(employer, title="电子厂普工", region_code="420102")
    sync_search(app)
    for query in ({"region": "4419"}, {"region": "441900"}, {"q": "东莞 普工"}):
        hits = client.get("/api/v1/search/vacancies", query_string=query).get_json()["hits"]
        assert [h["region_code"] for h in hits] == ["441900"], query
    hits = client.get("/api/v1/search/vacancies", query_string={"region": "44"}).get_json()["hits"]
    assert sorted(h["region_code"] for h in hits) == ["441900", "442000"]


def test_reports_count_them_under_their_city(app, make_employer, make_vacancy, make_staff):
    employer = make_employer("东莞市长安电子厂", "441900")
    make_vacancy(employer, headcount=7, region_code="441900")
    with app.app_context():
        day = clock.today().isoformat()
    admin = make_staff("admin")
    for region, key in (("44", "4419"), ("4419", "441900")):
        rows = admin.get("/api/v1/reports/breakdown", query_string={
            "as_of": day, "by": "region", "region": region}).get_json()["rows"]
        assert [(row["key"], row["positions_posted"]) for row in rows] == [(key, 7)], region


def test_the_posting_form_accepts_them(app, make_employer):
    from tests.test_web import FORM, _sign_in, _token

    web, _ = _sign_in(app, make_employer())
    token = _token(web.get("/employer/vacancies/new").text)
    r = web.post("/employer/vacancies/new",
                 data={**FORM, "region_code": "442000", "action": "draft", "csrf_token": token})
    assert r.status_code == 302, r.text
    assert "442000" in web.get(r.headers["Location"]).text or "中山" in web.get(r.headers["Location"]).text
    refused = web.post("/employer/vacancies/new",
                       data={**FORM, "region_code": "420100", "action": "draft", "csrf_token": token})
    assert refused.status_code != 302 and "县级" in refused.text
