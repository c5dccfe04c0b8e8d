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
    ("吃住自理。不包住。工资月结，不日结。非日结", []),
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
