"""Employer pages: thin views over the services; every POST carries a CSRF token."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import marshmallow as ma
from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError, generate_csrf, validate_csrf
from werkzeug.exceptions import NotFound
from wtforms import ValidationError

from recruit.accounts import service as accounts
from recruit.accounts import sessions
from recruit.applications import service as applications
from recruit.applications.models import TRANSITIONS
from recruit.applications.schemas import EMPLOYER_MOVES
from recruit.codes import enums
from recruit.employers import service as employers
from recruit.employers import verification
from recruit.employers.schemas import EmployerCreateSchema, EmployerUpdateSchema
from recruit.errors import AppError
from recruit.throttle import limit_posts
from recruit.vacancies import importer
from recruit.vacancies import service as vacancies
from recruit.web import forms, places

bp = Blueprint("web", __name__, url_prefix="/employer", template_folder="templates",
               static_folder="static", static_url_path="/static")
PAGE_SIZE = 20
SESSION_KEY = "sid"
PROFILE_FIELDS = ("name", "region_code", "industry_code", "size_band", "address", "contact_name",
                  "contact_phone")


@bp.context_processor
def _globals() -> dict[str, Any]:
    return {"csrf_token": generate_csrf, "status_names": vacancies.STATUS_NAMES,
            "verification_names": verification.STATUS_NAMES,
            "close_reason_names": vacancies.CLOSE_REASON_NAMES, "account": g.get("web_account"),
            "place": places.place, "picker": places.picker()}


@bp.before_request
def _guard() -> None:
    if request.method == "POST":
        if request.endpoint == "web.upload":
            request.max_content_length = current_app.config["IMPORT_MAX_BYTES"]
        try:
            validate_csrf(request.form.get("csrf_token"))
        except ValidationError as exc:
            raise CSRFError(str(exc)) from exc
    # the cookie names a server-side session: logout, "log out everywhere" and a password change
    # end it, so a copy of the cookie replayed later signs nobody in
    g.web_account = sessions.web_account(session.get(SESSION_KEY), ("employer",))


@bp.errorhandler(CSRFError)
def _csrf_failed(err: CSRFError) -> ResponseReturnValue:
    message = "表单已失效，请刷新页面后重试。"
    return render_template("web/message.html", title="页面已过期", message=message), 400


@bp.errorhandler(AppError)
def _app_error(err: AppError) -> ResponseReturnValue:
    return render_template("web/message.html", title="无法完成", message=err.message), err.status


@bp.errorhandler(404)
def _not_found(err: NotFound) -> ResponseReturnValue:
    return render_template("web/message.html", title="页面不存在", message="页面不存在或无权查看。"), 404


def signed_in(view: Callable[..., ResponseReturnValue]) -> Callable[..., ResponseReturnValue]:
    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        if g.web_account is None:
            return redirect(url_for("web.login", next=request.path))
        return view(*args, **kwargs)

    return wrapper


def with_employer(view: Callable[..., ResponseReturnValue]) -> Callable[..., ResponseReturnValue]:
    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        if g.web_account.employer_id is None:
            return redirect(url_for("web.profile"))
        return view(*args, **kwargs)

    return signed_in(wrapper)


@bp.route("/login", methods=["GET", "POST"])
@limit_posts("login")
def login() -> ResponseReturnValue:
    error = None
    if request.method == "POST":
        try:
            account = accounts.check_password(phone=request.form.get("phone", ""),
                                              password=request.form.get("password", ""))
        except AppError as exc:  # wrong password, or a malformed phone number
            error = exc.message
        else:
            if account.role != "employer":
                error = "此页面仅供用人单位登录"
            else:
                session.clear()  # a fresh session on sign-in
                session[SESSION_KEY] = sessions.web_login(account)
                target = request.args.get("next", "")
                return redirect(target if target.startswith("/employer/") else url_for("web.home"))
    return render_template("web/login.html", error=error), 200 if error is None else 401


@bp.post("/logout")
def logout() -> ResponseReturnValue:
    sessions.revoke(session.get(SESSION_KEY) if isinstance(session.get(SESSION_KEY), str) else None)
    session.clear()
    return redirect(url_for("web.login"))


@bp.get("/")
@with_employer
def home() -> ResponseReturnValue:
    page = max(request.args.get("page", 1, type=int), 1)
    status = request.args.get("status") or None
    if status not in (None, *vacancies.STATUS_NAMES):
        status = None
    items, total = vacancies.list_own(g.web_account, status=status, offset=(page - 1) * PAGE_SIZE,
                                      limit=PAGE_SIZE)
    return render_template("web/vacancies.html", items=items, total=total, page=page, status=status,
                           pages=max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1))


@bp.route("/profile", methods=["GET", "POST"])
@signed_in
def profile() -> ResponseReturnValue:
    """Register the organisation, or change its profile (the owner; a new name is screened like an ad)."""
    errors, values = {}, {}
    registered = g.web_account.employer_id is not None
    if request.method == "POST":
        values = {k: v.strip() for k, v in request.form.items() if k != "csrf_token"}
        try:
            if registered:
                employers.update_profile(g.web_account, EmployerUpdateSchema().load(
                    {k: v for k, v in values.items() if k in PROFILE_FIELDS and v}))
                flash("单位资料已保存")
            else:
                values["is_agency"] = "is_agency" in request.form
                employers.register(g.web_account, **EmployerCreateSchema().load(values))
            return redirect(url_for("web.profile"))
        except ma.ValidationError as exc:
            errors = {k: forms.first_message(v) for k, v in exc.normalized_messages().items()}
        except AppError as exc:
            errors = forms.field_errors(exc)
    employer = employers.of_account(g.web_account) if registered else None
    if employer is not None and not values:
        # the contact phone stays masked as in the API: left empty, it is kept
        values = {k: getattr(employer, k) or "" for k in PROFILE_FIELDS if k != "contact_phone"}
    return render_template("web/profile.html", employer=employer, errors=errors, values=values,
                           choices=forms.choices()), 422 if errors else 200


@bp.route("/vacancies/new", methods=["GET", "POST"])
@with_employer
def new_vacancy() -> ResponseReturnValue:
    errors, values = {}, {}
    if request.method == "POST":
        values = forms.form_values(request.form)
        data, errors = forms.vacancy_input(request.form, create=True)
        if data is not None:
            try:
                vacancy = vacancies.create(g.web_account, data)
                return redirect(url_for("web.vacancy", vacancy_id=vacancy.id))
            except AppError as exc:
                errors = forms.field_errors(exc)
    clients = []
    if employers.of_account(g.web_account).is_agency:
        clients = employers.partners(g.web_account, as_agency=True, offset=0, limit=500)[0]
    return render_template("web/vacancy_form.html", vacancy=None, values=values, errors=errors,
                           choices=forms.choices(), clients=clients), 422 if errors else 200


@bp.route("/vacancies/<int:vacancy_id>/edit", methods=["GET", "POST"])
@with_employer
def edit_vacancy(vacancy_id: int) -> ResponseReturnValue:
    vacancy = vacancies.get_own(vacancy_id, g.web_account)
    errors, values = {}, forms.vacancy_values(vacancy)
    if request.method == "POST":
        values = forms.form_values(request.form)
        data, errors = forms.vacancy_input(request.form, create=False)
        if data is not None:
            try:
                vacancies.update(g.web_account, vacancy_id, data)
                return redirect(url_for("web.vacancy", vacancy_id=vacancy_id))
            except AppError as exc:
                if exc.status == 404:
                    raise
                errors = forms.field_errors(exc)
                vacancy = vacancies.get_own(vacancy_id, g.web_account)
    return render_template("web/vacancy_form.html", vacancy=vacancy, values=values, errors=errors,
                           choices=forms.choices(), clients=[]), 422 if errors else 200


@bp.get("/vacancies/<int:vacancy_id>")
@with_employer
def vacancy(vacancy_id: int) -> ResponseReturnValue:
    item = vacancies.get_own(vacancy_id, g.web_account)
    applicants, total = [], 0
    if verification.is_verified(g.web_account.employer_id):  # unverified: no applicants shown
        applicants, total = applications.list_for_vacancy(g.web_account, vacancy_id, limit=200)
    moves = {status: [s for s in steps if s in EMPLOYER_MOVES] for status, steps in TRANSITIONS.items()}
    return render_template("web/vacancy.html", vacancy=item, moves=moves,
                           education=enums.EDUCATION_LEVELS, groups=enums.PRIORITY_GROUPS,
                           transitions=vacancies.transitions(g.web_account, vacancy_id),
                           applicants=applicants, applicant_total=total)


@bp.post("/vacancies/<int:vacancy_id>/submit")
@with_employer
def submit_vacancy(vacancy_id: int) -> ResponseReturnValue:
    vacancies.submit(g.web_account, vacancy_id)
    return redirect(url_for("web.vacancy", vacancy_id=vacancy_id))


@bp.post("/vacancies/<int:vacancy_id>/close")
@with_employer
def close_vacancy(vacancy_id: int) -> ResponseReturnValue:
    vacancies.close(g.web_account, vacancy_id, (request.form.get("reason") or "").strip()[:500] or None)
    return redirect(url_for("web.vacancy", vacancy_id=vacancy_id))


@bp.route("/import", methods=["GET", "POST"])
@with_employer
def upload() -> ResponseReturnValue:
    batch, error, client_error = None, None, None
    own = employers.of_account(g.web_account)
    # an HR agency may import for the employers that authorised it, as in the vacancy form
    clients = (employers.partners(g.web_account, as_agency=True, offset=0, limit=1000)[0]
               if own.is_agency else [])
    client_id = request.form.get("employer_id", type=int)
    if request.method == "POST":
        file = request.files.get("file")
        if file is None or not file.filename:
            error = "请选择要上传的文件"
        else:
            try:
                batch = importer.upload(g.web_account, filename=file.filename, data=file.read(),
                                        submit=request.form.get("submit") == "1", employer_id=client_id)
            except AppError as exc:
                fields = forms.field_errors(exc)
                client_error = fields.get("employer_id")
                error = None if client_error else fields.get("file", exc.message)
    return render_template("web/import.html", batch=batch, error=error, client_error=client_error,
                           clients=clients, client_id=client_id, columns=importer.COLUMNS), \
        422 if error or client_error else 200


@bp.get("/import/<int:batch_id>/errors.csv")
@with_employer
def import_errors(batch_id: int) -> ResponseReturnValue:
    batch = importer.get_batch(g.web_account, batch_id)
    return Response(importer.errors_csv(batch), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="import-{batch.id}-errors.csv"'})


@bp.get("/import/template.csv")
def import_template() -> ResponseReturnValue:
    return Response(importer.template_csv(), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="vacancy-import-template.csv"'})
