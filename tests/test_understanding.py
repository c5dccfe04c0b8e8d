"""Query understanding (recruit/search/understanding.py): pure, no services."""

import timeit

import pytest

from recruit.codes import regions
from recruit.codes.enums import BENEFITS, EDUCATION_LEVELS, EMPLOYMENT_TYPES, PRIORITY_GROUPS
from recruit.search.understanding import KINDS, Intent, Understanding, understand


def one(q: str, kind: str) -> Intent:
    found = understand(q).of_kind(kind)
    assert len(found) == 1, (q, understand(q))
    return found[0]


def values(q: str, kind: str) -> list:
    return [i.value for i in understand(q).of_kind(kind)]


@pytest.mark.parametrize(("q", "code", "text"), [
    ("兼职", "part_time", "兼职"),
    ("周末兼职", "part_time", "周末兼职"),
    ("短期工 电子厂", "temporary", "短期工"),
    ("全职 文员", "full_time", "全职"),
    ("长期工", "full_time", "长期工"),
    ("灵活就业", "flexible", "灵活就业"),
    ("零工", "flexible", "零工"),
    ("兼职猫 客服", "part_time", "兼职"),  # inside a company's name: still taken
])
def test_employment_types(q, code, text):
    intent = one(q, "employment_type")
    assert (intent.value, intent.text, intent.applied_as) == (code, text, "filter")
    assert code in EMPLOYMENT_TYPES


@pytest.mark.parametrize(("q", "value"), [
    ("8k以上", (8000, None)),
    ("8K以上", (8000, None)),
    ("８Ｋ以上", (8000, None)),
    ("5000以上的", (5000, None)),
    ("月薪5000起", (5000, None)),
    ("6000往上", (6000, None)),
    ("1w+", (10000, None)),
    ("5000多", (5000, None)),
    ("月入过万", (10000, None)),
    ("过万", (10000, None)),
    ("上万", (10000, None)),
    ("5000-8000", (5000, 8000)),
    ("5k-8k", (5000, 8000)),
    ("5-8k", (5000, 8000)),
    ("5千到8千", (5000, 8000)),
    ("1-1.5万", (10000, 15000)),
    ("8000~1w", (8000, 10000)),
    ("月薪5000", (4500, None)),
    ("5000左右", (4000, 6000)),
    ("5000上下", (4000, 6000)),
    ("工资3500", (3150, None)),
    ("保安 3500", (3150, None)),
    ("三千", (2700, None)),
    ("三千以上", (3000, None)),
    ("一万二", (10800, None)),
    ("8千5", (7650, None)),
    ("1.5w以上", (15000, None)),
    ("5000元以上", (5000, None)),
    ("3000块以上", (3000, None)),
    ("日薪200", (3960, None)),
    ("200一天", (3960, None)),
    ("一天200", (3960, None)),
    ("200元/天", (3960, None)),
    ("日结200", (3960, None)),
    ("日薪200以上", (4400, None)),
    ("时薪25", (3960, None)),
    ("25元一小时", (3960, None)),
    ("年薪12万", (9000, None)),
    ("年薪20万以上", (16667, None)),
    ("5000以下", (None, 5000)),
    ("不超过6000", (None, 6000)),
    ("4000以内", (None, 4000)),
])
def test_pay(q, value):
    intent = one(q, "pay")
    assert intent.value == value
    assert intent.applied_as == ("boost" if value[0] is None else "filter")


@pytest.mark.parametrize("q", [
    "2020届", "2025届毕业生", "18岁以上", "3年经验", "5号线", "地铁2号线 保洁", "100人", "招500人",
    "13800138000", "5000多人", "24小时", "3楼", "200天", "5kg", "2020-2023", "5A景区", "G7",
    "万达 保安", "千岛湖", "3500米", "万州", "一万个", "五万人", "10086", "2024 招聘", "iPhone15",
])
def test_numbers_that_are_not_pay(q):
    assert understand(q).of_kind("pay") == ()


@pytest.mark.parametrize(("q", "code"), [
    ("不限学历", "none"), ("学历不限", "none"), ("无学历要求", "none"),
    ("初中", "junior_middle"), ("高中", "senior_high"), ("中专", "senior_high"), ("技校", "senior_high"),
    ("大专", "associate"), ("专科", "associate"), ("本科", "bachelor"), ("硕士", "master"),
    ("研究生", "master"), ("博士", "doctorate"), ("大专以上", "associate"), ("本科及以上", "bachelor"),
    ("大专学历 文员", "associate"), ("高中生 暑假工", "senior_high"),
])
def test_education(q, code):
    intent = one(q, "education")
    assert (intent.value, intent.applied_as) == (code, "filter")
    assert code in EDUCATION_LEVELS


