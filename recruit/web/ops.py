"""Operator pages: the dashboard of the counters, funnels and key enterprises, on the same services."""

from __future__ import annotations

import datetime as dt
import functools

from flask import Blueprint, g, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFError, generate_csrf, validate_csrf
from wtforms import ValidationError

from recruit.accounts import service as accounts
from recruit.accounts import sessions
from recruit.campaigns import service as campaigns
from recruit.codes import regions
from recruit.errors import AppError
from recruit.reporting import key_enterprises, report
from recruit.reporting.service import today

bp = Blueprint("ops", __name__, url_prefix="/ops", template_folder="templates",
               static_folder="static", static_url_path="/static")
SESSION_KEY = "ops_sid"


@bp.context_processor
def _globals():
    return {"csrf_token": generate_csrf, "account": g.get("ops_account")}


@bp.before_request
def _guard():
    if request.method == "POST":
        try:
            validate_csrf(request.form.get("csrf_token"))
        except ValidationError as exc:
            raise CSRFError(str(exc)) from exc
    # a server-side session (see recruit.accounts.sessions): a replayed cookie after logout fails
    g.ops_account = sessions.web_account(session.get(SESSION_KEY), ("operator", "admin"))


@bp.errorhandler(CSRFError)
def _csrf_failed(err):
    return render_template("ops/message.html", message="表单已失效，请刷新页面后重试。"), 400


def signed_in(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if g.ops_account is None:
            return redirect(url_for("ops.login"))
        return view(*args, **kwargs)

    return wrapper


@bp.route("/login", methods=["GET", "POST"])
def login():
    error, need_code = None, False
    if request.method == "POST":
        try:
            account = accounts.check_password(phone=request.form.get("phone", ""),
                                              password=request.form.get("password", ""),
                                              code=request.form.get("code", "").strip() or None)
        except AppError as exc:
            error = exc.message
            # admins: the password was right and a code went out (or the code was wrong)
            need_code = exc.code in ("second_factor_required", "bad_second_factor")
        else:
            if account.role not in ("operator", "admin"):
                error = "此页面仅供人社部门工作人员登录"
            else:
                session.clear()
                session[SESSION_KEY] = sessions.web_login(account)
                return redirect(url_for("ops.dashboard"))
    return render_template("ops/login.html", error=error, need_code=need_code,
                           phone=request.form.get("phone", "") if need_code else ""), \
        200 if error is None else 401


@bp.post("/logout")
def logout():
    sid = session.get(SESSION_KEY)
    sessions.revoke(sid if isinstance(sid, str) else None)
    session.clear()
    return redirect(url_for("ops.login"))


def _period() -> tuple[dt.date, dt.date]:
    """The last 30 days unless ?start=&end= (ISO dates) say otherwise."""
    end = today()
    start = end - dt.timedelta(days=29)
    try:
        if request.args.get("end"):
            end = dt.date.fromisoformat(request.args["end"])
        if request.args.get("start"):
            start = dt.date.fromisoformat(request.args["start"])
    except ValueError:
        pass  # a malformed date falls back to the default period
    return (start, end) if start <= end else (end, start)


@bp.get("/")
@signed_in
def dashboard():
    account = g.ops_account
    prefix = None if account.role == "admin" else account.region_prefix
    start, end = _period()
    daily = report.breakdown(by="day", start=start, end=end, region_prefix=prefix)
    by_region = report.breakdown(by="region", start=start, end=end, region_prefix=prefix)
    for row in by_region:
        row["name"] = regions.full_name(row["key"].ljust(6, "0")) or row["key"]
    funnels = []
    for c in campaigns.list_managed(account)[:6]:
        funnels.append({"name": c.name, **campaigns.funnel(account, c.id)})
    totals = report.totals(start=start, end=end, region_prefix=prefix)
    return render_template("ops/dashboard.html", start=start, end=end, prefix=prefix,
                           region_name=regions.full_name(prefix.ljust(6, "0")) if prefix else "全国",
                           daily=daily, by_region=by_region, funnels=funnels, totals=totals,
                           key_regions=key_enterprises.by_region(prefix))


from recruit.web import employer_queue, queues  # noqa: E402,F401 - the work queues, on this blueprint
