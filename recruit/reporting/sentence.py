"""The report sentence in the seed's style, as pure functions.

"截至6月底，208万家用人单位发布岗位信息2761万人次，劳动者投递求职简历近2000万份"

How a figure is written (`chinese_figure`):
1. Below 10,000 (1万) a figure is written exactly: 9999.
2. From 1万 to below 1亿 it is written in whole 万, rounded DOWN: 27,619,999 -> 2761万.
   From 1亿 up it is written in 亿 with two decimals, rounded down, trailing zeros dropped:
   123,456,789 -> 1.23亿; 200,000,000 -> 2亿. Rounding down never overstates a figure.
3. "近" (nearly): when a figure of 1万 or more lies strictly below the next round figure and
   within 1% of it, the sentence names the round figure with 近 instead: 19,990,000 and
   19,800,000 -> 近2000万; 19,799,999 -> 1979万; 20,000,000 -> 2000万 (not below it);
   9,950,000 -> 近1000万; 99,990,000 -> 近1亿. The round figure above n is the next multiple
   of n's leading power of ten (20,000,000 for 19,990,000; 30,000,000 for 20,800,000, which is
   far, so 2080万). Exact figures (below 1万) never get 近.
"""

from __future__ import annotations

import calendar
import datetime as dt

WAN = 10_000
YI = 100_000_000
NEAR_PERCENT = 1  # within 1% below a round figure -> 近


def _plain(n: int) -> str:
    if n < WAN:
        return str(n)
    if n < YI:
        return f"{n // WAN}万"
    hundredths = n // (YI // 100)
    whole, frac = divmod(hundredths, 100)
    text = f"{whole}.{frac:02d}".rstrip("0").rstrip(".")
    return f"{text}亿"


def round_figure_above(n: int) -> int:
    """The next multiple of n's leading power of ten strictly above n (n >= 1)."""
    step: int = 10 ** (len(str(n)) - 1)
    return (n // step + 1) * step


def chinese_figure(n: int) -> str:
    """A count as the report writes it: 9999, 2761万, 近2000万, 1.23亿."""
    if n < 0:
        raise ValueError("counts are never negative")
    if n >= WAN:
        target = round_figure_above(n)
        if (target - n) * 100 <= target * NEAR_PERCENT:
            return "近" + _plain(target)
    return _plain(n)


def date_phrase(day: dt.date) -> str:
    """'6月底' on a month's last day, else '6月15日'."""
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        return f"{day.month}月底"
    return f"{day.month}月{day.day}日"


def report_sentence(as_of: dt.date, *, employers: int, positions: int, resumes: int,
                    placements: int | None = None) -> str:
    """截至{date}，{employers}家用人单位发布岗位信息{positions}人次，劳动者投递求职简历{resumes}份"""
    text = (f"截至{date_phrase(as_of)}，{chinese_figure(employers)}家用人单位发布岗位信息"
            f"{chinese_figure(positions)}人次，劳动者投递求职简历{chinese_figure(resumes)}份")
    if placements is not None:
        text += f"，实现录用{chinese_figure(placements)}人"
    return text
