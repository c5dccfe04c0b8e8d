"""SMS one-time codes and the development SMS sink; sign-in sessions and the account's token
version; employer verification by operators; every resume view recorded

Revision ID: 0009s
Revises: 0009
Create Date: 2026-11-27 10:00:00

Organisations that exist already stay usable: they are marked verified; new ones start pending.
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '0009s'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('accounts', sa.Column('token_version', sa.Integer(), server_default='0', nullable=False))
    op.create_table(
        'auth_sessions',
        sa.Column('id', sa.String(length=43), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('token_version', sa.Integer(), nullable=False),
        sa.Column('refresh_jti', sa.String(length=43), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('revoked_reason', sa.String(length=32), nullable=True),
        sa.CheckConstraint("kind in ('api', 'web')", name=op.f('ck_auth_sessions_kind')),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE',
                                name=op.f('fk_auth_sessions_account_id_accounts')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_auth_sessions')),
    )
    op.create_index(op.f('ix_auth_sessions_account_id'), 'auth_sessions', ['account_id'], unique=False)

    op.create_table(
        'phone_codes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('phone_hash', sa.String(length=64), nullable=False),
        sa.Column('purpose', sa.String(length=16), nullable=False),
        sa.Column('code_hash', sa.String(length=64), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('attempts', sa.SmallInteger(), nullable=False),
        sa.Column('consumed_at', sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("purpose in ('register', 'reset', 'invitation', 'login')",
                           name=op.f('ck_phone_codes_purpose')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_phone_codes')),
    )
    op.create_index('ix_phone_codes_phone_hash_created_at', 'phone_codes', ['phone_hash', 'created_at'],
                    unique=False)

    op.create_table(
        'sms_outbox',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('phone', sa.String(length=11), nullable=False),
        sa.Column('template', sa.String(length=32), nullable=False),
        sa.Column('params', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sms_outbox')),
    )
    op.create_index(op.f('ix_sms_outbox_phone'), 'sms_outbox', ['phone'], unique=False)

    # existing organisations keep working: verified; new rows default to pending
    op.add_column('employers', sa.Column('verification_status', sa.String(length=10),
                                         server_default='verified', nullable=False))
    op.alter_column('employers', 'verification_status', server_default='pending')
    op.add_column('employers', sa.Column('verification_reason', sa.String(length=200), nullable=True))
    op.add_column('employers', sa.Column('verified_by', sa.Integer(), nullable=True))
    op.add_column('employers', sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True))
    op.create_foreign_key('fk_employers_verified_by_accounts', 'employers', 'accounts', ['verified_by'], ['id'])
    op.create_check_constraint(op.f('ck_employers_verification_status'), 'employers',
                               "verification_status in ('pending', 'verified', 'rejected')")
    op.create_index('ix_employers_pending_region', 'employers', ['region_code'],
                    postgresql_ops={'region_code': 'varchar_pattern_ops'},
                    postgresql_where=sa.text("verification_status = 'pending'"))

    op.create_table(
        'resume_views',
        sa.Column('id', sa.BigInteger(), nullable=False),
        sa.Column('employer_id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('jobseeker_id', sa.Integer(), nullable=True),
        sa.Column('viewed_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_resume_views_account_id_accounts')),
        sa.ForeignKeyConstraint(['employer_id'], ['employers.id'],
                                name=op.f('fk_resume_views_employer_id_employers')),
        sa.ForeignKeyConstraint(['jobseeker_id'], ['jobseekers.id'], ondelete='SET NULL',
                                name=op.f('fk_resume_views_jobseeker_id_jobseekers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resume_views')),
    )
    op.create_index('ix_resume_views_employer_id_viewed_at', 'resume_views', ['employer_id', 'viewed_at'],
                    unique=False)
    op.create_index(op.f('ix_resume_views_jobseeker_id'), 'resume_views', ['jobseeker_id'], unique=False)


def downgrade():
    op.drop_table('resume_views')
    op.drop_index('ix_employers_pending_region', table_name='employers')
    op.drop_constraint(op.f('ck_employers_verification_status'), 'employers', type_='check')
    op.drop_constraint('fk_employers_verified_by_accounts', 'employers', type_='foreignkey')
    for column in ('verified_at', 'verified_by', 'verification_reason', 'verification_status'):
        op.drop_column('employers', column)
    op.drop_table('sms_outbox')
    op.drop_table('phone_codes')
    op.drop_table('auth_sessions')
    op.drop_column('accounts', 'token_version')
