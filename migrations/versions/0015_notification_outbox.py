"""notification outbox: inbox rows, deliveries per channel, preferences, WeChat binding and
sink, saved-search alert settings and the vacancies alerted once per saved search

Revision ID: 0012n
Revises: 0012m
Create Date: 2026-11-28 21:30:00
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0012n'
down_revision = '0012m'
branch_labels = None
depends_on = None

KINDS = ("saved_search_alert", "campaign_push", "application_status", "contact_request")


def upgrade():
    op.create_table(
        "notifications",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("cause", sa.String(64), nullable=False),
        sa.Column("title", sa.String(100), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("data", postgresql.JSONB(), nullable=False),
        sa.Column("in_app", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("kind", "cause", "account_id", name="uq_notifications_cause"),
        sa.CheckConstraint(f"kind in {KINDS}", name=op.f("ck_notifications_kind")),
    )
    op.create_index("ix_notifications_inbox", "notifications", ["account_id", "id"])
    op.create_index("ix_notifications_unread", "notifications", ["account_id"],
                    postgresql_where=sa.text("in_app and read_at is null"))
    op.create_table(
        "notification_deliveries",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("notification_id", sa.BigInteger(),
                  sa.ForeignKey("notifications.id", ondelete="CASCADE"), nullable=False),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("last_error", sa.String(200)),
        sa.Column("sent_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("notification_id", "channel", name="uq_notification_deliveries_channel"),
        sa.CheckConstraint("channel in ('sms', 'wechat')", name=op.f("ck_notification_deliveries_channel")),
        sa.CheckConstraint("status in ('pending', 'sent', 'failed', 'skipped')",
                           name=op.f("ck_notification_deliveries_status")),
    )
    op.create_index("ix_notification_deliveries_due", "notification_deliveries", ["due_at"],
                    postgresql_where=sa.text("status = 'pending'"))
    op.create_index("ix_notification_deliveries_sent", "notification_deliveries",
                    ["account_id", "channel", "sent_at"])
    op.create_table(
        "notification_preferences",
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("kind", sa.String(24), primary_key=True),
        sa.Column("channel", sa.String(8), primary_key=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "wechat_bindings",
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("openid", sa.String(64), nullable=False, unique=True),
        sa.Column("bound_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "wechat_outbox",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("openid", sa.String(64), nullable=False, index=True),
        sa.Column("template_id", sa.String(64), nullable=False),
        sa.Column("body", postgresql.JSONB(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.add_column("saved_searches", sa.Column("alert", sa.String(8), nullable=False,
                                              server_default="daily"))
    op.add_column("saved_searches", sa.Column("alerted_until", sa.DateTime(timezone=True),
                                              nullable=False, server_default=sa.func.now()))
    op.create_check_constraint(op.f("ck_saved_searches_alert"), "saved_searches",
                               "alert in ('off', 'instant', 'daily')")
    op.create_table(
        "saved_search_alerts",
        sa.Column("saved_search_id", sa.Integer(),
                  sa.ForeignKey("saved_searches.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("vacancy_id", sa.Integer(), sa.ForeignKey("vacancies.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("alerted_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade():
    op.drop_table("saved_search_alerts")
    op.drop_constraint(op.f("ck_saved_searches_alert"), "saved_searches")
    op.drop_column("saved_searches", "alerted_until")
    op.drop_column("saved_searches", "alert")
    for table in ("wechat_outbox", "wechat_bindings", "notification_preferences",
                  "notification_deliveries", "notifications"):
        op.drop_table(table)
