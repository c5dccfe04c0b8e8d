"""Jobseeker profiles: the resident ID is validated, encrypted, hashed and masked here."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from recruit import privacy
from recruit.accounts.models import Account
from recruit.clock import today
from recruit.codes.enums import DERIVED_GROUPS, EMPLOYER_VISIBLE_GROUPS, SELF_DECLARED_GROUPS
from recruit.errors import Conflict, NotFound
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker, JobseekerGroup, WorkExperience
from recruit.models_base import utcnow
from recruit.reporting import counters
from recruit.search import outbox

# health and welfare facts: shown to an employer only once the jobseeker has revealed themselves
_ID_TAKEN = {"json": {"resident_id": ["该身份证号码已被其他账号使用"]}}
_LIST_FIELDS = ("skills", "desired_occupations", "desired_regions", "preferred_employment_types")
_PLAIN_FIELDS = ("name", "current_region_code", "education_level", "major", "graduation_year",
                 "experience_years", "expected_salary", "available_from", "visibility")


# 高校毕业生: a college or university graduate (大专 and above) of this or last year. A typed
# year alone does not make one: a senior-high leaver of this year is not a college graduate.
GRADUATE_EDUCATION = frozenset({"associate", "bachelor", "master", "doctorate"})


def derived_groups(*, graduation_year: int | None, hukou_region_code: str, on: dt.date,
                   education_level: str | None = None) -> set[str]:
    """Groups the resume itself proves: college graduates (education 大专 or above) of this or
    last year, Hubei household registration."""
    groups = set()
    if education_level in GRADUATE_EDUCATION and graduation_year in (on.year, on.year - 1):
        groups.add("graduate")
    if hukou_region_code.startswith("42"):
        groups.add("hubei")
    return groups


def _sync_groups(jobseeker: Jobseeker, declared: list[str] | None) -> None:
    """Derived memberships follow the resume; declared ones follow the jobseeker's list.

    A declaration kept across edits keeps its review status, so editing a resume never
    puts a verified membership back into the queue.
    """
    existing = {g.group: g for g in jobseeker.groups}
    derived = derived_groups(graduation_year=jobseeker.graduation_year,
                             hukou_region_code=jobseeker.hukou_region_code, on=today(),
                             education_level=jobseeker.education_level)
    for code in DERIVED_GROUPS:
        row = existing.get(code)
        if code in derived and row is None:
            _add_group(jobseeker, code, "derived", "verified")
        elif code not in derived and row is not None:
            _remove_group(jobseeker, row)
    if declared is None:
        return
    wanted = set(declared)
    for code, row in existing.items():
        if row.source == "declared" and code not in wanted:
            _remove_group(jobseeker, row)
    for code in sorted(wanted - set(existing)):
        _add_group(jobseeker, code, "declared",
                   "verified" if code in SELF_DECLARED_GROUPS else "pending")


def _add_group(jobseeker: Jobseeker, code: str, source: str, status: str) -> None:
    jobseeker.groups.append(JobseekerGroup(group=code, source=source, status=status))
    if status == "verified" and jobseeker.id is not None:
        # the counters' group cuts follow verified memberships, past events included
        counters.record(counters.Regrouped(jobseeker.id, code, +1))


def _remove_group(jobseeker: Jobseeker, row: JobseekerGroup) -> None:
    jobseeker.groups.remove(row)
    if row.status == "verified" and jobseeker.id is not None:
        counters.record(counters.Regrouped(jobseeker.id, row.group, -1))


def _apply_resume(jobseeker: Jobseeker, data: dict) -> None:
    for field in _PLAIN_FIELDS:
        if field in data:
            value = data[field]
            setattr(jobseeker, field, value.strip() if isinstance(value, str) else value)
    for field in _LIST_FIELDS:
        if field in data:
            setattr(jobseeker, field, list(dict.fromkeys(v.strip() for v in data[field])))
    if "self_introduction" in data:
        jobseeker.self_introduction = privacy.redact_resident_ids(data["self_introduction"])
    if "location" in data:
        point = data["location"] or {}
        jobseeker.lat, jobseeker.lon = point.get("lat"), point.get("lon")
    if "work_history" in data:
        jobseeker.work_history = [WorkExperience(**item) for item in data["work_history"]]
    _sync_groups(jobseeker, data.get("declared_groups"))


def new_profile(account_id: int, *, name: str, resident_id: str, current_region_code: str,
                **resume: Any) -> Jobseeker:
    """A profile as create_profile() makes it (ID encrypted, hashed, masked; groups derived and
    declared), not yet added to the session: the demo's replay adds hundreds in one flush."""
    number = privacy.normalize_resident_id(resident_id)
    jobseeker = Jobseeker(
        account_id=account_id,
        name=name.strip(),
        resident_id_encrypted=privacy.encrypt(number),
        resident_id_hash=privacy.keyed_hash(number),
        resident_id_masked=privacy.mask_resident_id(number),
        current_region_code=current_region_code,
        groups=[], work_history=[],
        **privacy.resident_id_facts(number),
    )
    _apply_resume(jobseeker, resume)
    return jobseeker


