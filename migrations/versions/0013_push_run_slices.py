"""a campaign push fans out into audience slices (jobseeker id modulo parts), one run each

Revision ID: 0011
Revises: 0009s
Create Date: 2026-11-27 10:00:00

Each slice is one task on the queue and one run row: it resumes from its own position, and a
slice has at most one unfinished run (the partial unique index), so a task delivered twice
continues the same run instead of starting another.
"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0011'
down_revision = '0009s'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("campaign_push_runs", sa.Column("part", sa.SmallInteger(), nullable=False,
                                                  server_default="0"))
    op.add_column("campaign_push_runs", sa.Column("parts", sa.SmallInteger(), nullable=False,
                                                  server_default="1"))
    op.create_index("uq_campaign_push_runs_open_slice", "campaign_push_runs",
                    ["campaign_id", "part", "parts"], unique=True,
                    postgresql_where=sa.text("finished_at is null"))


def downgrade():
    op.drop_index("uq_campaign_push_runs_open_slice", table_name="campaign_push_runs")
    op.drop_column("campaign_push_runs", "parts")
    op.drop_column("campaign_push_runs", "part")
