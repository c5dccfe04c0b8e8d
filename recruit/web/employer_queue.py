"""Operators' employer checks, beside the priority-group verification page: organisations
waiting for verification in the operator's region, and organisations opening far more resumes
than their open places justify. Decisions go through recruit.employers.verification."""

from __future__ import annotations

import marshmallow as ma
from flask import flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from recruit.codes import regions
from recruit.contacts import resume_views
from recruit.employers import schemas, verification
from recruit.errors import AppError
from recruit.web.ops_blueprint import bp, signed_in

PER_PAGE = 20


def _page() -> int:
    return max(request.args.get("page", 1, type=int) or 1, 1)


def _employers_page(errors: dict | None = None, values: dict | None = None,
                    status: int = 200) -> tuple[str, int]:
    page = _page()
    items, total = verification.pending(g.ops_account, offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
    rows = [{"employer": e, "place": regions.full_name(e.region_code) or e.region_code} for e in items]
    return render_template("ops/employers.html", rows=rows, total=total, page=page,
                           pages=max((total + PER_PAGE - 1) // PER_PAGE, 1),
                           flags=resume_views.flagged(g.ops_account),
                           errors=errors or {}, values=values or {}), status


@bp.get("/employers")
@signed_in
def employers() -> ResponseReturnValue:
    return _employers_page()


@bp.post("/employers/<int:employer_id>/<any(approve, reject):decision>")
@signed_in
def verify_employer(employer_id: int, decision: str) -> ResponseReturnValue:
    """Verify (optional note) or reject (a reason the employer sees) an organisation."""
    approve = decision == "approve"
    text = request.form.get("reason" if not approve else "note", "").strip()
    try:
        if approve:
            note = schemas.VerifySchema().load({"note": text or None})["note"]
            employer = verification.decide(g.ops_account, employer_id, approve=True, reason=note)
        else:
            reason = schemas.RejectVerificationSchema().load({"reason": text})["reason"]
            employer = verification.decide(g.ops_account, employer_id, approve=False, reason=reason)
    except ma.ValidationError as exc:
        messages = next(iter(exc.normalized_messages().values()))
        return _employers_page(errors={employer_id: messages[0]}, values={employer_id: text}, status=400)
    except AppError as exc:
        return render_template("ops/message.html", message=exc.message), exc.status
    flash(f"「{employer.name}」{'已核验通过' if approve else '已退回'}")
    return redirect(url_for("ops.employers", page=_page()))
