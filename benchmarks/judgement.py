"""How well the bot/fake classifier judges accounts it was not trained on.

    .venv/bin/python benchmarks/judgement.py             # the table
    .venv/bin/python benchmarks/judgement.py --blocked   # ... and every genuine account triage would block

Every row retrains with the shipping recipe (scripts/train_model.py: same features, parameters, Platt
calibration, thresholds from stratified out-of-fold validation predictions of the training part) on the
training part only, then judges the held-out part with the shipping ``Judge`` around that model, at its own
thresholds. "F1 at best threshold" is the F1 an oracle threshold on the test rows would give: ranking quality
apart from threshold choice. "genuine ≥ block threshold" is the share of test genuine accounts whose bot
probability reaches the block threshold; "genuine blocked by triage" the share the triage policy would
recommend blocking as new followers (adult content is blocked at any probability; a bot that says it is one,
or a verified account, is never blocked on the model's certainty; by default another bot is blocked only when
a flag shows it too: spam, follow-for-follow, automated posting, churning), and "bots blocked by triage" the
share of the test bots it would block (the rest are left alone, not followed back); "on the model alone" gives
both shares with ``block_on_model_alone`` set, where the model's certainty is enough. As in the judge, an
account whose profile says it is a bot counts as one (``signals.declared_bots``; bot-or-not's label column is never read as that
flag); "F1 of the model alone" leaves that rule out. Brier score and expected calibration error (ECE, ten
bins) are of the model's own probability, to show how well "calibrated" holds on rows it never saw:

* cresci-2017 test sets #1 and #2 as in Cresci et al. 2017 (train on every other row);
* leave-one-bot-family-out: the family and 30% of its dataset's genuine accounts held out;
* cross-dataset: trained on one source only, tested on the other;
* the test sets and cross-dataset splits again with the test profiles as Mastodon and Bluesky give them
  (``features.fediverse_view``: no likes or lists counted, no verified badge, theme, website or location).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._data import load_labelled  # noqa: E402
from scripts.train_model import SEED, train  # noqa: E402

from followsift.config import Settings  # noqa: E402
from followsift.judge import Judge  # noqa: E402
from followsift.judge.classifier import BotClassifier  # noqa: E402
from followsift.judge.features import fediverse_view  # noqa: E402
from followsift.judge.frame import ACCOUNT_SCHEMA  # noqa: E402
from followsift.model import Account, Action, Relationship, Verdict  # noqa: E402
from followsift.policy import recommend_follower  # noqa: E402
from followsift.workspace import with_model_thresholds  # noqa: E402


@dataclass(slots=True)
class Result:
    name: str
    n: int
    bots: int
    auc: float
    precision: float
    recall: float
    f1: float
    mcc: float
    genuine_flagged: float
    threshold: float
    best_f1: float
    genuine_above_block: float
    genuine_blocked: float
    #: The share of the bots triage would block (the rest are left alone: not followed back).
    bots_blocked: float
    #: The same two shares with ``block_on_model_alone`` set (a bot the model is sure of is blocked unflagged).
    genuine_blocked_on_model: float
    bots_blocked_on_model: float
    block_threshold: float
    model_f1: float
    brier: float
    ece: float
    #: The genuine test accounts triage would block, one line each (``--blocked`` prints them).
    blocked_genuine: list[str]


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """Mann-Whitney AUC with ties counted half."""
    ranks = pl.Series(p).rank("average").to_numpy()
    n_pos, n_neg = float(y.sum()), float(len(y) - y.sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    return float((ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def f1_at(p: np.ndarray, y: np.ndarray, t: float) -> float:
    pred = p >= t
    tp = float(np.sum(pred & (y == 1)))
    return 2 * tp / max(float(np.sum(pred)) + float(np.sum(y == 1)), 1.0)


def brier(p: np.ndarray, y: np.ndarray) -> float:
    """Mean squared error of the probabilities (0 is perfect; always saying 0.5 scores 0.25)."""
    return float(np.mean((p - y) ** 2)) if len(y) else float("nan")


def expected_calibration_error(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """Mean |share of bots - mean probability| over ten equal-width probability bins, weighted by rows: how
    far "70% bot" is from seven bots in ten on these rows."""
    which = np.minimum((p * bins).astype(np.int64), bins - 1)
    gap = 0.0
    for b in range(bins):
        inside = which == b
        if inside.any():
            gap += inside.sum() * abs(float(y[inside].mean()) - float(p[inside].mean()))
    return gap / max(len(y), 1)


def best_f1(p: np.ndarray, y: np.ndarray) -> float:
    """The highest F1 over every distinct score used as threshold."""
    order = np.argsort(-p, kind="stable")
    ys, ps = y[order], p[order]
    tp = np.cumsum(ys)
    k = np.flatnonzero(np.r_[ps[1:] != ps[:-1], True])  # last index of each run of equal scores
    f1 = 2 * tp[k] / (k + 1 + ys.sum())
    return float(f1.max()) if len(f1) else 0.0


FEDIVERSE = " (as Mastodon/Bluesky profiles)"


def evaluate(
    name: str, train_rows: pl.DataFrame, test_rows: pl.DataFrame, *, fediverse: bool = False
) -> list[Result]:
    """The held-out rows judged by a model trained on ``train_rows``; with ``fediverse``, judged a second
    time as Mastodon and Bluesky profiles of the same accounts."""
    booster, sidecar = train(train_rows)
    # The shipping judge and triage policy around the freshly trained model, so every figure is what
    # `followsift score` and `followsift triage` would give.
    judge = Judge(Settings(), classifier=BotClassifier(booster, sidecar), with_interests=False)
    results = [_judged(name, judge, test_rows)]
    if fediverse:
        results.append(_judged(name + FEDIVERSE, judge, fediverse_view(test_rows)))
    return results


def _judged(name: str, judge: Judge, test_rows: pl.DataFrame) -> Result:
    frame = test_rows.select(ACCOUNT_SCHEMA.keys())
    verdicts = judge.verdicts(frame)
    y = test_rows["label"].to_numpy().astype(np.int64)
    p = np.array([v.bot_probability for v in verdicts])
    pred = np.array([v.is_bot for v in verdicts])
    model = np.asarray(judge.classifier.predict(frame, explain=False).probability, dtype=np.float64)
    t, bt = judge.threshold, judge.block_threshold
    tp = float(np.sum(pred & (y == 1)))
    fp = float(np.sum(pred & (y == 0)))
    fn = float(np.sum(~pred & (y == 1)))
    tn = float(np.sum(~pred & (y == 0)))
    precision = tp / max(tp + fp, 1.0)
    recall = tp / max(tp + fn, 1.0)
    f1 = 2 * tp / max(2 * tp + fp + fn, 1.0)
    denom = np.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    mcc = float((tp * tn - fp * fn) / denom) if denom > 0 else 0.0
    flagged = fp / max(fp + tn, 1.0)
    genuine = y == 0
    above = _share(p >= bt, genuine)
    verified = frame.get_column("verified").fill_null(False).to_list()
    blocked = _blocked(verdicts, verified, with_model_thresholds(Settings(), judge))
    on_model = _blocked(verdicts, verified, with_model_thresholds(Settings(block_on_model_alone=True), judge))
    return Result(
        name,
        len(y),
        int(y.sum()),
        auc(p, y),
        precision,
        recall,
        f1,
        mcc,
        flagged,
        t,
        best_f1(p, y),
        above,
        _share(blocked, genuine),
        _share(blocked, ~genuine),
        _share(on_model, genuine),
        _share(on_model, ~genuine),
        bt,
        f1_at(model, y, t),
        brier(model, y),
        expected_calibration_error(model, y),
        [_described(frame.row(int(i), named=True), verdicts[i]) for i in np.flatnonzero(blocked & genuine)],
    )


def _share(hit: np.ndarray, among: np.ndarray) -> float:
    """The share of the ``among`` rows that ``hit`` (0 when there are none)."""
    return float(np.mean(hit[among])) if np.any(among) else 0.0


def _described(row: dict[str, object], verdict: Verdict) -> str:
    """One line on a blocked genuine account: who it is, what it says of itself, and why it was blocked."""
    counts = ", ".join(
        f"{name} {row[f'{name}_count']}" for name in ("followers", "following", "posts", "likes")
    )
    bio = " ".join(str(row.get("bio") or "").split())[:90]
    flags = f" [{', '.join(verdict.flags)}]" if verdict.flags else ""
    return f"@{row.get('handle')} ({counts}) {bio!r} -> {verdict.bot_probability:.3f}{flags}"


def _blocked(verdicts: list[Verdict], verified: list[bool], settings: Settings) -> np.ndarray:
    """Whether triage recommends blocking each account as a new follower who has never talked to the owner."""
    follower = Relationship(is_follower=True, new_follower=True)
    return np.array(
        [
            recommend_follower(Account(id=v.id, verified=ver), v, follower, settings).action is Action.BLOCK
            for v, ver in zip(verdicts, verified, strict=True)
        ]
    )


def holdout_genuine(df: pl.DataFrame, dataset: str, share: float = 0.3) -> pl.Series:
    """A fixed random ``share`` of ``dataset``'s genuine rows (True = held out)."""
    rng = np.random.default_rng(SEED)
    is_gen = ((df["dataset"] == dataset) & (df["label"] == 0)).to_numpy()
    pick = np.zeros(df.height, dtype=bool)
    idx = np.flatnonzero(is_gen)
    pick[rng.choice(idx, size=int(len(idx) * share), replace=False)] = True
    return pl.Series(pick)


