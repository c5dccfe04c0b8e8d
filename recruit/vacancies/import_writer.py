"""Writing an import's rows: chunks in a writer thread, each one transaction. New rows by binary
COPY with their lifecycle steps (the lifecycle table's transitions, applied set-wise in SQL),
outbox rows and counters; rows whose external_ref exists go through the form's update rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

import psycopg
from flask import Flask, current_app
from psycopg.types.json import Jsonb
from sqlalchemy import String, any_, bindparam, select, text
from sqlalchemy.dialects.postgresql import ARRAY

from recruit.errors import Conflict, Invalid
from recruit.extensions import db
from recruit.models_base import text_array, utcnow
from recruit.reporting import counters
from recruit.search import outbox
from recruit.vacancies import lifecycle, screen
from recruit.vacancies.import_files import COLUMNS, FIELD_TO_HEADER
from recruit.vacancies.lifecycle import Transition
from recruit.vacancies.models import Vacancy
from recruit.vacancies.service import apply_changes, review_reason

# rows per transaction, so an upload (at most MAX_ROWS) is one: counters merge across a chunk and
# the existing-reference check runs once (5,000 → 10,000 saved PostgreSQL ~1 CPU-second per
# 100,000 rows, docs/performance.md); larger CLI files are written 10,000 rows at a time
CHUNK = 10_000
_LOCK_NAMESPACE = 3  # pg_advisory_xact_lock(namespace, employer id): vacancy imports
_COMPARED = [f for f, _, _, _ in COLUMNS if f != "external_ref"]

Chunk = list[tuple[int, dict[str, Any], list[screen.Hit]]]  # (row number, validated row, screen hits)


class ChunkWriter:
    """Writes chunks in a thread with its own session while the caller reads, validates and
    screens the next one: the caller's Python runs while PostgreSQL works on the last chunk.

    One chunk at most is in flight, and chunks are written in order, each in its own transaction
    as before. A failure surfaces at the next submit() or at close().
    """
    def __init__(self, employer: SimpleNamespace, account_id: int | None, submit: bool, filename: str,
                 progress: Callable[[int], None] | None):
        self.app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
        self.employer, self.account_id, self.submit_review = employer, account_id, submit
        self.progress = progress
        self.tally = SimpleNamespace(filename=filename, created=0, updated=0, unchanged=0, failed=0)
        self.errors: list[dict[str, Any]] = []
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-writer")
        self.pending: Future[int] | None = None

    def submit(self, chunk: Chunk) -> None:
        self._wait()
        self.pending = self.pool.submit(self._write, chunk)

    def close(self, raising: bool = True) -> None:
        try:
            self._wait()
        except Exception:
            if raising:
                raise
        finally:
            self.pool.shutdown(wait=True)

    def _wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            written = pending.result()  # re-raises the writer's error here, in the caller
            if self.progress:
                self.progress(written)

    def _write(self, chunk: Chunk) -> int:
        with self.app.app_context():
            try:
                _write_chunk(self.employer, self.account_id, self.submit_review, chunk, self.tally,
                             self.errors)
            except Exception:
                db.session.rollback()
                raise
        return len(chunk)


def _write_chunk(employer: SimpleNamespace, account_id: int | None, submit: bool, chunk: Chunk,
                 batch: SimpleNamespace, errors: list[dict[str, Any]]) -> None:
    """One transaction: new rows by COPY with their transitions, outbox rows and counters; rows
    whose external_ref exists go through the form's update rules. `batch` takes the counts."""
    # one chunk at a time per employer: a parallel upload of the same file waits, then finds the rows
    db.session.execute(text("select pg_advisory_xact_lock(:ns, :employer)"),
                       {"ns": _LOCK_NAMESPACE, "employer": employer.id})
    refs = [d["external_ref"] for _, d, _ in chunk]
    # one array parameter (not thousands of IN parameters): a constant to the planner, which
    # hashes it, so each of the employer's rows is one probe. (An array cast from a text literal
    # is no constant to the planner; it would be scanned whole for every row.)
    refs_param = bindparam("refs", refs, type_=ARRAY(String))
    existing = {v.external_ref: v for v in db.session.scalars(
        select(Vacancy).where(Vacancy.employer_id == employer.id, Vacancy.external_ref == any_(refs_param))
        .with_for_update(of=Vacancy))}
    now = utcnow()
    new_rows: list[dict[str, Any]] = []
    screened: list[list[screen.Hit]] = []
    paths: list[tuple[Transition, ...]] = []
    for number, data, hits in chunk:
        if data.get("industry_code") is None:
            data["industry_code"] = employer.industry_code
        current = existing.get(data["external_ref"])
        if current is not None and employer.agency_id is not None and current.agency_id != employer.agency_id:
            # an agency changes only what it posted, as in the forms
            batch.failed += 1
            errors.append({"row": number, "column": FIELD_TO_HEADER["external_ref"],
                           "reason": "该岗位编号已被委托单位自己或其他机构使用，本机构不能修改该岗位"})
            continue
        if current is not None:
            _update_existing(current, number, data, account_id, batch, errors)
            continue
        path = lifecycle.creation(submit, bool(hits))  # the steps the form's create takes
        status = path[-1].target
        new_rows.append({**_BLANK_ROW, **data, "employer_id": employer.id, "agency_id": employer.agency_id,
                         "status": status, "hired_count": 0, "version": 1,
                         "screen_hits": [h.as_dict() for h in hits] or None, "created_at": now,
                         "updated_at": now, "published_at": now if status == "published" else None})
        screened.append(hits)
        paths.append(path)
    if new_rows:
        _insert_new(account_id, new_rows, screened, paths, batch, now)
    db.session.commit()


