"""Campaigns and featured sessions: rules, enrolment, the clock, campaign search and precise push."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import and_, false, func, insert, literal, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from recruit.accounts.models import Account
from recruit.audit import service as audit
from recruit.campaigns.models import Campaign, CampaignPush, CampaignVacancy, PushRun
from recruit.errors import Conflict, Forbidden, Invalid, NotFound
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.search.models import SearchOutbox
from recruit.search.search_args import SearchArgs

# ---- scope and lifecycle -----------------------------------------------------------------

def _check_regions(account: Account, regions: list[str]) -> list[str]:
    """Operators work inside their prefix; an empty list means their whole region."""
    if account.role == "admin":
        return regions
    own = account.region_prefix
    if not regions:
        return [own]
    outside = [r for r in regions if not r.startswith(own)]
    if outside:
        raise Forbidden(f"地区 {', '.join(outside)} 不在您的管辖范围内", code="out_of_region")
    return regions


_AUDITED = ("name", "kind", "starts_at", "ends_at", "target_groups", "regions", "industries",
            "occupations", "rule_welcomes_group", "rule_employer_region", "rule_occupation",
            "rule_industry")


def _snapshot(c: Campaign) -> dict:
    return {k: getattr(c, k) for k in _AUDITED}


def create(account: Account, data: dict) -> Campaign:
    data = dict(data)
    data["regions"] = _check_regions(account, data.get("regions") or [])
    campaign = Campaign(**data, created_by=account.id,
                        owner_prefix="" if account.role == "admin" else account.region_prefix)
    campaign.indexed_state = "scheduled"
    db.session.add(campaign)
    db.session.flush()
    _sync_state(campaign)
    audit.record(account, "campaign.create", target_type="campaign", target_id=campaign.id,
                 region_code=campaign.owner_prefix or None, after=_snapshot(campaign))
    db.session.commit()
    return campaign


def get_managed(account: Account, campaign_id: int) -> Campaign:
    """A campaign the operator's region owns (admins: any). Others look like none."""
    campaign = db.session.get(Campaign, campaign_id)
    if campaign is None or (account.role != "admin"
                            and not campaign.owner_prefix.startswith(account.region_prefix)):
        raise NotFound("专项活动不存在")
    return campaign


def update_campaign(account: Account, campaign_id: int, data: dict) -> Campaign:
    campaign = get_managed(account, campaign_id)
    before = _snapshot(campaign)
    if "regions" in data:
        data["regions"] = _check_regions(account, data["regions"] or [])
    if campaign.state() == "running":
        _reindex_members(campaign)  # what it covered before the change
    for key, value in data.items():
        setattr(campaign, key, value)
    if campaign.starts_at >= campaign.ends_at:
        db.session.rollback()
        raise Invalid.field("ends_at", "结束时间须晚于开始时间")
    db.session.flush()
    if campaign.state() == "running":
        _reindex_members(campaign)  # and after
    audit.record(account, "campaign.update", target_type="campaign", target_id=campaign.id,
                 region_code=campaign.owner_prefix or None, before=before, after=_snapshot(campaign))
    db.session.commit()
    return campaign


def get_public(campaign_id: int) -> Campaign:
    campaign = db.session.get(Campaign, campaign_id)
    if campaign is None or campaign.state() == "scheduled":
        raise NotFound("专项活动不存在")
    return campaign


def list_public(state: str = "running") -> list[Campaign]:
    now = utcnow()
    stmt = select(Campaign)
    if state == "running":
        stmt = stmt.where(Campaign.starts_at <= now, Campaign.ends_at > now)
    elif state == "ended":
        stmt = stmt.where(Campaign.ends_at <= now)
    return list(db.session.scalars(stmt.order_by(Campaign.starts_at.desc()).limit(200)))


def list_managed(account: Account) -> list[Campaign]:
    stmt = select(Campaign).order_by(Campaign.id.desc()).limit(500)
    if account.role != "admin":
        stmt = stmt.where(Campaign.owner_prefix.startswith(account.region_prefix))
    return list(db.session.scalars(stmt))


# ---- membership --------------------------------------------------------------------------

