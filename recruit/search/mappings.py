"""Index definitions from search_mappings/*.json, and the names derived from them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from flask import current_app

MAPPINGS_DIR = Path(__file__).resolve().parents[2] / "search_mappings"
INDICES = ("vacancies", "jobseekers")


@cache
def definition(index: str) -> dict[str, Any]:
    """settings + mappings + mapping_version, as written in the JSON file."""
    raw = json.loads((MAPPINGS_DIR / f"{index}.json").read_text(encoding="utf-8"))
    # the version travels in the index's _meta, so a stale index can be recognised
    mapping = {**raw["mappings"], "_meta": {"mapping_version": raw["mapping_version"]}}
    return {
        "settings": raw["settings"],
        "mappings": mapping,
        "mapping_version": raw["mapping_version"],
    }


def settings(index: str) -> dict[str, Any]:
    """The file's index settings with the deployment shape's shard and replica counts
    (SEARCH_SHARDS / SEARCH_REPLICAS; unset: the file's single-machine values)."""
    out = dict(definition(index)["settings"])
    shards = current_app.config.get("SEARCH_SHARDS", {}).get(index)
    if shards:
        out["number_of_shards"] = shards
    replicas = current_app.config.get("SEARCH_REPLICAS")
    if replicas is not None:
        out["number_of_replicas"] = replicas
    return out


def alias(index: str) -> str:
    """The name the application reads and writes through."""
    return f"{current_app.config['SEARCH_INDEX_PREFIX']}-{index}"


def rebuild_alias(index: str) -> str:
    """Points at an index being rebuilt, so live writes reach it too."""
    return alias(index) + "-rebuild"


def versioned_name(index: str, suffix: str) -> str:
    return f"{alias(index)}-v{definition(index)['mapping_version']}-{suffix}"
