"""Employer organisations: registration, members and invitations, agencies, operator flags."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, aliased

from recruit.accounts import otp, scope
from recruit.accounts.models import Account
from recruit.audit import service as audit
from recruit.employers import verification
from recruit.employers.models import AgencyAuthorisation, Employer, EmployerInvitation
from recruit.errors import Conflict, Forbidden, Invalid, NotFound
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.pagination import page_of
from recruit.search import outbox
from recruit.vacancies import screen
from recruit.vacancies.models import Vacancy


def _taken() -> Conflict:
    return Conflict("该统一社会信用代码已注册", code="credit_code_taken",
                    errors={"json": {"credit_code": ["该统一社会信用代码已注册"]}})


def register(account: Account, *, name: str, credit_code: str, region_code: str,
             address: str | None = None, industry_code: str | None = None, size_band: str | None = None,
             contact_name: str | None = None, contact_phone: str | None = None,
             is_agency: bool = False) -> Employer:
    """The registering account becomes the organisation's owner and first member."""
    if account.employer_id is not None:
        raise Conflict("该账号已属于一个用人单位", code="already_member")
    _screen_name(name)
    if db.session.scalar(select(Employer.id).where(Employer.credit_code == credit_code)):
        raise _taken()
    employer = Employer(name=name.strip(), credit_code=credit_code, region_code=region_code,
                        address=address, industry_code=industry_code, size_band=size_band,
                        contact_name=contact_name, contact_phone=contact_phone, is_agency=is_agency,
                        owner_id=account.id)
    db.session.add(employer)
    try:
        db.session.flush()
        account.employer_id = employer.id
        db.session.commit()
    except IntegrityError as exc:
        db.session.rollback()
        raise _taken() from exc
    return employer


def of_account(account: Account) -> Employer:
    if account.employer_id is None:
        raise NotFound("该账号尚未登记用人单位", code="no_employer")
    return db.session.get(Employer, account.employer_id)


def _owned(account: Account) -> Employer:
    employer = of_account(account)
    if employer.owner_id != account.id:
        raise Forbidden("仅单位管理员（注册人）可执行此操作", code="not_owner")
    return employer


def _screen_name(name: str) -> None:
    """The name goes into every vacancy's page and search document: screened like an ad, and a
    flagged name is refused with the screen's reason (nothing unscreened reaches live vacancies;
    there is no review queue for names, so nothing waits half-changed either)."""
    hits = screen.scan(name)
    if hits:
        found = "；".join(f"{h.message}（{h.match}）" for h in hits)
        raise Invalid.field("name", f"单位名称未通过自动筛查：{found}")


def update_profile(account: Account, data: dict) -> Employer:
    employer = _owned(account)
    renamed = "name" in data and data["name"] != employer.name
    if renamed:
        _screen_name(data["name"])
    for key, value in data.items():
        setattr(employer, key, value)
    if data:
        verification.requeue_if_rejected(employer)
    if renamed:
        _reindex_vacancies(employer)
    db.session.commit()
    return employer


def _reindex_vacancies(employer: Employer) -> None:
    """Search documents carry the employer's name and flags: new versions, so the index takes them.
    Never commits."""
    bumped = db.session.scalars(
        update(Vacancy).where(Vacancy.employer_id == employer.id, Vacancy.status == "published")
        .values(version=Vacancy.version + 1, updated_at=utcnow()).returning(Vacancy.id)
        .execution_options(synchronize_session=False))
    for vacancy_id in bumped.all():
        outbox.enqueue("vacancies", vacancy_id)


# ---- members ------------------------------------------------------------------------------

def members(account: Account, *, offset: int, limit: int) -> tuple[list[dict], int]:
    employer = of_account(account)
    rows, total = page_of(select(Account).where(Account.employer_id == employer.id), Account.id,
                          offset=offset, limit=limit)
    return [{"id": a.id, "display_name": a.display_name, "phone": a.phone,
             "is_owner": a.id == employer.owner_id} for a in rows], total


