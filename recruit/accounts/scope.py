"""Where an operator may act: the one statement of the region rule.

Operators are scoped to a GB/T 2260 prefix (`region_prefix`); admins act everywhere. Outside
its prefix an operator gets 403 `out_of_region` (a record it may not see at all is the caller's
business: some answer 404 instead).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement

from recruit.accounts.models import Account
from recruit.errors import Forbidden

OUT_OF_REGION = "out_of_region"


def prefix(account: Account) -> str | None:
    """The prefix the account acts inside; None for everywhere (admins)."""
    return account.region_prefix if account.role == "operator" else None


def covers(account: Account, code: str | None) -> bool:
    """Whether a region code (a place, or a narrower prefix) lies inside the account's scope."""
    own = prefix(account)
    return own is None or (code or "").startswith(own)


def require(account: Account, code: str | None, message: str) -> None:
    """403 out_of_region unless `code` lies inside the account's scope."""
    if not covers(account, code):
        raise Forbidden(message, code=OUT_OF_REGION)


def narrow(account: Account, requested: str | None, message: str = "该地区不在您的管辖范围内") -> str | None:
    """The region a request reads: what was asked, inside the scope (403 outside); nothing asked
    means the whole scope (None for an admin: everywhere)."""
    if requested is None:
        return prefix(account)
    require(account, requested, message)
    return requested


def within(column: Any, region: str | None) -> ColumnElement[bool] | None:
    """The SQL form of `covers` for a region-code column (None: no condition, everywhere)."""
    return column.startswith(region, autoescape=True) if region else None
