"""Operators' work queues: ads the automatic screen held back, and declared priority-group
memberships to verify, each inside the operator's region, decided through the API's services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import marshmallow as ma
from flask import flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from recruit.codes import regions
from recruit.codes.enums import PRIORITY_GROUPS
from recruit.errors import AppError
from recruit.jobseekers.models import JobseekerGroup
from recruit.vacancies import schemas as vacancy_schemas
from recruit.vacancies import service as vacancies
from recruit.vacancies.models import Vacancy
from recruit.verification import schemas as verification_schemas
from recruit.verification import service as verifications
from recruit.web.ops_blueprint import bp, signed_in

PER_PAGE = 20


def _page() -> int:
    return max(request.args.get("page", 1, type=int) or 1, 1)


def _place(code: str | None) -> str:
    return (regions.full_name(code) or code) if code else "—"


def _decision(item_id: int, text: str, act: Callable[[], Any], rerender: Callable[..., ResponseReturnValue],
              done: Callable[[Any], str], endpoint: str) -> ResponseReturnValue:
    """Run the decision; a bad note or reason comes back next to its field, nothing decided."""
    try:
        result = act()
    except ma.ValidationError as exc:
        messages = next(iter(exc.normalized_messages().values()))
        return rerender(errors={item_id: messages[0]}, values={item_id: text}, status=400)
    except AppError as exc:
        return render_template("ops/message.html", message=exc.message), exc.status
    flash(done(result))
    return redirect(url_for(endpoint, page=_page()))


def _text(name: str) -> str:
    return request.form.get(name, "").strip()


# ---- vacancy review -----------------------------------------------------------------------

def _review_page(errors: dict | None = None, values: dict | None = None,
                 status: int = 200) -> tuple[str, int]:
    page = _page()
    items, total = vacancies.review_queue(g.ops_account, region=None, offset=(page - 1) * PER_PAGE,
                                          limit=PER_PAGE)
    rows = [{"vacancy": v, "region_name": _place(v.region_code)} for v in items]
    return render_template("ops/review.html", rows=rows, total=total, page=page,
                           pages=max((total + PER_PAGE - 1) // PER_PAGE, 1),
                           errors=errors or {}, values=values or {}), status


@bp.get("/review")
@signed_in
def review() -> ResponseReturnValue:
    return _review_page()


@bp.post("/review/<int:vacancy_id>/<any(approve, reject):decision>")
@signed_in
def decide(vacancy_id: int, decision: str) -> ResponseReturnValue:
    """Approve (optional note) or reject (a reason the employer sees)."""
    text = _text("reason" if decision == "reject" else "note")

    def act() -> Vacancy:
        if decision == "reject":
            return vacancies.reject(g.ops_account, vacancy_id,
                                    vacancy_schemas.RejectSchema().load({"reason": text})["reason"])
        return vacancies.approve(g.ops_account, vacancy_id,
                                 vacancy_schemas.ApproveSchema().load({"note": text or None})["note"])

    outcome = "退回" if decision == "reject" else "通过并发布"
    return _decision(vacancy_id, text, act, _review_page, lambda v: f"「{v.title}」已{outcome}", "ops.review")


# ---- priority-group verification ----------------------------------------------------------

def _verification_page(errors: dict | None = None, values: dict | None = None,
                       status: int = 200) -> tuple[str, int]:
    page = _page()
    items = verifications.pending(g.ops_account, limit=PER_PAGE + 1, offset=(page - 1) * PER_PAGE)
    rows = [{"membership": m, "person": m.jobseeker, "group_name": PRIORITY_GROUPS.get(m.group, m.group),
             "lives_in": _place(m.jobseeker.current_region_code),
             "hukou": _place(m.jobseeker.hukou_region_code)} for m in items[:PER_PAGE]]
    return render_template("ops/verification.html", rows=rows, page=page, more=len(items) > PER_PAGE,
                           errors=errors or {}, values=values or {}), status


@bp.get("/verification")
@signed_in
def verification() -> ResponseReturnValue:
    return _verification_page()


@bp.post("/verification/<int:membership_id>/<any(approve, reject):decision>")
@signed_in
def verify(membership_id: int, decision: str) -> ResponseReturnValue:
    """Confirm (optional note) or reject (a reason the jobseeker sees) a declared membership."""
    text = _text("reason")
    approve = decision == "approve"

    def act() -> JobseekerGroup:
        data = verification_schemas.ApproveSchema().load({"reason": text or None}) if approve else \
            verification_schemas.RejectSchema().load({"reason": text})
        return verifications.decide(g.ops_account, membership_id, approve=approve, reason=data["reason"])

    outcome = "核验通过" if approve else "退回"
    return _decision(membership_id, text, act, _verification_page,
                     lambda m: f"{PRIORITY_GROUPS.get(m.group, m.group)}身份已{outcome}", "ops.verification")