@pytest.mark.parametrize("q", ["初中数学老师", "高中英语教师", "博士后", "小学老师"])
def test_school_subjects_are_not_education(q):
    assert understand(q).of_kind("education") == ()


@pytest.mark.parametrize(("q", "years"), [
    ("无经验", 0), ("无经验可", 0), ("零经验", 0), ("不要经验", 0), ("小白", 0), ("新手可", 0),
    ("应届生可", 0), ("经验不限", 0), ("1年经验", 1), ("三年以上经验", 3), ("3年工作经验", 3),
    ("两年经验", 2), ("1-3年经验", 3), ("有5年相关经验", 5),
])
def test_experience(q, years):
    intent = one(q, "experience")
    # the seeker's own experience: postings asking no more (relaxed to a ranking when none do)
    assert (intent.value, intent.applied_as) == (years, "filter")


@pytest.mark.parametrize(("q", "code"), [
    ("退伍 保安", "veteran"), ("退役军人 司机", "veteran"), ("军人 优先 保安", "veteran"),
    ("应届 会计", "graduate"), ("应届生 文员", "graduate"), ("毕业生 行政", "graduate"),
    ("校招 技术", "graduate"), ("脱贫户 普工", "poverty_registered"),
    ("贫困户 保洁", "poverty_registered"), ("建档立卡 保安", "poverty_registered"),
    ("残疾人 客服", "disabled"), ("残障 文员", "disabled"), ("农民工 建筑", "migrant_worker"),
    ("湖北籍 普工", "hubei"), ("就业困难 公益岗", "employment_difficulty"),
])
def test_groups_boost(q, code):
    intent = one(q, "group")
    assert (intent.value, intent.applied_as) == (code, "boost")
    assert code in PRIORITY_GROUPS


@pytest.mark.parametrize(("q", "code"), [
    ("残疾人岗位", "disabled"), ("退役军人专场", "veteran"), ("应届生招聘", "graduate"),
    ("残疾人的工作", "disabled"), ("农民工", "migrant_worker"), ("武汉 退役军人", "veteran"),
    ("军人 优先", "veteran"), ("退役军人优先", "veteran"),
])
def test_groups_filter_when_they_are_the_point(q, code):
    intent = one(q, "group")
    assert (intent.value, intent.applied_as) == (code, "filter")
    assert understand(q).remaining == ""


@pytest.mark.parametrize(("q", "code", "text"), [
    ("包吃住", "room_and_board", "包吃住"), ("包吃", "meals", "包吃"), ("包住", "housing", "包住"),
    ("有宿舍", "housing", "有宿舍"), ("员工宿舍", "housing", "员工宿舍"),
    ("五险一金", "social_insurance_housing_fund", "五险一金"), ("五险", "social_insurance", "五险"),
    ("社保", "social_insurance", "社保"), ("交社保", "social_insurance", "交社保"),
    ("双休", "weekends_off", "双休"), ("周末双休", "weekends_off", "周末双休"),
    ("班车", "shuttle", "班车"), ("年终奖", "year_end_bonus", "年终奖"),
    ("带薪年假", "paid_leave", "带薪年假"), ("培训", "training", "培训"),
    ("包食宿", "room_and_board", "包食宿"),
])
def test_benefits(q, code, text):
    intent = one(q, "benefit")
    assert (intent.value, intent.text, intent.applied_as) == (code, text, "boost")
    assert code in BENEFITS


@pytest.mark.parametrize("q", ["培训师", "培训机构 老师", "宿舍管理员", "班车司机", "社保专员"])
def test_jobs_named_after_benefits_are_text(q):
    got = understand(q)
    assert got.of_kind("benefit") == ()
    assert got.remaining == q


