"""applications.erased_groups: the verified groups of an erased jobseeker, so the counters'
group cuts still reconcile once the person and their memberships are gone

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 10:00:00

Written only by erasure (recruit/jobseekers/erasure.py), read only by reconciliation
(recruit/reporting/sources.py); never in any response.
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('applications', sa.Column('erased_groups', postgresql.ARRAY(sa.String(length=30)),
                                            nullable=True))


def downgrade():
    op.drop_column('applications', 'erased_groups')
