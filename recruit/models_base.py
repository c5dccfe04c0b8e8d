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


def text_array(items) -> str:
    """A text[] as PostgreSQL's literal, for COPY and for a set joined by unnest(): parsed in C,
    where psycopg dumps a list element by element in Python. Not for `col = any(...)` filters:
    a cast literal is no constant to the planner, so it cannot hash it."""
    return "{" + ",".join('"' + str(i).replace("\\", "\\\\").replace('"', '\\"') + '"' for i in items) + "}"