def rule_matches(c: Campaign, v) -> bool:
    """Python twin of _rule_clause, for one vacancy (its employer loaded)."""
    if c.regions and not any(v.region_code.startswith(p) for p in c.regions):
        return False
    return any([
        c.rule_welcomes_group and bool(set(v.welcomed_groups or ()) & set(c.target_groups)),
        c.rule_employer_region and any(v.employer.region_code.startswith(p) for p in c.regions),
        c.rule_occupation and any((v.occupation_code or "").startswith(o) for o in c.occupations),
        c.rule_industry and any((v.industry_code or "").startswith(i) for i in c.industries),
    ])


def _rule_clause(c: Campaign):
    from recruit.employers.models import Employer
    from recruit.vacancies.models import Vacancy

    rules = []
    if c.rule_welcomes_group and c.target_groups:
        rules.append(Vacancy.welcomed_groups.overlap(c.target_groups))
    if c.rule_employer_region and c.regions:
        rules.append(or_(*[Employer.region_code.startswith(p) for p in c.regions]))
    if c.rule_occupation and c.occupations:
        rules.append(or_(*[Vacancy.occupation_code.startswith(o) for o in c.occupations]))
    if c.rule_industry and c.industries:
        rules.append(or_(*[Vacancy.industry_code.startswith(i) for i in c.industries]))
    clause = or_(*rules) if rules else false()
    if c.regions:
        clause = and_(clause, or_(*[Vacancy.region_code.startswith(p) for p in c.regions]))
    return clause


def member_ids(c: Campaign):
    """SELECT of the published vacancies in the campaign: by rule or enrolment, minus removals."""
    from recruit.employers.models import Employer
    from recruit.vacancies.models import Vacancy

    enrolled = select(CampaignVacancy.vacancy_id).where(
        CampaignVacancy.campaign_id == c.id, CampaignVacancy.removed.is_(False))
    removed = select(CampaignVacancy.vacancy_id).where(
        CampaignVacancy.campaign_id == c.id, CampaignVacancy.removed.is_(True))
    return (select(Vacancy.id).join(Employer, Employer.id == Vacancy.employer_id)
            .where(Vacancy.status == "published", or_(_rule_clause(c), Vacancy.id.in_(enrolled)),
                   Vacancy.id.not_in(removed)))


def running_memberships(vacancies: list) -> dict[int, list[tuple[int, list[str]]]]:
    """For the search documents: the running campaigns each vacancy is in."""
    if not vacancies:
        return {}
    now = utcnow()
    running = db.session.scalars(select(Campaign).where(Campaign.starts_at <= now,
                                                        Campaign.ends_at > now)).all()
    if not running:
        return {}
    ids = [v.id for v in vacancies]
    explicit: dict[tuple[int, int], bool] = {
        (cid, vid): removed for cid, vid, removed in db.session.execute(
            select(CampaignVacancy.campaign_id, CampaignVacancy.vacancy_id, CampaignVacancy.removed)
            .where(CampaignVacancy.vacancy_id.in_(ids),
                   CampaignVacancy.campaign_id.in_([c.id for c in running])))}
    out: dict[int, list[tuple[int, list[str]]]] = {}
    for v in vacancies:
        for c in running:
            flag = explicit.get((c.id, v.id))
            if flag is True:
                continue
            if flag is False or rule_matches(c, v):
                out.setdefault(v.id, []).append((c.id, list(c.target_groups)))
    return out


def _reindex_members(c: Campaign) -> None:
    """Members' documents change: bump their versions and queue them (no commit)."""
    from recruit.vacancies.models import Vacancy

    ids = member_ids(c).scalar_subquery()
    db.session.execute(update(Vacancy).where(Vacancy.id.in_(ids))
                       .values(version=Vacancy.version + 1, updated_at=utcnow())
                       .execution_options(synchronize_session=False))
    db.session.execute(insert(SearchOutbox).from_select(
        ["index_name", "doc_id"], select(literal("vacancies"), Vacancy.id).where(Vacancy.id.in_(ids))))


def _reindex_one(vacancy_id: int) -> None:
    from recruit.vacancies.models import Vacancy

    db.session.execute(update(Vacancy).where(Vacancy.id == vacancy_id)
                       .values(version=Vacancy.version + 1, updated_at=utcnow())
                       .execution_options(synchronize_session=False))
    db.session.add(SearchOutbox(index_name="vacancies", doc_id=vacancy_id))


def _sync_state(c: Campaign, now: dt.datetime | None = None) -> bool:
    state = c.state(now)
    if state == c.indexed_state:
        return False
    if "running" in (state, c.indexed_state):
        _reindex_members(c)
    c.indexed_state = state
    return True


