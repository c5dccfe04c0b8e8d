"""Saved searches: "what is new since I last looked", on the real Elasticsearch."""

import datetime as dt

from recruit.extensions import db
from recruit.saved_searches.models import SavedSearch
from tests.factories import sync_search


def _new(seeker, saved_id, **args):
    r = seeker.get(f"/api/v1/me/saved-searches/{saved_id}/new", query_string=args)
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def _titles(result):
    return sorted(h["title"] for h in result["hits"])


def test_new_returns_matching_vacancies_published_since_the_last_check(
        app, search, make_employer, make_jobseeker, make_vacancy):
    employer = make_employer()
    make_vacancy(employer, title="维修电工")  # before the search was saved: not new
    seeker = make_jobseeker()
    r = seeker.post("/api/v1/me/saved-searches",
                    json={"name": "武汉电工", "query": {"q": "电工", "region": "4201"}})
    assert r.status_code == 201, r.get_json()
    saved = r.get_json()
    assert saved["query"] == {"q": "电工", "region": "4201"}

    make_vacancy(employer, title="高压电工", region_code="420106")
    make_vacancy(employer, title="电工学徒", region_code="440305")  # wrong region
    make_vacancy(employer, title="会计", description="负责公司账务处理与纳税申报，五险一金。")
    sync_search(app)
    first = _new(seeker, saved["id"])
    assert _titles(first) == ["高压电工"] and first["total"] == 1
    # nothing new since that check
    assert _new(seeker, saved["id"])["total"] == 0

    make_vacancy(employer, title="维修电工", region_code="420111")
    sync_search(app)
    assert _titles(_new(seeker, saved["id"])) == ["维修电工"]
    assert [s["id"] for s in seeker.get("/api/v1/me/saved-searches").get_json()] == [saved["id"]]


def test_pages_share_one_window_and_the_watermark_moves_after_the_last(
        app, search, make_employer, make_jobseeker, make_vacancy):
    seeker = make_jobseeker()
    saved = seeker.post("/api/v1/me/saved-searches", json={"name": "普工", "query": {"q": "普工"}}
                        ).get_json()
    employer = make_employer()
    for _ in range(3):
        make_vacancy(employer, title="普工")
    sync_search(app)
    page1 = _new(seeker, saved["id"], per_page=2)
    assert (page1["total"], len(page1["hits"])) == (3, 2)
    page2 = _new(seeker, saved["id"], per_page=2, page=2)
    assert (page2["total"], len(page2["hits"])) == (3, 1)
    assert {h["id"] for h in page1["hits"]}.isdisjoint(h["id"] for h in page2["hits"])
    assert _new(seeker, saved["id"])["total"] == 0


def test_a_vacancy_still_waiting_for_the_index_is_not_skipped(
        app, search, make_employer, make_jobseeker, make_vacancy):
    seeker = make_jobseeker()
    saved = seeker.post("/api/v1/me/saved-searches", json={"name": "焊工", "query": {"q": "焊工"}}
                        ).get_json()
    make_vacancy(make_employer(), title="焊工")  # published, not yet indexed
    assert _new(seeker, saved["id"])["total"] == 0
    sync_search(app)
    assert _titles(_new(seeker, saved["id"])) == ["焊工"]


def test_saved_search_input_is_validated_by_the_search_schema(app, make_jobseeker):
    seeker = make_jobseeker()
    r = seeker.post("/api/v1/me/saved-searches",
                    json={"name": "x", "query": {"region": "4x", "colour": "red", "page": 2}})
    assert r.status_code == 422
    assert set(r.get_json()["errors"]["json"]["query"]) == {"region", "colour", "page"}
    r = seeker.post("/api/v1/me/saved-searches", json={"name": "", "query": []})
    assert set(r.get_json()["errors"]["json"]) == {"name", "query"}
    with app.app_context():
        assert db.session.query(SavedSearch).count() == 0


def test_saved_searches_are_private(make_jobseeker):
    owner = make_jobseeker("甲", birth="19900101")
    saved = owner.post("/api/v1/me/saved-searches", json={"name": "电工", "query": {"q": "电工"}}
                       ).get_json()
    other = make_jobseeker("乙", birth="19910101")
    assert other.get(f"/api/v1/me/saved-searches/{saved['id']}/new").status_code == 404
    assert other.client.delete(f"/api/v1/me/saved-searches/{saved['id']}",
                               headers=other.headers).status_code == 404
    assert other.get("/api/v1/me/saved-searches").get_json() == []
    assert owner.client.delete(f"/api/v1/me/saved-searches/{saved['id']}",
                               headers=owner.headers).status_code == 204
    assert owner.get("/api/v1/me/saved-searches").get_json() == []


def test_the_window_starts_when_the_search_is_saved(app, make_jobseeker):
    seeker = make_jobseeker()
    before = dt.datetime.now(dt.UTC)
    saved = seeker.post("/api/v1/me/saved-searches", json={"name": "电工", "query": {}}).get_json()
    # floored to Elasticsearch's millisecond, one step back: never later than the save
    start = dt.datetime.fromisoformat(saved["last_checked_at"])
    assert before - dt.timedelta(milliseconds=2) <= start <= dt.datetime.now(dt.UTC)
