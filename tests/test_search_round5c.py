"""Issue 14, round 5, third pass (sq3), through the HTTP API on the real node: a posted title
is never "corrected" to another job, a title's concept is its head (the end of the title), and
vocabulary that was missing (挖掘机操作工, 水电)."""

from recruit.search import ranking, typos, understanding
from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy  # the fixture: post through the API, then set the other fields


def _ids(result):
    return [h["id"] for h in result["hits"]]


def test_a_meaningful_word_is_never_replaced_by_a_one_off_correction():
    # 电梯 and 电气 are two ordinary words: 电梯维修工 is no slip for 电气维修工
    assert typos.correct("电梯维修工") == () and typos.correct("电梯维修") == ()
    assert typos.correct("挖掘机操作工") == ()  # not 挖掘机操作手: 操作工 is a word of its own
    assert typos.correct("电梯") == () and typos.correct("水电") == ()
    # real slips are still corrected
    assert typos.corrected_text("仓库管里员") == "仓库管理员"
    assert typos.corrected_text("叉车司鸡") == "叉车司机"


def test_a_titles_concept_is_its_head():
    assert ranking.title_concepts("货车装卸工") == ("loader_worker",)  # a loader, not a driver
    assert ranking.title_concepts("工厂保安") == ("security_guard",)
    assert ranking.title_concepts("做饭保姆") == ("nanny",)
    assert ranking.title_concepts("挖掘机操作工") == ("excavator_operator",)  # not a line worker
    # a decoration in brackets is not the head
    assert ranking.title_concepts("普工（可做暑假工）") == ("general_worker",)
    assert ranking.title_concepts("【急聘】电焊工（长白班）") == ("welder",)


def test_a_posted_title_one_character_off_a_dictionary_title_finds_itself_first(app, client, search,
                                                                                vacancy):
    lifts = [vacancy(title="电梯维修工", description="负责小区电梯的维护保养和故障排除。",
                     occupation_code="6-29-03") for _ in range(2)]
    electric = [vacancy(title="电气维修工", description="负责配电柜和设备电气线路的检修。",
                        occupation_code="6-31-01") for _ in range(3)]
    sync_search(app)
    result = _search(client, q="电梯维修工")
    assert sorted(_ids(result)[:2]) == sorted(lifts)
    assert result["hits"][0]["match_level"] == "exact"
    # no spelling level: nothing was "corrected" to 电气维修工
    assert not any(u.get("kind") in ("pinyin", "spelling") for u in result["understood"])
    assert all(h["match_level"] != "exact" for h in result["hits"] if h["id"] in electric)


def test_a_compound_title_ranks_as_its_head_job(app, client, search, vacancy):
    loader = vacancy(title="货车装卸工", description="负责货车装车卸车、货物搬运码放。",
                     occupation_code="4-02-06")
    driver = vacancy(title="货车司机", description="驾驶厢式货车往返仓库和门店送货，需B2驾照。",
                     occupation_code="4-02-02")
    digger = vacancy(title="挖掘机操作工", description="操作挖掘机进行土方开挖和场地平整。",
                     occupation_code="6-30")
    line = vacancy(title="普工", description="流水线操作，按作业指导书完成组装，无需经验。",
                   occupation_code="6-25")
    plumber = vacancy(title="家装水电师傅", description="负责住宅装修的水管电线布管穿线。",
                      occupation_code="6-29-03")
    sync_search(app)
    drivers = _ids(_search(client, q="货车司机"))
    assert drivers[0] == driver and (loader not in drivers or drivers.index(loader) > 0)
    assert _ids(_search(client, q="挖机"))[0] == digger
    workers = _ids(_search(client, q="普工"))
    assert workers[0] == line and digger not in workers[:1]
    assert _ids(_search(client, q="家装水电"))[0] == plumber
    assert _ids(_search(client, q="水电"))[0] == plumber


def test_daily_pay_means_the_posting_says_it_not_a_temporary_form(app, client, search, vacancy):
    said = vacancy(title="搬运工", description="装卸货物，日薪200，当天结算。", employment_type="full_time",
                   occupation_code="4-02")
    amount = vacancy(title="搬运工", description="装卸货物，180元/天，日结。", employment_type="temporary",
                     occupation_code="4-02")
    # round 6: a wage quoted per day says how much, not when: 日薪 paid weekly is no 日结
    weekly = vacancy(title="搬运工", description="装卸货物，日薪200，工资周结。", employment_type="full_time",
                     occupation_code="4-02")
    temporary = vacancy(title="搬运工", description="装卸货物，工资月底发放。", employment_type="temporary",
                        occupation_code="4-02")
    hours = vacancy(title="搬运工", description="装卸货物，每天工作8小时。", employment_type="full_time",
                    occupation_code="4-02")
    sync_search(app)
    result = _search(client, q="日结 搬运工")
    assert result["understood"][0]["kind"] == "pay_cycle"
    assert result["match_level"] == "exact"
    exact = [h["id"] for h in result["hits"] if h["match_level"] == "exact"]
    assert sorted(exact) == sorted([said, amount])  # a 临时工 form alone does not promise 日结
    assert exact[0] == amount  # said and temporary on the form: first
    assert temporary not in exact and hours not in exact and weekly not in exact


