"""Campaigns and featured sessions: rules, enrolment, the clock, campaign search, precise push."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from recruit.campaigns import rules
from recruit.campaigns import service as campaigns
from recruit.campaigns.models import Campaign, CampaignPush, PushRun
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.search import campaigns as search_campaigns
from recruit.search import documents, mappings, matching_queries, outbox
from recruit.search import service as search_service
from recruit.search.client import es
from recruit.vacancies.models import Vacancy
from tests.factories import sync_search, update_vacancy


def _window(start_days=-1, end_days=30):
    now = dt.datetime.now(dt.UTC)
    return {"starts_at": (now + dt.timedelta(days=start_days)).isoformat(),
            "ends_at": (now + dt.timedelta(days=end_days)).isoformat()}


def _campaign(operator, **fields):
    body = {"name": "2020届高校毕业生专场", "kind": "graduates", "target_groups": ["graduate"],
            **_window(), **fields}
    r = operator.post("/api/v1/campaigns", json=body)
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def _campaign_ids(app, vacancy_id):
    with app.app_context():
        return es().get(index=mappings.alias("vacancies"), id=str(vacancy_id))["_source"]["campaign_ids"]


@pytest.fixture
def world(app, search, make_employer, make_vacancy, make_staff):
    employer = make_employer()
    welcoming = make_vacancy(employer, title="行政文员", region_code="420102")["id"]
    other = make_vacancy(employer, title="电工", region_code="420106")["id"]
    outside = make_vacancy(employer, title="普工", region_code="440305")["id"]
    update_vacancy(app, welcoming, welcomed_groups=["graduate"])
    update_vacancy(app, outside, welcomed_groups=["graduate"])
    with app.app_context():
        for vid in (welcoming, outside):
            outbox.enqueue("vacancies", vid)
        db.session.commit()
    sync_search(app)
    return {"employer": employer, "welcoming": welcoming, "other": other, "outside": outside,
            "operator": make_staff("operator", "4201")}


def test_operators_create_campaigns_only_in_their_region(client, world, make_jobseeker):
    operator = world["operator"]
    made = _campaign(operator)
    assert made["regions"] == ["4201"] and made["state"] == "running"
    r = operator.post("/api/v1/campaigns", json={"name": "广东专场", "kind": "region",
                                                 "regions": ["44"], **_window()})
    assert r.status_code == 403 and r.get_json()["code"] == "out_of_region"
    r = operator.post("/api/v1/campaigns", json={"name": "错的", "kind": "region",
                                                 **_window(start_days=5, end_days=1)})
    assert r.status_code == 422 and "ends_at" in r.get_json()["errors"]["json"]
    assert make_jobseeker().post("/api/v1/campaigns", json={}).status_code == 403


def test_rules_put_matching_vacancies_in_the_index_and_search_ranks_them(app, client, world):
    campaign = _campaign(world["operator"])
    sync_search(app)
    assert _campaign_ids(app, world["welcoming"]) == [campaign["id"]]
    assert _campaign_ids(app, world["other"]) == []
    assert _campaign_ids(app, world["outside"]) == []  # welcomes graduates, but in Shenzhen
    r = client.get(f"/api/v1/campaigns/{campaign['id']}/vacancies")
    assert r.status_code == 200
    hits = r.get_json()["hits"]
    assert [h["id"] for h in hits] == [world["welcoming"]]
    assert "welcomes_graduate" in {x["code"] for x in hits[0]["reasons"]}
    listed = client.get("/api/v1/campaigns").get_json()
    assert [c["id"] for c in listed] == [campaign["id"]]


def test_enrolment_and_removal(app, client, world, make_employer, make_vacancy):
    campaign = _campaign(world["operator"])
    employer = world["employer"]
    r = employer.post(f"/api/v1/campaigns/{campaign['id']}/enrolments", json={"vacancy_id": world["other"]})
    assert r.status_code == 201 and r.get_json()["source"] == "employer"
    r = employer.post(f"/api/v1/campaigns/{campaign['id']}/enrolments", json={"vacancy_id": world["outside"]})
    assert r.status_code == 422 and "vacancy_id" in r.get_json()["errors"]["json"]
    stranger = make_employer("别家公司")
    theirs = make_vacancy(stranger, title="保洁员")["id"]
    r = employer.post(f"/api/v1/campaigns/{campaign['id']}/enrolments", json={"vacancy_id": theirs})
    assert r.status_code == 404
    sync_search(app)
    assert _campaign_ids(app, world["other"]) == [campaign["id"]]
    # the operator's removal wins over the rules
    r = client.delete(f"/api/v1/campaigns/{campaign['id']}/members/{world['welcoming']}",
                      headers=world["operator"].headers)
    assert r.status_code == 200 and r.get_json()["removed"] is True
    sync_search(app)
    assert _campaign_ids(app, world["welcoming"]) == []


def test_sql_and_python_rules_agree(app, world, make_vacancy):
    for occupation, region in (("3-01", "420102"), ("6-31", "420111"), ("4-03", "420602")):
        make_vacancy(world["employer"], title="岗位", occupation_code=occupation, region_code=region)
    _campaign(world["operator"], kind="industry", occupations=["3"], rule_occupation=True,
              rule_employer_region=True)
    with app.app_context():
        c = db.session.scalar(select(Campaign))
        by_sql = set(db.session.scalars(rules.member_ids(c)))
        published = db.session.scalars(select(Vacancy).where(Vacancy.status == "published")).all()
        by_python = {v.id for v in published if rules.rule_matches(c, v)}
    assert by_sql == by_python and by_sql


def test_the_clock_starts_and_ends_campaigns(app, client, world):
    operator = world["operator"]
    later = _campaign(operator, **_window(start_days=1, end_days=5))
    assert later["state"] == "scheduled"
    assert client.get(f"/api/v1/campaigns/{later['id']}").status_code == 404  # not public yet
    sync_search(app)
    assert _campaign_ids(app, world["welcoming"]) == []
    now = dt.datetime.now(dt.UTC)
    r = client.patch(f"/api/v1/campaigns/{later['id']}", headers=operator.headers,
                     json={"starts_at": (now - dt.timedelta(minutes=1)).isoformat()})
    assert r.status_code == 200 and r.get_json()["state"] == "running"
    with app.app_context():
        assert campaigns.tick() == [later["id"]]
        assert campaigns.tick() == []  # nothing changes twice
    sync_search(app)
    assert _campaign_ids(app, world["welcoming"]) == [later["id"]]
    client.patch(f"/api/v1/campaigns/{later['id']}", headers=operator.headers,
                 json={"ends_at": (now + dt.timedelta(seconds=1)).isoformat()})
    with app.app_context():
        deadline = now + dt.timedelta(seconds=1)
        while dt.datetime.now(dt.UTC) <= deadline:  # the window really closes
            pass
        assert campaigns.tick() == [later["id"]]
    sync_search(app)
    assert _campaign_ids(app, world["welcoming"]) == []


def _graduate(app, actor, status="verified", **resume):
    with app.app_context():
        j = db.session.get(Jobseeker, actor.extra["profile"]["id"])
        j.groups.append(JobseekerGroup(group="graduate", source="derived", status=status))
        for key, value in {"desired_occupations": ["3-01"], "skills": ["文员"], **resume}.items():
            setattr(j, key, value)
        outbox.enqueue("jobseekers", j.id)
        db.session.commit()


def test_precise_push_feed_and_funnel(app, client, world, make_jobseeker, make_vacancy):
    operator, employer = world["operator"], world["employer"]
    update_vacancy(app, world["welcoming"], occupation_code="3-01-02")
    second = make_vacancy(employer, title="前台文员", region_code="420103", occupation_code="3-01")["id"]
    update_vacancy(app, second, welcomed_groups=["graduate"])
    with app.app_context():
        outbox.enqueue("vacancies", world["welcoming"])
        outbox.enqueue("vacancies", second)
        db.session.commit()
    campaign = _campaign(operator)
    seekers = [make_jobseeker(f"毕业生{i}", birth=f"200{i}0101") for i in range(3)]
    for s in seekers:
        _graduate(app, s)
    pending = make_jobseeker("待审核", birth="19990101")
    _graduate(app, pending, status="pending")
    sync_search(app)

    # interrupted after the first person, then resumed: nobody twice, nobody missed
    def stop_after_first(n):
        raise KeyboardInterrupt

    with app.app_context(), pytest.raises(KeyboardInterrupt):
        search_campaigns.push(campaign["id"], top_k=1, batch_size=1, progress=stop_after_first)
    r = client.post(f"/api/v1/campaigns/{campaign['id']}/push", headers=operator.headers, json={"top_k": 1})
    assert r.status_code == 200, r.get_json()
    run = r.get_json()
    # the same run went on: three in the audience (the pending one is not), each pushed once
    assert run["finished_at"] and run["audience"] == 3 and run["pushed"] == 3
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(PushRun)) == 1
        pushes = db.session.scalars(select(CampaignPush)).all()
    assert len(pushes) == 3 and len({p.jobseeker_id for p in pushes}) == 3

    # the push reached each person's inbox once (written with the pushes, even across the resume)
    for s in seekers:
        inbox = s.get("/api/v1/me/notifications").get_json()
        assert [n["kind"] for n in inbox["items"]] == ["campaign_push"], inbox
        assert inbox["items"][0]["data"] == {"campaign_id": campaign["id"]}
    assert pending.get("/api/v1/me/notifications").get_json()["total"] == 0

    feed = seekers[0].get("/api/v1/me/pushes").get_json()
    assert len(feed) == 1 and feed[0]["campaign_name"] == "2020届高校毕业生专场"
    assert "welcomes_graduate" in {x["code"] for x in feed[0]["reasons"]}
    assert pending.get("/api/v1/me/pushes").get_json() == []
    viewed = seekers[0].post(f"/api/v1/me/pushes/{feed[0]['id']}/viewed")
    assert viewed.status_code == 200 and viewed.get_json()["viewed_at"]
    assert seekers[1].post(f"/api/v1/me/pushes/{feed[0]['id']}/viewed").status_code == 404

    vacancy_id = feed[0]["vacancy"]["id"]
    applied = seekers[0].post(f"/api/v1/vacancies/{vacancy_id}/applications",
                              json={"channel": "campaign_push", "campaign_id": campaign["id"]})
    assert applied.status_code == 201, applied.get_json()
    hired = employer.post(f"/api/v1/applications/{applied.get_json()['id']}/hire")
    assert hired.status_code == 200, hired.get_json()
    funnel = client.get(f"/api/v1/campaigns/{campaign['id']}/funnel", headers=operator.headers).get_json()
    assert funnel == {"campaign_id": campaign["id"], "pushed": 3, "viewed": 1, "applied": 1, "hired": 1,
                      "people_reached": 3}


def test_stored_pushes_are_the_recommendations_in_the_campaign(app, world, make_jobseeker, make_vacancy):
    """What the push stores (one statement from arrays, its own body) is, person by person, what the
    API's recommendations in the campaign give: the same vacancies in order, scores, reasons."""
    employer = world["employer"]
    for title, occupation in (("前台文员", "3-01-02"), ("档案文员", "3-01-02"), ("行政助理", "3-01")):
        vid = make_vacancy(employer, title=title, region_code="420103", occupation_code=occupation)["id"]
        update_vacancy(app, vid, welcomed_groups=["graduate"])
        with app.app_context():
            outbox.enqueue("vacancies", vid)
            db.session.commit()
    campaign = _campaign(world["operator"])
    seekers = [make_jobseeker(f"毕业生{i}", birth=f"200{i}0101") for i in range(2)]
    _graduate(app, seekers[0])
    _graduate(app, seekers[1], desired_occupations=[], skills=["前台"])
    sync_search(app)
    applied = seekers[0].post(f"/api/v1/vacancies/{world['welcoming']}/applications", json={})
    assert applied.status_code == 201, applied.get_json()
    with app.app_context():
        pushed = search_campaigns.push(campaign["id"], top_k=3).pushed
        counts = []
        for n, s in enumerate(seekers):
            j = db.session.get(Jobseeker, s.extra["profile"]["id"])
            profile = documents.jobseeker_profile(j)
            body = matching_queries.recommendations(profile, size=3, campaign_id=campaign["id"])
            hits = search_service.msearch_vacancies([body])[0]
            stored = db.session.scalars(select(CampaignPush).where(CampaignPush.jobseeker_id == j.id)
                                        .order_by(CampaignPush.rank)).all()
            assert [p.rank for p in stored] == list(range(1, len(hits) + 1))
            assert [p.vacancy_id for p in stored] == [int(h["_id"]) for h in hits]
            assert [p.score for p in stored] == pytest.approx([h["_score"] for h in hits], rel=1e-6)
            assert [p.reasons for p in stored] == [search_service.explain_hit(h, profile.point) for h in hits]
            if n == 0:  # applied to already: never pushed
                assert world["welcoming"] not in {p.vacancy_id for p in stored}
            counts.append(len(stored))
    # the clerk's trade: three of the four members (one applied to); 前台 is in one title only
    assert counts == [3, 1] and pushed == 4


