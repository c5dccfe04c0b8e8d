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
from recruit.search import understanding_places as places
from recruit.search import understanding_words as vocab

KINDS = ("employment_type", "pay_cycle", "schedule", "pay", "education", "experience", "group", "benefit",
         "place", "near", "employer", "age", "sector", "licence", "zone")


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
_FILTER = {"employment_type", "education", "place", "near", "pay_cycle", "schedule", "sector"}
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


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN = "零〇一二两三四五六七八九十百千万"
_AMOUNT = rf"(?:(?>\d+(?:\.\d+)?(?:\s*[kK千wW万](?:[1-9](?![\d.]))?)?)|[{_CN}]+)(?:\s*(?:元|块钱|块))?"
# what follows a number that is not a sum of money: 2020届, 18岁, 3年, 5号线, 100人, 200天, 5kg
_NOT_MONEY = (r"(?!\s*(?:[\d.A-Za-z%]|小时|公里"
              r"|[年岁届号线路人名位个米平楼层栋期次级度天日月点分秒斤克吨件台套间户家条张]))")
_PERIODS = {"month": "月薪 月入 月收入 月工资 底薪 工资 薪资 薪水 薪酬 待遇 收入 到手 每月 每个月 一个月",
            "day": "日薪 日工资 每天 一天 每日 一日", "year": "年薪 年收入 年入 每年 一年",
            "hour": "时薪 每小时 一小时 一个小时 每个小时"}
_PERIOD_OF = {w: period for period, words in _PERIODS.items() for w in words.split()}
_PER_MONTH = {"month": 1.0, "day": 22.0, "hour": 8 * 22.0, "year": 1 / 12}
_PLAUSIBLE = {"month": (500, 500_000), "day": (30, 5000), "hour": (5, 2000), "year": (5000, 20_000_000)}
_FLOOR = vocab.words("以上 以上的 及以上 或以上 起 起步 往上 多 + 出头 不低于 不少于 至少 最低 超过 高于 "
                "过 上 破 超")
_CEILING = vocab.words("以下 以内 及以下 之内 不超过 不高于 不到 最多 最高 低于 少于")
_PAY = re.compile(
    r"(?<![\d.A-Za-z])(?P<pre>" + "|".join(sorted(_PERIOD_OF, key=len, reverse=True)) + r")?\s*:?\s*"
    r"(?P<q1>不超过|不低于|不少于|不高于|不到|超过|至少|最低|最多|最高|高于|低于|少于|过|上|破|超)?"
    rf"(?P<lo>{_AMOUNT}){_NOT_MONEY}(?:\s*(?:-|~|〜|至|到|—|–)\s*(?P<hi>{_AMOUNT}){_NOT_MONEY})?"
    r"(?:\s*(?:/|每|一个?)\s*(?P<per>天|日|小时|时|h|H|月|年))?"
    r"\s*(?P<q2>以上的?|及以上|或以上|起步?|往上|多|\+|出头|以下|以内|及以下|之内|左右|上下)?")
_PAY_END = re.compile(r"[\d人名位个家岁年届号]")
_PER = {"天": "day", "日": "day", "小时": "hour", "时": "hour", "h": "hour", "H": "hour", "月": "month",
        "年": "year"}
_YEARS = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
_EXPERIENCE = re.compile(
    rf"(?<![\d.])(?:有|具备)?(?P<n>{_YEARS})(?:\s*[-~到至]\s*(?P<m>{_YEARS}))?\s*年(?:以上|及以上|多|左右)?"
    rf"的?(?:工作|相关|行业|从业)?经验(?:以上)?|(?:工作)?经验\s*(?P<k>{_YEARS})\s*年(?:以上|及以上|多)?")
_AGE = re.compile(r"(\d{2})\s*多?\s*(?:周?岁|岁数)(?:以上|以下|左右|上下|的)?")
_STARTS_PAY = frozenset("0123456789" + _CN + "".join(w[0] for w in _PERIOD_OF) + "不超至最高低少过上破")
_STARTS_EXPERIENCE = frozenset("0123456789一二两三四五六七八九十有具经工")


