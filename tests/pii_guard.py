"""Suite-wide guard: no API response, log line or indexed document carries a resident ID in clear.

Every test that uses the app is watched. The numbers looked for are those of every jobseeker
created in the suite: each resident ID submitted to the API (seen by a before_request hook)
plus every jobseeker row in the database at the end of each test (decrypted), kept for the
whole session, so a number created in one test is also looked for in every later one.
"""

from __future__ import annotations

import json
import logging
import re

from flask import Flask, request

# 18 characters, the last a digit or X: candidates only; the registry decides
_CANDIDATE = re.compile(r"\d{17}[\dXx]")

KNOWN_IDS: set[str] = set()
_responses: list[str] = []
_documents: list[str] = []


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def addFilter(self, filter) -> None:  # noqa: N802, A002
        """Refuse the app's redacting filter (create_app adds it to every root handler):
        the guard must see what the code logged, not what the filter made of it."""

    def emit(self, record: logging.LogRecord) -> None:
        line = record.getMessage()
        if record.exc_info:
            line += "\n" + logging.Formatter().formatException(record.exc_info)
        self.lines.append(line)


_capture = _Capture()


def candidates(text: str) -> set[str]:
    return {c.upper() for c in _CANDIDATE.findall(text)}


def leaks(text: str, known: set[str]) -> set[str]:
    """The known resident IDs that appear unmasked in text."""
    return candidates(text) & known


def install(app: Flask) -> None:
    @app.before_request
    def _remember_submitted_ids():
        body = request.get_data(cache=True, as_text=True) or ""
        from recruit.privacy import is_resident_id

        KNOWN_IDS.update(c for c in candidates(body) if is_resident_id(c))

    @app.after_request
    def _keep_response(response):
        if not response.direct_passthrough:
            _responses.append(response.get_data(as_text=True))
        return response


def start() -> None:
    _responses.clear()
    _documents.clear()
    _capture.lines.clear()
    root = logging.getLogger()
    _capture.previous_level = root.level
    root.setLevel(min(root.level or logging.WARNING, logging.INFO))
    # first in line: it sees each record before the app's redacting filter rewrites it, so
    # the guard tests the code, not the filter
    root.handlers.insert(0, _capture)


def collect_index_documents(app: Flask) -> None:
    """Called by the `search` fixture before its indices are dropped."""
    from recruit.search.client import es

    pattern = app.config["SEARCH_INDEX_PREFIX"] + "*"
    es().indices.refresh(index=pattern)
    resp = es().search(index=pattern, size=10_000, query={"match_all": {}})
    _documents.extend(json.dumps(h["_source"], ensure_ascii=False) for h in resp["hits"]["hits"])


def finish(app: Flask | None) -> list[str]:
    """Stop watching; return what leaked (empty when all is well)."""
    root = logging.getLogger()
    root.removeHandler(_capture)
    root.setLevel(_capture.previous_level)
    if app is not None:
        from sqlalchemy import select

        from recruit import privacy
        from recruit.extensions import db
        from recruit.jobseekers.models import Jobseeker

        with app.app_context():
            for token in db.session.scalars(select(Jobseeker.resident_id_encrypted)):
                KNOWN_IDS.add(privacy.decrypt(token))
            db.session.remove()
    problems = []
    for where, texts in (("response", _responses), ("log", _capture.lines),
                         ("index document", _documents)):
        for text in texts:
            for number in leaks(text, KNOWN_IDS):
                problems.append(f"unmasked resident ID {number[:4]}… in a {where}")
    return problems
