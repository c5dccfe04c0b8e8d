"""Occupation inference from query words, and the query clause it becomes: no services."""

import json

import pytest

from recruit.codes import classifications
from recruit.search import occupations, queries, ranking, reasons
from recruit.search import weights as weights_file


def _named(body, name):
    """Every clause named `name` anywhere in a nested body."""
    found = []
    if isinstance(body, dict):
        if body.get("_name") == name:
            found.append(body)
        for v in body.values():
            found.extend(_named(v, name))
    elif isinstance(body, list):
        for v in body:
            found.extend(_named(v, name))
    return found


def test_the_titles_file_is_broad_and_names_only_listed_codes():
    titles = occupations.title_codes()
    assert len(titles) >= 200
    codes = {c for cs in titles.values() for c in cs}
    assert all(classifications.is_occupation(c) for c in codes)
    # every civilian major group has titles
    assert {c[0] for c in codes} == {"1", "2", "3", "4", "5", "6"}
    assert titles["木工"] == ("6-06", "6-29-01")  # a title may sit in two places


def test_words_name_occupations():
    assert occupations.infer(["快递"]) == (("4-02-07",), True)
    assert occupations.infer(["水电工"]) == (("6-29-03",), True)
    assert occupations.infer(["幼师"]) == (("2-08-04",), True)
    # a title spelled in several words: the longest run wins
    assert occupations.infer(["java", "开发"]) == (("2-02-10",), True)
    assert occupations.infer(["java", "开发工程师"]) == (("2-02-10",), True)
    # several titles: any of their occupations
    assert occupations.infer(["厨师", "服务员"]) == (("4-03-02",), True)
    assert occupations.infer(["电工", "焊工"]) == (("6-18-02", "6-31-01"), True)


def test_a_word_that_is_no_title_leaves_the_query_uncovered():
    assert occupations.infer(["python", "程序员"]) == (("2-02-10",), False)
    assert occupations.infer(["工程师"]) == ((), False)
    assert occupations.infer(["纳税", "申报"]) == ((), False)
    assert occupations.infer([]) == ((), False)


def test_code_list_names_and_synonyms_name_occupations_too():
    assert occupations.codes_of("采矿人员") == ("6-16",)
    assert occupations.codes_of("采矿") == ("6-16",)
    assert occupations.codes_of("数据专员") == ("2-02-10",)  # a synonym of 数据分析师
    # military and "not classifiable" groups are never inferred (文职 is an office job here)
    assert occupations.codes_of("文职") == ()
    assert occupations.codes_of("文职人员") == ()


def test_a_bad_code_in_the_titles_file_fails_loudly(tmp_path, monkeypatch):
    bad = tmp_path / "titles.txt"
    bad.write_text("# header\n快递员 => 9-99\n", encoding="utf-8")
    monkeypatch.setattr(occupations, "_TITLES", bad)
    occupations.title_codes.cache_clear()
    try:
        with pytest.raises(ValueError, match="9-99"):
            occupations.title_codes()
    finally:
        monkeypatch.undo()
        occupations.title_codes.cache_clear()


def test_job_vocabulary_queries_match_their_occupation():
    w = weights_file.load()
    recall, scoring = queries.text_query("快递")
    [clause] = _named(recall, "occupation_inferred")
    # worth a constant: below any text match, whatever the occupation's rarity
    assert clause == {"filter": {"terms": {"occupation_path": ["4-02-07"]}},
                      "boost": w["text"]["occupation_inferred"], "_name": "occupation_inferred"}
    # a route of the recall: the occupation's postings, unless the title names another job (round 10)
    named = [{"constant_score": clause}]
    [route] = [r for r in recall["bool"]["should"] if r.get("bool", {}).get("must") == named]
    titled = route["bool"]["filter"][0]["bool"]["should"]
    assert {"bool": {"must_not": [{"exists": {"field": "title_concepts"}}]}} in titled
    own, _ = ranking.query_concepts(["快递"])
    assert own and set(own) <= set(titled[1]["terms"]["title_concepts"])
    assert recall["bool"]["minimum_should_match"] == 1
    assert not _named(scoring, "occupation_inferred")
    # a place is a preference: it neither blocks the inference nor joins the recall
    recall, _ = queries.text_query("保安 深圳")
    assert _named(recall, "occupation_inferred")
    assert "深圳" not in json.dumps(recall, ensure_ascii=False)


def test_other_words_keep_the_occupation_a_booster():
    recall, scoring = queries.text_query("Python 程序员")
    assert not _named(recall, "occupation_inferred")
    assert len(_named(scoring, "occupation_inferred")) == 1
    recall, scoring = queries.text_query("纳税申报")
    assert not _named([recall, scoring], "occupation_inferred")


def test_the_weight_comes_from_the_file():
    custom = json.loads(json.dumps(weights_file.load()))
    custom["text"]["occupation_inferred"] = 0.25
    recall, _ = queries.text_query("幼师", custom)
    assert _named(recall, "occupation_inferred")[0]["boost"] == 0.25


def test_the_reason_has_a_code_and_chinese():
    assert reasons.explain(["occupation_inferred"]) == [{"code": "occupation_inferred", "text": "职业相关"}]