@pytest.mark.parametrize(("q", "prefix", "text"), [
    ("湖北省", "42", "湖北省"), ("湖北", "42", "湖北"), ("武汉市", "4201", "武汉市"),
    ("武汉", "4201", "武汉"), ("江岸区", "420102", "江岸区"), ("江岸", "420102", "江岸"),
    ("东莞", "4419", "东莞"), ("中山", "4420", "中山"), ("儋州", "4604", "儋州"),
    ("嘉峪关", "6202", "嘉峪关"), ("深圳南山", "440305", "深圳南山"),
    ("武汉市江岸区", "420102", "武汉市江岸区"), ("湖北 武汉", "4201", "湖北 武汉"),
    ("内蒙古", "15", "内蒙古"), ("广西", "45", "广西"), ("宁夏", "64", "宁夏"), ("新疆", "65", "新疆"),
    ("西藏", "54", "西藏"), ("恩施", "4228", "恩施"), ("延边", "2224", "延边"),
    ("西双版纳", "5328", "西双版纳"), ("仙桃", "429004", "仙桃"), ("广西南宁", "4501", "广西南宁"),
    ("朝阳", "110105", "朝阳"), ("北京朝阳", "110105", "北京朝阳"), ("长春朝阳", "220104", "长春朝阳"),
    ("辽宁朝阳", "2113", "辽宁朝阳"), ("吉林", "22", "吉林"), ("西安", "6101", "西安"),
    ("上海浦东", "310115", "上海浦东"), ("北京", "11", "北京"), ("香港", "81", "香港"),
])
def test_places(q, prefix, text):
    intent = one(q, "place")
    assert (intent.value, intent.text, intent.applied_as) == (prefix, text, "filter")
    assert regions.prefix_is_valid(prefix)


@pytest.mark.parametrize("q", [
    "武汉大学 保安", "中山路", "南京路 店员", "长沙发", "和田玉", "新华书店", "平安保险", "东方明珠",
    "合作社", "公安 辅警", "城区 保洁", "光明乳业", "京", "鼓楼", "海南航空", "武汉银行 柜员",
])
def test_words_with_a_place_name_that_are_not_places(q):
    assert understand(q).of_kind("place") == ()


def test_a_narrower_place_elsewhere_in_the_query_wins():
    got = understand("北京 保安 朝阳")
    assert [(i.value, i.text) for i in got.of_kind("place")] == [("110105", "朝阳")]
    assert got.remaining == "保安"
    assert values("武汉 深圳 普工", "place") == ["4201", "4403"]


@pytest.mark.parametrize(("q", "text"), [
    ("附近", "附近"), ("附近的保洁", "附近"), ("本地 司机", "本地"), ("周边 兼职", "周边"),
    ("离我近的", "离我近"), ("家门口 工作", "家门口"),
])
def test_near(q, text):
    intent = one(q, "near")
    assert (intent.value, intent.text, intent.applied_as) == (None, text, "filter")


@pytest.mark.parametrize(("q", "value", "applied"), [
    ("国企", "state_owned", "boost"), ("央企 司机", "state_owned", "boost"),
    ("国有企业", "state_owned", "boost"), ("事业单位", "public_institution", "boost"),
    ("外企", "foreign", "boost"),
    ("重点企业", "key_enterprise", "filter"),
])
def test_employer(q, value, applied):
    intent = one(q, "employer")
    assert (intent.value, intent.applied_as) == (value, applied)


@pytest.mark.parametrize(("q", "kind", "text"), [
    ("包吃住", "benefit", "包吃住"),
    ("周末双休", "benefit", "周末双休"), ("应届生可", "experience", "应届生可"),
    ("湖北籍", "group", "湖北籍"),
])
def test_longest_match_wins(q, kind, text):
    got = understand(q)
    assert [(i.kind, i.text) for i in got.intents] == [(kind, text)]


@pytest.mark.parametrize(("q", "kinds", "remaining"), [
    ("武汉 日结 搬运工 200一天", ["place", "pay_cycle", "pay"], "搬运工"),
    ("东莞包吃住普工8k以上", ["place", "benefit", "pay"], "普工"),
    ("应届 平面设计", ["group", "experience"], "平面设计"),
    ("周末兼职 大学生", ["employment_type", "schedule", "group"], ""),  # round 6: 大学生 is graduates
    ("附近的保洁 包住", ["near", "benefit"], "保洁"),
    ("找一份保安工作", [], "保安"),
    ("有没有兼职", ["employment_type"], ""),
    ("深圳 电工 五险一金 双休", ["place", "benefit", "benefit"], "电工"),
    ("本科 会计 5k-8k 上海", ["education", "pay", "place"], "会计"),
    ("的士司机", [], "的士司机"),
])
def test_combinations(q, kinds, remaining):
    got = understand(q)
    assert [i.kind for i in got.intents] == kinds
    assert got.remaining == remaining


