"""The lifecycle table (recruit/vacancies/lifecycle.py) read by both write paths: every transition
the bulk importer applies set-wise in SQL leaves what the service's `_move` leaves for one
vacancy (status, transitions, counters, outbox and partner change log, audit). Driven by the
table: a new transition the importer makes is covered here without a new test."""

import itertools

import pytest
from sqlalchemy import text

from recruit.extensions import db
from recruit.reporting.dimensions import CELL_KEY, ROLLUP_KEY
from recruit.reporting.models import METRICS
from recruit.reporting.reconcile import reconcile
from recruit.vacancies import importer, lifecycle
from tests.factories import vacancy_payload

BULK = [t for t in lifecycle.TABLE if t.bulk]
CLEAN = "负责厂区高低压配电设备的日常巡检与维修，持电工证上岗，缴纳五险一金，包吃住。"
FLAGGED = "负责产品包装，限男性，月休四天，包吃住，缴纳五险一金。"


def _inputs(step):
    """The (submit, flagged) uploads whose rows take `step` (lifecycle.creation)."""
    return [(submit, flagged) for submit, flagged in itertools.product((False, True), repeat=2)
            if step in lifecycle.creation(submit, flagged)]


def test_the_table_is_consistent():
    from recruit.vacancies.models import STATUSES

    assert STATUSES == lifecycle.STATES
    for step in lifecycle.TABLE:
        assert step.target in lifecycle.STATES and step.sources <= {None, *lifecycle.STATES}, step
        assert step.actors and step.actors <= {lifecycle.EMPLOYER, lifecycle.STAFF, lifecycle.SYSTEM}
        assert (step.close_reason is not None) == (step.target == "closed"), step
        assert step.close_reason is None or step.close_reason in lifecycle.CLOSE_REASONS
        # staff decisions are audited; the importer makes none, so it never writes audit rows
        assert (step.audit is not None) == (lifecycle.STAFF in step.actors), step
    assert BULK, "the importer applies some transitions set-wise"
    for step in BULK:
        assert _inputs(step), f"no upload makes {step.action}"


def _snapshot():
    """Every counter figure, with the employer left out (the two paths post as two employers)."""
    figures = {}
    for table, keys, metrics in (("counter_cells", CELL_KEY, METRICS),
                                 ("counter_rollups", ROLLUP_KEY, METRICS),
                                 ("employer_reach", ["scope", "day", "prev_day"], ["employers"])):
        for row in db.session.execute(text(f"select * from {table}")).mappings():
            figures.update({(table, *(row[k] for k in keys), m): row[m] for m in metrics})
    for scope, day, prev_day, n in db.session.execute(text(
            "select scope, day, prev_day, count(*) from employer_scope_days group by 1, 2, 3")):
        figures[("employer_scope_days", scope, day, prev_day)] = n
    return figures


def _delta(before, after):
    return {k: after.get(k, 0) - before.get(k, 0) for k in before.keys() | after.keys()
            if after.get(k, 0) != before.get(k, 0)}


def _result(vacancy_id, account_id):
    """What the write left for one vacancy: its state, its transitions (actor: the employer or
    the system), its outbox and partner change-log rows and its audit rows."""
    row = db.session.execute(text(
        "select status, published_at is not null as published, close_reason, screen_hits, "
        "published_campaign_ids, hired_count from vacancies where id = :id"),
        {"id": vacancy_id}).mappings().one()
    steps = db.session.execute(text(
        "select from_status, to_status, actor_id, reason from vacancy_transitions where vacancy_id = :id "
        "order by id"), {"id": vacancy_id}).all()
    outbox = db.session.execute(text(
        "select index_name from search_outbox where doc_id = :id and index_name = 'vacancies' order by id"),
        {"id": vacancy_id}).scalars().all()
    changes = db.session.execute(text("select op from vacancy_changes where vacancy_id = :id order by id"),
                                 {"id": vacancy_id}).scalars().all()
    audit = db.session.execute(text(
        "select action, before, after from audit_log where target_type = 'vacancy' and target_id = :id "
        "order by id"), {"id": str(vacancy_id)}).all()
    return {
        "vacancy": dict(row),
        "steps": [(f, t, "system" if a is None else ("employer" if a == account_id else a), r)
                  for f, t, a, r in steps],
        "outbox": outbox, "changes": changes, "audit": [tuple(a) for a in audit],
    }


def _account_of(employer):
    return db.session.scalar(text("select id from accounts where employer_id = :e"),
                             {"e": employer.extra["employer"]["id"]})


