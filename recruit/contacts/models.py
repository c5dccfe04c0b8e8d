from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, DateTime, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.models_base import Timestamps, utcnow

STATUSES = ("pending", "accepted", "declined")


class ContactRequest(Timestamps, db.Model):
    """An employer asks a jobseeker for their contact details; accepting reveals the phone."""

    __tablename__ = "contact_requests"
    __table_args__ = (
        CheckConstraint(f"status in {STATUSES}", name="status"),
        # one request per employer and jobseeker: a declined one is not asked again
        UniqueConstraint("employer_id", "jobseeker_id", name="uq_contact_requests_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"),
                                              index=True)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    message: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="pending")
    responded_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    employer: Mapped[Employer] = relationship(lazy="joined")


class ResumeView(db.Model):
    """Every opening of a resume by an employer's account: the daily quota and the operators'
    flag read these. An erased jobseeker leaves the row (counts stay) without its id."""

    __tablename__ = "resume_views"
    __table_args__ = (Index("ix_resume_views_employer_id_viewed_at", "employer_id", "viewed_at"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    jobseeker_id: Mapped[int | None] = mapped_column(ForeignKey("jobseekers.id", ondelete="SET NULL"),
                                                     index=True)
    viewed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
