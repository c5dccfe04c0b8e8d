"""Bulk import of vacancies from CSV or XLSX: row-by-row validation, idempotent by external_ref.

New rows are written in chunks with multi-row INSERTs (vacancies, transitions, outbox) and
aggregated counters; rows whose external_ref exists are compared field by field and either
skipped (equal) or updated through the same lifecycle rules as a form edit. Reading and validating
files is import_files.py, writing chunks import_writer.py; this module runs an import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import Any

from sqlalchemy import ColumnElement, func, select

from recruit import gc_tuning
from recruit.accounts.models import Account
from recruit.employers import verification
from recruit.employers.models import Employer
from recruit.employers.service import agency_authorised
from recruit.errors import NotFound
from recruit.extensions import db
from recruit.vacancies import screen
from recruit.vacancies.import_files import COLUMNS as COLUMNS
from recruit.vacancies.import_files import (
    FIELD_TO_HEADER,
    HEADER_TO_FIELD,
    cell,
    read_table,
    records,
    validate_row,
)
from recruit.vacancies.import_files import errors_csv as errors_csv
from recruit.vacancies.import_files import template_csv as template_csv
from recruit.vacancies.import_writer import CHUNK, Chunk, ChunkWriter
from recruit.vacancies.import_writer import insert_published as insert_published
from recruit.vacancies.models import ImportBatch
from recruit.vacancies.service import posting_target
from recruit.vacancies.xlsx_guard import FileError

MAX_ROWS = 10_000


def import_file(*, employer_id: int, account_id: int | None, filename: str, data: bytes, submit: bool,
                max_rows: int = MAX_ROWS, progress: Callable[[int], None] | None = None,
                chunk_size: int = CHUNK, agency_id: int | None = None) -> ImportBatch:
    rows = read_table(filename, data)
    header = next(rows, None)
    if not header:
        raise FileError.field("file", "文件为空", "files")
    names = [cell(h) for h in header]
    fields = [HEADER_TO_FIELD.get(n or "") for n in names]
    missing = [FIELD_TO_HEADER[f] for f, _, req, _ in COLUMNS if req and f not in fields]
    if missing:
        raise FileError.field("file", "缺少必需的列：" + "、".join(missing), "files")
    with gc_tuning.paused():  # the file's rows live until their chunk is written
        # read (and count) the whole file first: a file over the limit writes nothing
        parsed = list(records(rows, fields, max_rows))
        return import_rows(employer_id=employer_id, account_id=account_id, filename=filename,
                           submit=submit, rows=parsed, progress=progress, chunk_size=chunk_size,
                           agency_id=agency_id)


def import_rows(*, employer_id: int, account_id: int | None, filename: str, submit: bool,
                rows: Iterable[tuple[int, dict[str, str | None]]],
                progress: Callable[[int], None] | None = None, chunk_size: int = CHUNK,
                agency_id: int | None = None) -> ImportBatch:
    """Rows into `employer_id`'s vacancies; `agency_id` is the HR agency uploading for it (the
    caller has checked the authorisation: see upload())."""
    with gc_tuning.paused():  # thousands of rows live until their chunk is written
        return _import_rows(employer_id, account_id, filename, submit, rows, progress, chunk_size, agency_id)


def _import_rows(employer_id: int, account_id: int | None, filename: str, submit: bool,
                 rows: Iterable[tuple[int, dict[str, str | None]]], progress: Callable[[int], None] | None,
                 chunk_size: int, agency_id: int | None) -> ImportBatch:
    employer = db.session.get(Employer, employer_id)
    if employer is None:
        raise NotFound("单位不存在")
    batch = ImportBatch(employer_id=employer_id, agency_id=agency_id, account_id=account_id,
                        filename=filename[:200], submit=submit, errors=[], rows=0, created=0, updated=0,
                        unchanged=0, failed=0)
    errors: list[dict[str, Any]] = []
    seen: set[str] = set()
    chunk: Chunk = []
    writer = ChunkWriter(SimpleNamespace(id=employer.id, industry_code=employer.industry_code,
                                          agency_id=agency_id), account_id, submit, batch.filename, progress)
    try:
        for number, raw in rows:
            batch.rows += 1
            data, row_errors = validate_row(raw)
            ref = raw.get("external_ref")
            if data is not None and ref in seen:
                row_errors = {"external_ref": "文件内岗位编号重复"}
            if row_errors or data is None:
                batch.failed += 1
                errors.extend({"row": number, "column": FIELD_TO_HEADER.get(f, f), "reason": r}
                              for f, r in row_errors.items())
                continue
            seen.add(data["external_ref"])
            chunk.append((number, data, screen.scan(data["title"], data["description"]) if submit else []))
            if len(chunk) >= chunk_size:
                writer.submit(chunk)
                chunk = []
        if chunk:
            writer.submit(chunk)
        writer.close()
        for counter in ("created", "updated", "unchanged", "failed"):
            setattr(batch, counter, getattr(batch, counter) + getattr(writer.tally, counter))
        batch.errors = sorted(errors + writer.errors, key=lambda e: e["row"])
        db.session.add(batch)
        db.session.commit()
    except Exception:
        writer.close(raising=False)
        db.session.rollback()
        raise
    return batch


# ---- callers ------------------------------------------------------------------------------

def upload(account: Account, *, filename: str, data: bytes, submit: bool,
           employer_id: int | None = None) -> ImportBatch:
    """An employer's upload (web page or API): into the uploader's own organisation, or, for an HR
    agency, into a client's that authorised it (employer_id), as the vacancy form allows."""
    employer, agency_id = posting_target(account, employer_id, "query")
    if submit:
        verification.require_may_publish(employer.id, agency_id)
    return import_file(employer_id=employer.id, account_id=account.id, filename=filename, data=data,
                       submit=submit, agency_id=agency_id)


def batches(account: Account, *, offset: int, limit: int) -> tuple[list[ImportBatch], int]:
    if account.employer_id is None:
        return [], 0
    where = _visible(account)
    total = db.session.scalar(select(func.count(ImportBatch.id)).where(where))
    items = db.session.scalars(select(ImportBatch).where(where).order_by(ImportBatch.id.desc())
                               .offset(offset).limit(limit)).all()
    return list(items), int(total or 0)


def get_batch(account: Account, batch_id: int) -> ImportBatch:
    batch = None
    if account.employer_id is not None:
        batch = db.session.scalar(select(ImportBatch).where(ImportBatch.id == batch_id, _visible(account)))
    if batch is None:
        raise NotFound("导入记录不存在")
    return batch


def _visible(account: Account) -> ColumnElement[bool]:
    """Batches of the caller's organisation, and those its agency uploaded for clients that
    still authorise it."""
    return (ImportBatch.employer_id == account.employer_id) | (
        (ImportBatch.agency_id == account.employer_id)
        & agency_authorised(ImportBatch.employer_id, ImportBatch.agency_id))
