"""Tables of the store. Alembic migrations in ``store/migrations`` create exactly these."""

from __future__ import annotations

import sqlalchemy as sa

__all__ = [
    "account_fetches",
    "accounts",
    "edges",
    "interactions",
    "metadata",
    "owner_lists",
    "owners",
    "pages",
    "posts",
    "snapshot_members",
    "snapshots",
    "sync_members",
    "sync_state",
]

metadata = sa.MetaData()

UTC = sa.DateTime(timezone=True)

#: The accounts whose graphs we manage (the user's own accounts).
owners = sa.Table(
    "owners",
    metadata,
    sa.Column("key", sa.String(300), primary_key=True),
    sa.Column("platform", sa.String(20), nullable=False),
    sa.Column("handle", sa.String(300)),
    sa.Column("created_at", UTC, nullable=False),
)

#: Latest observed profile of every account we have seen; ``record`` is the full Account as JSON.
accounts = sa.Table(
    "accounts",
    metadata,
    sa.Column("key", sa.String(300), primary_key=True),
    sa.Column("platform", sa.String(20), nullable=False),
    sa.Column("id", sa.String(200), nullable=False),
    sa.Column("handle", sa.String(300), index=True),
    sa.Column("observed_at", UTC),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("updated_at", UTC, nullable=False),
)

posts = sa.Table(
    "posts",
    metadata,
    sa.Column("account", sa.String(300), primary_key=True),
    sa.Column("post_id", sa.String(300), primary_key=True),
    sa.Column("created_at", UTC),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("is_reply", sa.Boolean, nullable=False),
    sa.Column("is_repost", sa.Boolean, nullable=False),
)

#: One row per sync of an owner's graph; members list who was there.
snapshots = sa.Table(
    "snapshots",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("owner", sa.String(300), sa.ForeignKey("owners.key"), nullable=False, index=True),
    sa.Column("taken_at", UTC, nullable=False),
    sa.Column("source", sa.String(100), nullable=False),
)

snapshot_members = sa.Table(
    "snapshot_members",
    metadata,
    sa.Column("snapshot_id", sa.Integer, sa.ForeignKey("snapshots.id"), primary_key=True),
    sa.Column("direction", sa.String(10), primary_key=True),
    sa.Column("account", sa.String(300), primary_key=True),
)

#: Follow spans: an edge seen continuously from first_seen to last_seen; a gap starts a new span.
edges = sa.Table(
    "edges",
    metadata,
    sa.Column("owner", sa.String(300), primary_key=True),
    sa.Column("account", sa.String(300), primary_key=True),
    sa.Column("direction", sa.String(10), primary_key=True),
    sa.Column("first_seen", UTC, primary_key=True),
    sa.Column("last_seen", UTC, nullable=False),
    sa.Index("ix_edges_owner_direction", "owner", "direction"),
)

interactions = sa.Table(
    "interactions",
    metadata,
    sa.Column("owner", sa.String(300), primary_key=True),
    sa.Column("account", sa.String(300), primary_key=True),
    sa.Column("kind", sa.String(20), primary_key=True),
    sa.Column("event_id", sa.String(300), primary_key=True),
    sa.Column("created_at", UTC, nullable=False),
    sa.Column("post_id", sa.String(300)),
    sa.Column("text", sa.Text),
    sa.Column("answered", sa.Boolean, nullable=False, default=False),
)

#: Resumable sync checkpoints: the cursor of each stream of each owner.
sync_state = sa.Table(
    "sync_state",
    metadata,
    sa.Column("owner", sa.String(300), primary_key=True),
    sa.Column("stream", sa.String(100), primary_key=True),
    sa.Column("cursor", sa.Text),
    sa.Column("done", sa.Boolean, nullable=False, default=False),
    sa.Column("updated_at", UTC, nullable=False),
)

#: Provenance of every fetched page (endpoint, time, tool version), as twarc stamps its records.
pages = sa.Table(
    "pages",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("owner", sa.String(300), nullable=False, index=True),
    sa.Column("stream", sa.String(100), nullable=False),
    sa.Column("endpoint", sa.String(500), nullable=False),
    sa.Column("cursor", sa.Text),
    sa.Column("items", sa.Integer, nullable=False),
    sa.Column("fetched_at", UTC, nullable=False),
    sa.Column("tool_version", sa.String(50), nullable=False),
)

#: Membership collected so far by an unfinished sync pass (owner + stream such as "followers"), so a
#: resumed sync continues from its checkpoint without refetching the pages before it.
sync_members = sa.Table(
    "sync_members",
    metadata,
    sa.Column("owner", sa.String(300), primary_key=True),
    sa.Column("stream", sa.String(100), primary_key=True),
    sa.Column("account", sa.String(300), primary_key=True),
)

#: The owner's own lists on the platform ("block", "mute"), as of the latest complete sync.
owner_lists = sa.Table(
    "owner_lists",
    metadata,
    sa.Column("owner", sa.String(300), primary_key=True),
    sa.Column("list", sa.String(20), primary_key=True),
    sa.Column("account", sa.String(300), primary_key=True),
    sa.Column("observed_at", UTC, nullable=False),
)

#: When something about an account was last fetched ("profile", "posts"), so syncs refresh only stale data.
account_fetches = sa.Table(
    "account_fetches",
    metadata,
    sa.Column("account", sa.String(300), primary_key=True),
    sa.Column("what", sa.String(20), primary_key=True),
    sa.Column("fetched_at", UTC, nullable=False),
)
