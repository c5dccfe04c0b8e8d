"""Every schema change is a migration: the migrated database matches the models, the migrations
form one chain and their files are numbered and described in its order."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from recruit.extensions import db


def test_models_and_migrations_agree(ctx):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
    assert diff == []


def _scripts() -> ScriptDirectory:
    root = Path(__file__).resolve().parents[1] / "migrations"
    config = Config(str(root / "alembic.ini"))
    config.set_main_option("script_location", str(root))
    return ScriptDirectory.from_config(config)


def test_one_head_and_files_in_chain_order():
    scripts = _scripts()
    assert len(scripts.get_heads()) == 1, scripts.get_heads()
    chain = list(reversed(list(scripts.walk_revisions())))  # base first
    numbers = [int(s.path.rsplit("/", 1)[-1].split("_", 1)[0]) for s in chain]
    assert numbers == list(range(1, len(chain) + 1)), "file numbers follow the chain, one apart"


def test_docstrings_name_the_real_parent():
    for script in _scripts().walk_revisions():
        doc = script.module.__doc__ or ""
        assert f"Revision ID: {script.revision}\n" in doc, script.path
        assert f"Revises: {script.down_revision or ''}\n" in doc, script.path
