"""The demo as the campaign happened: 100 days replayed in order, each event at its own moment.

Day by day (story.py): the featured sessions exist before anything they count; employers and
jobseekers register; the day's vacancies go through the importer's set-wise path as of that
day (screen, transitions, outbox, campaign attribution, counters); applications and hires are
written a day at a time with the campaigns their vacancy belonged to at that moment recorded on
the row, as reporting/counters.py records them. One statement per kind of row per day, never
one service call per row: that was the two minutes of the old loader (docs/performance.md).

At the end: pending priority-group declarations verified (the verification service), the index
fed from the outbox, the running sessions pushed (the push service), and the counters computed
set-wise from the rows just written (reconcile.rebuild: the same SQL reconciliation checks
with), so `reconcile` is clean and every campaign counter equals its recorded attribution.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy import insert, select, text, update
from tqdm import tqdm

from recruit import clock
from recruit.accounts.models import Account
from recruit.applications.models import Application, ApplicationEvent
from recruit.campaigns import rules as campaign_rules
from recruit.campaigns import service as campaigns
from recruit.campaigns.models import Campaign
from recruit.codes import regions
from recruit.demo import PROVINCE_WEIGHTS, Demo, staff, story
from recruit.employers import service as employers
from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.models_base import utcnow
from recruit.reporting.reconcile import rebuild
from recruit.search import campaigns as search_campaigns
from recruit.search import indexer, mappings, outbox
from recruit.search import sync as search_sync
from recruit.vacancies import importer
from recruit.verification import service as verification

WUHAN = "4201"  # the demo operator's prefecture: its key enterprises are the ones it sees
KEY_PER_REGION = 2
HIRE_RATE = 0.2  # of applications, decided some days after submission


@dataclass
class _Poster:
    employer_id: int
    owner_id: int
    region: str
    industry: str
    day: int  # registered (and first able to post) on this demo day
    key: bool = False
    agency_id: int | None = None


@dataclass
class _Open:
    id: int
    day: int
    headcount: int
    groups: tuple[str, ...]
    owner_id: int
    hired: int = 0


@dataclass
class _State:
    posters: list[_Poster] = field(default_factory=list)
    open: list[_Open] = field(default_factory=list)
    # (jobseeker, account, day registered, groups)
    seekers: list[tuple[int, int, int, frozenset[str]]] = field(default_factory=list)
    applied: set[tuple[int, int]] = field(default_factory=set)
    # day -> (application, vacancy, the applicant's account) hired that day
    hires_due: dict[int, list[tuple[int, _Open, int]]] = field(default_factory=dict)
    verified: int = 0


def replay(*, employers_n: int = 240, jobseekers_n: int = 500, vacancies_n: int = 1600,
           applications_n: int = 4000, seed: int = 2020, password: str | None = None,
           progress: bool = True, today: dt.date | None = None) -> dict:
    """Load the 100-day demo into an empty database. Returns what was made."""
    rng = random.Random(seed)
    demo = Demo(seed, password=password)
    staff()
    admin = db.session.scalars(select(Account).where(Account.role == "admin").order_by(Account.id)).first()
    if admin is None:
        raise RuntimeError("the demo needs its admin (demo.staff())")
    first = story.start_day(today)
    plan = story.sessions((today or clock.today()).year)
    sessions = _sessions(admin, first, plan)
    state = _State()
    commissioners = _commissioners(demo)
    _register_employers(demo, rng, state, employers_n, first)
    _key_enterprises(demo, admin, state, commissioners, plan, first)
    _agencies(demo, rng, state, first)
    seeker_days = story.daily_counts(jobseekers_n, first, plan)
    vacancy_days = story.daily_counts(vacancies_n, first, plan)
    application_days = story.daily_counts(applications_n, first, plan)
    made: dict[str, int] = {"days": story.DAYS, "sessions": len(sessions), "employers": len(state.posters),
            "key_enterprises": sum(p.key for p in state.posters), "vacancies": 0, "held_for_review": 0,
            "jobseekers": 0, "applications": 0, "hires": 0}
    for day in tqdm(range(story.DAYS), desc="百日回放", disable=not progress):
        made["jobseekers"] += _register_jobseekers(demo, admin, rng, state, seeker_days[day], first, day)
        written = _publish(demo, rng, state, vacancy_days[day], first, day, plan)
        made["vacancies"] += len(written)
        made["held_for_review"] += sum(r["status"] == "pending_review" for r in written)
        made["applications"] += _apply(rng, state, application_days[day], first, day, plan)
        made["hires"] += _hire(state, first, day)
        db.session.commit()
    made["verified"] = state.verified
    counted = rebuild()  # commits
    made["indexed"] = _index()
    made["pushes"] = _push(sessions)
    return {**made, "counters": counted}


# ---- the cast -----------------------------------------------------------------------------

def _sessions(admin: Account, first: dt.date, plan: list[story.Session]) -> list[Campaign]:
    """The featured sessions, through the campaigns service, before any event they count."""
    made = []
    for s in plan:
        campaign = campaigns.create(admin, {
            "name": s.name, "kind": s.kind, "target_groups": list(s.groups),
            "industries": list(s.industries), "rule_welcomes_group": bool(s.groups),
            "rule_industry": bool(s.industries),
            "starts_at": story.moment(first, s.first_day), "ends_at": story.moment(first, s.last_day + 1)})
        campaign.created_at = campaign.updated_at = story.moment(first, s.first_day) - dt.timedelta(days=3)
        made.append(campaign)
    db.session.commit()
    return made


def _commissioners(demo: Demo) -> dict[str, Account]:
    """A service commissioner (人社服务专员, an operator) per demo province; in Wuhan the demo
    operator serves its key enterprises itself. Their passwords are never shown: reset-password."""
    found = {WUHAN: db.session.scalars(select(Account).where(Account.phone == "13800000002")).one()}
    for province in PROVINCE_WEIGHTS:
        found[province] = demo.account("operator", f"{regions.full_name(province + '0000')}人社服务专员",
                                       region_prefix=province)
    return found


def _register_employers(demo: Demo, rng: random.Random, state: _State, n: int, first: dt.date) -> None:
    """Employers register over the first weeks (a quarter before the launch), verified."""
    days = [0 if i < n // 4 else min(story.DAYS - 1, int(rng.expovariate(1 / 12))) for i in range(n)]
    industries = ["C38", "C39", "E47", "F52", "H62", "G54"]
    state.posters += _register(demo, first, [(demo.county(), rng.choice(industries), day) for day in days])


def _register(demo: Demo, first: dt.date, specs: list[tuple[str, str, int]],
              is_agency: bool = False) -> list[_Poster]:
    """Organisations (county, industry, day registered) with their owners, verified as if by
    an operator (the demo's employers publish at once), in two flushes."""
    owners = [demo.account("employer", demo.fake.name(), at=story.moment(first, day, 8 * 60), commit=False)
              for _, _, day in specs]
    db.session.flush()
    made = []
    for owner, (county, industry, day) in zip(owners, specs, strict=True):
        at = story.moment(first, day, 8 * 60)
        made.append(Employer(
            name=demo.agency_name() if is_agency else demo.company_name(),
            credit_code=demo.credit_code(county), region_code=county, address=demo.fake.street_address(),
            industry_code=industry, is_agency=is_agency,
            size_band=demo.rng.choice(["small", "medium", "large"]), contact_name=demo.fake.name(),
            contact_phone=demo.phone(), owner_id=owner.id, verification_status="verified",
            verified_at=at, created_at=at, updated_at=at))
    db.session.add_all(made)
    db.session.flush()
    for owner, employer in zip(owners, made, strict=True):
        owner.employer_id = employer.id
    return [_Poster(e.id, o.id, county, industry, day)
            for o, e, (county, industry, day) in zip(owners, made, specs, strict=True)]


def _key_enterprises(demo: Demo, admin: Account, state: _State, commissioners: dict[str, Account],
                     plan: list[story.Session], first: dt.date) -> None:
    """Key enterprises (重点企业) in every demo region, in the key-enterprise session's
    industries, each flagged with its commissioner by the employers service (audited)."""
    industries = next(s.industries for s in plan if s.kind == "key_enterprises")
    specs, served = [], []
    for region, commissioner in commissioners.items():
        counties = [c for cs in demo.counties.values() for c in cs if c.startswith(region)]
        for k in range(KEY_PER_REGION):
            specs.append((demo.rng.choice(counties), industries[k % len(industries)], 0))
            served.append(commissioner)
    for poster, commissioner in zip(_register(demo, first, specs), served, strict=True):
        poster.key = True
        state.posters.append(poster)
        employers.set_flags(admin, poster.employer_id, {"is_key_enterprise": True,
                                                        "commissioner_id": commissioner.id})


def _agencies(demo: Demo, rng: random.Random, state: _State, first: dt.date) -> None:
    """Two HR agencies (GB/T 4754 L72), each authorised by up to five employers, posting for them."""
    founders = [p for p in state.posters if not p.key and p.day == 0]
    clients = rng.sample(founders, min(10, len(founders)))
    agencies = _register(demo, first, [(demo.county(), "L72", 0), (demo.county(), "L72", 0)], is_agency=True)
    db.session.commit()
    for a, agency in enumerate(agencies):
        credit_code = db.session.get_one(Employer, agency.employer_id).credit_code
        for client in clients[a * 5:(a + 1) * 5]:
            employers.authorise_agency(db.session.get_one(Account, client.owner_id), credit_code)
            state.posters.append(_Poster(client.employer_id, agency.owner_id, client.region, client.industry,
                                         client.day, agency_id=agency.employer_id))


def _register_jobseekers(demo: Demo, admin: Account, rng: random.Random, state: _State, n: int,
                         first: dt.date, day: int) -> int:
    """The day's new jobseekers with their resumes (jobseekers.new_profile: the ID encrypted,
    hashed and masked, groups derived and declared), one flush."""
    moments = sorted(story.moment(first, day, rng.randrange(7 * 60, 22 * 60)) for _ in range(n))
    accounts = [demo.account("jobseeker", demo.fake.name(), at=at, commit=False) for at in moments]
    db.session.flush()
    made = []
    for account, at in zip(accounts, moments, strict=True):
        profile = jobseekers.new_profile(account.id, name=account.display_name,
                                         resident_id=demo.resident_id(), current_region_code=demo.county(),
                                         **demo.resume())
        profile.created_at = profile.updated_at = at
        db.session.add(profile)
        made.append((profile, account.id))
    db.session.flush()
    for profile, account_id in made:
        groups = frozenset(g.group for g in profile.groups)
        state.seekers.append((profile.id, account_id, day, groups))
    if made:
        outbox.enqueue("jobseekers", [p.id for p, _ in made])
    # an operator checks declarations that need it (poverty registration, veterans) the day they
    # come, through the verification service, before the person applies anywhere
    pending = [g.id for p, _ in made for g in p.groups if g.status == "pending"]
    for membership_id in pending:
        verification.decide(admin, membership_id, approve=True, reason="已核对建档立卡/退役军人名单")
    state.verified += len(pending)
    return len(made)


# ---- the days -----------------------------------------------------------------------------

def _running(plan: list[story.Session], day: int) -> list[story.Session]:
    return [s for s in plan if s.running_on(day)]


def _publish(demo: Demo, rng: random.Random, state: _State, n: int, first: dt.date, day: int,
             plan: list[story.Session]) -> list[dict]:
    """The day's vacancies, published at 09:00 by the importer's set-wise path. While a session
    runs, employers answer it: half the new ads welcome its group, key enterprises post more."""
    running = _running(plan, day)
    groups = [g for s in running for g in s.groups]
    key_session = any(s.kind == "key_enterprises" for s in running)
    posters = [p for p in state.posters if p.day <= day]
    weights = [(6 if key_session else 2) if p.key else 1 for p in posters]
    rows: list[dict] = []
    who: list[_Poster] = []
    for _ in range(n):
        poster = rng.choices(posters, weights)[0]
        row = demo.vacancy_data()
        if groups and rng.random() < 0.5:
            row["welcomed_groups"] = sorted({rng.choice(groups), *row["welcomed_groups"]})
        if poster.key:
            row["headcount"] = rng.choice([20, 30, 50, 80, 100])
        row.update(employer_id=poster.employer_id, agency_id=poster.agency_id, industry_code=poster.industry,
                   region_code=poster.region if rng.random() < 0.7 else demo.county(),
                   external_ref=f"demo-{day:03d}-{len(rows):04d}")
        rows.append(row)
        who.append(poster)
    at = story.moment(first, day, 9 * 60)
    written = importer.insert_published(rows, at=at, label="百日千万网招演示", count=False)
    _attribute("vacancies", [r["id"] for r in written if r["status"] == "published"], at)
    for row, poster in zip(written, who, strict=True):
        if row["status"] == "published":
            state.open.append(_Open(row["id"], day, row["headcount"], tuple(row["welcomed_groups"] or ()),
                                    poster.owner_id))
    return written


def _apply(rng: random.Random, state: _State, n: int, first: dt.date, day: int,
           plan: list[story.Session]) -> int:
    """The day's applications, from 09:30 on, to vacancies open that day. A jobseeker of a
    running session's group mostly applies where that group is welcome (the session's point)."""
    seekers = [s for s in state.seekers if s[2] <= day]
    recent = [v for v in state.open if day - 30 <= v.day <= day and v.hired < v.headcount - 1]
    if not seekers or not recent:
        return 0
    session_groups = {g for s in _running(plan, day) for g in s.groups}
    rows, fates = [], []
    for _ in range(n):
        jobseeker_id, account_id, _, groups = rng.choice(seekers)
        wanted = groups & session_groups
        pool = [v for v in recent if wanted & set(v.groups)] if wanted and rng.random() < 0.7 else recent
        vacancy = rng.choice(pool or recent)
        if (jobseeker_id, vacancy.id) in state.applied:
            continue
        state.applied.add((jobseeker_id, vacancy.id))
        at = story.moment(first, day, rng.randrange(9 * 60 + 30, 22 * 60))
        channel = ("featured_session" if wanted & set(vacancy.groups)
                   else rng.choice(["search", "recommendation"]))
        rows.append({"vacancy_id": vacancy.id, "jobseeker_id": jobseeker_id, "status": "submitted",
                     "channel": channel, "created_at": at, "updated_at": at})
        fates.append((vacancy, account_id, at))
    if not rows:
        return 0
    ids = list(db.session.scalars(insert(Application).returning(Application.id, sort_by_parameter_order=True),
                                  rows))
    db.session.execute(insert(ApplicationEvent), [
        {"application_id": i, "actor_id": account_id, "from_status": None, "to_status": "submitted", "at": at}
        for i, (_, account_id, at) in zip(ids, fates, strict=True)])
    _attribute("applications", ids, story.moment(first, day, 12 * 60))
    for i, (vacancy, account_id, _) in zip(ids, fates, strict=True):
        if rng.random() < HIRE_RATE:
            state.hires_due.setdefault(day + rng.randint(3, 12), []).append((i, vacancy, account_id))
    return len(ids)


def _hire(state: _State, first: dt.date, day: int) -> int:
    """Hires decided today (by the employer's owner, at 16:00), never filling a vacancy."""
    due = [(i, v) for i, v, _ in state.hires_due.pop(day, []) if v.hired < v.headcount - 1]
    if not due:
        return 0
    at = story.moment(first, day, 16 * 60)
    ids = [i for i, _ in due]
    db.session.execute(update(Application).where(Application.id.in_(ids))
                       .values(status="hired", updated_at=at))
    event_ids = list(db.session.scalars(
        insert(ApplicationEvent).returning(ApplicationEvent.id, sort_by_parameter_order=True),
        [{"application_id": i, "actor_id": v.owner_id, "from_status": "submitted", "to_status": "hired",
          "reason": None, "at": at} for i, v in due]))
    _attribute("application_events", event_ids, at)
    for _, v in due:
        v.hired += 1
    hired: dict[int, int] = {}
    for _, v in due:
        hired[v.id] = hired.get(v.id, 0) + 1
    db.session.execute(text("""
        update vacancies v set hired_count = v.hired_count + h.n, version = v.version + 1, updated_at = :at
        from unnest(cast(:ids as int[]), cast(:ns as int[])) as h(id, n) where v.id = h.id"""),
        {"ids": list(hired), "ns": list(hired.values()), "at": at})
    outbox.enqueue("vacancies", list(hired))
    return len(due)


def _attribute(table: str, ids: list[int], at: dt.datetime) -> None:
    """Record on each row (applications, or the hires' application_events) the campaigns its
    vacancy counted for at `at`: campaigns.rules.ATTRIBUTION_SQL set-wise, as the counters'
    entry records one event's."""
    if not ids:
        return
    vacancy = {"vacancies": "t.id", "applications": "t.vacancy_id"}.get(
        table, "(select vacancy_id from applications where id = t.application_id)")
    column = "published_campaign_ids" if table == "vacancies" else "campaign_ids"
    db.session.execute(text("set local jit = off"))
    db.session.execute(text(f"""
        with t as (select t.id, {vacancy} as vacancy_id
                   from {table} t where t.id = any(cast(:rows as int[]))),
        m as (select vacancy_id, array_agg(campaign_id order by campaign_id) as ids
              from ({campaign_rules.ATTRIBUTION_SQL}) x group by vacancy_id)
        update {table} r set {column} = m.ids from t join m using (vacancy_id)
        where r.id = t.id"""),
        {"rows": ids, "ids": _vacancies_of(table, ids), "at": at})


def _vacancies_of(table: str, ids: list[int]) -> list[int]:
    if table == "vacancies":
        return sorted(ids)
    if table == "applications":
        stmt = select(Application.vacancy_id).where(Application.id.in_(ids))
    else:
        stmt = (select(Application.vacancy_id)
                .join(ApplicationEvent, ApplicationEvent.application_id == Application.id)
                .where(ApplicationEvent.id.in_(ids)))
    return sorted(set(db.session.scalars(stmt)))


# ---- the end ------------------------------------------------------------------------------

def _index() -> int:
    """The outbox the replay filled, delivered to Elasticsearch and made searchable."""
    delivered = search_sync.drain(batch_size=2000)
    for index in mappings.INDICES:
        indexer.refresh(index)
    return int(delivered["indexed"])


def _push(sessions: list[Campaign]) -> int:
    """The sessions running today push their best matches to their audience (the push service)."""
    now = utcnow()
    return sum(search_campaigns.push(c.id, top_k=5).pushed for c in sessions if c.state(now) == "running")
