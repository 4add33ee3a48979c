"""The columnar form of accounts that every judge stage (features, signals, classifier, interests) reads.

Judging is vectorised: stages take one ``polars.DataFrame`` in ``ACCOUNT_SCHEMA`` and return columns, so
a million-row ``score`` run never loops over accounts in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import polars as pl

from followsift.model import Account

__all__ = ["ACCOUNT_SCHEMA", "POST_STRUCT", "accounts_to_frame", "empty_frame"]

UTC_TIME = pl.Datetime("us", "UTC")

POST_STRUCT = pl.Struct(
    {"text": pl.Utf8, "created_at": UTC_TIME, "is_reply": pl.Boolean, "is_repost": pl.Boolean}
)

ACCOUNT_SCHEMA: dict[str, pl.DataType] = {
    "platform": pl.Utf8(),
    "id": pl.Utf8(),
    "handle": pl.Utf8(),
    "display_name": pl.Utf8(),
    "bio": pl.Utf8(),
    "url": pl.Utf8(),
    "location": pl.Utf8(),
    #: Mastodon profile fields flattened to "name: value" lines.
    "fields_text": pl.Utf8(),
    "created_at": UTC_TIME,
    "observed_at": UTC_TIME,
    "followers_count": pl.Int64(),
    "following_count": pl.Int64(),
    "posts_count": pl.Int64(),
    "likes_count": pl.Int64(),
    "listed_count": pl.Int64(),
    "default_avatar": pl.Boolean(),
    "default_profile": pl.Boolean(),
    "verified": pl.Boolean(),
    "bot": pl.Boolean(),
    "locked": pl.Boolean(),
    "last_post_at": UTC_TIME,
    "status": pl.Utf8(),
    "moved_to": pl.Utf8(),
    "posts": pl.List(POST_STRUCT),
    #: The platform's labels on the profile, comma-separated ("porn,!warn").
    "labels_text": pl.Utf8(),
}


def _row(account: Account) -> dict[str, Any]:
    return {
        "platform": account.platform,
        "id": account.id,
        "handle": account.handle,
        "display_name": account.display_name,
        "bio": account.bio,
        "url": account.url,
        "location": account.location,
        "fields_text": "\n".join(f"{f.name}: {f.value}" for f in account.fields) or None,
        "created_at": account.created_at,
        "observed_at": account.observed_at,
        "followers_count": account.followers_count,
        "following_count": account.following_count,
        "posts_count": account.posts_count,
        "likes_count": account.likes_count,
        "listed_count": account.listed_count,
        "default_avatar": account.default_avatar,
        "default_profile": account.default_profile,
        "verified": account.verified,
        "bot": account.bot,
        "locked": account.locked,
        "last_post_at": account.last_post_at,
        "status": account.status,
        "moved_to": account.moved_to,
        "posts": [
            {"text": p.text, "created_at": p.created_at, "is_reply": p.is_reply, "is_repost": p.is_repost}
            for p in account.posts
        ],
        "labels_text": ",".join(account.labels) or None,
    }


def accounts_to_frame(accounts: Iterable[Account]) -> pl.DataFrame:
    """Accounts as one frame in ``ACCOUNT_SCHEMA``, in input order."""
    rows: Sequence[dict[str, Any]] = [_row(a) for a in accounts]
    if not rows:
        return empty_frame()
    return pl.DataFrame(rows, schema=ACCOUNT_SCHEMA)


def empty_frame() -> pl.DataFrame:
    return pl.DataFrame(schema=ACCOUNT_SCHEMA)
