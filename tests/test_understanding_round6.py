"""Issue 14, round 6 (sq4u): query understanding, pure. Licence classes and certificates name the
job, welcomed groups in their everyday phrasings, conversational queries and product factories,
pay cycle against a daily wage, zone nicknames, and sibling or look-alike titles in the vocabulary."""

import pytest

from recruit.search import concepts, ranking, said, understanding_pay
from recruit.search.understanding import understand


def _kinds(q):
    u = understand(q)
    return [(i.kind, i.value, i.applied_as) for i in u.intents], u.remaining


@pytest.mark.parametrize(("q", "value", "remaining"), [
    ("货车司机 A2", "heavy_truck_driver", "货车司机"),  # a specific job stays; the class only ranks
    ("A2司机", "heavy_truck_driver", "货车司机"),  # A2: a semi-trailer tractor, the heavy lorry
    ("B2驾照", "truck_driver", "货车司机"),
    ("C1 司机", "chauffeur", "小车司机"),  # the generic 司机 takes the class's vehicle
    ("c2驾照 开车", "chauffeur", "小车司机"),
    ("A1驾照", "bus_driver", "客车司机"),
    ("A3 驾驶员", "bus_driver", "客车司机"),
    ("有叉车证", "forklift_driver", "叉车司机"),
    ("电工证", "electrician", "电工"),
    ("焊工证 包吃住", "welder", "焊工"),
])
def test_a_licence_names_the_job_never_a_required_word(q, value, remaining):
    intents, rest = _kinds(q)
    assert ("licence", value, "boost") in intents
    assert rest == remaining


def test_a_licence_beside_another_job_only_ranks():
    intents, rest = _kinds("叉车司机 C1驾照")
    assert ("licence", "chauffeur", "boost") in intents and rest == "叉车司机"
    assert _kinds("B2B销售")[0] == []  # no class inside a longer code
    assert _kinds("驾照")[1] == "驾照"  # no class: the word alone is still searched


@pytest.mark.parametrize(("q", "group"), [
    ("返乡就业 普工", "migrant_worker"), ("回乡 普工", "migrant_worker"), ("外出务工 普工", "migrant_worker"),
    ("返乡创业 电工", "migrant_worker"), ("转业军人 保安", "veteran"), ("退役士兵 司机", "veteran"),
    ("低保户 保洁", "poverty_registered"), ("建档立卡户 保洁", "poverty_registered"),
    ("残障人士 客服", "disabled"), ("助残 客服", "disabled"), ("大学生 客服", "graduate"),
])
def test_welcomed_group_phrasings_rank_never_required(q, group):
    intents, rest = _kinds(q)
    assert intents == [("group", group, "boost")]
    assert rest == q.split()[1]


def test_mothers_and_older_workers_rank_the_jobs_they_mean():
    mothers = [("employment_type", "part_time", "boost"), ("said", "women", "boost")]
    assert _kinds("宝妈 客服") == (mothers, "客服")
    assert _kinds("妈妈岗") == ([("employment_type", "part_time", "boost")], "")
    assert _kinds("4050 保洁") == ([("age", "older", "boost")], "保洁")
    assert _kinds("大龄 保安") == ([("age", "older", "boost")], "保安")


@pytest.mark.parametrize(("q", "place", "text"), [
    ("我在东莞想找个离家近的厂", "4419", "厂"), ("东莞有没有厂招人", "4419", "厂"),
    ("孝感有没有厂招人", "4209", "厂"), ("中山灯饰厂", "4420", "灯饰厂"), ("东莞 玩具厂", "4419", "玩具厂"),
    ("家具厂招工", None, "家具厂"), ("想进印刷厂", None, "印刷厂"), ("纺织厂", None, "纺织厂"),
    ("电池厂", None, "电池厂"),
])
def test_any_factory_word_means_line_work_and_filler_is_never_required(q, place, text):
    u = understand(q)
    assert u.remaining == ""
    assert [(i.kind, i.value, i.text) for i in u.of_kind("sector")] == [("sector", "factory", text)]
    assert [i.value for i in u.of_kind("place")] == ([place] if place else [])


def test_a_job_title_or_a_repair_shop_ending_in_厂_is_not_line_work():
    assert understand("汽修厂").of_kind("sector") == ()
    assert understand("厂长").remaining == "厂长"
    assert understand("电子厂").of_kind("sector")[0].value == "electronics_factory"  # its own rule
    assert understand("工厂保安").remaining == "工厂保安"


def test_a_conversational_query_keeps_the_job_the_place_and_the_benefit():
    intents, rest = _kinds("东莞招叉车司机有五险吗")
    assert intents == [("place", "4419", "filter"), ("benefit", "social_insurance", "boost")]
    assert rest == "叉车司机"
    assert _kinds("找个包吃住的活") == ([("benefit", "room_and_board", "boost")], "")


