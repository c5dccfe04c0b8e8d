"""Issue 14 round 6 (search throughput) through the HTTP API on the real node: what the API asks
the node for is no more than the page needs, and the answers stay the same."""


import pytest
import redis

from recruit.search import ladder
from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy  # the fixture: post through the API, then set the other fields


@pytest.fixture
def sent(monkeypatch):
    """The bodies of each msearch round trip the search makes (still sent to the real node)."""
    trips: list[list[dict]] = []
    real = ladder.msearch

    def recording(bodies):
        trips.append(bodies)
        return real(bodies)

    monkeypatch.setattr(ladder, "msearch", recording)
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


def test_a_limited_search_counts_per_address_in_one_round_trip(app, client, search):
    """The named limit on search: each search counted in the shared window, no X-RateLimit-*
    headers read back (a second Redis call per search), then 429 with Retry-After in the error
    shape; another address has its own window."""
    app.config["RATE_LIMITS"]["search"] = "3/minute"
    store = redis.Redis.from_url(app.config["RATELIMIT_STORAGE_URI"])
    for key in store.scan_iter(match=f"*{app.config['RATELIMIT_KEY_PREFIX']}*search*"):
        store.delete(key)
    window = []
    for _ in range(3):
        r = client.get("/api/v1/search/vacancies", query_string={"q": "电工"},
                       environ_base={"REMOTE_ADDR": "10.6.6.6"})
        assert r.status_code == 200
        assert not [k for k, _ in r.headers if k.lower().startswith("x-ratelimit")]
        # the moving window holds one entry per search counted
        window.append(sum(store.llen(k) for k in store.scan_iter(
            match=f"*{app.config['RATELIMIT_KEY_PREFIX']}*") if b"search" in k and b"10.6.6.6" in k))
    assert window == [1, 2, 3]
    r = client.get("/api/v1/search/vacancies", query_string={"q": "电工"},
                   environ_base={"REMOTE_ADDR": "10.6.6.6"})
    assert r.status_code == 429 and r.get_json()["code"] == "too_many_requests"
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    for n in range(3):
        other = client.get("/api/v1/search/vacancies", query_string={"q": "电工"},
                           environ_base={"REMOTE_ADDR": "10.6.6.7"})
        assert other.status_code == 200, n
    assert client.get("/api/v1/search/vacancies", query_string={"q": "电工"},
                      environ_base={"REMOTE_ADDR": "10.6.6.7"}).status_code == 429
