"""Conditions a posting states in words (包吃住, 五险一金, 日结, 兼职, 学历不限, 退役军人优先), read
from its title and description at index time into the document's `said_conditions` field.

Employers fill the form's benefits and employment type sparingly and write the rest in the
description; searching the description's words for 包住 also finds 不包住 and 住宿自理. Here a
phrase counts only when it is not negated (不/无/非/没有/未, optionally with a verb: 不提供,
不缴纳, 不是), nor followed by 自理. Pure: no Flask, no Elasticsearch.

Values: BENEFITS codes; PRIORITY_GROUPS codes (the group welcomed); and the employment
tokens daily_pay (日结, 当天结: paid at the end of each day), daily_rate (日薪300, 200元/天: a
wage quoted per day, which says nothing of when it is paid), hourly_rate (时薪25, 25元/小时),
temporary, part_time, weekend (周末 work), internship; and
no_education (学历不限). room_and_board is also said when both housing and meals are.

said_pay: the monthly pay a posting writes only in words (月薪8000, 8k-10k, 日薪200), for the
document's said_salary_min/max when the form gives no salary.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, cast

from recruit.search import understanding

# the query vocabulary (understanding.phrases) plus how postings say it
_EXTRA: dict[str, str] = {
    "room_and_board": "免费提供食宿 食宿全包 吃住免费 包食宿 提供吃住",
    "meals": "免费三餐 提供三餐 包工作餐 提供工作餐 供餐 免费餐",
    "housing": "免费住宿 提供住宿 住宿免费 提供员工宿舍 宿舍免费 免费宿舍",
    "social_insurance_housing_fund": "公积金 社保和公积金 社保公积金",
    "weekends_off": "周末休息 五天八小时",
    "daily_pay": "日结 日结工资 工资日结 当天结 当日结 当天结算 日薪日结 干一天结一天 一天一结 "
                 "按天结算 按天结 按日结算",
    "temporary": "临时工 短期工 短工 暑假工 寒假工 暑期工 假期工 季节工",
    "part_time": "兼职 小时工 钟点工 非全日制 可兼职",
    "weekend": "周末 周六日 周六周日 双休日 节假日 周末上班",
    "weekly_pay": "周结 工资周结 周结工资 一周一结 按周结算",
    "monthly_pay": "月结 工资月结 按月结算 按月发放",
    # schedules (queries: understanding's "schedule"); 不上夜班 and 无夜班 say day_only themselves
    "night": "夜班 上夜班 夜班岗位 晚班 大夜班 通宵班 夜间值班 值夜班",
    "evening": "晚班兼职 晚间兼职 晚上兼职 夜间兼职 下班后 业余时间 晚间班 晚上班次",
    "day_only": "长白班 常白班 纯白班 只上白班 正常白班 不上夜班 不用上夜班 无夜班 没有夜班 不倒班 无需倒班 "
                "不用倒班 不值夜班",
    "day": "白班",  # day_only unless the posting has a night shift too (白班/夜班 轮换)
    "summer": "暑假工 暑期工 暑假 暑期 寒暑假工 暑假兼职",
    "winter": "寒假工 寒假 寒暑假工 寒假兼职",
    "remote": "居家办公 在家办公 远程办公 在家工作 居家工作 线上工作 远程工作 在家就能做 在家即可 在家也能做 "
              "在家可做 居家兼职 线上兼职 线上远程 足不出户",
    "short_term": "短期 短期工 短工",
    "long_term": "长期 长期工 长期稳定",
    "internship": "实习 实习生 见习 顶岗实习",
    "no_education": "不限学历 学历不限 无学历要求 学历无要求 学历不要求 不看学历",
    # what no form field holds (understanding_words.SAID_WANTS): deposits, the metro, rotas, overtime
    "no_deposit": "免押金 零押金 无押金 不收押金 不交押金 无需押金 不需要押金 不用交押金 不收取任何费用 "
                  "不收任何费用 不收取费用 无任何费用 无保证金 不收保证金",
    "deposit": "押金 保证金 服装押金 工装押金",
    "metro": "地铁口 近地铁 地铁旁 地铁站旁 地铁沿线 地铁直达 靠近地铁 地铁站附近 地铁附近 距地铁 离地铁 "
             "临近地铁 地铁站",
    "rota_1_1": "做一休一 上一休一 做1休1 上1休1 上一天休一天 干一天休一天 做一天休一天 24小时一班",
    "no_overtime": "不加班 无加班 不用加班 从不加班 拒绝加班 无需加班",
    "office_hours": "朝九晚五 朝九晚六 早九晚五 早九晚六 早八晚五 早八晚六 朝八晚五 朝八晚六",
    "half_day": "半天班 上午班 下午班 只上半天 上半天班 做半天 工作半天",
    "gender_any": "男女不限 不限男女 男女均可 男女皆可 男女都可 男女都要 性别不限 不限性别",
}
_NOT_NEGATED = {"no_education", "day_only", "no_deposit", "no_overtime", "gender_any"}  # 不/无 inside
# office hours written out: from 8-10 in the morning to 17-18:30 (9:00-18:00, 早8点到晚5点半)
_OFFICE_HOURS = re.compile(r"(?<![0-9])(?:0?[89]|10)\s*(?:[:：]\s*[0-5][0-9]|点半?)\s*[-~〜～至到—–]\s*"
                           r"(?:晚上?|下午)?\s*(?:1[78](?:[:：]\s*[0-5][0-9]|点半?)|[56]\s*点半?)")
# phrases that say none of these although they hold one (白夜班 is shifts, 流水线上 no 线上)
_SAY_NOTHING = ("白夜班 白夜班轮换 两班倒 三班倒 倒班 轮班 白班夜班 居家养老 线上销售 "
                "线上运营")
# 不包住, 无五险一金, 非日结, 不提供住宿, 不缴纳五险一金, 不是双休
_NEGATION = re.compile(r"(?:不|无|非|没有|没|未)"
                       r"(?:提供|缴纳|交纳|缴|交|买|购买|是|包含|含|给|办理|安排|包|能|可|可以|支持|接受|再)?$")
_CLAUSE = re.compile(r"[，,。；;！!？?\s、/|]")
# a clause that may state pay (a bare 5000 elsewhere is an area, a count, a model number)
_PAY_CUE = re.compile(r"薪|工资|收入|月入|待遇|底薪|日结|一天|每天|元|块|[0-9][kKwW千万]")
_RANGE = re.compile(r"[-~〜至到—–]")
_PAY_CLAUSE = re.compile(r"[，,。；;！!？?\n]")
# a wage quoted by the day: 日薪200, 200元/天, 180一天, 一天200, 每天200元 (not 每天8小时); daily_rate, never
# daily_pay: 日薪300 周结 is paid weekly
_DAILY_AMOUNT = re.compile(r"日薪|日工资|[0-9]{2,4}\s*(?:元|块)?\s*(?:/|每|一)\s*(?:天|日)(?!班)"
                           r"|(?:一天|每天|每日)\s*[0-9]{2,4}(?![0-9])\s*(?!小时|个|件|次|单|公里|趟|人|平)")

# a wage quoted by the hour: 时薪25, 25元/小时, 30块一小时, 每小时25元 (not 每天8小时): hourly_rate
_HOURLY_AMOUNT = re.compile(r"时薪|[0-9]{1,3}(?:\.[0-9])?\s*(?:元|块)?\s*(?:/|每|一)\s*个?小时"
                            r"|(?:每|一)个?小时\s*[0-9]{1,3}(?![0-9])\s*(?:元|块)")

# hours in the evening: from 17-20 o'clock to 21-24 the same day (18:00-22:00, 晚上6点到10点, 晚6点-10点),
# never a night shift's 晚上8点到早上6点
_EVENING_HOURS = re.compile(r"(?<![0-9])(?:1[7-9]|20)[:：][0-5][0-9]\s*[-~〜至到—–]\s*2[0-4][:：][0-5][0-9]"
                            r"|晚上?\s*[5-8]\s*点半?\s*[-~〜至到—–]\s*(?:晚上?)?\s*(?:9|10|11|12|九|十|十一|十二)\s*点")


@cache
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One alternation of every phrase, longest first, and phrase -> the codes it says
    (a phrase of the query vocabulary that is really a job, 宿舍管理员, says nothing)."""
    said: dict[str, set[str]] = {}
    for kind in ("benefit", "group"):
        for code, phrases in understanding.phrases(kind).items():
            for p in phrases:
                said.setdefault(p, set()).add(code)
    for code, text in _EXTRA.items():
        for p in text.split():
            said.setdefault(p, set()).add(code)
    for p in (*understanding.phrases("").get("", ()), *_SAY_NOTHING.split()):
        said.setdefault(p, set())
    said.pop("培训", None)  # 培训 alone is mostly the duty (负责员工培训), not a benefit
    said.pop("军人", None)
    ordered = sorted(said, key=lambda p: (-len(p), p))
    pattern = re.compile("|".join(re.escape(p) for p in ordered))
    return pattern, {p: tuple(sorted(codes)) for p, codes in said.items()}


