"""Pure query builders and the text analysis they rely on: no services."""

import datetime as dt
import json

from recruit.search import analysis, matching_queries, queries, reasons, said
from recruit.search import weights as weights_file
from recruit.search.search_args import SearchArgs


def _find(obj, key):
    """Every value under `key` anywhere in a nested body."""
    found = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == key:
                found.append(v)
            found.extend(_find(v, key))
    elif isinstance(obj, list):
        for v in obj:
            found.extend(_find(v, key))
    return found


def _names(body):
    return set(_find(body, "_name"))


def test_text_query_segments_and_never_ors_single_characters():
    recall, scoring = queries.text_query("招聘维修电工 武汉")
    every_word = next(c for c in recall["bool"]["should"] if c.get("bool", {}).get("_name") == "all_words")
    # filler like 招聘 is dropped; each remaining word must be found in some field
    per_word = every_word["bool"]["must"]
    assert len(per_word) == 1  # 武汉 is a preference, not a job word
    assert "维修电工" in json.dumps(per_word[0], ensure_ascii=False)
    # the word in some field, or (ranking below it) the titles and phrases of the concept it names
    literal, *concept = per_word[0]["bool"]["should"]
    assert [c["constant_score"]["_name"] for c in concept] == ["concept_title", "concept_description"]
    assert "电工" in json.dumps(concept[0], ensure_ascii=False)
    per_field = literal["bool"]["should"]
    assert per_word[0]["bool"]["minimum_should_match"] == 1
    fields = {next(iter(_find(q, "match")[0])) for q in per_field}
    assert fields == {"title_words", "description_words", "region_words", "employer_name_words"}
    # each field the word is in adds that field's weight, under the field's reason code
    w = weights_file.load()["text"]
    assert {q["bool"]["_name"]: q["bool"]["boost"] for q in per_field} == {
        "title_words": w["title_words"], "description_words": w["description_words"],
        "region_words": w["region_words"], "employer_name": w["employer_name"]}
    two, _ = queries.text_query("Java 开发")
    assert len(next(c for c in two["bool"]["should"] if c.get("bool", {}).get("_name") == "all_words")
               ["bool"]["must"]) == 2
    assert "招聘" not in json.dumps(recall, ensure_ascii=False)
    bigrams = next(c["match"]["title_bigrams"] for c in recall["bool"]["should"]
                   if "title_bigrams" in c.get("match", {}))
    assert bigrams["minimum_should_match"] == weights_file.load()["text"]["title_bigrams_min_match"]
    for match in _find(recall, "match"):
        for spec in match.values():
            assert spec.get("operator") == "and" or spec.get("minimum_should_match")
    # the place is a preference, scored but not required
    assert {"title_phrase", "region_words", "description_words"} <= _names(scoring)
    assert "武汉" not in json.dumps(recall, ensure_ascii=False)


def test_synonyms_expand_each_query_word():
    assert set(analysis.alternatives("司机")) >= {"司机", "驾驶员"}
    assert analysis.alternatives("司机")[0] == "司机"
    recall, _ = queries.text_query("司机")
    text = json.dumps(recall, ensure_ascii=False)
    assert "驾驶员" in text and "司机" in text
    assert analysis.alternatives("焊接机器人") == ("焊接机器人",)


def test_weights_come_from_the_file():
    w = weights_file.load()
    custom = json.loads(json.dumps(w))
    custom["text"]["title_words"] = 9.5
    recall, _ = queries.text_query("电工", custom)
    assert 9.5 in _find(recall, "boost") and w["text"]["title_words"] != 9.5
    assert 9.5 not in _find(queries.text_query("电工")[0], "boost")


