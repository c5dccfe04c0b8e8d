"""The fairness report: per campaign, region, surface and priority group, the share of top-10
impressions (sampled, fairness_exposures) against the share of the eligible pool, the ratio of
the two, apply and hire rates after exposure, and the flag. docs/fairness.md has the rule.

Pools are counted as they are now: vacancies = the campaign's members (campaigns.rules) whose
workplace lies in the region; jobseekers = resumes employers can find (visibility not hidden)
whose current place lies in the region, by verified group (the counters' group data).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from flask import current_app
from sqlalchemy import ColumnElement, and_, func, or_, select, true

from recruit import clock
from recruit.accounts import scope
from recruit.accounts.models import Account
from recruit.applications.models import Application
from recruit.campaigns import rules
from recruit.campaigns import service as campaigns
from recruit.campaigns.models import Campaign
from recruit.codes.enums import PRIORITY_GROUPS
from recruit.extensions import db
from recruit.fairness.models import ALL, SURFACES, FairnessExposure
from recruit.jobseekers.models import Jobseeker, JobseekerGroup
from recruit.vacancies.models import Vacancy

# the application channel that follows an impression on each vacancy surface
_CHANNEL = {"search": "search", "recommendations": "recommendation"}


def settings() -> dict:
    c = current_app.config
    return {"threshold": float(c.get("FAIRNESS_RATIO_THRESHOLD", 0.8)),
            "min_impressions": int(c.get("FAIRNESS_MIN_IMPRESSIONS", 200)),
            "sample_rate": float(c.get("FAIRNESS_SAMPLE_RATE", 0.0))}


def _prefixes(account: Account, campaign: Campaign, region: str | None) -> list[str]:
    """The region asked for (403 outside the operator's), else the campaign's regions."""
    if region is not None:
        scope.require(account, region, "该地区不在您的管辖范围内")
        return [region]
    return list(campaign.regions or []) or [campaign.owner_prefix or ""]


def _inside(column: Any, prefixes: Sequence[str]) -> ColumnElement[bool]:
    return or_(*[column.startswith(p) for p in prefixes]) if any(prefixes) else true()


def _since(days: int) -> dt.date:
    return clock.day_of(clock.now()) - dt.timedelta(days=days - 1)


Exposures = dict[tuple[str, str], tuple[int, float]]  # (surface, group) -> (sampled, estimated)


def _exposures(campaign_id: int, prefixes: Sequence[str], since: dt.date) -> Exposures:
    rows = db.session.execute(
        select(FairnessExposure.surface, FairnessExposure.group_code,
               func.sum(FairnessExposure.sampled), func.sum(FairnessExposure.weighted))
        .where(FairnessExposure.campaign_id == campaign_id, FairnessExposure.day >= since,
               _inside(FairnessExposure.region_code, prefixes))
        .group_by(FairnessExposure.surface, FairnessExposure.group_code))
    return {(s, g): (int(n), float(w)) for s, g, n, w in rows}


def _vacancy_pool(campaign: Campaign, prefixes: Sequence[str]) -> dict[str, int]:
    """Members in the region: ALL -> how many, group -> how many welcome it."""
    members = (select(Vacancy.welcomed_groups)
               .where(Vacancy.id.in_(rules.member_ids(campaign)), _inside(Vacancy.region_code, prefixes))
               .subquery())
    total = db.session.scalar(select(func.count()).select_from(members)) or 0
    group = func.unnest(members.c.welcomed_groups).label("g")
    per = select(group).select_from(members).subquery()
    out = {g: int(n) for g, n in db.session.execute(select(per.c.g, func.count()).group_by(per.c.g))}
    return {**out, ALL: int(total)}


def _jobseeker_pool(prefixes: Sequence[str]) -> dict[str, int]:
    """Resumes employers can find in the region: ALL -> how many, group -> verified members."""
    findable = and_(Jobseeker.visibility != "hidden", _inside(Jobseeker.current_region_code, prefixes))
    total = db.session.scalar(select(func.count()).select_from(Jobseeker).where(findable)) or 0
    rows = db.session.execute(
        select(JobseekerGroup.group, func.count())
        .join(Jobseeker, Jobseeker.id == JobseekerGroup.jobseeker_id)
        .where(findable, JobseekerGroup.status == "verified").group_by(JobseekerGroup.group))
    return {**{g: int(n) for g, n in rows}, ALL: int(total)}


def _outcomes(campaign_id: int, surface: str, prefixes: Sequence[str],
              since: dt.date) -> dict[str, tuple[int, int]]:
    """Applications through the surface's channel that counted for the campaign (their recorded
    attribution), to vacancies in the region, since the day: group the vacancy welcomes (and
    ALL) -> (applications, of which hired now)."""
    start = dt.datetime.combine(since, dt.time.min, clock.CST)
    base = (select(Application.status, Vacancy.welcomed_groups)
            .join(Vacancy, Vacancy.id == Application.vacancy_id)
            .where(Application.channel == _CHANNEL[surface], Application.campaign_ids.contains([campaign_id]),
                   Application.created_at >= start, _inside(Vacancy.region_code, prefixes))
            .subquery())
    hired = func.count().filter(base.c.status == "hired")
    out: dict[str, tuple[int, int]] = {}
    applied, hires = db.session.execute(select(func.count(), hired).select_from(base)).one()
    out[ALL] = (int(applied), int(hires))
    per = select(base.c.status, func.unnest(base.c.welcomed_groups).label("g")).subquery()
    per_hired = func.count().filter(per.c.status == "hired")
    for g, n, h in db.session.execute(select(per.c.g, func.count(), per_hired).group_by(per.c.g)):
        out[g] = (int(n), int(h))
    return out


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def report(account: Account, campaign_id: int, region: str | None = None, days: int = 7) -> dict:
    """The campaign's fairness figures (404 outside the operator's region, like the campaign)."""
    campaign = campaigns.get_managed(account, campaign_id)
    return _report(campaign, _prefixes(account, campaign, region), days, region)


def _report(campaign: Campaign, prefixes: list[str], days: int, region: str | None,
            exposures: Exposures | None = None) -> dict:
    s = settings()
    since = _since(days)
    if exposures is None:
        exposures = _exposures(campaign.id, prefixes, since)
    targets = list(campaign.target_groups or [])
    groups = targets or sorted(PRIORITY_GROUPS)
    pools = {"vacancies": _vacancy_pool(campaign, prefixes), "jobseekers": _jobseeker_pool(prefixes)}
    rows = []
    for surface in SURFACES:
        pool = pools["jobseekers" if surface == "candidates" else "vacancies"]
        total_n, total_w = exposures.get((surface, ALL), (0, 0.0))
        outcomes = _outcomes(campaign.id, surface, prefixes, since) if surface in _CHANNEL else {}
        for g in groups:
            n, w = exposures.get((surface, g), (0, 0.0))
            impression_share = _share(w, total_w)
            pool_share = _share(pool.get(g, 0), pool[ALL])
            ratio = (impression_share / pool_share
                     if impression_share is not None and pool_share else None)
            applied, hired = outcomes.get(g, (0, 0))
            rows.append({
                "surface": surface, "group": g, "target": g in targets,
                "impressions": n, "impressions_estimated": round(w, 1),
                "surface_impressions": total_n,
                "impression_share": impression_share, "pool": pool.get(g, 0), "pool_total": pool[ALL],
                "pool_share": pool_share, "ratio": ratio,
                "applications": applied if surface in _CHANNEL else None,
                "hires": hired if surface in _CHANNEL else None,
                "apply_rate": _share(applied, w) if surface in _CHANNEL else None,
                "hire_rate": _share(hired, w) if surface in _CHANNEL else None,
                "flagged": bool(g in targets and total_n >= s["min_impressions"] and ratio is not None
                                and ratio < s["threshold"]),
            })
    return {"campaign_id": campaign.id, "campaign_name": campaign.name, "region": region,
            "regions": prefixes, "days": days, "since": since, **s,
            "flagged": any(r["flagged"] for r in rows), "rows": rows}


def panel(account: Account, days: int = 7, campaign_id: int | None = None) -> list[dict]:
    """The dashboard panel: the flagged (campaign, surface, group) rows of the campaigns the
    account manages (or of one of them: a campaign's page), worst ratio first. Pools are counted
    only for campaigns with enough sampled impressions in the window to be flagged at all."""
    s = settings()
    if campaign_id is not None:
        managed = {campaign_id: campaigns.get_managed(account, campaign_id)}
    else:
        managed = {c.id: c for c in campaigns.list_managed(account)}
    if not managed:
        return []
    since = _since(days)
    enough = db.session.scalars(
        select(FairnessExposure.campaign_id)
        .where(FairnessExposure.campaign_id.in_(list(managed)), FairnessExposure.day >= since,
               FairnessExposure.group_code == ALL)
        .group_by(FairnessExposure.campaign_id, FairnessExposure.surface)
        .having(func.sum(FairnessExposure.sampled) >= s["min_impressions"])).all()
    out = []
    for cid in sorted(set(enough)):
        campaign = managed[cid]
        result = _report(campaign, _prefixes(account, campaign, None), days, None)
        out += [{"campaign_id": cid, "campaign_name": campaign.name, "threshold": s["threshold"],
                 "group_name": PRIORITY_GROUPS.get(r["group"], r["group"]), **r}
                for r in result["rows"] if r["flagged"]]
    return sorted(out, key=lambda r: (r["ratio"], r["campaign_id"]))
