"""Mastodon source and sync against a real mastodon-mock server (its REST routes, faults, rate limits)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from followsift.auth import Credentials
from followsift.errors import AuthError, SourceError
from followsift.model import InteractionKind
from followsift.sources._http import Pacer
from followsift.sources.mastodon import MastodonSource, account_from_mastodon, html_to_text
from followsift.store import Store
from followsift.sync import SyncEvent, sync_account

from .conftest import FANS, MastodonMock, start_mastodon_mock, stop


def _key(mock: MastodonMock, user: str) -> str:
    return f"mastodon:{mock.ids[user]}"


def test_sync_matches_the_server(mastodon_mock: MastodonMock, tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        report = sync_account(store, mastodon_mock.source(), posts=200)
        owner = report.owner
        snap = store.latest_snapshot(owner)
        followers = store.members(snap, "follower")
        following = store.members(snap, "following")
        # Blocking troll removed its follow, as on real Mastodon.
        assert len(followers) == FANS + 4
        assert {_key(mastodon_mock, u) for u in ("bob", "carol", "dan", "bot")} <= followers
        assert following == {_key(mastodon_mock, u) for u in ("bob", "carol", "eve", "noisy")}
        assert store.owner_list(owner, "blocks") == {_key(mastodon_mock, "troll")}
        assert store.owner_list(owner, "mutes") == {_key(mastodon_mock, "noisy")}

        me = store.get_account(owner)
        assert me.bio == "Careers, HR & leadership.\nRock music."
        assert me.observed_at is not None
        assert store.get_account(_key(mastodon_mock, "bot")).bot is True

        got = {(i.kind, i.account_id, i.post_id) for i in store.interactions(owner)}
        reply_by, reply_id = mastodon_mock.expected["reply"]
        mention_by, mention_id = mastodon_mock.expected["mention"]
        assert (InteractionKind.REPLY, reply_by, reply_id) in got
        assert (InteractionKind.MENTION, mention_by, mention_id) in got
        assert any(k == InteractionKind.LIKE and a == mastodon_mock.expected["like"] for k, a, _ in got)
        assert any(k == InteractionKind.REPOST and a == mastodon_mock.expected["repost"] for k, a, _ in got)
        assert sum(k == InteractionKind.FOLLOW for k, _, _ in got) >= FANS + 4

        pages = store.pages(owner)
        assert {p.stream for p in pages} >= {"followers", "following", "blocks", "mutes", "notifications"}
        assert all(p.endpoint.startswith(mastodon_mock.url) for p in pages)
        assert report.posts_accounts == FANS + 4 + 2  # followers and following (bob, carol in both)
        posted = store.get_account(_key(mastodon_mock, "bob"))
        texts = [p.text for p in posted.posts]  # newest first
        assert texts == ["@alice remote work and a good manager", "bob posts about hiring and leadership"]
        assert posted.posts[0].is_reply
        assert posted.last_post_at == posted.posts[0].created_at


def test_second_sync_is_incremental(mastodon_mock: MastodonMock, tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        first = sync_account(store, mastodon_mock.source(), posts=0)
        second = sync_account(store, mastodon_mock.source(), posts=0)
        notification_pages = [p for p in store.pages(second.owner) if p.stream == "notifications"]
        assert first.interactions > 0
        assert second.interactions == 0  # since_id: nothing new
        assert len(notification_pages) == 4  # 3 pages the first time, one empty page the second
        assert second.profiles == 0  # profiles are fresh
        assert len(store.snapshots(second.owner)) == 2


def test_faults_are_retried(mastodon_mock: MastodonMock, tmp_path: Path) -> None:
    mastodon_mock.fault(
        {"match": {"path": "/api/v1/accounts/*/followers"}, "effect": {"status": 503}, "count": 2}
    )
    mastodon_mock.fault(
        {"match": {"path": "/api/v1/notifications"}, "effect": {"type": "malformed"}, "count": 1}
    )
    try:
        with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
            source = mastodon_mock.source()
            report = sync_account(store, source, posts=0)
            assert report.counts["followers"] == FANS + 4
            assert report.interactions >= FANS + 8
            assert source.pacer.requests >= report.pages + 3  # the failed attempts were retried
    finally:
        mastodon_mock.clear_faults()


def test_persistent_failure_is_one_clean_error_without_token(
    mastodon_mock: MastodonMock, tmp_path: Path
) -> None:
    mastodon_mock.fault({"match": {"path": "/api/v1/accounts/*/following"}, "effect": {"status": 500}})
    try:
        with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store, pytest.raises(SourceError) as caught:
            sync_account(store, mastodon_mock.source(), posts=0)
        assert "Mastodon kept failing" in str(caught.value)
        assert mastodon_mock.tokens["alice"] not in str(caught.value)
    finally:
        mastodon_mock.clear_faults()


def test_refused_token_is_an_auth_error_without_token(mastodon_mock: MastodonMock) -> None:
    secret = "not-a-valid-token-s3cr3t"
    source = MastodonSource(Credentials(platform="mastodon", url=mastodon_mock.url, token=secret))
    with pytest.raises(AuthError) as caught:
        source.whoami()
    assert secret not in str(caught.value)
    assert "followsift login mastodon" in str(caught.value)


def test_token_never_reaches_the_database(mastodon_mock: MastodonMock, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store.open(f"sqlite:///{db}") as store:
        sync_account(store, mastodon_mock.source(), posts=3)
    for path in tmp_path.iterdir():
        assert mastodon_mock.tokens["alice"].encode() not in path.read_bytes()


def test_429_with_retry_after_waits_and_reports(mastodon_mock: MastodonMock, tmp_path: Path) -> None:
    mastodon_mock.fault(
        {
            "match": {"path": "/api/v1/follow_requests*"},
            "effect": {"type": "ratelimit", "headers": {"Retry-After": "7"}},
            "count": 0,
        }
    )
    mastodon_mock.fault(
        {
            "match": {"path": "/api/v1/mutes"},
            "effect": {"type": "ratelimit", "headers": {"Retry-After": "7"}},
            "count": 1,
        }
    )
    slept: list[float] = []
    events: list[SyncEvent] = []
    try:
        with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
            source = mastodon_mock.source(pacer=Pacer("mastodon", sleep=slept.append))
            report = sync_account(store, source, progress=events.append, posts=0)
        assert report.rate_limited == 1
        assert 7.0 in slept
        assert any(
            e.kind == "wait" and e.message.startswith("waiting 7 s: Mastodon rate limit") for e in events
        )
    finally:
        mastodon_mock.clear_faults()


def test_paces_under_rate_limit_headers(tmp_path: Path) -> None:
    """With the server's limit switched on, sync spreads requests over the window and never sees a 429."""
    mock = start_mastodon_mock(tmp_path / "srv", fans=30, ratelimit=(12, 3))
    try:
        with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
            events: list[SyncEvent] = []
            report = sync_account(
                store, mock.source(pacer=Pacer("mastodon")), progress=events.append, posts=10
            )
        assert report.counts["followers"] == 34
        assert report.rate_limited == 0
        assert report.requests > 12  # more than one window's budget, so pacing had to work
        assert report.waited_seconds > 0
    finally:
        stop(mock)


