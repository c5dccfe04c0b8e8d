"""The report sentence: Chinese magnitudes and the 近 rule at their edges (pure)."""

import datetime as dt

import pytest

from recruit.reporting.sentence import chinese_figure, date_phrase, report_sentence


@pytest.mark.parametrize(("n", "text"), [
    (0, "0"),
    (9_999, "9999"),             # below 1万: exact, never 近
    (10_000, "1万"),
    (19_999, "近2万"),           # within 1% below 2万
    (19_799, "1万"),             # rounded down
    (2_080_000, "208万"),
    (27_610_000, "2761万"),
    (27_619_999, "2761万"),      # down, never up
    (19_799_999, "1979万"),      # just over 1% below 2000万
    (19_800_000, "近2000万"),    # exactly 1% below
    (19_990_000, "近2000万"),
    (20_000_000, "2000万"),      # the round figure itself
    (20_800_000, "2080万"),
    (9_950_000, "近1000万"),
    (99_990_000, "近1亿"),
    (100_000_000, "1亿"),
    (123_456_789, "1.23亿"),
    (150_000_000, "1.5亿"),
    (1_999_999_999, "近20亿"),
])
def test_chinese_figure(n, text):
    assert chinese_figure(n) == text


def test_negative_counts_are_refused():
    with pytest.raises(ValueError):
        chinese_figure(-1)


def test_date_phrase_and_the_seed_sentence():
    assert date_phrase(dt.date(2020, 6, 30)) == "6月底"
    assert date_phrase(dt.date(2020, 2, 29)) == "2月底"
    assert date_phrase(dt.date(2020, 6, 15)) == "6月15日"
    assert report_sentence(dt.date(2020, 6, 30), employers=2_081_234, positions=27_613_456,
                           resumes=19_950_000) == (
        "截至6月底，208万家用人单位发布岗位信息2761万人次，劳动者投递求职简历近2000万份")
    assert report_sentence(dt.date(2020, 6, 15), employers=12, positions=30, resumes=9_999,
                           placements=3).endswith("求职简历9999份，实现录用3人")
