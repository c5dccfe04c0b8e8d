"""An XLSX upload is a zip archive: bound what it may inflate to before openpyxl opens it.

The central directory lists every entry with its uncompressed size, so the check reads no
compressed data. The bound also holds while reading: Python's zipfile stops an entry at its
declared size (and fails its CRC), so an entry that lies about its size cannot inflate further.
"""

from __future__ import annotations

import io
import zipfile

from flask import current_app, has_app_context

from recruit.errors import Invalid

DEFAULT_MAX_UNCOMPRESSED = 100 * 1024 * 1024
DEFAULT_MAX_ENTRIES = 200
# stored and deflate are what spreadsheet programs write; anything else is refused
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


class FileError(Invalid):
    """The file as a whole cannot be read (format, header, size); importer.FileError."""


def _refuse(message: str) -> FileError:
    return FileError(message, code="xlsx_refused", errors={"files": {"file": [message]}})


def _limits() -> tuple[int, int]:
    if not has_app_context():
        return DEFAULT_MAX_UNCOMPRESSED, DEFAULT_MAX_ENTRIES
    cfg = current_app.config
    return (cfg.get("IMPORT_XLSX_MAX_UNCOMPRESSED", DEFAULT_MAX_UNCOMPRESSED),
            cfg.get("IMPORT_XLSX_MAX_ENTRIES", DEFAULT_MAX_ENTRIES))


def check(data: bytes, *, max_uncompressed: int | None = None, max_entries: int | None = None) -> None:
    """Raise a 422 naming `file` unless the archive is small enough once inflated."""
    default_size, default_entries = _limits()
    max_uncompressed = max_uncompressed or default_size
    max_entries = max_entries or default_entries
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise _refuse("无法读取该 XLSX 文件（不是有效的 XLSX/zip 文件）") from exc
    if len(entries) > max_entries:
        raise _refuse(f"XLSX 文件内部条目过多（{len(entries)} 个，上限 {max_entries} 个）")
    total = 0
    for entry in entries:
        if entry.compress_type not in _METHODS:
            raise _refuse("XLSX 文件使用了不支持的压缩方式")
        if entry.flag_bits & 0x1:
            raise _refuse("不支持加密的 XLSX 文件")
        total += entry.file_size
        if total > max_uncompressed:
            raise _refuse(f"XLSX 文件解压后过大（超过 {max_uncompressed // (1024 * 1024)} MB），"
                          "请拆分后分批导入")
