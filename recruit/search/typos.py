"""Slips in Chinese job words typed on a phone (issue 14, round 5). Pure; tables built once.

A pinyin keyboard gives the right sound and the wrong character (电汗工 for 电焊工, 保结 for
保洁, 仓库管里员 for 仓库管理员); fingers swap characters (焊电工); a handwriting or stroke
keyboard gives one wrong character (叉车共 for 叉车工). The vocabulary is the concept
dictionary's titles, short forms and phrases (data/concepts.toml). A run of query words that is
not itself a dictionary term becomes the terms with the same toneless pinyin, else the same
characters in another order, else (three characters or more) one character off. The search
runs the corrected words one level below the literal ones (queries_text, level "spelling").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import jieba
from pypinyin import lazy_pinyin

from recruit.search import analysis, concepts

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_MAX_CHARS = 8  # longer runs are not one title
_MAX_TERMS = 3  # alternatives kept for one slip
# a run that jieba knows this often is an ordinary word, typed on purpose (电梯, 水电, 维修)
_COMMON_FREQ = 100


@dataclass(frozen=True)
class Correction:
    text: str                 # the run of the query as typed (电汗工)
    terms: tuple[str, ...]    # what it most likely means (电焊工)
    kind: str                 # "pinyin" (same sound) or "spelling" (order, one character)


def spell(text: str) -> str:
    """Toneless pinyin, run together (电焊工 -> dianhangong)."""
    return "".join(lazy_pinyin(text))


@cache
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str]]:
    """(pinyin -> terms, sorted characters -> terms, every term) over the dictionary's Chinese
    titles, short forms and phrases of two to eight characters."""
    # a concept's label first, then its titles in the dictionary's order, the common ones first
    # (电焊工 before 点焊工, both dianhangong), then short forms and phrases
    ranked: dict[str, tuple[int, int]] = {}
    for c in concepts.load().values():
        for rank, group in enumerate(((c.label,), c.titles, c.short, c.phrases)):
            for pos, t in enumerate(group):
                if _HAN.match(t) and 2 <= len(t) <= _MAX_CHARS:
                    ranked[t] = min((rank, pos), ranked.get(t, (rank, pos)))
    terms = sorted(ranked, key=lambda t: (ranked[t], t))
    by_sound: dict[str, list[str]] = {}
    by_chars: dict[str, list[str]] = {}
    for t in terms:
        by_sound.setdefault(spell(t), []).append(t)
        by_chars.setdefault("".join(sorted(t)), []).append(t)
    return ({k: tuple(v) for k, v in by_sound.items()}, {k: tuple(v) for k, v in by_chars.items()},
            frozenset(terms))


@cache
def _by_length() -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for t in _tables()[2]:
        out.setdefault(len(t), []).append(t)
    return {n: tuple(sorted(v)) for n, v in out.items()}


def _one_off(run: str) -> tuple[str, ...]:
    """Terms of the same length differing in exactly one character (4 characters or more: a
    3-character run one off a title is as often another job, 调音师 and 调酒师)."""
    if len(run) < 4:
        return ()
    return tuple(t for t in _by_length().get(len(run), ())
                 if sum(a != b for a, b in zip(t, run, strict=True)) == 1)


def _candidates(run: str) -> tuple[tuple[str, ...], str]:
    by_sound, by_chars, _ = _tables()
    found = tuple(t for t in by_sound.get(spell(run), ()) if t != run)
    if found:
        return found[:_MAX_TERMS], "pinyin"
    found = tuple(t for t in by_chars.get("".join(sorted(run)), ()) if t != run)
    if found:
        return found[:_MAX_TERMS], "spelling"
    return _one_off(run)[:_MAX_TERMS], "spelling"


def _known(run: str) -> bool:
    return run in concepts.lookup()


def _common(word: str) -> bool:
    """A word of two characters or more that jieba's dictionary holds as a common word, or a
    dictionary term: typed on purpose, never a slip to correct."""
    return len(word) >= 2 and (_known(word) or jieba.dt.FREQ.get(word, 0) >= _COMMON_FREQ)


def _keeps_words(words: list[str], term: str) -> bool:
    """The one-character-off term leaves every meaningful word of the run whole: 电梯维修工 ->
    电气维修工 changes 电梯, another thing, not a slip; 仓库管里员 -> 仓库管理员 changes 管里员."""
    pos = 0
    for word in words:
        end = pos + len(word)
        if _common(word) and term[pos:end] != word:
            return False
        pos = end
    return True


@lru_cache(maxsize=4096)
def correct(remaining: str) -> tuple[Correction, ...]:
    """The slips in a query's remaining text: runs of consecutive words (longest first) that are
    Chinese, not a dictionary term, and sound like / are made of / are one character off one.
    () when nothing looks like a slip."""
    words = analysis.query_words(remaining)
    out: list[Correction] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            run = "".join(words[i:j])
            if not (2 <= len(run) <= _MAX_CHARS and _HAN.match(run)) or _known(run):
                continue
            if j - i == 1 and _common(run):
                continue  # an ordinary word (电梯), not a slip
            terms, kind = _candidates(run)
            if kind == "spelling" and len(terms) and len(run) >= 4:
                # one character off (or reordered): only where no meaningful word changes
                terms = tuple(t for t in terms if _keeps_words(words[i:j], t))
            if terms:
                out.append(Correction(run, terms, kind))
                i = j
                break
        else:
            i += 1
    return tuple(out)


def corrected_text(remaining: str) -> str | None:
    """The remaining text with each slip replaced by its first meaning, or None when none."""
    found = correct(remaining)
    if not found:
        return None
    words = analysis.query_words(remaining)
    text = " ".join(words)
    joined = "".join(words)
    for c in found:
        # the run may span words cut apart (电 汗 工): replace it in the run-together text
        if c.text in joined:
            joined = joined.replace(c.text, " " + c.terms[0] + " ", 1)
    text = " ".join(joined.split())
    return text