def create_profile(account: Account, *, name: str, resident_id: str,
                   current_region_code: str, **resume: Any) -> Jobseeker:
    if db.session.scalar(select(Jobseeker.id).where(Jobseeker.account_id == account.id)):
        raise Conflict("该账号已有求职者档案", code="profile_exists")
    jobseeker = new_profile(account.id, name=name, resident_id=resident_id,
                            current_region_code=current_region_code, **resume)
    if db.session.scalar(select(Jobseeker.id).where(
            Jobseeker.resident_id_hash == jobseeker.resident_id_hash)):
        raise Conflict("该身份证号码已被其他账号使用", code="resident_id_taken", errors=_ID_TAKEN)
    db.session.add(jobseeker)
    try:
        db.session.flush()
        outbox.enqueue("jobseekers", jobseeker.id)
        db.session.commit()
    except IntegrityError as exc:
        db.session.rollback()
        raise Conflict("该身份证号码或账号已登记", code="resident_id_taken") from exc
    return jobseeker


def update_resume(account: Account, data: dict) -> Jobseeker:
    """Partial update; lists given are replaced whole. A concurrent edit answers 409."""
    jobseeker = of_account(account)
    _apply_resume(jobseeker, data)
    # always an UPDATE of the row, so `version` moves even when only groups or work history
    # changed: the search document's external version must grow with every change
    jobseeker.updated_at = utcnow()
    outbox.enqueue("jobseekers", jobseeker.id)
    try:
        db.session.commit()
    except StaleDataError as exc:
        db.session.rollback()
        raise Conflict("简历已在别处修改，请刷新后重试", code="edit_conflict") from exc
    return jobseeker


def of_account(account: Account) -> Jobseeker:
    jobseeker = db.session.scalar(select(Jobseeker).where(Jobseeker.account_id == account.id))
    if jobseeker is None:
        raise NotFound("请先填写求职者档案", code="no_profile")
    return jobseeker


def find_by_resident_id(number: str) -> Jobseeker | None:
    """Lookup by keyed hash: the number itself is never in a WHERE clause."""
    digest = privacy.keyed_hash(privacy.normalize_resident_id(number))
    return db.session.scalar(select(Jobseeker).where(Jobseeker.resident_id_hash == digest))


def employer_view(jobseeker: Jobseeker, *, revealed: bool) -> SimpleNamespace:
    """The resume as an employer may see it: name and phone once revealed; never the ID, the
    home coordinates or a sensitive group (minimum necessary, PIPL art. 28)."""
    fields = {name: getattr(jobseeker, name) for name in (
        "id", "gender", "current_region_code", "education_level", "major",
        "graduation_year", "experience_years", "skills", "work_history", "desired_occupations",
        "desired_regions", "expected_salary", "preferred_employment_types", "available_from",
        "self_introduction")}
    phone = jobseeker.account.phone
    return SimpleNamespace(
        **fields,
        name=jobseeker.name if revealed else privacy.mask_name(jobseeker.name),
        birth_year=jobseeker.birth_date.year,
        phone=phone if revealed else privacy.mask_phone(phone),
        contact_revealed=revealed,
        groups=sorted(jobseeker.verified_groups() & EMPLOYER_VISIBLE_GROUPS),
    )


def reencrypt_all(batch_size: int = 500) -> int:
    """Key rotation: every resident ID under the current key, hashes under the current hash key.

    Batches by id with a commit each, so it can be stopped and run again.
    """
    done, last_id = 0, 0
    while True:
        rows = db.session.scalars(
            select(Jobseeker).where(Jobseeker.id > last_id).order_by(Jobseeker.id)
            .limit(batch_size).with_for_update(of=Jobseeker)).all()
        if not rows:
            db.session.rollback()
            return done
        for row in rows:
            number = privacy.decrypt(row.resident_id_encrypted)
            row.resident_id_encrypted = privacy.reencrypt(row.resident_id_encrypted)
            row.resident_id_hash = privacy.keyed_hash(number)
        last_id = rows[-1].id
        done += len(rows)
        db.session.commit()
