"""Bulk import of vacancies from CSV or XLSX: row-by-row validation, idempotent by external_ref.

New rows are written in chunks with multi-row INSERTs (vacancies, transitions, outbox) and
aggregated counters; rows whose external_ref exists are compared field by field and either
skipped (equal) or updated through the same lifecycle rules as a form edit.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from operator import itemgetter
from types import SimpleNamespace

import marshmallow as ma
import psycopg
from flask import current_app
from openpyxl import load_workbook
from psycopg.types.json import Jsonb
from sqlalchemy import String, any_, bindparam, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY

from recruit import clock, gc_tuning
from recruit.codes import enums
from recruit.employers import verification
from recruit.employers.models import Employer
from recruit.employers.service import agency_authorised
from recruit.errors import Conflict, Invalid, NotFound
from recruit.extensions import db
from recruit.models_base import text_array, utcnow
from recruit.reporting import counters
from recruit.search import outbox
from recruit.vacancies import screen, xlsx_guard
from recruit.vacancies.models import ImportBatch, Vacancy
from recruit.vacancies.schemas import INT_FIELDS, CachedFieldsLoader
from recruit.vacancies.service import apply_changes, posting_target, review_reason
from recruit.vacancies.xlsx_guard import FileError

MAX_ROWS = 10_000
# rows per transaction, so an upload (at most MAX_ROWS) is one: counters merge across a chunk and
# the existing-reference check runs once (5,000 → 10,000 saved PostgreSQL ~1 CPU-second per
# 100,000 rows, docs/performance.md); larger CLI files are written 10,000 rows at a time
CHUNK = 10_000
_LOCK_NAMESPACE = 3  # pg_advisory_xact_lock(namespace, employer id): vacancy imports

# (field, Chinese header, required, help) — the documented column set, in template order
COLUMNS: list[tuple[str, str, bool, str]] = [
    ("external_ref", "岗位编号", True, "本单位自己的岗位编号，重复上传据此更新或跳过"),
    ("title", "岗位名称", True, "2-60字"),
    ("description", "岗位描述", True, "10-5000字"),
    ("occupation_code", "职业代码", True, "职业分类大典中类或更细代码，如 6-31"),
    ("industry_code", "行业代码", False, "GB/T 4754-2017，如 C38；空则取单位行业"),
    ("region_code", "工作地点区划代码", True,
     "县级 GB/T 2260 六位代码；东莞、中山、儋州、嘉峪关填地级市代码"),
    ("address", "工作地址", False, ""),
    ("lat", "纬度", False, "与经度同时填写"),
    ("lon", "经度", False, ""),
    ("headcount", "招聘人数", True, "1-10000"),
    ("salary_min", "月薪下限", True, "元"),
    ("salary_max", "月薪上限", True, "元"),
    ("education_min", "最低学历", False, "不限/初中/高中/中专/大专/本科/硕士/博士"),
    ("experience_min_years", "最低工作年限", False, "整数，年"),
    ("employment_type", "用工形式", False, "全职/兼职/临时工/实习/灵活就业"),
    ("benefits", "福利", False, "用 | 分隔，如 五险一金|包吃住"),
    ("welcomed_groups", "欢迎群体", False, "用 | 分隔，如 高校毕业生|农民工"),
    ("expires_at", "截止日期", False, "YYYY-MM-DD（当日24时截止，北京时间）"),
]
HEADER_TO_FIELD = {h: f for f, h, _, _ in COLUMNS} | {f: f for f, _, _, _ in COLUMNS}
FIELD_TO_HEADER = {f: h for f, h, _, _ in COLUMNS}
_LABELS = {
    "education_min": {v: k for k, v in enums.EDUCATION_LEVELS.items()} | {"高中": "senior_high",
                                                                        "中专": "senior_high",
                                                                        "技校": "senior_high"},
    "employment_type": {v: k for k, v in enums.EMPLOYMENT_TYPES.items()},
    "benefits": {v: k for k, v in enums.BENEFITS.items()} | {"包住": "housing", "员工宿舍": "housing"},
    "welcomed_groups": {v: k for k, v in enums.PRIORITY_GROUPS.items()},
}
_FLOATS = ("lat", "lon")
_COMPARED = [f for f, _, _, _ in COLUMNS if f != "external_ref"]


# ---- reading ------------------------------------------------------------------------------

def read_table(filename: str, data: bytes) -> Iterator[list]:
    """Rows (header first) of a .csv (UTF-8 or GB18030) or .xlsx file."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        xlsx_guard.check(data)  # before anything inflates it: a zip bomb is refused here
        try:
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise FileError.field("file", "无法读取该 XLSX 文件", "files") from exc
        yield from (list(r) for r in wb.worksheets[0].iter_rows(values_only=True))
        wb.close()
    elif name.endswith(".csv"):
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                decoded = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise FileError.field("file", "CSV 文件编码应为 UTF-8 或 GB18030", "files")
        try:
            yield from csv.reader(io.StringIO(decoded.replace("\x00", "")))
        except csv.Error as exc:  # e.g. a field beyond the csv module's size limit
            raise FileError.field("file", f"CSV 格式有误：{exc}", "files") from exc
    else:
        raise FileError.field("file", "仅支持 .csv 或 .xlsx 文件", "files")


