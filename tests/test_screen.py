"""The ad screen: every rule in the data file catches its examples and spares its near-misses."""

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