def _cn_number(text: str) -> int | None:
    """三千 3000, 一万二 12000, 八千五 8500, 两万五千 25000, 二十五 25, 万 10000."""
    total, section, digit, last = 0, 0, None, 1
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None:
                return None  # 二五: not a number people say
            digit = _CN_DIGITS[ch]
            if ch in "零〇":
                digit, last = None, 1
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit, last = None, _CN_UNITS[ch]
        else:  # 万
            total += (section + (digit or 0) or 1) * 10000
            section, digit, last = 0, None, 10000
    if digit is not None:  # 一万二: the digit after a unit counts in the next lower unit
        section += digit * (last // 10 if last > 1 else 1)
    return total + section


def _amount(text: str) -> tuple[float, int, bool] | None:
    """(amount, its magnitude: 1 or 1000 for k/千, 10000 for w/万, has 元/块) of one sum."""
    money = text.endswith(("元", "块", "块钱"))
    text = text.rstrip("元块钱 ").replace(" ", "")
    m = re.fullmatch(r"(\d+)(\.\d+)?([kK千wW万])?([1-9])?", text)
    if m:
        if len(m.group(1)) > 7:
            return None  # a phone number or an id
        mult = {"k": 1000, "K": 1000, "千": 1000, "w": 10000, "W": 10000, "万": 10000}.get(m[3] or "", 1)
        return float(m[1] + (m[2] or "")) * mult + int(m[4] or 0) * mult / 10, mult, money
    value = _cn_number(text)
    if value is None:
        return None
    return float(value), 10000 if "万" in text else 1000 if "千" in text else 1, money


def pay_period(text: str) -> str | None:
    """The period a pay phrase quotes: day (日薪300, 300一天), hour (时薪25), month, year; None
    when it names none (a bare 8000)."""
    m = _PAY.search(text)
    return (_PER.get(m["per"] or "") or _PERIOD_OF.get(m["pre"] or "")) if m else None


def _pay(m: re.Match[str], text: str, posting: bool = False) -> tuple[int | None, int | None] | None:
    """The monthly (min, max) a pay match means, or None when its number is not pay. A bare
    amount in a query is what the person wants at least (a floor, 10% below it); in a posting
    (posting=True) it is the posting's figure."""
    if _PAY_END.match(text, m.end()):
        return None  # 5000多人
    lo, hi = _amount(m["lo"]), _amount(m["hi"]) if m["hi"] else None
    if lo is None or (m["hi"] and hi is None):
        return None
    if not (m["q1"] or m["pre"] or any(ch in _CN_DIGITS or ch.isdigit() for ch in m["lo"])):
        return None  # 万达, 千岛湖: 过万 and 月薪万元 need their word
    period = _PER.get(m["per"] or "") or _PERIOD_OF.get(m["pre"] or "")
    if period is None and text[: m.start()].rstrip().endswith("日结"):
        period = "day"  # 日结 200
    amounts = [lo] + ([hi] if hi else [])
    marked = period is not None or any(a[1] > 1 or a[2] for a in amounts)
    bare = [a[0] for a in amounts]
    if not marked:  # digits only: 5000-8000, 5000以上, a lone round 3500
        if not m["lo"][0].isdigit() or not all(1000 <= v < 100_000 for v in bare):
            return None
        if all(1950 <= v < 2050 for v in bare) and not m["q2"]:
            return None  # years
        if not (hi or m["q1"] or m["q2"] or bare[0] % 100 == 0):
            return None
    if m["q1"] in ("过", "上", "破", "超") and not marked:
        return None
    if hi and hi[1] > 1 and lo[1] == 1 and lo[0] * hi[1] <= hi[0]:
        bare[0] = lo[0] * hi[1]  # 5-8k, 1-1.5万
    if period is None and max(bare) >= 100_000:
        period = "year"  # 20万: nobody is paid that a month
    period = period or "month"
    low, high = _PLAUSIBLE[period]
    if not all(low <= v <= high for v in bare):
        return None
    month = [v * _PER_MONTH[period] for v in bare]
    if hi:
        return round(min(month)), round(max(month))
    if m["q1"] in _FLOOR or m["q2"] in _FLOOR:
        return round(month[0]), None
    if m["q1"] in _CEILING or m["q2"] in _CEILING:
        return None, round(month[0])
    if m["q2"] in ("左右", "上下"):
        return round(month[0] * 0.8), round(month[0] * 1.2)
    return (round(month[0]), round(month[0])) if posting else (round(month[0] * 0.9), None)


def _experience(m: re.Match[str]) -> int | None:
    word = m["m"] or m["n"] or m["k"]
    years = int(word) if word.isdigit() else _cn_number(word)
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
        if ch in _STARTS_PAY and (m := _PAY.match(text, i)) and m["lo"]:
            value = _pay(m, text, posting)
            if value is not None:
                found.append((i, len(text[: m.end()].rstrip()), "pay", value,
                              "boost" if value[0] is None else "filter"))
        if ch.isdigit() and (m := _AGE.match(text, i)) and (i == 0 or not text[i - 1].isdigit()):
            found.append((i, m.end(), *(("age", "older", "boost") if int(m[1]) >= 40 else ("-", None, ""))))
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
    if not remaining and any(dropped):  # A2驾照 alone: what the person has names the job
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
