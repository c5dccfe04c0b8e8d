"""Rules of query understanding that read a job out of other words (understanding.py calls them):
a driving-licence class or a trade's certificate names the job (A2 -> 货车司机, 叉车证 -> 叉车司机), and
any word ending in 厂 or 工厂 means a factory's line work (灯饰厂, 玩具厂), unless the whole word is a
job title. Pure: no Flask, no index. The rules are in docs/query-understanding.md (round 6).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from recruit.search import analysis, concepts
from recruit.search import understanding_words as vocab

Span = tuple[int, int, str, object, str]
# a class alone or with its word (A2, B2驾照, C1证); not inside a longer code (B2B, A4纸 has no 1-3)
LICENCE = re.compile(r"(?<![A-Za-z0-9])([ABCabc][123])(?![A-Za-z0-9])(?:\s*(?:驾照|驾驶证|驾驶照|照|证|本))?")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@cache
def _titles() -> frozenset[str]:
    return frozenset(t for c in concepts.load().values() for t in c.titles)


def licence(text: str, i: int) -> Span | None:
    """The licence class starting at i, as the concept of the vehicle it names."""
    m = LICENCE.match(text, i)
    return (i, m.end(), "licence", vocab.LICENCE_CLASSES[m[1].lower()], "boost") if m else None


def licence_job(remaining: str, licence_values: list[object]) -> str:
    """The text to search for when a licence names the job: the licence's job title, when nothing
    but generic driver words (司机, 开车) is left; else the remaining text as it is."""
    jobs = [vocab.LICENCE_JOBS[str(v)] for v in licence_values if v in vocab.LICENCE_JOBS]
    if jobs and all(w in vocab.GENERIC_DRIVER for w in remaining.split()):
        return jobs[0]
    return remaining


def factories(text: str, table: Container[str], filler: Container[str]) -> list[Span]:
    """(start, end, "sector", "factory", "filter") for every word ending in 厂 or 工厂 that is no job
    title, no phrase of the tables (电子厂, 进厂 are read there) and no repair shop: 灯饰厂, 电池厂;
    a bare 厂 after a product word takes the word in (灯饰 厂), after filler it stands alone."""
    out: list[Span] = []
    for block in _HAN.finditer(text):
        pos, prev = block.start(), None
        for word in analysis.cut(block.group(), search=False):
            start = text.find(word, pos)
            pos = start + len(word)
            if word.endswith("厂") and word != "工厂":
                s = start
                if (word == "厂" and prev and prev[1] == start and len(prev[2]) >= 2
                        and prev[2] not in filler and prev[2] not in table):
                    s = prev[0]  # 灯饰|厂
                whole = text[s:pos]
                if not (whole in table or whole in _titles() or whole.endswith(vocab.NOT_FACTORY)):
                    out.append((s, pos, "sector", "factory", "filter"))
            prev = (start, pos, word)
    return out


# 不想做销售, 不要电销, 不是销售, 非中介, 不卖卡: a negation, a verb maybe, then a job term
NEGATION = re.compile(r"(?:不想|不要|不愿意?|不是|拒绝|不喜欢|除了|不|非)")
_VERB = re.compile(r"(?:做|干|当|搞|跑|去|从事)")
STARTS_NEGATION = frozenset("不非拒除")


def negated(text: str, i: int) -> Span | None:
    """(start, end, "not_job", concept ids, "filter") for a job term negated at i, or None; a family's
    head (销售) names the whole family (vocab.NOT_JOB_FAMILIES)."""
    m = NEGATION.match(text, i)
    if not m:
        return None
    terms = concepts.lookup()
    starts = [m.end()] + ([v.end()] if (v := _VERB.match(text, m.end())) else [])
    best = max(((s, n) for s in starts for n in range(6, 1, -1)
                if s + n <= len(text) and text[s: s + n] in terms), key=lambda sn: sn[1], default=None)
    if best is None:
        return None
    s, n = best
    ids = [c for term_id in terms[text[s: s + n]] for c in vocab.NOT_JOB_FAMILIES.get(term_id, (term_id,))]
    return (i, s + n, "not_job", tuple(dict.fromkeys(ids)), "filter")
