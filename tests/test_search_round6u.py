"""Issue 14, round 6 (sq4u), through the HTTP API on the real node: a licence class names the
vehicle, any X厂 is a factory's line work in the place typed, welcomed groups in their everyday
phrasings rank and never empty the page, a zone nickname filters on its city and ranks its
districts, and a look-alike title is not the job a query names."""

from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy  # the fixture: post through the API, then set the other fields
DRIVE = "驾驶车辆完成运输任务，遵守交通规则，服从调度安排。"


def _ids(result):
    return [h["id"] for h in result["hits"]]


def test_a_licence_class_finds_its_vehicle_and_is_never_a_required_word(app, client, search, vacancy):
    trailer = vacancy(title="牵引车司机", description="跑干线运输。" + DRIVE, occupation_code="4-02")
    long_haul = vacancy(title="长途货车司机", description="跑干线运输。" + DRIVE, occupation_code="4-02")
    lorry = vacancy(title="货车司机", description="跑干线运输。" + DRIVE, occupation_code="4-02")
    car = vacancy(title="小车司机", description="接送公司领导。" + DRIVE, occupation_code="4-02")
    bus = vacancy(title="大客车司机", description="按线路接送乘客。" + DRIVE, occupation_code="4-02")
    sync_search(app)
    a2 = _search(client, q="货车司机 A2")  # no posting says A2: the page is the truck drivers
    # A2 is the tractor class: of two titles holding 货车司机, the heavy (long-haul) lorry first
    ranked = _ids(a2)
    assert ranked.index(long_haul) < ranked.index(lorry) and a2["match_level"] == "exact"
    assert trailer in ranked
    assert [(u["kind"], u["value"], u["applied_as"]) for u in a2["understood"]] == [
        ("licence", "heavy_truck_driver", "boost")]
    assert _ids(_search(client, q="C1 司机"))[0] == car
    assert _ids(_search(client, q="A1驾照"))[0] == bus
    alone = _ids(_search(client, q="A2"))  # the class alone: its vehicle's postings first
    assert alone[0] in (trailer, long_haul) and alone.index(long_haul) < alone.index(lorry)


def test_a_product_factory_means_line_work_in_the_place_typed(app, client, search, vacancy):
    lamps = vacancy(title="灯饰厂装配工", description="灯具组装包装，计件工资", occupation_code="6-99",
                    region_code="442000")
    line = vacancy(title="普工", description="流水线操作，按作业指导书完成组装。", occupation_code="6-99",
                   region_code="442000")
    guard = vacancy(title="灯饰厂保安", description="负责厂区门岗值守和夜间巡逻。", occupation_code="4-07",
                    region_code="442000")
    elsewhere = vacancy(title="普工", description="流水线操作，按作业指导书完成组装。",
                        occupation_code="6-99", region_code="441900")
    sync_search(app)
    result = _search(client, q="中山灯饰厂")
    kinds = {(u["kind"], u["applied_as"]) for u in result["understood"]}
    assert kinds == {("place", "filter"), ("sector", "filter")}
    ids = _ids(result)
    assert ids[:2] == [lamps, line]  # the product ranks the line work that names it first
    assert guard not in ids[:2] and elsewhere not in ids
    talk = _search(client, q="我在中山想找个离家近的厂")
    assert set(_ids(talk)[:2]) == {lamps, line} and elsewhere not in _ids(talk)


def test_welcomed_group_phrasings_rank_their_postings_first(app, client, search, vacancy):
    plain = vacancy(title="普工", description="流水线操作，按作业指导书完成组装。", occupation_code="6-99")
    welcomed = vacancy(title="普工", description="流水线操作，欢迎返乡人员报名。", occupation_code="6-99",
                       welcomed_groups=["migrant_worker"])
    sync_search(app)
    for q in ("返乡就业 普工", "回乡 普工", "外出务工 普工"):
        result = _search(client, q=q)
        assert _ids(result) == [welcomed, plain], q  # ranks, never required
        assert result["understood"][0]["applied_as"] == "boost"


def test_a_zone_filters_on_its_city_and_ranks_its_districts(app, client, search, vacancy):
    hongshan = vacancy(title="客服专员", description="接听客户来电，处理咨询。", occupation_code="4-04",
                       region_code="420111")
    wuchang = vacancy(title="客服专员", description="接听客户来电，处理咨询。", occupation_code="4-04",
                      region_code="420106")
    shenzhen = vacancy(title="客服专员", description="接听客户来电，处理咨询。", occupation_code="4-04",
                       region_code="440305")
    sync_search(app)
    result = _search(client, q="光谷 客服")
    assert _ids(result) == [hongshan, wuchang] and shenzhen not in _ids(result)
    assert ("zone", "boost") in {(u["kind"], u["applied_as"]) for u in result["understood"]}
    assert _ids(_search(client, q="高新区 客服"))  # a zone word without its city never empties the page


def test_a_look_alike_title_is_not_the_job(app, client, search, vacancy):
    greening = vacancy(title="养护工", description="负责小区绿化带浇水修剪。", occupation_code="4-09")
    carer = vacancy(title="护工", description="照顾住院病人的日常生活。", occupation_code="4-14")
    guide = vacancy(title="导游", description="带团游览景点，讲解景点文化。", occupation_code="4-07")
    seller = vacancy(title="门店导购", description="为顾客介绍商品，完成销售。", occupation_code="4-01")
    sync_search(app)
    ids = _ids(_search(client, q="护工"))
    assert ids[0] == carer and (greening not in ids or ids.index(greening) > ids.index(carer))
    ids = _ids(_search(client, q="导购"))
    assert ids[0] == seller and guide not in ids[:1]
    lifts = vacancy(title="电梯安装工", description="负责电梯的安装调试。", occupation_code="6-29")
    sync_search(app)
    result = _search(client, q="电梯维修工")  # a sibling title of the kind, found at the exact level
    assert _ids(result)[0] == lifts and result["match_level"] == "exact"
