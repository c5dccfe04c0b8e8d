"""Indices behind aliases; bulk writes with external versions; full rebuilds with alias swap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from elasticsearch import NotFoundError

from recruit.search import mappings
from recruit.search.client import es


def _new_name(index: str) -> str:
    return mappings.versioned_name(index, dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S%f"))


def live_mapping_version(index: str) -> int | None:
    names = indices_behind(mappings.alias(index))
    if not names:
        return None
    meta = es().indices.get_mapping(index=names[0])[names[0]]["mappings"].get("_meta", {})
    version: int | None = meta.get("mapping_version", 0)
    return version


def outdated(index: str) -> bool:
    """The live index was built from an older mapping file."""
    live = live_mapping_version(index)
    return live is not None and live != mappings.definition(index)["mapping_version"]


def ensure_indices() -> list[str]:
    """Create each index behind its alias unless the alias exists. Returns what it created."""
    created = []
    for index in mappings.INDICES:
        alias = mappings.alias(index)
        if es().indices.exists_alias(name=alias):
            continue
        name = _new_name(index)
        d = mappings.definition(index)
        es().indices.create(index=name, settings=mappings.settings(index), mappings=d["mappings"],
                            aliases={alias: {"is_write_index": True}})
        created.append(name)
    return created


def indices_behind(alias: str) -> list[str]:
    try:
        return sorted(es().indices.get_alias(name=alias))
    except NotFoundError:
        return []


def drop_indices() -> None:
    """Delete every index behind the prefix's aliases (tests and demo resets)."""
    for index in mappings.INDICES:
        names = indices_behind(mappings.alias(index)) + indices_behind(mappings.rebuild_alias(index))
        if names:
            es().indices.delete(index=",".join(sorted(set(names))), ignore_unavailable=True)


def refresh(index: str) -> None:
    es().indices.refresh(index=mappings.alias(index))


def write_targets(index: str) -> list[str]:
    """The live alias, plus the index being rebuilt if a rebuild is running."""
    targets = [mappings.alias(index)]
    targets += indices_behind(mappings.rebuild_alias(index))
    return targets


def bulk_write(index: str, upserts: list[tuple[int, int, dict[str, Any]]],
               deletes: list[tuple[int, int]], targets: list[str] | None = None) -> dict[str, Any]:
    """Index (id, version, doc) and delete (id, version) with version_type=external.

    A version conflict means the index already holds a newer state: that is success.
    Returns counts (for the live alias); raises on any other per-item failure.
    """
    counts = {"indexed": 0, "deleted": 0, "stale": 0}
    if not upserts and not deletes:
        return counts
    targets = targets or write_targets(index)
    ops: list[dict[str, Any]] = []
    for target in targets:
        for doc_id, version, doc in upserts:
            ops.append({"index": {"_index": target, "_id": str(doc_id), "version": version,
                                  "version_type": "external"}})
            ops.append(doc)
        for doc_id, version in deletes:
            ops.append({"delete": {"_index": target, "_id": str(doc_id), "version": version,
                                   "version_type": "external"}})
    # only what we read back: a full bulk answer is several times the request, all parsed in Python
    resp = es().bulk(operations=ops, filter_path="items.*.status,items.*.error")
    failures = []
    live = len(upserts) + len(deletes)
    for n, item in enumerate(resp["items"]):
        op, result = next(iter(item.items()))
        status = result.get("status", 500)
        ok = status < 300 or status == 409 or (op == "delete" and status == 404)
        if not ok:
            failures.append(result.get("error"))
        elif n < live:  # count the live alias's items only
            if status == 409:
                counts["stale"] += 1
            else:
                counts["indexed" if op == "index" else "deleted"] += 1
    if failures:
        raise RuntimeError(f"bulk indexing failed for {len(failures)} items: {failures[:3]}")
    return counts


def rebuild(index: str, load_batches: Callable[[], Iterable[list[tuple[int, int, dict[str, Any]]]]], *,
            on_batch: Callable[[int], object] | None = None,
            progress: Callable[[int], object] | None = None) -> dict[str, Any]:
    """Load a new versioned index from the database, then swap the alias atomically.

    load_batches() yields lists of (id, version, doc). While it runs, a second alias points at
    the new index so the outbox worker writes to both: external versions keep the newest.
    Searches use the old index until the swap.
    """
    alias, rebuild_alias = mappings.alias(index), mappings.rebuild_alias(index)
    if indices_behind(rebuild_alias):
        raise RuntimeError(f"a rebuild of {index} is already running")
    d = mappings.definition(index)
    final = mappings.settings(index)
    name = _new_name(index)
    # bulk-load settings: no replicas, no refresh; restored before the swap
    loading = {**final, "number_of_replicas": 0, "refresh_interval": "-1"}
    es().indices.create(index=name, settings=loading, mappings=d["mappings"],
                        aliases={rebuild_alias: {}})
    total = 0
    try:
        for batch in load_batches():
            bulk_write(index, batch, [], targets=[name])
            total += len(batch)
            if progress:
                progress(len(batch))
            if on_batch:
                on_batch(total)
        es().indices.put_settings(index=name, settings={
            "number_of_replicas": final.get("number_of_replicas", 0),
            "refresh_interval": final.get("refresh_interval", "1s")})
        es().indices.refresh(index=name)
        old = indices_behind(alias)
        actions: list[dict[str, Any]] = [{"remove": {"index": o, "alias": alias}} for o in old]
        actions += [{"add": {"index": name, "alias": alias, "is_write_index": True}},
                    {"remove": {"index": name, "alias": rebuild_alias}}]
        es().indices.update_aliases(actions=actions)
    except Exception:
        es().indices.delete(index=name, ignore_unavailable=True)
        raise
    if old:
        es().indices.delete(index=",".join(old), ignore_unavailable=True)
    return {"index": name, "documents": total, "replaced": old}
