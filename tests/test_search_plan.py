"""Pure builders of issue 14: understood conditions -> filters and named boosts, the ladder's
levels, capped reasons, the SearchArgs the schema loads. No services."""

import pytest

from recruit.search import analysis, intents, queries, queries_text, reasons, said, understanding
from recruit.search import weights as weights_file
from recruit.search.search_args import SearchArgs


def _plan(q: str, **kw) -> intents.Plan:
    return queries.plan_for(SearchArgs(q=q, **kw))


def _query(body: dict) -> dict:
    """The bool query under the stated conditions' multiplier (function_score), if any."""
    q = body["query"]
    while "function_score" in q:  # the occupation agreement (ranking.py) may wrap it once more
        q = q["function_score"]["query"]
    return q


def _filters(body: dict) -> list:
    """The request's filters and the understood ones (these sit beside the exact-title route)."""
    q = _query(body)["bool"]
    return q["filter"] + [f for m in q["must"] for alt in m.get("bool", {}).get("should", [])
                          for f in alt.get("bool", {}).get("filter", [])]


def test_conditions_become_filters_and_named_boosts():
    plan = _plan("东莞包吃住普工8k以上")
    assert plan.remaining == "普工" and plan.regions == ("4419",)
    assert plan.args.salary_min == 8000 and plan.args.region is None
    assert [b["constant_score"]["_name"] for b in plan.boosts] == ["benefit_room_and_board"]
    # over the floor, postings whose range starts at it rank first (added, never multiplied)
    assert "understood_pay_min" in [r["constant_score"].get("_name") for r in plan.ranks]
    assert [(u["kind"], u["applied_as"]) for u in plan.understood] == [
        ("place", "filter"), ("benefit", "boost"), ("pay", "filter")]
    assert plan.filter_reasons == ("understood_pay",) and plan.labels["understood_pay"] == "月薪8000以上"
    body = queries.vacancy_search(SearchArgs(q="东莞包吃住普工8k以上"), plan=plan)
    assert said.pay_floor(8000) in _filters(body)
    assert {"terms": {"region_path": ["4419"]}} in _filters(body)
    assert plan.boosts[0] in _query(body)["bool"]["should"]
    # the stated condition also multiplies the text score; the exact title needs no understood filter
    assert {"filter": plan.boosts[0]["constant_score"]["filter"], "weight": 9.0} in body["query"][
        "function_score"]["functions"]
    assert said.pay_floor(8000) not in _query(body)["bool"]["filter"]


def test_boost_kinds_and_benefits_that_include_others():
    plan = _plan("包住 退伍 无经验 国企 5000以下 保安")
    names = {b["constant_score"]["_name"]: b["constant_score"]["filter"] for b in plan.boosts}
    # the form's benefit (or one that includes it), or the posting says it in words
    assert names["benefit_housing"]["bool"]["should"] == [
        {"terms": {"benefits": ["housing", "room_and_board"]}},
        {"terms": {"said_conditions": ["housing", "room_and_board"]}}]
    assert names["welcomes_veteran"]["bool"]["should"] == [
        {"term": {"welcomed_groups": "veteran"}}, {"term": {"said_conditions": "veteran"}}]
    # 无经验 filters (relaxable) on postings asking none
    assert ("experience", {"range": {"experience_min_years": {"lte": 0}}}) in plan.conditions
    assert names["understood_pay_range"] == {"range": {"salary_min": {"lte": 5000}}}
    assert "understood_state_owned" in names and plan.args.salary_min is None
    assert plan.remaining == "保安"


def test_explicit_parameters_win_and_near_needs_a_location():
    plan = _plan("武汉 兼职 大专 8k以上 附近", region="44", employment_type=("full_time",),
                 education="bachelor", salary_min=3000)
    assert {u["kind"]: u["applied_as"] for u in plan.understood} == {
        "place": "overridden", "employment_type": "overridden", "education": "overridden",
        "pay": "overridden", "near": "ignored"}
    assert plan.args.region == "44" and plan.args.employment_type == ("full_time",)
    assert plan.regions == () and plan.args.salary_min == 3000 and plan.args.radius_km is None
    near = _plan("附近 保洁", lat=30.5, lon=114.3)
    assert near.args.radius_km == weights_file.load()["understanding"]["near_km"]
    body = queries.vacancy_search(near.args, plan=near)
    assert any("geo_distance" in f for f in _filters(body))


