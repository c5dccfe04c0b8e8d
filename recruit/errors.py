"""Domain errors and the one JSON error shape of the whole API."""

from __future__ import annotations

import logging
from collections.abc import Callable

import marshmallow as ma
import psycopg
from flask import Flask, Response, jsonify
from flask.typing import ResponseReturnValue
from flask_smorest import Api
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)


class ErrorSchema(ma.Schema):
    status = ma.fields.Integer(required=True, metadata={"description": "HTTP status"})
    code = ma.fields.String(required=True, metadata={"description": "stable machine code"})
    message = ma.fields.String(required=True, metadata={"description": "说明 (for people)"})
    errors = ma.fields.Dict(
        metadata={"description": "per-field messages: {location: {field: [message]}}"}
    )


class AppError(Exception):
    status = 400
    code = "bad_request"
    message = "请求有误"
    retry_after: int | None = None  # seconds, sent as Retry-After (429, 503)

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 errors: dict | None = None):
        super().__init__(message or self.message)
        self.message = message or self.message
        self.code = code or self.code
        self.errors = errors


class Invalid(AppError):
    status = 422
    code = "validation_error"
    message = "输入有误"

    @classmethod
    def field(cls, field: str, message: str, location: str = "json") -> Invalid:
        return cls(message, errors={location: {field: [message]}})


class Unauthorized(AppError):
    status = 401
    code = "unauthorized"
    message = "需要登录"


class Forbidden(AppError):
    status = 403
    code = "forbidden"
    message = "无权执行此操作"


class NotFound(AppError):
    status = 404
    code = "not_found"
    message = "资源不存在"


class Conflict(AppError):
    status = 409
    code = "conflict"
    message = "与当前状态冲突"


class TooManyRequests(AppError):
    """429 with a Retry-After header (seconds)."""

    status = 429
    code = "too_many_requests"
    message = "请求过于频繁，请稍后再试"

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 errors: dict | None = None, retry_after: int = 60):
        super().__init__(message, code=code, errors=errors)
        self.retry_after = max(int(retry_after), 1)


class ServiceUnavailable(AppError):
    status = 503
    code = "service_unavailable"
    message = "服务暂不可用，请稍后重试"
    retry_after = 5


def error_body(status: int, code: str, message: str, errors: dict | None = None) -> dict:
    body = {"status": status, "code": code, "message": message}
    if errors:
        body["errors"] = errors
    return body


_HTTP_CODES = {
    400: ("bad_request", "请求格式有误"),
    401: ("unauthorized", "需要登录"),
    403: ("forbidden", "无权执行此操作"),
    404: ("not_found", "资源不存在"),
    405: ("method_not_allowed", "不支持该请求方法"),
    409: ("conflict", "与当前状态冲突"),
    413: ("payload_too_large", "请求体过大"),
    415: ("unsupported_media_type", "请以 application/json 提交"),
    422: ("validation_error", "输入有误"),
    429: ("too_many_requests", "请求过于频繁"),
}


def schema_name(schema: ma.Schema | type[ma.Schema]) -> str:
    """OpenAPI component names: the domain first, so two domains' ApproveSchema never clash.

    recruit.vacancies.schemas.ApproveSchema -> VacanciesApprove; shared schemas keep their name.
    """
    cls = schema if isinstance(schema, type) else type(schema)
    name = cls.__name__.removesuffix("Schema")
    parts = cls.__module__.split(".")
    if len(parts) == 3 and parts[0] == "recruit" and parts[2] == "schemas":
        domain = "".join(p.capitalize() for p in parts[1].split("_"))
        if not name.startswith(domain):
            name = domain + name
    # partial or excluded variants get their own component
    if not isinstance(schema, type) and (schema.partial or schema.exclude or schema.only):
        name += "Partial" if schema.partial else "Subset"
    return name


class RecruitApi(Api):
    """flask-smorest Api whose HTTP errors use our one error shape."""

    ERROR_SCHEMA = ErrorSchema

    def handle_http_exception(self, error: HTTPException) -> tuple[Response, int]:
        status = error.code or 500
        if isinstance(error.response, Response):  # made by who raised it (the limiter's 429, Retry-After)
            return error.response, status
        code, message = _HTTP_CODES.get(status, ("http_error", error.name))
        data = getattr(error, "data", None) or {}
        errors = data.get("messages")
        if isinstance(errors, dict) and any(isinstance(v, dict) for v in errors.values()):
            # per-field errors (422 for bodies, 400 where an endpoint asks for it)
            code = "validation_error"
            message = "输入有误：" + "，".join(_field_names(errors))
        elif status == 400 and errors:
            # webargs reports a malformed JSON body as 400 with a list of messages
            message = "请求体不是合法的 JSON"
        return jsonify(error_body(status, code, message, errors)), status


def _field_names(errors: dict) -> list[str]:
    names: list[str] = []
    for location in errors.values():
        if isinstance(location, dict):
            names.extend(str(k) for k in location)
    return names or ["请求"]


def _reply(err: AppError) -> Response:
    response = jsonify(error_body(err.status, err.code, err.message, err.errors))
    response.status_code = err.status
    if err.retry_after is not None:
        response.headers["Retry-After"] = str(err.retry_after)
    return response


def database_down(err: BaseException) -> bool:
    """PostgreSQL unreachable (refused, shut down, restarting), as opposed to a bad statement."""
    if isinstance(err, DBAPIError) and err.connection_invalidated:
        return True
    return isinstance(err, OperationalError | psycopg.OperationalError)


def register_handlers(app: Flask, api: Api, release_session: Callable[[], None]) -> None:
    """The one error shape for domain errors, HTTP errors (through `api`, the app's RecruitApi)
    and anything unexpected."""

    @app.teardown_appcontext
    def _release_session(exc: BaseException | None) -> None:
        # Registered after Flask-SQLAlchemy's, so it runs first. Ending the session rolls back
        # on its connection; when PostgreSQL restarted under the request that connection is dead,
        # and the error would escape every handler as a bare 500 after the answer was made.
        try:
            release_session()
        except (DBAPIError, psycopg.Error) as err:
            log.warning("database connection lost while ending the session: %s", type(err).__name__)

    @app.errorhandler(AppError)
    def _app_error(err: AppError) -> Response:
        return _reply(err)

    @app.errorhandler(Exception)
    def _unexpected(err: Exception) -> ResponseReturnValue:
        if isinstance(err, HTTPException):
            return api.handle_http_exception(err)
        if database_down(err):
            log.warning("database unavailable: %s", type(err).__name__)
            return _reply(ServiceUnavailable("数据库暂不可用，请稍后重试", code="database_unavailable"))
        log.exception("unhandled error: %s", type(err).__name__)
        return jsonify(error_body(500, "internal_error", "服务器内部错误")), 500