def _cell(value) -> str | None:
    if type(value) is str and "\x00" not in value:  # every CSV cell: the common case, first
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    cleaned = str(value).replace("\x00", "").strip()
    return cleaned or None


def _typed(raw: dict[str, str | None]) -> tuple[dict, dict[str, str]]:
    """Strings from the file → the API's types; errors for what cannot even be converted."""
    data, errors = {}, {}
    for field, value in raw.items():
        if value is None:
            continue
        try:
            if field in INT_FIELDS:
                data[field] = int(value)
            elif field in _FLOATS:
                data[field] = float(value)
            elif field in ("benefits", "welcomed_groups"):
                labels = _LABELS[field]
                data[field] = [labels.get(p.strip(), p.strip())
                               for p in value.replace("、", "|").split("|") if p.strip()]
            elif field in ("education_min", "employment_type"):
                data[field] = _LABELS[field].get(value, value)
            elif field == "expires_at":
                data[field] = clock.end_of_day(value[:10])
            else:
                data[field] = value
        except ValueError:
            errors[field] = "数字格式不正确" if field in INT_FIELDS + _FLOATS else "日期格式应为 YYYY-MM-DD"
    return data, errors


_loader = CachedFieldsLoader()


def validate_row(raw: dict[str, str | None]) -> tuple[dict | None, dict[str, str]]:
    data, errors = _typed(raw)
    for field, _, required, _ in COLUMNS:
        if required and raw.get(field) is None and field not in errors:
            errors[field] = "必填"
    if not raw.get("external_ref"):
        errors.setdefault("external_ref", "必填")
    try:
        loaded = _loader.load({k: v for k, v in data.items() if k not in errors and k != "external_ref"})
    except ma.ValidationError as exc:
        for field, messages in exc.normalized_messages().items():
            msg = messages if isinstance(messages, str) else _first(messages)
            errors.setdefault(field, msg)
        loaded = None
    ref = raw.get("external_ref")
    if ref is not None and len(ref) > 64:
        errors["external_ref"] = "岗位编号最长64个字符"
    if errors:
        return None, errors
    if loaded.get("expires_at") is not None and loaded["expires_at"] <= utcnow():
        return None, {"expires_at": "截止日期已过"}
    loaded["external_ref"] = ref
    return loaded, {}


def _first(messages) -> str:
    if isinstance(messages, dict):  # list fields report {index: [msg]}
        return "；".join(f"第{int(i) + 1}项：{_first(m)}" for i, m in messages.items())
    if isinstance(messages, list):
        return str(messages[0]) if messages else "无效"
    return str(messages)


