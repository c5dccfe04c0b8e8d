"""Industry (GB/T 4754-2017) and occupation (职业分类大典) code lists."""

import pytest

from recruit.codes import classifications as c


def test_industry_sections_and_divisions_are_complete():
    assert list(c.industry_sections()) == [chr(x) for x in range(ord("A"), ord("T") + 1)]
    divisions = sorted(int(code[1:]) for code in c.industries())
    assert divisions == list(range(1, 98))  # 01-97, each in exactly one section
    assert c.industry_name("C38") == "制造业 / 电气机械和器材制造业"
    assert c.industry_name("I65") == "信息传输、软件和信息技术服务业 / 软件和信息技术服务业"


@pytest.mark.parametrize("code", ["C38", "A01", "T97", "E47", "S96"])
def test_valid_industry_codes(code):
    assert c.is_industry(code)


@pytest.mark.parametrize("code", ["A38", "C3", "c38", "C380", "U98", "38", "", None, 38])
def test_invalid_industry_codes(code):
    assert not c.is_industry(code)


def test_occupation_major_groups_and_middle_groups():
    assert list(c.occupation_major_groups()) == [str(i) for i in range(1, 9)]
    groups = c.occupation_middle_groups()
    assert len(groups) == 79  # the 2022 edition's count
    assert groups["6-31"] == "生产辅助人员"
    assert groups["4-14"] == "健康、体育和休闲服务人员"
    assert groups["2-02"] == "工程技术人员"
    assert all(code.split("-")[0] in c.occupation_major_groups() for code in groups)


@pytest.mark.parametrize(
    "code,group",
    [("6-31", "6-31"), ("6-31-01", "6-31"), ("6-31-01-03", "6-31"), ("4-04-05-01", "4-04"), ("2-99", "2-99")],
)
def test_finer_occupation_codes_validate_by_their_middle_group(code, group):
    assert c.occupation_group(code) == group


@pytest.mark.parametrize("code", ["6-32", "9-01", "6-31-1", "63", "6-31-01-03-01", "6_31", "", None])
def test_invalid_occupation_codes(code):
    assert not c.is_occupation(code)
