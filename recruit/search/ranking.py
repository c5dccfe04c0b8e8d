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
    not a driver; 工厂保安 a guard; 家政服务员 the domestic worker, not the waiter). A term that
    ends one generic suffix earlier and starts before the head wins over it: the modifier
    decides (家政保洁员 is 家政保洁 + 员, home cleaning, not the office cleaner 保洁员).
    Decorations in brackets (【急聘】, （可做暑假工）) are read only when nothing outside them
    names a concept."""
    raw = (title or "").lower()
    plain = _BRACKETED.sub(" ", raw)
    for text in (plain, raw) if plain != raw else (raw,):
        spans = _spans(text)
        if spans:
            end = max(s[1] for s in spans)
            ends = {end} | {end - len(x) for x in _SUFFIXES if text[:end].endswith(x)}
            start = min(i for i, j, _ in spans if j in ends)
            return tuple(sorted({cid for i, j, ids in spans if j in ends and i == start for cid in ids}))
    return ()


_SUFFIXES = ("员", "工", "师", "师傅", "人员")  # 家政保洁 + 员


@cache
def neighbours(cid: str) -> frozenset[str]:
    """Sibling concepts, both ways (concepts.toml `related` is not always written on both sides)."""
    table = concepts.load()
    return frozenset({*table[cid].related, *(o for o, c in table.items() if cid in c.related)} - {cid})


@cache
def family(own: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(siblings, family) of the query's concepts: siblings are their neighbours; the family the
    siblings' neighbours whose occupations share a middle group with the concepts or a sibling
    (forklift -> warehouse keeper, picker -> sorter, packer; never the electrician a shared
    coarse group 6-31 or a property manager would bring in)."""
    table = concepts.load()
    siblings = frozenset({r for cid in own for r in neighbours(cid)} - set(own))
    groups = {code[:4] for cid in (*own, *siblings) for code in table[cid].codes}
    second = {r for cid in siblings for r in neighbours(cid)} - siblings - set(own)
    return siblings, frozenset(r for r in second if any(code[:4] in groups for code in table[r].codes))


# generic heads of a job title (several characters: 服务员 is no modifier 服务 + 员): a title sharing only
# one of these with the query is another job
GENERIC_HEADS = ("维修工", "维修员", "维修师傅", "服务员", "操作工", "操作员", "技术员", "工程师", "设计师",
                 "安装工", "司机", "师傅", "开发", "设计", "学徒", "专员", "助理", "普工", "工人")


def modifier(words: list[str]) -> str | None:
    """The part of the query's job words that is not a generic head (空调 of 空调维修工, 叉车 of
    叉车司机); None when there is none of two characters or more."""
    text = "".join(w for w in words if not is_number(w))
    for head in GENERIC_HEADS:
        if text.endswith(head) and len(text) - len(head) >= 2:
            return text[: -len(head)]
    return None


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


def concept_runs(words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, concepts) of each longest run of consecutive words that names a concept, left
    to right; the words inside a run name nothing more (挖掘机司机 is no 司机 of a bus)."""
    table = concepts.lookup()
    runs: list[tuple[int, int, tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        j = next((j for j in range(len(words), i, -1) if "".join(words[i:j]) in table), None)
        if j is None:
            i += 1
            continue
        runs.append((i, j, table["".join(words[i:j])]))
        i = j
    return runs


def query_concepts(words: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(concepts the job words name, their sibling concepts): the longest run of consecutive
    words that names a concept wins, as in queries_text.concept_codes."""
    own = {cid for _, _, ids in concept_runs(words) for cid in ids}
    # the words read as one title (家政 保洁员 -> 家政保洁 + 员: home cleaning) name its head too
    own.update(title_concepts("".join(words)))
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


def agreement(words: list[str], codes: tuple[str, ...],
              w: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(tiers, within): function_score functions for the occupation a posting's title names,
    against the job the words name. tiers (score_mode max, multiplied on the score) are layers
    far apart, so no text score or stated preference crosses them: the query's own concept;
    then a sibling concept (家政保洁员 for 保洁), or no concept in the title and the occupation
    the concept's; then the family (forklift ->
    sorter) or another concept sharing the query's modifier (空调安装工 for 空调维修工); then no
    concept in the title and the code in the concept's middle group; then anything else (a
    title of another job holding the query's words: 家政服务员 for 服务员, 网约车司机 for
    叉车司机). within (score_mode sum): the shared modifier ranks within a tier. ([], []) when
    the words name no concept."""
    own, _ = query_concepts(words)
    if not own:
        return [], []
    t = w["text"]
    siblings, kin = family(own)
    no_concept = {"bool": {"must_not": [{"exists": {"field": "title_concepts"}}]}}
    mod = modifier(words)
    shares = {"match_phrase": {"title_bigrams": mod}} if mod else None
    tiers: list[dict[str, Any]] = [
        {"filter": {"terms": {"title_concepts": list(own)}}, "weight": t["tier_own"]},
        {"filter": {"terms": {"title_concepts": sorted(siblings)}}, "weight": t["tier_sibling"]},
        {"filter": {"terms": {"title_concepts": sorted(kin)}}, "weight": t["tier_family"]},
    ] if siblings else [{"filter": {"terms": {"title_concepts": list(own)}}, "weight": t["tier_own"]}]
    if codes:
        own_code = {"terms": {"occupation_path": list(codes)}}
        tiers.append({"filter": {"bool": {"filter": [own_code, no_concept]}}, "weight": t["tier_sibling"]})
        middles = sorted({c[:4] for c in codes})
        tiers.append({"filter": {"bool": {"filter": [{"terms": {"occupation_path": middles}}, no_concept]}},
                      "weight": t["tier_group"]})
    within: list[dict[str, Any]] = []
    if shares is not None:
        tiers.append({"filter": {"bool": {"filter": [shares, {"exists": {"field": "title_concepts"}}]}},
                      "weight": t["tier_family"]})
        within.append({"filter": shares, "weight": t["modifier_factor"]})
    return tiers, within
