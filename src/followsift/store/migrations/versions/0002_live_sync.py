"""Live sync: staged membership for resumable passes, blocks/mutes lists, per-account fetch times.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sync_members",
        sa.Column("owner", sa.String(300), primary_key=True),
        sa.Column("stream", sa.String(100), primary_key=True),
        sa.Column("account", sa.String(300), primary_key=True),
    )
    op.create_table(
        "owner_lists",
        sa.Column("owner", sa.String(300), primary_key=True),
        sa.Column("list", sa.String(20), primary_key=True),
        sa.Column("account", sa.String(300), primary_key=True),
        sa.Column("observed_at", UTC, nullable=False),
    )
    op.create_table(
        "account_fetches",
        sa.Column("account", sa.String(300), primary_key=True),
        sa.Column("what", sa.String(20), primary_key=True),
        sa.Column("fetched_at", UTC, nullable=False),
    )


def downgrade() -> None:
    for table in ("account_fetches", "owner_lists", "sync_members"):
        op.drop_table(table)