def _insert_new(account_id: int | None, new_rows: list[dict[str, Any]], screened: list[list[screen.Hit]],
                paths: list[tuple[Transition, ...]], batch: SimpleNamespace, now: dt.datetime,
                count: bool = True) -> None:
    ids = db.session.execute(text("select nextval('vacancies_id_seq') from generate_series(1, :n)"),
                             {"n": len(new_rows)}).scalars().all()
    for vid, row in zip(ids, new_rows, strict=True):
        row["id"] = vid
    try:
        _copy("vacancies", _VACANCY_COPY, map(_vacancy_copy_row, new_rows))
    except psycopg.errors.UniqueViolation as exc:  # another upload of the same refs got there first
        db.session.rollback()
        raise Conflict("同一批岗位编号正在被另一次导入处理，请稍后重试", code="import_conflict") from exc
    # each row's lifecycle steps, applied set-wise: one statement per step (and the state it
    # leaves), in step order, so each vacancy's steps are numbered as they happened
    hits = {vid: h for vid, h in zip(ids, screened, strict=True) if h}
    for k in range(max(len(p) for p in paths)):
        moves: dict[tuple[str | None, Transition], list[int]] = {}
        for vid, path in zip(ids, paths, strict=True):
            if len(path) > k:
                moves.setdefault((path[k - 1].target if k else None, path[k]), []).append(vid)
        for (before, step), step_ids in moves.items():
            _apply(step, before, step_ids, account_id, hits, batch.filename, now, count)
    batch.created += len(new_rows)


def insert_published(rows: list[dict[str, Any]], *, at: dt.datetime, label: str,
                     count: bool = True) -> list[dict[str, Any]]:
    """New vacancies of any employers (each row names its employer_id and agency_id), screened
    and written by this set-wise path as if submitted at `at`: the lifecycle's creation steps,
    outbox, campaign attribution and counters as of that moment (count=False: the caller
    attributes and counts, as the demo's replay does once for 100 days). Returns the rows with
    their ids and statuses."""
    screened = [screen.scan(row["title"], row["description"]) for row in rows]
    paths = [lifecycle.creation(True, bool(hits)) for hits in screened]
    new_rows = [{**_BLANK_ROW, **row, "status": path[-1].target, "hired_count": 0, "version": 1,
                 "screen_hits": [h.as_dict() for h in hits] or None, "created_at": at, "updated_at": at,
                 "published_at": at if path[-1].target == "published" else None}
                for row, hits, path in zip(rows, screened, paths, strict=True)]
    if new_rows:
        _insert_new(None, new_rows, screened, paths, SimpleNamespace(filename=label, created=0), at, count)
    return new_rows


def _apply(step: Transition, before: str | None, ids: list[int], account_id: int | None,
           hits: dict[int, list[screen.Hit]], filename: str, now: dt.datetime, count: bool = True) -> None:
    """A lifecycle transition for new rows already in their final status: what _move records
    for one vacancy (transition rows, outbox, counters), for all of `ids` at once."""
    assert step.bulk and step.audit is None and step.close_reason is None, step.action
    reason = f"批量导入（{filename}）" if None in step.sources else step.reason  # the import's own
    flagged = ({vid: review_reason(step.reason, hits[vid]) for vid in ids if vid in hits}
               if step.target == "pending_review" else {})
    _insert_steps({"ids": text_array(ids), "actor": None if step.by_system else account_id, "now": now},
                  before, step.target, reason, flagged)
    change = step.outbox_change(before)
    if change is not None:
        outbox.enqueue("vacancies", ids, at=now, change=change)
    if step.counts and count:  # new rows: this is their first publication
        # attributed to campaigns and counted by PostgreSQL from the rows just copied, set-wise
        counters.record(counters.VacanciesPublished(tuple(ids), at=now))


