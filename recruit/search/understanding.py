"""Query understanding: what a vacancy search query says besides the job it names.

understand("东莞包吃住普工8k以上"): a place (4419), a benefit (room_and_board), a pay floor (8000, None),
普工 left for the text search. Pure: no Flask, database or index.
The vocabulary is understanding_words.py, place names understanding_places.py; the rule table
(each kind, its values, filter or boost, and why) is docs/query-understanding.md.

Pay: day x 22, hour x 8 x 22, year / 12. A bare amount is a floor 10% below it (保姆 8000: she
wants at least about that); 左右/上下 +-20%; 以上/起/+/过/多 a floor; 以下/以内/不超过 a ceiling;
a-b a range. Numbers count as pay with a pay word (月薪, 日薪, 一天...), a unit (元, 块, k, 千, w,
万) or a qualifier, or alone when a round sum of 1000-99999 that is not a year; never before
年/岁/届/号/线/人/个/米/楼/天/点...

Overlaps: the longest term wins (长白班 over 长白); a place is read only on a word boundary.
Several intents of a kind are alternatives (OR); of pay and education the first applies.
Remaining text: jieba's words outside the intents, without filler (的, 找, 工作, ages, genders).
disabled: kinds ("place") or "kind:text" ("place:武汉") the user switched off (words stay as text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from recruit.codes.enums import BENEFITS, EDUCATION_LEVELS, EMPLOYMENT_TYPES, PRIORITY_GROUPS
from recruit.search import analysis, concepts, typos
from recruit.search import understanding_jobs as jobs
from recruit.search import understanding_pay as pay_words
from recruit.search import understanding_places as places
from recruit.search import understanding_words as vocab

KINDS = ("employment_type", "pay_cycle", "schedule", "pay", "education", "experience", "group", "benefit",
         "place", "near", "employer", "age", "seated", "sector", "licence", "zone", "said", "not_job")


@dataclass(frozen=True)
class Intent:
    kind: str
    value: object
    text: str  # the exact substring of the query
    applied_as: str  # "filter" | "boost"


@dataclass(frozen=True)
class Understanding:
    intents: tuple[Intent, ...]
    remaining: str  # what is left for the text search

    def of_kind(self, kind: str) -> tuple[Intent, ...]:
        return tuple(i for i in self.intents if i.kind == kind)


_CODES: dict[str, dict[str, str]] = {"employment_type": EMPLOYMENT_TYPES, "group": PRIORITY_GROUPS,
                                     "benefit": BENEFITS, "education": EDUCATION_LEVELS}
_FILTER = {"employment_type", "education", "place", "near", "pay_cycle", "schedule", "sector", "not_job"}
_GROUP_POINT = re.compile(r"\s*的?\s*(?:岗位|专岗|职位|专场|招聘|工作|就业)")
_FILLER = analysis.QUERY_STOPWORDS | vocab.FILLER
_BLOCKS = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")  # jieba's runs (re_han_default)
_WORDS = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9]+")
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
# full-width ASCII and the ideographic space to half-width: one character for one
_WIDTH: dict[int, str | int] = {0x3000: " ", **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}}


def phrases(kind: str) -> dict[str, tuple[str, ...]]:
    """The phrases of one kind of intent, per value ("" : the job words that only look like one)."""
    return {value: tuple(text.split()) for value, text in vocab.PHRASES.get(kind, {}).items()}


def _applied(kind: str, value: object, phrase: str) -> str:
    if phrase in vocab.JOB_WORDS or phrase in vocab.BOOST_WORDS:
        return "boost"  # 钟点工, 暑假工: the job is searched as text, its condition only ranks; 宝妈
    if kind == "schedule":
        return "boost" if value in vocab.SCHEDULE_BOOST else "filter"
    if kind == "pay_cycle":
        return "boost" if value in vocab.PAY_CYCLE_BOOST else "filter"
    if kind == "experience":  # 无经验, 学徒: postings open to no experience; 应届生 ranks them first
        return "boost" if phrase in vocab.GRADUATE_WORDS else "filter"
    if (kind, value) == ("employment_type", "internship"):
        return "boost"  # 实习 ranks the type
    return "filter" if kind in _FILTER or value == "key_enterprise" else "boost"


@cache
def _table() -> dict[str, tuple[tuple[str, object, str], ...]]:
    """phrase -> (kind, value, applied_as); kind "" keeps the phrase as text."""
    table: dict[str, list[tuple[str, object, str]]] = {}

    def add(phrase: str, kind: str, value: object) -> None:
        if kind in _CODES and value not in _CODES[kind]:
            raise ValueError(f"{value!r} is not a {kind} code")
        table.setdefault(phrase, []).append((kind, value, _applied(kind, value, phrase)))

    for kind, codes in vocab.PHRASES.items():
        for code, phrases in codes.items():
            value = int(code) if kind == "experience" else (code or None)
            for phrase in phrases.split():
                add(phrase, kind, value)
    for code, words in vocab.LEVELS.items():
        for word in words.split():
            for form in vocab.LEVEL_FORMS:
                add(word + form, "education", code)
            add("学历" + word, "education", code)
    for phrase in vocab.AGE_OLDER:
        add(phrase, "age", "older")
    for phrase in vocab.SEATED:
        add(phrase, "seated", "seated")
    sectors = {p for p, e in table.items() if e[0][0] == "sector"}
    conditions = {p for p, e in table.items() if len(p) >= 2 and e[0][0] not in ("sector", "")}
    for name in (names := places.place_table()):
        add(name, "place", name)
    # a job term holding a place or workplace name (大理石工, 工厂保安, 电子厂普工) is one word: the place
    # or workplace is not read inside it, a condition is (长白班普工); read by the term's substrings
    inner = {*names, *sectors}
    for term in concepts.lookup():
        if len(term) >= 3 and term not in table and not (parts := {
                term[i:j] for i in range(len(term)) for j in range(i + 1, len(term) + 1)} - {term}
        ).isdisjoint(inner) and parts.isdisjoint(conditions):
            add(term, "", None)
    return {phrase: tuple(entries) for phrase, entries in table.items()}


@cache
def _starts() -> dict[str, tuple[int, ...]]:
    """first character -> the lengths of the phrases starting with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for phrase in _table():
        lengths.setdefault(phrase[0], set()).add(len(phrase))
    return {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}


