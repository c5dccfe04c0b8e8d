"""Industry (GB/T 4754-2017) and occupation (职业分类大典) code lists, shipped as JSON."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

_DIR = Path(__file__).parent / "data"
_INDUSTRY = re.compile(r"^([A-T])(\d{2})$")
# middle group "6-31", optionally finer: "6-31-01" or "6-31-01-03"
_OCCUPATION = re.compile(r"^(\d)-(\d{2})(-\d{2}){0,2}$")


@cache
def _load(name: str) -> dict[str, Any]:
    table: dict[str, Any] = json.loads((_DIR / name).read_text(encoding="utf-8"))
    return table


@cache
def industries() -> dict[str, str]:
    """'C38' -> '制造业 / 电气机械和器材制造业'."""
    out = {}
    for letter, section in _load("industries.json")["sections"].items():
        for division, name in section["divisions"].items():
            out[letter + division] = f"{section['name']} / {name}"
    return out


@cache
def industry_sections() -> dict[str, str]:
    return {k: v["name"] for k, v in _load("industries.json")["sections"].items()}


@cache
def occupation_middle_groups() -> dict[str, str]:
    out = {}
    for major in _load("occupations.json")["major_groups"].values():
        out.update(major["middle_groups"])
    return out


@cache
def occupation_major_groups() -> dict[str, str]:
    return {k: v["name"] for k, v in _load("occupations.json")["major_groups"].items()}


def is_industry(code: object) -> bool:
    return isinstance(code, str) and _INDUSTRY.match(code) is not None and code in industries()


def occupation_group(code: object) -> str | None:
    """The middle group a code belongs to ('6-31-01-03' -> '6-31'), or None when invalid."""
    if not isinstance(code, str):
        return None
    m = _OCCUPATION.match(code)
    if m is None:
        return None
    group = f"{m.group(1)}-{m.group(2)}"
    return group if group in occupation_middle_groups() else None


def is_occupation(code: object) -> bool:
    return occupation_group(code) is not None


def industry_name(code: str) -> str | None:
    return industries().get(code)
