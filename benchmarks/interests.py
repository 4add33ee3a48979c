"""Interest matcher benchmark: quality on labelled sets it was never trained or tuned on, and throughput.

    .venv/bin/python benchmarks/interests.py                 # every unseen set + throughput (the reported figures)
    .venv/bin/python benchmarks/interests.py --split train   # a training split, with every wrong decision
    .venv/bin/python benchmarks/interests.py --no-speed      # quality only
    .venv/bin/python benchmarks/interests.py --split fresh40 --described benchmarks/data/interest_descriptions.json
                                                             # with owners' descriptions of their interests

Files in ``benchmarks/data/`` (owners' interest lists in ``interest_owners.json``), one account a line, labelled
by hand with the owner interests it shares (``labels``) and those it only seems to (``hard_negative_for``):

- training data of the learned stage (``scripts/train_interest_stage.py``): ``interests_labelled.jsonl``
  (splits ``tune`` and ``heldout``, the sets the rule-based matcher was tuned on), ``interests_real.jsonl``
  (real bios from the shared research datasets) and ``interests_train*.jsonl`` (splits ``train``, ``train2``, …);
- unseen: ``interests_fresh*.jsonl`` (splits ``fresh``, ``fresh2``, …; all but the first written blind, by
  helpers who saw neither the code nor the vocabulary). They are only ever scored as a whole: ``--errors``
  refuses them, so nobody tunes on their mistakes.

Quality is pair-level: every (account, owner interest) pair is a decision.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from followsift.judge.frame import ACCOUNT_SCHEMA
from followsift.judge.interests import InterestMatcher
from followsift.model import Interest

DATA = Path(__file__).parent / "data"


def _numbered(kind: str) -> dict[str, str]:
    """Split name -> file of every ``interests_<kind>N.jsonl`` (``N`` empty for the first), in number order."""
    files = {p.stem.removeprefix("interests_"): p.name for p in DATA.glob(f"interests_{kind}*.jsonl")}
    return dict(sorted(files.items(), key=lambda item: int(item[0].removeprefix(kind) or 1)))


FILES = {
    "tune": "interests_labelled.jsonl",
    "heldout": "interests_labelled.jsonl",
    "real": "interests_real.jsonl",
    **_numbered("train"),
    **_numbered("fresh"),
}
UNSEEN = tuple(_numbered("fresh"))
OWNERS: dict[str, str] = json.loads((DATA / "interest_owners.json").read_text(encoding="utf-8"))


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    hard: int = 0
    hard_fp: int = 0
    by_tag: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def f1(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def load(split: str) -> list[dict[str, Any]]:
    path = DATA / FILES[split]
    if not path.is_file():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # One file holds two splits (tune, heldout); the training files say "train" whatever their name here.
    return [r for r in rows if r["split"] in (split, "train")]


def evaluate(
    rows: list[dict[str, Any]],
    threshold: float | None = None,
    show_errors: bool = False,
    described: dict[str, dict[str, str]] | None = None,
) -> Tally:
    """Pair-level tally of the rows; ``described`` gives owners' interests descriptions, as owners write them in
    their settings (owner -> interest name -> description)."""
    tally = Tally()
    for owner, names in OWNERS.items():
        mine = [r for r in rows if r["owner"] == owner]
        if not mine:
            continue
        said = (described or {}).get(owner, {})
        interests = [Interest(n.strip(), said.get(n.strip(), "")) for n in names.split(",")]
        matcher = InterestMatcher(interests, threshold=threshold)
        hits = matcher.match_texts([r["bio"] for r in mine], [r["posts"] for r in mine])
        for row, matches in zip(mine, hits, strict=True):
            _score_row(tally, row, {m.name for m in matches}, show_errors, matches)
    return tally


def _score_row(tally: Tally, row: dict[str, Any], got: set[str], show: bool, matches: list[Any]) -> None:
    want = set(row["labels"])
    tp, fp, fn = len(got & want), len(got - want), len(want - got)
    tally.tp, tally.fp, tally.fn = tally.tp + tp, tally.fp + fp, tally.fn + fn
    for name in row["hard_negative_for"]:
        tally.hard += 1
        tally.hard_fp += name in got
    for tag in [*(row["tags"] or ["plain"]), f"owner:{row['owner']}"]:
        counts = tally.by_tag[tag.split(":")[0] if tag.startswith("lang") else tag]
        counts[0], counts[1], counts[2] = counts[0] + tp, counts[1] + fp, counts[2] + fn
    if show and (fp or fn):
        shown = ", ".join(f"{m.name} {m.score:.2f} «{m.evidence}»" for m in matches)
        print(f"  {row['id']} want={sorted(want)} got=[{shown}] :: {row['bio'][:60]!r} {row['posts'][:1]}")


def throughput(n: int, posts_per_account: int) -> tuple[float, float]:
    """Accounts per wall-clock second and per CPU second (all threads) of ``match_frame`` on ``n`` synthetic
    accounts mixed from the labelled bios. CPU seconds do not depend on what else the machine runs."""
    rows = load("tune") + load("heldout")
    rng = random.Random(7)
    texts = [r["bio"] for r in rows if r["bio"]] + [p for r in rows for p in r["posts"]]
    bios = [" ".join(rng.sample(texts, rng.randint(1, 2))) + f" #{rng.randint(0, 99999)}" for _ in range(n)]
    posts = [[{"text": rng.choice(texts)} for _ in range(posts_per_account)] for _ in range(n)]
    frame = pl.DataFrame(
        {"id": [str(i) for i in range(n)], "bio": bios, "posts": posts},
        schema={k: ACCOUNT_SCHEMA[k] for k in ("id", "bio")}
        | {"posts": pl.List(pl.Struct({"text": pl.Utf8}))},
    )
    frame = frame.with_columns(
        pl.lit(None, pl.Utf8).alias("display_name"), pl.lit(None, pl.Utf8).alias("fields_text")
    )
    matcher = InterestMatcher([Interest(n.strip()) for n in OWNERS["careers"].split(",")])
    matcher.match_frame(frame.head(100))  # load the model outside the timing
    wall, cpu = time.perf_counter(), time.process_time()
    matcher.match_frame(frame)
    return n / (time.perf_counter() - wall), n / (time.process_time() - cpu)


def report(
    split: str,
    threshold: float | None = None,
    show_errors: bool = False,
    described: dict[str, dict[str, str]] | None = None,
) -> Tally:
    rows = load(split)
    tally = evaluate(rows, threshold, show_errors, described)
    p, r, f = tally.f1()
    hard = tally.hard_fp / tally.hard if tally.hard else 0.0
    print(
        f"{split:8} {len(rows):4} accounts  P={p:.3f} R={r:.3f} F1={f:.3f}"
        f"  hard-neg FP={hard:.1%} ({tally.hard_fp}/{tally.hard})"
    )
    return tally


def slices(tally: Tally) -> None:
    print(f"  {'slice':16} {'P':>6} {'R':>6} {'F1':>6}")
    for tag, (tp, fp, fn) in sorted(tally.by_tag.items()):
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {tag:16} {p:6.3f} {r:6.3f} {f:6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(FILES), help="one split only (default: the unseen sets)")
    parser.add_argument("--errors", action="store_true", help="print every wrong decision of the split")
    parser.add_argument(
        "--threshold", type=float, help="stage probability threshold (default: the shipped one)"
    )
    parser.add_argument("-n", type=int, default=20_000, help="accounts for the throughput test")
    parser.add_argument("--repeat", type=int, default=3, help="throughput runs; the best is shown")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput test")
    parser.add_argument(
        "--described",
        type=Path,
        help="JSON of owners' interest descriptions, as written in settings (owner -> interest -> description)",
    )
    args = parser.parse_args()
    described = json.loads(args.described.read_text(encoding="utf-8")) if args.described else None
    if args.errors and args.split in (None, *UNSEEN):
        parser.error("the unseen sets are scored as a whole only: --errors needs --split tune/heldout/train")
    for split in [args.split] if args.split else UNSEEN:
        if not load(split):
            continue
        tally = report(split, args.threshold, args.errors, described)
        slices(tally)
    if args.no_speed:
        return
    print(
        f"\nthroughput (one process, match_frame, {args.n:,} accounts; load average {os.getloadavg()[0]:.1f}):"
    )
    print(f"  {'':20} {'per wall s':>12} {'per CPU s':>12}")
    for label, posts in (("bios only", 0), ("bio + 5 posts each", 5)):
        wall, cpu = max(throughput(args.n, posts) for _ in range(args.repeat))
        print(f"  {label:20} {wall:>12,.0f} {cpu:>12,.0f}")


if __name__ == "__main__":
    main()
