"""Scoring throughput: a bare ``polars.read_ndjson`` of N profiles vs the full ``score_file`` engine.

    .venv/bin/python benchmarks/score_throughput.py [--rows 1000000] [--interests] [--repeat 1]

Generates N synthetic profile-only records in the DESIGN.md JSONL format into a temp dir, then runs each
contender in its own subprocess so peak memory (ru_maxrss) is that contender's alone. Prints wall seconds
(the best of ``--repeat`` runs), the CPU seconds of that run (user + system, every thread) and the load
average before and after: on a shared machine CPU seconds move less with other work than wall seconds do.
"""

from __future__ import annotations

import argparse
import json
import os
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
usage = resource.getrusage(resource.RUSAGE_SELF)
print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


def run(code: str, *args: str, repeat: int = 1) -> tuple[float, int, int, float]:
    """Wall seconds, rows reported, peak RSS (bytes) and CPU seconds of the fastest of ``repeat`` runs of
    ``code``, each in a fresh interpreter (start-up and imports included, as a user sees them)."""
    best: tuple[float, int, int, float] | None = None
    for _ in range(repeat):
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code + RUSAGE, *args], check=True, capture_output=True, text=True
        ).stdout.split()
        secs = time.perf_counter() - started
        result = (secs, int(out[0]), int(out[1]) * 1024, float(out[2]))
        if best is None or result[0] < best[0]:
            best = result
    assert best is not None
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--interests", action="store_true", help="also match the default interests")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each contender; the fastest is shown")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src, dest = Path(tmp) / "accounts.jsonl", Path(tmp) / "verdicts.jsonl"
        generate(src, args.rows)
        size = src.stat().st_size
        load_before = os.getloadavg()
        results = {
            "polars.read_ndjson (bare read)": run(READ, str(src), repeat=args.repeat),
            "score_file (read→judge→write)": run(
                SCORE, str(src), str(dest), "1" if args.interests else "0", repeat=args.repeat
            ),
        }
        load_after = os.getloadavg()
    base, base_cpu = (
        results["polars.read_ndjson (bare read)"][0],
        results["polars.read_ndjson (bare read)"][3],
    )
    print(
        f"{args.rows:,} profile records, {size / 2**20:.0f} MiB JSONL; interests {'on' if args.interests else 'off'};"
        f" {os.cpu_count()} CPUs; load average (1/5/15 min) {'/'.join(f'{x:.2f}' for x in load_before)}"
        f" before, {'/'.join(f'{x:.2f}' for x in load_after)} after"
    )
    print("| run | rows | seconds | rows/s | × read time | CPU seconds | × read CPU | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, (secs, n, rss, cpu) in results.items():
        print(
            f"| {name} | {n:,} | {secs:.2f} | {n / secs:,.0f} | {secs / base:.2f} | {cpu:.2f} |"
            f" {cpu / base_cpu:.2f} | {rss / 2**20:,.0f} MiB |"
        )
    print(
        json.dumps(
            {
                k: {
                    "seconds": round(v[0], 2),
                    "cpu_seconds": round(v[3], 2),
                    "peak_rss_mib": round(v[2] / 2**20),
                }
                for k, v in results.items()
            }
            | {"load_average_before": load_before, "load_average_after": load_after}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
