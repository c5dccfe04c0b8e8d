"""The operators' blueprint (/ops): its session, the CSRF check on every POST and the sign-in guard.

The dashboard (web/ops.py) and the work queues (web/queues.py) both add their pages to `bp`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from flask import Blueprint, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError, generate_csrf, validate_csrf
from wtforms import ValidationError

from recruit.accounts import sessions

bp = Blueprint("ops", __name__, url_prefix="/ops", template_folder="templates",
               static_folder="static", static_url_path="/static")
SESSION_KEY = "ops_sid"


@bp.context_processor
def _globals() -> dict[str, Any]:
    return {"csrf_token": generate_csrf, "account": g.get("ops_account")}


@bp.before_request
def _guard() -> None:
    if request.method == "POST":
        try:
            validate_csrf(request.form.get("csrf_token"))
        except ValidationError as exc:
            raise CSRFError(str(exc)) from exc
    # a server-side session (see recruit.accounts.sessions): a replayed cookie after logout fails
    g.ops_account = sessions.web_account(session.get(SESSION_KEY), ("operator", "admin"))


@bp.errorhandler(CSRFError)
def _csrf_failed(err: CSRFError) -> ResponseReturnValue:
    return render_template("ops/message.html", message="表单已失效，请刷新页面后重试。"), 400


def signed_in(view: Callable[..., ResponseReturnValue]) -> Callable[..., ResponseReturnValue]:
    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        if g.ops_account is None:
            return redirect(url_for("ops.login"))
        return view(*args, **kwargs)

    return wrapper