# who a posting asks for when it names one sex and never the other (限男, 男工, 女性优先)
_MEN = re.compile(r"限男|只招男|只要男|仅招男|仅限男|男性|男士|男工|[(（]男[)）]")
_WOMEN = re.compile(r"限女|只招女|只要女|仅招女|仅限女|女性|女士|女工|宝妈|[(（]女[)）]")
# a stated upper age: 18-45岁, 18至45周岁, 45岁以下, 四十五周岁以内; 年龄不限
_AGE_RANGE = re.compile(r"(?<!\d)(\d{2})\s*(?:周?岁)?\s*[-~〜至到—–]\s*(\d{2})\s*周?岁")
_AGE_MAX = re.compile(r"(?<!\d)(\d{2}|[二三四五六]十[一二三四五六七八九]?)\s*周?岁\s*"
                      r"(?:以下|以内|之内|及以下)(?!优先)")
_AGE_ANY = re.compile(r"年龄不限|不限年龄|年龄无要求|年龄无限制|不限年纪")
AGE_THRESHOLDS = (35, 40, 45, 50, 55, 60)


def _cn_age(word: str) -> int:
    if word.isdigit():
        return int(word)
    tens, _, unit = word.partition("十")
    return "一二三四五六七八九".index(tens) * 10 + 10 + ("一二三四五六七八九".index(unit) + 1 if unit else 0)


