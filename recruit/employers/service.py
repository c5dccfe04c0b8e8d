"""Employer organisations."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from recruit.accounts.models import Account
from recruit.employers.models import Employer
from recruit.errors import Conflict, NotFound
from recruit.extensions import db


def register(account: Account, *, name: str, credit_code: str, region_code: str,
             address: str | None) -> Employer:
    """The registering account becomes the organisation's first member."""
    if account.employer_id is not None:
        raise Conflict("该账号已属于一个用人单位", code="already_member")
    if db.session.scalar(select(Employer.id).where(Employer.credit_code == credit_code)):
        raise Conflict("该统一社会信用代码已注册", code="credit_code_taken",
                       errors={"json": {"credit_code": ["该统一社会信用代码已注册"]}})
    employer = Employer(name=name.strip(), credit_code=credit_code, region_code=region_code,
                        address=address)
    db.session.add(employer)
    try:
        db.session.flush()
        account.employer_id = employer.id
        db.session.commit()
    except IntegrityError as exc:
        db.session.rollback()
        raise Conflict("该统一社会信用代码已注册", code="credit_code_taken") from exc
    return employer


def of_account(account: Account) -> Employer:
    if account.employer_id is None:
        raise NotFound("该账号尚未登记用人单位", code="no_employer")
    return db.session.get(Employer, account.employer_id)
