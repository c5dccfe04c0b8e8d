"""The precise push's recommendations body (a post_filter rewrite for speed) finds exactly what the
API's body finds: the same hits in the same order, with the same scores and reasons, against the
real Elasticsearch, on postings made to tie and to sit on both sides of every condition."""

import copy
import datetime as dt
import itertools
import json

import pytest

from recruit.search import mappings, matching_queries
from recruit.search import weights as weights_file
from recruit.search.client import es

CAMPAIGN = 7
NOW = dt.datetime(2026, 11, 29, 2, 0, tzinfo=dt.UTC)


def _postings():
    """Every combination of the values the clauses read, a few of each: many postings score alike
    (ties at the window's edge), and each condition (expired, no headcount, education, outside
    the campaign) fails on some postings that would otherwise rank."""
    combos = itertools.product(["6-31-01", "6-18-02", "4-03-02"], ["420102", "420502", "110101"],
                               [4000, 9000], [0, 5], [[], ["graduate"]], ["电焊 焊工", "厨师 帮厨"])
    docs = []
    for n, (occupation, region, salary, years, groups, words) in enumerate(combos, start=1):
        docs.append({
            "id": n, "occupation_code": occupation, "occupation_major": occupation[0],
            "occupation_path": [occupation[0], occupation[:4], occupation],
            "region_code": region, "region_path": [region[:2], region[:4], region],
            "salary_max": salary, "experience_min_years": years, "welcomed_groups": groups,
            "employment_type": "full_time" if n % 3 else "part_time",
            "campaign_groups": ["graduate"] if n % 4 == 0 else [],
            "campaign_ids": [] if n % 11 == 0 else [CAMPAIGN],
            "title_words": words, "description_words": "负责 " + words,
            "location": {"lat": 30.5 + (n % 5) / 10, "lon": 114.3},
            "open_headcount": 0 if n % 13 == 0 else n % 4 + 1, "headcount": 5,
            "education_rank": 4 if n % 17 == 0 else n % 3,
            "published_at": (NOW - dt.timedelta(days=n % 6)).isoformat(),
            "expires_at": (NOW + dt.timedelta(days=-1 if n % 19 == 0 else 30)).isoformat(),
        })
    return docs


PROFILES = {
    "everything": matching_queries.MatchingProfile(
        desired_occupations=("6-31",), skills=("电焊",), keywords=("焊工",),
        desired_region_prefixes=("4201",), region_code="420102", lat=30.6, lon=114.3,
        expected_salary=6000, education_rank=2, experience_years=3,
        preferred_employment_types=("full_time",), groups=("graduate",), exclude_ids=(1, 2)),
    "skills only, no place": matching_queries.MatchingProfile(skills=("厨师",), education_rank=3),
    # no place either: postings in other regions asking for experience match no clause at all
    "nothing wanted": matching_queries.MatchingProfile(region_code="420502", education_rank=1,
                                                       experience_years=0),
    "two trades": matching_queries.MatchingProfile(
        desired_occupations=("6-18", "4-03"), region_code="110101", experience_years=None,
        education_rank=2, groups=("graduate",)),
}


def _hits(body):
    """(id, score, reasons) of each hit, with `now` fixed so that both bodies age alike."""
    body = json.loads(json.dumps(body).replace('"now"', json.dumps(NOW.isoformat())))
    resp = es().search(index=mappings.alias("vacancies"), **body)
    return [(h["_id"], round(h["_score"], 5), sorted(h.get("matched_queries", [])))
            for h in resp["hits"]["hits"]]


@pytest.fixture
def postings(app, search):
    with app.app_context():
        index = mappings.alias("vacancies")
        operations = []
        for doc in _postings():
            operations += [{"index": {"_index": index, "_id": str(doc["id"])}}, doc]
        resp = es().bulk(operations=operations, refresh=True)
        assert not resp["errors"]
    return len(operations) // 2


@pytest.mark.parametrize("name", sorted(PROFILES))
@pytest.mark.parametrize("size,window", [(10, 15), (10, 200), (500, 500)])
def test_the_push_body_finds_what_the_api_body_finds(app, postings, name, size, window):
    profile = PROFILES[name]
    w = copy.deepcopy(weights_file.load())
    w["match_speed"]["rescore_window"] = window  # 15: the window's edge falls inside a tie
    with app.app_context():
        api = _hits(matching_queries.recommendations(profile, size=size, weights=w, campaign_id=CAMPAIGN))
        push = _hits(matching_queries.recommendations(profile, size=size, weights=w, campaign_id=CAMPAIGN,
                                                      push=True))
    assert api and push == api
    if size == 500:  # every hit: the conditions kept out the same postings
        excluded = {str(i) for i in profile.exclude_ids}
        assert not excluded & {h[0] for h in push}
        assert len(push) < postings
    if name == "nothing wanted" and size == 500:  # every open posting is a hit, scored or not
        assert len(push) == sum(1 for d in _postings() if _open_to(d, profile))


def _open_to(doc, profile):
    return (CAMPAIGN in doc["campaign_ids"] and doc["open_headcount"] > 0
            and doc["education_rank"] <= profile.education_rank and doc["expires_at"] > NOW.isoformat())


def test_the_push_body_counts_nothing_and_reads_only_the_location():
    body = matching_queries.recommendations(PROFILES["everything"], size=10, campaign_id=CAMPAIGN, push=True)
    assert body["track_total_hits"] is False
    assert body["_source"] == ["location"]
    # the conditions are a post_filter; the query is the scoring clauses alone, each named once
    assert "filter" not in body["query"]["bool"] and "must" not in body["query"]["bool"]
    conditions = json.dumps(body["post_filter"])
    assert '"campaign_ids": 7' in conditions and '"_name"' not in conditions
    assert body["post_filter"]["bool"]["must_not"] == [{"ids": {"values": ["1", "2"]}}]