def test_combination_values():
    got = understand("武汉 日结 搬运工 200一天")
    assert got.of_kind("place")[0].value == "4201"
    assert got.of_kind("pay_cycle")[0].value == "daily"
    assert got.of_kind("pay")[0] == Intent("pay", (3960, None), "200一天", "filter")
    got = understand("东莞包吃住普工8k以上")
    assert [i.value for i in got.intents] == ["4419", "room_and_board", (8000, None)]


@pytest.mark.parametrize(("disabled", "kinds", "remaining"), [
    (frozenset(), ["place", "pay_cycle", "pay"], "搬运工"),
    (frozenset({"place"}), ["pay_cycle", "pay"], "武汉 搬运工"),
    (frozenset({"place:武汉"}), ["pay_cycle", "pay"], "武汉 搬运工"),
    (frozenset({"place:深圳"}), ["place", "pay_cycle", "pay"], "搬运工"),
    (frozenset({"pay_cycle", "pay"}), ["place"], "日结 搬运工 200一天"),
])
def test_disabled_kinds_stay_in_the_text(disabled, kinds, remaining):
    got = understand("武汉 日结 搬运工 200一天", disabled=disabled)
    assert [i.kind for i in got.intents] == kinds
    assert got.remaining == remaining


def test_result_shape():
    got = understand("兼职")
    assert isinstance(got, Understanding)
    assert got.intents == (Intent("employment_type", "part_time", "兼职", "filter"),)
    assert understand("") == Understanding((), "")
    assert understand("  保安   保洁 ") == Understanding((), "保安 保洁")
    every = ("兼职 5000以上 本科 无经验 应届 包住 武汉 附近 国企 日结 夜班 50岁 工地 A2驾照 保安 光谷 站不久 "
             "地铁口 不想做销售")
    assert {i.kind for q in (every,)
            for i in understand(q).intents} == set(KINDS)


def test_intent_text_is_the_query_substring():
    q = "８Ｋ以上 深圳南山 包吃住"
    for intent in understand(q).intents:
        assert intent.text in q
    assert one(q, "pay").text == "８Ｋ以上"


def test_fast_after_warm_up():
    from recruit.search import understanding

    q = "东莞长安镇包吃住普工8k以上急招"
    understand(q)
    per_call = min(timeit.repeat(lambda: understanding._understand.__wrapped__(q, frozenset(), False),
                                 number=50, repeat=5)) / 50
    assert per_call < 0.001, per_call


@pytest.mark.parametrize(("q", "prefix"), [
    ("兰州 城关 保安", "620102"), ("沈阳铁西 电工", "210106"), ("南京鼓楼", "320106"),
    ("福州 鼓楼", "350102"), ("城关", None), ("铁西 电工", None), ("100人 大厂", None),
])
def test_district_names_of_many_cities_need_their_city(q, prefix):
    assert values(q, "place")[-1:] == ([prefix] if prefix else [])


@pytest.mark.parametrize(("q", "value"), [
    ("20万", (15000, None)), ("年薪30-50万", (25000, 41667)), ("月薪8千到1万2", (8000, 12000)),
    ("一天两百", (3960, None)), ("搬家 日结 两百", (3960, None)), ("底薪5千+提成", (5000, None)),
    ("3000-5000元/月", (3000, 5000)), ("每小时20元", (3168, None)),
])
def test_more_pay_forms(q, value):
    assert values(q, "pay") == [value]


@pytest.mark.parametrize(("q", "remaining"), [
    ("5000-", ""), ("，，，", ""), ("C++ 工程师 20k", "C++ 工程师"), ("工资日结 保安", "保安"),
    ("日结工资", ""), ("前台 文员 双休 朝九晚五", "前台 文员"), ("残疾人 客服 在家", "客服"),
])
def test_remaining_text(q, remaining):
    assert understand(q).remaining == remaining


def test_every_place_name_reads_as_a_valid_prefix():
    from recruit.search import understanding_places as places

    for name in places.place_table():
        prefix = places.read(name, [])
        assert prefix is None or regions.prefix_is_valid(prefix), (name, prefix)


