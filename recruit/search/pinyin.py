"""Pinyin for mobile input (issue 14 item 4): Latin letters typed for a job title -> the titles.

The vocabulary is the concept dictionary's titles and short forms (data/concepts.toml); each is
known by its full pinyin without tones (dianhangong) and by its initials (dhg). A Latin-only
prefix finds the terms whose full pinyin or initials start with it. Pure; built once.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pypinyin import Style, lazy_pinyin

from recruit.search import analysis, concepts
from recruit.search import understanding_places as places
from recruit.search import understanding_words as vocab

_LATIN = re.compile(r"^[a-z]+$")
_HAN_ANY = re.compile(r"[\u4e00-\u9fff]")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def is_latin(text: str | None) -> bool:
    """Letters only (spaces allowed): what a phone's Latin keyboard gives for pinyin."""
    if not text:
        return False
    return bool(_LATIN.match(text.replace(" ", "").lower()))


def spelled(text: str | None) -> str | None:
    """The text as pinyin letters when it holds Latin letters: 护shi and hushi -> hushi (a phone's
    keyboard switched half way). Java开发 spells javakaifa, which starts no title's pinyin: the
    spelling is only tried for a text with no hit (service.search_vacancies) and only finds titles."""
    if not text or not re.search(r"[a-zA-Z]", text):
        return None
    key = "".join(lazy_pinyin(text.replace(" ", ""))).lower()
    return key if _LATIN.match(key) else None


@cache
def vocabulary() -> tuple[tuple[str, str, str], ...]:
    """(term, full pinyin, initials) of every Chinese title and short form, shortest first."""
    terms = {t for c in concepts.load().values() for t in (*c.titles, *c.short) if _HAN.match(t)}
    return tuple((t, "".join(lazy_pinyin(t)), "".join(lazy_pinyin(t, style=Style.FIRST_LETTER)))
                 for t in sorted(terms, key=lambda t: (len(t), t)))


@cache
def _by_spelling() -> dict[str, str]:
    """Full pinyin -> the most common term spelled so."""
    table: dict[str, str] = {}
    for t, full, _ in sorted(vocabulary(), key=lambda v: -analysis.word_frequency(v[0])):
        table.setdefault(full, t)
    return table


def mixed(text: str | None) -> str | None:
    """The query with each word typed half in Chinese, half in pinyin that spells a title exactly
    written as that title (幼儿园老shi -> 幼儿园老师, 武汉 护shi -> 武汉 护士: the phone's keyboard
    switched half way); None when no word is (Java开发, UI设计, 护士)."""
    words = (text or "").split()
    out = [_spelled_title(w) or w for w in words]
    if any(_HAN_ANY.search(w) for w in words) or len(words) == 1:
        # dongguan 普工: a city spelled beside Chinese words, or alone (chengdu)
        out = [_place_spelled(w) or w for w in out]
    return " ".join(out) if out != words else None


def _place_spelled(word: str) -> str | None:
    key = word.lower()
    return _places().get(key) if len(key) >= 4 and _LATIN.match(key) else None


@cache
def _places() -> dict[str, str]:
    """Full pinyin -> the province or city it spells (the shortest name first: 东莞, not 东莞市)."""
    table: dict[str, str] = {}
    for name in _cities():
        if _HAN.match(name):
            table.setdefault("".join(lazy_pinyin(name)), name)
    return table


@cache
def _cities() -> tuple[str, ...]:
    """Province and city names, shortest first (a county typed in pinyin is rare)."""
    named = places.place_table().items()
    return tuple(sorted((n for n, codes in named if any(c.endswith("00") for c in codes)), key=len))


def _spelled_title(word: str) -> str | None:
    if not _HAN_ANY.search(word) or not re.search(r"[a-zA-Z]", word):
        return None
    key = spelled(word)
    return _by_spelling().get(key) if key else None


@lru_cache(maxsize=2048)
def terms_for(letters: str, limit: int = 10) -> tuple[str, ...]:
    """Terms whose full pinyin or initials start with the letters: exact spellings first."""
    key = letters.replace(" ", "").lower()
    if not _LATIN.match(key):
        return ()
    # the common word first (dhg: 电焊工 before 打灰工, 打荷工): the dictionary grows, a fallback tries three
    exact = sorted((t for t, full, initials in vocabulary() if key in (full, initials)),
                   key=lambda t: -analysis.word_frequency(t))
    starts = [t for t, full, initials in vocabulary()
              if t not in exact and (full.startswith(key) or (len(key) >= 2 and initials.startswith(key)))]
    return tuple((exact + starts)[:limit])


@cache
def _words() -> dict[str, str]:
    """Full pinyin -> the word it spells, for a query typed word by word in pinyin: titles and short
    forms (the common word first), then provinces and cities, then the phrases of conditions (包吃住)."""
    table: dict[str, str] = {}
    titles = sorted((t for t, _, _ in vocabulary()), key=lambda t: -analysis.word_frequency(t))
    phrases = [p for kind in vocab.PHRASES.values() for text in kind.values() for p in text.split()]
    for word in (*titles, *_cities(), *phrases):
        if _HAN.match(word):
            table.setdefault("".join(lazy_pinyin(word)), word)
    return table


def respelled(text: str | None) -> str | None:
    """A query of several words, some typed in pinyin (pugong baochizhu, chengdu kuaiji shuangxiu),
    with each pinyin word that spells a title, place or condition written in Chinese; words that
    spell none are left out. None when no word is respelled."""
    tokens = (text or "").split()
    if len(tokens) < 2:
        return None
    table = _words()
    out = [table.get(t.lower()) if _LATIN.match(t.lower()) else t for t in tokens]
    if not any(w and w != t for w, t in zip(out, tokens, strict=True)):
        return None
    return " ".join(w for w in out if w)


def warm_up() -> None:
    """The spelling tables (a third of a second) before a worker's first pinyin query needs them."""
    _words()
    _places()
