"""search_outbox notifies the sync worker at commit (LISTEN/NOTIFY) instead of waiting for its poll

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 19:45:00

One notification per inserting statement (PostgreSQL folds equal ones within a transaction),
delivered when the transaction commits, so the worker never reads rows that are not there yet.
"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("""
        create function search_outbox_notify() returns trigger language plpgsql as $$
        begin
            perform pg_notify('search_outbox', '');
            return null;
        end $$""")
    op.execute("""
        create trigger search_outbox_notify after insert on search_outbox
        for each statement execute function search_outbox_notify()""")


def downgrade():
    op.execute("drop trigger search_outbox_notify on search_outbox")
    op.execute("drop function search_outbox_notify()")
