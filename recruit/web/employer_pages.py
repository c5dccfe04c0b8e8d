"""Employer pages beside the vacancies (web/views.py): the applicant pipeline, candidate search
with its reasons, contact requests. Thin views over the same services and schemas as the API,
so the masking and the allowed moves are the API's."""

from __future__ import annotations

import marshmallow as ma
from flask import flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from recruit.applications import service as applications
from recruit.applications.schemas import MoveSchema
from recruit.codes import enums
from recruit.contacts import service as contacts
from recruit.contacts.schemas import ContactRequestCreateSchema
from recruit.errors import AppError
from recruit.fairness import sampling as fairness
from recruit.search import service as search
from recruit.vacancies import service as vacancies
from recruit.web import forms
from recruit.web.views import bp, with_employer

APPLICATION_STATUS_NAMES = {"submitted": "已投递", "viewed": "已查看", "interview": "邀请面试",
                            "offered": "已发录用意向", "hired": "已录用", "rejected": "未录用",
                            "withdrawn": "已撤回"}
CONTACT_STATUS_NAMES = {"pending": "等待回复", "accepted": "已同意", "declined": "已拒绝"}
CANDIDATES = 30


@bp.app_template_global()
def application_status_name(status: str) -> str:
    return APPLICATION_STATUS_NAMES.get(status, status)


@bp.post("/applications/<int:application_id>/move")
@with_employer
def move_application(application_id: int) -> Response:
    """One step of the pipeline (viewed, interview, offered, hired, rejected with the reason
    the jobseeker sees); the service checks the step and that the vacancy is this employer's."""
    back = request.form.get("vacancy_id", type=int)
    try:
        data = MoveSchema().load({"status": request.form.get("status", ""),
                                  "reason": (request.form.get("reason") or "").strip() or None})
    except ma.ValidationError as exc:
        flash(forms.first_message(exc.normalized_messages()), "error")
    else:
        try:
            moved = applications.move(g.web_account, application_id, status=data["status"],
                                      reason=data["reason"])
        except AppError as exc:
            if exc.status == 404:
                raise
            flash(exc.message, "error")
        else:
            flash(f"已更新为「{application_status_name(moved.status)}」")
            back = moved.vacancy_id
    if back is None:
        return redirect(url_for("web.home"))
    return redirect(url_for("web.vacancy", vacancy_id=back, _anchor="applicants"))


@bp.get("/vacancies/<int:vacancy_id>/candidates")
@with_employer
def candidates(vacancy_id: int) -> str:
    vacancy = vacancies.get_own(vacancy_id, g.web_account)
    result = search.candidates_for(g.web_account, vacancy_id, CANDIDATES)
    fairness.record_candidates(vacancy_id, result)
    requested = {r.jobseeker_id: r for r, _ in contacts.list_sent(g.web_account)}
    return render_template("web/candidates.html", vacancy=vacancy, result=result, requested=requested,
                           groups=enums.PRIORITY_GROUPS, education=enums.EDUCATION_LEVELS,
                           contact_status_names=CONTACT_STATUS_NAMES)


@bp.post("/candidates/<int:jobseeker_id>/contact")
@with_employer
def request_contact(jobseeker_id: int) -> Response:
    back = request.form.get("vacancy_id", type=int)
    try:
        data = ContactRequestCreateSchema().load(
            {"message": (request.form.get("message") or "").strip() or None})
        _, created = contacts.request_contact(g.web_account, jobseeker_id, message=data.get("message"))
        flash("联系请求已发出，求职者同意后可查看其联系方式。" if created else "已向该求职者发出过联系请求。")
    except ma.ValidationError as exc:
        flash(forms.first_message(exc.normalized_messages()), "error")
    except AppError as exc:
        if exc.status == 404:
            raise
        flash(exc.message, "error")
    if back is not None:
        return redirect(url_for("web.candidates", vacancy_id=back))
    return redirect(url_for("web.contacts"))


@bp.get("/contacts", endpoint="contacts")
@with_employer
def contacts_page() -> str:
    return render_template("web/contacts.html", items=contacts.list_sent(g.web_account),
                           contact_status_names=CONTACT_STATUS_NAMES, education=enums.EDUCATION_LEVELS)
