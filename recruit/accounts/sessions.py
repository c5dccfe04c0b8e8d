"""Sign-in sessions: API refresh-token families and web cookie sessions, one table.

An API login opens a family: a short access token and a refresh token, both naming the family
(`fam`). A refresh token is single-use: refreshing rotates it; presenting an older one of the
family again (a stolen copy, or the thief after the owner) revokes the whole family. Logout
revokes the family; "log out everywhere" and password changes bump the account's
token_version, which every session remembers from its start. Every request checks its
session (flask-jwt-extended's token_in_blocklist_loader; the web guards call web_account()).
"""

from __future__ import annotations

import datetime as dt
import secrets

from flask import current_app
from flask_jwt_extended import create_access_token, create_refresh_token, decode_token
from flask_jwt_extended.exceptions import JWTExtendedException
from jwt.exceptions import PyJWTError
from sqlalchemy import select, update

from recruit.accounts.models import Account, AuthSession
from recruit.errors import Unauthorized
from recruit.extensions import db
from recruit.models_base import utcnow


def _new_id() -> str:
    return secrets.token_urlsafe(32)


def open_session(account: Account, kind: str) -> AuthSession:
    """A new session row in the caller's transaction (not committed)."""
    ttl = current_app.config["JWT_REFRESH_TOKEN_EXPIRES" if kind == "api" else "WEB_SESSION_SECONDS"]
    session = AuthSession(id=_new_id(), account_id=account.id, kind=kind, token_version=account.token_version,
                          expires_at=utcnow() + dt.timedelta(seconds=ttl))
    db.session.add(session)
    return session


def _tokens(account: Account, session: AuthSession) -> dict:
    cfg = current_app.config
    session.refresh_jti = _new_id()
    claims = {"role": account.role, "fam": session.id, "ver": account.token_version}
    session.expires_at = utcnow() + dt.timedelta(seconds=cfg["JWT_REFRESH_TOKEN_EXPIRES"])
    return {
        "access_token": create_access_token(identity=str(account.id), additional_claims=claims),
        "refresh_token": create_refresh_token(identity=str(account.id),
                                              additional_claims={**claims, "jti": session.refresh_jti}),
        "token_type": "Bearer",
        "expires_in": cfg["JWT_ACCESS_TOKEN_EXPIRES"],
        "refresh_expires_in": cfg["JWT_REFRESH_TOKEN_EXPIRES"],
        "account": account,
    }


def issue(account: Account) -> dict:
    """Open an API session and answer with its tokens. Commits."""
    body = _tokens(account, open_session(account, "api"))
    db.session.commit()
    return body


def _live(session: AuthSession | None, account: Account | None) -> bool:
    return (session is not None and account is not None and account.is_active
            and session.revoked_at is None and session.expires_at > utcnow()
            and session.token_version == account.token_version)


def token_revoked(payload: dict) -> bool:
    """flask-jwt-extended's blocklist check, on every request with a token."""
    family = payload.get("fam")
    if not isinstance(family, str):
        return True
    row = db.session.execute(select(AuthSession, Account).join(Account, Account.id == AuthSession.account_id)
                             .where(AuthSession.id == family)).first()
    if row is None:
        return True
    session, account = row
    return (not _live(session, account) or payload.get("ver") != account.token_version
            or str(account.id) != str(payload.get("sub")))


def _refused(message: str = "登录凭证无效，请重新登录", code: str = "invalid_token") -> Unauthorized:
    return Unauthorized(message, code=code, errors={"json": {"refresh_token": [message]}})


def refresh(refresh_token: str) -> dict:
    """Rotate: the presented refresh token is spent and a new pair issued. Commits."""
    try:
        payload = decode_token(refresh_token)
    except (PyJWTError, JWTExtendedException) as exc:
        raise _refused() from exc
    if payload.get("type") != "refresh" or not isinstance(payload.get("fam"), str):
        raise _refused()
    session = db.session.scalar(select(AuthSession).where(AuthSession.id == payload["fam"])
                                .with_for_update())
    account = db.session.get(Account, session.account_id) if session else None
    if not _live(session, account) or str(account.id) != str(payload.get("sub")):
        db.session.rollback()
        raise _refused()
    if payload.get("jti") != session.refresh_jti:
        # an old token of the family again: someone holds a copy; end the family for both
        session.revoked_at, session.revoked_reason = utcnow(), "refresh_reused"
        db.session.commit()
        raise _refused("登录凭证已被使用过，为安全起见已退出登录，请重新登录", "refresh_reused")
    body = _tokens(account, session)
    db.session.commit()
    return body


def revoke(session_id: str | None, reason: str = "logout") -> None:
    """End one session (logout). Commits."""
    if session_id:
        db.session.execute(update(AuthSession).where(AuthSession.id == session_id,
                                                     AuthSession.revoked_at.is_(None))
                           .values(revoked_at=utcnow(), revoked_reason=reason))
    db.session.commit()


def revoke_all(account: Account, reason: str) -> None:
    """Every token and web session of the account stops working. Does not commit."""
    account.token_version += 1
    db.session.execute(update(AuthSession).where(AuthSession.account_id == account.id,
                                                 AuthSession.revoked_at.is_(None))
                       .values(revoked_at=utcnow(), revoked_reason=reason))


def logout_all(account: Account) -> None:
    revoke_all(account, "logout_all")
    db.session.commit()


# ---- web (signed cookie holding the session id) ------------------------------------------

def web_login(account: Account) -> str:
    session = open_session(account, "web")
    db.session.commit()
    return session.id


def web_account(session_id: object, roles: tuple[str, ...]) -> Account | None:
    """The account of a live web session with one of these roles; None otherwise."""
    if not isinstance(session_id, str):
        return None
    session = db.session.get(AuthSession, session_id)
    if session is None or session.kind != "web":
        return None
    account = db.session.get(Account, session.account_id)
    return account if _live(session, account) and account.role in roles else None