def tick(now: dt.datetime | None = None) -> list[int]:
    """The clock: campaigns whose state changed since the index last saw them. Safe to run often."""
    changed = []
    for c in db.session.scalars(select(Campaign).where(Campaign.indexed_state != "ended")
                                .with_for_update(skip_locked=True)):
        if _sync_state(c, now):
            changed.append(c.id)
    db.session.commit()
    return changed


def enrol(account: Account, campaign_id: int, vacancy_id: int) -> CampaignVacancy:
    """An employer opts one of its published vacancies in."""
    from recruit.vacancies import service as vacancies

    campaign = get_public(campaign_id)
    if campaign.state() == "ended":
        raise Conflict("专项活动已结束", code="campaign_ended")
    vacancy = vacancies.get_own(vacancy_id, account)
    if vacancy.status != "published":
        raise Conflict("只有已发布的岗位可以报名", code="vacancy_not_published")
    if campaign.regions and not any(vacancy.region_code.startswith(p) for p in campaign.regions):
        raise Invalid.field("vacancy_id", "岗位工作地点不在该专项活动的地区范围内")
    return _set_member(campaign, vacancy_id, "employer", False, account)


def operator_set(account: Account, campaign_id: int, vacancy_id: int, removed: bool) -> CampaignVacancy:
    from recruit.vacancies.models import Vacancy

    campaign = get_managed(account, campaign_id)
    vacancy = db.session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise NotFound("岗位不存在")
    audit.record(account, "campaign.remove_vacancy" if removed else "campaign.add_vacancy",
                 target_type="campaign", target_id=campaign.id, region_code=vacancy.region_code,
                 after={"vacancy_id": vacancy_id, "removed": removed})
    return _set_member(campaign, vacancy_id, "operator", removed, account)


def _set_member(campaign: Campaign, vacancy_id: int, source: str, removed: bool,
                account: Account) -> CampaignVacancy:
    stmt = pg_insert(CampaignVacancy).values(
        campaign_id=campaign.id, vacancy_id=vacancy_id, source=source, removed=removed,
        by_account=account.id, at=utcnow())
    stmt = stmt.on_conflict_do_update(
        index_elements=["campaign_id", "vacancy_id"],
        set_={"source": source, "removed": removed, "by_account": account.id, "at": utcnow()})
    db.session.execute(stmt)
    if campaign.state() == "running":
        _reindex_one(vacancy_id)
    db.session.commit()
    return db.session.get(CampaignVacancy, (campaign.id, vacancy_id))


# ---- campaign search ---------------------------------------------------------------------

def search(campaign_id: int, args: SearchArgs) -> dict:
    """The campaign's vacancies, ranked for its target groups."""
    from recruit.search import service as search_service

    campaign = get_public(campaign_id)
    return search_service.search_vacancies(replace(args, campaign=campaign.id,
                                                   boost_groups=tuple(campaign.target_groups)))


# ---- precise push ------------------------------------------------------------------------

def audience_ids(c: Campaign, after: int, limit: int) -> list[int]:
    """Jobseekers holding a verified target group, living inside the campaign's regions."""
    from recruit.jobseekers.models import Jobseeker, JobseekerGroup

    member = select(JobseekerGroup.jobseeker_id).where(
        JobseekerGroup.group.in_(c.target_groups), JobseekerGroup.status == "verified")
    stmt = select(Jobseeker.id).where(Jobseeker.id > after, Jobseeker.id.in_(member))
    if c.regions:
        stmt = stmt.where(or_(*[Jobseeker.current_region_code.startswith(p) for p in c.regions]))
    return list(db.session.scalars(stmt.order_by(Jobseeker.id).limit(limit)))


