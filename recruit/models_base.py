"""Column helpers shared by the domain models."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import DateTime, FromClause, func, text
from sqlalchemy.orm import Mapped, mapped_column

from recruit.extensions import db


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), default=utcnow, onupdate=utcnow
    )


def text_array(items: Iterable[object]) -> str:
    """A text[] as PostgreSQL's literal, for COPY and for a set joined by unnest(): parsed in C,
    where psycopg dumps a list element by element in Python. Not for `col = any(...)` filters:
    a cast literal is no constant to the planner, so it cannot hash it."""
    return "{" + ",".join('"' + str(i).replace("\\", "\\\\").replace('"', '\\"') + '"' for i in items) + "}"


def insert_arrays(table: FromClause, columns: list[str], rows: list[dict], suffix: str = "") -> None:
    """INSERT ... SELECT FROM unnest(one array per column): a single statement for any number of rows.

    `table` is a model's __table__: a Table at run time, typed FromClause by the declarative base."""
    types = {c: table.c[c].type.compile(dialect=db.engine.dialect) for c in columns}
    arrays = ", ".join(f"cast(:{c} as {types[c]}[])" for c in columns)
    db.session.execute(
        text(f"insert into {table.name} ({', '.join(columns)}) select * from unnest({arrays}) {suffix}"),  # type: ignore[attr-defined]
        {c: [row[c] for row in rows] for c in columns})
