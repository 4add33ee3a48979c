"""The store against a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from followsift.errors import NotFoundError, StoreError
from followsift.model import Account, Interaction, InteractionKind, Post, ProfileField
from followsift.store import FOLLOWER, FOLLOWING, Store

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def _owner(store: Store) -> str:
    return store.ensure_owner(Account(id="1", platform="mastodon", handle="me"))


def _accounts(n: int) -> list[Account]:
    return [Account(id=str(i), platform="mastodon", handle=f"user{i}") for i in range(2, 2 + n)]


def test_migrations_create_every_table(store: Store) -> None:
    tables = set(sa.inspect(store.engine).get_table_names())
    expected = {"owners", "accounts", "posts", "snapshots", "snapshot_members", "edges", "interactions"}
    assert expected <= tables
    assert "alembic_version" in tables


def test_opening_twice_is_idempotent(store: Store) -> None:
    store.migrate()  # a second upgrade to head changes nothing and does not fail
    assert store.owners() == []


def test_account_round_trip_keeps_every_field(store: Store) -> None:
    account = Account(
        id="42",
        platform="mastodon",
        handle="ada@example.social",
        display_name="Ada",
        bio="Talent acquisition partner",
        fields=[ProfileField("Web", "https://ada.example")],
        created_at=T0 - timedelta(days=900),
        observed_at=T0,
        followers_count=120,
        following_count=80,
        posts_count=1500,
        bot=False,
        last_post_at=T0 - timedelta(hours=3),
        posts=[Post("Hiring two engineers", T0 - timedelta(hours=3), id="p1")],
        labels=["!no-unauthenticated"],
    )
    store.upsert_accounts([account])
    assert store.get_account("mastodon:42") == account


def test_upsert_replaces_the_profile(store: Store) -> None:
    store.upsert_accounts([Account(id="7", platform="x", handle="old", followers_count=1)])
    store.upsert_accounts([Account(id="7", platform="x", handle="new", followers_count=2)])
    got = store.get_account("x:7")
    assert (got.handle, got.followers_count) == ("new", 2)
    assert store.find_account("x", "@new") == got


def test_missing_account_is_a_clear_error(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no account 'x:404'"):
        store.get_account("x:404")


def test_snapshots_keep_edge_history(store: Store) -> None:
    owner = _owner(store)
    store.upsert_accounts(_accounts(3))
    a, b, c = "mastodon:2", "mastodon:3", "mastodon:4"
    store.write_snapshot(owner, followers=[a, b], following=[b], taken_at=T0)
    store.write_snapshot(owner, followers=[b, c], following=[b], taken_at=T0 + timedelta(days=1))
    store.write_snapshot(owner, followers=[a, b], following=[b], taken_at=T0 + timedelta(days=2))
    spans = [(e.account, e.first_seen, e.last_seen) for e in store.edges(owner, FOLLOWER)]
    assert spans == [
        (a, T0, T0),  # followed, left ...
        (a, T0 + timedelta(days=2), T0 + timedelta(days=2)),  # ... and came back: a new span, history kept
        (b, T0, T0 + timedelta(days=2)),
        (c, T0 + timedelta(days=1), T0 + timedelta(days=1)),
    ]
    assert [(e.account, e.first_seen) for e in store.edges(owner, FOLLOWING)] == [(b, T0)]
    snaps = store.snapshots(owner)
    assert [s.taken_at for s in snaps] == [T0 + timedelta(days=d) for d in range(3)]
    assert store.members(snaps[1], FOLLOWER) == {b, c}
    assert store.latest_snapshot(owner).taken_at == T0 + timedelta(days=2)


def test_snapshot_must_move_forward(store: Store) -> None:
    owner = _owner(store)
    store.write_snapshot(owner, followers=[], following=[], taken_at=T0)
    with pytest.raises(StoreError, match="is not after the latest one"):
        store.write_snapshot(owner, followers=[], following=[], taken_at=T0)


def test_latest_snapshot_of_unsynced_owner(store: Store) -> None:
    with pytest.raises(NotFoundError, match="followsift sync"):
        store.latest_snapshot(_owner(store))


def test_interactions_are_idempotent(store: Store) -> None:
    owner = _owner(store)
    reply = Interaction(
        platform="mastodon",
        account_id="9",
        kind=InteractionKind.REPLY,
        created_at=T0,
        post_id="s1",
        text="hi",
    )
    store.add_interactions(owner, [reply])
    reply.answered = True
    store.add_interactions(owner, [reply])
    got = store.interactions(owner)
    assert len(got) == 1
    assert got[0].answered is True
    assert got[0].created_at == T0


def test_checkpoints_round_trip(store: Store) -> None:
    owner = _owner(store)
    assert store.checkpoint(owner, "followers") == (None, False)
    store.save_checkpoint(owner, "followers", "cursor-2")
    store.save_checkpoint(owner, "followers", "cursor-3", done=True)
    assert store.checkpoint(owner, "followers") == ("cursor-3", True)


def test_bad_url_is_one_line_error() -> None:
    with pytest.raises(StoreError, match="cannot use database URL"):
        Store.open("nosuchdb://x")


def test_unreachable_postgres_hides_the_password() -> None:
    with pytest.raises(StoreError) as info:
        Store.open("postgresql+psycopg://me:s3cret@127.0.0.1:1/none?connect_timeout=2")
    message = str(info.value)
    assert "s3cret" not in message
    assert "\n" not in message
