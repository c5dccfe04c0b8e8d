"""Conditions a posting states in words (recruit/search/said.py), and what search makes of them:
read at index time, negations left out, the exact title protected, stated conditions first."""

import pytest

from recruit.search import said
from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy


@pytest.mark.parametrize(("text", "expected"), [
    ("包吃住，不缴纳五险一金", ["room_and_board"]),
    ("吃住自理。不包住。工资月结，不日结。非日结", ["monthly_pay"]),
    ("免费提供住宿和工作餐。做五休二。", ["housing", "meals", "room_and_board", "weekends_off"]),
    ("入职缴纳五险一金，欢迎退伍军人", ["social_insurance_housing_fund", "veteran"]),
    ("不是双休，单双休", []),
    ("干一天结一天，学历不限", ["daily_pay", "no_education"]),
    ("只需周六周日上班", ["weekend"]),
    ("宿舍管理员，负责员工培训", []),
    ("吃苦耐劳不怕累，包吃住", ["room_and_board"]),
    ("", []),
])
def test_said_conditions(text, expected):
    assert said.said_conditions(text) == expected


def test_title_and_description_both_count_and_query_tokens():
    assert said.said_conditions("兼职瓦工", "贴瓷砖") == ["part_time"]
    assert said.said_conditions(None, "包住") == ["housing"]
    assert said.query_tokens("日结") == ("daily_pay",)
    assert said.query_tokens("周末兼职") == ("part_time", "weekend")
    assert said.query_tokens("全职") == ()


def test_conditions_said_in_the_description_rank_and_filter_negations_do_not(app, client, search, vacancy):
    says = vacancy(title="保安", description="负责门岗值守。公司包吃包住，工资日结。")
    denies = vacancy(title="保安", description="负责门岗值守。吃住自理，不包吃住，工资月结不日结。")
    form = vacancy(title="保安", description="负责小区门岗值守和日常巡逻。", benefits=["room_and_board"])
    sync_search(app)
    ranked = [h["id"] for h in _search(client, q="保安 包吃住")["hits"]]
    assert set(ranked[:2]) == {says, form} and ranked[2] == denies
    # 日结 filters: the posting saying it in words passes (its form says 全职), the one denying it not
    assert [h["id"] for h in _search(client, q="保安 日结")["hits"] if h["match_level"] == "exact"] == [says]


def test_an_exact_title_is_found_whatever_its_words_were_read_as(app, client, search, vacancy):
    exact = vacancy(title="兼职瓦工", description="负责室内墙地砖铺贴和找平。", employment_type="full_time")
    vacancy(title="瓦工", description="负责室内墙地砖铺贴和找平。", employment_type="full_time")
    sync_search(app)
    result = _search(client, q="兼职瓦工")
    assert result["hits"][0]["id"] == exact
    assert result["hits"][0]["reasons"][0]["code"] == "title_exact"


def test_words_nothing_holds_beside_answering_conditions_do_not_empty_the_page(app, client, search,
                                                                               vacancy):
    free = vacancy(title="保洁", description="打扫卫生。学历不限。", education_min="senior_high")
    sync_search(app)
    result = _search(client, q="不限学历 诚信靠谱")
    assert [h["id"] for h in result["hits"]] == [free] and result["match_level"] == "related"


def test_a_query_that_is_a_posted_title_ranks_by_its_condition_words_on_every_page(app, client, search,
                                                                                    vacancy):
    text = "负责室内墙地砖铺贴和找平。"
    exact = vacancy(title="兼职瓦工", description=text, employment_type="full_time")
    part = vacancy(title="瓦工", description=text + "可兼职，时间自由。", employment_type="full_time")
    full = vacancy(title="瓦工", description=text, employment_type="full_time")
    vacancy(title="保洁", description="负责写字楼公共区域打扫卫生。", employment_type="part_time")
    sync_search(app)
    result = _search(client, q="兼职瓦工")
    # 兼职 is part of the job's name here: it ranks (part first), the other 瓦工 still come
    assert [h["id"] for h in result["hits"]] == [exact, part, full]
    assert {h["match_level"] for h in result["hits"]} == {"exact"}
    assert [(u["kind"], u["applied_as"]) for u in result["understood"]] == [("employment_type", "boost")]
    # the same decision on every page, both paging modes: complete, not overlapping
    pages = [_search(client, q="兼职瓦工", per_page=1, page=n)["hits"] for n in (1, 2, 3)]
    assert [p[0]["id"] for p in pages] == [exact, part, full]
    cursor, seen = None, []
    for _ in range(3):
        page = _search(client, q="兼职瓦工", per_page=1, **({"cursor": cursor} if cursor else {}))
        seen += [h["id"] for h in page["hits"]]
        cursor = page["next_cursor"]
    assert seen == [exact, part, full]


def test_a_type_word_joined_to_a_job_ranks_and_does_not_filter(app, client, search, vacancy):
    # 兼职瓦工 names a job's title: the part-time ones first, the full-time tilers still shown
    part = vacancy(title="瓦工", description="负责住宅室内墙地砖铺贴。", employment_type="part_time")
    full = vacancy(title="瓦工", description="负责住宅室内墙地砖铺贴。", employment_type="full_time")
    sync_search(app)
    result = _search(client, q="兼职瓦工")
    assert [h["id"] for h in result["hits"]] == [part, full]
    assert [(u["kind"], u["applied_as"]) for u in result["understood"]] == [("employment_type", "boost")]
    # apart from the job word it is a filter
    assert [h["id"] for h in _search(client, q="兼职 瓦工")["hits"] if h["match_level"] == "exact"] == [part]
    # the request's own filter is never softened by the title
    assert _search(client, q="瓦工", employment_type="part_time")["total"] == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("综合工资8k-10k，包住", (8000, 10000)),
    ("月薪8000，双休", (8000, 8000)),
    ("日薪200，干一天结一天", (4400, 4400)),
    ("底薪3000+提成", (3000, None)),
    ("工厂占地5000平方米，员工1000人，2024年投产", None),
    ("薪资面议", None),
    (None, None),
])
def test_said_pay(text, expected):
    assert said.said_pay(text) == expected


def test_pay_written_only_in_the_description_meets_a_pay_floor(app, client, search, vacancy):
    none = {"salary_min": 0, "salary_max": 0}  # the form's 面议
    high = vacancy(title="保安", description="负责小区门岗值守。月薪9000，包住。", **none)
    vacancy(title="保安", description="负责小区门岗值守。月薪4000。", **none)
    vacancy(title="保安", description="负责小区门岗值守。月入过万不是梦。", salary_min=3000, salary_max=4000)
    sync_search(app)
    for q in ("保安 8k以上", "保安 月薪8000"):
        result = _search(client, q=q)
        assert [h["id"] for h in result["hits"] if h["match_level"] == "exact"] == [high], q
    # the filter parameter reads it too; the form's own salary is shown, never the text's
    found = _search(client, q="保安", salary_min=8000)
    assert [h["id"] for h in found["hits"]] == [high] and found["hits"][0]["salary_max"] == 0
