"""Job concepts: what jobseekers type (炒菜, 带娃, 开大车, 快递) -> concepts -> occupation codes.

The data is data/concepts.toml, one table per concept. A code is a small group listed in
recruit/codes/data/occupation_small_groups.json (4-02-07) or a middle group of the shipped code
list (6-30). A leaf module: it imports recruit.codes and the standard library only.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from recruit.codes import classifications

_DATA = Path(__file__).parent / "data" / "concepts.toml"
_SMALL_GROUPS = Path(classifications.__file__).parent / "data" / "occupation_small_groups.json"
_SMALL_CODE = re.compile(r"^\d-\d{2}-\d{2}$")
_HEADER = re.compile(r"^\s*\[\s*concepts\.([A-Za-z0-9_-]+)\s*\]", re.MULTILINE)
# the armed forces and "not classifiable" groups are never what a job search means
_NAMED_MAJORS = ("1", "2", "3", "4", "5", "6")
_TERM_FIELDS = ("titles", "phrases", "short", "typos")
_FIELDS = frozenset({"label", "codes", "related", "source", *_TERM_FIELDS})


@dataclass(frozen=True)
class Concept:
    id: str
    label: str
    codes: tuple[str, ...]
    titles: tuple[str, ...]
    phrases: tuple[str, ...]
    short: tuple[str, ...]
    typos: tuple[str, ...]
    related: tuple[str, ...]
    source: str

    @property
    def terms(self) -> tuple[str, ...]:
        """Every string that names the concept: titles, phrases, short forms and typos."""
        return self.titles + self.phrases + self.short + self.typos


@cache
def small_groups() -> dict[str, str]:
    """Small groups of the classification the dictionary may use: '4-02-07' -> '邮政和快递服务人员'."""
    groups = json.loads(_SMALL_GROUPS.read_text(encoding="utf-8"))["small_groups"]
    for code, name in groups.items():
        if not _SMALL_CODE.match(code) or classifications.occupation_group(code) is None or not name:
            raise ValueError(f"{_SMALL_GROUPS.name}: {code!r} is not a small group of a listed middle group")
    return dict(groups)


def _strings(cid: str, entry: dict[str, Any], key: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"concept {cid!r}: {key} must be a list of non-empty strings")
    if key in _TERM_FIELDS:
        bad = [v for v in value if v != v.strip().lower()]
        if bad:
            raise ValueError(f"concept {cid!r}: {key} must be trimmed and lower-case: {bad}")
    return tuple(value)


def _concept(cid: str, entry: object) -> Concept:
    if not isinstance(entry, dict):
        raise ValueError(f"concept {cid!r}: expected a table")
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise ValueError(f"concept {cid!r}: unknown field(s) {unknown}")
    label, source = entry.get("label"), entry.get("source")
    if not isinstance(source, str) or not source.strip():
        raise ValueError(f"concept {cid!r}: missing source")
    if not isinstance(label, str) or not label.strip():
        raise ValueError(f"concept {cid!r}: missing label")
    codes = _strings(cid, entry, "codes")
    middles = classifications.occupation_middle_groups()
    bad = [c for c in codes if c not in small_groups() and c not in middles]
    if bad or not codes:
        raise ValueError(f"concept {cid!r}: unknown occupation code(s) {bad or 'none given'}")
    titles, phrases, short, typos = (_strings(cid, entry, key) for key in _TERM_FIELDS)
    return Concept(cid, label, codes, titles, phrases, short, typos,
                   _strings(cid, entry, "related"), source)


@cache
def load() -> dict[str, Concept]:
    """Every concept by id. A wrong entry is a ValueError naming it, raised here."""
    text = _DATA.read_text(encoding="utf-8")
    seen: set[str] = set()
    for cid in _HEADER.findall(text):  # tomllib would say so too, less plainly
        if cid in seen:
            raise ValueError(f"{_DATA.name}: duplicate concept id {cid!r}")
        seen.add(cid)
    table = tomllib.loads(text).get("concepts", {})
    out = {cid: _concept(cid, entry) for cid, entry in table.items()}
    for concept in out.values():
        bad = [r for r in concept.related if r not in out or r == concept.id]
        if bad:
            raise ValueError(f"concept {concept.id!r}: unknown related id(s) {bad}")
    return out


@cache
def lookup() -> dict[str, tuple[str, ...]]:
    """Every term, lower-cased -> the ids of the concepts it names (带娃 -> ('childcare_worker',))."""
    out: dict[str, set[str]] = {}
    for concept in load().values():
        for term in concept.terms:
            out.setdefault(term.lower(), set()).add(concept.id)
    return {term: tuple(sorted(ids)) for term, ids in out.items()}


def codes_for(concept_ids: Iterable[str]) -> tuple[str, ...]:
    """The occupation codes of the concepts, sorted. An unknown id is a KeyError."""
    concepts = load()
    return tuple(sorted({code for cid in concept_ids for code in concepts[cid].codes}))


def related_codes(concept_ids: Iterable[str]) -> tuple[str, ...]:
    """Codes of the related concepts not already covered by the concepts' own codes (a small group
    under an own middle group is covered): what a search may relax to (快递员 -> 分拣员's 4-02-06)."""
    ids = tuple(concept_ids)
    own = set(codes_for(ids))
    related = codes_for({rid for cid in ids for rid in load()[cid].related})
    return tuple(c for c in related if c not in own and classifications.occupation_group(c) not in own)


def coverage() -> dict[str, int | float]:
    """Counts for a report: concepts, distinct terms, codes (of which small groups), the middle
    groups the codes fall in, and the share of the 1-6 major groups' middle groups covered."""
    codes = {code for concept in load().values() for code in concept.codes}
    middles = {classifications.occupation_group(code) for code in codes}
    named = [g for g in classifications.occupation_middle_groups() if g.startswith(_NAMED_MAJORS)]
    covered = [g for g in named if g in middles]
    return {
        "concepts": len(load()),
        "terms": len(lookup()),
        "codes": len(codes),
        "small_groups": sum(1 for code in codes if code in small_groups()),
        "middle_groups": len(middles),
        "named_middle_groups": len(named),
        "named_middle_groups_covered": len(covered),
        "middle_group_share": round(len(covered) / len(named), 3),
    }
