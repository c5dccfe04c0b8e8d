"""marshmallow validators over the national code lists."""

from __future__ import annotations

import marshmallow as ma
from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, ValidationError

from recruit.codes import classifications, regions


def credit_code(value: str) -> None:
    """GB 32100 unified social credit code, check character included."""
    try:
        uscc.validate(value)
    except InvalidChecksum as exc:
        raise ma.ValidationError("统一社会信用代码校验位不正确") from exc
    except ValidationError as exc:
        raise ma.ValidationError("统一社会信用代码应为18位数字或大写字母") from exc


def region_code(value: str) -> None:
    if not regions.is_valid(value):
        raise ma.ValidationError("行政区划代码无效（GB/T 2260 六位代码）")


def workplace_code(value: str) -> None:
    """A vacancy's workplace: a county, or a prefecture city without counties (东莞 441900)."""
    if not regions.is_workplace(value):
        raise ma.ValidationError("应为县级行政区划代码（GB/T 2260 六位，末两位不为00；"
                                 "不设区的地级市如东莞 441900、中山 442000 亦可）")


def region_prefix(value: str) -> None:
    if not regions.prefix_is_valid(value):
        raise ma.ValidationError("行政区划代码前缀无效（2、4或6位 GB/T 2260 代码）")


def industry_code(value: str) -> None:
    if not classifications.is_industry(value):
        raise ma.ValidationError("行业代码无效（GB/T 4754-2017 门类字母+两位大类，如 C38）")


def occupation_code(value: str) -> None:
    if not classifications.is_occupation(value):
        raise ma.ValidationError("职业代码无效（职业分类大典中类，如 6-31，或其下更细的代码）")


def industry_filter(value: str) -> None:
    """A search filter: a GB/T 4754 section letter ('C') or a division ('C38')."""
    if not (value in classifications.industry_sections() or classifications.is_industry(value)):
        raise ma.ValidationError("行业代码无效（GB/T 4754-2017 门类字母，如 C，或门类+大类，如 C38）")


def occupation_prefix(value: str) -> None:
    """A search filter on the occupation tree: a major group ('6') or any valid finer code."""
    if not (value in classifications.occupation_major_groups() or classifications.is_occupation(value)):
        raise ma.ValidationError("职业代码无效（职业分类大典大类，如 6，或中类及更细，如 6-31）")
