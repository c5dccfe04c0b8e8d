"""Creating indices behind aliases, and bulk writes with external versions."""

from __future__ import annotations

import datetime as dt

from elasticsearch import NotFoundError

from recruit.search import mappings
from recruit.search.client import es


def ensure_indices() -> list[str]:
    """Create each index behind its alias unless the alias exists. Returns what it created."""
    created = []
    for index in mappings.INDICES:
        alias = mappings.alias(index)
        if es().indices.exists_alias(name=alias):
            continue
        name = mappings.versioned_name(index, dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S%f"))
        d = mappings.definition(index)
        es().indices.create(index=name, settings=d["settings"], mappings=d["mappings"],
                            aliases={alias: {"is_write_index": True}})
        created.append(name)
    return created


def drop_indices() -> None:
    """Delete every index behind the prefix's aliases (tests and demo resets)."""
    for index in mappings.INDICES:
        try:
            names = list(es().indices.get_alias(name=mappings.alias(index)))
        except NotFoundError:
            continue
        es().indices.delete(index=",".join(names), ignore_unavailable=True)


def refresh(index: str) -> None:
    es().indices.refresh(index=mappings.alias(index))


def bulk_write(index: str, upserts: list[tuple[int, int, dict]],
               deletes: list[tuple[int, int]]) -> dict:
    """Index (id, version, doc) and delete (id, version) with version_type=external.

    A version conflict means the index already holds a newer state: that is success.
    Returns counts; raises on any other per-item failure.
    """
    if not upserts and not deletes:
        return {"indexed": 0, "deleted": 0, "stale": 0}
    alias = mappings.alias(index)
    ops: list[dict] = []
    for doc_id, version, doc in upserts:
        ops.append({"index": {"_index": alias, "_id": str(doc_id), "version": version,
                              "version_type": "external"}})
        ops.append(doc)
    for doc_id, version in deletes:
        ops.append({"delete": {"_index": alias, "_id": str(doc_id), "version": version,
                               "version_type": "external"}})
    resp = es().bulk(operations=ops)
    counts = {"indexed": 0, "deleted": 0, "stale": 0}
    failures = []
    for item in resp["items"]:
        op, result = next(iter(item.items()))
        status = result.get("status", 500)
        if status == 409:
            counts["stale"] += 1
        elif op == "delete" and status == 404:
            counts["deleted"] += 1  # never indexed, or already gone
        elif status < 300:
            counts["indexed" if op == "index" else "deleted"] += 1
        else:
            failures.append(result.get("error"))
    if failures:
        raise RuntimeError(f"bulk indexing failed for {len(failures)} items: {failures[:3]}")
    return counts
