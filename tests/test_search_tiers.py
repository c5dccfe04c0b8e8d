"""Issue 14, round 6 (sq4r), through the HTTP API on the real node: occupation tiers. The kind the
query means, then its siblings, then its family, then anything sharing characters; a compound
title's modifier decides its kind; a preference orders within a kind and never lifts another
occupation over it; a requirement that only ranks (softened) stays above the tiers."""

from recruit.search import ranking
from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy  # the fixture: post through the API, then set the other fields


def _ids(result):
    return [h["id"] for h in result["hits"]]


def test_a_titles_modifier_decides_its_kind_and_the_family_is_read_from_the_siblings():
    assert ranking.title_concepts("家政保洁员") == ("hourly_cleaner",)  # 家政保洁 + 员, not the office 保洁员
    assert ranking.title_concepts("商场保洁") == ("cleaner",)
    assert ranking.title_concepts("仓库叉车工") == ("forklift_driver",)
    siblings, kin = ranking.family(("forklift_driver",))
    assert {"warehouse_keeper", "picker"} <= siblings and "sorter" in kin
    assert "electrician" not in siblings | kin and "taxi_driver" not in siblings | kin
    assert ranking.modifier(["空调", "维修工"]) == "空调" and ranking.modifier(["叉车司机"]) == "叉车"
    assert ranking.modifier(["服务员"]) is None  # 服务 + 员 is no modifier


def test_few_of_the_kind_in_a_place_the_family_comes_before_titles_sharing_characters(app, client, search,
                                                                                      vacancy):
    place = "320506"
    forklift = vacancy(title="叉车司机", description="负责仓库货物的叉车装卸。", occupation_code="6-30",
                       region_code=place)
    picker = vacancy(title="拣货员", description="按单拣货、上架，配合叉车司机盘点。",
                     occupation_code="4-02-06", region_code=place)
    sorter = vacancy(title="分拣员", description="负责包裹分拣，配合叉车司机装车。", occupation_code="4-02",
                     region_code=place)
    ride = vacancy(title="网约车司机", description="平台派单，公司提供车辆。", occupation_code="4-02-02",
                   region_code=place)
    digger = vacancy(title="挖掘机司机", description="负责工地挖掘机操作。", occupation_code="6-30",
                     region_code=place)
    sync_search(app)
    ids = _ids(_search(client, q="苏州 叉车司机"))
    assert ids[0] == forklift
    # the sibling and the family before the drivers that only share 车司机 with the query
    assert max(ids.index(picker), ids.index(sorter)) < min(ids.index(x) for x in (ride, digger) if x in ids)
    assert ids.index(picker) < ids.index(sorter)  # a sibling before the family


def test_a_shared_modifier_ranks_before_a_shared_generic_head(app, client, search, vacancy):
    repair = vacancy(title="空调维修工", description="负责空调的维修保养。", occupation_code="4-12")
    install = vacancy(title="空调安装工", description="负责家用空调的安装和移机。", occupation_code="6-29-03")
    phone = vacancy(title="手机维修工", description="负责手机屏幕、主板的维修。", occupation_code="4-12")
    sync_search(app)
    ids = _ids(_search(client, q="空调维修工"))
    assert ids[0] == repair
    assert ids.index(install) < ids.index(phone)


def test_a_preference_orders_within_the_kind_and_never_lifts_another_occupation(app, client, search,
                                                                                vacancy):
    plain = vacancy(title="保安", description="负责门岗值守和巡逻。", occupation_code="4-07")
    veteran = vacancy(title="小区保安", description="负责门岗值守和巡逻，退役军人优先。",
                      occupation_code="4-07")
    helper = vacancy(title="厨房帮工", description="负责洗菜、切配和后厨卫生。", occupation_code="4-03")
    drinks = vacancy(title="饮品师", description="负责奶茶制作，包吃住。", occupation_code="4-03",
                     benefits=["room_and_board"])
    sync_search(app)
    guards = _ids(_search(client, q="保安 退伍军人"))
    assert guards.index(veteran) < guards.index(plain)  # the guard welcoming veterans first
    kitchen = _ids(_search(client, q="厨房帮工 包吃住"))
    assert kitchen[0] == helper and (drinks not in kitchen or kitchen.index(drinks) > kitchen.index(helper))