def test_a_condition_word_beside_a_job_word_is_the_condition(app, client, search, vacancy):
    live_in = vacancy(title="育儿嫂", description="住家，照顾一岁宝宝，做简单家务。", occupation_code="4-10")
    day_nanny = vacancy(title="育儿嫂", description="白班照顾宝宝，不住家。", occupation_code="4-10")
    summer = vacancy(title="餐厅服务员", description="招暑假工，七八月份，学生可做。", occupation_code="4-03")
    waiter = vacancy(title="餐厅服务员", description="长期招聘，负责点餐传菜。", occupation_code="4-03")
    sync_search(app)
    nanny = _search(client, q="住家育儿嫂")
    assert [(u["kind"], u["applied_as"]) for u in nanny["understood"]] == [("benefit", "boost")]
    assert _ids(nanny)[:2] == [live_in, day_nanny] and nanny["match_level"] == "exact"
    waiters = _search(client, q="暑假工 服务员")
    assert [(u["kind"], u["applied_as"]) for u in waiters["understood"]] == [("schedule", "filter")]
    assert _ids(waiters)[0] == summer and waiters["hits"][0]["match_level"] == "exact"
    assert waiter not in [h["id"] for h in waiters["hits"] if h["match_level"] == "exact"]
    # alone, the word stays the job
    assert understanding.understand("暑假工").remaining == "暑假工"


def test_a_specific_factory_lets_any_line_work_through_and_ranks_its_own_first(app, client, search, vacancy):
    named = vacancy(title="普工", description="电子厂流水线，组装手机配件。", occupation_code="6-25")
    line = vacancy(title="普工", description="流水线操作，按作业指导书完成组装。", occupation_code="6-99")
    garment = vacancy(title="车缝工", description="服装加工，车缝上衣，计件工资。", occupation_code="6-05")
    office = vacancy(title="会计", description="负责公司账务处理与纳税申报。", occupation_code="2-06")
    sync_search(app)
    result = _search(client, q="电子厂")
    assert result["understood"][0]["kind"] == "sector" and result["match_level"] == "exact"
    exact = [h["id"] for h in result["hits"] if h["match_level"] == "exact"]
    assert exact[0] == named and line in exact and garment in exact  # any factory's line work
    assert office not in exact


def test_a_job_nobody_posts_in_the_place_finds_its_family_there_first(app, client, search, vacancy):
    nanny = vacancy(title="育儿嫂", description="照顾一岁宝宝，做简单家务。", occupation_code="4-10-01",
                    region_code="441900")
    elsewhere = vacancy(title="月嫂", description="护理产妇和新生儿，做月子餐。", occupation_code="4-10-01",
                        region_code="440305")
    line = vacancy(title="普工", description="流水线操作，按作业指导书完成组装。", occupation_code="6-99",
                   region_code="441900")
    sync_search(app)
    ids = _ids(_search(client, q="东莞 月嫂"))
    # the domestic family in the place answers; the place holds (月嫂 elsewhere, 普工 here: neither)
    assert ids == [nanny] and elsewhere not in ids and line not in ids


def test_a_workplace_word_finds_postings_that_name_the_workplace_under_a_coarse_code(app, client, search,
                                                                                   vacancy):
    # employers often pick only the middle group (4-02) and say the workplace in the title
    forklift = vacancy(title="仓库叉车", description="负责仓库货物叉运上架，持叉车证。",
                       occupation_code="4-02", region_code="320505")
    picker = vacancy(title="电商仓拣货", description="按单拣货、复核打包，做六休一。",
                     occupation_code="4-02", region_code="320505")
    cook = vacancy(title="食堂厨师", description="负责员工食堂三餐，仓库园区内。", occupation_code="4-03",
                   region_code="320505")
    sync_search(app)
    result = _search(client, q="苏州 物流")
    found = _ids(result)
    assert forklift in found and picker in found
    assert cook not in found[:2]