# ---- writing ------------------------------------------------------------------------------

def import_file(*, employer_id: int, account_id: int | None, filename: str, data: bytes, submit: bool,
                max_rows: int = MAX_ROWS, progress: Callable[[int], None] | None = None,
                chunk_size: int = CHUNK, agency_id: int | None = None) -> ImportBatch:
    rows = read_table(filename, data)
    header = next(rows, None)
    if not header:
        raise FileError.field("file", "文件为空", "files")
    names = [_cell(h) for h in header]
    fields = [HEADER_TO_FIELD.get(n or "") for n in names]
    missing = [FIELD_TO_HEADER[f] for f, _, req, _ in COLUMNS if req and f not in fields]
    if missing:
        raise FileError.field("file", "缺少必需的列：" + "、".join(missing), "files")
    with gc_tuning.paused():  # the file's rows live until their chunk is written
        # read (and count) the whole file first: a file over the limit writes nothing
        records = list(_records(rows, fields, max_rows))
        return import_rows(employer_id=employer_id, account_id=account_id, filename=filename,
                           submit=submit, rows=records, progress=progress, chunk_size=chunk_size,
                           agency_id=agency_id)


def _records(rows: Iterable[list], fields: list[str | None], max_rows: int) -> Iterator[tuple[int, dict]]:
    n = 0
    columns = [(i, f) for i, f in enumerate(fields) if f]
    for number, row in enumerate(rows, start=2):  # row 1 is the header, as a spreadsheet counts
        width = len(row)
        raw = {f: _cell(row[i]) if i < width else None for i, f in columns}
        if not any(raw.values()):
            continue
        n += 1
        if n > max_rows:
            raise FileError.field("file", f"每个文件最多 {max_rows} 行岗位", "files")
        yield number, raw


def import_rows(*, employer_id: int, account_id: int | None, filename: str, submit: bool,
                rows: Iterable[tuple[int, dict]], progress: Callable[[int], None] | None = None,
                chunk_size: int = CHUNK, agency_id: int | None = None) -> ImportBatch:
    """Rows into `employer_id`'s vacancies; `agency_id` is the HR agency uploading for it (the
    caller has checked the authorisation: see upload())."""
    with gc_tuning.paused():  # thousands of rows live until their chunk is written
        return _import_rows(employer_id, account_id, filename, submit, rows, progress, chunk_size, agency_id)


def _import_rows(employer_id: int, account_id: int | None, filename: str, submit: bool,
                 rows: Iterable[tuple[int, dict]], progress: Callable[[int], None] | None,
                 chunk_size: int, agency_id: int | None) -> ImportBatch:
    employer = db.session.get(Employer, employer_id)
    batch = ImportBatch(employer_id=employer_id, agency_id=agency_id, account_id=account_id,
                        filename=filename[:200], submit=submit, errors=[], rows=0, created=0, updated=0,
                        unchanged=0, failed=0)
    errors: list[dict] = []
    seen: set[str] = set()
    chunk: list[tuple[int, dict, list]] = []
    writer = _ChunkWriter(SimpleNamespace(id=employer.id, industry_code=employer.industry_code,
                                          agency_id=agency_id), account_id, submit, batch.filename, progress)
    try:
        for number, raw in rows:
            batch.rows += 1
            data, row_errors = validate_row(raw)
            ref = raw.get("external_ref")
            if data is not None and ref in seen:
                row_errors = {"external_ref": "文件内岗位编号重复"}
            if row_errors:
                batch.failed += 1
                errors.extend({"row": number, "column": FIELD_TO_HEADER.get(f, f), "reason": r}
                              for f, r in row_errors.items())
                continue
            seen.add(ref)
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


