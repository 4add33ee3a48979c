"""Initial schema: owners, accounts, posts, snapshots, edges, interactions, sync state, pages.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "owners",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("handle", sa.String(300)),
        sa.Column("created_at", UTC, nullable=False),
    )
    op.create_table(
        "accounts",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("id", sa.String(200), nullable=False),
        sa.Column("handle", sa.String(300)),
        sa.Column("observed_at", UTC),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
    )
    op.create_index("ix_accounts_handle", "accounts", ["handle"])
    op.create_table(
        "posts",
        sa.Column("account", sa.String(300), primary_key=True),
        sa.Column("post_id", sa.String(300), primary_key=True),
        sa.Column("created_at", UTC),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("is_reply", sa.Boolean, nullable=False),
        sa.Column("is_repost", sa.Boolean, nullable=False),
    )
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("owner", sa.String(300), sa.ForeignKey("owners.key"), nullable=False),
        sa.Column("taken_at", UTC, nullable=False),
        sa.Column("source", sa.String(100), nullable=False),
    )
    op.create_index("ix_snapshots_owner", "snapshots", ["owner"])
    op.create_table(
        "snapshot_members",
        sa.Column("snapshot_id", sa.Integer, sa.ForeignKey("snapshots.id"), primary_key=True),
        sa.Column("direction", sa.String(10), primary_key=True),
        sa.Column("account", sa.String(300), primary_key=True),
    )
    op.create_table(
        "edges",
        sa.Column("owner", sa.String(300), primary_key=True),
        sa.Column("account", sa.String(300), primary_key=True),
        sa.Column("direction", sa.String(10), primary_key=True),
        sa.Column("first_seen", UTC, primary_key=True),
        sa.Column("last_seen", UTC, nullable=False),
    )
    op.create_index("ix_edges_owner_direction", "edges", ["owner", "direction"])
    op.create_table(
        "interactions",
        sa.Column("owner", sa.String(300), primary_key=True),
        sa.Column("account", sa.String(300), primary_key=True),
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("event_id", sa.String(300), primary_key=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("post_id", sa.String(300)),
        sa.Column("text", sa.Text),
        sa.Column("answered", sa.Boolean, nullable=False),
    )
    op.create_table(
        "sync_state",
        sa.Column("owner", sa.String(300), primary_key=True),
        sa.Column("stream", sa.String(100), primary_key=True),
        sa.Column("cursor", sa.Text),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
    )
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("owner", sa.String(300), nullable=False),
        sa.Column("stream", sa.String(100), nullable=False),
        sa.Column("endpoint", sa.String(500), nullable=False),
        sa.Column("cursor", sa.Text),
        sa.Column("items", sa.Integer, nullable=False),
        sa.Column("fetched_at", UTC, nullable=False),
        sa.Column("tool_version", sa.String(50), nullable=False),
    )
    op.create_index("ix_pages_owner", "pages", ["owner"])


def downgrade() -> None:
    for table in (
        "pages",
        "sync_state",
        "interactions",
        "edges",
        "snapshot_members",
        "snapshots",
        "posts",
        "accounts",
        "owners",
    ):
        op.drop_table(table)
