"""Ranking weights, read from weights.toml (documented there)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

_FILE = Path(__file__).parent / "weights.toml"


@cache
def load() -> dict[str, Any]:
    with _FILE.open("rb") as f:
        return tomllib.load(f)
