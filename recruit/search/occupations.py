"""Occupation inference: which occupation codes the job words of a query name.

Two sources, both data: the curated titles in data/occupation_titles.txt (快递员 -> 4-02-07),
and the names of the shipped classification's middle groups (采矿人员 or 采矿 -> 6-16).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from recruit.codes import classifications
from recruit.search import analysis

_TITLES = Path(__file__).parent / "data" / "occupation_titles.txt"
# the armed forces and "not classifiable" groups are never what a job search means
_NAMED_MAJORS = ("1", "2", "3", "4", "5", "6")
_NAME_SUFFIXES = ("人员", "负责人")


@cache
def title_codes() -> dict[str, tuple[str, ...]]:
    """Curated title -> occupation codes, lower-cased. A code outside the list is an error."""
    out: dict[str, set[str]] = {}
    for n, line in enumerate(_TITLES.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=>" not in line:
            raise ValueError(f"{_TITLES.name}:{n}: expected 'titles => codes'")
        left, right = line.split("=>", 1)
        codes = [c.strip() for c in right.split(",") if c.strip()]
        bad = [c for c in codes if not classifications.is_occupation(c)]
        if bad or not codes:
            raise ValueError(f"{_TITLES.name}:{n}: not an occupation code: {bad or right!r}")
        for title in (t.strip().lower() for t in left.split(",")):
            if title:
                out.setdefault(title, set()).update(codes)
    return {title: tuple(sorted(codes)) for title, codes in out.items()}


@cache
def name_codes() -> dict[str, tuple[str, ...]]:
    """Middle-group names of the code list, whole and without 人员 (采矿人员, 采矿 -> 6-16).

    Names listing several trades (交通运输、仓储物流和邮政业服务人员) are left to the titles file.
    """
    out: dict[str, tuple[str, ...]] = {}
    for code, name in classifications.occupation_middle_groups().items():
        if not code.startswith(_NAMED_MAJORS) or "、" in name or name.startswith("其他"):
            continue
        out[name] = (code,)
        for suffix in _NAME_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                out[name[: -len(suffix)]] = (code,)
    return out


def codes_of(term: str) -> tuple[str, ...]:
    """Codes one title names: the curated titles first, then the code list's names, then the
    same for the term's synonyms (快递 is a synonym of 快递员)."""
    term = term.lower()
    for table in (title_codes(), name_codes()):
        if term in table:
            return table[term]
    found = {c for alt in analysis.alternatives(term)[1:]
             for table in (title_codes(), name_codes()) for c in table.get(alt, ())}
    return tuple(sorted(found))


def infer(words: list[str]) -> tuple[tuple[str, ...], bool]:
    """(codes, covered) for a query's job words, in order.

    Consecutive words are joined and the longest run that names a title wins (Java 开发 ->
    java开发). covered: every word belongs to such a run, so the query is job vocabulary only.
    """
    codes: set[str] = set()
    covered, i = True, 0
    while i < len(words):
        for j in range(len(words), i, -1):
            found = codes_of("".join(words[i:j]))
            if found:
                codes.update(found)
                i = j
                break
        else:
            covered = False
            i += 1
    return tuple(sorted(codes)), covered and bool(codes)
