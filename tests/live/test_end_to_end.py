"""Issue 5's promise end to end: sync a real (mock) Mastodon account with the CLI, then triage and audit it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import FANS, MastodonMock

SCRIPT = shutil.which("followsift", path=str(Path(sys.executable).parent))


def _cli(tmp_path: Path, mock: MastodonMock, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "FOLLOWSIFT_MASTODON_URL": mock.url,
        "FOLLOWSIFT_MASTODON_TOKEN": mock.tokens["alice"],
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    assert SCRIPT
    return subprocess.run(
        [SCRIPT, *args], capture_output=True, text=True, env=env, timeout=300, check=False, cwd=tmp_path
    )


def _user(handle: str) -> str:
    """Mastodon handles carry the instance (user@host); the test names users only."""
    return handle.split("@", 1)[0]


def test_sync_then_triage_and_audit_through_the_cli(mastodon_mock: MastodonMock, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'live.db'}"
    synced = _cli(tmp_path, mastodon_mock, "sync", "mastodon", "--db", db, "--yes")
    assert synced.returncode == 0, synced.stderr
    triage = _cli(tmp_path, mastodon_mock, "triage", "--db", db, "--json")
    assert triage.returncode == 0, triage.stderr
    recs = {_user(r["handle"]): r for r in json.loads(triage.stdout)["triage"]}
    # First sync: every follower alice does not follow is triaged; bob and carol are mutuals (audit).
    assert len(recs) == FANS + 2  # the fans, dan and the self-declared bot
    assert recs["bot"]["action"] != "follow_back"
    assert "automated" in recs["bot"]["flags"]
    assert recs["dan"]["relationship"]["follows_you"] is True
    assert all(r["reasons"] for r in recs.values())
    audit = _cli(tmp_path, mastodon_mock, "audit", "--db", db, "--json")
    assert audit.returncode == 0, audit.stderr
    followed = {_user(r["handle"]): r for r in json.loads(audit.stdout)["audit"]}
    assert set(followed) == {"bob", "carol", "eve", "noisy"}
    assert followed["bob"]["relationship"]["follows_you"] is True
    assert followed["bob"]["relationship"]["conversations"] == 1  # replied to alice
    assert followed["carol"]["relationship"]["conversations"] == 1  # mentioned alice
    assert followed["eve"]["relationship"]["follows_you"] is False
    assert all("follow you back" not in reason for r in followed.values() for reason in r["reasons"])
    table = _cli(tmp_path, mastodon_mock, "triage", "--db", db, "--limit", "3")
    assert table.returncode == 0, table.stderr
    assert "Leave" in table.stdout or "Follow back" in table.stdout