def test_pay_cycle_is_when_you_are_paid():
    assert said.said_conditions("日薪300，工资周结。") == ["daily_rate", "weekly_pay"]
    assert said.said_conditions("一天280，工资月结，不日结。") == ["daily_rate", "monthly_pay"]
    assert said.said_conditions("日薪260，按出勤天数计薪。") == ["daily_rate"]
    assert said.said_conditions("干一天结一天") == ["daily_pay"]
    assert said.said_conditions("工资不能日结") == [] and said.said_conditions("非日结") == []
    # the query: 日薪 is an amount, 日结 the cycle, 不日结 never the daily filter
    assert _kinds("日薪300 搬运工") == ([("pay", (5940, None), "filter")], "搬运工")
    assert _kinds("日结 搬运工") == ([("pay_cycle", "daily", "filter")], "搬运工")
    assert [i.value for i in understand("搬运工 不日结").of_kind("pay_cycle")] == ["monthly"]


@pytest.mark.parametrize(("q", "city", "districts"), [
    ("光谷 客服", "4201", ("420111", "420115")), ("中关村 程序员", "1101", ("110108",)),
    ("张江 程序员", "3101", ("310115",)), ("陆家嘴 客服", "3101", ("310115",)),
    ("华强北 销售", "4403", ("440304",)), ("前海 客服", "4403", ("440305",)),
    ("武汉经开区 普工", "4201", ("420113", "420114")),
])
def test_a_zone_nickname_filters_on_its_city_and_ranks_its_districts(q, city, districts):
    intents, rest = _kinds(q)
    assert intents == [("place", city, "filter"), ("zone", districts, "boost")]
    assert rest == q.split()[1]


def test_a_zone_beside_its_city_still_ranks_its_districts_and_can_be_switched_off():
    assert _kinds("武汉 光谷 客服")[0] == [("place", "4201", "filter"),
                                       ("zone", ("420111", "420115"), "boost")]
    off = understand("光谷 客服", disabled=frozenset({"place:光谷"}))
    assert off.intents == () and off.remaining == "光谷 客服"


def test_zone_words_without_a_city_are_never_required():
    assert _kinds("高新区 普工") == ([], "普工")
    assert _kinds("开发区 电工") == ([], "电工")
    assert _kinds("武汉 高新区 普工") == ([("place", "4201", "filter")], "普工")
    assert _kinds("苏州园区 普工") == ([("place", "3205", "filter")], "普工")
    for q, code in (("孝感市 普工", "4209"), ("孝感 普工", "4209"), ("江夏区 客服", "420115"),
                    ("江夏 客服", "420115")):
        assert _kinds(q)[0] == [("place", code, "filter")]


@pytest.mark.parametrize(("title", "concept"), [
    ("送餐员", "food_delivery"), ("配送骑手", "food_delivery"), ("美团骑手", "food_delivery"),
    ("收派员", "courier"), ("快递派件员", "courier"), ("库管员", "warehouse_keeper"),
    ("仓储专员", "warehouse_keeper"), ("打荷", "kitchen_helper"), ("切配工", "kitchen_helper"),
    ("康复技师", "rehab_therapist"), ("pt治疗师", "rehab_therapist"), ("视觉设计师", "graphic_designer"),
    ("美工", "ecommerce_artist"), ("母婴护理师", "maternity_nurse"), ("育婴师", "childcare_worker"),
    ("电梯维保工", "elevator_mechanic"), ("电梯安装工", "elevator_mechanic"), ("话务员", "customer_service"),
    ("呼叫中心坐席", "customer_service"), ("掌勺师傅", "cook"),
])
def test_sibling_titles_name_their_kind(title, concept):
    assert concept in ranking.title_concepts(title)


@pytest.mark.parametrize(("title", "concept", "not_concept"), [
    ("导游", "tour_guide", "sales_guide"), ("采购员", "buyer", "sales_guide"),
    ("会展策划", "exhibition_planner", "accountant"), ("养护工", "gardener", "care_worker"),
    ("绿化养护工", "gardener", "care_worker"), ("护林员", "forest_ranger", "care_worker"),
    ("仓储专员", "warehouse_keeper", "picker"), ("管工", "plumber", "warehouse_keeper"),
])
def test_a_look_alike_title_is_its_own_job(title, concept, not_concept):
    assert ranking.title_concepts(title) == (concept,)
    assert not_concept not in concepts.lookup().get(title, ())


@pytest.mark.parametrize(("text", "said_it"), [
    ("时薪25，按月结算。", ["hourly_rate", "monthly_pay"]), ("25元/小时", ["hourly_rate"]),
    ("30块一小时，可兼职", ["hourly_rate", "part_time"]), ("每小时25元", ["hourly_rate"]),
    ("每天8小时，月薪5000", []), ("工作8小时/天，双休", ["weekends_off"]),
])
def test_a_wage_quoted_by_the_hour_is_said(text, said_it):
    assert said.said_conditions(text) == said_it


@pytest.mark.parametrize(("text", "period"), [
    ("日薪300", "day"), ("300一天", "day"), ("时薪25", "hour"), ("25/小时", "hour"), ("年薪10万", "year"),
    ("月薪8000", "month"), ("8000", None), ("保安", None),
])
def test_the_period_a_pay_phrase_quotes(text, period):
    assert understanding_pay.pay_period(text) == period
