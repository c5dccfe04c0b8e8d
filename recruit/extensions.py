"""Unbound extensions, bound to the app in create_app."""

import contextlib
import logging

import psycopg
from flask_jwt_extended import JWTManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import MetaData
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase

from recruit.errors import RecruitApi

log = logging.getLogger(__name__)


class Base(DeclarativeBase):
    # stable constraint names so Alembic migrations can refer to them
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
api = RecruitApi()
jwt = JWTManager()


def end_session() -> None:
    """Remove db.session (rolling back what is open) in a worker or task that must go on.

    When PostgreSQL cut the connection (a restart, a failover, pg_terminate_backend) the rollback
    itself fails: the connection is invalidated instead (the pool drops it; the next checkout
    connects anew, to whichever host accepts writes) and the error is logged, not raised.
    """
    try:
        db.session.remove()
    except (DBAPIError, psycopg.Error) as err:
        log.warning("database connection lost while ending the session: %s", type(err).__name__)
        with contextlib.suppress(DBAPIError, psycopg.Error):
            db.session().invalidate()
        db.session.registry.clear()
