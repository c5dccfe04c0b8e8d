"""Issue 14 round 11, through the HTTP API on the real node, and pure: a sentence nothing holds
whole still finds the postings holding its words; a county typed with too few postings is
followed by its city's; a city typed in pinyin alone is the city; more ways of saying "no
education" and everyday phrases for a job (docs/query-understanding.md, 第十一轮)."""

from recruit.search import concepts, pinyin
from recruit.search.understanding import understand
from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy  # the fixture: post through the API, then set the other fields

YUELU, FURONG = "430104", "430102"  # 长沙市岳麓区, 芙蓉区
WUCHANG = "420106"  # 武汉市武昌区


def test_a_sentence_nothing_holds_whole_finds_postings_holding_its_words(app, client, search, vacancy):
    editor = vacancy(title="后期制作", description="负责短视频的拍摄与后期，熟悉常用软件。",
                     occupation_code="4-13")
    cook = vacancy(title="厨师", description="负责后厨炒菜，干净卫生。", occupation_code="4-03-02")
    sync_search(app)
    # no posting holds 拍, 视频 and 剪 together, and the words name no job: one word answers
    result = _search(client, q="拍视频剪视频")
    ids = [h["id"] for h in result["hits"]]
    assert ids == [editor] and cook not in ids
    assert result["match_level"] == "related"
    assert result["hits"][0]["match_level"] == "related"
    # a single word that nothing holds stays an empty page with suggestions (no word to drop)
    empty = _search(client, q="飞行员")
    assert empty["total"] == 0 and empty["hits"] == []


def test_the_last_resort_keeps_the_conditions_typed(app, client, search, vacancy):
    here = vacancy(title="后期制作", description="负责短视频的拍摄与后期。", region_code=WUCHANG,
                   occupation_code="4-13")
    there = vacancy(title="后期制作", description="负责短视频的拍摄与后期。", region_code=YUELU,
                    occupation_code="4-13")
    sync_search(app)
    ids = [h["id"] for h in _search(client, q="武汉 拍视频剪视频")["hits"]]
    assert ids == [here] and there not in ids


def test_a_county_with_too_few_postings_is_followed_by_its_citys(app, client, search, vacancy):
    work = "负责门店日常销售与陈列。"
    county = vacancy(title="导购", description=work, region_code=YUELU, occupation_code="4-01")
    city = vacancy(title="导购", description=work, region_code=FURONG, occupation_code="4-01")
    other = vacancy(title="导购", description=work, region_code=WUCHANG, occupation_code="4-01")
    sync_search(app)
    result = _search(client, q="岳麓区")
    ids = [h["id"] for h in result["hits"]]
    assert ids == [county, city] and other not in ids  # the county's first, then its city's, never elsewhere
    levels = {h["id"]: h["match_level"] for h in result["hits"]}
    assert levels[county] == "exact" and levels[city] == "related"
    place = next(u for u in result["understood"] if u["kind"] == "place")
    assert place["value"] == YUELU and place["applied_as"] == "filter"
    # page by page, in both paging modes: each posting once, in the same order
    first = _search(client, q="岳麓区", per_page=1)
    second = _search(client, q="岳麓区", per_page=1, page=2)
    assert [h["id"] for h in first["hits"] + second["hits"]] == [county, city]
    after = _search(client, q="岳麓区", per_page=1, cursor=first["next_cursor"])
    assert [h["id"] for h in after["hits"]] == [city]
    # a region the app sent as a filter is the person's choice: never widened
    chosen = [h["id"] for h in _search(client, region=YUELU)["hits"]]
    assert chosen == [county]


def test_a_city_in_pinyin_alone_is_the_city():
    assert pinyin.mixed("chengdu") == "成都"
    assert pinyin.mixed("Shenzhen") == "深圳"
    # a Latin job word or a pinyin title is no city: the pinyin fallback reads those
    assert pinyin.mixed("java") is None and pinyin.mixed("dianhan") is None


def test_more_ways_of_saying_no_education_and_filler():
    for q in ("我没啥学历 有啥工作能做吗", "没什么学历", "学历不高", "文化水平低"):
        u = understand(q)
        assert [(i.kind, i.value) for i in u.intents] == [("education", "none")], q
        assert u.remaining == "", q
    summer = understand("学生放暑假想打工")
    assert [(i.kind, i.value) for i in summer.intents] == [("schedule", "summer")]
    assert summer.remaining == ""


def test_everyday_phrases_name_their_jobs():
    lookup = concepts.lookup()
    for phrase, concept in (("跑堂", "waiter"), ("看小孩", "childcare_worker"), ("蒸馒头", "pastry_cook"),
                            ("宠物洗澡", "pet_groomer"), ("煤矿", "miner"), ("焊东西", "welder")):
        assert concept in lookup[phrase], phrase
    assert understand("会焊东西 有没有活干").remaining == "焊东西"


