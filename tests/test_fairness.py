"""The fairness monitor: sampled top-10 impressions, pools, the flag, scoping, no personal data."""

import datetime as dt

import pytest
from sqlalchemy import inspect, select, text

from recruit.accounts.models import Account
from recruit.codes.enums import PRIORITY_GROUPS
from recruit.extensions import db
from recruit.fairness import sampling, service
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.search import outbox
from tests.factories import PASSWORD, resume_payload, sync_search, update_vacancy


@pytest.fixture
def fair(app):
    """Every answer sampled, a low minimum sample; the buffer empty before and after."""
    saved = {k: app.config[k] for k in ("FAIRNESS_SAMPLE_RATE", "FAIRNESS_MIN_IMPRESSIONS",
                                        "FAIRNESS_FLUSH_SIZE", "FAIRNESS_FLUSH_SECONDS")}
    app.config.update(FAIRNESS_SAMPLE_RATE=1.0, FAIRNESS_MIN_IMPRESSIONS=10,
                      FAIRNESS_FLUSH_SIZE=100_000, FAIRNESS_FLUSH_SECONDS=3600)
    sampling.reset()
    yield app
    sampling.reset()
    app.config.update(saved)


# a filter, not words: the ladder would fill a short page with related jobs
ELECTRICIANS = {"occupation": "6"}


def _window():
    now = dt.datetime.now(dt.UTC)
    return {"starts_at": (now - dt.timedelta(days=1)).isoformat(),
            "ends_at": (now + dt.timedelta(days=30)).isoformat()}


def _campaign(operator, groups, regions=("4201",)):
    r = operator.post("/api/v1/campaigns", json={
        "name": f"{'、'.join(groups)}专场", "kind": "region", "target_groups": list(groups),
        "regions": list(regions), "rule_welcomes_group": False, "rule_employer_region": True, **_window()})
    assert r.status_code == 201, r.get_json()
    return r.get_json()["id"]


def _flush(app):
    with app.app_context():
        return sampling.flush()


def _rows(app):
    with app.app_context():
        return db.session.execute(
            text("select * from fairness_exposures order by 1, 2, 3, 4, 5")).mappings().all()


def _row(report, surface, group):
    return next(r for r in report["rows"] if r["surface"] == surface and r["group"] == group)


@pytest.fixture
def world(app, search, fair, make_employer, make_vacancy, make_staff):
    """Four vacancies of a Wuhan employer: two office jobs welcome graduates, one electrician
    job welcomes migrant workers, one welcomes nobody. Two campaigns over the employer's region
    (every vacancy a member): one for graduates, one for migrant workers."""
    employer = make_employer()
    ids = {
        "clerk1": make_vacancy(employer, title="行政文员", occupation_code="3-01")["id"],
        "clerk2": make_vacancy(employer, title="前台文员", occupation_code="3-01")["id"],
        "elec1": make_vacancy(employer, title="维修电工")["id"],
        "elec2": make_vacancy(employer, title="高压电工")["id"],
    }
    for key, groups in (("clerk1", ["graduate"]), ("clerk2", ["graduate"]), ("elec1", ["migrant_worker"])):
        update_vacancy(app, ids[key], welcomed_groups=groups)
    operator = make_staff("operator", "4201")
    graduates = _campaign(operator, ["graduate"])
    migrants = _campaign(operator, ["migrant_worker"])
    with app.app_context():
        for vid in ids.values():
            outbox.enqueue("vacancies", vid)
        db.session.commit()
    sync_search(app)
    return {"employer": employer, "operator": operator, "graduates": graduates, "migrants": migrants, **ids}


def test_under_exposed_target_group_is_flagged_and_a_well_exposed_one_is_not(app, client, world):
    shown = []
    for _ in range(6):
        r = client.get("/api/v1/search/vacancies", query_string=ELECTRICIANS)
        assert r.status_code == 200
        shown.append({h["id"] for h in r.get_json()["hits"]})
    assert all(s == {world["elec1"], world["elec2"]} for s in shown)  # no office job on the page
    client.get("/api/v1/search/vacancies", query_string={**ELECTRICIANS, "page": 2})  # not a top 10
    assert _flush(app) > 0
    operator = world["operator"]
    grads = operator.get(f"/api/v1/campaigns/{world['graduates']}/fairness").get_json()
    row = _row(grads, "search", "graduate")
    # 12 impressions, none of a vacancy welcoming graduates; 2 of the 4 members welcome them
    assert (row["surface_impressions"], row["impressions"], row["impression_share"]) == (12, 0, 0.0)
    assert (row["pool"], row["pool_total"], row["pool_share"], row["ratio"]) == (2, 4, 0.5, 0.0)
    assert row["flagged"] and grads["flagged"] and row["target"]
    migrants = operator.get(f"/api/v1/campaigns/{world['migrants']}/fairness").get_json()
    row = _row(migrants, "search", "migrant_worker")
    assert (row["impressions"], row["impression_share"]) == (6, 0.5)
    assert (row["pool_share"], row["ratio"]) == (0.25, 2.0)
    assert not row["flagged"] and not migrants["flagged"]
    # below the minimum sample nothing is flagged
    app.config["FAIRNESS_MIN_IMPRESSIONS"] = 13
    again = operator.get(f"/api/v1/campaigns/{world['graduates']}/fairness").get_json()
    assert not _row(again, "search", "graduate")["flagged"]