def _age_tokens(low: str) -> set[str]:
    """age_ok_T (the stated limit admits age T) or age_no_T per threshold, when the text states one."""
    if _AGE_ANY.search(low):
        return {f"age_ok_{t}" for t in AGE_THRESHOLDS}
    tops = [int(m[2]) for m in _AGE_RANGE.finditer(low) if 16 <= int(m[1]) < int(m[2]) <= 70]
    tops += [a for m in _AGE_MAX.finditer(low) if 25 <= (a := _cn_age(m[1])) <= 70]
    if not tops:
        return set()
    top = max(tops)  # 男50岁以下、女45岁以下: the wider
    return {f"age_ok_{t}" if top >= t else f"age_no_{t}" for t in AGE_THRESHOLDS}


def said_conditions(*texts: str | None) -> list[str]:
    """The conditions the texts state, sorted: said_conditions("包吃住，不缴纳五险一金") ->
    ["room_and_board"]."""
    pattern, table = _table()
    out: set[str] = set()
    for text in texts:
        if not text:
            continue
        low = text.lower()
        for m in pattern.finditer(low):
            codes = table[m.group()]
            if not codes:
                continue
            clause = _CLAUSE.split(low[max(0, m.start() - 6): m.start()])[-1]
            negated = bool(_NEGATION.search(clause)) or low.startswith("自理", m.end())
            if negated and not set(codes) <= _NOT_NEGATED:
                continue
            out.update(codes)
        if _DAILY_AMOUNT.search(low):
            out.add("daily_rate")  # 日薪300: what a day pays, not when (日薪300 周结 is paid weekly)
        if _HOURLY_AMOUNT.search(low):
            out.add("hourly_rate")
        if _OFFICE_HOURS.search(low):
            out.add("office_hours")  # 9:00-18:00: an office day
        if _EVENING_HOURS.search(low):
            out.add("evening")  # 18:00-22:00, 晚上6点到10点: hours after a day's work
    joined = " ".join(t.lower() for t in texts if t)
    out |= _age_tokens(joined)
    if "gender_any" not in out:
        men, women = _MEN.search(joined), _WOMEN.search(joined)
        if men and "女" not in joined:
            out.add("men_only")
        elif women and "男" not in joined:
            out.add("women_only")
    if {"housing", "meals"} <= out:
        out.add("room_and_board")
    if "day" in out:
        out.discard("day")
        if "night" not in out:
            out.add("day_only")  # 白班 and no 夜班 anywhere: day work only
    if "night" in out:
        out.discard("day_only")  # 白班 不上夜班 is said of day posts only; both: shifts
    return sorted(out)


def query_tokens(text: str) -> tuple[str, ...]:
    """What an understood employment-type phrase of a query asks postings to say: 日结 ->
    (daily_pay,), 周末兼职 -> (part_time, weekend); () when it says nothing of these."""
    kinds = {"daily_pay", "temporary", "part_time", "weekend", "internship", "remote"}
    return tuple(c for c in said_conditions(text) if c in kinds)


def said_pay(*texts: str | None) -> tuple[int | None, int | None] | None:
    """The first monthly (min, max) the texts state as pay, read by the query's pay rules
    (understanding): said_pay("综合工资8k-10k，包住") -> (8000, 10000); None when none is said."""
    for text in texts:
        for clause in _PAY_CLAUSE.split(text or ""):
            if not _PAY_CUE.search(clause):
                continue
            for i in understanding.understand(clause[:80], posting=True).of_kind("pay"):
                low, high = cast(tuple[int | None, int | None], i.value)
                if low is not None and high is not None and not _RANGE.search(i.text):
                    low = high = round((low + high) / 2)  # 月薪8000: the posting's own figure, not ±20%
                return low, high
    return None


def pay_floor(low: int) -> dict[str, Any]:
    """A posting paying at least low: its form's range reaches it, or (no salary in the form)
    the range its text states does (said_pay)."""
    return {"bool": {"should": [{"range": {"salary_max": {"gte": low}}},
                                {"range": {"said_salary_max": {"gte": low}}}], "minimum_should_match": 1}}
