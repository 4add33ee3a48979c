"""Train the shipped bot/fake classifier, deterministically, from ../shared/data.

    .venv/bin/python scripts/train_model.py          # writes src/followsift/judge/artifacts/bot_model.*
    .venv/bin/python scripts/train_model.py --check  # retrains and compares with the shipped artifact

Single-threaded XGBoost with fixed seeds, so a rerun on the same data reproduces the model byte for byte.
Calibration is Platt scaling fitted on 5-fold out-of-fold margins; the default threshold is chosen on the same
out-of-fold probabilities (the training domain's validation data): the best-F1 threshold among those that flag
at most 0.4% of genuine accounts.
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

from followsift.judge.features import FEATURE_NAMES, profile_features  # noqa: E402

ARTIFACTS = ROOT / "src" / "followsift" / "judge" / "artifacts"
MODEL_FILE = "bot_model.ubj"
SIDECAR_FILE = "bot_model.json"
SEED = 20171
FOLDS = 5
MAX_GENUINE_FLAGGED = 0.004

PARAMS: dict[str, Any] = {
    "objective": "binary:logistic",
    "eval_metric": "logloss",
    "tree_method": "hist",
    "max_depth": 4,
    "eta": 0.08,
    "min_child_weight": 3,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "lambda": 2.0,
    "seed": SEED,
    "nthread": 1,  # one thread: histogram sums in a fixed order, so the model is byte-reproducible
}
ROUNDS = 300


def features(frame: pl.DataFrame) -> np.ndarray:
    return profile_features(frame).to_numpy().astype(np.float32)


def fit(x: np.ndarray, y: np.ndarray, rounds: int = ROUNDS) -> xgb.Booster:
    dtrain = xgb.DMatrix(x, label=y, feature_names=list(FEATURE_NAMES), missing=np.nan)
    return xgb.train(PARAMS, dtrain, num_boost_round=rounds)


def margins(booster: xgb.Booster, x: np.ndarray) -> np.ndarray:
    dm = xgb.DMatrix(x, feature_names=list(FEATURE_NAMES), missing=np.nan)
    return np.asarray(booster.predict(dm, output_margin=True), dtype=np.float64)


def folds(y: np.ndarray, strata: np.ndarray, k: int = FOLDS) -> np.ndarray:
    """Fold number per row, stratified by ``strata`` (family), from a fixed seed."""
    rng = np.random.default_rng(SEED)
    out = np.empty(len(y), dtype=np.int64)
    for s in np.unique(strata):
        idx = np.flatnonzero(strata == s)
        out[idx] = rng.permutation(len(idx)) % k
    return out


def out_of_fold(x: np.ndarray, y: np.ndarray, fold: np.ndarray) -> np.ndarray:
    oof = np.empty(len(y), dtype=np.float64)
    for k in np.unique(fold):
        test = fold == k
        oof[test] = margins(fit(x[~test], y[~test]), x[test])
    return oof


def platt(m: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling p = 1/(1+exp(-(a*m+b))) by Newton's method, with Platt's smoothed targets."""
    n_pos, n_neg = float(y.sum()), float(len(y) - y.sum())
    t = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    a, b = 1.0, 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-(a * m + b)))
        g = np.array([np.sum((p - t) * m), np.sum(p - t)])
        w = p * (1 - p) + 1e-12
        h = np.array([[np.sum(w * m * m), np.sum(w * m)], [np.sum(w * m), np.sum(w)]]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-10:
            break
    return float(a), float(b)


def calibrate(m: np.ndarray, a: float, b: float) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-(a * m + b))))


def choose_threshold(p: np.ndarray, y: np.ndarray, max_fpr: float = MAX_GENUINE_FLAGGED) -> float:
    """Best-F1 threshold among those flagging at most ``max_fpr`` of the genuine rows."""
    best_t, best_f1 = 0.5, -1.0
    for t in np.round(np.arange(0.05, 0.96, 0.01), 2):
        pred = p >= t
        tp = float(np.sum(pred & (y == 1)))
        fp = float(np.sum(pred & (y == 0)))
        fn = float(np.sum(~pred & (y == 1)))
        if fp / max(float(np.sum(y == 0)), 1.0) > max_fpr:
            continue
        f1 = 2 * tp / max(2 * tp + fp + fn, 1.0)
        if f1 > best_f1 + 1e-12:
            best_t, best_f1 = float(t), f1
    return best_t


def train(frame: pl.DataFrame) -> tuple[xgb.Booster, dict[str, Any]]:
    """The model on all of ``frame`` plus its calibration and threshold from out-of-fold predictions."""
    x = features(frame)
    y = frame["label"].to_numpy().astype(np.int64)
    oof = out_of_fold(x, y, folds(y, frame["family"].to_numpy()))
    a, b = platt(oof, y)
    threshold = choose_threshold(calibrate(oof, a, b), y)
    booster = fit(x, y)
    sidecar = {
        "format": 1,
        "feature_names": list(FEATURE_NAMES),
        "threshold": threshold,
        "calibration": {"method": "platt", "a": round(a, 8), "b": round(b, 8)},
        "training": {
            "data_fingerprint": fingerprint(),
            "rows": len(y),
            "bots": int(y.sum()),
            "families": sorted(frame["family"].unique().to_list()),
            "params": PARAMS,
            "rounds": ROUNDS,
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
        return 0 if same else 1
    write(booster, sidecar, args.out)
    secs = (datetime.now(UTC) - started).total_seconds()
    print(f"wrote {args.out / MODEL_FILE} (threshold {sidecar['threshold']}, {secs:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