def test_filters():
    f = queries.vacancy_filters(region="4201", occupation="6-31", industry="C", salary_min=5000,
                                salary_max=8000, education="senior_high",
                                employment_type=["full_time"], benefits=["room_and_board"],
                                published_within_days=7, key_enterprise=True, welcomes="graduate",
                                campaign=3, lat=30.6, lon=114.3, radius_km=10)
    assert {"term": {"region_path": "4201"}} in f
    assert {"term": {"occupation_path": "6-31"}} in f
    assert {"term": {"industry_section": "C"}} in f
    assert said.pay_floor(5000) in f and {"range": {"salary_min": {"lte": 8000}}} in f
    # the form's level, or the posting says 学历不限 (said_conditions)
    assert {"bool": {"should": [{"range": {"education_rank": {"lte": 2}}},
                                {"term": {"said_conditions": "no_education"}}],
                     "minimum_should_match": 1}} in f
    assert {"terms": {"employment_type": ["full_time"]}} in f
    assert {"term": {"benefits": "room_and_board"}} in f
    assert {"range": {"published_at": {"gte": "now-7d/d"}}} in f
    assert {"term": {"is_key_enterprise": True}} in f
    assert {"bool": {"should": [{"term": {"welcomed_groups": "graduate"}},
                                {"term": {"said_conditions": "graduate"}}], "minimum_should_match": 1}} in f
    assert {"term": {"campaign_ids": 3}} in f
    assert {"geo_distance": {"distance": "10km", "location": {"lat": 30.6, "lon": 114.3}}} in f
    assert queries.vacancy_filters(industry="C38")[-1] == {"term": {"industry_code": "C38"}}
    since = dt.datetime(2020, 6, 1, tzinfo=dt.UTC)
    assert {"range": {"published_at": {"gt": since.isoformat()}}} in queries.vacancy_filters(
        published_after=since)


def test_sorts_paging_and_cursor():
    body = queries.vacancy_search(SearchArgs(q="电工", page=3, per_page=10))
    assert body["from"] == 20 and body["size"] == 10
    assert body["sort"][0] == {"_score": "desc"}
    assert body["sort"][1:] == [{"published_at": "desc"}, {"id": "desc"}]  # ties: newest first
    # the freshness multiplier is a weight: off in weights.toml, on when given one (the only
    # multiplier then is the occupation agreement of ranking.py)
    functions = body["query"]["function_score"]["functions"]
    assert not any("gauss" in f for f in functions) and "title_concepts" in str(functions)
    w = json.loads(json.dumps(weights_file.load()))
    w["freshness"]["search_weight"] = 0.5
    fresh = queries.vacancy_search(SearchArgs(q="电工"), weights=w)["query"]["function_score"][
        "functions"]
    assert fresh[1]["weight"] == 0.5 and "published_at" in fresh[1]["gauss"]
    body = queries.vacancy_search(SearchArgs(sort="salary", search_after=(9000, 8000, 5)))
    assert body["search_after"] == [9000, 8000, 5] and "from" not in body
    assert body["sort"][0] == {"salary_max": "desc"}
    body = queries.vacancy_search(SearchArgs(sort="distance", lat=30.5, lon=114.3))
    assert body["sort"][0]["_geo_distance"]["location"] == {"lat": 30.5, "lon": 114.3}
    assert queries.vacancy_search(SearchArgs())["sort"][0] == {"published_at": "desc"}
    assert queries.vacancy_search(SearchArgs(diversify=2, per_page=10))["size"] == 10 * weights_file.load()[
        "diversify"]["overfetch"]


def test_facets_go_one_level_below_the_region_filter():
    assert queries.vacancy_search(SearchArgs(facets=True))["aggs"]["region"]["terms"]["field"] == "province"
    by_prefecture = queries.vacancy_search(SearchArgs(facets=True, region="42"))["aggs"]["region"]["terms"]
    assert by_prefecture["field"] == "prefecture"
    ranges = queries.vacancy_search(SearchArgs(facets=True))["aggs"]["salary_band"]["range"]["ranges"]
    assert ranges[0] == {"key": "0-3000", "to": 3000} and ranges[-1] == {"key": "20000+", "from": 20000}


def test_diversify_keeps_rank_order_and_caps_each_employer():
    hits = [{"_source": {"employer_id": e}, "_id": str(i)} for i, e in enumerate([1, 1, 1, 2, 1, 3])]
    kept = queries.diversify_hits(hits, 2, 4)
    assert [h["_id"] for h in kept] == ["0", "1", "3", "5"]


