"""marshmallow validators over the national code lists."""

from __future__ import annotations

import re

import marshmallow as ma
from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, ValidationError

from recruit.codes import regions


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


def county_code(value: str) -> None:
    if not regions.is_county(value):
        raise ma.ValidationError("应为县级行政区划代码（GB/T 2260 六位，末两位不为00）")


def region_prefix(value: str) -> None:
    if not regions.prefix_is_valid(value):
        raise ma.ValidationError("行政区划代码前缀无效（2、4或6位 GB/T 2260 代码）")


_OCCUPATION = re.compile(r"^\d-\d{2}(-\d{2}){0,2}$")


def occupation_code(value: str) -> None:
    """National occupation classification code, e.g. 6-31 or 6-31-01-03.

    Format only for now; point this at the shipped code list once it exists.
    """
    if not isinstance(value, str) or not _OCCUPATION.match(value):
        raise ma.ValidationError("职业代码格式不正确（职业分类大典代码，如 6-31 或 6-31-01-03）")