_YEARS = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
_EXPERIENCE = re.compile(
    rf"(?<![\d.])(?:有|具备)?(?P<n>{_YEARS})(?:\s*[-~到至]\s*(?P<m>{_YEARS}))?\s*年(?:以上|及以上|多|左右)?"
    rf"的?(?:工作|相关|行业|从业)?经验(?:以上)?|(?:工作)?经验\s*(?P<k>{_YEARS})\s*年(?:以上|及以上|多)?")
_AGE = re.compile(r"(\d{2})\s*多?\s*(?:周?岁|岁数)(?:以上|以下|左右|上下|的)?")
_STARTS_EXPERIENCE = frozenset("0123456789一二两三四五六七八九十有具经工")


def _experience(m: re.Match[str]) -> int | None:
    word = m["m"] or m["n"] or m["k"]
    years = int(word) if word.isdigit() else pay_words.cn_number(word)
    return years if years is not None and years <= 50 else None


def _candidates(text: str, posting: bool) -> list[tuple[int, int, str, object, str]]:
    """Every (start, end, kind, value, applied_as) a rule finds, overlapping ones included."""
    found: list[tuple[int, int, str, object, str]] = []
    table, starts = _table(), _starts()
    for i, ch in enumerate(text):
        for length in starts.get(ch, ()):
            entries = length <= len(text) - i and table.get(text[i: i + length])
            if entries:
                found.extend((i, i + length, *entry) for entry in entries)
        if ch in pay_words.STARTS_PAY and (m := pay_words.PAY.match(text, i)) and m["lo"]:
            value = pay_words.pay(m, text, posting)
            if value is not None:
                found.append((i, len(text[: m.end()].rstrip()), "pay", value,
                              "boost" if value[0] is None else "filter"))
        if ch.isdigit() and (m := _AGE.match(text, i)) and (i == 0 or not text[i - 1].isdigit()):
            found.append((i, m.end(), *(("age", "older", "boost") if int(m[1]) >= 40 else ("-", None, ""))))
        if ch in jobs.STARTS_NEGATION and not posting and (span := jobs.negated(text, i)):
            found.append(span)  # 不想做销售: those jobs never come
        if ch in "ABCabc" and (span := jobs.licence(text, i)):
            found.append(span)  # A2, C1驾照: the seeker's licence names the vehicle
        if ch in _STARTS_EXPERIENCE and (m := _EXPERIENCE.match(text, i)):
            years = _experience(m)
            if years is not None:
                found.append((i, m.end(), "experience", years, "filter"))
    return found