def _insert_steps(steps: dict[str, Any], before: str | None, after: str, reason: str,
                  reasons: dict[int, str] | None = None) -> None:
    """One transition per id in steps["ids"]; `reasons` overrides the reason for some ids."""
    params = {**steps, "before": before, "after": after, "reason": reason,
              "special": text_array(reasons or {}), "special_reasons": text_array((reasons or {}).values())}
    db.session.execute(text("""
        insert into vacancy_transitions (vacancy_id, actor_id, from_status, to_status, reason, at)
        select t.id, cast(:actor as int), cast(:before as text), :after, coalesce(s.reason, :reason), :now
        from unnest(cast(:ids as int[])) with ordinality as t(id, n)
        left join unnest(cast(:special as int[]), cast(:special_reasons as text[])) as s(id, reason)
          on s.id = t.id
        order by t.n"""), params)


# COPY is the fastest way into PostgreSQL; it runs on the session's connection, in its transaction.
# Binary COPY with the columns' types: PostgreSQL reads the values as they are, no text to escape
# and parse (per 10,000 rows about 25 ms less than text COPY, docs/performance.md)
_VACANCY_COPY = (("id", "int4"), ("employer_id", "int4"), ("agency_id", "int4"), ("title", "varchar"),
                 ("description", "text"), ("region_code", "varchar"), ("address", "varchar"),
                 ("lat", "float8"), ("lon", "float8"), ("occupation_code", "varchar"),
                 ("industry_code", "varchar"), ("education_min", "varchar"), ("experience_min_years", "int2"),
                 ("employment_type", "varchar"), ("benefits", "varchar[]"), ("welcomed_groups", "varchar[]"),
                 ("external_ref", "varchar"), ("expires_at", "timestamptz"), ("headcount", "int4"),
                 ("hired_count", "int4"), ("salary_min", "int4"), ("salary_max", "int4"),
                 ("status", "varchar"), ("published_at", "timestamptz"), ("version", "int4"),
                 ("screen_hits", "jsonb"), ("created_at", "timestamptz"), ("updated_at", "timestamptz"))
_VACANCY_COLUMNS = tuple(c for c, _ in _VACANCY_COPY)
_VACANCY_VALUES = itemgetter(*_VACANCY_COLUMNS)
# a new row's dict starts from this, so every column is there to take (types: a test compares
# them with the table's)
_BLANK_ROW = dict.fromkeys(_VACANCY_COLUMNS)
_SCREEN_HITS = _VACANCY_COLUMNS.index("screen_hits")


def _vacancy_copy_row(row: dict[str, Any]) -> list[Any]:
    """A new vacancy's values in _VACANCY_COLUMNS order (row has every column: see _BLANK_ROW)."""
    values = list(_VACANCY_VALUES(row))  # as validated: lat and lon are floats, as float8 needs
    if values[_SCREEN_HITS] is not None:
        values[_SCREEN_HITS] = Jsonb(values[_SCREEN_HITS])
    return values


def _copy(table: str, columns: tuple[tuple[str, str], ...], rows: Iterable[list[Any]]) -> None:
    raw = db.session.connection().connection.driver_connection
    assert raw is not None  # the session's open connection
    names = ", ".join(c for c, _ in columns)
    with raw.cursor() as cur, cur.copy(f"copy {table} ({names}) from stdin (format binary)") as copy:
        copy.set_types([t for _, t in columns])
        for row in rows:
            copy.write_row(row)


def _update_existing(vacancy: Vacancy, number: int, data: dict[str, Any], account_id: int | None,
                     batch: SimpleNamespace, errors: list[dict[str, Any]]) -> None:
    changes = {f: data[f] for f in _COMPARED if f in data and getattr(vacancy, f) != data[f]}
    if not changes:
        batch.unchanged += 1
        return
    if vacancy.status == "closed":
        batch.failed += 1
        errors.append({"row": number, "column": FIELD_TO_HEADER["external_ref"],
                       "reason": "该岗位已关闭，不能更新"})
        return
    try:
        with db.session.begin_nested():
            apply_changes(vacancy, changes, account_id)
    except Invalid as exc:
        batch.failed += 1
        for field, messages in (exc.errors or {}).get("json", {"external_ref": [exc.message]}).items():
            errors.append({"row": number, "column": FIELD_TO_HEADER.get(field, field), "reason": messages[0]})
        return
    batch.updated += 1
