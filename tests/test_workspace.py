"""Churn read from two snapshots, and the main job's use of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followsift.model import Account, Interaction, InteractionKind
from followsift.store import Store
from followsift.workspace import churn_hours

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def test_followed_then_unfollowed_within_a_day_is_read_from_two_snapshots(store: Store) -> None:
    owner = store.ensure_owner(Account(id="1", platform="mastodon", handle="me"))
    store.upsert_accounts([Account(id=str(i), platform="mastodon") for i in (2, 3, 4)])
    # 3 followed two hours before the first snapshot and is gone by the second; 2 stays; 4 leaves too.
    store.add_interactions(
        owner,
        [
            Interaction(
                platform="mastodon",
                account_id="3",
                kind=InteractionKind.FOLLOW,
                created_at=T0 - timedelta(hours=2),
                post_id="n1",
            )
        ],
    )
    store.write_snapshot(
        owner, followers=["mastodon:2", "mastodon:3", "mastodon:4"], following=[], taken_at=T0
    )
    latest = store.write_snapshot(
        owner, followers=["mastodon:2"], following=[], taken_at=T0 + timedelta(hours=22)
    )
    hours = churn_hours(store, owner, latest)
    assert hours["mastodon:3"] == 24.0  # from the follow notification to the snapshot that no longer had it
    # 4 was there from the first snapshot with no follow notice: when it followed is unknown, so no churn.
    assert set(hours) == {"mastodon:3"}


def test_spans_still_open_are_not_churn(store: Store) -> None:
    owner = store.ensure_owner(Account(id="1", platform="x", handle="me"))
    store.write_snapshot(owner, followers=["x:2"], following=[], taken_at=T0)
    latest = store.write_snapshot(owner, followers=["x:2"], following=[], taken_at=T0 + timedelta(days=1))
    assert churn_hours(store, owner, latest) == {}
