"""Personal-data helpers: validation, derivation and masking (pure)."""

import datetime as dt

import pytest

from recruit.privacy import (
    PersonalDataError,
    is_resident_id,
    mask_phone,
    mask_resident_id,
    normalize_mobile,
    normalize_resident_id,
    redact_resident_ids,
    resident_id_facts,
)
from tests.factories import resident_id


@pytest.mark.parametrize("raw", ["13812345678", "+86 138-1234-5678", "8613812345678"])
def test_mobile_numbers_are_normalised(raw):
    assert normalize_mobile(raw) == "13812345678"


@pytest.mark.parametrize("raw", ["12812345678", "1381234567", "138123456789", "abc", ""])
def test_bad_mobile_numbers_are_refused(raw):
    with pytest.raises(PersonalDataError):
        normalize_mobile(raw)


def test_resident_id_facts_come_from_the_number():
    number = resident_id("420102", "19950307")
    facts = resident_id_facts(normalize_resident_id(number))
    assert facts["birth_date"] == dt.date(1995, 3, 7)
    assert facts["hukou_region_code"] == "420102"
    assert facts["gender"] == ("male" if int(number[16]) % 2 else "female")


def test_resident_id_checks():
    number = resident_id()
    wrong_check = number[:-1] + ("0" if number[-1] != "0" else "1")
    with pytest.raises(PersonalDataError, match="校验位"):
        normalize_resident_id(wrong_check)
    with pytest.raises(PersonalDataError, match="18位"):
        normalize_resident_id(number[:-1])
    future = resident_id("420102", f"{dt.date.today().year + 1}0101")
    with pytest.raises(PersonalDataError):
        normalize_resident_id(future)
    # lower-case x is the same check character
    x_number = next(n for n in (resident_id() for _ in range(200)) if n.endswith("X"))
    assert normalize_resident_id(x_number.lower()) == x_number


def test_a_region_the_id_library_knows_only_in_part_is_refused_not_a_crash():
    # python-stdnum raises KeyError for 371678…, a region code its table holds without a county
    # (found by the API fuzz test): a bad number to the person, never a server error
    odd = "371678770903312928"
    assert is_resident_id(odd) is False
    with pytest.raises(PersonalDataError, match="地区码"):
        normalize_resident_id(odd)
    assert redact_resident_ids(f"备注 {odd} 请核对") == f"备注 {odd} 请核对"
    good = resident_id()
    assert is_resident_id(good) and good not in redact_resident_ids(f"备注 {good}")


def test_masks_keep_only_the_edges():
    masked = mask_resident_id("42010219950307123X")
    assert masked == "**************123X" and sum(c.isdigit() for c in masked) == 3
    assert mask_phone("13812345678") == "138****5678"