def invite(account: Account, phone: str) -> EmployerInvitation:
    employer = _owned(account)
    existing = db.session.scalar(select(EmployerInvitation).where(
        EmployerInvitation.employer_id == employer.id, EmployerInvitation.phone == phone,
        EmployerInvitation.accepted_at.is_(None)))
    if existing:
        existing.employer_name = employer.name
        return existing
    invitation = EmployerInvitation(employer_id=employer.id, phone=phone, invited_by_id=account.id)
    db.session.add(invitation)
    db.session.commit()
    invitation.employer_name = employer.name
    return invitation


def my_invitations(account: Account) -> list[EmployerInvitation]:
    rows = db.session.execute(
        select(EmployerInvitation, Employer.name)
        .join(Employer, Employer.id == EmployerInvitation.employer_id)
        .where(EmployerInvitation.phone == account.phone, EmployerInvitation.accepted_at.is_(None))
        .order_by(EmployerInvitation.id)).all()
    for invitation, name in rows:
        invitation.employer_name = name
    return [i for i, _ in rows]


def accept(account: Account, invitation_id: int, code: str) -> Employer:
    """Only the invited phone's employer account can accept, with that phone's SMS code
    (purpose invitation); invitations to others look absent."""
    invitation = db.session.get(EmployerInvitation, invitation_id)
    if invitation is None or invitation.phone != account.phone or invitation.accepted_at is not None:
        raise NotFound("邀请不存在或已处理", code="no_invitation")
    if account.employer_id is not None:
        raise Conflict("该账号已属于一个用人单位", code="already_member")
    otp.consume(account.phone, "invitation", code)
    invitation = db.session.scalar(select(EmployerInvitation).where(EmployerInvitation.id == invitation_id)
                                   .with_for_update())
    if invitation.accepted_at is not None:
        db.session.rollback()
        raise NotFound("邀请不存在或已处理", code="no_invitation")
    invitation.accepted_at, invitation.accepted_by_id = utcnow(), account.id
    account.employer_id = invitation.employer_id
    db.session.commit()
    return db.session.get(Employer, invitation.employer_id)


def remove_member(account: Account, member_id: int) -> None:
    """The owner removes a member (never the owner: an organisation keeps its one owner).
    Someone else's or an unknown account looks absent. Audited."""
    employer = _owned(account)
    member = db.session.scalar(select(Account).where(Account.id == member_id).with_for_update())
    if member is None or member.employer_id != employer.id:
        raise NotFound("该成员不存在", code="no_member")
    if member.id == employer.owner_id:
        raise Conflict("不能移除单位管理员（注册人）", code="owner_required")
    member.employer_id = None
    audit.record(account, "employer.member_remove", target_type="account", target_id=member.id,
                 region_code=employer.region_code, before={"employer_id": employer.id},
                 after={"employer_id": None})
    db.session.commit()


# ---- HR agencies --------------------------------------------------------------------------

def authorise_agency(account: Account, credit_code: str) -> dict:
    employer = _owned(account)
    agency = db.session.scalar(select(Employer).where(Employer.credit_code == credit_code))
    if agency is None or not agency.is_agency:
        raise Invalid.field("credit_code", "未找到该人力资源服务机构")
    if agency.id == employer.id:
        raise Invalid.field("credit_code", "不能授权本单位")
    grant = db.session.scalar(select(AgencyAuthorisation).where(
        AgencyAuthorisation.employer_id == employer.id, AgencyAuthorisation.agency_id == agency.id))
    if grant is None:
        grant = AgencyAuthorisation(employer_id=employer.id, agency_id=agency.id, granted_by_id=account.id)
        db.session.add(grant)
    grant.revoked_at = None
    db.session.commit()
    return _partner(grant, employer, agency)


def revoke_agency(account: Account, agency_id: int) -> None:
    employer = _owned(account)
    grant = db.session.scalar(select(AgencyAuthorisation).where(
        AgencyAuthorisation.employer_id == employer.id, AgencyAuthorisation.agency_id == agency_id,
        AgencyAuthorisation.revoked_at.is_(None)))
    if grant is None:
        raise NotFound("未授权该机构")
    grant.revoked_at = utcnow()
    db.session.commit()