def _boundaries(text: str) -> set[int]:
    """Where jieba's words of the text begin and end (place names inside a word do not count)."""
    cuts = {0, len(text)}
    for block in _WORDS.finditer(text):  # without +#&._%-: rjieba's, fast; no place has them
        pos = block.start()
        for word in analysis.cut(block.group(), search=False):
            pos = text.find(word, pos)
            cuts.update((pos, pos + len(word)))
            if len(word) >= 4 and (inner := places.split_places(word)):
                cuts.update(pos + k for k in inner)  # 广西南宁 is one word to jieba
            pos += len(word)
    return cuts


def _known(token: str) -> bool:
    """A phrase, job term, filler or common word: never read as a slipped place name."""
    return (token in _table() or token in concepts.lookup() or token in _FILLER
            or analysis.word_frequency(token) >= 10 or bool(typos.correct(token)))  # 普功: a job's slip


def _allowed(text: str, start: int, end: int, kind: str, cuts: list[set[int]]) -> bool:
    if kind == "education":
        return not text.startswith(vocab.EDU_NOT_BEFORE, end)  # 高中数学老师
    if kind == "place":
        if text.startswith(places.NOT_BEFORE, end):
            return False  # 武汉大学, 中山路
        if not cuts:
            cuts.append(_boundaries(text))
        return start in cuts[0] and end in cuts[0]  # 长沙发, 和田玉
    return True


def _remaining(text: str, taken: list[bool]) -> str:
    """The words of the text outside the taken spans, without filler; pieces joined by a space."""
    pieces: list[str] = []
    left = "".join("\x00" if t else ch for ch, t in zip(text, taken, strict=True))
    for run in re.finditer(r"[^\x00]+", left):
        for block in _BLOCKS.finditer(run.group()):
            words: list[str] = []
            for word in analysis.cut(block.group(), search=False):
                if word in _FILLER or not _WORD.search(word):
                    pieces.append("".join(words))
                    words = []
                else:
                    words.append(word)
            pieces.append("".join(words))
    return " ".join(p for p in pieces if p)


def understand(q: str, *, disabled: frozenset[str] = frozenset(), posting: bool = False) -> Understanding:
    """The intents of a search query and the text left for the text search (posting: the text is
    a posting's, whose bare sums are its own pay, said.py)."""
    return _understand(q or "", frozenset(disabled), posting)


