"""Compare the database with the index: counts and a sample of versions."""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import func, select

from recruit.extensions import db
from recruit.search import documents, mappings
from recruit.search.client import es


def check(index: str, sample: int = 200, seed: int | None = None) -> dict[str, Any]:
    """Drift report. missing: in the database, not in the index; stale: an older version
    indexed; extra: indexed but no longer searchable in the database."""
    source = documents.SOURCES[index]
    alias = mappings.alias(index)
    db_count = db.session.scalar(select(func.count()).select_from(source.searchable_ids().subquery()))
    es().indices.refresh(index=alias)
    index_count = es().count(index=alias)["count"]
    rng = random.Random(seed)

    ids = db.session.scalars(source.searchable_ids()).all()
    picked = rng.sample(ids, min(sample, len(ids)))
    found = source.load(picked)
    missing, stale = [], []
    if picked:
        docs = es().mget(index=alias, ids=[str(i) for i in picked], source=False)["docs"]
        for doc in docs:
            doc_id = int(doc["_id"])
            if not doc.get("found"):
                missing.append(doc_id)
            elif doc["_version"] < found[doc_id][0]:
                stale.append(doc_id)

    indexed = es().search(index=alias, size=min(sample, 10_000), source=False,
                          query={"function_score": {"random_score": {"seed": rng.randrange(1 << 30),
                                                                     "field": "_seq_no"}}})
    indexed_ids = [int(h["_id"]) for h in indexed["hits"]["hits"]]
    present = source.load(indexed_ids)
    extra = [i for i in indexed_ids
             if i not in present or present[i][1] is documents.NOT_INDEXED]
    return {
        "index": index,
        "database": db_count,
        "indexed": index_count,
        "sampled": len(picked) + len(indexed_ids),
        "missing": sorted(missing),
        "stale": sorted(stale),
        "extra": sorted(extra),
        "ok": db_count == index_count and not (missing or stale or extra),
    }
