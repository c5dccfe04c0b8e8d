"""The automatic ad screen: rules from data/screen_rules.json, matched over title and description."""

from __future__ import annotations

import json
import re
import re._constants as sre  # the stdlib's own regex parser (sre_parse before 3.11); Python is pinned
import re._parser as sre_parse
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

_RULES = Path(__file__).parent / "data" / "screen_rules.json"


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    message: str
    patterns: tuple[re.Pattern, ...]
    examples: tuple[str, ...]
    near_misses: tuple[str, ...]
    # the alternatives every match needs one of: a text with none of them cannot match the rule
    trigger: re.Pattern | None = None


@cache
def rules() -> tuple[Rule, ...]:
    data = json.loads(_RULES.read_text(encoding="utf-8"))
    return tuple(
        Rule(r["id"], r["category"], r["message"], tuple(re.compile(p) for p in r["patterns"]),
             tuple(r["examples"]), tuple(r["near_misses"]), _trigger(r["patterns"]))
        for r in data["rules"]
    )


def _trigger(patterns: list[str]) -> re.Pattern | None:
    strings: set[str] = set()
    for pattern in patterns:
        needed = required_strings(pattern)
        if needed is None:
            return None
        strings |= needed
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=lambda s: (-len(s), s))))


_MAX_STRINGS = 64  # beyond this a set of alternatives filters too little to be worth it


def required_strings(pattern: str) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains at least one, or None when no such
    set is known (the pattern must then always be tried).

    A match of a concatenation contains a match of each of its parts, so any part whose matches
    form a small finite set will do (e.g. the fee words of a fee rule); of those we guess the one
    least likely in ordinary text: longest shortest string, not digits, longest string, fewest
    strings (any choice is correct; this one only decides how often the rule is tried). Conservative:
    anything not understood below counts as requiring nothing.
    """
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    return _best(_factors(parsed))


def _best(factors: list[frozenset[str]]) -> frozenset[str] | None:
    def rarity(f: frozenset[str]) -> tuple[int, bool, int, int]:
        return min(map(len, f)), not all(s.isdigit() for s in f), max(map(len, f)), -len(f)
    return max(factors, key=rarity, default=None)


def _factors(items: Any) -> list[frozenset[str]]:
    """Sets of strings, each of which a match of the sequence must contain one of. Consecutive
    exact parts (a literal, a small class, alternatives of those) join into one run of strings."""
    factors, run = [], frozenset({""})
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the parts around it stay adjacent in the text
        exact = _exact(op, arg)
        if exact is not None:
            joined = frozenset(a + b for a in run for b in exact)
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
        if run != {""}:
            factors.append(run)
        run = exact if exact is not None else frozenset({""})
        if exact is None:
            inner = _inner(op, arg)
            if inner is not None:
                factors.append(inner)
    if run != {""}:
        factors.append(run)
    return factors


def _inner(op: Any, arg: Any) -> frozenset[str] | None:
    """What an inexact part itself requires (a group or a repeat of at least one)."""
    if op is sre.SUBPATTERN and not arg[1] & (re.IGNORECASE | re.LOCALE):
        return _best(_factors(arg[3]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _best(_factors(arg[2]))
    if op is sre.ATOMIC_GROUP:
        return _best(_factors(arg))
    if op is sre.BRANCH:  # one alternative matches: the union of what each requires
        sets = [_best(_factors(alternative)) for alternative in arg[1]]
        if all(s is not None for s in sets):
            return frozenset().union(*sets)
    return None


def _exact(op: Any, arg: Any) -> frozenset[str] | None:
    """Every string the part can match, when that is a small finite set."""
    if op is sre.LITERAL:
        return frozenset(chr(arg))
    if op is sre.IN:
        return _class(arg)
    if op is sre.SUBPATTERN and not arg[1] & (re.IGNORECASE | re.LOCALE):
        return _exact_sequence(arg[3])
    if op is sre.BRANCH:
        sets = [_exact_sequence(alternative) for alternative in arg[1]]
        if all(s is not None for s in sets) and sum(map(len, sets)) <= _MAX_STRINGS:
            return frozenset().union(*sets)
    return None


def _exact_sequence(items: Any) -> frozenset[str] | None:
    out = frozenset({""})
    for op, arg in items:
        exact = _exact(op, arg)
        if exact is None or len(out) * len(exact) > _MAX_STRINGS:
            return None
        out = frozenset(a + b for a in out for b in exact)
    return out


def _class(items: Any) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < _MAX_STRINGS:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:  # NEGATE, CATEGORY (\d, \w ...), a wide RANGE
            return None
    return frozenset(chars)


@dataclass(frozen=True)
class Hit:
    rule: str
    category: str
    message: str
    match: str

    def as_dict(self) -> dict:
        return asdict(self)


def scan(*texts: str) -> list[Hit]:
    """Every rule that matches any of the texts, once per rule, with the first matching words."""
    hits = []
    texts = [t or "" for t in texts]
    for rule in rules():
        if rule.trigger is not None and not _any_search(rule.trigger, texts):
            continue
        found = _first_match(rule.patterns, texts)
        if found:
            hits.append(Hit(rule.id, rule.category, rule.message, found.group(0)))
    return hits


def _any_search(pattern: re.Pattern, texts: list[str]) -> bool:
    for text in texts:  # noqa: SIM110 (a plain loop: this runs for every imported row)
        if pattern.search(text):
            return True
    return False


def _first_match(patterns: tuple[re.Pattern, ...], texts: list[str]) -> re.Match | None:
    """The first text's first matching pattern (plain loops: this runs for every imported row)."""
    for text in texts:
        for pattern in patterns:
            found = pattern.search(text)
            if found:
                return found
    return None
