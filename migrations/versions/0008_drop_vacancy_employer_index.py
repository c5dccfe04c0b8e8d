"""drop ix_vacancies_employer_id: the unique (employer_id, external_ref) index leads with it

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 18:05:00

A second index on the same leading column cost every insert, and led the planner to scan an
employer's rows through it and filter external_ref, where the unique index looks each one up.
"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_index('ix_vacancies_employer_id', table_name='vacancies')


def downgrade():
    op.create_index('ix_vacancies_employer_id', 'vacancies', ['employer_id'], unique=False)
