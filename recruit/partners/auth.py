"""Partner routes: the key in the request header, its scope, checked at run time and stated in
the OpenAPI spec (security scheme `partnerKey`)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from flask import g, request

from recruit import throttle
from recruit.errors import ErrorSchema
from recruit.partners import service


def partner_access(blp: Any, scope: str, limit: str = "partner_feed") -> Callable:
    """Decorate a view: `partner_access(blp, "feed:read")`: the key, its scope, then its rate
    limit (the key's own `rate_limit`, else the named one), counted per key."""

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            partner = service.authenticate(request.headers.get(service.KEY_HEADER), scope)
            throttle.hit(limit, f"partner:{partner.id}", partner.rate_limit)
            g.partner = partner
            return view(*args, **kwargs)

        who = f"调用者：合作平台（请求头 {service.KEY_HEADER} 携带密钥，须有 {scope} 权限）"
        wrapper = blp.doc(security=[{"partnerKey": []}], description=who)(wrapper)
        wrapper = blp.alt_response(401, schema=ErrorSchema, description="缺少密钥、密钥无效或已吊销")(wrapper)
        wrapper = blp.alt_response(403, schema=ErrorSchema, description="密钥没有该权限")(wrapper)
        wrapper = blp.alt_response(429, schema=ErrorSchema, description="超过该密钥的限流")(wrapper)
        wrapper._recruit_partner_scope = scope  # type: ignore[attr-defined]
        return wrapper

    return decorator