def test_html_to_text() -> None:
    html = (
        '<p>Hi <a href="https://x.org/@a" class="u-url mention">@<span>a</span></a> see '
        '<a href="https://example.com/long/path"><span class="invisible">https://</span>'
        '<span class="ellipsis">example.com/long</span><span class="invisible">/path</span></a></p>'
        "<p>line<br />two &amp; more</p>"
    )
    assert html_to_text(html) == "Hi @a see example.com/long\n\nline\ntwo & more"


def test_cli_sync_with_env_credentials(mastodon_mock: MastodonMock, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWSIFT_")}
    env |= {
        "FOLLOWSIFT_MASTODON_URL": mastodon_mock.url,
        "FOLLOWSIFT_MASTODON_TOKEN": mastodon_mock.tokens["alice"],
    }
    cli = [sys.executable, "-c", "from followsift.cli import main; main()"]
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    done = subprocess.run(
        [*cli, "sync", "mastodon", "--db", db, "--posts", "2"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert f"{FANS + 4} followers" in done.stdout
    failed = subprocess.run([*cli, "sync", "x", "--db", db], env=env, capture_output=True, text=True)
    assert failed.returncode == 1
    assert failed.stderr.strip().count("\n") == 0  # one line
    assert "FOLLOWSIFT_X_BEARER_TOKEN" in failed.stderr
    for output in (done.stdout, done.stderr, failed.stderr):
        assert mastodon_mock.tokens["alice"] not in output


def test_verified_links_and_memorial_accounts_are_read() -> None:
    seen = datetime(2026, 11, 1, tzinfo=UTC)
    entity = {
        "id": "9",
        "acct": "ann",
        "note": "<p>Poet</p>",
        "fields": [
            {"name": "Site", "value": "<a href='https://ann.example'>ann.example</a>", "verified_at": "x"}
        ],
    }
    account = account_from_mastodon(entity, "example.social", seen)
    assert (account.verified, account.status, account.handle) == (True, "active", "ann@example.social")
    memorial = account_from_mastodon({**entity, "fields": [], "memorial": True}, "example.social", seen)
    assert (memorial.verified, memorial.status) == (None, "memorial")