class _ChunkWriter:
    """Writes chunks in a thread with its own session while the caller reads, validates and
    screens the next one: the caller's Python runs while PostgreSQL works on the last chunk.

    One chunk at most is in flight, and chunks are written in order, each in its own transaction
    as before. A failure surfaces at the next submit() or at close().
    """
    def __init__(self, employer, account_id: int | None, submit: bool, filename: str,
                 progress: Callable[[int], None] | None):
        self.app = current_app._get_current_object()
        self.employer, self.account_id, self.submit_review = employer, account_id, submit
        self.progress = progress
        self.tally = SimpleNamespace(filename=filename, created=0, updated=0, unchanged=0, failed=0)
        self.errors: list[dict] = []
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-writer")
        self.pending: Future | None = None

    def submit(self, chunk: list[tuple[int, dict, list]]) -> None:
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

    def _write(self, chunk: list[tuple[int, dict, list]]) -> int:
        with self.app.app_context():
            try:
                _write_chunk(self.employer, self.account_id, self.submit_review, chunk, self.tally,
                             self.errors)
            except Exception:
                db.session.rollback()
                raise
        return len(chunk)


def _write_chunk(employer, account_id: int | None, submit: bool, chunk: list[tuple[int, dict, list]],
                 batch, errors: list[dict]) -> None:
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
    new_rows, screened = [], []
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
        status = ("published" if not hits else "pending_review") if submit else "draft"
        new_rows.append({**_BLANK_ROW, **data, "employer_id": employer.id, "agency_id": employer.agency_id,
                         "status": status, "hired_count": 0, "version": 1,
                         "screen_hits": [h.as_dict() for h in hits] or None, "created_at": now,
                         "updated_at": now, "published_at": now if status == "published" else None})
        screened.append(hits)
    if new_rows:
        _insert_new(employer, account_id, submit, new_rows, screened, batch, now)
    db.session.commit()


def _insert_new(employer, account_id: int | None, submit: bool, new_rows: list[dict], screened: list,
                batch, now, count: bool = True) -> None:
    ids = db.session.execute(text("select nextval('vacancies_id_seq') from generate_series(1, :n)"),
                             {"n": len(new_rows)}).scalars().all()
    published = [vid for vid, row in zip(ids, new_rows, strict=True) if row["status"] == "published"]
    for vid, row in zip(ids, new_rows, strict=True):
        row["id"] = vid
    try:
        _copy("vacancies", _VACANCY_COPY, map(_vacancy_copy_row, new_rows))
    except psycopg.errors.UniqueViolation as exc:  # another upload of the same refs got there first
        db.session.rollback()
        raise Conflict("同一批岗位编号正在被另一次导入处理，请稍后重试", code="import_conflict") from exc
    # the rows' transitions and outbox entries, generated by PostgreSQL from the ids: one
    # statement per step, in step order, so each vacancy's steps are numbered as they happened
    steps = {"ids": text_array(ids), "actor": account_id, "now": now}
    _insert_steps(steps, None, "draft", f"批量导入（{batch.filename}）")
    if submit:
        flagged = {vid: review_reason("提交审核", hits)
                   for vid, hits in zip(ids, screened, strict=True) if hits}
        _insert_steps(steps, "draft", "pending_review", review_reason("提交审核", []), flagged)
    if published:
        published_ids = text_array(published)
        _insert_steps({**steps, "ids": published_ids, "actor": None}, "pending_review", "published",
                      "自动筛查通过")
        outbox.enqueue("vacancies", published, at=now, change="published")
    # attributed to campaigns and counted by PostgreSQL from the rows just copied, set-wise
    if count:
        counters.vacancies_published_by_id(published, at=now)
    batch.created += len(new_rows)


def insert_published(rows: list[dict], *, at: dt.datetime, label: str, count: bool = True) -> list[dict]:
    """New vacancies of any employers (each row names its employer_id and agency_id), screened
    and written by this set-wise path as if submitted at `at`: transitions, outbox, campaign
    attribution and counters as of that moment (count=False: the caller attributes and counts,
    as the demo's replay does once for 100 days). Returns the rows with their ids and statuses."""
    screened = [screen.scan(row["title"], row["description"]) for row in rows]
    new_rows = [{**_BLANK_ROW, **row, "status": "pending_review" if hits else "published",
                 "hired_count": 0, "version": 1, "screen_hits": [h.as_dict() for h in hits] or None,
                 "created_at": at, "updated_at": at, "published_at": None if hits else at}
                for row, hits in zip(rows, screened, strict=True)]
    if new_rows:
        _insert_new(None, None, True, new_rows, screened, SimpleNamespace(filename=label, created=0), at,
                    count=count)
    return new_rows


