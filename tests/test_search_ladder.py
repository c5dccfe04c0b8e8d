"""Issue 14 (evaluation follow-up) through the HTTP API on the real node: everyday phrases and
sibling titles match at the exact level, decorated titles still match, the page is filled down
the ladder (exact above partial above related, paging complete), and understood filters relax
into boosts rather than leave an answerable query empty."""

from tests import test_search
from tests.factories import sync_search
from tests.test_search import _search

vacancy = test_search.vacancy


def _ids(result):
    return [h["id"] for h in result["hits"]]


def test_an_everyday_phrase_finds_descriptions_and_sibling_titles(app, client, search, vacancy):
    said = vacancy(title="后厨帮工", description="负责炒菜、配菜，包吃住，月休四天。", occupation_code="4-03")
    sibling = vacancy(title="炒锅师傅", description="川湘菜馆，月休四天，工资面议。", occupation_code="4-03")
    literal = vacancy(title="炒菜工", description="快餐店后厨，炒菜，早晚两班。", occupation_code="4-03")
    other = vacancy(title="仓库管理员", description="负责出入库登记与盘点工作。", occupation_code="4-02")
    sync_search(app)
    result = _search(client, q="炒菜")
    assert result["match_level"] == "exact"
    exact = [h for h in result["hits"] if h["match_level"] == "exact"]
    assert {h["id"] for h in exact} == {said, sibling, literal}
    assert exact[0]["id"] == literal  # the literal word ranks above the concept's other words
    assert other not in {h["id"] for h in exact}
    by_id = {h["id"]: [r["code"] for r in h["reasons"]] for h in exact}
    assert "concept_title" in by_id[sibling]


def test_decorated_and_sibling_titles_match_the_job_word(app, client, search, vacancy):
    decorated = vacancy(title="【急招】电焊工（长白班）8k-12k", description="钢结构车间，长白班，计件工资。",
                        occupation_code="6-31")
    sibling = vacancy(title="二保焊工", description="车间焊接作业，计件，包住宿。", occupation_code="6-31")
    plain = vacancy(title="电焊工", description="持证上岗，钢结构车间作业。", occupation_code="6-31")
    sync_search(app)
    result = _search(client, q="电焊工")
    assert {h["id"] for h in result["hits"] if h["match_level"] == "exact"} == {decorated, sibling, plain}
    ranked = _ids(result)
    assert ranked.index(plain) < ranked.index(sibling) and ranked.index(decorated) < ranked.index(sibling)


def test_the_page_fills_down_the_ladder_and_pages_completely(app, client, search, vacancy):
    exact = [vacancy(title="理发师", description="诚信经营的理发店，剪发烫染。", occupation_code="4-10")
             for _ in range(2)]
    partial = [vacancy(title="理发师", description="店内男女剪发，提成高，底薪。", occupation_code="4-10")
               for _ in range(3)]
    sync_search(app)
    first = _search(client, q="诚信 理发师", per_page=3)
    assert first["match_level"] == "exact" and first["total"] == 5
    assert [h["match_level"] for h in first["hits"]] == ["exact", "exact", "partial"]
    assert set(_ids(first)[:2]) == set(exact)
    second = _search(client, q="诚信 理发师", per_page=3, page=2)
    assert second["match_level"] == "partial"
    assert [h["match_level"] for h in second["hits"]] == ["partial"] * 2
    assert sorted(_ids(first) + _ids(second)) == sorted(exact + partial)  # complete, no overlap
    follow = _search(client, q="诚信 理发师", per_page=3, cursor=first["next_cursor"])
    assert _ids(follow) == _ids(second) and follow["next_cursor"] is None
    # one level with enough hits keeps the plain sort-value cursor
    alone = _search(client, q="理发师", per_page=2)
    assert all(h["match_level"] == "exact" for h in alone["hits"]) and alone["total"] == 5


def test_understood_filters_relax_when_nothing_answers(app, client, search, vacancy):
    cleaner = vacancy(title="保洁员", description="写字楼保洁，早班，月休四天。", region_code="420102",
                      occupation_code="4-09", salary_min=3000, salary_max=3800)
    sync_search(app)
    result = _search(client, q="保洁 深圳 8k以上")
    assert _ids(result) == [cleaner] and result["match_level"] == "related"
    assert result["hits"][0]["match_level"] == "related"
    assert {u["kind"]: u["applied_as"] for u in result["understood"]} == {"place": "relaxed",
                                                                          "pay": "relaxed"}
    # a filter that leaves something is never relaxed
    vacancy(title="保洁员", description="商场保洁，早班，月休四天。", region_code="440305",
            occupation_code="4-09", salary_min=8000, salary_max=9000)
    sync_search(app)
    strict = _search(client, q="保洁 深圳 8k以上")
    assert cleaner not in _ids(strict) and strict["match_level"] == "exact"
    assert {u["applied_as"] for u in strict["understood"]} == {"filter"}
    # conditions alone relax only to postings that satisfy one of them: none is temporary here
    assert _search(client, q="日结")["hits"] == []


def test_a_condition_typed_as_words_also_finds_postings_that_say_it(app, client, search, vacancy):
    said = vacancy(title="搬运工", description="仓库装卸，日结工资，包住，随到随上。", benefits=[],
                   employment_type="full_time", occupation_code="4-02")
    typed = vacancy(title="小时工", description="超市理货补货，按天结算工资。", benefits=["housing"],
                    employment_type="temporary", occupation_code="4-02")
    neither = vacancy(title="会计", description="负责公司账务处理与纳税申报，五险一金。", benefits=[],
                      employment_type="full_time", occupation_code="2-06")
    sync_search(app)
    daily = _search(client, q="日结")  # the form says 全职, the description says 日结: both count
    assert set(_ids(daily)) == {said, typed}
    housed = _search(client, q="包住")
    assert set(_ids(housed)[:2]) == {said, typed} and _ids(housed)[-1] == neither
    assert all("benefit_housing" in [r["code"] for r in h["reasons"]] for h in housed["hits"][:2])