def test_switched_off_conditions_stay_in_the_text():
    plan = _plan("武汉 电工", off=frozenset({"place:武汉"}))
    assert plan.understood == () and "武汉" in plan.remaining and plan.regions == ()
    assert _plan("武汉 电工 8k以上", off=frozenset({"pay"})).args.salary_min is None


def test_a_query_of_conditions_only_matches_everything_ranked_by_the_boosts():
    plan = _plan("包住")
    body = queries.vacancy_search(plan.args, plan=plan)
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert body["sort"][0] == {"_score": "desc"}  # the boosts rank
    assert queries.levels(plan) == ("exact",)


def test_the_ladder_levels():
    w = weights_file.load()
    assert queries.levels(_plan("诚信 理发师")) == ("exact", "partial", "related", "chars")
    # a slip in a title, at most, then the title's characters
    assert queries.levels(_plan("宇航员")) == ("exact", "related", "chars")
    assert queries.levels(_plan("电汗工")) == ("exact", "spelling", "related", "chars")
    fuzzy = queries_text.related_clause("电焊功", w)["bool"]["should"][-1]["constant_score"]
    assert fuzzy["_name"] == "title_fuzzy" and fuzzy["filter"]["fuzzy"]["title"]["fuzziness"] == 1
    two = queries_text.most_words("诚信 踏实", w)["bool"]
    assert two["minimum_should_match"] == "-1" and two["_name"] == "most_words"
    four = queries_text.most_words("诚信 勤劳 肯干 踏实", w)["bool"]
    assert four["minimum_should_match"] == w["text"]["relaxed_min_match"]
    # the job word stays required; the other words only rank
    job = queries_text.most_words("诚信 理发师", w)["bool"]
    assert len(job["must"]) == 1 and "理发师" in str(job["must"]) and "诚信" in str(job["should"])
    assert "minimum_should_match" not in job
    assert queries_text.most_words("理发师", w) is None
    # one title jieba cuts into characters (月嫂: 月 + 嫂): no level of any one character (月薪 has 月);
    # a title cut into words still drops one (电商客服 -> 客服)
    assert analysis.query_words("月嫂") == ["月", "嫂"] and queries_text.most_words("月嫂", w) is None
    assert queries_text.most_words("电商客服", w) is not None
    own, related = queries_text.concept_codes("快递")
    assert "4-02-07" in own and "4-02" in related and "4-02-07" not in related
    clause = queries_text.related_clause("快递", w)["bool"]["should"]
    # no slip read in a known job word of two characters (焊工 is no 瓦工); in an unknown one, one
    assert [c["constant_score"]["_name"] for c in clause] == ["occupation_concept", "occupation_related"]
    assert queries_text.related_clause("电王", w)["bool"]["should"][-1]["constant_score"]["_name"] == \
        "title_fuzzy"
    assert clause[0]["constant_score"]["boost"] > clause[1]["constant_score"]["boost"]
    partial = queries.vacancy_search(SearchArgs(q="诚信 理发师"), level="partial")["query"]
    # the occupation agreement (ranking.py) multiplies the level's query
    agree = partial["function_score"]["functions"][1]
    assert agree["filter"] == {"terms": {"title_concepts": ["hairdresser"]}}
    assert partial["function_score"]["query"]["bool"]["must"][0]["bool"]["_name"] == "most_words"


