"""Recompute every counter from the source tables and list where the stored ones differ."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select, text

from recruit.extensions import db
from recruit.models_base import insert_arrays
from recruit.reporting import sources
from recruit.reporting.dimensions import CELL_KEY, ROLLUP_KEY
from recruit.reporting.models import METRICS, CounterCell, CounterRollup, EmployerReach, EmployerScopeDay
from recruit.reporting.sources import CellKey

_CELL_KEY = tuple(CELL_KEY)
_ROLLUP_KEY = tuple(ROLLUP_KEY)


def _stored(model: type[CounterCell] | type[CounterRollup],
            keys: Sequence[str]) -> dict[CellKey, list[int]]:
    columns = [getattr(model, k) for k in keys] + [getattr(model, m) for m in METRICS]
    out: dict[CellKey, list[int]] = {}
    for row in db.session.execute(select(*columns)):
        values = [int(v) for v in row[len(keys):]]
        if any(values):
            out[tuple(row[:len(keys)])] = values
    return out


def _diff(table: str, keys: Sequence[str], expected: dict[CellKey, list[int]],
          stored: dict[CellKey, list[int]], metrics: Sequence[str] = METRICS) -> list[dict[str, Any]]:
    differences = []
    for key in sorted(set(expected) | set(stored), key=lambda k: tuple(map(str, k))):
        want = expected.get(key, [0] * len(metrics))
        have = stored.get(key, [0] * len(metrics))
        if list(want) != list(have):
            differences.append({
                "table": table,
                "key": {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                        for k, v in zip(keys, key, strict=True)},
                "expected": dict(zip(metrics, want, strict=True)),
                "stored": dict(zip(metrics, have, strict=True)),
            })
    return differences


def reconcile() -> list[dict[str, Any]]:
    """Every difference between the stored counters and a recomputation; [] when they agree."""
    cells = {k: v for k, v in sources.expected_cells().items() if any(v)}
    rollups = {k: v for k, v in sources.rollups_from_cells(cells).items() if any(v)}
    reach = {k: [n] for k, n in sources.expected_reach().items() if n}
    stored_reach = {(s, d, p): [int(n)] for s, d, p, n in db.session.execute(
        select(EmployerReach.scope, EmployerReach.day, EmployerReach.prev_day,
               EmployerReach.employers)) if n}
    return (_diff("counter_cells", _CELL_KEY, cells, _stored(CounterCell, _CELL_KEY))
            + _diff("counter_rollups", _ROLLUP_KEY, rollups, _stored(CounterRollup, _ROLLUP_KEY))
            + _diff("employer_reach", ("scope", "day", "prev_day"), reach, stored_reach,
                    metrics=("employers",)))


def rebuild() -> dict[str, int]:
    """Replace every counter by its recomputation from the source tables (after an upgrade that
    changed the counters' shape, or to repair drift). One transaction; never run beside writes
    you care about: events committed meanwhile are recounted by the next reconcile."""
    cells = {k: v for k, v in sources.expected_cells().items() if any(v)}
    rollups = {k: v for k, v in sources.rollups_from_cells(cells).items() if any(v)}
    reach = {k: n for k, n in sources.expected_reach().items() if n}
    for model in (CounterCell, CounterRollup, EmployerReach, EmployerScopeDay):
        db.session.execute(delete(model))
    db.session.execute(text(
        "insert into employer_scope_days (employer_id, scope, day, prev_day) "
        f"select employer_id, scope, day, prev from ({sources.scope_days_sql()}) as s"))
    # one statement over arrays per table (counters' bulk path): executemany took seconds
    for model, keys, rows in ((CounterCell, _CELL_KEY, cells), (CounterRollup, _ROLLUP_KEY, rollups)):
        values = [{**dict(zip(keys, k, strict=True)), **dict(zip(METRICS, v, strict=True))}
                  for k, v in rows.items()]
        if values:
            insert_arrays(model.__table__, [*keys, *METRICS], values)
    if reach:
        insert_arrays(EmployerReach.__table__, ["scope", "day", "prev_day", "employers"], [
            {"scope": s, "day": d, "prev_day": p, "employers": n} for (s, d, p), n in reach.items()])
    db.session.commit()
    return {"cells": len(cells), "rollups": len(rollups), "reach": len(reach)}
