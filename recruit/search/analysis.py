"""Chinese text for the server core: jieba segmentation and synonym expansion in Python."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import jieba
import opencc
import rjieba

from recruit.codes.enums import BENEFITS
from recruit.codes.regions import place_names
from recruit.search import concepts

jieba.setLogLevel(logging.WARNING)
_lock = threading.Lock()
_ready = False
_SYNONYMS = Path(__file__).parent / "data" / "synonyms.txt"
# words that say "a job" and nothing about which one; dropped from queries only
QUERY_STOPWORDS = frozenset(
    {"招聘", "诚聘", "急聘", "高薪", "岗位", "职位", "工作", "招", "聘", "求职", "找"}
)
# drop punctuation and whitespace tokens; keep words, numbers and latin terms
_WORD = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)
# the runs jieba segments independently (its own pattern)
_BLOCKS = jieba.re_han_default
# runs with these characters are cut by jieba itself: there jieba-rs keeps 2-02-07 or 5.8k whole
_JIEBA_ONLY = re.compile(r"[+#&._%\-]")


def warm_up() -> None:
    """Load jieba's dictionary and ours (about a second) before the first text needs them."""
    _ensure_ready()


def _ensure_ready() -> None:
    global _ready
    if not _ready:
        with _lock:
            if not _ready:
                jieba.initialize()
                # keep every synonym, soft word and everyday job phrase (炒菜, 带娃, 开大车: the
                # concept dictionary's phrases, short forms and typos) whole, in both cutters, so
                # a query word and a description's word (负责炒菜) are the same token
                for term in (*(t for group in synonym_groups() for t in group), *soft_words(),
                             *concept_words()):
                    jieba.add_word(term, freq=2000)
                    rjieba.add_word(term, 2000, None)
                _ready = True


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional characters as simplified (廚師 -> 厨师, 義烏 -> 义乌): a phone set to traditional
    input, or a seeker from Hong Kong or Taiwan; the postings, dictionaries and places are simplified.
    OpenCC's phrase tables leave simplified text as it is (著名, 干洗)."""
    return _t2s().convert(text) if text else text


@lru_cache(maxsize=8192)  # whole texts: titles repeat, descriptions (up to 5,000 characters) rarely do
def index_words(text: str) -> str:
    """Words for the index: search-mode cut, so 软件工程师 also yields 软件 and 工程师.

    jieba cuts each run of word characters on its own, so we cut run by run and cache each
    run: job ads repeat whole phrases (岗位职责, 五险一金, 包吃住) far more than whole texts.
    The result is exactly jieba's cut of the whole text (most runs cut by jieba-rs, see cut()).
    """
    _ensure_ready()
    words: list[str] = []
    for block in _BLOCKS.split(text or ""):
        if block:
            words.extend(_block_words(block))
    return " ".join(words)


@lru_cache(maxsize=65536)  # ~50 MB when full of distinct runs; boilerplate runs stay hot
def _block_words(block: str) -> tuple[str, ...]:
    return tuple(_clean(cut(block, search=True)))


def cut(part: str, *, search: bool) -> list[str]:
    """jieba's cut (search mode or precise) of one part of _BLOCKS.split(text).

    Runs of Chinese, letters and digits go to jieba-rs, which gives jieba's words for them
    fifteen times faster; runs with +#&._%- and the text between runs go to jieba itself.
    """
    if _BLOCKS.fullmatch(part) and not _JIEBA_ONLY.search(part):
        return rjieba.cut_for_search(part) if search else rjieba.cut(part)
    return list(jieba.cut_for_search(part) if search else jieba.cut(part))


def word_frequency(word: str) -> int:
    """The word's count in jieba's dictionary (with ours): 0 when it is no entry."""
    _ensure_ready()
    return jieba.dt.FREQ.get(word) or 0


def query_words(text: str) -> list[str]:
    """Words of a query: the precise cut, without job-ad filler, de-duplicated in order."""
    _ensure_ready()
    seen: dict[str, None] = {}
    for part in _BLOCKS.split(text or ""):
        for word in _clean(cut(part, search=False)) if part else ():
            if word not in QUERY_STOPWORDS:
                seen.setdefault(word, None)
    return list(seen)


@cache
def concept_words() -> tuple[str, ...]:
    """Everyday phrases, short forms and typos of the concept dictionary (data/concepts.toml)."""
    return tuple(sorted({t for c in concepts.load().values() for t in (*c.phrases, *c.short, *c.typos)
                         if len(t) >= 2}))


@cache
def soft_words() -> frozenset[str]:
    """Words that state a preference rather than the job: places and benefits.

    A query such as 厨师 包吃住 or 保安 深圳 still wants cooks or guards elsewhere: these
    words raise a result's rank instead of excluding results without them.
    """
    benefits = {part for label in BENEFITS.values() for part in label.split("/")}
    return frozenset({w.lower() for w in place_names() | benefits})


def _clean(tokens: Iterable[str]) -> list[str]:
    return [t.strip().lower() for t in tokens if t.strip() and _WORD.search(t)]


def _terms(text: str) -> tuple[str, ...]:
    return tuple(t.strip().lower() for t in text.split(",") if t.strip())


@cache
def _synonym_rules() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(query terms, terms they also match); a plain group matches itself both ways."""
    rules = []
    for line in _SYNONYMS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=>" in line:
            left, right = line.split("=>", 1)
            rules.append((_terms(left), _terms(right)))
        else:
            group = _terms(line)
            rules.append((group, group))
    return tuple(rules)


@cache
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    """Every term named in the synonyms file, by rule (jieba keeps each one whole)."""
    return tuple(left + right for left, right in _synonym_rules())


@cache
def _synonym_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for left, right in _synonym_rules():
        for term in left:
            index.setdefault(term, {term}).update(left if left == right else ())
            index[term].update(right)
    return {term: tuple(sorted(alts, key=lambda a: (a != term, a))) for term, alts in index.items()}


def alternatives(word: str) -> tuple[str, ...]:
    """The word first, then its synonyms (from data/synonyms.txt)."""
    return _synonym_index().get(word, (word,))