def test_push_needs_a_running_campaign_in_scope(app, client, world, make_staff):
    later = _campaign(world["operator"], **_window(start_days=2, end_days=4))
    r = client.post(f"/api/v1/campaigns/{later['id']}/push", headers=world["operator"].headers, json={})
    assert r.status_code == 409 and r.get_json()["code"] == "campaign_not_running"
    elsewhere = make_staff("operator", "44")
    r = client.post(f"/api/v1/campaigns/{later['id']}/push", headers=elsewhere.headers, json={})
    assert r.status_code == 404


def test_an_update_cannot_invert_the_window(client, world):
    made = _campaign(world["operator"])
    late = (dt.datetime.now(dt.UTC) + dt.timedelta(days=90)).isoformat()
    r = client.patch(f"/api/v1/campaigns/{made['id']}", headers=world["operator"].headers,
                     json={"starts_at": late})
    assert r.status_code == 422 and "ends_at" in r.get_json()["errors"]["json"]
    assert client.get(f"/api/v1/campaigns/{made['id']}").get_json()["starts_at"] == made["starts_at"]


def test_operator_actions_on_campaigns_are_audited(client, world, make_staff):
    operator = world["operator"]
    made = _campaign(operator)
    client.patch(f"/api/v1/campaigns/{made['id']}", headers=operator.headers,
                 json={"name": "毕业生专场（第二期）"})
    client.delete(f"/api/v1/campaigns/{made['id']}/members/{world['welcoming']}", headers=operator.headers)
    admin = make_staff("admin")
    r = client.get("/api/v1/admin/audit", query_string={"target_type": "campaign"}, headers=admin.headers)
    assert r.status_code == 200, r.get_json()
    entries = r.get_json()
    actions = sorted(e["action"] for e in entries)
    assert actions == ["campaign.create", "campaign.remove_vacancy", "campaign.update"]
    update = next(e for e in entries if e["action"] == "campaign.update")
    assert update["before"]["name"] == "2020届高校毕业生专场"
    assert update["after"]["name"] == "毕业生专场（第二期）"


def test_an_application_naming_a_campaign_must_fit_it(client, world, make_jobseeker):
    campaign = _campaign(world["operator"])
    seeker = make_jobseeker()
    r = seeker.post(f"/api/v1/vacancies/{world['other']}/applications",
                    json={"channel": "campaign_push", "campaign_id": campaign["id"]})
    assert r.status_code == 422 and "campaign_id" in r.get_json()["errors"]["json"]
    r = seeker.post(f"/api/v1/vacancies/{world['welcoming']}/applications",
                    json={"channel": "campaign_push", "campaign_id": 999999})
    assert r.status_code == 422 and "campaign_id" in r.get_json()["errors"]["json"]
    r = seeker.post(f"/api/v1/vacancies/{world['welcoming']}/applications",
                    json={"channel": "campaign_push", "campaign_id": campaign["id"]})
    assert r.status_code == 201 and r.get_json()["campaign_id"] == campaign["id"]