# a plain id, or a column correlated with the enclosing query
_IdOrColumn = int | ColumnElement[int] | InstrumentedAttribute[int] | InstrumentedAttribute[int | None]


def agency_authorised(employer_id: _IdOrColumn, agency_id: _IdOrColumn) -> Exists:
    """SQL condition: the agency holds the employer's live (unrevoked) authorisation.

    The one rule for every agency access (posting, its vacancies, their applicants and
    candidates, imports): checked on each request, never remembered, so a revocation takes
    effect at once. Arguments are columns (correlated) or plain ids."""
    agency = aliased(Employer)
    return (select(AgencyAuthorisation.id).join(agency, agency.id == AgencyAuthorisation.agency_id)
            .where(AgencyAuthorisation.employer_id == employer_id,
                   AgencyAuthorisation.agency_id == agency_id,
                   AgencyAuthorisation.revoked_at.is_(None), agency.is_agency.is_(True))
            .correlate_except(AgencyAuthorisation, agency).exists())


def agency_may_post(*, agency_id: int, employer_id: int) -> bool:
    return bool(db.session.scalar(select(agency_authorised(employer_id, agency_id))))


def partners(account: Account, *, as_agency: bool, offset: int, limit: int) -> tuple[list[dict], int]:
    """Agencies this employer authorised, or (as_agency) employers that authorised this agency."""
    me = of_account(account)
    emp, agy = aliased(Employer), aliased(Employer)
    side = AgencyAuthorisation.agency_id if as_agency else AgencyAuthorisation.employer_id
    where = [side == me.id, AgencyAuthorisation.revoked_at.is_(None)]
    total = db.session.scalar(select(func.count(AgencyAuthorisation.id)).where(*where))
    rows = db.session.execute(
        select(AgencyAuthorisation, emp, agy).join(emp, emp.id == AgencyAuthorisation.employer_id)
        .join(agy, agy.id == AgencyAuthorisation.agency_id).where(*where)
        .order_by(AgencyAuthorisation.id).offset(offset).limit(limit)).all()
    return [_partner(g, e, a) for g, e, a in rows], int(total or 0)


def _partner(grant: AgencyAuthorisation, employer: Employer, agency: Employer) -> dict:
    return {"employer_id": employer.id, "employer_name": employer.name, "agency_id": agency.id,
            "agency_name": agency.name, "created_at": grant.created_at}


# ---- operators ----------------------------------------------------------------------------

def for_staff(account: Account, employer_id: int) -> Employer:
    """An employer inside the operator's region (admins: any); outside looks absent (404)."""
    employer = db.session.get(Employer, employer_id)
    if employer is None or not scope.covers(account, employer.region_code):
        raise NotFound("用人单位不存在")
    return employer


_FLAGS = ("is_key_enterprise", "commissioner_id", "poverty_alleviation")


def set_flags(account: Account, employer_id: int, data: dict) -> Employer:
    """Key enterprise (with a service commissioner) and poverty-alleviation flags: operators only."""
    employer = for_staff(account, employer_id)
    before = {k: getattr(employer, k) for k in _FLAGS}
    if "commissioner_id" in data and data["commissioner_id"] is not None:
        commissioner = db.session.get(Account, data["commissioner_id"])
        if commissioner is None or commissioner.role != "operator" or not commissioner.is_active:
            raise Invalid.field("commissioner_id", "服务专员须为在职的运营人员账号")
    for key, value in data.items():
        setattr(employer, key, value)
    if employer.is_key_enterprise and employer.commissioner_id is None:
        db.session.rollback()
        raise Invalid.field("commissioner_id", "重点企业须指派人社服务专员")
    if not employer.is_key_enterprise and "is_key_enterprise" in data:
        employer.commissioner_id = None
    after = {k: getattr(employer, k) for k in before}
    if after["is_key_enterprise"] != before["is_key_enterprise"]:
        _reindex_vacancies(employer)  # the key-enterprise filter reads the documents
    audit.record(account, "employer.flags", target_type="employer", target_id=employer.id,
                 region_code=employer.region_code, before=before, after=after)
    db.session.commit()
    return employer