def test_apply_and_hire_rates_after_exposure(app, client, world, make_jobseeker):
    for _ in range(4):
        client.get("/api/v1/search/vacancies", query_string=ELECTRICIANS)
    _flush(app)
    seeker = make_jobseeker()
    r = seeker.post(f"/api/v1/vacancies/{world['elec1']}/applications", json={"channel": "search"})
    assert r.status_code == 201, r.get_json()
    r = world["employer"].post(f"/api/v1/applications/{r.get_json()['id']}/hire")
    assert r.status_code == 200, r.get_json()
    report = world["operator"].get(f"/api/v1/campaigns/{world['migrants']}/fairness").get_json()
    row = _row(report, "search", "migrant_worker")
    assert (row["impressions"], row["applications"], row["hires"]) == (4, 1, 1)
    assert row["apply_rate"] == row["hire_rate"] == 0.25
    assert _row(report, "recommendations", "migrant_worker")["applications"] == 0
    assert _row(report, "candidates", "migrant_worker")["apply_rate"] is None


def _seeker_with_groups(app, make_jobseeker, name, birth, groups):
    seeker = make_jobseeker(name, birth=birth)
    r = seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers, json=resume_payload())
    assert r.status_code == 200, r.get_json()
    with app.app_context():
        j = db.session.scalar(select(Jobseeker).where(Jobseeker.account_id == seeker.account["id"]))
        for g in groups:
            db.session.add(JobseekerGroup(jobseeker_id=j.id, group=g, source="declared", status="verified"))
        outbox.enqueue("jobseekers", j.id)
        db.session.commit()
        return j.id


def test_candidate_lists_count_groups_without_showing_sensitive_ones(app, client, world, make_jobseeker,
                                                                    make_staff):
    disabled = _seeker_with_groups(app, make_jobseeker, "王芳", "19940101", ["disabled"])
    _seeker_with_groups(app, make_jobseeker, "赵强", "19930101", ["veteran"])
    _seeker_with_groups(app, make_jobseeker, "孙磊", "19920101", [])
    sync_search(app)
    employer = world["employer"]
    r = employer.get(f"/api/v1/vacancies/{world['elec1']}/candidates")
    assert r.status_code == 200, r.get_json()
    hits = r.get_json()["hits"]
    assert disabled in {h["jobseeker_id"] for h in hits} and len(hits) == 3
    assert all("disabled" not in h["groups"] for h in hits)  # the employer never sees it
    _flush(app)
    admin = make_staff("admin")
    campaign = _campaign(admin, ["disabled", "veteran"], regions=("4201",))
    # the campaign counts from now: only lists sampled while it runs are attributed to it
    employer.get(f"/api/v1/vacancies/{world['elec1']}/candidates")
    _flush(app)
    report = admin.get(f"/api/v1/campaigns/{campaign}/fairness").get_json()
    row = _row(report, "candidates", "disabled")
    assert (row["surface_impressions"], row["impressions"]) == (3, 1)
    assert row["impression_share"] == pytest.approx(1 / 3)
    # the pool: findable resumes in 4201 (the world's three, plus none hidden)
    assert (row["pool"], row["pool_total"]) == (1, 3)
    assert _row(report, "candidates", "veteran")["ratio"] == pytest.approx(1.0)


def test_stored_rows_hold_no_personal_data(app, client, world, make_jobseeker):
    _seeker_with_groups(app, make_jobseeker, "王芳", "19940101", ["disabled"])
    sync_search(app)
    client.get("/api/v1/search/vacancies", query_string={"q": "文员"})
    world["employer"].get(f"/api/v1/vacancies/{world['elec1']}/candidates")
    _flush(app)
    with app.app_context():
        columns = {c["name"] for c in inspect(db.engine).get_columns("fairness_exposures")}
        people = {j.id for j in db.session.scalars(select(Jobseeker))}
        fks = inspect(db.engine).get_foreign_keys("fairness_exposures")
    assert columns == {"day", "campaign_id", "surface", "region_code", "group_code", "sampled", "weighted"}
    rows = _rows(app)
    assert {r["surface"] for r in rows} == {"search", "candidates"}
    assert {r["group_code"] for r in rows} <= set(PRIORITY_GROUPS) | {""}
    assert {r["region_code"] for r in rows} == {"420102"}  # the vacancy's county, not a home
    assert {r["campaign_id"] for r in rows} == {world["graduates"], world["migrants"]}
    # the candidate list showed one person: a count of 1 under each of her verified groups
    # (hubei derived from her ID's registration place), nothing naming her
    assert [(r["group_code"], r["sampled"]) for r in rows if r["surface"] == "candidates"
            and r["campaign_id"] == world["graduates"]] == [("", 1), ("disabled", 1), ("hubei", 1)]
    assert fks == [] and len(people) == 1


