"""Sync wall time against a server that enforces a rate limit, over the theoretical floor.

Starts mastodon-mock with its rate limit switched on (a fixed window of LIMIT requests per WINDOW seconds
per token), seeds an account, waits for a fresh window, then times ``sync_account``. The floor is the
time the server's limit allows for the requests the sync needed: requests / (LIMIT / WINDOW).

    .venv/bin/python benchmarks/sync.py [--fans 200] [--posts 60]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.live.conftest import start_mastodon_mock, stop  # noqa: E402

from followsift.sources._http import Pacer  # noqa: E402
from followsift.store import Store  # noqa: E402
from followsift.sync import sync_account  # noqa: E402

SCENARIOS = [(20, 5), (60, 10)]  # (requests per window, window seconds)


def run(limit: int, window: int, fans: int, posts: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        mock = start_mastodon_mock(Path(tmp) / "srv", fans=fans, ratelimit=(limit, window))
        try:
            time.sleep(window + 1)  # seeding used part of the window; start from a fresh one
            source = mock.source(pacer=Pacer("mastodon"))
            with Store.open(f"sqlite:///{tmp}/bench.db") as store:
                start = time.perf_counter()
                report = sync_account(store, source, posts=posts)
                wall = time.perf_counter() - start
            requests = source.pacer.requests
            floor = requests / (limit / window)
            return {"requests": requests, "429s": report.rate_limited, "wall": wall, "floor": floor}
        finally:
            stop(mock)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fans", type=int, default=200)
    parser.add_argument("--posts", type=int, default=60)
    args = parser.parse_args()
    print(f"{'limit':>12} {'requests':>9} {'429s':>5} {'wall s':>8} {'floor s':>8} {'ratio':>6}")
    for limit, window in SCENARIOS:
        r = run(limit, window, args.fans, args.posts)
        label = f"{limit}/{window}s"
        print(
            f"{label:>12} {r['requests']:>9.0f} {r['429s']:>5.0f} {r['wall']:>8.1f} {r['floor']:>8.1f} "
            f"{r['wall'] / r['floor']:>6.2f}"
        )


if __name__ == "__main__":
    main()
