"""fairness monitor: sampled top-10 impressions per day, campaign, county, surface and group

Revision ID: 0016f
Revises: 0016r
Create Date: 2026-12-12 12:00:00

Counts only (docs/fairness.md): no person, vacancy or query is stored.
"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0016f'
down_revision = '0016r'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "fairness_exposures",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("surface", sa.String(length=16), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("group_code", sa.String(length=30), nullable=False),
        sa.Column("sampled", sa.BigInteger(), nullable=False),
        sa.Column("weighted", sa.Float(), nullable=False),
        sa.CheckConstraint("surface in ('search', 'recommendations', 'candidates')",
                           name=op.f("ck_fairness_exposures_surface")),
        sa.PrimaryKeyConstraint("day", "campaign_id", "surface", "region_code", "group_code",
                                name=op.f("pk_fairness_exposures")),
    )
    # the report reads one campaign's window
    op.create_index("ix_fairness_exposures_campaign_day", "fairness_exposures", ["campaign_id", "day"])


def downgrade():
    op.drop_index("ix_fairness_exposures_campaign_day", table_name="fairness_exposures")
    op.drop_table("fairness_exposures")
