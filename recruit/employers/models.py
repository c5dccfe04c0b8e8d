from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db
from recruit.models_base import Timestamps


class Employer(Timestamps, db.Model):
    __tablename__ = "employers"

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
