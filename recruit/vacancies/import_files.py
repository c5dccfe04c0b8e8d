"""Vacancy import files: the documented columns, reading a .csv or .xlsx file, validating each
row with the API's schema, and the files for people (the template, a batch's errors).
Writing the rows is import_writer.py; importer.py runs an import."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator
from typing import Any

import marshmallow as ma
from openpyxl import load_workbook

from recruit import clock
from recruit.codes import enums
from recruit.models_base import utcnow
from recruit.vacancies import xlsx_guard
from recruit.vacancies.models import ImportBatch
from recruit.vacancies.schemas import INT_FIELDS, CachedFieldsLoader
from recruit.vacancies.xlsx_guard import FileError

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

# ---- reading ------------------------------------------------------------------------------

def read_table(filename: str, data: bytes) -> Iterator[list[Any]]:
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


def cell(value: object) -> str | None:
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


def _typed(raw: dict[str, str | None]) -> tuple[dict[str, Any], dict[str, str]]:
    """Strings from the file → the API's types; errors for what cannot even be converted."""
    data: dict[str, Any] = {}
    errors: dict[str, str] = {}
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


def validate_row(raw: dict[str, str | None]) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """A row as the API's schema loads it, or the errors by field."""
    data, errors = _typed(raw)
    for field, _, required, _ in COLUMNS:
        if required and raw.get(field) is None and field not in errors:
            errors[field] = "必填"
    if not raw.get("external_ref"):
        errors.setdefault("external_ref", "必填")
    try:
        loaded: dict[str, Any] | None = _loader.load(
            {k: v for k, v in data.items() if k not in errors and k != "external_ref"})
    except ma.ValidationError as exc:
        for field, messages in exc.normalized_messages().items():  # type: ignore[no-untyped-call]
            msg = messages if isinstance(messages, str) else _first(messages)
            errors.setdefault(field, msg)
        loaded = None
    ref = raw.get("external_ref")
    if ref is not None and len(ref) > 64:
        errors["external_ref"] = "岗位编号最长64个字符"
    if errors or loaded is None:
        return None, errors
    if loaded.get("expires_at") is not None and loaded["expires_at"] <= utcnow():
        return None, {"expires_at": "截止日期已过"}
    loaded["external_ref"] = ref
    return loaded, {}


def _first(messages: object) -> str:
    if isinstance(messages, dict):  # list fields report {index: [msg]}
        return "；".join(f"第{int(i) + 1}项：{_first(m)}" for i, m in messages.items())
    if isinstance(messages, list):
        return str(messages[0]) if messages else "无效"
    return str(messages)


def records(rows: Iterable[list[Any]], fields: list[str | None],
             max_rows: int) -> Iterator[tuple[int, dict[str, str | None]]]:
    n = 0
    columns = [(i, f) for i, f in enumerate(fields) if f]
    for number, row in enumerate(rows, start=2):  # row 1 is the header, as a spreadsheet counts
        width = len(row)
        raw = {f: cell(row[i]) if i < width else None for i, f in columns}
        if not any(raw.values()):
            continue
        n += 1
        if n > max_rows:
            raise FileError.field("file", f"每个文件最多 {max_rows} 行岗位", "files")
        yield number, raw


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
