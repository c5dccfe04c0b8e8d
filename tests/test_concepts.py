"""The job-concept dictionary (search/data/concepts.toml) and its loader: pure, no services."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from recruit.codes import classifications
from recruit.search import concepts

_SMALL_GROUPS = Path(classifications.__file__).parent / "data" / "occupation_small_groups.json"


def test_the_file_loads_into_typed_concepts():
    loaded = concepts.load()
    assert loaded
    for cid, concept in loaded.items():
        assert isinstance(concept, concepts.Concept)
        assert concept.id == cid
        assert all(isinstance(v, tuple) for v in (concept.codes, concept.titles, concept.phrases,
                                                 concept.short, concept.typos, concept.related))


def test_there_are_at_least_150_concepts():
    assert len(concepts.load()) >= 150


def test_the_small_groups_file_names_only_small_groups_of_listed_middle_groups():
    data = json.loads(_SMALL_GROUPS.read_text(encoding="utf-8"))
    assert data["_about"] and data["edition"] == "2022"
    middles = classifications.occupation_middle_groups()
    for code, name in data["small_groups"].items():
        assert re.fullmatch(r"\d-\d{2}-\d{2}", code), code
        assert code[:4] in middles, code
        assert name and re.search(r"[\u4e00-\u9fff]", name), code
    assert concepts.small_groups() == data["small_groups"]


def test_every_code_is_a_listed_small_group_or_middle_group():
    small, middles = concepts.small_groups(), classifications.occupation_middle_groups()
    for concept in concepts.load().values():
        assert concept.codes, concept.id
        for code in concept.codes:
            assert code in small or code in middles, (concept.id, code)
            assert classifications.is_occupation(code), (concept.id, code)
            # never the armed forces or "not classifiable"
            assert code[0] in "123456", (concept.id, code)


def test_every_concept_has_a_source_a_label_and_a_title():
    for concept in concepts.load().values():
        assert concept.source.strip(), concept.id
        assert concept.label.strip(), concept.id
        assert concept.titles, concept.id


def test_terms_are_lower_case_and_unique_within_a_concept():
    for concept in concepts.load().values():
        terms = concept.terms
        assert all(t == t.strip().lower() for t in terms), concept.id
        assert len(terms) == len(set(terms)), concept.id


def test_no_term_names_more_than_three_concepts():
    crowded = {term: ids for term, ids in concepts.lookup().items() if len(ids) > 3}
    assert not crowded


def test_related_ids_are_other_known_concepts():
    loaded = concepts.load()
    for concept in loaded.values():
        assert concept.id not in concept.related
        assert all(rid in loaded for rid in concept.related), concept.id


def _codes(term: str) -> tuple[str, ...]:
    return concepts.codes_for(concepts.lookup()[term])


def test_everyday_phrases_name_the_right_occupations():
    assert "4-10-01" in _codes("带娃")  # childcare: 生活照料服务人员
    assert concepts.lookup()["开大车"] == ("heavy_truck_driver",)  # a heavy truck, not any lorry
    assert concepts.lookup()["看大门"] == ("gatekeeper",)
    assert "4-02-02" in _codes("开大车")  # 道路运输服务人员
    assert "4-03-02" in _codes("炒菜")
    assert "4-09" in _codes("搞卫生")
    assert "4-12-02" in _codes("修电脑")
    assert "4-10-01" in _codes("陪护老人")
    assert "6-29" in _codes("搬砖")


def test_siblings_share_codes():
    assert set(_codes("美工")) & set(_codes("平面设计"))
    assert set(_codes("保姆")) & set(_codes("育儿嫂")) & set(_codes("月嫂")) & set(_codes("家政服务员"))
    assert _codes("电焊") == _codes("焊工")


def test_a_short_form_finds_the_full_title_and_its_siblings():
    courier = concepts.lookup()["快递"]
    assert courier == concepts.lookup()["快递员"]
    sorter = concepts.lookup()["分拣员"]
    # 快递 names the courier; the sorter shares its code and is its sibling
    assert set(concepts.codes_for(courier)) & set(concepts.codes_for(sorter))
    assert set(sorter) <= set(concepts.load()[courier[0]].related)
    assert "4-02-06" in concepts.related_codes(courier)


def test_slips_and_confusions():
    assert concepts.lookup()["收营员"] == concepts.lookup()["收银员"]
    assert concepts.lookup()["亚弧焊"] == concepts.lookup()["氩弧焊"]
    # 铲车 is a loader, and often typed for a forklift: it names both
    assert set(concepts.lookup()["铲车"]) == {"forklift_driver", "loader_operator"}


def test_related_codes_leave_out_the_concepts_own_codes():
    for cid in concepts.load():
        own = set(concepts.codes_for([cid]))
        extra = concepts.related_codes([cid])
        assert not own & set(extra), cid
        assert all(classifications.occupation_group(c) not in own for c in extra), cid


def test_coverage_agrees_with_the_data():
    report = concepts.coverage()
    loaded = concepts.load()
    codes = {c for concept in loaded.values() for c in concept.codes}
    middles = {classifications.occupation_group(c) for c in codes}
    named = [g for g in classifications.occupation_middle_groups() if g[0] in "123456"]
    assert report["concepts"] == len(loaded)
    assert report["terms"] == len({t for concept in loaded.values() for t in concept.terms})
    assert report["codes"] == len(codes)
    assert report["small_groups"] == len(codes & set(concepts.small_groups()))
    assert report["middle_groups"] == len(middles)
    assert report["named_middle_groups"] == len(named)
    assert report["named_middle_groups_covered"] == len(middles & set(named))
    assert report["middle_group_share"] == round(len(middles & set(named)) / len(named), 3)
    assert report["middle_group_share"] >= 0.6


@pytest.fixture
def data_file(tmp_path, monkeypatch):
    """Points the loader at a file of the test's own and clears the caches around it."""
    path = tmp_path / "concepts.toml"
    monkeypatch.setattr(concepts, "_DATA", path)
    concepts.load.cache_clear()
    concepts.lookup.cache_clear()
    yield path
    concepts.load.cache_clear()
    concepts.lookup.cache_clear()


_GOOD = """
[concepts.cook]
label = "厨师"
codes = ["4-03-02"]
titles = ["厨师"]
related = {related}
source = {source}
"""


def _write(path: Path, **fields: str) -> None:
    values = {"related": "[]", "source": '"大典"'} | fields
    path.write_text(_GOOD.format(**values), encoding="utf-8")


def test_a_good_file_loads(data_file):
    _write(data_file)
    assert list(concepts.load()) == ["cook"]


@pytest.mark.parametrize(("text", "message"), [
    (_GOOD.format(related="[]", source='"x"').replace("4-03-02", "4-03-99-99"), "unknown occupation code"),
    (_GOOD.format(related="[]", source='"x"').replace("4-03-02", "9-99"), "unknown occupation code"),
    (_GOOD.format(related='["waiter"]', source='"x"'), "unknown related"),
    (_GOOD.format(related="[]", source='""'), "missing source"),
    (_GOOD.format(related="[]", source='"x"').replace('source = "x"', ""), "missing source"),
    (_GOOD.format(related="[]", source='"x"') * 2, "duplicate concept id"),
    (_GOOD.format(related="[]", source='"x"').replace('["厨师"]', '["Chef"]'), "lower-case"),
])
def test_a_wrong_entry_is_a_value_error_naming_it(data_file, text, message):
    data_file.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        concepts.load()
    assert "cook" in str(err.value)
