"""Jobseeker profiles: the resident ID is validated, encrypted, hashed and masked here."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from recruit import privacy
from recruit.accounts.models import Account
from recruit.errors import Conflict, NotFound
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker

_ID_TAKEN = {"json": {"resident_id": ["该身份证号码已被其他账号使用"]}}


def create_profile(account: Account, *, name: str, resident_id: str,
                   current_region_code: str) -> Jobseeker:
    if db.session.scalar(select(Jobseeker.id).where(Jobseeker.account_id == account.id)):
        raise Conflict("该账号已有求职者档案", code="profile_exists")
    number = privacy.normalize_resident_id(resident_id)
    digest = privacy.keyed_hash(number)
    if db.session.scalar(select(Jobseeker.id).where(Jobseeker.resident_id_hash == digest)):
        raise Conflict("该身份证号码已被其他账号使用", code="resident_id_taken", errors=_ID_TAKEN)
    jobseeker = Jobseeker(
        account_id=account.id,
        name=name.strip(),
        resident_id_encrypted=privacy.encrypt(number),
        resident_id_hash=digest,
        resident_id_masked=privacy.mask_resident_id(number),
        current_region_code=current_region_code,
        **privacy.resident_id_facts(number),
    )
    db.session.add(jobseeker)
    try:
        db.session.commit()
    except IntegrityError as exc:
        db.session.rollback()
        raise Conflict("该身份证号码或账号已登记", code="resident_id_taken") from exc
    return jobseeker


def of_account(account: Account) -> Jobseeker:
    jobseeker = db.session.scalar(select(Jobseeker).where(Jobseeker.account_id == account.id))
    if jobseeker is None:
        raise NotFound("请先填写求职者档案", code="no_profile")
    return jobseeker
