"""The automatic ad screen: rules from data/screen_rules.json, matched over title and description."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

_RULES = Path(__file__).parent / "data" / "screen_rules.json"


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    message: str
    patterns: tuple[re.Pattern, ...]
    examples: tuple[str, ...]
    near_misses: tuple[str, ...]


@cache
def rules() -> tuple[Rule, ...]:
    data = json.loads(_RULES.read_text(encoding="utf-8"))
    return tuple(
        Rule(r["id"], r["category"], r["message"], tuple(re.compile(p) for p in r["patterns"]),
             tuple(r["examples"]), tuple(r["near_misses"]))
        for r in data["rules"]
    )


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
        found = _first_match(rule.patterns, texts)
        if found:
            hits.append(Hit(rule.id, rule.category, rule.message, found.group(0)))
    return hits


def _first_match(patterns: tuple[re.Pattern, ...], texts: list[str]) -> re.Match | None:
    """The first text's first matching pattern (plain loops: this runs for every imported row)."""
    for text in texts:
        for pattern in patterns:
            found = pattern.search(text)
            if found:
                return found
    return None