def test_reasons_at_most_three_most_informative_first_one_per_meaning():
    out = reasons.explain(["description_words", "title_words", "title_phrase", "all_words",
                           "occupation_major", "occupation_match", "welcomes_veteran", "campaign_veteran",
                           "benefit_housing"], labels={"benefit_housing": "包住"})
    assert [r["code"] for r in out] == ["title_phrase", "occupation_match", "benefit_housing"]
    assert out[2]["text"] == "包住"
    assert [r["code"] for r in reasons.explain(["campaign_veteran", "welcomes_veteran"])] == [
        "welcomes_veteran"]
    assert [r["code"] for r in reasons.explain(["occupation_major", "occupation_match"])] == [
        "occupation_match"]
    assert reasons.explain(["understood_pay"], labels={"understood_pay": "月薪8000以上"}) == [
        {"code": "understood_pay", "text": "月薪8000以上"}]


def test_search_args_from_the_schema(app):
    from recruit.search.schemas import VacancySearchArgs

    with app.test_request_context():
        args = VacancySearchArgs().load({"q": "电工", "off": ["pay", "place:武汉"],
                                         "employment_type": ["full_time"]})
    assert isinstance(args, SearchArgs) and args.off == frozenset({"pay", "place:武汉"})
    assert args.employment_type == ("full_time",) and args.page == 1
    with pytest.raises(TypeError):
        SearchArgs.of({"nonsense": 1})
    with pytest.raises(AttributeError):
        args.q = "x"  # frozen


def test_understanding_is_reported_as_the_schema_documents():
    u = understanding.understand("日结 200一天")
    plan = intents.plan(SearchArgs(q="日结 200一天"), u, weights_file.load())
    assert plan.understood[1] == {"kind": "pay", "value": [3960, None], "text": "200一天",
                                  "applied_as": "filter"}


def test_the_diversified_order_is_complete_and_caps_while_others_remain():
    from recruit.search import diversify

    ranked = [(str(i), e) for i, e in enumerate([1, 1, 1, 1, 2, 1, 3, 1, 1])]
    out = diversify.order(ranked, 1, 3)
    assert sorted(out, key=int) == [str(i) for i in range(9)]  # every hit once
    assert out[:3] == ["0", "4", "6"]  # one per employer while others are left
    assert out[3:] == ["1", "2", "3", "5", "7", "8"]  # then employer 1 fills the pages
    assert diversify.offset_of(["div", 40], 1, 20) == 40 and diversify.offset_of(None, 3, 20) == 40
    assert diversify.is_cursor(["div", 3]) and not diversify.is_cursor([5, "x"])


def test_pinyin_spells_titles_in_full_and_by_initials():
    from recruit.search import pinyin

    assert "电焊工" in pinyin.terms_for("dianhan") and "电焊工" in pinyin.terms_for("dhg")
    assert pinyin.terms_for("baoan")[0] == "保安"  # an exact spelling first
    assert pinyin.is_latin("dian han") and not pinyin.is_latin("电工") and not pinyin.is_latin("a1")
    assert pinyin.terms_for("电工") == ()
    # a keyboard switched half way spells the Chinese too; Latin words of titles spell nothing known
    assert pinyin.spelled("护shi") == "hushi" and pinyin.spelled("dian焊工") == "dianhangong"
    assert pinyin.spelled("电工") is None and pinyin.spelled("A2司机") is None
    assert pinyin.terms_for(pinyin.spelled("Java开发") or "") == ()
    # half Chinese, half pinyin, spelling one title exactly: that title (the search uses it up front)
    assert pinyin.mixed("幼儿园老shi") == "幼儿园老师" and pinyin.mixed("护shi") == "护士"
    assert pinyin.mixed("电焊gong") == "电焊工" and pinyin.mixed("武汉 护shi 包住") == "武汉 护士 包住"
    unspelled = ("Java开发", "UI设计", "CAD制图", "A2司机", "护士", "hushi", "")
    assert [pinyin.mixed(q) for q in unspelled] == [None] * len(unspelled)
    body = queries.typeahead("dhg", 5, pinyin.terms_for("dhg"))
    assert {"prefix": {"title": {"value": "电焊工"}}} in body["query"]["bool"]["should"]