@pytest.mark.parametrize("step", BULK, ids=lambda t: t.action)
def test_the_service_and_the_importer_agree_on_every_bulk_transition(app, make_employer, step):
    for n, (submit, flagged) in enumerate(_inputs(step)):
        payload = vacancy_payload(description=FLAGGED if flagged else CLEAN, external_ref=f"P{n}",
                                  region_code="420106", industry_code="C38", education_min="associate")
        by_form = make_employer(name="武汉表单机电有限公司")
        by_file = make_employer(name="武汉导入机电有限公司")
        with app.app_context():
            before = _snapshot()
        r = by_form.post("/api/v1/vacancies", json={**payload, "submit": submit})
        assert r.status_code == 201, r.get_json()
        with app.app_context():
            form_account = _account_of(by_form)
            after_form = _snapshot()
            form = _result(r.get_json()["id"], form_account)
            raw = {k: str(v) for k, v in payload.items()}
            file_account = _account_of(by_file)
            batch = importer.import_rows(employer_id=by_file.extra["employer"]["id"], account_id=file_account,
                                         filename="parity.csv", submit=submit, rows=[(2, raw)])
            assert (batch.created, batch.failed) == (1, 0), batch.errors
            vacancy_id = db.session.scalar(text(
                "select id from vacancies where employer_id = :e and external_ref = :ref"),
                {"e": by_file.extra["employer"]["id"], "ref": f"P{n}"})
            imported = _result(vacancy_id, file_account)
            after_file = _snapshot()

            # the creation's reason is each path's own: the form says 创建, the import names its file
            assert form["steps"][0][3] == lifecycle.TRANSITIONS["create"].reason
            assert imported["steps"][0][3] == "批量导入（parity.csv）"
            form["steps"][0] = imported["steps"][0] = form["steps"][0][:3]
            path = lifecycle.creation(submit, flagged)
            assert [s[:2] for s in form["steps"]] == [(path[i - 1].target if i else None, t.target)
                                                       for i, t in enumerate(path)]
            assert imported == form, (submit, flagged)
            assert _delta(after_form, after_file) == _delta(before, after_form), (submit, flagged)
            if step.counts:
                assert _delta(before, after_form)  # a counted step moved some counter
            assert reconcile() == []


EDITED = [t for t in lifecycle.TABLE if t.edit]
OTHER_CLEAN = "负责车间设备的日常维护与保养，持电工证上岗，缴纳五险一金，提供住宿。"


def _edit_inputs(step):
    """The (status, substantive, fills) edits that make `step` (lifecycle.on_edit)."""
    return [(status, substantive, fills) for status in lifecycle.STATES if status != "closed"
            for substantive, fills in itertools.product((False, True), repeat=2)
            if lifecycle.on_edit(status, substantive, fills) is step]


def test_every_edit_transition_is_reachable():
    assert EDITED
    for step in EDITED:
        assert _edit_inputs(step), f"no edit makes {step.action}"


def _in_status(app, actor, operator, status, ref):
    """A vacancy of `actor` brought to `status` by the form and review, as both paths find it."""
    payload = vacancy_payload(description=CLEAN if status in ("draft", "published") else FLAGGED,
                              external_ref=ref, region_code="420106", industry_code="C38",
                              education_min="associate")
    r = actor.post("/api/v1/vacancies", json={**payload, "submit": status != "draft"})
    assert r.status_code == 201, r.get_json()
    vacancy = r.get_json()
    if status == "rejected":
        r = operator.post(f"/api/v1/review/vacancies/{vacancy['id']}/reject", json={"reason": "含性别限制"})
        assert r.status_code == 200
    assert actor.get(f"/api/v1/employers/me/vacancies/{vacancy['id']}").get_json()["status"] == status
    with app.app_context():  # a hire, for an edit that lowers the headcount to the hires
        db.session.execute(text("update vacancies set hired_count = 1 where id = :id"), {"id": vacancy["id"]})
        db.session.commit()
    return payload, vacancy["id"]


def _tail(later, earlier):
    return {k: (v[len(earlier[k]):] if isinstance(v, list) else v) for k, v in later.items()}


@pytest.mark.parametrize("step", EDITED, ids=lambda t: t.action)
def test_a_form_edit_and_a_reupload_agree_on_every_edit_transition(app, make_employer, make_staff, step):
    operator = make_staff("operator", "42")
    for n, (status, substantive, fills) in enumerate(_edit_inputs(step)):
        by_form = make_employer(name="武汉表单机电有限公司")
        by_file = make_employer(name="武汉导入机电有限公司")
        _, form_id = _in_status(app, by_form, operator, status, f"E{n}")
        payload, file_id = _in_status(app, by_file, operator, status, f"E{n}")
        changes = {"headcount": 1 if fills else 5}
        if substantive:
            changes["description"] = OTHER_CLEAN
        with app.app_context():
            form_account, file_account = _account_of(by_form), _account_of(by_file)
            before, form_before = _snapshot(), _result(form_id, form_account)
        r = by_form.client.patch(f"/api/v1/employers/me/vacancies/{form_id}", headers=by_form.headers,
                                 json=changes)
        assert r.status_code == 200, r.get_json()
        with app.app_context():
            after_form = _snapshot()
            form = _tail(_result(form_id, form_account), form_before)
            file_before = _result(file_id, file_account)
            raw = {k: str(v) for k, v in {**payload, **changes}.items()}
            batch = importer.import_rows(employer_id=by_file.extra["employer"]["id"], account_id=file_account,
                                         filename="parity.csv", submit=True, rows=[(2, raw)])
            assert (batch.updated, batch.failed) == (1, 0), batch.errors
            imported = _tail(_result(file_id, file_account), file_before)
            after_file = _snapshot()

            assert step.target in [s[1] for s in form["steps"]], (status, substantive, fills)
            assert imported == form, (status, substantive, fills)
            assert _delta(after_form, after_file) == _delta(before, after_form), (status, substantive, fills)
            assert reconcile() == []