def test_region_scoping_and_bad_input(app, client, world, make_staff):
    cid = world["graduates"]
    assert make_staff("operator", "44").get(f"/api/v1/campaigns/{cid}/fairness").status_code == 404
    r = world["operator"].get(f"/api/v1/campaigns/{cid}/fairness", query_string={"region": "44"})
    assert r.status_code == 403 and r.get_json()["code"] == "out_of_region"
    r = world["operator"].get(f"/api/v1/campaigns/{cid}/fairness", query_string={"region": "420102"})
    assert r.status_code == 200 and r.get_json()["regions"] == ["420102"]
    r = world["operator"].get(f"/api/v1/campaigns/{cid}/fairness", query_string={"days": 0})
    assert r.status_code == 400 and "days" in str(r.get_json())
    assert make_staff("admin").get(f"/api/v1/campaigns/{cid}/fairness").status_code == 200
    assert world["employer"].get(f"/api/v1/campaigns/{cid}/fairness").status_code == 403


def test_sampling_rate_is_honoured(app, fair, world):
    app.config["FAIRNESS_SAMPLE_RATE"] = 0.0
    with app.test_request_context():
        for _ in range(200):
            sampling.record_vacancies("search", [{"id": world["elec1"]}])
    assert sampling.pending() == 0 and _flush(app) == 0 and _rows(app) == []
    app.config["FAIRNESS_SAMPLE_RATE"] = 0.25
    sampling.rng.seed(16)
    n = 4000
    with app.test_request_context():
        for _ in range(n):
            sampling.record_vacancies("search", [{"id": world["elec1"]}])
    _flush(app)
    total = next(r for r in _rows(app) if r["campaign_id"] == world["graduates"] and r["group_code"] == "")
    # binomial(4000, 0.25): mean 1000, sd 27
    assert 1000 - 5 * 27 < total["sampled"] < 1000 + 5 * 27
    assert total["weighted"] == pytest.approx(total["sampled"] / 0.25)


def test_the_buffer_is_written_after_the_response_when_full(app, client, world):
    app.config["FAIRNESS_FLUSH_SIZE"] = 1
    r = client.get("/api/v1/search/vacancies", query_string=ELECTRICIANS)
    assert r.status_code == 200 and _rows(app) == [] and sampling.pending() == 2
    r.close()  # what the WSGI server does once the body is sent (PEP 3333)
    assert sampling.pending() == 0
    assert {(x["campaign_id"], x["group_code"], x["sampled"]) for x in _rows(app)
            if x["campaign_id"] == world["migrants"]} == {(world["migrants"], "", 2),
                                                          (world["migrants"], "migrant_worker", 1)}


def test_the_dashboard_lists_flagged_campaigns(app, client, world):
    for _ in range(6):
        client.get("/api/v1/search/vacancies", query_string=ELECTRICIANS)
    _flush(app)
    page = client.get("/ops/login").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/ops/login", data={"phone": world["operator"].extra["phone"], "password": PASSWORD,
                                        "csrf_token": token})
    assert r.status_code == 302, r.get_data(as_text=True)
    html = client.get("/ops/").get_data(as_text=True)
    panel = html.split('id="fairness-panel"')[1].split("</table>")[0]
    assert f'data-campaign="{world["graduates"]}" data-surface="search" data-group="graduate"' in panel
    assert f'data-campaign="{world["migrants"]}"' not in panel
    assert "高校毕业生" in panel and "0.00" in panel
    with app.test_request_context():
        operator = db.session.get(Account, world["operator"].account["id"])
        assert [r["campaign_id"] for r in service.panel(operator, campaign_id=world["migrants"])] == []
        assert {r["group"] for r in service.panel(operator, campaign_id=world["graduates"])} == {"graduate"}
    # each campaign's own page carries its rows of the panel, and only its own
    own = client.get(f"/ops/campaigns/{world['graduates']}").get_data(as_text=True)
    own_panel = own.split('id="fairness-panel"')[1].split("</table>")[0]
    assert f'data-campaign="{world["graduates"]}" data-surface="search" data-group="graduate"' in own_panel
    other = client.get(f"/ops/campaigns/{world['migrants']}").get_data(as_text=True)
    assert 'data-campaign=' not in other.split('id="fairness-panel"')[1].split("</table>")[0]


def test_pages_served_from_the_result_cache_count_as_impressions(app, client, world):
    app.config["SEARCH_CACHE_SECONDS"] = 60
    try:
        served = [client.get("/api/v1/search/vacancies", query_string=ELECTRICIANS) for _ in range(3)]
    finally:
        app.config["SEARCH_CACHE_SECONDS"] = 0
    assert [r.headers["X-Search-Cache"] for r in served] == ["miss", "hit", "hit"]
    _flush(app)
    grads = world["operator"].get(f"/api/v1/campaigns/{world['graduates']}/fairness").get_json()
    assert _row(grads, "search", "graduate")["surface_impressions"] == 6  # 3 answers x 2 hits