def test_recommendations_name_every_reason_and_filter_what_cannot_fit():
    profile = matching_queries.MatchingProfile(
        desired_occupations=("6-31",), skills=("电焊",), keywords=("焊工",),
        desired_region_prefixes=("4201",), region_code="420102", lat=30.6, lon=114.3,
        expected_salary=6000, education_rank=2, experience_years=3,
        preferred_employment_types=("full_time",), groups=("graduate",), exclude_ids=(7,))
    body = matching_queries.recommendations(profile, size=5)
    assert _names(body) >= {"occupation_match", "occupation_major", "skills_match", "title_match",
                            "region_match", "home_region", "salary_fit", "experience_fit",
                            "employment_type_fit", "welcomes_graduate", "campaign_graduate",
                            "within_km"}
    inner = body["query"]["bool"]
    assert {"range": {"education_rank": {"lte": 2}}} in inner["filter"]
    assert {"range": {"open_headcount": {"gt": 0}}} in inner["filter"]
    assert inner["must_not"] == [{"ids": {"values": ["7"]}}]
    # a wanted job is required: occupation, skills or title, not just any open vacancy
    wants = {c["constant_score"]["_name"] for c in inner["must"][0]["bool"]["should"]}
    assert wants == {"occupation_match", "skills_match", "title_match"}
    # decay bonuses are a rescore of the best window only
    rescore = body["rescore"]
    assert rescore["window_size"] == weights_file.load()["match_speed"]["rescore_window"]
    assert rescore["query"]["score_mode"] == "total"
    assert body["track_total_hits"] == weights_file.load()["match_speed"]["count_up_to"]
    w = weights_file.load()["match"]
    occupation = next(c for c in inner["must"][0]["bool"]["should"]
                      if c["constant_score"]["_name"] == "occupation_match")
    assert occupation["constant_score"]["boost"] == w["occupation_match"]
    # past titles match with their synonyms: one occupation code covers several job kinds
    courier = matching_queries.recommendations(
        matching_queries.MatchingProfile(keywords=("快递员",), experience_years=0), size=5)
    title = next(c for c in courier["query"]["bool"]["must"][0]["bool"]["should"]
                 if c["constant_score"]["_name"] == "title_match")
    text = json.dumps(title, ensure_ascii=False)
    assert "快递派送员" in text and "快递员" in text and "外卖骑手" not in text
    assert title["constant_score"]["boost"] == w["title_match"]


def test_candidates_only_see_resumes_visible_to_the_employer():
    vacancy = {"occupation_path": ["6", "6-31"], "title": "电焊工", "region_path": ["42", "4201", "420102"],
               "salary_max": 9000, "employment_type": "full_time", "welcomed_groups": ["veteran"],
               "education_rank": 1, "experience_min_years": 1, "location": {"lat": 30.6, "lon": 114.3}}
    body = matching_queries.candidates(vacancy, employer_id=42)
    inner = body["query"]["bool"]
    visible = inner["filter"][0]["bool"]["should"]
    assert {"term": {"visibility": "public"}} in visible
    assert {"bool": {"filter": [{"term": {"visibility": "applied_only"}},
                                {"term": {"applied_employer_ids": 42}}]}} in visible
    assert {"range": {"education_rank": {"gte": 1}}} in inner["filter"]
    assert _names(body) >= {"occupation_match", "skills_match", "region_match", "welcomes_veteran",
                            "within_km", "salary_fit"}


def test_typeahead_is_prefix_on_titles():
    body = queries.typeahead(" 电 ")
    assert {"prefix": {"title": {"value": "电", "boost": 2}}} in body["query"]["bool"]["should"]
    assert body["aggs"]["titles"]["terms"]["field"] == "title"


