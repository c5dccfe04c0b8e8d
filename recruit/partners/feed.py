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

The horizon is narrowed to this database: xids are shared by every database of the cluster, and
a transaction left open in another one (a test run, a report) must not stall the feed. So the
reader takes a snapshot (its running xids, `pg_snapshot_xip`), then reads which of those are
transactions of this database still running (`pg_stat_activity.backend_xid`), then the log:
the horizon is the oldest of those, or the snapshot's xmax. A running xid of this database is
seen (same role: every column of pg_stat_activity is visible; a session we may not inspect makes
the reader fall back to the cluster-wide xmin), and one that ended between the two reads is
visible to the log read that comes after both.

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

# below this transaction id every transaction of the cluster has ended (committed or rolled back)
HORIZON = "(pg_snapshot_xmin(pg_current_snapshot())::text)::bigint"
_XID32 = 0xFFFFFFFF  # pg_stat_activity shows 32-bit xids; xid8 adds the epoch above them
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


def horizon() -> int:
    """A transaction id below which every transaction of this database has ended and its rows
    are visible to the statements that follow (see the module's docstring)."""
    snapshot = db.session.scalar(text("select pg_current_snapshot()::text"))
    xmin, xmax, listed = snapshot.split(":")
    running = [int(x) for x in listed.split(",") if x]
    if not running:
        return int(xmax)
    db.session.execute(text("select pg_stat_clear_snapshot()"))  # read the backends afresh
    rows = db.session.execute(text("""
        select backend_xid::text::bigint, state is null and backend_type = 'client backend'
        from pg_stat_activity where datname = current_database()""")).all()
    if any(hidden for _, hidden in rows):
        return int(xmin)  # a session we may not inspect: the cluster-wide horizon
    ours = {xid for xid, _ in rows if xid is not None}
    return min([x for x in running if x & _XID32 in ours] + [int(xmax)])


def page(since: str, limit: int) -> dict[str, Any]:
    """The changes after `since`, at most `limit` log rows, each vacancy once (its last row in
    the page) with its state as of now."""
    xid, row_id = parse_cursor(since)
    below = horizon()
    rows = db.session.execute(text("""
        select c.xid, c.id, c.vacancy_id, c.op from vacancy_changes c
        where (c.xid, c.id) > (:xid, :id) and c.xid < :below
        order by c.xid, c.id limit :limit"""), {"xid": xid, "id": row_id, "below": below,
                                                "limit": limit}).all()
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
        # the first statement fixes the snapshot every later one reads; the file holds every
        # transaction below its cluster-wide xmin (the narrower horizon() needs a later read)
        below = int(conn.scalar(text(f"select {HORIZON}")))
        cursor = f"{below}.0"
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
