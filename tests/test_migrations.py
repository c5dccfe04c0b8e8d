"""Every schema change is a migration: the migrated database matches the models."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from recruit.extensions import db


def test_models_and_migrations_agree(ctx):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
    assert diff == []
