"""Occupation agreement between a query and a posting's title (issue 14, round 5). Pure.

A query word can sit inside the title of another job (卫生 in 卫生间防水工, 服务员 in 家政服务员,
保安 in 工厂保安 for 工厂): the literal hit must not outrank the job the query means. At index
time a title is read for the concepts it names (data/concepts.toml terms, longest match:
家政服务员 names the domestic worker, not the waiter); at query time the concepts the query's
job words name multiply the score of postings whose title names the same concept, less for a
sibling concept. Employers' occupation codes are coarse (one middle group for cooks, waiters
and kitchen helpers), so the title's concept is the finer signal; the code still ranks the
postings whose title names no concept at all.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from recruit.search import concepts, occupations

_MAX_TERM = 12  # longer strings are not titles of the dictionary
# a word ending like this names a job even when no dictionary knows it (调音师, 驯马员)
_JOB_SUFFIXES = ("工", "员", "师", "手", "匠", "嫂", "司机", "保姆", "主播", "老师", "骑手", "技工", "学徒")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
# decorations around a title (【急聘】, （长白班）): never the title's head
_BRACKETED = re.compile(r"【[^】]*】|（[^）]*）|\([^)]*\)|\[[^\]]*\]")


@cache
def _terms() -> dict[str, tuple[str, ...]]:
    """Dictionary terms of two characters or more -> concept ids."""
    return {t: ids for t, ids in concepts.lookup().items() if 2 <= len(t) <= _MAX_TERM}


@lru_cache(maxsize=65536)  # titles repeat across postings
def title_concepts(title: str | None) -> tuple[str, ...]:
    """The concept a title names: its head, the dictionary term that ends it (longest match, not
    inside a longer term): a Chinese compound title names its job last (货车装卸工 is a loader,
    not a driver; 工厂保安 a guard; 家政服务员 the domestic worker, not the waiter). Decorations in
    brackets (【急聘】, （可做暑假工）) are read only when nothing outside them names a concept."""
    raw = (title or "").lower()
    plain = _BRACKETED.sub(" ", raw)
    for text in (plain, raw) if plain != raw else (raw,):
        spans = _spans(text)
        if spans:
            end = max(s[1] for s in spans)
            return tuple(sorted({cid for i, j, ids in spans if j == end for cid in ids}))
    return ()


def _spans(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Dictionary terms in the text, those inside a longer term found there dropped."""
    terms = _terms()
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    for i in range(len(text)):
        for j in range(min(len(text), i + _MAX_TERM), i + 1, -1):
            ids = terms.get(text[i:j])
            if ids:
                spans.append((i, j, ids))
    return [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0]
                                        for o in spans)]


def query_concepts(words: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(concepts the job words name, their sibling concepts): the longest run of consecutive
    words that names a concept wins, as in queries_text.concept_codes."""
    table = concepts.lookup()
    own: set[str] = set()
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            found = table.get("".join(words[i:j]))
            if found:
                own.update(found)
                i = j
                break
        else:
            i += 1
    related = {r for cid in own for r in concepts.load()[cid].related} - own
    return tuple(sorted(own)), tuple(sorted(related))


def is_number(word: str) -> bool:
    """50, 300, 3.5: never required text (an age, a wage, a count that understanding left)."""
    return bool(_NUMBER.match(word))


def is_job_word(word: str) -> bool:
    """A word that names a job: a dictionary term, a curated title, or a word of two characters
    or more ending like a job title (调音师). The relaxed levels keep it required."""
    w = word.lower()
    if w in concepts.lookup() or occupations.codes_of(w):
        return True
    return len(w) >= 2 and w.endswith(_JOB_SUFFIXES)


def agreement(words: list[str], codes: tuple[str, ...], w: dict[str, Any]) -> list[dict[str, Any]]:
    """function_score functions (weights summed, multiplied on the text score) for postings that
    agree with the job the words name: the title names the concept (title_concept), a sibling
    concept (title_concept_related), or, the title naming no concept, the posting's occupation is
    the concept's (occupation_agrees). [] when the words name no concept."""
    own, related = query_concepts(words)
    if not own:
        return []
    t = w["text"]
    out: list[dict[str, Any]] = [{"filter": {"terms": {"title_concepts": list(own)}},
                                  "weight": t["title_concept_factor"]}]
    if related:
        # a sibling's title in another major group of occupations is another trade (挖掘机操作工
        # is no line worker's sibling): the bonus needs the posting's code in the query's major
        # groups, or no code at all
        majors = sorted({c.split("-")[0] for c in codes})
        no_code = {"bool": {"must_not": [{"exists": {"field": "occupation_path"}}]}}
        same_trade = [{"bool": {"should": [{"terms": {"occupation_path": majors}}, no_code],
                                "minimum_should_match": 1}}] if majors else []
        out.append({"filter": {"bool": {"filter": [{"terms": {"title_concepts": list(related)}}, *same_trade],
                                        "must_not": [{"terms": {"title_concepts": list(own)}}]}},
                    "weight": t["title_concept_related_factor"]})
    if codes:
        out.append({"filter": {"bool": {"filter": [{"terms": {"occupation_path": list(codes)}}],
                                        "must_not": [{"exists": {"field": "title_concepts"}}]}},
                    "weight": t["occupation_agrees_factor"]})
    return out
