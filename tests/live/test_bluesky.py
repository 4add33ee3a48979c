"""Bluesky source and sync against a real local AT Protocol network (@atproto/dev-env), and 429s on a fake."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from followsift.auth import Credentials
from followsift.config import Settings
from followsift.errors import AuthError
from followsift.judge import Judge
from followsift.model import Action
from followsift.sources._http import Pacer
from followsift.sources.bluesky import BlueskySource
from followsift.store import Store
from followsift.sync import SyncEvent, sync_account
from followsift.workspace import review


def _creds(net: dict[str, Any], password: str | None = None) -> Credentials:
    owner = net["owner"]
    return Credentials(
        platform="bluesky",
        url=net["pds_url"],
        handle=owner["handle"],
        app_password=password or owner["password"],
    )


def _keys(dids: list[str]) -> set[str]:
    return {f"bluesky:{d}" for d in dids}


def test_sync_matches_the_network(atproto_network: dict[str, Any], tmp_path: Path) -> None:
    net = atproto_network
    source = BlueskySource(_creds(net), pacer=Pacer("bluesky"), page_size=10)
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        report = sync_account(store, source, posts=3)
        owner = f"bluesky:{net['owner']['did']}"
        assert report.owner == owner
        snap = store.latest_snapshot(owner)
        # troll's follow record survives the block, but the AppView hides blocked accounts from lists.
        assert store.members(snap, "follower") == _keys(net["followers"]) - _keys(net["blocks"])
        assert store.members(snap, "following") == _keys(net["following"])
        assert store.owner_list(owner, "blocks") == _keys(net["blocks"])
        assert store.owner_list(owner, "mutes") == _keys(net["mutes"])
        assert len([p for p in store.pages(owner) if p.stream == "followers"]) >= 4  # pages of 10

        got = {(i.kind.value, f"{i.platform}:{i.account_id}", i.post_id) for i in store.interactions(owner)}
        for expected in [i for i in net["interactions"] if i["did"] not in net["blocks"]]:
            matching = {g for g in got if g[0] == expected["kind"] and g[1] == f"bluesky:{expected['did']}"}
            assert matching, expected
            if "uri" in expected:
                assert any(g[2] == expected["uri"] for g in matching)

        bob = store.get_account(f"bluesky:{net['dids']['bob']}")
        assert bob.handle == "bob.test"
        assert bob.display_name == "Bob Replies"
        assert bob.followers_count == 1  # counts came from the bulk getProfiles refresh
        assert bob.following_count == 1
        assert bob.observed_at is not None
        for did, labels in net["labels"].items():  # self-labels come through the AppView's profile views
            assert store.get_account(f"bluesky:{did}").labels == labels
        me = store.get_account(owner)
        assert me.bio == "Careers blogger: HR, jobs, leadership and rock music."
        assert me.followers_count in (len(net["followers"]), len(net["followers"]) - 1)

        again = sync_account(store, BlueskySource(_creds(net), page_size=10), posts=0)
        assert again.interactions == 0  # notifications stop at the newest seen
        assert again.profiles == 0  # profiles are fresh
        assert len(store.snapshots(owner)) == 2
    for path in tmp_path.iterdir():
        assert net["owner"]["password"].encode() not in path.read_bytes()


def test_a_self_labelled_adult_follower_is_blocked(atproto_network: dict[str, Any], tmp_path: Path) -> None:
    net = atproto_network
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        sync_account(store, BlueskySource(_creds(net), pacer=Pacer("bluesky")), posts=0)
        owner = f"bluesky:{net['owner']['did']}"
        result = review(store, owner, Settings(), Judge(Settings(), with_interests=False))
    by_key = {rec.account.key: rec for rec in result.triage}
    for did, labels in net["labels"].items():
        rec = by_key[f"bluesky:{did}"]
        assert rec.action is Action.BLOCK, rec.reasons
        assert f"Labelled adult content on the platform (“{labels[0]}”)." in rec.reasons


def test_wrong_password_is_auth_error_without_secret(atproto_network: dict[str, Any]) -> None:
    secret = "wrong-app-password-s3cr3t"
    with pytest.raises(AuthError) as caught:
        BlueskySource(_creds(atproto_network, secret)).whoami()
    assert secret not in str(caught.value)


# -- 429 handling against a fake PDS (the dev-env sends no RateLimit headers) -------------------------
DID = "did:plc:ownerownerownerownerowne"
FAN = "did:plc:fanfanfanfanfanfanfanfanf"


def _jwt(scope: str) -> str:
    """A structurally valid JWT (the SDK reads its expiry); nothing verifies the signature here."""

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    claims = {"sub": DID, "scope": scope, "iat": 1_800_000_000, "exp": 2_100_000_000}
    return f"{part({'alg': 'ES256K', 'typ': 'JWT'})}.{part(claims)}.c2ln"


def _fake_pds(now: float) -> tuple[httpx.MockTransport, list[str]]:
    seen: list[str] = []
    limited = {"done": False}

    def handle(request: httpx.Request) -> httpx.Response:
        method = request.url.path.rsplit("/", 1)[-1]
        seen.append(method)
        headers = {
            "RateLimit-Limit": "3000",
            "RateLimit-Remaining": "2999",
            "RateLimit-Reset": str(int(now) + 300),
        }
        profile = {"did": DID, "handle": "owner.test", "displayName": "Owner", "followersCount": 1}
        if method == "com.atproto.server.createSession":
            body = {
                "did": DID,
                "handle": "owner.test",
                "accessJwt": _jwt("com.atproto.access"),
                "refreshJwt": _jwt("com.atproto.refresh"),
                "active": True,
            }
            return httpx.Response(200, json=body, headers=headers)
        if method == "app.bsky.graph.getFollowers" and not limited["done"]:
            limited["done"] = True
            reset = {
                "RateLimit-Limit": "3000",
                "RateLimit-Remaining": "0",
                "RateLimit-Reset": str(int(now) + 42),
            }
            return httpx.Response(
                429, json={"error": "RateLimitExceeded", "message": "slow down"}, headers=reset
            )
        bodies: dict[str, Any] = {
            "app.bsky.actor.getProfile": profile,
            "app.bsky.graph.getFollowers": {
                "subject": profile,
                "followers": [{"did": FAN, "handle": "fan.test"}],
            },
            "app.bsky.graph.getFollows": {"subject": profile, "follows": []},
            "app.bsky.graph.getBlocks": {"blocks": []},
            "app.bsky.graph.getMutes": {"mutes": []},
            "app.bsky.notification.listNotifications": {"notifications": []},
            "app.bsky.actor.getProfiles": {
                "profiles": [{"did": FAN, "handle": "fan.test", "followersCount": 7}]
            },
            "app.bsky.feed.getAuthorFeed": {"feed": []},
        }
        return httpx.Response(200, json=bodies[method], headers=headers)

    return httpx.MockTransport(handle), seen


def test_429_waits_for_ratelimit_reset(tmp_path: Path) -> None:
    now = 1_900_000_000.0
    transport, seen = _fake_pds(now)
    slept: list[float] = []
    events: list[SyncEvent] = []
    creds = Credentials(
        platform="bluesky", url="https://pds.example", handle="owner.test", app_password="pw-s3cr3t"
    )
    source = BlueskySource(
        creds, transport=transport, pacer=Pacer("bluesky", clock=lambda: now, sleep=slept.append)
    )
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        report = sync_account(store, source, progress=events.append, posts=0)
        assert store.get_account(f"bluesky:{FAN}").followers_count == 7
    assert report.rate_limited == 1
    assert seen.count("app.bsky.graph.getFollowers") == 2
    assert 43.0 in slept  # 42 s to the epoch reset, plus a second for its whole-second precision
    assert any(
        e.kind == "wait" and e.message.startswith("waiting 43 s: Bluesky rate limit (429)") for e in events
    )
