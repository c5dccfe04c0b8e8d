"""Erasure, table by table and field by field (issue 13, item 8)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlalchemy import select, text

from recruit.extensions import db
from recruit.jobseekers.erasure import INDEX_FIELDS, TABLES
from tests.factories import PASSWORD, resume_payload, sync_search

_PERSON_TABLES = ("accounts", "jobseekers")
# a field elsewhere that could name a person: ids and names
_PERSONAL_NAME = re.compile(r"(_ids?|^id)$|jobseeker|account|applicant|phone|name")
_COUNTER_TABLES = ("counter_cells", "counter_rollups", "employer_scope_days", "employer_reach")
WECHAT, PHONE = "wx_lina_1995", "13912340000"


def _person_columns(table) -> list[tuple[str, str]]:
    return [(c.name, fk.column.table.name) for c in table.columns for fk in c.foreign_keys
            if fk.column.table.name in _PERSON_TABLES]


def test_every_table_and_person_column_has_an_erasure_rule(app):
    tables = {t.name: t for t in db.metadata.sorted_tables}
    assert sorted(set(tables) - set(TABLES)) == [], "tables without an erasure rule"
    assert sorted(set(TABLES) - set(tables)) == [], "rules for tables that do not exist"
    uncovered = []
    for name, table in tables.items():
        rule = TABLES[name]
        assert rule.action in ("delete", "pseudonymise", "keep") and rule.why, name
        assert set(rule.columns) | set(rule.staff_only) <= set(table.columns.keys()), name
        if rule.action == "delete":
            continue
        for column, _target in _person_columns(table):
            if column not in rule.columns and column not in rule.staff_only:
                uncovered.append(f"{name}.{column}")
    assert uncovered == [], "columns referring to a person that no rule covers"


def test_every_index_field_that_could_name_a_person_has_a_rule():
    mappings = {p.stem: json.loads(p.read_text(encoding="utf-8"))["mappings"]["properties"]
                for p in (Path(__file__).resolve().parent.parent / "search_mappings").glob("*.json")}
    assert set(mappings) == set(INDEX_FIELDS), "indices without erasure rules"
    for index, fields in mappings.items():
        rules = INDEX_FIELDS[index]
        if "*" in rules:
            continue  # the whole document goes
        missing = [f for f in fields if _PERSONAL_NAME.search(f) and f not in rules]
        assert missing == [], (index, missing)
        assert set(rules) <= set(fields), (index, "rules for fields that do not exist")


def _counters() -> dict[str, list]:
    return {t: [tuple(r) for r in db.session.execute(text(f"select * from {t} order by 1, 2, 3, 4"))]
            for t in _COUNTER_TABLES}


def _attribution() -> dict[str, list]:
    """The campaigns each counted event recorded."""
    return {t: [tuple(r) for r in db.session.execute(text(f"select id, {column} from {t} order by id"))]
            for t, column in (("vacancies", "published_campaign_ids"), ("applications", "campaign_ids"),
                              ("application_events", "campaign_ids"))}


def _person(app, make_employer, make_vacancy, make_jobseeker, make_staff):
    """A jobseeker who left traces everywhere a person can, in a running campaign."""
    operator = make_staff("operator", "4201")
    campaign = operator.post("/api/v1/campaigns", json={
        "name": "退役军人专场", "kind": "region", "starts_at": "2020-01-01T00:00:00+08:00",
        "ends_at": "2099-01-01T00:00:00+08:00", "rule_employer_region": True}).get_json()["id"]
    employer = make_employer()
    first, second, third = (make_vacancy(employer, title=t)["id"] for t in ("维修电工", "电焊工", "钳工"))
    seeker = make_jobseeker()
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                            json=resume_payload(declared_groups=["veteran"], visibility="applied_only",
                                                self_introduction=f"微信{WECHAT}"))
    assert r.status_code == 200, r.get_json()
    membership = next(g["id"] for g in seeker.get("/api/v1/me/group-memberships").get_json()
                      if g["group"] == "veteran")
    assert operator.post(f"/api/v1/verification/memberships/{membership}/approve",
                         json={"reason": "核验退役证"}).status_code == 200
    withdrawn = seeker.post(f"/api/v1/vacancies/{first}/applications", json={"note": f"电话{PHONE}"})
    r = seeker.post(f"/api/v1/me/applications/{withdrawn.get_json()['id']}/withdraw",
                    json={"note": f"已找到工作，加我微信{WECHAT}，电话{PHONE}"})
    assert r.status_code == 200
    hired = seeker.post(f"/api/v1/vacancies/{second}/applications", json={}).get_json()["id"]
    assert employer.post(f"/api/v1/applications/{hired}/status",
                         json={"status": "interview", "reason": f"已电话{PHONE}约面试"}).status_code == 200
    assert employer.post(f"/api/v1/applications/{hired}/hire").status_code == 200
    undecided = seeker.post(f"/api/v1/vacancies/{third}/applications", json={}).get_json()["id"]
    jid = seeker.extra["profile"]["id"]
    assert employer.post(f"/api/v1/resumes/{jid}/contact-requests",
                         json={"message": f"请加微信{WECHAT}"}).status_code == 201
    r = seeker.post("/api/v1/me/saved-searches", json={"name": "电工", "query": {"q": "电工"}})
    assert r.status_code == 201
    with app.app_context():
        from recruit.campaigns.models import CampaignPush

        db.session.add(CampaignPush(campaign_id=campaign, jobseeker_id=jid, vacancy_id=first, rank=1,
                                    score=1.0, reasons=[]))
        db.session.commit()
    return seeker, employer, {"undecided": undecided, "hired": hired, "campaign": campaign}


def test_erasure_leaves_nothing_that_links_back_and_every_counter_as_it_was(
        app, search, make_employer, make_vacancy, make_jobseeker, make_staff):
    from recruit.reporting import report
    from recruit.reporting.reconcile import reconcile
    from recruit.search import mappings
    from recruit.search.client import es

    seeker, employer, apps = _person(app, make_employer, make_vacancy, make_jobseeker, make_staff)
    jid, aid = seeker.extra["profile"]["id"], seeker.account["id"]
    export = seeker.get("/api/v1/jobseekers/me/export").get_json()
    assert [p["vacancy_title"] for p in export["campaign_pushes"]] == ["维修电工"]
    sync_search(app)
    campaign = f"/api/v1/campaigns/{apps['campaign']}"
    figures = seeker.client.get(campaign).get_json()["counters"]
    # the person's events counted for the campaign, in the veterans' group too
    assert (figures["positions"], figures["applications"], figures["withdrawals"], figures["hires"]) \
        == (9, 3, 1, 1)
    with app.app_context():
        assert es().exists(index=mappings.alias("jobseekers"), id=str(jid))
        before = _counters()
        # the two-cut rollups hold the person's group and campaign events too
        assert {"group_channel", "campaign_channel", "campaign_group"} <= {
            row[0] for row in before["counter_rollups"] if row[7] or row[9]}
        attributed = _attribution()
        assert reconcile() == []
        staff_figures = report.campaign_counters([apps["campaign"]])
        assert staff_figures[apps["campaign"]]["hires_by_group"]["veteran"] == 1
        db.session.remove()

    r = seeker.client.delete("/api/v1/jobseekers/me", headers=seeker.headers, json={"password": PASSWORD})
    assert r.status_code == 204
    sync_search(app)

    assert seeker.client.get(campaign).get_json()["counters"] == figures
    with app.app_context():
        assert _counters() == before
        assert _attribution() == attributed  # the campaigns recorded with each event stay
        assert report.campaign_counters([apps["campaign"]]) == staff_figures
        assert reconcile() == []
        assert not es().exists(index=mappings.alias("jobseekers"), id=str(jid))
        linked, texts = [], []
        for table in db.metadata.sorted_tables:
            for column, target in _person_columns(table):
                value = jid if target == "jobseekers" else aid
                n = db.session.scalar(text(f"select count(*) from {table.name} where {column} = :v"),
                                      {"v": value})
                if n and not (table.name == "accounts" and column == "id"):
                    linked.append(f"{table.name}.{column}")
            # every column of every row, as text: no free text of the person anywhere
            for marker in (WECHAT, PHONE):
                if db.session.scalar(text(f"select count(*) from {table.name} t where t::text like :m"),
                                     {"m": f"%{marker}%"}):
                    texts.append(f"{table.name}: {marker}")
        assert linked == [] and texts == []
        from recruit.audit.models import AuditEntry

        audit = db.session.scalars(select(AuditEntry).where(
            AuditEntry.action.startswith("group_membership."))).all()
        assert audit and all(a.before["jobseeker_id"].startswith("anon:")
                             and a.after["jobseeker_id"] == a.before["jobseeker_id"]
                             and a.target_id.startswith("anon:") for a in audit)
    # the employer keeps its pipeline, without the person, and cannot act on the undecided one
    r = employer.post(f"/api/v1/applications/{apps['undecided']}/status", json={"status": "viewed"})
    assert r.status_code == 409 and r.get_json()["code"] == "applicant_erased"


def test_a_withdrawn_application_takes_an_applied_only_resume_off_the_candidate_list(
        app, search, make_employer, make_vacancy, make_jobseeker):
    employer = make_employer()
    vacancy = make_vacancy(employer)["id"]
    seeker = make_jobseeker()
    seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers,
                        json=resume_payload(visibility="applied_only"))
    application = seeker.post(f"/api/v1/vacancies/{vacancy}/applications", json={}).get_json()["id"]
    sync_search(app)
    hits = employer.get(f"/api/v1/vacancies/{vacancy}/candidates").get_json()["hits"]
    assert [h["jobseeker_id"] for h in hits] == [seeker.extra["profile"]["id"]]
    assert seeker.post(f"/api/v1/me/applications/{application}/withdraw", json={}).status_code == 200
    # even before the index catches up, the list is checked against the applications
    assert employer.get(f"/api/v1/vacancies/{vacancy}/candidates").get_json()["hits"] == []
    sync_search(app)  # and the index itself drops the employer
    with app.app_context():
        from recruit.search import mappings
        from recruit.search.client import es

        doc = es().get(index=mappings.alias("jobseekers"), id=str(seeker.extra["profile"]["id"]))
    assert doc["_source"]["applied_employer_ids"] == []
    assert employer.get(f"/api/v1/vacancies/{vacancy}/candidates").get_json()["hits"] == []
    assert employer.get(f"/api/v1/resumes/{seeker.extra['profile']['id']}").status_code == 404
