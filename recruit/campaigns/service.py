"""Campaigns and featured sessions: management, enrolment, the clock, the push feed and funnel.

Membership rules are in campaigns/rules.py; campaign search and the precise push (which run
search queries) in search/campaigns.py.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from recruit.accounts import scope
from recruit.accounts.models import Account
from recruit.applications.models import Application
from recruit.audit import service as audit
from recruit.campaigns import rules
from recruit.campaigns.models import Campaign, CampaignPush, CampaignVacancy, PushRun
from recruit.errors import Conflict, Forbidden, Invalid, NotFound
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.models_base import utcnow
from recruit.search import outbox
from recruit.vacancies import service as vacancies
from recruit.vacancies.models import Vacancy

# ---- scope and lifecycle -----------------------------------------------------------------

def _check_regions(account: Account, regions: list[str]) -> list[str]:
    """Operators work inside their prefix; an empty list means their whole region."""
    own = scope.prefix(account)
    if own is None:
        return regions
    if not regions:
        return [own]
    outside = [r for r in regions if not r.startswith(own)]
    if outside:
        raise Forbidden(f"地区 {', '.join(outside)} 不在您的管辖范围内", code=scope.OUT_OF_REGION)
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
                        owner_prefix=scope.prefix(account) or "")
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
    if campaign is None or not scope.covers(account, campaign.owner_prefix):
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
    own = scope.prefix(account)
    if own is not None:
        stmt = stmt.where(Campaign.owner_prefix.startswith(own))
    return list(db.session.scalars(stmt))


# ---- membership --------------------------------------------------------------------------

def _reindex_members(c: Campaign) -> None:
    """Members' documents change: bump their versions and queue them (no commit)."""
    outbox.touch_all("vacancies", Vacancy, rules.member_ids(c))


def _reindex_one(vacancy_id: int) -> None:
    outbox.touch_all("vacancies", Vacancy, select(Vacancy.id).where(Vacancy.id == vacancy_id))


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
    campaign = get_managed(account, campaign_id)
    vacancy = db.session.get(Vacancy, vacancy_id)
    # out of scope looks absent: outside the operator's region, or (when adding) not published
    if (vacancy is None or (not removed and vacancy.status != "published")
            or not scope.covers(account, vacancy.region_code)):
        raise NotFound("岗位不存在")
    audit.record(account, "campaign.remove_vacancy" if removed else "campaign.add_vacancy",
                 target_type="campaign", target_id=campaign.id, region_code=vacancy.region_code,
                 after={"vacancy_id": vacancy_id, "removed": removed})
    return _set_member(campaign, vacancy_id, "operator", removed, account)


def members(account: Account, campaign_id: int, *, offset: int = 0,
            limit: int = 50) -> tuple[list[tuple[Vacancy, str]], int]:
    """The campaign's published vacancies (by rule or enrolment, minus removals), newest first,
    each with how it joined ("employer", "operator" or "rule"), and how many there are."""
    campaign = get_managed(account, campaign_id)
    ids = rules.member_ids(campaign).subquery()
    total = db.session.scalar(select(func.count()).select_from(ids)) or 0
    rows = db.session.execute(
        select(Vacancy, CampaignVacancy.source).join(ids, ids.c.id == Vacancy.id)
        .outerjoin(CampaignVacancy, (CampaignVacancy.vacancy_id == Vacancy.id)
                   & (CampaignVacancy.campaign_id == campaign.id))
        .order_by(Vacancy.id.desc()).offset(offset).limit(limit)).all()
    return [(v, source or "rule") for v, source in rows], total


def removed_members(account: Account, campaign_id: int, limit: int = 100) -> list[Vacancy]:
    """The vacancies an operator took out of the campaign (they may be put back)."""
    campaign = get_managed(account, campaign_id)
    return list(db.session.scalars(
        select(Vacancy).join(CampaignVacancy, CampaignVacancy.vacancy_id == Vacancy.id)
        .where(CampaignVacancy.campaign_id == campaign.id, CampaignVacancy.removed.is_(True))
        .order_by(CampaignVacancy.at.desc()).limit(limit)))


def addable(account: Account, campaign_id: int, q: str, limit: int = 20) -> list[Vacancy]:
    """Published vacancies of the operator's region, by title, not yet in the campaign: what
    operator_set() would accept."""
    campaign = get_managed(account, campaign_id)
    stmt = (select(Vacancy).where(Vacancy.status == "published",
                                  Vacancy.title.contains(q, autoescape=True),
                                  Vacancy.id.not_in(rules.member_ids(campaign)))
            .order_by(Vacancy.id.desc()).limit(limit))
    own = scope.prefix(account)
    if own is not None:
        stmt = stmt.where(Vacancy.region_code.startswith(own))
    return list(db.session.scalars(stmt))


def push_progress(account: Account, campaign_id: int) -> dict | None:
    """The latest push of the campaign (the runs planned together with its first slice): how
    many slices finished, people done, pushes made; None before any push."""
    campaign = get_managed(account, campaign_id)
    first = db.session.scalar(select(PushRun).where(PushRun.campaign_id == campaign.id, PushRun.part == 0)
                              .order_by(PushRun.id.desc()).limit(1))
    if first is None:
        return None
    runs = list(db.session.scalars(select(PushRun).where(
        PushRun.campaign_id == campaign.id, PushRun.id >= first.id, PushRun.parts == first.parts)
        .order_by(PushRun.part)))
    finished = [r.finished_at for r in runs if r.finished_at is not None]
    done = len(finished) == len(runs)
    return {"campaign_id": campaign.id, "top_k": first.top_k, "slices": len(runs),
            "slices_done": len(finished), "audience": sum(r.audience for r in runs),
            "pushed": sum(r.pushed for r in runs), "started_at": first.started_at,
            "finished_at": max(finished) if done else None, "done": done}


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


def feed(account: Account, limit: int = 50) -> list[dict]:
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
