"""Train the shipped bot/fake classifier, deterministically, from ../shared/data.

    .venv/bin/python scripts/train_model.py          # writes src/followsift/judge/artifacts/bot_model.*
    .venv/bin/python scripts/train_model.py --check  # retrains and compares with the shipped artifact

Single-threaded XGBoost with fixed seeds, so a rerun on the same data reproduces the model byte for byte.
Calibration is Platt scaling fitted on out-of-fold margins where each bot family is validated by a model that
never saw it (genuine rows spread over the folds); the default threshold is chosen on the same out-of-fold
probabilities (the training domain's validation data): the best-F1 threshold among those that flag at most
0.5% of genuine accounts.
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
MAX_GENUINE_FLAGGED = 0.005

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


def folds(y: np.ndarray, family: np.ndarray, k: int = FOLDS) -> np.ndarray:
    """Fold number per row: one fold per bot family, genuine rows spread over them at random.

    Validating each bot family on a model that never saw it is what users meet (new bot families), so the
    calibration and threshold fitted on these predictions hold up out of family. With a single bot family,
    plain stratified folds.
    """
    rng = np.random.default_rng(SEED)
    out = np.empty(len(y), dtype=np.int64)
    bot_families = sorted(set(family[y == 1].tolist()))
    n = len(bot_families) if len(bot_families) >= 2 else k
    for fam in sorted(set(family.tolist())):
        idx = np.flatnonzero(family == fam)
        if len(bot_families) >= 2 and fam in bot_families:
            out[idx] = bot_families.index(fam)
        else:
            out[idx] = rng.permutation(len(idx)) % n
    return out


def out_of_fold(x: np.ndarray, y: np.ndarray, fold: np.ndarray) -> np.ndarray:
    oof = np.empty(len(y), dtype=np.float64)
    for k in np.unique(fold):
        test = fold == k
        oof[test] = margins(fit(x[~test], y[~test]), x[test])
    return oof


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


def choose_threshold(p: np.ndarray, y: np.ndarray, max_fpr: float = MAX_GENUINE_FLAGGED) -> float:
    """Best-F1 threshold among those flagging at most ``max_fpr`` of the genuine rows.

    Candidates are a 0.001 grid from 0.05 to 0.999; when none keeps to ``max_fpr`` the one flagging the fewest
    genuine rows wins.
    """
    candidates = np.round(np.arange(0.05, 0.9995, 0.001), 3)
    n_gen = max(float(np.sum(y == 0)), 1.0)
    best: tuple[float, float, float] | None = None  # (feasible, f1 or -fpr, threshold)
    for t in candidates:
        pred = p >= t
        tp = float(np.sum(pred & (y == 1)))
        fp = float(np.sum(pred & (y == 0)))
        fn = float(np.sum(~pred & (y == 1)))
        feasible = 1.0 if fp / n_gen <= max_fpr else 0.0
        score = 2 * tp / max(2 * tp + fp + fn, 1.0) if feasible else -fp / n_gen
        if best is None or (feasible, score) > (best[0], best[1] + 1e-12):
            best = (feasible, score, float(t))
    return best[2] if best is not None else 0.5


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
