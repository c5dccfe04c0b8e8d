"""Operator pages for campaigns and featured sessions: the list of the region's campaigns, the
form that creates (or changes) a session, and a campaign's page with its rules, vacancies,
push and figures. Thin views over the API's services: the same region scoping (a campaign of
another region is 404), the same audit rows, the same schema for the input."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import kombu.exceptions
import marshmallow as ma
import redis
from flask import flash, g, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response as WerkzeugResponse

from recruit import taskqueue
from recruit.accounts import scope
from recruit.campaigns import service as campaigns
from recruit.campaigns.models import Campaign
from recruit.campaigns.schemas import CampaignCountersSchema, PushArgs
from recruit.codes import enums
from recruit.errors import AppError
from recruit.fairness import service as fairness
from recruit.reporting import report
from recruit.search import campaigns as search_campaigns
from recruit.web import campaign_forms, forms, places
from recruit.web.ops_blueprint import bp, signed_in

PER_PAGE = 30
# a push from the page is carried out by this many slice tasks (recruit.push_slice) at once
PUSH_SLICES = 4
QUEUE_DOWN = "任务队列暂不可用，推送未能排队，请稍后重试（已登记的推送会在重试时继续）。"


def _app_errors(view: Callable[..., ResponseReturnValue]) -> Callable[..., ResponseReturnValue]:
    """A refusal of the service as a page with its status (404 for a campaign out of region)."""
    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        try:
            return view(*args, **kwargs)
        except AppError as exc:
            response = render_template("ops/message.html", message=exc.message), exc.status
            if exc.retry_after is not None:
                return (*response, {"Retry-After": str(exc.retry_after)})
            return response

    return signed_in(wrapper)


def _counters(ids: list[int]) -> dict[int, dict]:
    figures = report.campaign_counters(ids)
    return {i: CampaignCountersSchema().dump(f) for i, f in figures.items()}


@bp.get("/campaigns")
@_app_errors
def campaign_list() -> ResponseReturnValue:
    items = campaigns.list_managed(g.ops_account)
    counters = _counters([c.id for c in items])
    rows = [{"campaign": c, "about": campaign_forms.describe(c), "counters": counters[c.id]} for c in items]
    prefix = scope.prefix(g.ops_account)
    return render_template("ops/campaigns.html", rows=rows,
                           region_name=places.prefix_name(prefix) if prefix else "全国")


def _form_page(campaign: Campaign | None, values: dict, errors: dict, status: int = 200) -> tuple[str, int]:
    return render_template("ops/campaign_form.html", campaign=campaign, values=values, errors=errors,
                           first_error=campaign_forms.first_field(errors),
                           choices=campaign_forms.choices(scope.prefix(g.ops_account)),
                           prefix_name=places.prefix_name), status


@bp.route("/campaigns/new", methods=["GET", "POST"])
@_app_errors
def new_campaign() -> ResponseReturnValue:
    if request.method == "GET":
        return _form_page(None, {"rule_welcomes_group": True, "regions": []}, {})
    own = scope.prefix(g.ops_account)
    if request.form.get("action") == "add_region":  # the picker's choice joins the list; nothing saved
        return _form_page(None, campaign_forms.form_values(request.form, own), {})
    data, errors = campaign_forms.campaign_input(request.form, own)
    if data is not None:
        try:
            made = campaigns.create(g.ops_account, data)
        except AppError as exc:
            if exc.status not in (403, 422):
                raise
            errors = campaign_forms.service_errors(exc)
        else:
            flash(f"已创建「{made.name}」")
            return redirect(url_for("ops.campaign", campaign_id=made.id))
    return _form_page(None, campaign_forms.form_values(request.form, own), errors, 422)


@bp.route("/campaigns/<int:campaign_id>/edit", methods=["GET", "POST"])
@_app_errors
def edit_campaign(campaign_id: int) -> ResponseReturnValue:
    current = campaigns.get_managed(g.ops_account, campaign_id)
    if request.method == "GET":
        return _form_page(current, campaign_forms.campaign_values(current), {})
    own = scope.prefix(g.ops_account)
    if request.form.get("action") == "add_region":
        return _form_page(current, campaign_forms.form_values(request.form, own), {})
    data, errors = campaign_forms.campaign_input(request.form, own, current)
    if data is not None:
        try:
            campaigns.update_campaign(g.ops_account, campaign_id, data)
        except AppError as exc:
            if exc.status not in (403, 422):
                raise
            errors = campaign_forms.service_errors(exc)
            current = campaigns.get_managed(g.ops_account, campaign_id)
        else:
            flash("已保存修改")
            return redirect(url_for("ops.campaign", campaign_id=campaign_id))
    return _form_page(current, campaign_forms.form_values(request.form, own), errors, 422)


@bp.get("/campaigns/<int:campaign_id>")
@_app_errors
def campaign(campaign_id: int) -> ResponseReturnValue:
    account = g.ops_account
    item = campaigns.get_managed(account, campaign_id)
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    members, total = campaigns.members(account, campaign_id, offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
    q = (request.args.get("q") or "").strip()[:60]
    return render_template(
        "ops/campaign.html", campaign=item, about=campaign_forms.describe(item),
        counters=_counters([item.id])[item.id], funnel=campaigns.funnel(account, campaign_id),
        progress=campaigns.push_progress(account, campaign_id), members=members, total=total, page=page,
        pages=max((total + PER_PAGE - 1) // PER_PAGE, 1), q=q,
        found=campaigns.addable(account, campaign_id, q) if q else [],
        removed=campaigns.removed_members(account, campaign_id), groups=enums.PRIORITY_GROUPS,
        source_names=campaign_forms.SOURCE_NAMES, place=places.place,
        fairness=fairness.panel(account, campaign_id=campaign_id))


def _back(campaign_id: int, anchor: str) -> WerkzeugResponse:
    """Back to the section acted on; its messages are flashed under its name ("add-error")."""
    return redirect(url_for("ops.campaign", campaign_id=campaign_id, page=request.form.get("page", type=int),
                            q=request.form.get("q") or None, _anchor=anchor))


@bp.post("/campaigns/<int:campaign_id>/vacancies")
@_app_errors
def add_vacancy(campaign_id: int) -> ResponseReturnValue:
    """Put a published vacancy of the operator's region into the campaign (audited)."""
    campaigns.get_managed(g.ops_account, campaign_id)  # 404 for another region's campaign first
    vacancy_id = request.form.get("vacancy_id", type=int)
    if vacancy_id is None or not 0 < vacancy_id < 2**31:
        flash("岗位编号：请填写数字编号", "add-error")
        return _back(campaign_id, "add")
    try:
        campaigns.operator_set(g.ops_account, campaign_id, vacancy_id, removed=False)
    except AppError as exc:
        if exc.status != 404:  # the campaign is in scope (above): the vacancy is not
            raise
        flash(f"岗位编号：{vacancy_id} 不是本辖区已发布的岗位", "add-error")
        return _back(campaign_id, "add")
    flash(f"岗位 {vacancy_id} 已加入专场", "vacancies")
    return _back(campaign_id, "vacancies")


