from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.models_base import Timestamps

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
