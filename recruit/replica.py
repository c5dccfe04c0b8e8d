"""The session reports, exports and the dashboard read through (docs/deployment.md "Reports on the standby").

REPORTING_DATABASE_URL set (the cluster shape: the hot standby): a second engine whose every
transaction is read-only, one session per app context, closed at its teardown. Unset (the single
machine, CI): the app's own `db.session`, so nothing changes. Writes never go through here: an
export's audit row still goes through `db.session` to the primary.

The standby lags the primary by its replay delay (`lag_seconds`); when it cannot be reached the
reads fall back to the primary for that request rather than failing the report.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from recruit.extensions import db

log = logging.getLogger(__name__)

_EXTENSION = "recruit_reporting_engine"
# 0 when every WAL record received is replayed (an idle primary leaves the replay timestamp old)
_LAG_SQL = text("""
    select case when not pg_is_in_recovery() then 0
                when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                else greatest(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0)
           end""")


def init_app(app: Flask) -> None:
    app.teardown_appcontext(_close)


def engine() -> Engine | None:
    """The reporting engine for the configured URL (made on first use, remade if the URL changes);
    None when REPORTING_DATABASE_URL is unset."""
    url = current_app.config.get("REPORTING_DATABASE_URL")
    if not url:
        return None
    made = current_app.extensions.get(_EXTENSION)
    if made is not None and made[0] == url:
        return made[1]
    if made is not None:
        made[1].dispose()
    options = current_app.config.get("SQLALCHEMY_ENGINE_OPTIONS", {})
    made_engine = create_engine(
        # recycled: connections that fell back to the primary while the standby was away return to it
        url, pool_pre_ping=True, pool_recycle=300, hide_parameters=True,
        pool_size=int(options.get("pool_size", 5)),
        # read-only whatever the role may do; a dead standby fails fast (the reads fall back)
        connect_args={"options": "-c default_transaction_read_only=on",
                      "application_name": "recruit-reporting", "connect_timeout": 3})
    current_app.extensions[_EXTENSION] = (url, made_engine)
    return made_engine


def dispose(app: Flask) -> None:
    made = app.extensions.pop(_EXTENSION, None)
    if made is not None:
        made[1].dispose()


def session() -> Any:
    """The session for report reads in this app context: the standby's when configured and
    reachable, else the primary's `db.session`."""
    if "reporting_session" in g:
        return g.reporting_session
    eng = engine()
    chosen: Any = db.session
    if eng is not None:
        own = Session(eng)
        try:
            own.connection()
        except DBAPIError as err:
            own.close()
            log.warning("reporting database unreachable, reading the primary: %s", type(err).__name__)
            g.reporting_fallback = True
        else:
            chosen = own
    g.reporting_session = chosen
    return chosen


def lag_seconds() -> float | None:
    """How far the reports' data is behind the primary, in seconds (0 on the primary itself);
    None when reports read the primary because no standby is configured or it was unreachable."""
    if engine() is None:
        return None
    reads = session()
    if reads is db.session:
        return None
    return round(float(reads.scalar(_LAG_SQL) or 0), 1)


def _close(exc: BaseException | None) -> None:
    reads = g.pop("reporting_session", None)
    if reads is None or reads is db.session:
        return
    try:
        reads.close()
    except DBAPIError as err:
        # a standby restarted under the request: its connection is gone, the answer is made
        log.warning("reporting connection lost while closing: %s", type(err).__name__)
        reads.invalidate()
