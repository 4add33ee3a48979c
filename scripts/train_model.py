"""Train the shipped bot/fake classifier, deterministically, from ../shared/data.

    .venv/bin/python scripts/train_model.py          # writes src/followsift/judge/artifacts/bot_model.*
    .venv/bin/python scripts/train_model.py --check  # retrains and compares with the shipped artifact
                                                     # (model bytes, calibrations and thresholds)

Single-threaded XGBoost with fixed seeds, so a rerun on the same data reproduces the model byte for byte.
Shallow trees (depth 3) with monotone constraints on the cues whose direction holds in every source and bot
family (fewer likes and lists, a younger account, a default avatar, bot or follow-back wording: never less
bot-like), so the model cannot learn a source's quirks in the opposite direction.

Validation data of the training domain = stratified random 5-fold out-of-fold predictions (each row scored
by a model that never saw it). On them: Platt calibration; the default ``threshold`` (``is_bot``) = best F1;
the ``block_threshold`` = the lowest threshold that leaves at most 0.2% of genuine accounts above it (a
margin under the 0.5% aim: across sources the share of genuine accounts above a block threshold chosen this
way was 1.2 and 4.4 times the 0.5% the validation folds showed: 0.60% and 2.22%; docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import xgboost as xgb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._data import fingerprint, load_labelled  # noqa: E402

from followsift.judge.features import (  # noqa: E402
    FEATURE_NAMES,
    FEDIVERSE_ABSENT,
    fediverse_view,
    profile_features,
)

ARTIFACTS = ROOT / "src" / "followsift" / "judge" / "artifacts"
MODEL_FILE = "bot_model.ubj"
SIDECAR_FILE = "bot_model.json"
SEED = 20171
FOLDS = 5
MAX_GENUINE_BLOCKED = 0.002

PARAMS: dict[str, Any] = {
    "objective": "binary:logistic",
    "eval_metric": "logloss",
    "tree_method": "hist",
    "max_depth": 3,
    "eta": 0.08,
    "min_child_weight": 3,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "lambda": 2.0,
    "seed": SEED,
    "nthread": 1,  # one thread: histogram sums in a fixed order, so the model is byte-reproducible
}
MAX_ROUNDS = 300

#: Monotone constraints (+1: more of it never lowers the bot score; -1: never raises it).
MONOTONE: dict[str, int] = {
    "likes_count": -1,
    "likes_per_day": -1,
    "likes_per_post": -1,
    "listed_count": -1,
    "listed_per_day": -1,
    "verified": -1,
    "age_days": -1,
    "completeness": -1,
    "has_name": -1,
    "default_avatar": 1,
    "bio_says_bot": 1,
    "bio_follow_back": 1,
}


def params() -> dict[str, Any]:
    mono = ",".join(str(MONOTONE.get(n, 0)) for n in FEATURE_NAMES)
    return {**PARAMS, "monotone_constraints": f"({mono})"}


def features(frame: pl.DataFrame) -> np.ndarray:
    return profile_features(frame).to_numpy().astype(np.float32)


def fit(
    x: np.ndarray,
    y: np.ndarray,
    rounds: int = MAX_ROUNDS,
    evals: tuple[np.ndarray, np.ndarray] | None = None,
    curve: list[float] | None = None,
) -> xgb.Booster:
    """The model after ``rounds`` rounds; with ``evals`` (x, y), ``curve`` receives its logloss per round."""
    dtrain = xgb.DMatrix(x, label=y, feature_names=list(FEATURE_NAMES), missing=np.nan)
    watch = []
    if evals is not None:
        watch = [
            (xgb.DMatrix(evals[0], label=evals[1], feature_names=list(FEATURE_NAMES), missing=np.nan), "v")
        ]
    result: dict[str, Any] = {}
    booster = xgb.train(
        params(), dtrain, num_boost_round=rounds, evals=watch, evals_result=result, verbose_eval=False
    )
    if curve is not None and watch:
        curve.extend(result["v"]["logloss"])
    return booster


def margins(booster: xgb.Booster, x: np.ndarray, rounds: int | None = None) -> np.ndarray:
    """Raw scores of ``x``, from the first ``rounds`` trees when given (all trees otherwise)."""
    dm = xgb.DMatrix(x, feature_names=list(FEATURE_NAMES), missing=np.nan)
    it = (0, rounds) if rounds is not None else (0, 0)
    return np.asarray(booster.predict(dm, output_margin=True, iteration_range=it), dtype=np.float64)


def folds(y: np.ndarray, k: int = FOLDS) -> np.ndarray:
    """Fold number per row: stratified at random (each class spread evenly over ``k`` folds), seeded."""
    rng = np.random.default_rng(SEED)
    out = np.empty(len(y), dtype=np.int64)
    for label in (0, 1):
        idx = np.flatnonzero(y == label)
        out[idx] = rng.permutation(len(idx)) % k
    return out


def out_of_fold(
    x: np.ndarray, y: np.ndarray, fold: np.ndarray, other_view: np.ndarray
) -> tuple[np.ndarray, int, np.ndarray]:
    """Out-of-fold raw scores, the number of rounds chosen on them, and the same fold models' raw scores of
    ``other_view`` (the same rows' features seen another way).

    Rounds = the fewest whose mean out-of-fold logloss is within one standard error (over the folds) of the
    best mean, up to ``MAX_ROUNDS`` (the one-standard-error rule): a smaller model that validates as well,
    cheaper to score and less fitted to the training source's quirks."""
    boosters, tests, curves = [], [], []
    for k in np.unique(fold):
        test = fold == k
        curve: list[float] = []
        boosters.append(fit(x[~test], y[~test], evals=(x[test], y[test]), curve=curve))
        tests.append(test)
        curves.append(curve)
    c = np.asarray(curves)
    mean, se = c.mean(axis=0), c.std(axis=0, ddof=1) / np.sqrt(len(c))
    best = int(np.argmin(mean))
    rounds = int(np.flatnonzero(mean <= mean[best] + se[best])[0]) + 1
    oof = np.empty(len(y), dtype=np.float64)
    other = np.empty(len(y), dtype=np.float64)
    for booster, test in zip(boosters, tests, strict=True):
        oof[test] = margins(booster, x[test], rounds)
        other[test] = margins(booster, other_view[test], rounds)
    return oof, rounds, other


def _platt_loss(m: np.ndarray, t: np.ndarray, a: float, b: float) -> float:
    z = a * m + b
    # log(1+exp(z)) - t*z, written to stay finite for large |z|
    return float(np.sum(np.logaddexp(0.0, z) - t * z))


def platt(m: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling p = 1/(1+exp(-(a*m+b))): Newton's method with backtracking, Platt's smoothed targets."""
    n_pos, n_neg = float(y.sum()), float(len(y) - y.sum())
    t = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    a, b = 1.0, 0.0
    loss = _platt_loss(m, t, a, b)
    for _ in range(100):
        p = calibrate(m, a, b)
        g = np.array([np.sum((p - t) * m), np.sum(p - t)])
        w = p * (1 - p) + 1e-12
        h = np.array([[np.sum(w * m * m), np.sum(w * m)], [np.sum(w * m), np.sum(w)]]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(h, g)
        scale = 1.0
        while scale > 1e-6:
            new = _platt_loss(m, t, a - scale * step[0], b - scale * step[1])
            if new <= loss:
                break
            scale /= 2
        a, b = a - scale * step[0], b - scale * step[1]
        if abs(loss - new) < 1e-9 * max(abs(loss), 1.0):
            break
        loss = new
    return float(a), float(b)


def calibrate(m: np.ndarray, a: float, b: float) -> np.ndarray:
    z = np.clip(a * m + b, -500.0, 500.0)
    return np.asarray(1 / (1 + np.exp(-z)))


GRID = np.round(np.arange(0.01, 0.9995, 0.001), 3)


def choose_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The best-F1 threshold on a 0.001 grid (0.01-0.999); ties go to the lower threshold."""
    best_f1, best_t = -1.0, 0.5
    for t in GRID:
        pred = p >= t
        tp = float(np.sum(pred & (y == 1)))
        fp = float(np.sum(pred & (y == 0)))
        fn = float(np.sum(~pred & (y == 1)))
        f1 = 2 * tp / max(2 * tp + fp + fn, 1.0)
        if f1 > best_f1 + 1e-12:
            best_f1, best_t = f1, float(t)
    return best_t


def choose_block_threshold(p: np.ndarray, y: np.ndarray, max_fpr: float = MAX_GENUINE_BLOCKED) -> float:
    """The lowest grid threshold with at most ``max_fpr`` of the genuine rows at or above it."""
    genuine = p[y == 0]
    for t in GRID:
        if np.mean(genuine >= t) <= max_fpr:
            return float(t)
    return float(GRID[-1])


def decision(m: np.ndarray, y: np.ndarray, flagged: float | None = None) -> tuple[float, float, float, float]:
    """Platt calibration (a, b), the threshold and the block threshold, from validation raw scores. The
    threshold is the best F1's; with ``flagged``, the lowest that calls no more validation genuine accounts
    bots than that share (for profiles read ``fediverse_view``, where the best F1's flags several times as
    many as on whole profiles: the ranking is weaker without likes)."""
    a, b = platt(m, y)
    p = calibrate(m, a, b)
    threshold = choose_threshold(p, y) if flagged is None else choose_block_threshold(p, y, flagged)
    return a, b, threshold, max(choose_block_threshold(p, y), threshold)


def train(frame: pl.DataFrame) -> tuple[xgb.Booster, dict[str, Any]]:
    """The model on all of ``frame`` plus its calibration and thresholds from out-of-fold predictions, for
    whole profiles and for profiles as Mastodon and Bluesky give them (``fediverse_view``)."""
    x = features(frame)
    y = frame["label"].to_numpy().astype(np.int64)
    oof, rounds, oof_fediverse = out_of_fold(x, y, folds(y), features(fediverse_view(frame)))
    a, b, threshold, block = decision(oof, y)
    flagged = float(np.mean(calibrate(oof, a, b)[y == 0] >= threshold))
    fa, fb, f_threshold, f_block = decision(oof_fediverse, y, flagged)
    booster = fit(x, y, rounds)
    sidecar = {
        "format": 1,
        "feature_names": list(FEATURE_NAMES),
        "threshold": threshold,
        "block_threshold": block,
        "validation": "stratified random 5-fold out-of-fold predictions of the training rows",
        "calibration": {"method": "platt", "a": round(a, 8), "b": round(b, 8)},
        # Profiles without a likes count (Mastodon, Bluesky) are scored without every field those platforms
        # lack; the same trees rank them, but their scores sit lower, so they get their own calibration and
        # thresholds from the same fold models' scores of the training rows seen that way.
        "fediverse": {
            "absent": list(FEDIVERSE_ABSENT),
            "calibration": {"method": "platt", "a": round(fa, 8), "b": round(fb, 8)},
            "threshold": f_threshold,
            "block_threshold": f_block,
        },
        "training": {
            "data_fingerprint": fingerprint(),
            "rows": len(y),
            "bots": int(y.sum()),
            "families": sorted(frame["family"].unique().to_list()),
            "params": params(),
            "rounds": rounds,
            "rounds_rule": "fewest rounds within one standard error of the best out-of-fold logloss",
            "xgboost": xgb.__version__,
            "script": "scripts/train_model.py",
        },
    }
    return booster, sidecar


def write(booster: xgb.Booster, sidecar: dict[str, Any], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    raw = bytes(booster.save_raw(raw_format="ubj"))
    (out_dir / MODEL_FILE).write_bytes(raw)
    sidecar = {**sidecar, "model_sha256": hashlib.sha256(raw).hexdigest()}
    (out_dir / SIDECAR_FILE).write_text(json.dumps(sidecar, indent=2, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ARTIFACTS, help="artifact directory")
    parser.add_argument("--check", action="store_true", help="retrain into a temp dir and compare bytes")
    args = parser.parse_args(argv)
    started = datetime.now(UTC)
    booster, sidecar = train(load_labelled())
    if args.check:
        raw = bytes(booster.save_raw(raw_format="ubj"))
        shipped = (args.out / MODEL_FILE).read_bytes()
        same = raw == shipped
        print(
            f"retrained model {'matches' if same else 'DIFFERS FROM'} {args.out / MODEL_FILE} byte for byte"
        )
        decided = ("threshold", "block_threshold", "calibration", "fediverse")
        shipped_sidecar = json.loads((args.out / SIDECAR_FILE).read_text())
        agrees = all(shipped_sidecar.get(k) == sidecar[k] for k in decided)
        print(f"calibrations and thresholds {'match' if agrees else 'DIFFER FROM'} {args.out / SIDECAR_FILE}")
        return 0 if same and agrees else 1
    write(booster, sidecar, args.out)
    secs = (datetime.now(UTC) - started).total_seconds()
    print(
        f"wrote {args.out / MODEL_FILE} (threshold {sidecar['threshold']}, "
        f"block threshold {sidecar['block_threshold']}, {secs:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
