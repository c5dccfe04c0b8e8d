"""GB/T 2260 administrative divisions: six digits, 2 province + 2 prefecture + 2 county."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "regions.json"
_PREFIX = re.compile(r"^\d{2}(\d{2}){0,2}$")


@cache
def regions() -> dict[str, str]:
    table: dict[str, str] = json.loads(_DATA.read_text(encoding="utf-8"))
    return table


def is_valid(code: str) -> bool:
    """A division in use today, at any level."""
    return isinstance(code, str) and len(code) == 6 and code in regions()


def is_county(code: str) -> bool:
    return is_valid(code) and not code.endswith("00")


# prefecture-level cities without counties (不设区的地级市): the city itself is the workplace
COUNTYLESS_PREFECTURES = frozenset({"441900", "442000", "460400", "620200"})


def is_workplace(code: str) -> bool:
    """Where a vacancy can be: a county, or a prefecture city that has none (东莞 441900)."""
    return is_county(code) or (code in COUNTYLESS_PREFECTURES and is_valid(code))


def level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def path(code: str) -> list[str]:
    """The prefixes a filter can match on: '420102' -> ['42', '4201', '420102']."""
    return [code[:2], code[:4], code]


@cache
def _prefixes() -> frozenset[str]:
    return frozenset(p for code in regions() for p in path(code))


def prefix_is_valid(prefix: str) -> bool:
    """A region filter or operator scope: 2, 4 or 6 digits leading to a division in use.

    4-digit prefixes of municipalities (1101 北京市辖区) count though the table has no 110100.
    """
    if not isinstance(prefix, str) or not _PREFIX.match(prefix):
        return False
    return prefix in _prefixes() if len(prefix) < 6 else is_valid(prefix)


def full_name(code: str) -> str:
    """'420102' -> '湖北省武汉市江岸区' (skipping the 市辖区 placeholder of municipalities)."""
    table = regions()
    parts = []
    for candidate in (code[:2] + "0000", code[:4] + "00", code):
        name = table.get(candidate)
        if name and name not in parts and name != "市辖区":
            parts.append(name)
    return "".join(parts)


def counties() -> list[str]:
    return [c for c in regions() if not c.endswith("00")]


def workplaces() -> list[str]:
    """Every code a vacancy's region may be: the counties and the county-less prefecture cities."""
    return [c for c in regions() if is_workplace(c)]


_SUFFIXES = ("自治县", "自治州", "自治区", "地区", "新区", "省", "市", "区", "县", "盟", "旗")


@cache
def place_names() -> frozenset[str]:
    """Names people type for places: 武汉市 and 武汉, 江岸区 and 江岸 (two characters or more)."""
    names = set()
    for name in regions().values():
        if name == "市辖区":
            continue
        names.add(name)
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                names.add(name[: -len(suffix)])
                break
    return frozenset(names)
