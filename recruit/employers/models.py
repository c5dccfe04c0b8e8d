from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import Timestamps, utcnow


class Employer(Timestamps, db.Model):
    __tablename__ = "employers"
    __table_args__ = (
        CheckConstraint("verification_status in ('pending', 'verified', 'rejected')",
                        name="verification_status"),
        # the operators' queue: pending organisations by region prefix
        Index("ix_employers_pending_region", "region_code", postgresql_where=text(
            "verification_status = 'pending'"), postgresql_ops={"region_code": "varchar_pattern_ops"}),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    credit_code: Mapped[str] = mapped_column(String(18), unique=True)
    region_code: Mapped[str] = mapped_column(String(6), index=True)
    address: Mapped[str | None] = mapped_column(String(200))
    # GB/T 4754-2017 section letter + division, e.g. "C38"
    industry_code: Mapped[str | None] = mapped_column(String(3))
    size_band: Mapped[str | None] = mapped_column(String(10))
    contact_name: Mapped[str | None] = mapped_column(String(50))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    # flags only operators set
    is_key_enterprise: Mapped[bool] = mapped_column(default=False, server_default="false")
    commissioner_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", use_alter=True, name="fk_employers_commissioner_id_accounts"))
    # 'workshop' (扶贫车间) or 'leading_enterprise' (扶贫龙头企业)
    poverty_alleviation: Mapped[str | None] = mapped_column(String(20))
    # HR service agency (人力资源服务机构): may post for employers that authorised it
    is_agency: Mapped[bool] = mapped_column(default=False, server_default="false")
    # the account that registered the organisation; it invites members
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", use_alter=True, name="fk_employers_owner_id_accounts"))
    # an operator of the employer's region checks the organisation: until 'verified' it may keep
    # drafts but not publish, and sees no resumes or candidates; the reason is shown to it
    verification_status: Mapped[str] = mapped_column(String(10), default="pending", server_default="pending")
    verification_reason: Mapped[str | None] = mapped_column(String(200))
    verified_by: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", use_alter=True, name="fk_employers_verified_by_accounts"))
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class EmployerInvitation(db.Model):
    """The owner invites a phone number; the employer account with that phone accepts."""

    __tablename__ = "employer_invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    phone: Mapped[str] = mapped_column(String(11))
    invited_by_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AgencyAuthorisation(db.Model):
    """An employer lets an HR agency post vacancies in its name."""

    __tablename__ = "agency_authorisations"
    __table_args__ = (UniqueConstraint("employer_id", "agency_id", name="uq_agency_authorisations_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    granted_by_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
