"""Query understanding: what a vacancy search query says besides the job it names.

understand("东莞包吃住普工8k以上") finds a place (4419), a benefit (room_and_board) and a pay
floor (8000, None), and leaves 普工 for the text search. Pure: no Flask, database or index.

kind            value                         applied_as  why
employment_type EMPLOYMENT_TYPES code         filter      the kind of work is the point of 兼职/日结/实习
pay             (min, max) monthly yuan       filter      a floor excludes jobs that pay less (salary_min);
                                              boost       a ceiling alone (5000以下) only ranks: nobody
                                                          wants better pay excluded; the max of a range
                                                          is a preference, never a filter
education       EDUCATION_LEVELS code         filter      the jobseeker's level: requirement not above it
experience      years they have (0 = none)    boost       not a search filter today; stated experience is
                                                          soft, employers often take less
group           PRIORITY_GROUPS code          boost       welcoming vacancies first, others still shown;
                                              filter      when it is the point: 残疾人岗位, 退役军人专场,
                                                          or nothing else is left to search for
benefit         BENEFITS code                 boost       a preference: 厨师 包吃住 still wants cooks
place           region prefix (2/4/6 digits)  filter      see understanding_places.py for the names
near            None                          filter      the caller applies the user's location, if any
employer        state_owned                   boost       the index has no ownership: text or boost
                key_enterprise                filter      the index has is_key_enterprise

Pay: day x 22 (the legal 21.75 paid days a month, rounded: a lower floor excludes fewer jobs),
hour x 8 x 22, year / 12. A bare amount or 左右/上下 means +-20% (月薪5000 -> 4000..6000); 以上/起/
+/过/多 a floor; 以下/以内/不超过 a ceiling; a-b a range. Numbers count as pay with a pay word
(月薪, 日薪, 一天...), a unit (元, 块, k, 千, w, 万) or a qualifier, or alone when a round sum of
1000-99999 that is not a year; never before 年/岁/届/号/线/人/个/米/楼/天/点...

Overlaps: the longest match wins (周末兼职 over 兼职, 包吃住 over 包吃). Several intents of a
kind: employment types, benefits and places are alternatives (OR); of pay and education the
first applies. Remaining text: jieba's words outside the intents, without filler (的, 找, 工作).
disabled: kinds ("place") or "kind:text" ("place:武汉") the user switched off; their words stay
in the remaining text. The table is in docs/query-understanding.md too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from recruit.codes.enums import BENEFITS, EDUCATION_LEVELS, EMPLOYMENT_TYPES, PRIORITY_GROUPS
from recruit.search import analysis
from recruit.search import understanding_places as places

KINDS = ("employment_type", "pay", "education", "experience", "group", "benefit", "place", "near",
         "employer")


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




def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CODES: dict[str, dict[str, str]] = {"employment_type": EMPLOYMENT_TYPES, "group": PRIORITY_GROUPS,
                                     "benefit": BENEFITS, "education": EDUCATION_LEVELS}
_PHRASES: dict[str, dict[str, str]] = {
    "employment_type": {
        "part_time": "兼职 周末兼职 小时工 钟点工 兼职工 非全日制 学生兼职 暑期兼职",
        "temporary": "日结 日结工 日结工资 临时工 短期工 短工 暑假工 寒假工 暑期工 假期工 季节工",
        "internship": "实习 实习生 见习 顶岗实习",
        "full_time": "全职 长期工 正式工 正式员工",
        "flexible": "灵活就业 零工 打零工 灵活用工",
    },
    "group": {
        "veteran": "退伍 退役 军人 退伍军人 退役军人 复员军人 转业军人 退伍兵",
        "graduate": "应届 应届生 应届毕业生 毕业生 高校毕业生 校招 校园招聘",
        "poverty_registered": "脱贫户 贫困户 建档立卡 建档立卡户 脱贫人口 脱贫劳动力 贫困劳动力",
        "disabled": "残疾人 残疾 残障 残障人士 听障 聋哑人",
        "migrant_worker": "农民工 外来务工 进城务工",
        "hubei": "湖北籍 湖北人 湖北籍劳动者",
        "employment_difficulty": "就业困难 就业困难人员 困难人员 零就业家庭",
    },
    "benefit": {
        "room_and_board": "包吃住 包食宿 管吃住 提供食宿 吃住全包 免费食宿 包吃包住 管吃管住",
        "meals": "包吃 包餐 管饭 包三餐 管吃 工作餐 免费工作餐 餐补 饭补",
        "housing": "包住 有宿舍 员工宿舍 提供住宿 提供宿舍 管住 宿舍 免费住宿 住房补贴 房补",
        "social_insurance_housing_fund": "五险一金 六险一金 五险二金",
        "social_insurance": "五险 社保 交社保 缴社保 买社保 有社保 缴纳社保 购买社保",
        "weekends_off": "双休 周末双休 做五休二",
        "shuttle": "班车 通勤车 上下班接送",
        "year_end_bonus": "年终奖 年底双薪 十三薪 年终奖金",
        "paid_leave": "带薪年假 年假 带薪休假",
        "training": "培训 岗前培训 带薪培训 免费培训 技能培训",
        "transport": "交通补贴 交通补助 车补",
    },
    "experience": {"0": "无经验 无经验可 可无经验 零经验 0经验 不要经验 不需要经验 无需经验 经验不限 "
                         "不限经验 没经验 没有经验 无经验要求 小白 小白可 新手 新手可 应届生可 接受小白 "
                         "零基础"},
    "near": {"": "附近 本地 周边 离我近 离家近 家门口 就近 身边"},
    "employer": {"state_owned": "国企 央企 国有企业 中央企业 事业单位 事业编 国营",
                 "key_enterprise": "重点企业 重点用工企业"},
    "education": {"none": "不限学历 学历不限 无学历要求 学历无要求 没学历 无学历 没有学历 不要学历 "
                          "不看学历 学历不要求 小学学历 小学文化 小学毕业"},
    # look like intents, are jobs or employers: kept as text, and nothing shorter inside counts
    "": {"": "培训师 培训老师 培训讲师 培训机构 培训学校 培训专员 培训主管 培训经理 培训顾问 培训生 "
             "宿舍管理员 宿舍管理 宿管 宿舍阿姨 班车司机 社保专员 社保顾问 单双休 博士后 本地化 残联"},
}
_LEVELS = {"junior_middle": "初中", "senior_high": "高中 中专 技校 职高 中技",
           "associate": "大专 专科 高职", "bachelor": "本科 学士", "master": "硕士 研究生",
           "doctorate": "博士"}
_LEVEL_FORMS = ("", "以上", "及以上", "或以上", "学历", "以上学历", "及以上学历", "学历以上", "毕业",
                "文凭", "生", "毕业生")
_EDU_NOT_BEFORE = ("老师", "教师", "数学", "语文", "英语", "物理", "化学", "生物", "历史", "地理",
                   "政治", "班主任", "教练", "家教", "辅导", "部", "学校", "院校", "教育")
_FILTER = {"employment_type", "education", "place", "near"}
_GROUP_POINT = re.compile(r"\s*的?\s*(?:岗位|专岗|职位|专场|招聘|工作|就业)")
_FILLER = analysis.QUERY_STOPWORDS | _words(
    "的 找 要 想 在 有 和 或 吗 呢 啊 了 我 求 做 招工 招人 工作 招聘 岗位 职位 有没有 求职 急招 想找 "
    "我想 我要 专场 专岗 工资 薪资 薪水 待遇 寻找 找个 找份 一份 哪里有 有吗 请问 还有 或者 以及 "
    "可以 什么 相关 之类 一下 看看 机会 工作机会 也能 也能做 能做 也可以 也行 都行 都可以 均可 可做 "
    "找活")
_BLOCKS = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")  # jieba's runs (re_han_default)
_WORDS = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9]+")
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
# full-width ASCII and the ideographic space to half-width: one character for one
_WIDTH: dict[int, str | int] = {0x3000: " ", **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}}


def phrases(kind: str) -> dict[str, tuple[str, ...]]:
    """The phrases of one kind of intent, per value ("" : the job words that only look like one)."""
    return {value: tuple(text.split()) for value, text in _PHRASES.get(kind, {}).items()}


@cache
def _table() -> dict[str, tuple[tuple[str, object, str], ...]]:
    """phrase -> (kind, value, applied_as); kind "" keeps the phrase as text."""
    table: dict[str, list[tuple[str, object, str]]] = {}

    def add(phrase: str, kind: str, value: object) -> None:
        if kind in _CODES and value not in _CODES[kind]:
            raise ValueError(f"{value!r} is not a {kind} code")
        applied = "filter" if kind in _FILTER or value == "key_enterprise" else "boost"
        table.setdefault(phrase, []).append((kind, value, applied))

    for kind, codes in _PHRASES.items():
        for code, phrases in codes.items():
            value = int(code) if kind == "experience" else (code or None)
            for phrase in phrases.split():
                add(phrase, kind, value)
    for code, words in _LEVELS.items():
        for word in words.split():
            for form in _LEVEL_FORMS:
                add(word + form, "education", code)
            add("学历" + word, "education", code)
    for name in places.place_table():
        add(name, "place", name)
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
_FLOOR = _words("以上 以上的 及以上 或以上 起 起步 往上 多 + 出头 不低于 不少于 至少 最低 超过 高于 "
                "过 上 破 超")
_CEILING = _words("以下 以内 及以下 之内 不超过 不高于 不到 最多 最高 低于 少于")
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


def _pay(m: re.Match[str], text: str) -> tuple[int | None, int | None] | None:
    """The monthly (min, max) a pay match means, or None when its number is not pay."""
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
    return round(month[0] * 0.8), round(month[0] * 1.2)


def _experience(m: re.Match[str]) -> int | None:
    word = m["m"] or m["n"] or m["k"]
    years = int(word) if word.isdigit() else _cn_number(word)
    return years if years is not None and years <= 50 else None


def _candidates(text: str) -> list[tuple[int, int, str, object, str]]:
    """Every (start, end, kind, value, applied_as) a rule finds, overlapping ones included."""
    found: list[tuple[int, int, str, object, str]] = []
    table, starts = _table(), _starts()
    for i, ch in enumerate(text):
        for length in starts.get(ch, ()):
            entries = length <= len(text) - i and table.get(text[i: i + length])
            if entries:
                found.extend((i, i + length, *entry) for entry in entries)
        if ch in _STARTS_PAY and (m := _PAY.match(text, i)) and m["lo"]:
            value = _pay(m, text)
            if value is not None:
                found.append((i, len(text[: m.end()].rstrip()), "pay", value,
                              "boost" if value[0] is None else "filter"))
        if ch in _STARTS_EXPERIENCE and (m := _EXPERIENCE.match(text, i)):
            years = _experience(m)
            if years is not None:
                found.append((i, m.end(), "experience", years, "boost"))
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


def _allowed(text: str, start: int, end: int, kind: str, cuts: list[set[int]]) -> bool:
    if kind == "education":
        return not text.startswith(_EDU_NOT_BEFORE, end)  # 高中数学老师
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


def understand(q: str, *, disabled: frozenset[str] = frozenset()) -> Understanding:
    """The intents of a search query and the text left for the text search."""
    return _understand(q or "", frozenset(disabled))


@lru_cache(maxsize=4096)
def _understand(q: str, disabled: frozenset[str]) -> Understanding:
    analysis.warm_up()  # jieba's dictionary: a second, once
    text = q.translate(_WIDTH)
    cuts: list[set[int]] = []
    found = [c for c in _candidates(text) if _allowed(text, c[0], c[1], c[2], cuts)]
    found.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken = [False] * len(text)
    chosen: list[tuple[int, int, str, object, str]] = []
    for c in found:
        if not any(taken[c[0]: c[1]]):
            taken[c[0]: c[1]] = [True] * (c[1] - c[0])
            chosen.append(c)
    found_places = [(s, e, str(v)) for s, e, k, v, _ in chosen if k == "place"]
    spans = [(s, e, k, v, a) for s, e, k, v, a in chosen if k not in ("place", "")]
    spans += [(s, e, "place", p, "filter") for s, e, p in places.resolve(found_places, text)]
    taken = [False] * len(text)
    intents: list[tuple[int, Intent]] = []
    for s, e, kind, value, applied in sorted(spans, key=lambda c: c[0]):
        intent = Intent(kind, value, q[s:e], applied)
        if kind in disabled or f"{kind}:{intent.text}" in disabled:
            continue
        taken[s:e] = [True] * (e - s)
        if value is None and kind == "place":
            continue  # 北京 in 北京 保安 朝阳: 朝阳 says it better
        if kind == "group" and _GROUP_POINT.match(text, e):
            intent = replace(intent, applied_as="filter")  # 残疾人岗位
        if all((i.kind, i.value) != (kind, value) for _, i in intents):
            intents.append((s, intent))
    remaining = _remaining(text, taken)
    if not remaining:  # 残疾人 alone: the group is the point of the query
        intents = [(s, replace(i, applied_as="filter") if i.kind == "group" else i) for s, i in intents]
    return Understanding(tuple(i for _, i in intents), remaining)
