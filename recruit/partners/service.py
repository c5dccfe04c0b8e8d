"""Partner API keys: created and revoked by admins (audited), checked on every partner request.

A key is `rpk_<prefix>_<secret>`: the prefix (8 hex characters) is public and finds the row, the
whole key is compared by its SHA-256 (the database never holds the key itself; the key carries
256 random bits, so a fast hash is enough). The key is shown once, in the creation's answer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import select

from recruit.accounts.models import Account
from recruit.audit import service as audit
from recruit.errors import Forbidden, NotFound, Unauthorized
from recruit.extensions import db
from recruit.models_base import utcnow
from recruit.partners.models import PartnerKey

KEY_HEADER = "X-Partner-Key"
_TOUCH_EVERY = dt.timedelta(minutes=1)  # last_used_at is written at most this often


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _snapshot(key: PartnerKey) -> dict:
    return {"name": key.name, "prefix": key.prefix, "scopes": list(key.scopes),
            "rate_limit": key.rate_limit}


def create_key(account: Account, data: dict) -> tuple[PartnerKey, str]:
    """(the key's row, the key itself: shown once)."""
    prefix = secrets.token_hex(4)
    key = f"rpk_{prefix}_{secrets.token_urlsafe(32)}"
    row = PartnerKey(name=data["name"], prefix=prefix, key_hash=_hash(key),
                     scopes=sorted(set(data["scopes"])), rate_limit=data.get("rate_limit"),
                     created_by=account.id, created_at=utcnow())
    db.session.add(row)
    db.session.flush()
    audit.record(account, "partner_key.create", target_type="partner_key", target_id=row.id,
                 after=_snapshot(row))
    db.session.commit()
    return row, key


def list_keys() -> list[PartnerKey]:
    return list(db.session.scalars(select(PartnerKey).order_by(PartnerKey.id.desc()).limit(500)))


def revoke_key(account: Account, key_id: int) -> PartnerKey:
    """Revoked at once: the next request with the key is 401. Revoking twice changes nothing."""
    row = db.session.get(PartnerKey, key_id, with_for_update=True)
    if row is None:
        raise NotFound("合作平台密钥不存在")
    if row.revoked_at is None:
        row.revoked_at, row.revoked_by = utcnow(), account.id
        audit.record(account, "partner_key.revoke", target_type="partner_key", target_id=row.id,
                     before=_snapshot(row), after={"revoked_at": row.revoked_at})
    db.session.commit()
    return row


def authenticate(raw: str | None, scope: str) -> PartnerKey:
    """The live key of the request's header with `scope`, or 401/403. Commits its own small
    write (last_used_at, at most once a minute), so the caller starts a fresh transaction."""
    if not raw:
        raise Unauthorized(f"需要合作平台密钥（请求头 {KEY_HEADER}）", code="missing_partner_key")
    parts = raw.strip().split("_", 2)  # the secret may hold "_" itself
    row = None
    if len(parts) == 3 and parts[0] == "rpk":
        row = db.session.scalar(select(PartnerKey).where(PartnerKey.prefix == parts[1]))
    if row is None or not hmac.compare_digest(row.key_hash, _hash(raw.strip())) or row.revoked_at:
        db.session.rollback()
        raise Unauthorized("合作平台密钥无效或已吊销", code="invalid_partner_key")
    if scope not in row.scopes:
        db.session.rollback()
        raise Forbidden(f"该密钥没有 {scope} 权限", code="missing_scope")
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > _TOUCH_EVERY:
        row.last_used_at = now
    db.session.commit()
    return row
