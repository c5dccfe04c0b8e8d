"""Operator pages: the dashboard of the counters, funnels and key enterprises, on the same services."""

from __future__ import annotations

import datetime as dt

from flask import g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from recruit import replica
from recruit.accounts import scope, sessions
from recruit.accounts import service as accounts
from recruit.campaigns import service as campaigns
from recruit.clock import today
from recruit.codes import regions
from recruit.errors import AppError
from recruit.fairness import service as fairness
from recruit.observability import metrics
from recruit.reporting import key_enterprises, report
from recruit.throttle import limit_posts
from recruit.web.ops_blueprint import SESSION_KEY, bp, signed_in


@bp.route("/login", methods=["GET", "POST"])
@limit_posts("login")
def login() -> ResponseReturnValue:
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
def logout() -> ResponseReturnValue:
    sid = session.get(SESSION_KEY)
    sessions.revoke(sid if isinstance(sid, str) else None)
    session.clear()
    return redirect(url_for("ops.login"))


DEFAULT_DAYS = 100  # a campaign's length (the source's ran about a hundred days): its whole curve


def _period() -> tuple[dt.date, dt.date]:
    """The last DEFAULT_DAYS days unless ?start=&end= (ISO dates) say otherwise."""
    end = today()
    start = end - dt.timedelta(days=DEFAULT_DAYS - 1)
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
def dashboard() -> ResponseReturnValue:
    account = g.ops_account
    prefix = scope.prefix(account)
    start, end = _period()
    cut = report.ReportCut(start=start, end=end, region_prefix=prefix)
    daily = report.breakdown(cut, "day")
    by_region = report.breakdown(cut, "region")
    for row in by_region:
        row["name"] = regions.full_name(row["key"].ljust(6, "0")) or row["key"]
    funnels = []
    for c in campaigns.list_managed(account)[:6]:
        funnels.append({"name": c.name, **campaigns.funnel(account, c.id)})
    totals = report.totals(cut)
    return render_template("ops/dashboard.html", start=start, end=end, prefix=prefix,
                           region_name=regions.full_name(prefix.ljust(6, "0")) if prefix else "全国",
                           daily=daily, by_region=by_region, funnels=funnels, totals=totals,
                           key_regions=key_enterprises.by_region(prefix), queues=metrics.queue_status(),
                           fairness=fairness.panel(account), lag=replica.lag_seconds())
