"""Real peers for the live-source tests: a mastodon-mock server subprocess, the local AT Protocol network.

mastodon-mock runs as its own process on a free loopback port, seeded through its config (accounts,
follows) and its real REST API (follows, posts, replies, mentions, quotes, boosts, favourites, blocks,
mutes) so its notifications are the server's own. The AT Protocol network is started by
``scripts/services/atproto.sh``; its tests read the JSON it writes from ``FOLLOWSIFT_ATPROTO_ENV``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import mastodon as mastodon_py
import pytest
import stamina

from followsift.auth import Credentials
from followsift.sources._http import Pacer
from followsift.sources.mastodon import MastodonSource

FANS = 95  # three follower pages at mastodon-mock's cap of 40
OWNER_TOKEN = "alice-test-token"


@pytest.fixture(autouse=True)
def _fast_retries() -> Iterator[None]:
    """stamina's backoff sleeps are skipped in tests (the pacer's waits are tested with a fake clock)."""
    stamina.set_testing(True, attempts=5)
    yield
    stamina.set_testing(False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class MastodonMock:
    url: str
    process: subprocess.Popen[bytes]
    tokens: dict[str, str]
    ids: dict[str, str] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)

    def creds(self, user: str = "alice") -> Credentials:
        return Credentials(platform="mastodon", url=self.url, token=self.tokens[user])

    def source(self, **options: Any) -> MastodonSource:
        options.setdefault("pacer", Pacer("mastodon", sleep=lambda _s: None))
        return MastodonSource(self.creds(), timeout=10, **options)

    def api(self, user: str) -> mastodon_py.Mastodon:
        return mastodon_py.Mastodon(
            access_token=self.tokens[user], api_base_url=self.url, ratelimit_method="throw"
        )

    def fault(self, spec: dict[str, Any]) -> None:
        httpx.post(f"{self.url}/api/v1/_mock/faults", json=spec, timeout=10).raise_for_status()

    def clear_faults(self) -> None:
        httpx.delete(f"{self.url}/api/v1/_mock/faults", timeout=10).raise_for_status()


def _config(
    path: Path, users: list[str], fans: list[str], ratelimit: tuple[int, int] | None
) -> dict[str, str]:
    tokens = {u: f"{u}-test-token" for u in users + fans}
    lines = [f'[database]\npath = "{path.parent / "mock.sqlite"}"\n']
    if ratelimit:
        lines.append(
            f"[ratelimit]\nenabled = true\nlimit = {ratelimit[0]}\nwindow_seconds = {ratelimit[1]}\n"
        )
    for user in users + fans:
        note = (
            "<p>Careers, HR &amp; <b>leadership</b>.<br>Rock music.</p>"
            if user == "alice"
            else f"<p>I am {user}</p>"
        )
        bot = "true" if user == "bot" else "false"
        lines.append(
            f'[[seed.accounts]]\nusername = "{user}"\ndisplay_name = "{user.title()}"\n'
            f'note = {json.dumps(note)}\nbot = {bot}\naccess_token = "{tokens[user]}"\n'
        )
    for fan in fans:  # bulk edges through the config; the named accounts follow through the API
        lines.append(f'[[seed.follows]]\nfollower = "{fan}"\nfollowing = "alice"\n')
    path.write_text("\n".join(lines))
    return tokens


def start_mastodon_mock(
    tmp: Path, *, fans: int = FANS, ratelimit: tuple[int, int] | None = None, seed: bool = True
) -> MastodonMock:
    users = ["alice", "bob", "carol", "dan", "eve", "bot", "troll", "noisy"]
    fan_names = [f"fan{i:03d}" for i in range(fans)]
    tmp.mkdir(parents=True, exist_ok=True)
    tokens = _config(tmp / "mock.toml", users, fan_names, ratelimit)
    port = free_port()
    log = (tmp / "mock.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mastodon_mock",
            "serve",
            "--config",
            str(tmp / "mock.toml"),
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=tmp,
    )
    mock = MastodonMock(f"http://127.0.0.1:{port}", process, tokens)
    _wait_healthy(mock, tmp / "mock.log")
    if seed:
        _seed(mock)
    return mock


def _wait_healthy(mock: MastodonMock, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if mock.process.poll() is not None:
            raise RuntimeError(f"mastodon-mock exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{mock.url}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("mastodon-mock did not answer within 30 s")


def _seed(mock: MastodonMock) -> None:
    """Interactions through the real API, so the server creates its own notifications."""
    apis = {u: mock.api(u) for u in ("alice", "bob", "carol", "dan", "eve", "bot", "troll", "noisy")}
    ids = {u: str(api.account_verify_credentials()["id"]) for u, api in apis.items()}
    mock.ids = ids
    for user in ("bob", "carol", "dan", "bot", "troll"):
        apis[user].account_follow(ids["alice"])
    for user in ("bob", "carol", "eve", "noisy"):
        apis["alice"].account_follow(ids[user])
    apis["alice"].account_block(ids["troll"])
    apis["alice"].account_mute(ids["noisy"])
    for user in ("bob", "eve"):
        apis[user].status_post(f"{user} posts about hiring and leadership")
    root = apis["alice"].status_post("Hiring season: what do you look for in a job?")
    reply = apis["bob"].status_post("@alice remote work and a good manager", in_reply_to_id=root["id"])
    mention = apis["carol"].status_post("Great thread by @alice on hiring")
    quote = apis["dan"].status_post("Worth reading", quoted_status_id=root["id"])
    apis["eve"].status_favourite(root["id"])
    apis["carol"].status_reblog(root["id"])
    mock.expected = {
        "reply": (ids["bob"], str(reply["id"])),
        "mention": (ids["carol"], str(mention["id"])),
        "quote": (ids["dan"], str(quote["id"])),
        "like": ids["eve"],
        "repost": ids["carol"],
    }


def stop(mock: MastodonMock) -> None:
    mock.process.terminate()
    try:
        mock.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        mock.process.kill()


@pytest.fixture(scope="module")
def mastodon_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    """A seeded mastodon-mock server shared by a test module (tests must not change its data)."""
    mock = start_mastodon_mock(tmp_path_factory.mktemp("mastodon"))
    yield mock
    stop(mock)


# -- the local AT Protocol network -----------------------------------------------------------------------
ATPROTO_ENV = "FOLLOWSIFT_ATPROTO_ENV"


@pytest.fixture(scope="session")
def atproto_network() -> dict[str, Any]:
    """The seeded network's URLs, credentials and expected graph (written by scripts/services/atproto.sh)."""
    path = os.environ.get(ATPROTO_ENV)
    if not path:
        if os.environ.get("CI"):
            pytest.fail(
                f"{ATPROTO_ENV} is not set in CI: run the tests through `make test` (scripts/services/up.sh)"
            )
        pytest.skip(f'{ATPROTO_ENV} not set: run `eval "$(scripts/services/atproto.sh)"` (or `make test`)')
    if not Path(path).is_file():
        pytest.fail(
            f"{ATPROTO_ENV}={path} does not exist: is the network running? (scripts/services/atproto.sh)"
        )
    data: dict[str, Any] = json.loads(Path(path).read_text())
    return data