def push(campaign_id: int, *, top_k: int = 10, batch_size: int = 200, account: Account | None = None,
         progress: Callable[[int], None] | None = None, resume: bool = True) -> PushRun:
    """Top-K matching vacancies of the campaign for each audience member, stored as pushes.

    Batched with msearch; each batch commits with the run's position, so a run that stops
    resumes after the last jobseeker it finished (pairs already pushed are never duplicated).
    """
    from sqlalchemy.orm import selectinload

    from recruit.jobseekers.models import Jobseeker
    from recruit.search import queries
    from recruit.search import service as search_service

    campaign = get_managed(account, campaign_id) if account else db.session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFound("专项活动不存在")
    if campaign.state() != "running":
        raise Conflict("只有进行中的专项活动可以推送", code="campaign_not_running")
    run = None
    if resume:
        run = db.session.scalar(select(PushRun).where(PushRun.campaign_id == campaign.id,
                                                      PushRun.finished_at.is_(None))
                                .order_by(PushRun.id.desc()).limit(1))
    if run is None:
        run = PushRun(campaign_id=campaign.id, top_k=top_k, last_jobseeker_id=0)
        db.session.add(run)
        if account is not None:
            db.session.flush()
            audit.record(account, "campaign.push", target_type="campaign", target_id=campaign.id,
                         region_code=campaign.owner_prefix or None, after={"run": run.id, "top_k": top_k})
        db.session.commit()
    while True:
        ids = audience_ids(campaign, run.last_jobseeker_id, batch_size)
        if not ids:
            break
        seekers = db.session.scalars(
            select(Jobseeker).where(Jobseeker.id.in_(ids)).order_by(Jobseeker.id)
            .options(selectinload(Jobseeker.groups), selectinload(Jobseeker.work_history))).all()
        profiles = search_service.profiles_for(seekers)
        bodies = [queries.recommendations(p, size=run.top_k, campaign_id=campaign.id) for p in profiles]
        results = search_service.msearch_vacancies(bodies)
        now = utcnow()
        rows = []
        for j, profile, hits in zip(seekers, profiles, results, strict=True):
            origin = queries._point(profile)
            for rank, hit in enumerate(hits, start=1):
                rows.append({"campaign_id": campaign.id, "jobseeker_id": j.id,
                             "vacancy_id": int(hit["_id"]), "rank": rank, "score": hit["_score"],
                             "reasons": search_service.explain_hit(hit, origin), "pushed_at": now})
        if rows:
            db.session.execute(pg_insert(CampaignPush).values(rows).on_conflict_do_nothing())
        run.last_jobseeker_id = ids[-1]
        run.audience += len(ids)
        run.pushed += len(rows)
        db.session.commit()
        if progress:
            progress(len(ids))
    run.finished_at = utcnow()
    db.session.commit()
    return run


def feed(account: Account, limit: int = 50) -> list[dict]:
    from recruit.jobseekers import service as jobseekers
    from recruit.vacancies.models import Vacancy

    jobseeker = jobseekers.of_account(account)
    rows = db.session.execute(
        select(CampaignPush, Vacancy, Campaign.name)
        .join(Vacancy, Vacancy.id == CampaignPush.vacancy_id)
        .join(Campaign, Campaign.id == CampaignPush.campaign_id)
        .where(CampaignPush.jobseeker_id == jobseeker.id)
        .order_by(CampaignPush.pushed_at.desc(), CampaignPush.rank).limit(limit)).all()
    return [{"id": p.id, "campaign_id": p.campaign_id, "campaign_name": name, "rank": p.rank,
             "reasons": p.reasons, "pushed_at": p.pushed_at, "viewed_at": p.viewed_at,
             "vacancy": v} for p, v, name in rows]


def mark_viewed(account: Account, push_id: int) -> CampaignPush:
    from recruit.jobseekers import service as jobseekers

    jobseeker = jobseekers.of_account(account)
    p = db.session.get(CampaignPush, push_id)
    if p is None or p.jobseeker_id != jobseeker.id:
        raise NotFound("推送不存在")
    if p.viewed_at is None:
        p.viewed_at = utcnow()
        db.session.commit()
    return p


def funnel(account: Account, campaign_id: int) -> dict:
    """pushed -> viewed -> applied -> hired, for the pairs the campaign pushed."""
    from recruit.applications.models import Application

    campaign = get_managed(account, campaign_id)
    applied = select(Application.id).where(
        Application.jobseeker_id == CampaignPush.jobseeker_id,
        Application.vacancy_id == CampaignPush.vacancy_id,
        Application.created_at >= CampaignPush.pushed_at)
    hired = applied.where(Application.status == "hired")
    row = db.session.execute(
        select(func.count(), func.count(CampaignPush.viewed_at),
               func.count().filter(applied.exists()), func.count().filter(hired.exists()),
               func.count(func.distinct(CampaignPush.jobseeker_id)))
        .where(CampaignPush.campaign_id == campaign.id)).one()
    return {"campaign_id": campaign.id, "pushed": row[0], "viewed": row[1], "applied": row[2],
            "hired": row[3], "people_reached": row[4]}
