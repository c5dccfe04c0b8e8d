"""Text PostgreSQL cannot store (NUL characters, lone UTF-16 surrogates) is refused up front.

Schemas check meaning; this checks that a string is storable at all, for every endpoint, so
such input is a 422 naming the field instead of a database error.
"""

from __future__ import annotations

from flask import Flask, request

from recruit.errors import Invalid

MESSAGE = "包含无法保存的字符（NUL 或不成对的代理字符）"


def _bad(text: str) -> bool:
    if "\x00" in text:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _first_bad(value, path: str) -> str | None:
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
    def _refuse_unstorable_text():
        for name, value in request.args.items(multi=True):
            if _bad(name) or _bad(value):
                raise Invalid(MESSAGE, errors={"query": {name if not _bad(name) else "_query": [MESSAGE]}})
        if request.is_json and request.content_length:
            body = request.get_json(silent=True)
            field = _first_bad(body, "")
            if field:
                raise Invalid(f"输入有误：{field}", errors={"json": {field: [MESSAGE]}})
