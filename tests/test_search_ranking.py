"""Issue 14, round 5, through the HTTP API on the real node: the job the words mean before a
literal hit in another job's title, the job word kept when the other words relax, the place
relaxed last, a last level by a title's characters, slips by sound and order."""

from recruit.search import ranking, typos
from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy  # the fixture: post through the API, then set the other fields


def _ids(result):
    return [h["id"] for h in result["hits"]]


def test_a_title_is_read_for_the_concepts_it_names_longest_first():
    assert ranking.title_concepts("家政服务员") == ("housekeeper",)  # not the waiter of 服务员
    assert ranking.title_concepts("卫生间防水工") == ("waterproofer",)
    assert ranking.title_concepts("【急聘】电焊工（长白班）") == ("welder",)
    assert ranking.title_concepts("诚信经营") == ()
    assert ranking.is_job_word("收银员") and ranking.is_job_word("调音师") and not ranking.is_job_word("靠谱")
    assert ranking.is_number("50") and not ranking.is_number("c1")


def test_slips_by_sound_and_order_are_corrected_to_dictionary_titles():
    assert typos.corrected_text("电汗工") == "电焊工"  # the label's title before 点焊工 (same sound)
    assert typos.corrected_text("仓库管里员 包住") == "仓库管理员 包住"
    assert typos.correct("焊电工")[0].kind == "spelling" and typos.corrected_text("焊电工") == "电焊工"
    assert typos.corrected_text("叉车共") == "叉车工"
    # a dictionary word, or something sounding like nothing, is left alone
    assert typos.correct("保安") == () and typos.correct("宇航员") == () and typos.correct("钢琴调音师") == ()


def test_the_job_the_words_mean_ranks_above_a_literal_hit_in_another_jobs_title(app, client, search,
                                                                                  vacancy):
    proofer = vacancy(title="卫生间防水工", description="负责卫生间、厨房和屋面的防水施工。",
                      occupation_code="6-29")
    cleaner = vacancy(title="保洁员", description="打扫办公区、卫生间，倒垃圾。", occupation_code="4-09")
    domestic = vacancy(title="家政服务员", description="上门做家务、做饭，工作认真负责，按时上下班。",
                       occupation_code="4-10")
    runner = vacancy(title="传菜员", description="负责传菜收台，工作认真负责，按时上下班。",
                     occupation_code="4-03")
    waiter = vacancy(title="餐厅服务员", description="负责点单、上菜，工作认真负责，按时上下班。",
                     occupation_code="4-03")
    sync_search(app)
    tidy = _ids(_search(client, q="搞卫生"))
    assert tidy.index(cleaner) < tidy.index(proofer)
    serve = _search(client, q="服务员")
    # the literal title of the job first; round 6: the sibling (传菜员) before the title of another
    # job that only holds the letters (occupation tiers, layered 1000 apart)
    assert _ids(serve)[0] == waiter and runner in _ids(serve) and domestic in _ids(serve)
    assert serve["hits"][0]["score"] > 2 * serve["hits"][1]["score"]


def test_the_job_word_stays_required_when_the_other_words_relax(app, client, search, vacancy):
    cashier = vacancy(title="收银员", description="负责超市收银，工作认真负责，按时上下班。",
                      occupation_code="4-01")
    host = vacancy(title="带货主播", description="为人靠谱，年龄18-50岁。", occupation_code="4-01")
    guard = vacancy(title="保安", description="负责门岗值守，工作认真负责，按时上下班。",
                    occupation_code="4-07")
    sync_search(app)
    result = _search(client, q="收银员 靠谱")
    assert result["match_level"] == "partial" and cashier in _ids(result)
    assert host not in _ids(result)[:_ids(result).index(cashier)]  # never above the job
    assert [h["match_level"] for h in result["hits"] if h["id"] == host] in ([], ["related"])
    # a bare number is never required text: the guard who wrote no age is an exact match
    aged = _search(client, q="保安 50")
    assert _ids(aged)[0] == guard and aged["match_level"] == "exact"


def test_a_place_relaxes_after_the_group(app, client, search, vacancy):
    here = vacancy(title="保洁员", description="负责商场保洁，工作认真负责，按时上下班。",
                   region_code="420102", occupation_code="4-09")
    there = vacancy(title="保洁员", description="负责商场保洁，工作认真负责，按时上下班。",
                    region_code="110105", occupation_code="4-09",
                    welcomed_groups=["disabled"])
    sync_search(app)
    result = _search(client, q="武汉 保洁 残疾人岗位")
    assert _ids(result) == [here]  # Wuhan's cleaner, not Beijing's that welcomes the group
    how = {u["kind"]: u["applied_as"] for u in result["understood"]}
    assert how == {"place": "filter", "group": "relaxed"}
    # with neither, the place relaxes too: the Beijing posting welcoming the group first
    far = _search(client, q="上海 保洁 残疾人岗位")
    assert _ids(far)[0] == there and {u["applied_as"] for u in far["understood"]} == {"relaxed"}


def test_a_last_level_finds_a_title_by_its_characters(app, client, search, vacancy):
    # a title whose words no query word equals and no concept names (画画 itself is vocabulary now)
    art = vacancy(title="钢琴调律师", description="负责琴行钢琴的调音与保养，工作认真负责，按时上下班。",
                  occupation_code="4-14")
    vacancy(title="航空地勤", description="负责机场地面服务，工作认真负责，按时上下班。",
            occupation_code="4-02")
    sync_search(app)
    result = _search(client, q="调琴")
    assert _ids(result) == [art] and result["match_level"] == "related"
    assert result["hits"][0]["reasons"][0]["code"] == "title_chars"
    # an unanswerable query finds no junk: 潜水教练 shares too few characters with any title
    assert _search(client, q="潜水教练")["hits"] == []


def test_slips_are_corrected_one_level_below_the_literal_words(app, client, search, vacancy):
    welder = vacancy(title="电焊工", description="负责钢结构件的焊接，工作认真负责，按时上下班。",
                     occupation_code="6-18")
    keeper = vacancy(title="仓库管理员", description="负责出入库登记，工作认真负责，按时上下班。",
                     occupation_code="4-02")
    sync_search(app)
    sound = _search(client, q="电汗工")
    assert _ids(sound) == [welder] and sound["match_level"] == "partial"
    assert sound["understood"] == [{"kind": "pinyin", "value": "电焊工", "text": "电汗工",
                                    "applied_as": "text"}]
    swapped = _search(client, q="焊电工")
    assert _ids(swapped) == [welder]
    assert swapped["understood"] == [{"kind": "spelling", "value": "电焊工", "text": "焊电工",
                                      "applied_as": "text"}]
    assert _ids(_search(client, q="仓库管里员"))[0] == keeper
    # a literal title is never corrected
    literal = _search(client, q="电焊工")
    assert literal["match_level"] == "exact" and literal["understood"] == []
