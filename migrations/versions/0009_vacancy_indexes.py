"""vacancy indexes that queries can use: the review queue's, a partial agency index; drop two unused

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 19:20:00

ix_vacancies_region_code and ix_vacancies_occupation_code served no query: every region and
occupation filter on vacancies is a prefix (LIKE '4201%'), which a btree under the C.UTF-8
collation cannot serve, so the review queue scanned the whole table. Both cost every insert.
The review queue gets a partial pattern-ops index over the waiting rows only; the agency index
leaves out the vacancies posted without an agency (nearly all).
"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_index('ix_vacancies_region_code', table_name='vacancies')
    op.drop_index('ix_vacancies_occupation_code', table_name='vacancies')
    op.drop_index('ix_vacancies_agency_id', table_name='vacancies')
    op.create_index('ix_vacancies_pending_region', 'vacancies', ['region_code'],
                    postgresql_ops={'region_code': 'varchar_pattern_ops'},
                    postgresql_where=sa.text("status = 'pending_review'"))
    op.create_index('ix_vacancies_agency_id', 'vacancies', ['agency_id'],
                    postgresql_where=sa.text('agency_id is not null'))


def downgrade():
    op.drop_index('ix_vacancies_agency_id', table_name='vacancies')
    op.drop_index('ix_vacancies_pending_region', table_name='vacancies')
    op.create_index('ix_vacancies_agency_id', 'vacancies', ['agency_id'], unique=False)
    op.create_index('ix_vacancies_occupation_code', 'vacancies', ['occupation_code'], unique=False)
    op.create_index('ix_vacancies_region_code', 'vacancies', ['region_code'], unique=False)