def test_when_too_few_meet_a_preference_the_job_comes_before_related_jobs(app, client, search, vacancy):
    sort = "负责快递包裹分拣，按区域装袋。"
    nights = vacancy(title="分拣员", description=sort + "需上夜班。", occupation_code="4-02-06")
    days = vacancy(title="分拣员", description=sort + "白天上班。", occupation_code="4-02-06")
    courier = vacancy(title="快递员", description="负责片区快递派送，需上夜班。", occupation_code="4-02-07")
    sync_search(app)
    result = _search(client, q="分拣 夜班")
    ids = [h["id"] for h in result["hits"]]
    # a night shift is a preference: sorting by day before another job by night
    assert ids == [nights, days, courier]
    levels = [h["match_level"] for h in result["hits"]]
    assert levels == ["exact", "related", "related"]
    first = _search(client, q="分拣 夜班", per_page=2)
    second = _search(client, q="分拣 夜班", per_page=2, page=2)
    assert [h["id"] for h in first["hits"] + second["hits"]] == ids
    after = _search(client, q="分拣 夜班", per_page=2, cursor=first["next_cursor"])
    assert [h["id"] for h in after["hits"]] == [courier]
    assert first["total"] == result["total"] == 3


def test_when_too_few_meet_a_need_related_jobs_meeting_it_come_first(app, client, search, vacancy):
    drive = "驾驶叉车装卸货物，持证上岗。"
    daily = vacancy(title="叉车工", description=drive + "日结，每天200元。", occupation_code="4-02-05")
    monthly = vacancy(title="叉车工", description=drive + "月薪结算。", occupation_code="4-02-05")
    loader = vacancy(title="装卸工", description="负责仓库货物装卸。日结，每天220元。",
                     occupation_code="4-02-05")
    sync_search(app)
    ids = [h["id"] for h in _search(client, q="叉车工 日结")["hits"]]
    # pay by the day is a need (the money is needed now): another job paid daily first
    assert ids == [daily, loader, monthly]


def test_pay_as_two_neighbouring_numbers_is_a_range():
    cases = {"工资七八千": (7000, 8000), "一个月五六千": (5000, 6000), "两三千": (2000, 3000),
             "一天两三百": (200 * 22, 300 * 22), "一两万": (10000, 20000)}
    for q, expected in cases.items():
        u = understand(q)
        assert [(i.kind, i.value) for i in u.intents] == [("pay", expected)], q
        assert u.remaining == "", q
    # neighbouring numbers that are no money stay what they were
    assert not understand("招五六个人").of_kind("pay")
    # digits that are not neighbours are no "about" range (七九千 is no way to say a wage)
    assert [i.value for i in understand("七九千").of_kind("pay")] != [(7000, 9000)]


def test_weekend_days_origin_and_spoken_filler():
    for q in ("星期六星期天的零工", "礼拜天", "周日 兼职"):
        assert ("schedule", "weekend") in [(i.kind, i.value) for i in understand(q).intents], q
    hubei = understand("我是湖北的 有没有单位要")
    # where they are from, not a place
    assert [(i.kind, i.value) for i in hubei.intents] == [("group", "hubei")]
    assert hubei.remaining == ""
    assert understand("一个月能挣一万二").remaining == ""


def test_more_everyday_phrases_name_their_jobs():
    lookup = concepts.lookup()
    for phrase, concept in (("喂饭", "eldercare_worker"), ("喂鱼", "aquaculture_worker"),
                            ("照顾小宝宝", "childcare_worker"), ("摘茶叶", "farm_worker"),
                            ("给游客讲解", "tour_guide"), ("称水果", "shop_assistant"),
                            ("跟车", "loader_worker"),
                            ("有电动车", "food_delivery"), ("设计狮", "graphic_designer"),
                            ("酒店前台接待", "hotel_front_desk")):
        assert concept in lookup[phrase], phrase



def test_a_body_that_cannot_stand_all_day_ranks_seated_jobs_first(app, client, search, vacancy):
    lifting = vacancy(title="搬运工", description="负责仓库货物搬运装卸。", occupation_code="4-02-05")
    # the employer picked only the middle group: the title says the job
    sewing = vacancy(title="缝纫工", description="车间平车缝制服装，计件。", occupation_code="6-05")
    sync_search(app)
    result = _search(client, q="腰不好 想找坐着干的")
    ids = [h["id"] for h in result["hits"]]
    # never a filter (no posting says whether a job is seated): the seated job first, the other after
    assert ids == [sewing, lifting]
    chip = next(u for u in result["understood"] if u["kind"] == "seated")
    assert chip["applied_as"] == "boost"
    assert understand("站不久 有啥活").remaining == ""
