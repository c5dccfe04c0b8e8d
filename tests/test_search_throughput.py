"""Issue 14 round 6 (search throughput) through the HTTP API on the real node: what the API asks
the node for is no more than the page needs, and the answers stay the same."""

import time

import pytest
import redis

from recruit import throttle
from recruit.search import service
from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy  # the fixture: post through the API, then set the other fields


@pytest.fixture
def sent(monkeypatch):
    """The bodies of each msearch round trip the search makes (still sent to the real node)."""
    trips: list[list[dict]] = []
    real = service._msearch

    def recording(bodies):
        trips.append(bodies)
        return real(bodies)

    monkeypatch.setattr(service, "_msearch", recording)
    return trips


def _ids(result):
    return [h["id"] for h in result["hits"]]


def test_lower_levels_fetch_only_the_rest_of_the_first_page(app, client, search, vacancy, sent):
    exact = [vacancy(title="理发师", description="诚信经营的理发店，剪发烫染。", occupation_code="4-10")
             for _ in range(3)]
    partial = [vacancy(title="理发师", description="店内男女剪发，提成高，底薪。", occupation_code="4-10")
               for _ in range(4)]
    sync_search(app)

    # the exact level fills the page: the lower levels are only counted
    full = _search(client, q="诚信 理发师", per_page=2)
    assert len(sent) == 2 and len(sent[0]) == 1 and sent[1]  # the first level, then the others
    assert sent[0][0]["size"] == 2 and all(body["size"] == 0 for body in sent[1])
    assert full["total"] == 7 and [h["match_level"] for h in full["hits"]] == ["exact", "exact"]
    assert set(_ids(full)) <= set(exact)

    # three exact hits on a page of five: the lower levels send at most the two left
    sent.clear()
    filled = _search(client, q="诚信 理发师", per_page=5)
    assert all(body["size"] == 2 for body in sent[1])
    assert [h["match_level"] for h in filled["hits"]] == ["exact"] * 3 + ["partial"] * 2
    assert set(_ids(filled)[:3]) == set(exact) and set(_ids(filled)[3:]) <= set(partial)

    # the same page as the whole list read page by page (pages beyond the first ask for slices)
    everything = _search(client, q="诚信 理发师", per_page=7)
    assert _ids(everything)[:5] == _ids(filled) and _ids(everything)[:2] == _ids(full)
    pages = [_search(client, q="诚信 理发师", per_page=2, page=n) for n in (1, 2, 3, 4)]
    assert [i for p in pages for i in _ids(p)] == _ids(everything)
    assert sorted(_ids(everything)) == sorted(exact + partial)


def test_a_limited_request_counts_and_reads_its_window_in_one_redis_call(app, client, search, monkeypatch):
    """The moving window's hit and the X-RateLimit-* headers' window come from one script call;
    the headers say what limits' own reading of the window says."""
    app.config["RATE_LIMITS"]["search"] = "3/minute"
    store = redis.Redis.from_url(app.config["RATELIMIT_STORAGE_URI"])
    for key in store.scan_iter(match=f"*{app.config['RATELIMIT_KEY_PREFIX']}*search*"):
        store.delete(key)
    scripts = []
    real = redis.Redis.execute_command

    def counting(self, *args, **kwargs):
        if str(args[0]).upper() in ("EVALSHA", "EVAL"):
            scripts.append(args[0])
        return real(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "execute_command", counting)
    remaining = []
    for _ in range(3):
        scripts.clear()
        r = client.get("/api/v1/search/vacancies", query_string={"q": "电工"},
                       environ_base={"REMOTE_ADDR": "10.6.6.6"})
        assert r.status_code == 200
        assert len(scripts) == 1, scripts  # the hit; the headers' window came with it
        assert r.headers["X-RateLimit-Limit"] == "3"
        remaining.append(int(r.headers["X-RateLimit-Remaining"]))
        assert 0 < int(r.headers["X-RateLimit-Reset"]) - time.time() <= 61
    assert remaining == [2, 1, 0]
    # limits' own reading of the window (its stock script) says the same
    (key,) = [k.decode() for k in store.scan_iter(match="*ip:10.6.6.6/*search*")]
    with app.app_context():
        storage = throttle.limiter.storage
        assert storage.get_moving_window(key.removeprefix(storage.key_prefix + ":"), 3, 60)[1] == 3
    r = client.get("/api/v1/search/vacancies", query_string={"q": "电工"},
                   environ_base={"REMOTE_ADDR": "10.6.6.6"})
    assert r.status_code == 429 and r.get_json()["code"] == "too_many_requests"
    assert 1 <= int(r.headers["Retry-After"]) <= 60 and r.headers["X-RateLimit-Remaining"] == "0"
    # another address has its own window
    other = client.get("/api/v1/search/vacancies", query_string={"q": "电工"},
                       environ_base={"REMOTE_ADDR": "10.6.6.7"})
    assert other.status_code == 200 and other.headers["X-RateLimit-Remaining"] == "2"


def test_limits_switched_off_count_nothing(app, client, search):
    """RATELIMIT_ENABLED False (the offline evaluations' switch, as flask-limiter had it)."""
    app.config["RATE_LIMITS"]["search"] = "1/minute"
    app.config["RATELIMIT_ENABLED"] = False
    try:
        answers = [client.get("/api/v1/search/vacancies", query_string={"q": "电工"},
                              environ_base={"REMOTE_ADDR": "10.6.6.8"}) for _ in range(3)]
        assert [r.status_code for r in answers] == [200, 200, 200]
        assert all("X-RateLimit-Remaining" not in r.headers for r in answers)
    finally:
        app.config["RATELIMIT_ENABLED"] = True
    assert client.get("/api/v1/search/vacancies", query_string={"q": "电工"},
                      environ_base={"REMOTE_ADDR": "10.6.6.8"}).headers["X-RateLimit-Remaining"] == "0"
