"""The search side of campaigns: campaign search (vacancy search with the campaign's filter and
a boost for its target groups) and the precise push (top-K recommendations for every jobseeker
of the campaign's audience, in msearch batches, stored as pushes; an interrupted run resumes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import selectinload

from recruit.accounts.models import Account
from recruit.audit import service as audit
from recruit.campaigns import service as campaigns
from recruit.campaigns.models import Campaign, CampaignPush, PushRun
from recruit.errors import Conflict, NotFound
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.models_base import utcnow
from recruit.search import queries
from recruit.search import service as search_service
from recruit.search.search_args import SearchArgs


def search(campaign_id: int, args: SearchArgs) -> dict:
    """The campaign's vacancies, ranked for its target groups."""
    campaign = campaigns.get_public(campaign_id)
    return search_service.search_vacancies(replace(args, campaign=campaign.id,
                                                   boost_groups=tuple(campaign.target_groups)))


# ---- precise push ------------------------------------------------------------------------

def audience_ids(c: Campaign, after: int, limit: int) -> list[int]:
    """Jobseekers holding a verified target group, living inside the campaign's regions."""
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

    campaign = (campaigns.get_managed(account, campaign_id) if account
                else db.session.get(Campaign, campaign_id))
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
