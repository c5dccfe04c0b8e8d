"""Which published vacancies belong to a campaign: the inclusion rules, defined once and
evaluated both in Python (one vacancy, for its search document) and in SQL (every member).

A vacancy is a member when one of the campaign's enabled rules holds and it lies inside the
campaign's regions, or when it was enrolled (an employer's opt-in, an operator's addition);
an operator's removal wins over both.

The same rules, written set-wise over every campaign at once (`Rule.sql`, ATTRIBUTION_SQL),
decide which campaigns an event counts for: a vacancy's publication, an application, a hire or
a withdrawal counts for every campaign running at that moment whose rules or enrolment held for
the vacancy then (the counters record the ids with the event: reporting/counters.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, false, or_, select, text

from recruit.campaigns.models import Campaign, CampaignVacancy
from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.vacancies.models import Vacancy

# the tables a rule's path starts from: a vacancy's own columns, or its employer's
_TABLES: dict[str, Any] = {"vacancy": Vacancy, "employer": Employer}
# their aliases in the set-wise SQL (ATTRIBUTION_SQL): v vacancies, e employers
_ALIASES = {"vacancy": "v", "employer": "e"}


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

    @property
    def column(self) -> str:
        """The vacancy's value as a column of the attribution's distinct facts `k`."""
        return self.path.replace(".", "__")

    def select_sql(self) -> str:
        """How the attribution reads column() from vacancies `v` and employers `e` (never NULL,
        so the facts join back on plain equality)."""
        table, _, name = self.path.rpartition(".")
        value = f"{_ALIASES[table or 'vacancy']}.{name}"
        empty = "'{}'" if self.test == "overlap" else "''"
        return f"coalesce({value}, {empty}) as {self.column}"

    def sql(self) -> str:
        """The same test set-wise: over every running campaign `c` and fact row `k` at once,
        reading the campaign's switch and list from its row instead of binding them."""
        value = f"k.{self.column}"
        if self.test == "overlap":
            test = f"{value} && c.{self.values}"
        else:
            test = (f"exists (select 1 from unnest(c.{self.values}) as w(prefix) "
                    f"where starts_with({value}, w.prefix))")
        return f"(c.{self.flag} and {test})" if self.flag else test


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


def _attribution_sql() -> str:
    columns = {rule.column: rule.select_sql() for rule in (*RULES, PLACE)}
    keys = ", ".join(columns)
    enabled = " or ".join(rule.sql() for rule in RULES)
    # the rules are tested once per distinct combination of the values they read (an import
    # chunk of 10,000 rows has a few hundred), then joined back to the vacancies
    return f"""
        with v as (select v.id, {', '.join(columns.values())}
                   from vacancies v join employers e on e.id = v.employer_id
                   where v.id = any(cast(:ids as int[]))),
        k as (select distinct {keys} from v),
        c as (select * from campaigns where starts_at <= :at and ends_at > :at),
        ruled as materialized (select k.*, c.id as campaign_id from k cross join c
                  where ({enabled}) and (coalesce(cardinality(c.regions), 0) = 0 or {PLACE.sql()})),
        explicit as (select cv.campaign_id, cv.vacancy_id, cv.removed
                     from campaign_vacancies cv join c on c.id = cv.campaign_id
                     where cv.vacancy_id = any(cast(:ids as int[])))
        select v.id as vacancy_id, r.campaign_id from v join ruled r using ({keys})
        where not exists (select 1 from explicit x where x.campaign_id = r.campaign_id
                                                    and x.vacancy_id = v.id)
        union all
        select vacancy_id, campaign_id from explicit where not removed"""


# (vacancy id, campaign id) for each campaign running at :at whose rules or enrolment hold for
# the vacancies :ids (an int[]); an operator's removal wins. rule_matches() and member_ids() set-wise,
# without the vacancy's status: an event of a vacancy (a hire as it fills and closes) counts
# where the vacancy belongs.
ATTRIBUTION_SQL = _attribution_sql()


def campaigns_at(vacancy_ids: Iterable[int], at: dt.datetime) -> dict[int, list[int]]:
    """vacancy id -> the campaigns (ids, ascending) an event of it at `at` counts for.
    Flushes first: the rules read the rows as this transaction left them."""
    ids = [int(i) for i in vacancy_ids]
    if not ids:
        return {}
    db.session.flush()
    # JIT would compile the statement's many expressions for longer than it runs
    db.session.execute(text("set local jit = off"))
    out: dict[int, list[int]] = {}
    for vacancy_id, campaign_id in db.session.execute(
            text(f"select * from ({ATTRIBUTION_SQL}) a order by 1, 2"), {"ids": ids, "at": at}):
        out.setdefault(vacancy_id, []).append(campaign_id)
    return out


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
