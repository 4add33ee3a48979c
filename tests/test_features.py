"""Profile features: deterministic, measured at observed_at, Float32, sensible values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import polars as pl

from followsift.judge.features import FEATURE_NAMES, profile_features
from followsift.judge.frame import accounts_to_frame
from followsift.model import Account, Post

SEEN = datetime(2024, 1, 1, tzinfo=UTC)


def feats(*accounts: Account) -> pl.DataFrame:
    return profile_features(accounts_to_frame(accounts))


def test_columns_and_types() -> None:
    f = feats(Account(id="1"))
    assert tuple(f.columns) == FEATURE_NAMES
    assert set(f.dtypes) == {pl.Float32}


def test_rates_use_age_at_observed_at() -> None:
    a = Account(
        id="1",
        created_at=SEEN - timedelta(days=100),
        observed_at=SEEN,
        posts_count=500,
        followers_count=50,
        following_count=25,
        likes_count=0,
    )
    row = feats(a).row(0, named=True)
    assert row["age_days"] == 100
    assert row["posts_per_day"] == 5
    assert row["followers_following_ratio"] == 2
    assert row["likes_per_post"] == 0


def test_completeness_checks() -> None:
    full = Account(
        id="1",
        handle="ann",
        display_name="Ann",
        bio="hi",
        url="https://a.example",
        location="Oslo",
        default_avatar=False,
        followers_count=40,
        following_count=60,
        posts_count=60,
    )
    empty = Account(
        id="2", handle="user83921", default_avatar=True, followers_count=1, following_count=900, posts_count=2
    )
    f = feats(full, empty)
    assert f["completeness"].to_list() == [8, 0]
    assert f["handle_digits"].to_list() == [0, 5]
    assert f["followers_x2_ge_following"].to_list() == [1, 0]


def test_text_signals() -> None:
    a = Account(id="1", handle="quotes_bot", display_name="Quotes", bio="I tweet every 30 minutes #a #b #c")
    b = Account(id="2", handle="x", display_name="x", bio="#TeamFollowBack follow back 100%")
    f = feats(a, b)
    assert f["bio_says_bot"].to_list() == [1, 0]
    assert f["bio_follow_back"].to_list() == [0, 1]
    assert f["bio_hashtags"].to_list() == [3, 1]
    assert f["name_is_handle"].to_list() == [0, 1]


def test_post_features_only_when_posts_exist() -> None:
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    posts = [
        Post(text="buy now https://spam.example", created_at=t0 + timedelta(hours=i), is_repost=i % 2 == 0)
        for i in range(4)
    ]
    f = feats(Account(id="1", posts=posts), Account(id="2"))
    row = f.row(0, named=True)
    assert row["post_link_share"] == 1
    assert row["post_duplicate_share"] == 0.75
    assert row["post_repost_share"] == 0.5
    assert row["post_interval_cv"] == 0  # one post an hour, exactly
    assert f.row(1, named=True)["post_link_share"] is None
