"""Key enterprises (重点企业): open demand against hires, per enterprise and per region.

A read model over employers and vacancies: the number of key enterprises is small (thousands),
so this aggregates on request instead of keeping counters.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, select

from recruit import replica
from recruit.accounts.models import Account
from recruit.employers.models import Employer
from recruit.vacancies.models import Vacancy

_open = case((Vacancy.status == "published", Vacancy.headcount - Vacancy.hired_count), else_=0)


def _base(region_prefix: str | None) -> Select[Any]:
    stmt = (select(Employer, Account.display_name.label("commissioner"),
                   func.coalesce(func.sum(_open), 0).label("open_headcount"),
                   func.coalesce(func.sum(Vacancy.hired_count), 0).label("hires"),
                   func.count(Vacancy.id).filter(Vacancy.status == "published").label("open_vacancies"))
            .outerjoin(Vacancy, Vacancy.employer_id == Employer.id)
            .outerjoin(Account, Account.id == Employer.commissioner_id)
            .where(Employer.is_key_enterprise.is_(True))
            .group_by(Employer.id, Account.display_name))
    if region_prefix:
        stmt = stmt.where(Employer.region_code.startswith(region_prefix))
    return stmt


def by_enterprise(region_prefix: str | None, limit: int = 500) -> list[dict[str, Any]]:
    """Largest open demand first: where commissioners can help most."""
    rows = replica.session().execute(_base(region_prefix).order_by(
        func.coalesce(func.sum(_open), 0).desc(), Employer.id).limit(limit)).all()
    return [{"employer_id": e.id, "name": e.name, "region_code": e.region_code,
             "commissioner": commissioner, "open_vacancies": open_vacancies,
             "open_headcount": int(open_headcount), "hires": int(hires)}
            for e, commissioner, open_headcount, hires, open_vacancies in rows]


def by_region(region_prefix: str | None) -> list[dict[str, Any]]:
    """Summed one level below the prefix (provinces, prefectures, then counties)."""
    level = {None: 2, 2: 4, 4: 6, 6: 6}[len(region_prefix) if region_prefix else None]
    per = _base(region_prefix).subquery()
    key = func.substr(per.c.region_code, 1, level)
    rows = replica.session().execute(
        select(key.label("region"), func.count().label("enterprises"),
               func.sum(per.c.open_headcount).label("open_headcount"), func.sum(per.c.hires).label("hires"))
        .group_by(key).order_by(key)).all()
    return [{"region": r.region, "enterprises": r.enterprises, "open_headcount": int(r.open_headcount),
             "hires": int(r.hires)} for r in rows]
