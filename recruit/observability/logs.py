"""JSON log lines with a request id, for the API, the search sync worker and the task workers.

One JSON object per line: time, level, logger, message, and where known request_id, route,
status, duration_ms, task. The request id comes from a well-formed incoming `X-Request-ID`
(or is made here), is echoed in the response, and travels with every task queued during the
request (a task header, recruit/taskqueue.py). Every root handler keeps the filter that masks
resident ID numbers (recruit/privacy.py); request bodies, query strings and phone numbers are
never logged: a request line names the URL rule, not the path.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
import logging
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask, g, request
from flask.wrappers import Response

from recruit.privacy import RedactResidentIds

HEADER = "X-Request-ID"
# what an incoming id may look like: a proxy's uuid or hex, nothing that could forge a log line
_WELL_FORMED = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{7,63}$")
_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
_task: contextvars.ContextVar[str | None] = contextvars.ContextVar("task", default=None)
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# the fields a record may carry (logger.info(..., extra={"route": ...}))
_EXTRA = ("route", "status", "duration_ms", "method")
access_log = logging.getLogger("recruit.request")


def new_request_id() -> str:
    return uuid.uuid4().hex


def well_formed(value: str | None) -> bool:
    return bool(value) and _WELL_FORMED.match(value or "") is not None


def current_request_id() -> str | None:
    return _request_id.get()


@contextmanager
def bound(request_id: str | None, task: str | None = None) -> Iterator[str]:
    """Log lines inside carry this request id (a new one when None) and task name."""
    rid = request_id if request_id and well_formed(request_id) else new_request_id()
    tokens = (_request_id.set(rid), _task.set(task))
    try:
        yield rid
    finally:
        _task.reset(tokens[1])
        _request_id.reset(tokens[0])


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = getattr(record, "request_id", None)
        if rid:
            entry["request_id"] = rid
        task = getattr(record, "task", None)
        if task:
            entry["task"] = task
        for key in _EXTRA:
            value = getattr(record, key, None)
            if value is not None:
                entry[key] = value
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False, default=str)


_base_factory = logging.getLogRecordFactory()


def _record_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    """Every record carries the request id and task of the context it was made in, so a handler
    formatting it later (or elsewhere) still knows them."""
    record = _base_factory(*args, **kwargs)
    record.request_id = _request_id.get()
    record.task = _task.get()
    return record


class _OurHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler configure() adds to the root logger (stderr), told apart from others'."""


def configure(fmt: str = "json", level: int = logging.INFO) -> None:
    """Root logging for every process (API, sync worker, task workers and scheduler): one
    stderr handler with the JSON (or text) formatter, and the resident-ID filter on every root
    handler. Safe to call again (one handler, filters not repeated)."""
    if logging.getLogRecordFactory() is not _record_factory:
        logging.setLogRecordFactory(_record_factory)
    root = logging.getLogger()
    ours = next((h for h in root.handlers if isinstance(h, _OurHandler)), None)
    if ours is None:
        ours = _OurHandler()
        root.addHandler(ours)
    ours.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    root.setLevel(level)
    redact_all_handlers()


def redact_all_handlers() -> None:
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactResidentIds) for f in handler.filters):
            handler.addFilter(RedactResidentIds())


def init_app(app: Flask) -> None:
    """A request id for every request, echoed back, and one log line per request."""

    @app.before_request
    def _start() -> None:
        incoming = request.headers.get(HEADER)
        rid = incoming if well_formed(incoming) else new_request_id()
        g.request_id = rid
        g.request_token = _request_id.set(rid)
        g.request_started = time.perf_counter()

    @app.after_request
    def _finish(response: Response) -> Response:
        rid = g.get("request_id")
        if rid:
            response.headers[HEADER] = rid
        started = g.get("request_started")
        if started is not None:
            access_log.info("request", extra={
                "method": request.method, "route": route_name(), "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1)})
        return response

    @app.teardown_request
    def _reset(_exc: BaseException | None) -> None:
        token = g.pop("request_token", None)
        if token is not None:
            with contextlib.suppress(ValueError):  # set in another context (streamed): leave it
                _request_id.reset(token)


def route_name() -> str:
    """The URL rule (`/api/v1/vacancies/<int:vacancy_id>`), never the path: bounded label
    values for metrics, and no ids or personal data in the logs."""
    rule = request.url_rule
    return rule.rule if rule is not None else "(unmatched)"
