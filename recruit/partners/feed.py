"""The partner change feed: published, changed and removed vacancies in a resumable order with
no gaps, and the daily snapshot a partner starts from (docs/architecture.md, "Partner change
feed").

The log (partners.models.VacancyChange) is written by the search outbox in the transaction that
changes a vacancy, with that transaction's id (xid8). Ids from a sequence are handed out in
INSERT order, not COMMIT order: a reader that went past id 11 while the transaction holding id
10 was still open would never see 10. So the feed reads in (xid, id) order and only rows whose
xid is below the oldest transaction still running (`pg_snapshot_xmin(pg_current_snapshot())`):
every transaction below that horizon has ended, so no row can appear later below a cursor
already handed out, and every row that appears later has an xid at or above the horizon the
reader saw, hence above every cursor it returned.

(xid, id) order is not commit order: two transactions changing one vacancy can commit in the
other order than their ids. So an item carries the vacancy as it is when the page is read, not
as the logged change left it: the later of two changes of a vacancy is read no earlier than the
later commit, and a partner applying the items in order ends with every vacancy as it is now.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, joinedload

from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.partners.schemas import CURSOR, PartnerVacancySchema
from recruit.vacancies.models import Vacancy

# below this transaction id every transaction has ended (committed or rolled back)
HORIZON = "(pg_snapshot_xmin(pg_current_snapshot())::text)::bigint"
SNAPSHOT_PREFIX = "vacancies-"
_vacancy = PartnerVacancySchema()


def parse_cursor(cursor: str) -> tuple[int, int]:
    match = CURSOR.match(cursor or "0.0")
    if match is None:
        raise ValueError(f"bad cursor {cursor!r}")
    return int(match.group(1)), int(match.group(2))


def _live(vacancy: Vacancy | None) -> bool:
    # the same test as the search index's (search/documents.vacancy_is_searchable)
    return vacancy is not None and vacancy.status == "published"


def page(since: str, limit: int) -> dict[str, Any]:
    """The changes after `since`, at most `limit` log rows, each vacancy once (its last row in
    the page) with its state as of now."""
    xid, row_id = parse_cursor(since)
    rows = db.session.execute(text(f"""
        select c.xid, c.id, c.vacancy_id, c.op from vacancy_changes c
        where (c.xid, c.id) > (:xid, :id) and c.xid < {HORIZON}
        order by c.xid, c.id limit :limit"""), {"xid": xid, "id": row_id, "limit": limit}).all()
    if not rows:
        return {"items": [], "next_cursor": f"{xid}.{row_id}", "has_more": False}
    last = {r.vacancy_id: r for r in rows}  # a later row of the same vacancy replaces an earlier
    vacancies = {v.id: v for v in db.session.scalars(
        select(Vacancy).options(joinedload(Vacancy.employer)).where(Vacancy.id.in_(list(last))))}
    items = []
    for r in sorted(last.values(), key=lambda r: (r.xid, r.id)):
        vacancy = vacancies.get(r.vacancy_id)
        live = _live(vacancy)
        op = "removed" if not live else ("published" if r.op == "removed" else r.op)
        items.append({"cursor": f"{r.xid}.{r.id}", "op": op, "vacancy_id": r.vacancy_id,
                      "vacancy": vacancy if live else None})
    return {"items": items, "next_cursor": f"{rows[-1].xid}.{rows[-1].id}", "has_more": len(rows) == limit}


def dump(vacancy: Vacancy) -> dict[str, Any]:
    return _vacancy.dump(vacancy)


def _published(session: Session, batch: int) -> Iterator[Vacancy]:
    after = 0
    while True:
        chunk = session.scalars(select(Vacancy).options(joinedload(Vacancy.employer))
                                .where(Vacancy.status == "published", Vacancy.id > after)
                                .order_by(Vacancy.id).limit(batch)).all()
        yield from chunk
        if len(chunk) < batch:
            return
        after = chunk[-1].id
        session.expunge_all()


def write_snapshot(directory: str | Path, *, keep: int = 7, batch: int = 2000) -> dict[str, Any]:
    """Every live vacancy as JSON lines, read in one REPEATABLE READ snapshot, with the cursor
    it is consistent with: a partner loads the file, then reads /stream?since=<cursor>. Every
    change committed before the snapshot is in the file; a change whose log row comes after the
    cursor is replayed (setting what the file already holds, or what changed since).

    Lines: {"snapshot": {"cursor", "generated_at", "format"}}, then one vacancy per line, then
    {"end": {"vacancies": n}} (a file without it is incomplete). Written to a temporary name and
    renamed; the newest `keep` files stay."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    generated = utcnow()
    name = f"{SNAPSHOT_PREFIX}{generated.strftime('%Y%m%dT%H%M%SZ')}.jsonl"
    target, partial = directory / name, directory / f".{name}.part"
    count = 0
    with db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, \
            conn.begin(), Session(bind=conn) as session:
        # the first statement fixes the snapshot every later one reads
        horizon = int(conn.scalar(text(f"select {HORIZON}")))
        cursor = f"{horizon}.0"
        with partial.open("w", encoding="utf-8") as out:
            head = {"cursor": cursor, "generated_at": generated.isoformat(), "format": 1}
            out.write(json.dumps({"snapshot": head}, ensure_ascii=False) + "\n")
            for vacancy in _published(session, batch):
                out.write(json.dumps(dump(vacancy), ensure_ascii=False) + "\n")
                count += 1
            out.write(json.dumps({"end": {"vacancies": count}}) + "\n")
    os.replace(partial, target)
    for old in sorted(directory.glob(f"{SNAPSHOT_PREFIX}*.jsonl"))[:-keep]:
        old.unlink(missing_ok=True)
    return {"path": str(target), "cursor": cursor, "vacancies": count}


def latest_snapshot(directory: str | Path) -> Path | None:
    files = sorted(Path(directory).glob(f"{SNAPSHOT_PREFIX}*.jsonl"))
    return files[-1] if files else None


def snapshot_cursor(path: Path) -> str:
    with path.open(encoding="utf-8") as f:
        head: dict[str, Any] = json.loads(f.readline())
    return str(head["snapshot"]["cursor"])
