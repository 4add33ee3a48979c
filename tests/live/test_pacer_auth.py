"""The rate-limit pacer on a fake clock, and credentials from the environment that never show secrets."""

from __future__ import annotations

import pytest

from followsift import auth
from followsift.errors import AuthError, RateLimitError
from followsift.sources._http import Pacer, RateLimitedError, parse_reset


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_reset_formats() -> None:
    now = 1_900_000_000.0
    assert parse_reset("2030-03-17T17:46:40.000Z", now) == 1_900_000_000.0  # Mastodon: ISO-8601
    assert parse_reset("1900000060", now) == 1_900_000_060.0  # Bluesky and X: epoch
    assert parse_reset("30", now) == now + 30  # seconds from now
    assert parse_reset("soon", now) is None


def test_pacer_spreads_the_budget_over_the_window() -> None:
    clock = Clock()
    pacer = Pacer("mastodon", clock=clock, sleep=clock.sleep)
    start = clock.now
    for _ in range(10):
        pacer.call(lambda: None)
        remaining = 9 - pacer.requests + 1
        pacer.observe(
            {"X-RateLimit-Remaining": str(max(remaining, 0)), "X-RateLimit-Reset": str(int(start) + 10)}
        )
    assert 8.0 < clock.now - start < 11.5  # ten requests over a ten-second window, not a burst


def test_429_beyond_max_wait_is_a_rate_limit_error() -> None:
    clock = Clock()
    pacer = Pacer("x", clock=clock, sleep=clock.sleep, max_wait=60)

    def limited() -> None:
        raise RateLimitedError({"x-rate-limit-reset": str(int(clock.now) + 900)})

    with pytest.raises(RateLimitError) as caught:
        pacer.call(limited)
    assert "resumes where it stopped" in str(caught.value)
    assert caught.value.retry_after is not None
    assert caught.value.retry_after > 60


def test_env_credentials_and_secret_hiding() -> None:
    env = {"FOLLOWSIFT_MASTODON_URL": "https://m.example", "FOLLOWSIFT_MASTODON_TOKEN": "tok-s3cr3t-value"}
    creds = auth.load_credentials("mastodon", env)
    assert creds.origin == "environment"
    assert "tok-s3cr3t-value" not in repr(creds)
    assert creds.secrets() == ["tok-s3cr3t-value"]
    bsky = auth.load_credentials(
        "bluesky", {"FOLLOWSIFT_BLUESKY_HANDLE": "me.test", "FOLLOWSIFT_BLUESKY_APP_PASSWORD": "app-pw-1234"}
    )
    assert bsky.url == auth.DEFAULT_PDS


def test_missing_credentials_name_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "keyring_available", lambda: False)
    with pytest.raises(AuthError) as caught:
        auth.load_credentials("x", {})
    assert "FOLLOWSIFT_X_BEARER_TOKEN" in str(caught.value)
    with pytest.raises(AuthError, match="no OS keyring"):
        auth.save_credentials(auth.Credentials(platform="x", token="t0ken-value", handle="me"))
    with pytest.raises(AuthError, match="FOLLOWSIFT_MASTODON_TOKEN"):
        auth.load_credentials("mastodon", {"FOLLOWSIFT_MASTODON_URL": "https://m.example"})
