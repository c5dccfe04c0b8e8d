"""The operators' audit log: one row per operator/admin action, in the action's transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from recruit.accounts import scope
from recruit.accounts.models import Account
from recruit.audit.models import AuditEntry
from recruit.extensions import db


def _plain(value: Any) -> Any:
    """JSON-safe copy of a before/after snapshot (dates as ISO strings)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def record(actor: Account, action: str, *, target_type: str, target_id: object = None,
           region_code: str | None = None, before: dict | None = None,
           after: dict | None = None) -> AuditEntry:
    """Add an audit row to the caller's transaction. Never commits: if the action rolls back,
    so does its audit row, and an action cannot commit without one."""
    entry = AuditEntry(actor_id=actor.id, actor_role=actor.role, action=action,
                       target_type=target_type,
                       target_id=None if target_id is None else str(target_id),
                       region_code=region_code, before=_plain(before), after=_plain(after))
    db.session.add(entry)
    return entry


def search(*, actor_id: int | None = None, action: str | None = None,
           target_type: str | None = None, target_id: str | None = None,
           region: str | None = None, since: dt.datetime | None = None,
           until: dt.datetime | None = None, limit: int = 50, offset: int = 0) -> list[AuditEntry]:
    """Newest first. `action` matches a whole verb or a prefix ending in '.' ('report.')."""
    where = []
    if actor_id is not None:
        where.append(AuditEntry.actor_id == actor_id)
    if action:
        where.append(AuditEntry.action.startswith(action, autoescape=True) if action.endswith(".")
                     else AuditEntry.action == action)
    if target_type:
        where.append(AuditEntry.target_type == target_type)
    if target_id:
        where.append(AuditEntry.target_id == target_id)
    if (inside := scope.within(AuditEntry.region_code, region)) is not None:
        where.append(inside)
    if since:
        where.append(AuditEntry.at >= since)
    if until:
        where.append(AuditEntry.at < until)
    return list(db.session.scalars(
        select(AuditEntry).where(*where).order_by(AuditEntry.id.desc()).limit(limit).offset(offset)))
