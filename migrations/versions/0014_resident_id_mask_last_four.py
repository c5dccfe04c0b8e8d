"""the stored resident-ID masks keep the last four characters only (they kept the first four too)

Revision ID: 0012m
Revises: 0011
Create Date: 2026-11-28 21:20:00
"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0012m'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("update jobseekers set resident_id_masked = repeat('*', 14) || right(resident_id_masked, 4)"
               " where resident_id_masked !~ '^[*]{14}'")


def downgrade():
    pass  # the first four digits are not kept anywhere in clear: nothing to restore
