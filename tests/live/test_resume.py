"""A sync killed with SIGKILL in the middle resumes to exactly the store an uninterrupted sync builds."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from followsift.records import account_to_dict
from followsift.store import Store
from followsift.sync import sync_account

from .conftest import MastodonMock

CHILD = Path(__file__).with_name("_sync_child.py")


def _pages(db: Path) -> int:
    try:
        with sa.create_engine(f"sqlite:///{db}").connect() as conn:
            return int(conn.scalar(sa.text("SELECT count(*) FROM pages")) or 0)
    except sa.exc.OperationalError:
        return 0


def _state(store: Store) -> dict[str, Any]:
    """Everything a sync leaves, minus fetch times (which differ between any two runs)."""
    (owner,) = store.owners()
    with store.engine.connect() as conn:
        keys = list(conn.scalars(sa.text("SELECT key FROM accounts")))
    accounts = {
        k: {f: v for f, v in account_to_dict(a).items() if f != "observed_at"}
        for k, a in store.get_accounts(keys).items()
    }
    return {
        "accounts": accounts,
        "edges": sorted((e.account, e.direction, e.first_seen == e.last_seen) for e in store.edges(owner)),
        "interactions": sorted(
            (i.account_id, str(i.kind), i.post_id, i.created_at.isoformat(), i.text)
            for i in store.interactions(owner)
        ),
        "snapshots": len(store.snapshots(owner)),
        "blocks": store.owner_list(owner, "blocks"),
        "mutes": store.owner_list(owner, "mutes"),
        "pages": sorted((p.stream, p.cursor or "", p.items) for p in store.pages(owner)),
    }


def test_kill_9_then_resume_equals_uninterrupted(mastodon_mock: MastodonMock, tmp_path: Path) -> None:
    killed_db = tmp_path / "killed.db"
    child = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            mastodon_mock.url,
            mastodon_mock.tokens["alice"],
            f"sqlite:///{killed_db}",
        ]
    )
    deadline = time.monotonic() + 60
    while _pages(killed_db) < 4 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the sync finished before it could be killed"
    pages_at_kill = _pages(killed_db)
    assert pages_at_kill >= 4

    with Store.open(f"sqlite:///{killed_db}") as store:
        report = sync_account(store, mastodon_mock.source(), posts=5)
        assert report.resumed
        resumed = _state(store)
    with Store.open(f"sqlite:///{tmp_path / 'whole.db'}") as store:
        sync_account(store, mastodon_mock.source(), posts=5)
        whole = _state(store)

    assert resumed["snapshots"] == whole["snapshots"] == 1
    for part in ("edges", "interactions", "blocks", "mutes", "accounts", "pages"):
        assert resumed[part] == whole[part], part
