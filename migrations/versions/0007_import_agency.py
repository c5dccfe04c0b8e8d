"""vacancy imports record the agency that uploaded for a client

Revision ID: 0005
Revises: 0003c
Create Date: 2026-11-26 18:00:00

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0005'
down_revision = '0003c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('vacancy_imports', sa.Column('agency_id', sa.Integer(), nullable=True))
    op.create_foreign_key(op.f('fk_vacancy_imports_agency_id_employers'), 'vacancy_imports', 'employers',
                          ['agency_id'], ['id'])
    op.create_index(op.f('ix_vacancy_imports_agency_id'), 'vacancy_imports', ['agency_id'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_vacancy_imports_agency_id'), table_name='vacancy_imports')
    op.drop_constraint(op.f('fk_vacancy_imports_agency_id_employers'), 'vacancy_imports', type_='foreignkey')
    op.drop_column('vacancy_imports', 'agency_id')
