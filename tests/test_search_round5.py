"""Issue 14 round 5 (squ) through the HTTP API on the real node: schedules, pay cycle, seekers'
experience, education level, pay floors, workplace words, place slips and job words that look
like conditions (docs/query-understanding.md, 第五轮)."""

from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy  # the fixture: post through the API, then set the other fields

LINE = "负责车间生产线上的日常操作，服从班组长安排。"
HOME = "负责做饭、打扫家务、照顾老人。"
CALLS = "接听客户来电，解答咨询。"


def _ids(result, level="exact"):
    return [h["id"] for h in result["hits"] if h["match_level"] == level]


def _understood(result):
    return [(u["kind"], u["value"], u["text"], u["applied_as"]) for u in result["understood"]]


def test_schedules_said_in_postings_filter_with_their_negations(app, client, search, vacancy):
    night = vacancy(title="普工", description=LINE + "上夜班，夜班补贴另计。", occupation_code="6-99")
    day = vacancy(title="普工", description=LINE + "长白班，不上夜班。", occupation_code="6-99")
    shifts = vacancy(title="普工", description=LINE + "两班倒，白班夜班轮换。", occupation_code="6-99")
    titled = vacancy(title="长白班普工", description=LINE, occupation_code="6-99")
    sync_search(app)
    result = _search(client, q="长白班 普工")  # 长白班 is a schedule, never 长白县
    assert _understood(result) == [("schedule", "day_only", "长白班", "filter")]
    assert sorted(_ids(result)) == sorted([day, titled])
    assert sorted(_ids(_search(client, q="不要夜班 普工"))) == sorted([day, titled])
    assert _ids(_search(client, q="夜班 普工")) == [night]
    assert shifts not in _ids(_search(client, q="白班 普工"))


def test_pay_cycle_is_not_an_employment_type(app, client, search, vacancy):
    daily_full_time = vacancy(title="搬运工", description="装卸货物，工资日结。", employment_type="full_time",
                              occupation_code="4-02")
    vacancy(title="搬运工", description="装卸货物，工资月结，不日结。", occupation_code="4-02")
    sync_search(app)
    result = _search(client, q="日结 搬运工")
    assert _understood(result) == [("pay_cycle", "daily", "日结", "filter")]
    assert _ids(result) == [daily_full_time]


def test_graduates_want_postings_open_to_no_experience(app, client, search, vacancy):
    welcoming = vacancy(title="客服专员", description=CALLS + "欢迎应届毕业生。", experience_min_years=0)
    open_ = vacancy(title="客服专员", description=CALLS, experience_min_years=0)
    asks_three = vacancy(title="客服专员", description=CALLS, experience_min_years=3)
    welcomes_asks_one = vacancy(title="客服专员", description=CALLS, experience_min_years=1,
                                welcomed_groups=["graduate"])
    sync_search(app)
    result = _search(client, q="应届生 客服")
    assert [u[0] for u in _understood(result)] == ["group", "experience"]
    # the welcomed group first (open to no experience before asking a year), then the postings open
    # to no experience; the 3-year one stays on the page, last (a graduate is who the seeker is,
    # not a limit: 无经验 would filter it out)
    assert _ids(result) == [welcoming, welcomes_asks_one, open_, asks_three]
    assert set(_ids(_search(client, q="无经验 客服"))) == {welcoming, open_}


def test_an_education_level_ranks_postings_asking_exactly_it_first(app, client, search, vacancy):
    none = vacancy(title="会计", description="负责公司日常做账、报税和报表。", education_min="none")
    bachelor = vacancy(title="会计", description="负责公司日常做账、报税和报表。", education_min="bachelor")
    vacancy(title="会计", description="负责公司日常做账、报税和报表。", education_min="master")
    sync_search(app)
    assert _ids(_search(client, q="本科 会计")) == [bachelor, none]


def test_a_bare_amount_is_a_floor_and_postings_starting_at_it_rank_first(app, client, search, vacancy):
    starts = vacancy(title="保姆", description=HOME, salary_min=8000, salary_max=9000,
                     occupation_code="4-10")
    reaches = vacancy(title="保姆", description=HOME, salary_min=6000, salary_max=8500,
                      occupation_code="4-10")
    vacancy(title="保姆", description=HOME, salary_min=4000, salary_max=6000,
            occupation_code="4-10")
    sync_search(app)
    result = _search(client, q="保姆 8000")
    assert _understood(result) == [("pay", [7200, None], "8000", "filter")]
    assert _ids(result) == [starts, reaches]


def test_a_workplace_word_means_its_jobs_not_the_word_in_titles(app, client, search, vacancy):
    line = vacancy(title="操作工", description=LINE, occupation_code="6-99", region_code="441900")
    guard = vacancy(title="工厂保安", description="负责工厂门岗值守和来访登记。", occupation_code="4-07",
                    region_code="441900")
    sync_search(app)
    result = _search(client, q="东莞 工厂")
    assert ("sector", "factory", "工厂", "filter") in _understood(result)
    assert _ids(result) == [line] and guard not in _ids(result)
    assert _ids(_search(client, q="工厂保安")) == [guard]  # a job's whole title is the job


def test_place_slips_and_noise_words(app, client, search, vacancy):
    dongguan = vacancy(title="普工", description=LINE, occupation_code="6-99", region_code="441900")
    vacancy(title="普工", description=LINE, occupation_code="6-99")
    sync_search(app)
    result = _search(client, q="东菀 普工")
    assert _understood(result) == [("place", "4419", "东菀", "filter")]
    assert _ids(result) == [dongguan]
    assert _ids(_search(client, q="我在东莞想找个普工 女工")) == [dongguan]


def test_a_job_word_that_looks_like_a_condition_stays_the_job(app, client, search, vacancy):
    hourly = vacancy(title="钟点工", description="按小时上门打扫卫生。", employment_type="full_time",
                     occupation_code="4-10")
    vacancy(title="普工", description=LINE, employment_type="part_time", occupation_code="6-99")
    sync_search(app)
    result = _search(client, q="钟点工")
    assert _understood(result) == [("employment_type", "part_time", "钟点工", "boost")]
    assert [h["id"] for h in result["hits"]][:1] == [hourly]  # not the part-time line worker