def test_imports_only_the_standard_library_and_codes():
    import ast
    import sys
    from pathlib import Path

    import recruit.search.understanding as module

    allowed = {"recruit.codes", "recruit.search.analysis", "recruit.search.understanding_places",
               "recruit.search.understanding_words", "recruit.search.concepts",
               "recruit.search.understanding_jobs", "recruit.search.understanding_pay",
               "recruit.search.typos",  # pure: a job term's slips (普功), never read as a place's
               "pypinyin"}  # pure: the sounds of characters, for place names typed one character off
    for name in ("understanding.py", "understanding_places.py", "understanding_words.py",
                 "understanding_jobs.py", "understanding_pay.py"):
        tree = ast.parse((Path(module.__file__).parent / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom | ast.Import):
                mods = [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                if isinstance(node, ast.ImportFrom) and node.module == "recruit.search":
                    mods = [f"recruit.search.{a.name}" for a in node.names]
                for mod in mods:
                    top = mod.split(".")[0]
                    assert top in sys.stdlib_module_names or mod == "__future__" or any(
                        mod == a or mod.startswith(a + ".") for a in allowed), (name, mod)


# ---- round 5 (squ): docs/query-understanding.md 第五轮 -------------------------------------------

def kinds(q: str) -> list[tuple[str, object, str, str]]:
    return [(i.kind, i.value, i.text, i.applied_as) for i in understand(q).intents]


@pytest.mark.parametrize(("q", "expected", "remaining"), [
    ("长白班普工", [("schedule", "day_only", "长白班", "filter")], "普工"),  # not 长白县
    ("东莞长白班", [("place", "4419", "东莞", "filter"), ("schedule", "day_only", "长白班", "filter")], ""),
    ("长春 长白班", [("place", "2201", "长春", "filter"), ("schedule", "day_only", "长白班", "filter")], ""),
    ("大理石", [], "大理石"),
    ("工厂保安", [], "工厂保安"),  # a job's title holding a workplace word
    ("电子厂普工", [], "电子厂普工"),
])
def test_the_longest_term_wins_across_dictionaries(q, expected, remaining):
    assert kinds(q) == expected and understand(q).remaining == remaining


@pytest.mark.parametrize(("q", "value"), [
    ("夜班", "night"), ("晚班 保安", "night"), ("白班 仓管", "day_only"), ("不上夜班", "day_only"),
    ("不要夜班 普工", "day_only"), ("只上白班", "day_only"), ("周末", "weekend"), ("双休日 兼职", "weekend"),
    ("居家 客服", "remote"), ("在家做的工作", "remote"), ("远程", "remote"), ("线上", "remote"),
])
def test_schedules_filter(q, value):
    intent = one(q, "schedule")
    assert (intent.value, intent.applied_as) == (value, "filter")


@pytest.mark.parametrize(("q", "kind", "value"), [
    ("钟点工", "employment_type", "part_time"), ("小时工", "employment_type", "part_time"),
    ("临时工", "employment_type", "temporary"), ("暑假工", "schedule", "summer"),
    ("寒假工", "schedule", "winter"), ("学徒工", "experience", 0),
])
def test_job_words_that_look_like_conditions_stay_the_job(q, kind, value):
    got = understand(q)
    assert got.remaining == q
    assert [(i.kind, i.value, i.applied_as) for i in got.intents] == [(kind, value, "boost")]


def test_a_type_word_joined_to_a_job_ranks_and_apart_filters():
    assert kinds("兼职会计") == [("employment_type", "part_time", "兼职", "boost")]
    assert kinds("兼职 会计") == [("employment_type", "part_time", "兼职", "filter")]


@pytest.mark.parametrize(("q", "value", "applied"), [
    ("日结", "daily", "filter"), ("工资日结", "daily", "filter"), ("当天结", "daily", "filter"),
    ("周结", "weekly", "filter"), ("月结", "monthly", "boost"),
])
def test_pay_cycles(q, value, applied):
    intent = one(q, "pay_cycle")
    assert (intent.value, intent.applied_as) == (value, applied)
    assert understand(q).of_kind("employment_type") == ()


@pytest.mark.parametrize("q", ["学徒", "零基础 按摩", "无经验 普工", "实习", "应届生可 客服"])
def test_seekers_without_experience_filter_on_none(q):
    assert [(i.value, i.applied_as) for i in understand(q).of_kind("experience")] == [(0, "filter")]
    assert all(i.applied_as == "boost" for i in understand(q).of_kind("group"))


@pytest.mark.parametrize("q", ["应届生", "应届毕业生 客服", "毕业生", "应届 会计 双休", "高校毕业生 文员"])
def test_graduates_rank_postings_open_to_no_experience_first(q):
    # who the seeker is, not a limit: a posting asking a year stays on the page, below
    assert [(i.value, i.applied_as) for i in understand(q).of_kind("experience")] == [(0, "boost")]
    assert [i.value for i in understand(q).of_kind("group")] == ["graduate"]


@pytest.mark.parametrize(("q", "value", "applied", "remaining"), [
    ("东莞 工厂", "factory", "filter", ""), ("进厂", "factory", "filter", ""),
    ("电子厂", "electronics_factory", "filter", ""), ("工地 日结", "construction_site", "filter", ""),
    ("仓库", "logistics", "filter", ""), ("酒店 服务员", "hotel_catering", "boost", "服务员"),
    ("医院", "hospital", "filter", ""), ("学校", "school", "filter", ""),
])
def test_workplace_words_name_a_set_of_jobs(q, value, applied, remaining):
    intent = one(q, "sector")
    assert (intent.value, intent.applied_as) == (value, applied)
    assert understand(q).remaining == remaining


@pytest.mark.parametrize(("q", "remaining", "older"), [
    ("我在东莞想找个普工", "普工", False), ("招聘保安", "保安", False), ("急招 厨师", "厨师", False),
    ("附近的保洁工作", "保洁", False), ("有没有仓管的工作", "仓管", False), ("女工 普工", "普工", False),
    ("A2驾照 货车司机", "货车司机", False), ("A2驾照", "货车司机", False), ("求职 服务员", "服务员", False),
    ("就业 快递员", "快递员", False), ("25岁 文员", "文员", False), ("50岁 保安", "保安", True),
    ("50岁能做什么工作", "", True), ("四五十岁 找工作", "", True), ("年纪大 深圳", "", True),
])
def test_filler_ages_genders_and_licences_are_never_required_words(q, remaining, older):
    got = understand(q)
    assert got.remaining == remaining
    assert [(i.value, i.applied_as) for i in got.of_kind("age")] == ([("older", "boost")] if older else [])


@pytest.mark.parametrize(("q", "prefix"), [
    ("东菀 普工", "4419"), ("深川保安", "4403"), ("广洲 服务员", "4401"), ("武汗 快递", "4201"),
    ("郑洲 仓管", "4101"), ("杭洲 电焊工", "3301"), ("黄坡 保洁", "420116"),
])
def test_place_names_one_character_off(q, prefix):
    intent = one(q, "place")
    assert intent.value == prefix and intent.text == q[:2]


@pytest.mark.parametrize("q", ["快递小哥", "长沙发", "保安", "普工", "美甲", "开大车", "做账", "宝妈"])
def test_known_words_are_never_place_slips(q):
    assert understand(q).of_kind("place") == ()


def test_workplace_sets_name_known_concepts_and_listed_codes():
    from recruit.codes import classifications
    from recruit.search import concepts, understanding_words

    for value, (phrases, codes, ids) in understanding_words.SECTORS.items():
        assert phrases.split() and set(ids) <= set(concepts.load()), value
        assert all(c in concepts.small_groups() or c in classifications.occupation_middle_groups()
                   for c in codes), value
    assert set(understanding_words.OLDER_WORKER_CONCEPTS) <= set(concepts.load())


@pytest.mark.parametrize(("q", "kind", "value", "applied", "remaining"), [
    ("暑假工 服务员", "schedule", "summer", "filter", "服务员"),
    ("钟点工 保洁", "employment_type", "part_time", "filter", "保洁"),
    ("临时工 搬运工", "employment_type", "temporary", "filter", "搬运工"),
    ("住家育儿嫂", "benefit", "room_and_board", "boost", "育儿嫂"),
    ("住家", "benefit", "room_and_board", "boost", "住家"),  # alone: the job (住家保姆) stays text
])
def test_a_job_like_condition_word_beside_a_job_word_is_its_condition(q, kind, value, applied, remaining):
    got = understand(q)
    assert [(i.kind, i.value, i.applied_as) for i in got.intents] == [(kind, value, applied)]
    assert got.remaining == remaining


@pytest.mark.parametrize(("q", "remaining"), [
    ("电工 有经验优先", "电工"), ("有经验的厨师", "厨师"), ("焊工 经验丰富", "焊工"),
    ("客服 有相关经验", "客服"), ("保安 有工作经验", "保安"),
])
def test_experience_without_a_number_is_no_word_and_no_condition(q, remaining):
    """有经验优先: the seeker has some; no field holds it, and 经验/优先 in a description says nothing."""
    u = understand(q)
    assert u.remaining == remaining and u.of_kind("experience") == ()
