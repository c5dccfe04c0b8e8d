"""Who may call an endpoint: checked at run time and stated in the OpenAPI spec."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from flask import g
from flask_jwt_extended import get_jwt_identity, verify_jwt_in_request
from flask_smorest import Blueprint

from recruit.accounts import service
from recruit.accounts.models import Account
from recruit.errors import ErrorSchema, Forbidden, Unauthorized

PUBLIC = "public"


def current_account() -> Account:
    return g.account


def access(blp: Blueprint, *roles: str) -> Callable:
    """Decorate a view: `access(blp, "employer")`; `access(blp, PUBLIC)` for open endpoints."""

    def decorator(view: Callable) -> Callable:
        if roles == (PUBLIC,):
            view = blp.doc(security=[], description="调用者：公开")(view)
            return view

        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            verify_jwt_in_request()
            try:
                account_id = int(get_jwt_identity())
            except (TypeError, ValueError) as exc:
                raise Unauthorized("登录凭证无效", code="invalid_token") from exc
            account = service.get_active(account_id)
            if account is None:
                raise Unauthorized("账号不存在或已停用", code="invalid_token")
            if account.role not in roles:
                raise Forbidden(f"此操作仅限：{'、'.join(roles)}", code="wrong_role")
            g.account = account
            return view(*args, **kwargs)

        wrapper = blp.doc(
            security=[{"bearerAuth": []}],
            description="调用者：" + ", ".join(roles),
        )(wrapper)
        wrapper = blp.alt_response(401, schema=ErrorSchema, description="未登录或凭证无效")(wrapper)
        wrapper = blp.alt_response(403, schema=ErrorSchema, description="角色不符")(wrapper)
        wrapper._recruit_roles = roles
        return wrapper

    return decorator
