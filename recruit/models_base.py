"""Column helpers shared by the domain models."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, func
from sqlalchemy.orm import Mapped, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow, onupdate=utcnow
    )


# Arrays as one PostgreSQL literal in one text parameter (cast in SQL): psycopg dumps a Python list
# element by element in Python, which costs more than the statement for thousands of ids or codes.
def int_array(items) -> str:
    return "{" + ",".join(str(int(i)) for i in items) + "}"


def text_array(items) -> str:
    return "{" + ",".join('"' + str(i).replace("\\", "\\\\").replace('"', '\\"') + '"' for i in items) + "}"
