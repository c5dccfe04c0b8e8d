"""Chinese word segmentation in Python (the server core has no Chinese analyser)."""

from __future__ import annotations

import logging
import re
import threading

import jieba

jieba.setLogLevel(logging.WARNING)
_lock = threading.Lock()
_ready = False
# words that say "a job" and nothing about which one; dropped from queries only
QUERY_STOPWORDS = frozenset(
    {"招聘", "诚聘", "急聘", "高薪", "岗位", "职位", "工作", "招", "聘", "求职", "找"}
)
# drop punctuation and whitespace tokens; keep words, numbers and latin terms
_WORD = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)


def _ensure_ready() -> None:
    global _ready
    if not _ready:
        with _lock:
            if not _ready:
                jieba.initialize()
                _ready = True


def index_words(text: str) -> str:
    """Words for the index: search-mode cut, so 软件工程师 also yields 软件 and 工程师."""
    _ensure_ready()
    return " ".join(_clean(jieba.cut_for_search(text or "")))


def query_words(text: str) -> list[str]:
    """Words of a query: the precise cut, without job-ad filler, de-duplicated in order."""
    _ensure_ready()
    seen: dict[str, None] = {}
    for word in _clean(jieba.cut(text or "")):
        if word not in QUERY_STOPWORDS:
            seen.setdefault(word, None)
    return list(seen)


def _clean(tokens) -> list[str]:
    return [t.strip().lower() for t in tokens if t.strip() and _WORD.search(t)]
