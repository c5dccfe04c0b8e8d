"""The short-lived cache of public search pages, on the real Redis and Elasticsearch."""

import datetime as dt
import socket

import pytest
import redis

from recruit.extensions import db
from recruit.search import cache, outbox
from recruit.search.search_args import SearchArgs
from recruit.vacancies.models import Vacancy
from tests.factories import sync_search

QUERY = "/api/v1/search/vacancies?q=电焊工"


@pytest.fixture
def cached(app, search):
    """The cache on, with a page lifetime far longer than the closure bound under test."""
    saved = {k: app.config.get(k) for k in ("SEARCH_CACHE_SECONDS", "SEARCH_CACHE_URL")}
    app.config["SEARCH_CACHE_SECONDS"] = 300
    cache._paused_until[0] = 0.0
    yield redis.Redis.from_url(app.config["RATELIMIT_STORAGE_URI"])
    app.config.update(saved)
    cache._paused_until[0] = 0.0


def _ids(r) -> list[int]:
    assert r.status_code == 200, r.get_json()
    return [h["id"] for h in r.get_json()["hits"]]


def _welders(employer, make_vacancy, n=2) -> list[int]:
    return [make_vacancy(employer, title="电焊工",
                         description=f"负责钢结构焊接，第{i}组，持证上岗。")["id"] for i in range(n)]


def test_a_repeated_search_is_served_from_the_cache_unchanged(app, cached, client, make_employer,
                                                               make_vacancy):
    ids = _welders(make_employer(), make_vacancy)
    sync_search(app)
    first = client.get(QUERY)
    assert first.headers["X-Search-Cache"] == "miss" and sorted(_ids(first)) == sorted(ids)
    again = client.get(QUERY)
    assert again.headers["X-Search-Cache"] == "hit"
    assert again.get_json() == first.get_json()
    # another request (another page size) is another page
    assert client.get(QUERY + "&per_page=1").headers["X-Search-Cache"] == "miss"


def test_a_closed_vacancy_leaves_cached_pages_once_the_sync_worker_removes_it(
        app, cached, client, make_employer, make_vacancy):
    employer = make_employer()
    ids = _welders(employer, make_vacancy)
    sync_search(app)
    assert sorted(_ids(client.get(QUERY))) == sorted(ids)
    assert client.get(QUERY).headers["X-Search-Cache"] == "hit"
    r = employer.post(f"/api/v1/employers/me/vacancies/{ids[0]}/close", json={"reason": "岗位取消"})
    assert r.status_code == 200, r.get_json()
    sync_search(app)  # the worker applies the removal (and refreshes): the page lives 300 s more
    after = client.get(QUERY)
    assert after.headers["X-Search-Cache"] == "miss" and _ids(after) == [ids[1]]
    again = client.get(QUERY)
    assert again.headers["X-Search-Cache"] == "hit" and _ids(again) == [ids[1]]


def test_a_page_is_kept_no_longer_than_its_first_posting_stays_open(app, cached, client, make_employer,
                                                                     make_vacancy):
    ids = _welders(make_employer(), make_vacancy)
    ends = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=40)
    with app.app_context():
        db.session.get(Vacancy, ids[0]).expires_at = ends
        outbox.enqueue("vacancies", ids[0])
        db.session.commit()
    sync_search(app)
    assert client.get(QUERY).headers["X-Search-Cache"] == "miss"
    with app.app_context():
        key = cache.key(SearchArgs(q="电焊工"), "public")
    left = cached.pttl(key)
    assert 0 < left <= 40_000  # not the configured 300 s


def test_pages_are_never_shared_across_audiences(app, cached, client, make_employer, make_jobseeker,
                                                 make_vacancy):
    employer = make_employer()
    _welders(employer, make_vacancy)
    seeker = make_jobseeker()
    sync_search(app)
    assert client.get(QUERY).headers["X-Search-Cache"] == "miss"
    assert client.get(QUERY).headers["X-Search-Cache"] == "hit"
    for actor in (seeker, employer):  # the public page is not theirs; each role gets its own
        assert actor.get(QUERY).headers["X-Search-Cache"] == "miss"
        assert actor.get(QUERY).headers["X-Search-Cache"] == "hit"
    with app.app_context():
        keys = {cache.key(SearchArgs(q="电焊工"), a) for a in ("public", "jobseeker", "employer")}
    assert len(keys) == 3 and all(cached.exists(k) for k in keys)
    # a person's location is never stored, nor the distances from it
    for _ in range(2):
        assert client.get(QUERY + "&lat=30.59&lon=114.30").headers["X-Search-Cache"] == "off"
    with app.app_context():
        assert not cached.exists(cache.key(SearchArgs(q="电焊工", lat=30.59, lon=114.30), "public"))


@pytest.fixture
def closed_port():
    """A port bound but not listening: a connection to it is refused, for real."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    yield sock.getsockname()[1]
    sock.close()


def test_redis_down_means_searching_without_the_cache(app, cached, client, make_employer, make_vacancy,
                                                       closed_port):
    employer = make_employer()
    ids = _welders(employer, make_vacancy)
    sync_search(app)
    app.config["SEARCH_CACHE_URL"] = f"redis://127.0.0.1:{closed_port}/0"
    for _ in range(2):
        r = client.get(QUERY)
        assert r.headers["X-Search-Cache"] == "miss" and sorted(_ids(r)) == sorted(ids)
    # the sync worker still removes a closed vacancy from the index (the cache note is skipped)
    assert employer.post(f"/api/v1/employers/me/vacancies/{ids[0]}/close").status_code == 200
    assert sync_search(app)["deleted"] == 1
    assert _ids(client.get(QUERY)) == [ids[1]]
