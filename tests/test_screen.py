"""The ad screen: every rule in the data file catches its examples and spares its near-misses."""

import re
import re._constants as sre  # the stdlib's regex parser, as recruit/vacancies/screen.py uses it
import re._parser as sre_parse

import pytest

from recruit.vacancies import screen

RULES = screen.rules()
EXAMPLES = [(r.id, text) for r in RULES for text in r.examples]
NEAR_MISSES = [(r.id, text) for r in RULES for text in r.near_misses]


def test_every_rule_has_examples_and_near_misses():
    assert {r.category for r in RULES} >= {"gender", "origin", "health", "marriage", "fees", "contact"}
    for rule in RULES:
        assert rule.examples and rule.near_misses, rule.id


@pytest.mark.parametrize("rule_id,text", EXAMPLES)
def test_rule_catches_its_examples(rule_id, text):
    assert rule_id in [h.rule for h in screen.scan(text)]


@pytest.mark.parametrize("rule_id,text", NEAR_MISSES)
def test_near_misses_are_not_flagged_by_any_rule(rule_id, text):
    assert screen.scan(text) == []


def test_hits_name_the_words_and_rules_fire_once():
    hits = screen.scan("诚聘普工", "限男性，男性优先，联系13912345678")
    assert [(h.rule, h.match) for h in hits] == [
        ("gender_limit", "限男性"),
        ("contact_details", "13912345678"),
    ]
    assert hits[0].message == "含性别限制或性别偏好"


def test_an_ordinary_ad_is_clean():
    assert (
        screen.scan(
            "维修电工",
            "负责厂区高低压配电设备的日常巡检与维修，持电工证上岗，缴纳五险一金，包吃住。"
            "月薪6000-9000元，欢迎高校毕业生、退役军人报名。",
        )
        == []
    )


# ---- the prefilter: a rule is tried only on texts with one of the strings every match needs ----

def test_required_strings_of_a_pattern():
    assert screen.required_strings("(?<![不无])(限|只招)(男|女)(性|生)?") == {"限男", "限女", "只招男",
                                                                               "只招女"}
    # of several required parts, the least ordinary: fee words rather than 缴纳 (五险一金)
    assert screen.required_strings("(缴纳|收取)[^，]{0,6}(押金|保证金)") == {"押金", "保证金"}
    assert screen.required_strings(r"(?<!\d)1[3-9]\d{9}") == {f"1{d}" for d in range(3, 10)}
    assert screen.required_strings("(男|女)(性|士)?优先") == {"优先"}
    assert screen.required_strings(r"\d+元") == {"元"} and screen.required_strings("(男|.)工") == {"工"}


@pytest.mark.parametrize("pattern",
                         [r"\d+", "(?i)qq", "(?i:qq)", "[^男]", ".{2}", "(男|.)", "a?b*", r"\w{2,}"])
def test_required_strings_are_none_when_not_known(pattern):
    assert screen.required_strings(pattern) is None


def _corpus() -> list[str]:
    """Ordinary ads (demo vocabulary, Faker) with every example and near-miss spliced in."""
    import random

    from faker import Faker

    from recruit.demo import DUTIES, PERKS, TITLES, VIOLATIONS

    rng, fake = random.Random(7), Faker("zh_CN")
    fake.seed_instance(7)
    pieces = [t for r in RULES for t in (*r.examples, *r.near_misses)] + list(VIOLATIONS)
    texts = []
    for _ in range(1500):
        parts = [rng.choice(TITLES)[0], *rng.sample(DUTIES, 2), *rng.sample(PERKS, 2), fake.sentence(),
                 fake.phone_number() if rng.random() < 0.1 else str(rng.randrange(100000))]
        parts += rng.sample(pieces, rng.randrange(0, 3))
        rng.shuffle(parts)
        texts.append(rng.choice(["，", "。", "；", ""]).join(parts))
    return texts + pieces


def test_every_match_contains_one_of_its_patterns_required_strings():
    for rule in RULES:
        for pattern in rule.patterns:
            needed = screen.required_strings(pattern.pattern)
            assert needed is not None, pattern.pattern  # every shipped pattern has a filter
            for text in _corpus():
                for found in pattern.finditer(text):
                    assert any(s in found.group(0) for s in needed), (pattern.pattern, found.group(0))


def test_scan_with_the_prefilter_equals_trying_every_pattern():
    corpus = _corpus()
    flagged = 0
    for title, description in zip(corpus, reversed(corpus), strict=True):
        plain = [(r.id, m.group(0)) for r in RULES
                 if (m := screen._first_match(r.patterns, [title, description]))]
        assert [(h.rule, h.match) for h in screen.scan(title, description)] == plain
        flagged += bool(plain)
    assert flagged > 300  # the corpus exercises the rules, not only clean text


def _leading_repeat_is_unanchored(pattern: str) -> bool:
    """A pattern that begins with an unbounded repeat is tried at every position of the text and
    runs to the end of the repeat each time: quadratic on a long run. It is linear only when a
    negative lookbehind of the repeat's own class lets a try start at a run's first character."""
    items = list(sre_parse.parse(pattern))
    for n, (op, arg) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[1] is sre.MAXREPEAT:
            before = items[n - 1] if n else None
            return not (before is not None and before[0] is sre.ASSERT_NOT and before[1][0] == -1
                        and list(before[1][1]) == list(arg[2]))
        return False
    return False


def test_no_pattern_scans_quadratically():
    assert _leading_repeat_is_unanchored(r"[a-z]+@x")  # the check sees the quadratic shape
    assert not _leading_repeat_is_unanchored(r"(?<![a-z])[a-z]+@x")
    assert not _leading_repeat_is_unanchored(r"微信[a-z]+")
    for rule in RULES:
        for pattern in rule.patterns:
            assert not _leading_repeat_is_unanchored(pattern.pattern), (rule.id, pattern.pattern)


def test_every_screen_pattern_is_bounded():
    """No unbounded repetition (`+`, `*`, `{n,}`) in a screen pattern: a long description can
    never make a pattern backtrack over the whole text (the screen runs on every save). The one
    exception is a leading run guarded by a lookbehind of its own class, which starts only at a
    run's first character (linear; test_no_pattern_scans_quadratically): a pasted address of any
    length must still be caught whole."""
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).resolve().parent.parent / "recruit/vacancies/data/screen_rules.json")
                      .read_text(encoding="utf-8"))
    rules = data["rules"] if isinstance(data, dict) else data
    unbounded = re.compile(r"(?<!\\)[+*]|\{\d+,\}")
    guarded = re.compile(r"^\(\?<!(\[[^\]]*\])\)\1\+")
    offenders = [(r["id"], p) for r in rules for p in r["patterns"]
                 if unbounded.search(re.sub(r"\[[^\]]*\]", "[]", guarded.sub("", p)))]
    assert offenders == []
