"""The vacancy query builder (pure) and the segmenter it relies on."""

from recruit.search import analysis, queries


def _recall_clauses(body):
    return body["query"]["bool"]["must"][0]["bool"]["should"]


def test_chinese_query_is_segmented_and_never_a_single_character_or():
    body = queries.vacancy_search(q="招聘维修电工")
    clauses = _recall_clauses(body)
    words = next(c["match"]["title_words"] for c in clauses if "title_words" in c.get("match", {}))
    assert words["operator"] == "and"
    # filler like 招聘 is dropped; the job itself stays
    assert words["query"].split() == ["维修电工"]
    bigrams = next(c["match"]["title_bigrams"] for c in clauses if "title_bigrams" in c.get("match", {}))
    assert bigrams["minimum_should_match"] == "75%"
    # nothing matches on single characters with OR
    for clause in clauses:
        field = next(iter(clause["match"].values()))
        assert field.get("operator") == "and" or field.get("minimum_should_match")


def test_published_after_filter():
    import datetime as dt

    since = dt.datetime(2020, 6, 1, tzinfo=dt.UTC)
    body = queries.vacancy_search(published_after=since)
    assert {"range": {"published_at": {"gt": since.isoformat()}}} in body["query"]["bool"]["filter"]


def test_filters_and_paging():
    body = queries.vacancy_search(region="4201", salary_min=5000, page=3, per_page=10)
    assert {"term": {"region_path": "4201"}} in body["query"]["bool"]["filter"]
    assert {"range": {"salary_max": {"gte": 5000}}} in body["query"]["bool"]["filter"]
    assert body["from"] == 20 and body["size"] == 10
    assert body["sort"][0] == {"published_at": "desc"}


def test_segmenter():
    assert "工程师" in analysis.index_words("软件工程师").split()
    assert analysis.query_words("Java 开发，工程师！") == ["java", "开发", "工程师"]
    assert analysis.query_words("  ") == []
    assert analysis.query_words("招聘") == []


def test_a_query_of_only_filler_lists_everything_by_date():
    body = queries.vacancy_search(q="招聘")
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert "sort" in body
