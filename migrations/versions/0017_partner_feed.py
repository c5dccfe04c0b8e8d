"""partner platforms: API keys (hashed) and the vacancy change log their feed reads

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-10 12:00:00

vacancy_changes is written by the search outbox in the changing transaction with that
transaction's id (xid8 as a bigint); the feed reads it in (xid, id) order below the oldest
running transaction (recruit/partners/feed.py, docs/architecture.md). Every vacancy live now is
logged once here, so a partner reading from the start (or from no snapshot) sees all of them.
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "partner_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("scopes", postgresql.ARRAY(sa.String(length=30)), nullable=False),
        sa.Column("rate_limit", sa.String(length=100), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.Integer(), nullable=True),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["accounts.id"], name=op.f("fk_partner_keys_created_by_accounts")),
        sa.ForeignKeyConstraint(["revoked_by"], ["accounts.id"], name=op.f("fk_partner_keys_revoked_by_accounts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_keys")),
        sa.UniqueConstraint("prefix", name=op.f("uq_partner_keys_prefix")),
    )
    op.create_table(
        "vacancy_changes",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("xid", sa.BigInteger(), server_default=sa.text("(pg_current_xact_id()::text)::bigint"),
                  nullable=False),
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=10), server_default="changed", nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacancy_changes")),
    )
    op.create_index("ix_vacancy_changes_order", "vacancy_changes", ["xid", "id"])
    op.execute("insert into vacancy_changes (vacancy_id, op) "
               "select id, 'published' from vacancies where status = 'published' order by id")


def downgrade():
    op.drop_index("ix_vacancy_changes_order", table_name="vacancy_changes")
    op.drop_table("vacancy_changes")
    op.drop_table("partner_keys")
