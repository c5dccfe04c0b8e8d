"""Every resume an employer opens is recorded; a daily quota per organisation (distinct
resumes per China Standard Time day, RESUME_VIEW_DAILY_QUOTA) and a flag for operators when an
organisation opens far more resumes than its open places justify."""

from __future__ import annotations

import datetime as dt

from flask import current_app
from sqlalchemy import func, select, text

from recruit import clock
from recruit.accounts import scope
from recruit.accounts.models import Account
from recruit.contacts.models import ResumeView
from recruit.employers.models import Employer
from recruit.errors import TooManyRequests
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.vacancies.models import Vacancy

FLAG_DAYS = 7


def record(account: Account, jobseeker_id: int) -> None:
    """Record a view in the caller's transaction, or 429 (Retry-After: until CST midnight) when
    the organisation has opened its quota of other resumes today. Opening one already opened
    today is always allowed (and recorded)."""
    employer_id = account.employer_id
    now = utcnow()
    start, end = clock.day_bounds(now)
    # one organisation's views are counted one at a time, so parallel requests cannot pass the quota
    db.session.execute(text("select pg_advisory_xact_lock(hashtext(:k))"),
                       {"k": f"resume_views:{employer_id}"})
    today = [ResumeView.employer_id == employer_id, ResumeView.viewed_at >= start]
    seen = db.session.scalar(select(ResumeView.id).where(*today, ResumeView.jobseeker_id == jobseeker_id)
                             .limit(1))
    if seen is None:
        count = db.session.scalar(select(func.count(func.distinct(ResumeView.jobseeker_id))).where(*today))
        quota = current_app.config["RESUME_VIEW_DAILY_QUOTA"]
        if count >= quota:
            db.session.rollback()
            raise TooManyRequests(f"本单位今日查看简历已达上限（{quota}份），请明日再试",
                                  code="resume_view_quota", retry_after=int((end - now).total_seconds()) + 1)
    db.session.add(ResumeView(employer_id=employer_id, account_id=account.id, jobseeker_id=jobseeker_id,
                              viewed_at=now))


def flagged(account: Account) -> list[dict]:
    """Organisations (inside an operator's region) whose views in the last 7 days exceed
    FACTOR x open headcount of their published vacancies + SLACK; most views first."""
    cfg = current_app.config
    since = utcnow() - dt.timedelta(days=FLAG_DAYS)
    views = (select(ResumeView.employer_id, func.count().label("n")).where(ResumeView.viewed_at >= since)
             .group_by(ResumeView.employer_id).subquery())
    places = (select(Vacancy.employer_id, func.sum(Vacancy.headcount - Vacancy.hired_count).label("open"))
              .where(Vacancy.status == "published").group_by(Vacancy.employer_id).subquery())
    open_headcount = func.coalesce(places.c.open, 0)
    threshold = cfg["RESUME_VIEW_FLAG_FACTOR"] * open_headcount + cfg["RESUME_VIEW_FLAG_SLACK"]
    stmt = (select(Employer, views.c.n, open_headcount, threshold)
            .join(views, views.c.employer_id == Employer.id)
            .outerjoin(places, places.c.employer_id == Employer.id)
            .where(views.c.n > threshold).order_by(views.c.n.desc(), Employer.id).limit(500))
    if (inside := scope.within(Employer.region_code, scope.prefix(account))) is not None:
        stmt = stmt.where(inside)
    return [{"employer_id": e.id, "employer_name": e.name, "region_code": e.region_code, "views_7d": n,
             "open_headcount": int(o), "threshold": int(t)} for e, n, o, t in db.session.execute(stmt)]