def test_reasons_have_codes_and_chinese():
    out = reasons.explain(["within_km", "occupation_match", "welcomes_graduate"], 12.4)
    assert out == [{"code": "occupation_match", "text": "职业对口"},
                   {"code": "welcomes_graduate", "text": "欢迎高校毕业生"},
                   {"code": "within_km", "text": "距离12公里"}]
    # the pay floor met and the range starting at it say one thing: the stronger (起薪) alone
    labels = {"understood_pay": "月薪5940以上", "understood_pay_min": "起薪5940以上"}
    both = reasons.explain(["understood_pay", "understood_pay_min", "occupation_match"], None, labels)
    assert both == [{"code": "occupation_match", "text": "职业对口"},
                    {"code": "understood_pay_min", "text": "起薪5940以上"}]
    only = reasons.explain(["understood_pay"], None, labels)
    assert only == [{"code": "understood_pay", "text": "月薪5940以上"}]
    km = reasons.haversine_km({"lat": 30.5928, "lon": 114.3055}, {"lat": 30.5928, "lon": 114.4055})
    assert 9.0 < km < 10.5


def test_segmenter():
    assert "工程师" in analysis.index_words("软件工程师").split()
    assert analysis.query_words("Java 开发，工程师！") == ["java", "开发", "工程师"]
    assert analysis.query_words("  ") == []
    assert analysis.query_words("招聘") == []


def test_index_words_cut_run_by_run_equal_jiebas_cut_of_the_whole_text():
    import jieba

    analysis.index_words("")  # loads jieba's dictionary and our words first
    texts = ["招聘Java开发工程师（3名）。岗位职责：负责后端API开发；五险一金、包吃住。编号20200613",
             "软件工程师 C++/Python，月薪8000-12000元，武汉市江岸区", "普工\n长白班，13579246801 勿扰", ""]
    for text in texts:
        analysis.index_words.cache_clear()
        whole = " ".join(analysis._clean(jieba.cut_for_search(text)))
        assert analysis.index_words(text) == whole
        assert analysis.index_words(text) == whole  # and again from the caches


def _jieba_query_words(text: str) -> list[str]:
    import jieba

    seen: dict[str, None] = {}
    for word in analysis._clean(jieba.cut(text)):
        if word not in analysis.QUERY_STOPWORDS:
            seen.setdefault(word, None)
    return list(seen)


def test_the_fast_cutter_gives_jiebas_words_for_any_text():
    """jieba-rs does the cutting where it agrees with jieba; over generated ads, names, addresses,
    codes and every synonym and soft word, the words must be jieba's, in both modes."""
    import random

    import jieba
    from faker import Faker

    from recruit import demo

    analysis.warm_up()
    fake, rng = Faker("zh_CN"), random.Random(11)
    fake.seed_instance(11)
    terms = [t for group in analysis.synonym_groups() for t in group] + sorted(analysis.soft_words())
    texts = [f"招聘{t}若干名，{t}优先" for t in terms] + [t for t, *_ in demo.TITLES]
    texts += list(demo.DUTIES) + list(demo.PERKS)
    for _ in range(300):
        texts += [fake.text(max_nb_chars=160), fake.job(), fake.address(), fake.company(),
                  fake.phone_number(), f"{fake.word()}{rng.randint(0, 99999)}{fake.word()}",
                  rng.choice(["C1驾照", "3D打印", "HIV", "C++/C#", "5.8k-8k", "提成10%", "6-31-01",
                              "v1.2", "qq.com", "ＡＢＣ１２３", "T恤", "4S店", "X光"]) + fake.word()]
    for text in texts:
        assert analysis.index_words(text) == " ".join(analysis._clean(jieba.cut_for_search(text))), text
        assert analysis.query_words(text) == _jieba_query_words(text), text
    parts = [p for t in texts for p in analysis._BLOCKS.split(t) if analysis._BLOCKS.fullmatch(p)]
    fast = [p for p in parts if not analysis._JIEBA_ONLY.search(p)]
    assert len(fast) > 0.9 * len(parts)  # the corpus exercises the fast cutter, not only jieba


def test_a_query_of_only_filler_lists_everything_by_date():
    body = queries.vacancy_search(SearchArgs(q="招聘"))
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert body["sort"][0] == {"published_at": "desc"}