def run() -> list[Result]:
    df = load_labelled()
    results = []
    for ts in ("test_set_1", "test_set_2"):
        test = df[ts]
        results += evaluate(f"cresci-2017 {ts}", df.filter(~test), df.filter(test), fediverse=True)
    families = {
        "social_spambots_1": "cresci-2017",
        "social_spambots_2": "cresci-2017",
        "social_spambots_3": "cresci-2017",
        "bon_bots": "bot-or-not-2017",
    }
    for family, dataset in families.items():
        held = (df["family"] == family) | holdout_genuine(df, dataset)
        results += evaluate(f"leave out {family}", df.filter(~held), df.filter(held))
    cresci = df["dataset"] == "cresci-2017"
    results += evaluate(
        "train cresci → test bot-or-not", df.filter(cresci), df.filter(~cresci), fediverse=True
    )
    results += evaluate(
        "train bot-or-not → test cresci", df.filter(~cresci), df.filter(cresci), fediverse=True
    )
    return results


def table(results: list[Result]) -> str:
    head = (
        "| test | rows | bots | AUC | precision | recall | F1 | F1 at best threshold | MCC | genuine flagged "
        "| threshold | genuine ≥ block threshold | genuine blocked by triage | bots blocked by triage "
        "| genuine / bots blocked on the model alone | block threshold "
        "| F1 of the model alone | Brier | ECE |"
    )
    lines = [head, "|---|" + "---:|" * 18]
    for r in results:
        lines.append(
            f"| {r.name} | {r.n:,} | {r.bots:,} | {r.auc:.4f} | {r.precision:.4f} | {r.recall:.4f} | "
            f"{r.f1:.4f} | {r.best_f1:.4f} | {r.mcc:.4f} | {r.genuine_flagged:.2%} | {r.threshold:.3f} | "
            f"{r.genuine_above_block:.2%} | {r.genuine_blocked:.2%} | {r.bots_blocked:.2%} | "
            f"{r.genuine_blocked_on_model:.2%} / {r.bots_blocked_on_model:.2%} | {r.block_threshold:.3f} | "
            f"{r.model_f1:.4f} | {r.brier:.4f} | {r.ece:.4f} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--blocked", action="store_true", help="also list every genuine test account triage would block"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    results = run()
    print(table(results))
    if args.blocked:
        for result in results:
            if result.blocked_genuine:
                print(f"\ngenuine accounts triage would block, {result.name}:")
                print("\n".join(f"  {line}" for line in result.blocked_genuine))
    print(f"\n({time.perf_counter() - started:.0f} s; paper's DNA F1: test_set_1 0.977, test_set_2 0.923)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
