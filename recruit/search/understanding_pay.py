"""Pay as people write it, read into a monthly (min, max): the rules of understanding.py's
docstring (day x 22, hour x 8 x 22, year / 12; a bare amount a floor 10% below it; 左右 +-20%).
Pure: no Flask, database or index."""

from __future__ import annotations

import re

from recruit.search import understanding_words as vocab

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
PAY = re.compile(
    r"(?<![\d.A-Za-z])(?P<pre>" + "|".join(sorted(_PERIOD_OF, key=len, reverse=True)) + r")?\s*:?\s*"
    r"(?P<q1>不超过|不低于|不少于|不高于|不到|超过|至少|最低|最多|最高|高于|低于|少于|过|上|破|超)?"
    rf"(?P<lo>{_AMOUNT}){_NOT_MONEY}(?:\s*(?:-|~|〜|至|到|—|–)\s*(?P<hi>{_AMOUNT}){_NOT_MONEY})?"
    r"(?:\s*(?:/|每|一个?)\s*(?P<per>天|日|小时|时|h|H|月|年))?"
    r"\s*(?P<q2>以上的?|及以上|或以上|起步?|往上|多|\+|出头|以下|以内|及以下|之内|左右|上下)?")
_PAY_END = re.compile(r"[\d人名位个家岁年届号]")
_PER = {"天": "day", "日": "day", "小时": "hour", "时": "hour", "h": "hour", "H": "hour", "月": "month",
        "年": "year"}
STARTS_PAY = frozenset("0123456789" + _CN + "".join(w[0] for w in _PERIOD_OF) + "不超至最高低少过上破")


def cn_number(text: str) -> int | None:
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
    value = cn_number(text)
    if value is None:
        return None
    return float(value), 10000 if "万" in text else 1000 if "千" in text else 1, money


_APPROX = re.compile(r"([一二两三四五六七八])([二两三四五六七八九])([十百千万])")


def _approx(text: str) -> tuple[tuple[float, int, bool], tuple[float, int, bool]] | None:
    """七八千 (7000-8000), 两三百, 一两万: two neighbouring digits before the unit, a range."""
    money = text.endswith(("元", "块", "块钱"))
    m = _APPROX.fullmatch(text.rstrip("元块钱 ").replace(" ", ""))
    if not m or _CN_DIGITS[m[2]] != _CN_DIGITS[m[1]] + 1:
        return None
    unit = {**_CN_UNITS, "万": 10000}[m[3]]
    magnitude = unit if unit >= 1000 else 1
    return ((_CN_DIGITS[m[1]] * unit, magnitude, money), (_CN_DIGITS[m[2]] * unit, magnitude, money))


def pay_period(text: str) -> str | None:
    """The period a pay phrase quotes: day (日薪300, 300一天), hour (时薪25), month, year; None
    when it names none (a bare 8000)."""
    m = PAY.search(text)
    return (_PER.get(m["per"] or "") or _PERIOD_OF.get(m["pre"] or "")) if m else None


def pay(m: re.Match[str], text: str, posting: bool = False) -> tuple[int | None, int | None] | None:
    """The monthly (min, max) a pay match means, or None when its number is not pay. A bare
    amount in a query is what the person wants at least (a floor, 10% below it); in a posting
    (posting=True) it is the posting's figure."""
    if _PAY_END.match(text, m.end()):
        return None  # 5000多人
    lo, hi = _amount(m["lo"]), _amount(m["hi"]) if m["hi"] else None
    if lo is None and not m["hi"] and (pair := _approx(m["lo"])):
        lo, hi = pair
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
