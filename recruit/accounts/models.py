from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import Timestamps

ROLES = ("jobseeker", "employer", "operator", "admin")


class Account(Timestamps, db.Model):
    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint(f"role in {ROLES}", name="role"),
        CheckConstraint("role <> 'operator' or region_prefix is not null", name="operator_region"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    phone: Mapped[str] = mapped_column(String(11), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(50))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    # operators act only inside this GB/T 2260 prefix (2, 4 or 6 digits)
    region_prefix: Mapped[str | None] = mapped_column(String(6))
    is_active: Mapped[bool] = mapped_column(default=True)