@bp.post("/campaigns/<int:campaign_id>/vacancies/<int:vacancy_id>/remove")
@_app_errors
def remove_vacancy(campaign_id: int, vacancy_id: int) -> ResponseReturnValue:
    """Take a vacancy out (wins over the rules; audited)."""
    campaigns.operator_set(g.ops_account, campaign_id, vacancy_id, removed=True)
    flash(f"岗位 {vacancy_id} 已移出专场", "vacancies")
    return _back(campaign_id, "vacancies")


@bp.post("/campaigns/<int:campaign_id>/push")
@_app_errors
def launch_push(campaign_id: int) -> ResponseReturnValue:
    """Plan the push (audited, committed), then queue one task per slice; the page follows the
    runs. A push still under way is continued rather than started again."""
    campaigns.get_managed(g.ops_account, campaign_id)  # 404 for another region's campaign first
    try:
        args = PushArgs().load({"top_k": request.form.get("top_k") or 10})
    except ma.ValidationError as exc:
        flash("每人推送岗位数：" + forms.first_message(exc.normalized_messages()), "push-error")
        return _back(campaign_id, "push")
    try:
        runs = search_campaigns.plan_push(campaign_id, top_k=args["top_k"], parts=PUSH_SLICES,
                                          account=g.ops_account)
    except AppError as exc:
        if exc.status != 409:
            raise
        flash(exc.message, "push-error")
        return _back(campaign_id, "push")
    try:
        for run in runs:
            taskqueue.enqueue("recruit.push_slice", run.id)
    except (redis.RedisError, kombu.exceptions.OperationalError, ConnectionError):
        return render_template("ops/message.html", message=QUEUE_DOWN), 503, {"Retry-After": "30"}
    flash(f"推送已开始：每人推荐 {runs[0].top_k} 个岗位，分 {len(runs)} 个任务执行", "push")
    return _back(campaign_id, "push")


@bp.get("/campaigns/<int:campaign_id>/push/progress")
@signed_in
def push_progress(campaign_id: int) -> ResponseReturnValue:
    """The latest push's progress, for the page to poll (errors in the API's JSON shape)."""
    progress = campaigns.push_progress(g.ops_account, campaign_id)
    if progress is None:
        return jsonify({"campaign_id": campaign_id, "started": False, "done": True})
    return jsonify({**progress, "started": True,
                    "started_at": progress["started_at"].isoformat(),
                    "finished_at": progress["finished_at"] and progress["finished_at"].isoformat()})