def _insert_steps(steps: dict, before: str | None, after: str, reason: str,
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


def _vacancy_copy_row(row: dict) -> list:
    """A new vacancy's values in _VACANCY_COLUMNS order (row has every column: see _BLANK_ROW)."""
    values = list(_VACANCY_VALUES(row))  # as validated: lat and lon are floats, as float8 needs
    if values[_SCREEN_HITS] is not None:
        values[_SCREEN_HITS] = Jsonb(values[_SCREEN_HITS])
    return values


def _copy(table: str, columns: tuple[tuple[str, str], ...], rows: Iterable) -> None:
    raw = db.session.connection().connection.driver_connection
    names = ", ".join(c for c, _ in columns)
    with raw.cursor() as cur, cur.copy(f"copy {table} ({names}) from stdin (format binary)") as copy:
        copy.set_types([t for _, t in columns])
        for row in rows:
            copy.write_row(row)


def _update_existing(vacancy: Vacancy, number: int, data: dict, account_id: int | None,
                     batch, errors: list[dict]) -> None:
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


# ---- files for people ---------------------------------------------------------------------

def template_csv() -> bytes:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow([h for _, h, _, _ in COLUMNS])
    w.writerow(["HR-2020-001", "维修电工", "负责厂区高低压配电设备的日常巡检与维修，持电工证上岗。", "6-31",
                "C38", "420102", "武汉市江岸区解放大道1000号", "", "", "3", "6000", "9000", "高中/中专/技校",
                "1", "全职", "五险一金|包吃住", "高校毕业生|农民工", "2099-06-30"])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel opens it as UTF-8


def errors_csv(batch: ImportBatch) -> bytes:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["行号", "列", "原因"])
    for e in batch.errors:
        w.writerow([e["row"], e["column"], e["reason"]])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# ---- callers ------------------------------------------------------------------------------

def upload(account, *, filename: str, data: bytes, submit: bool,
           employer_id: int | None = None) -> ImportBatch:
    """An employer's upload (web page or API): into the uploader's own organisation, or, for an HR
    agency, into a client's that authorised it (employer_id), as the vacancy form allows."""
    employer, agency_id = posting_target(account, employer_id, "query")
    if submit:
        verification.require_may_publish(employer.id, agency_id)
    return import_file(employer_id=employer.id, account_id=account.id, filename=filename, data=data,
                       submit=submit, agency_id=agency_id)


def batches(account, *, offset: int, limit: int) -> tuple[list[ImportBatch], int]:
    if account.employer_id is None:
        return [], 0
    where = _visible(account)
    total = db.session.scalar(select(func.count(ImportBatch.id)).where(where))
    items = db.session.scalars(select(ImportBatch).where(where).order_by(ImportBatch.id.desc())
                               .offset(offset).limit(limit)).all()
    return list(items), int(total or 0)


def get_batch(account, batch_id: int) -> ImportBatch:
    batch = None
    if account.employer_id is not None:
        batch = db.session.scalar(select(ImportBatch).where(ImportBatch.id == batch_id, _visible(account)))
    if batch is None:
        raise NotFound("导入记录不存在")
    return batch


def _visible(account):
    """Batches of the caller's organisation, and those its agency uploaded for clients that
    still authorise it."""
    return (ImportBatch.employer_id == account.employer_id) | (
        (ImportBatch.agency_id == account.employer_id)
        & agency_authorised(ImportBatch.employer_id, ImportBatch.agency_id))
