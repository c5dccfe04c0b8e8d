"""Text PostgreSQL cannot store (NUL characters, lone UTF-16 surrogates) is refused up front.

Schemas check meaning; this checks that a string is storable at all, for every endpoint, so
such input is a 422 naming the field instead of a database error.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, request

from recruit.errors import Invalid

MESSAGE = "包含无法保存的字符（NUL 或不成对的代理字符）"
# no list is paged this deep (the search caps its window lower); larger numbers overflow OFFSET
MAX_PAGE = 10_000
# real bodies nest three or four levels; deeper ones only exhaust the parser's stack
MAX_JSON_DEPTH = 32


def _json_depth_exceeds(raw: bytes, limit: int) -> bool:
    """Bracket depth outside strings, without parsing (a deep body must never reach json)."""
    depth, in_string, escaped = 0, False, False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


# ids and counts live in PostgreSQL's integer: a larger number in a query is no id of ours
MAX_QUERY_INT = 2**31 - 1


def _check_int(name: str, value: str) -> None:
    digits = value.strip().lstrip("+-")
    # ASCII digits only: '³' and other Unicode digits pass isdigit() but are no number int() reads
    if digits.isascii() and digits.isdigit() and int(digits) > MAX_QUERY_INT:
        message = f"{name} 超出范围"
        raise Invalid(message, errors={"query": {name: [message]}})


def _check_page(name: str, value: str) -> None:
    digits = value.strip().lstrip("+")
    if name in ("page", "page_size", "per_page") and digits.isascii() and digits.isdigit() \
            and int(digits) > MAX_PAGE:
        message = f"{name} 不能大于 {MAX_PAGE}"
        raise Invalid(message, errors={"query": {name: [message]}})


def _bad(text: str) -> bool:
    if "\x00" in text:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _first_bad(value: Any, path: str) -> str | None:
    if isinstance(value, str):
        return path if _bad(value) else None
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        if isinstance(key, str) and _bad(key):
            return path or "_body"
        found = _first_bad(item, f"{path}.{key}" if path else str(key))
        if found:
            return found
    return None


def init_app(app: Flask) -> None:
    @app.before_request
    def _refuse_unstorable_text() -> None:
        for name, value in request.args.items(multi=True):
            if _bad(name) or _bad(value):
                raise Invalid(MESSAGE, errors={"query": {name if not _bad(name) else "_query": [MESSAGE]}})
            _check_page(name, value)
            _check_int(name, value)
        if request.is_json and request.content_length:
            if _json_depth_exceeds(request.get_data(cache=True), MAX_JSON_DEPTH):
                message = f"JSON 嵌套层数不能超过 {MAX_JSON_DEPTH}"
                raise Invalid(message, errors={"json": {"_body": [message]}})
            body = request.get_json(silent=True)
            field = _first_bad(body, "")
            if field:
                raise Invalid(f"输入有误：{field}", errors={"json": {field: [MESSAGE]}})
