"""Pure validators and code lists: no services."""

import marshmallow as ma
import pytest

from recruit.codes import regions, validators
from tests.factories import credit_code


def test_region_levels_and_paths():
    assert regions.is_valid("420000") and regions.level("420000") == "province"
    assert regions.is_valid("420100") and regions.level("420100") == "prefecture"
    assert regions.is_county("420102") and regions.level("420102") == "county"
    assert regions.path("420102") == ["42", "4201", "420102"]
    assert regions.full_name("420102") == "湖北省武汉市江岸区"
    assert regions.full_name("110105") == "北京市朝阳区"


def test_abolished_and_made_up_codes_are_refused():
    assert not regions.is_valid("110103")  # 崇文区, merged in 2010
    assert not regions.is_valid("429999")
    assert not regions.is_valid("42010")
    assert not regions.is_county("420100")


@pytest.mark.parametrize(("prefix", "ok"), [("42", True), ("4201", True), ("420102", True),
                                            ("4", False), ("420", False), ("99", False),
                                            ("4299", False), ("4a", False), ("", False),
                                            ("1101", True), ("440305", True)])
def test_region_prefixes(prefix, ok):
    assert regions.prefix_is_valid(prefix) is ok


def test_every_county_has_its_province():
    table = regions.regions()
    counties = regions.counties()
    assert len(counties) > 2800
    assert all(c[:2] + "0000" in table for c in counties)


def test_credit_code_check_character():
    good = credit_code("420102")
    validators.credit_code(good)
    wrong = good[:-1] + ("1" if good[-1] != "1" else "2")
    with pytest.raises(ma.ValidationError, match="校验位"):
        validators.credit_code(wrong)
    with pytest.raises(ma.ValidationError, match="18位"):
        validators.credit_code(good[:-2])
