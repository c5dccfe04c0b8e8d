from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruit.accounts.models import Account
from recruit.extensions import db
from recruit.models_base import Timestamps


class Jobseeker(Timestamps, db.Model):
    __tablename__ = "jobseekers"
    __table_args__ = (CheckConstraint("gender in ('male', 'female')", name="gender"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    # the number itself only encrypted; the keyed hash finds it, the mask shows it
    resident_id_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    resident_id_hash: Mapped[str] = mapped_column(String(64), unique=True)
    resident_id_masked: Mapped[str] = mapped_column(String(18))
    # derived from the resident ID, never typed
    birth_date: Mapped[dt.date] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(6))
    hukou_region_code: Mapped[str] = mapped_column(String(6))
    current_region_code: Mapped[str] = mapped_column(String(6), index=True)

    account: Mapped[Account] = relationship(lazy="joined")
