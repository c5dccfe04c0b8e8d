"""Which published vacancies belong to a campaign: the inclusion rules, defined once and
evaluated both in Python (one vacancy, for its search document) and in SQL (every member).

A vacancy is a member when one of the campaign's enabled rules holds and it lies inside the
campaign's regions, or when it was enrolled (an employer's opt-in, an operator's addition);
an operator's removal wins over both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, false, or_, select

from recruit.campaigns.models import Campaign, CampaignVacancy
from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.vacancies.models import Vacancy

# the tables a rule's path starts from: a vacancy's own columns, or its employer's
_TABLES: dict[str, Any] = {"vacancy": Vacancy, "employer": Employer}


@dataclass(frozen=True)
class Rule:
    """`flag`: the campaign's switch; `values`: the campaign's list the rule compares with;
    `test`: "overlap" (the vacancy's list shares an item) or "prefix" (the vacancy's code starts
    with one of the list); `path`: where the vacancy's value is ("employer.region_code")."""

    flag: str | None
    values: str
    test: Literal["overlap", "prefix"]
    path: str

    def holds(self, campaign: Campaign, vacancy: Any) -> bool:
        wanted = getattr(campaign, self.values) or []
        value = attrgetter(self.path)(vacancy)
        if self.test == "overlap":
            return bool(set(value or ()) & set(wanted))
        return any((value or "").startswith(p) for p in wanted)

    def clause(self, campaign: Campaign) -> ColumnElement[bool] | None:
        """The same test in SQL over Vacancy joined with its Employer; None when it can never hold."""
        wanted = list(getattr(campaign, self.values) or [])
        if not wanted:
            return None
        table, _, column = self.path.rpartition(".")
        col = getattr(_TABLES[table or "vacancy"], column)
        if self.test == "overlap":
            overlap: ColumnElement[bool] = col.overlap(wanted)
            return overlap
        return or_(*[col.startswith(p) for p in wanted])


RULES = (
    Rule("rule_welcomes_group", "target_groups", "overlap", "welcomed_groups"),
    Rule("rule_employer_region", "regions", "prefix", "employer.region_code"),
    Rule("rule_occupation", "occupations", "prefix", "occupation_code"),
    Rule("rule_industry", "industries", "prefix", "industry_code"),
)
# bounds every rule: the job's place lies in one of the campaign's regions (when it names any)
PLACE = Rule(None, "regions", "prefix", "region_code")


def _enabled(c: Campaign) -> list[Rule]:
    return [r for r in RULES if getattr(c, r.flag or "")]


def rule_matches(c: Campaign, v: Any) -> bool:
    """Whether one vacancy (its employer loaded) joins the campaign by a rule."""
    if c.regions and not PLACE.holds(c, v):
        return False
    return any(rule.holds(c, v) for rule in _enabled(c))


def rule_clause(c: Campaign) -> ColumnElement[bool]:
    """rule_matches() compiled to SQL, over Vacancy joined with Employer."""
    clauses = [clause for rule in _enabled(c) if (clause := rule.clause(c)) is not None]
    result: ColumnElement[bool] = or_(*clauses) if clauses else false()
    place = PLACE.clause(c)
    if place is not None:
        result = and_(result, place)
    return result


def member_ids(c: Campaign) -> Select[Any]:
    """SELECT of the published vacancies in the campaign: by rule or enrolment, minus removals."""
    enrolled = select(CampaignVacancy.vacancy_id).where(
        CampaignVacancy.campaign_id == c.id, CampaignVacancy.removed.is_(False))
    removed = select(CampaignVacancy.vacancy_id).where(
        CampaignVacancy.campaign_id == c.id, CampaignVacancy.removed.is_(True))
    return (select(Vacancy.id).join(Employer, Employer.id == Vacancy.employer_id)
            .where(Vacancy.status == "published", or_(rule_clause(c), Vacancy.id.in_(enrolled)),
                   Vacancy.id.not_in(removed)))


def running_memberships(vacancies: Iterable[Any]) -> dict[int, list[tuple[int, list[str]]]]:
    """For the search documents: (campaign id, target groups) of the running campaigns each
    vacancy is in."""
    vacancies = list(vacancies)
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
