"""X source and sync against recorded API v2 responses (respx): pages, includes, next_token, a 429."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from followsift.auth import Credentials
from followsift.errors import AuthError, CapabilityError
from followsift.model import InteractionKind
from followsift.sources._http import Pacer
from followsift.sources.x import XSource
from followsift.store import Store
from followsift.sync import SyncEvent, estimate_x_cost, sync_account

API = "https://api.twitter.com/2"
BEARER = "AAAAAAAAAAAAAAAAAAAAAtest-bearer-s3cr3t"
ME = "1001"
RESET = 1_900_000_000  # epoch seconds, as X sends x-rate-limit-reset


def _user(uid: str, username: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": uid,
        "username": username,
        "name": username.title(),
        "description": f"I am {username}",
        "created_at": "2015-03-01T10:00:00.000Z",
        "protected": False,
        "verified": False,
        "profile_image_url": "https://pbs.twimg.com/profile_images/1/a_normal.jpg",
        "public_metrics": {
            "followers_count": 10,
            "following_count": 20,
            "tweet_count": 30,
            "listed_count": 1,
            "like_count": 5,
        },
        **extra,
    }


def _limits(remaining: int = 14) -> dict[str, str]:
    return {
        "x-rate-limit-limit": "15",
        "x-rate-limit-remaining": str(remaining),
        "x-rate-limit-reset": str(RESET),
    }


def _tweet(tid: str, author: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"id": tid, "author_id": author, "text": text, "created_at": "2026-11-20T08:00:00.000Z", **extra}


FOLLOWER_PAGES = [
    {
        "data": [_user("2001", "ann"), _user("2002", "ben")],
        "meta": {"result_count": 2, "next_token": "PAGE2"},
    },
    {
        "data": [
            _user(
                "2003", "cat", profile_image_url="https://abs.twimg.com/sticky/default_profile_images/x.png"
            )
        ],
        "meta": {"result_count": 1},
    },
]
FOLLOWING = {"data": [_user("2001", "ann"), _user("3001", "dora")], "meta": {"result_count": 2}}
MENTIONS = {
    "data": [
        _tweet(
            "9003",
            "2002",
            "@owner I disagree",
            in_reply_to_user_id=ME,
            referenced_tweets=[{"type": "replied_to", "id": "8000"}],
        ),
        _tweet("9002", "2003", "look at this", referenced_tweets=[{"type": "quoted", "id": "8000"}]),
        _tweet("9001", "4001", "hey @owner, great talk"),
    ],
    "includes": {"users": [_user("2002", "ben"), _user("2003", "cat"), _user("4001", "eli")]},
    "meta": {"result_count": 3, "newest_id": "9003", "oldest_id": "9001"},
}


def _followers(request: httpx.Request) -> httpx.Response:
    page = 1 if request.url.params.get("pagination_token") == "PAGE2" else 0
    return httpx.Response(200, json=FOLLOWER_PAGES[page], headers=_limits())


@pytest.fixture
def x_api() -> Any:
    with respx.mock(base_url=API, assert_all_called=False) as mock:
        mock.get("/users/by/username/owner").respond(
            200, json={"data": _user(ME, "owner")}, headers=_limits()
        )
        mock.get(f"/users/{ME}/followers").mock(side_effect=_followers)
        mock.get(f"/users/{ME}/following").respond(200, json=FOLLOWING, headers=_limits())
        mock.get(f"/users/{ME}/mentions").respond(200, json=MENTIONS, headers=_limits())
        mock.get("/users").respond(200, json={"data": [_user("4001", "eli")]}, headers=_limits())
        mock.get(url__regex=rf"{API}/users/\d+/tweets").respond(
            200, json={"data": [_tweet("7001", "2001", "hello", lang="en")], "meta": {"result_count": 1}}
        )
        yield mock


def _source(**options: Any) -> XSource:
    options.setdefault("pacer", Pacer("x", sleep=lambda _s: None))
    return XSource(Credentials(platform="x", token=BEARER, handle="owner"), **options)


def test_sync_from_recorded_pages(x_api: Any, tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        report = sync_account(store, _source(), posts=2)
        snap = store.latest_snapshot("x:1001")
        assert store.members(snap, "follower") == {"x:2001", "x:2002", "x:2003"}
        assert store.members(snap, "following") == {"x:2001", "x:3001"}
        kinds = {(i.account_id, i.kind) for i in store.interactions("x:1001")}
        assert kinds == {
            ("2002", InteractionKind.REPLY),
            ("2003", InteractionKind.QUOTE),
            ("4001", InteractionKind.MENTION),
        }
        ann = store.get_account("x:2001")
        assert (ann.followers_count, ann.following_count, ann.posts_count, ann.listed_count) == (
            10,
            20,
            30,
            1,
        )
        assert ann.default_avatar is False
        assert store.get_account("x:2003").default_avatar is True
        assert store.get_account("x:4001").handle == "eli"  # a mention's author was looked up in bulk
        assert report.posts_accounts == 2
        assert [p.cursor for p in store.pages("x:1001") if p.stream == "followers"] == [None, "PAGE2"]


def test_mentions_are_incremental(x_api: Any, tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        sync_account(store, _source(), posts=0)
        sync_account(store, _source(), posts=0)
    calls = [c.request for c in x_api.calls if c.request.url.path.endswith("/mentions")]
    assert "since_id" not in calls[0].url.params
    assert calls[1].url.params["since_id"] == "9003"


def test_429_waits_until_reset(x_api: Any, tmp_path: Path) -> None:
    now = RESET - 30.0
    slept: list[float] = []
    events: list[SyncEvent] = []
    x_api.get(f"/users/{ME}/following").mock(
        side_effect=[
            httpx.Response(429, json={"title": "Too Many Requests"}, headers=_limits(0)),
            httpx.Response(200, json=FOLLOWING, headers=_limits()),
        ]
    )
    pacer = Pacer("x", clock=lambda: now, sleep=slept.append)
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        report = sync_account(store, _source(pacer=pacer), progress=events.append, posts=0)
    assert report.rate_limited == 1
    assert report.counts["following"] == 2
    assert 30.0 in slept or 31.0 in slept  # until the epoch reset (plus a second for whole-second resets)
    assert any(e.kind == "wait" and "X rate limit (429)" in e.message for e in events)


def test_bearer_token_never_logged_or_in_errors(x_api: Any, caplog: pytest.LogCaptureFixture) -> None:
    x_api.get("/users/by/username/owner").respond(401, json={"title": "Unauthorized"})
    with caplog.at_level(logging.DEBUG), pytest.raises(AuthError) as caught:
        _source().whoami()
    assert BEARER not in str(caught.value)
    assert BEARER not in caplog.text
    assert "[redacted]" in caplog.text  # tweepy did try to log it


def test_capabilities_and_cost() -> None:
    source = _source()
    assert "block" not in source.capabilities
    with pytest.raises(CapabilityError):
        source.relationships(["1"])
    assert estimate_x_cost(followers=19_000, following=2_000) == 210.5
