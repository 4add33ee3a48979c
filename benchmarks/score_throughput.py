"""Scoring throughput: a bare ``polars.read_ndjson`` of N profiles vs the full ``score_file`` engine.

    .venv/bin/python benchmarks/score_throughput.py [--rows 1000000] [--interests]

Generates N synthetic profile-only records in the DESIGN.md JSONL format into a temp dir, then runs each
contender in its own subprocess so peak memory (ru_maxrss) is that contender's alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import polars as pl

WORDS = np.array("coffee music dad runner photos code news crypto deals follow back art travel life".split())


def generate(path: Path, rows: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    step = 200_000
    with path.open("wb") as fh:
        for start in range(0, rows, step):
            n = min(step, rows - start)
            created = rng.integers(1_200_000_000, 1_700_000_000, n) * 1_000_000
            bio_words = WORDS[rng.integers(0, len(WORDS), (n, 3))]
            frame = pl.DataFrame(
                {
                    "platform": ["x"] * n,
                    "id": (np.arange(start, start + n)).astype(str),
                    "handle": [f"user{i}" for i in range(start, start + n)],
                    "display_name": ["Some Name"] * n,
                    "bio": [" ".join(w) for w in bio_words],
                    "created_at": pl.Series(created).cast(pl.Datetime("us", "UTC")),
                    "observed_at": pl.Series(np.full(n, 1_730_000_000_000_000)).cast(
                        pl.Datetime("us", "UTC")
                    ),
                    "followers_count": rng.lognormal(5, 2, n).astype(np.int64),
                    "following_count": rng.lognormal(5, 1.5, n).astype(np.int64),
                    "posts_count": rng.lognormal(6, 2, n).astype(np.int64),
                    "likes_count": rng.lognormal(5, 2.5, n).astype(np.int64),
                    "listed_count": rng.poisson(2, n),
                    "default_avatar": rng.random(n) < 0.1,
                    "verified": rng.random(n) < 0.01,
                }
            ).with_columns(pl.col("created_at", "observed_at").dt.strftime("%Y-%m-%dT%H:%M:%SZ"))
            frame.write_ndjson(fh)


READ = """
import polars as pl, sys
df = pl.read_ndjson(sys.argv[1])
print(df.height)
"""

SCORE = """
import sys
from followsift.config import Settings
from followsift.judge import Judge
from followsift.judge.scoring import score_file
judge = Judge(Settings(), with_interests=sys.argv[3] == "1")
print(score_file(sys.argv[1], sys.argv[2], judge=judge))
"""

RUSAGE = """
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(code: str, *args: str) -> tuple[float, int, int]:
    """Wall seconds, rows reported and peak RSS (bytes) of ``code`` run in a fresh interpreter."""
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code + RUSAGE, *args], check=True, capture_output=True, text=True
    ).stdout.split()
    secs = time.perf_counter() - started
    return secs, int(out[0]), int(out[1]) * 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--interests", action="store_true", help="also match the default interests")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src, dest = Path(tmp) / "accounts.jsonl", Path(tmp) / "verdicts.jsonl"
        generate(src, args.rows)
        size = src.stat().st_size
        results = {
            "polars.read_ndjson (bare read)": run(READ, str(src)),
            "score_file (read→judge→write)": run(SCORE, str(src), str(dest), "1" if args.interests else "0"),
        }
    base = results["polars.read_ndjson (bare read)"][0]
    print(
        f"{args.rows:,} profile records, {size / 2**20:.0f} MiB JSONL; interests {'on' if args.interests else 'off'}"
    )
    print("| run | rows | seconds | rows/s | × read time | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (secs, n, rss) in results.items():
        print(
            f"| {name} | {n:,} | {secs:.2f} | {n / secs:,.0f} | {secs / base:.2f} | {rss / 2**20:,.0f} MiB |"
        )
    print(
        json.dumps(
            {k: {"seconds": round(v[0], 2), "peak_rss_mib": round(v[2] / 2**20)} for k, v in results.items()}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