@lru_cache(maxsize=4096)
def _understand(q: str, disabled: frozenset[str], posting: bool) -> Understanding:
    analysis.warm_up()  # jieba's dictionary: a second, once
    text = q.translate(_WIDTH)
    cuts: list[set[int]] = []
    found = [c for c in _candidates(text, posting) if _allowed(text, c[0], c[1], c[2], cuts)]
    if not posting:  # 东菀, 广洲: one character off a place name
        cuts.extend([] if cuts else [_boundaries(text)])
        found += places.slips(text, cuts[0], {i for c in found for i in range(c[0], c[1])}, _known)
        found += jobs.factories(text, _table(), _FILLER)  # 灯饰厂, 玩具厂: a factory's line work
    # the longest term wins across all dictionaries; of two as long, a job or condition over a place
    found.sort(key=lambda c: (c[0] - c[1], c[2] == "place", c[0]))
    taken = [False] * len(text)
    chosen: list[tuple[int, int, str, object, str]] = []
    for c in found:
        if not any(taken[c[0]: c[1]]) or any(c[:2] == o[:2] and c[2] != "" for o in chosen):
            taken[c[0]: c[1]] = [True] * (c[1] - c[0])
            chosen.append(c)  # 寒暑假工, 实习生: one phrase, several intents
    found_places = [(s, e, str(v)) for s, e, k, v, _ in chosen if k == "place"]
    spans = [(s, e, k, v, a) for s, e, k, v, a in chosen if k not in ("place", "")]
    spans += [(s, e, "place", p, "filter") for s, e, p in places.resolve(found_places, text)]
    taken = [False] * len(text)
    dropped = list(taken)  # licences and young ages: never a required word (A2驾照 alone: the job)
    job_words = list(taken)  # 钟点工, 暑假工: alone, the job stays in the text
    intents: list[tuple[int, Intent]] = []
    for s, e, kind, value, applied in sorted(spans, key=lambda c: c[0]):
        intent = Intent(kind, value, q[s:e], applied)
        if kind in disabled or f"{kind}:{intent.text}" in disabled:
            continue
        if kind == "~":  # 招聘信息: about the search, never the job
            taken[s:e] = [True] * (e - s)
            continue
        if kind in ("-", "licence"):
            dropped[s:e] = [True] * (e - s)
            if kind == "-":
                continue
        else:
            (job_words if intent.text in vocab.JOB_WORDS else taken)[s:e] = [True] * (e - s)
        if value is None and kind == "place":
            continue  # 北京 in 北京 保安 朝阳: 朝阳 says it better
        if kind == "group" and _GROUP_POINT.match(text, e):
            intent = replace(intent, applied_as="filter")  # 残疾人岗位
        if kind == "employment_type" and _job_follows(text, e):
            intent = replace(intent, applied_as="boost")  # 兼职会计: a job's title, the type ranks
        if all((i.kind, i.value) != (kind, value) for _, i in intents):
            intents.append((s, intent))
    remaining = _remaining(text, [t or d or j for t, d, j in zip(taken, dropped, job_words, strict=True)])
    beside = any(job_words) and any(_job_follows(remaining, i) for i in range(len(remaining)))
    if not remaining and any(job_words):
        remaining = _remaining(text, [t or d for t, d in zip(taken, dropped, strict=True)])
    remaining = jobs.licence_job(remaining, [i.value for _, i in intents if i.kind == "licence" and i.value])
    if not remaining and any(dropped) and all(i.kind == "licence" for _, i in intents):
        # 会开车 alone: what the person has names the job (会英语 外企: the employer is the point)
        remaining = _remaining(text, taken)
        intents = [(s, i) for s, i in intents if i.kind != "licence"]
    intents += [(s, Intent("zone", z, q[s:e], "boost")) for s, e, k, v, _ in spans if k == "place" and v
                and not {"place", f"place:{q[s:e]}"} & disabled and (z := places.zone(q[s:e]))]  # 光谷
    if remaining:  # 酒店 服务员: the job is named, the workplace only ranks
        intents = [(s, replace(i, applied_as="boost") if i.kind == "sector" else i) for s, i in intents]
    intents = [(s, replace(i, applied_as=_applied(i.kind, i.value, "")) if beside  # 暑假工 服务员: as alone
                and i.text in vocab.JOB_WORDS else i) for s, i in intents]
    if not remaining:  # 残疾人 alone: the group is the point of the query
        intents = [(s, replace(i, applied_as="filter") if i.kind == "group" and i.value != "graduate" else i)
                   for s, i in intents]
    return Understanding(tuple(i for _, i in intents), remaining)


def _job_follows(text: str, end: int) -> bool:
    """Whether a job term of the concept dictionary starts right after end (兼职|会计)."""
    terms = concepts.lookup()
    return any(text[end: end + n] in terms for n in range(2, 7) if end + n <= len(text))
