"""Gradient-boosted bot/fake classifier over profile features (issue 3).

Interface every caller relies on::

    clf = BotClassifier.load()            # the artifact shipped in followsift/judge/artifacts/
    scores = clf.predict(frame)           # frame in judge.frame.ACCOUNT_SCHEMA
    scores.probability                    # numpy float array, calibrated P(automated or fake)
    scores.reasons                        # per row: plain sentences from the largest contributions
    clf.threshold                         # default decision threshold (is_bot) written into the artifact
    clf.block_threshold                   # stricter threshold for blocking: <= 0.5% of validation genuine above it

The artifact is an XGBoost model (``bot_model.ubj``) and a JSON sidecar (feature names, Platt calibration,
threshold, training-data fingerprint) made by ``scripts/train_model.py``. Reasons come from per-feature
contributions (``pred_contribs``), summed into a few topics a person recognises and written as sentences
with the account's own numbers; everything is columnar, no per-account Python.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from followsift.errors import ModelError
from followsift.judge.features import FEATURE_NAMES, POST_FEATURES, profile_features

__all__ = ["ARTIFACT_DIR", "BotClassifier", "BotScores"]

ARTIFACT_DIR = Path(__file__).resolve().parent / "artifacts"
MODEL_FILE = "bot_model.ubj"
SIDECAR_FILE = "bot_model.json"
MAX_REASONS = 3
#: Prediction threads, set explicitly: XGBoost's default (every core) oversubscribes a machine whose other
#: cores read the next batch, and a few hundred shallow trees gain little past a handful of threads.
NTHREAD = max(1, min(4, os.cpu_count() or 1))

#: Features summed into one explanation each; the sentence for a topic quotes the account's numbers.
TOPICS: dict[str, tuple[str, ...]] = {
    "follow": (
        "followers_count",
        "following_count",
        "followers_following_ratio",
        "followers_ge_30",
        "followers_x2_ge_following",
        "followers_per_day",
        "following_per_day",
    ),
    "activity": ("posts_count", "posts_per_day", "posts_ge_50", "age_days"),
    "likes": ("likes_count", "likes_per_day", "likes_per_post"),
    "standing": ("listed_count", "listed_per_day", "verified"),
    "profile": (
        "default_avatar",
        "default_profile",
        "has_name",
        "has_bio",
        "has_url",
        "has_location",
        "completeness",
        "bio_length",
        "name_length",
    ),
    "names": ("handle_length", "handle_digits", "name_digits", "name_is_handle"),
    "bio_text": ("bio_has_link", "bio_hashtags", "bio_mentions", "bio_follow_back", "bio_says_bot"),
    "posts": POST_FEATURES,
}


@dataclass(slots=True)
class BotScores:
    probability: np.ndarray
    reasons: list[list[str]] = field(default_factory=list)


@functools.cache
def _load_artifact(directory: str) -> tuple[Any, dict[str, Any]]:
    """Booster and sidecar of the artifact in ``directory``, loaded once per process."""
    import xgboost as xgb  # imported here: only scoring needs it, and it costs ~0.3 s

    d = Path(directory)
    model_path, sidecar_path = d / MODEL_FILE, d / SIDECAR_FILE
    for p in (model_path, sidecar_path):
        if not p.is_file():
            raise ModelError(
                f"model artifact {p} is missing: reinstall followsift or run scripts/train_model.py"
            )
    try:
        sidecar = json.loads(sidecar_path.read_text())
        names = sidecar["feature_names"]
        float(sidecar["threshold"])
        float(sidecar.get("block_threshold", sidecar["threshold"]))
        float(sidecar["calibration"]["a"]), float(sidecar["calibration"]["b"])
    except (ValueError, KeyError, TypeError) as err:
        raise ModelError(
            f"model sidecar {sidecar_path} is unreadable ({err}): reinstall followsift"
        ) from None
    if tuple(names) != FEATURE_NAMES:
        raise ModelError(
            f"model artifact {model_path} was trained on other features than this followsift computes: "
            "run scripts/train_model.py"
        )
    try:
        booster = xgb.Booster(params={"nthread": NTHREAD})
        booster.load_model(bytearray(model_path.read_bytes()))
    except xgb.core.XGBoostError as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else "unknown error"
        raise ModelError(f"model artifact {model_path} is corrupt ({first}): reinstall followsift") from None
    return booster, sidecar


class BotClassifier:
    threshold: float = 0.5

    def __init__(self, booster: Any, sidecar: dict[str, Any]) -> None:
        self._booster = booster
        self.sidecar = sidecar
        self.threshold = float(sidecar["threshold"])
        self._block_threshold = float(sidecar.get("block_threshold", self.threshold))
        self._a = float(sidecar["calibration"]["a"])
        self._b = float(sidecar["calibration"]["b"])

    @property
    def block_threshold(self) -> float:
        """Probability above which blocking is advised: chosen so at most 0.5% of the training domain's
        validation genuine accounts exceed it. Never below ``threshold``."""
        return max(self._block_threshold, self.threshold)

    @classmethod
    def load(cls, path: Path | None = None) -> BotClassifier:
        """The classifier in ``path`` (a directory holding the artifact), by default the shipped one."""
        directory = Path(path) if path is not None else ARTIFACT_DIR
        if directory.is_file():
            directory = directory.parent
        booster, sidecar = _load_artifact(str(directory.resolve()))
        return cls(booster, sidecar)

    def predict(self, frame: pl.DataFrame, *, explain: bool = True) -> BotScores:
        feats = profile_features(frame)
        if feats.height == 0:
            return BotScores(np.zeros(0, dtype=np.float64), [])
        x = np.ascontiguousarray(feats.to_numpy().astype(np.float32, copy=False))
        # In-place prediction on the float32 array: no DMatrix copy; columns are in FEATURE_NAMES order.
        margin = np.asarray(
            self._booster.inplace_predict(x, predict_type="margin", missing=np.nan), dtype=np.float64
        )
        probability = 1.0 / (1.0 + np.exp(-(self._a * margin + self._b)))
        if not explain:
            return BotScores(probability, [])
        import xgboost as xgb

        # Saabas contributions: the same per-feature attribution idea as SHAP at a fraction of the cost.
        dm = xgb.DMatrix(x, feature_names=list(FEATURE_NAMES), missing=np.nan, nthread=NTHREAD)
        contribs = np.asarray(self._booster.predict(dm, pred_contribs=True, approx_contribs=True))
        reasons = explain_rows(frame, feats, contribs[:, :-1], probability >= self.threshold)
        return BotScores(probability, reasons)


# ---------------------------------------------------------------------------------------------------------
# Sentences.


def _thousands(expr: pl.Expr) -> pl.Expr:
    """Integer with thousands separators ("21,048"), vectorised."""
    n = expr.cast(pl.Int64)
    a = n.abs()

    def part(e: pl.Expr) -> pl.Expr:
        return (e % 1000).cast(pl.Utf8).str.zfill(3)

    millions = pl.format("{},{},{}", (a // 1_000_000).cast(pl.Utf8), part(a // 1000), part(a))
    thousands = pl.format("{},{}", (a // 1000).cast(pl.Utf8), part(a))
    body = pl.when(a >= 1_000_000).then(millions).when(a >= 1000).then(thousands).otherwise(a.cast(pl.Utf8))
    return pl.when(n < 0).then(pl.lit("-") + body).otherwise(body)


def _plural(n: pl.Expr, word: str) -> pl.Expr:
    return pl.format("{} {}", _thousands(n), pl.when(n == 1).then(pl.lit(word)).otherwise(pl.lit(word + "s")))


def _age_phrase(days: pl.Expr) -> pl.Expr:
    years = (days / 365.25).floor()
    months = (days / 30.44).floor()
    return (
        pl.when(days >= 365.25)
        .then(_plural(years, "year"))
        .when(days >= 60)
        .then(_plural(months, "month"))
        .otherwise(_plural(days.floor().clip(lower_bound=1), "day"))
    )


def _sentences() -> dict[str, pl.Expr]:
    """One sentence expression per topic over ``frame`` columns joined with ``f_``-prefixed features."""
    followers, following = pl.col("followers_count").fill_null(0), pl.col("following_count").fill_null(0)
    ratio = pl.col("f_followers_following_ratio")
    f4f = (following >= 1000) & (ratio >= 0.8) & (ratio <= 1.25)
    pair = pl.format("{} following and {} followers", _thousands(following), _thousands(followers))
    follow = (
        pl.when(f4f)
        .then(pl.format("{}: the follow-for-follow pattern", pair))
        .when((following >= 100) & (following > 2 * followers))
        .then(pl.format("{}: follows far more accounts than follow it", pair))
        .when((followers >= 1000) & (followers >= 10 * following))
        .then(pl.format("{}: an audience that follows without being followed back", pair))
        .otherwise(pair)
    )
    posts, age = pl.col("posts_count").fill_null(0), pl.col("f_age_days")
    per_day = pl.col("f_posts_per_day")
    activity = (
        pl.when(age.is_null())
        .then(_plural(posts, "post"))
        .when(per_day >= 50)
        .then(
            pl.format(
                "{} in {}: about {} a day",
                _plural(posts, "post"),
                _age_phrase(age),
                _thousands(per_day.round(0)),
            )
        )
        .otherwise(pl.format("{} in {}", _plural(posts, "post"), _age_phrase(age)))
    )
    likes = pl.col("likes_count").fill_null(0)
    likes_s = (
        pl.when(likes == 0)
        .then(pl.lit("has never liked a post"))
        .otherwise(pl.format("{} given", _plural(likes, "like")))
    )
    listed = pl.col("listed_count").fill_null(0)
    standing = (
        pl.when(pl.col("f_verified") > 0)
        .then(pl.lit("verified account"))
        .when(listed == 0)
        .then(pl.lit("on no one's lists"))
        .otherwise(pl.format("on {}", _plural(listed, "list")))
    )
    missing = pl.concat_str(
        [
            pl.when(pl.col("f_default_avatar") > 0).then(pl.lit("default avatar")),
            pl.when(pl.col("f_has_name") == 0).then(pl.lit("no name")),
            pl.when(pl.col("f_has_bio") == 0).then(pl.lit("no bio")),
            pl.when(pl.col("f_has_location") == 0).then(pl.lit("no location")),
            pl.when(pl.col("f_has_url") == 0).then(pl.lit("no link")),
        ],
        separator=", ",
        ignore_nulls=True,
    )
    profile = (
        pl.when(missing.str.len_chars() > 0)
        .then(missing)
        .otherwise(pl.lit("complete profile: avatar, name, bio, location and link"))
    )
    handle = pl.col("handle").fill_null("")
    names = (
        pl.when(pl.col("f_handle_digits") >= 3)
        .then(pl.format("handle @{} carries {}", handle, _plural(pl.col("f_handle_digits"), "digit")))
        .when(pl.col("f_name_is_handle") > 0)
        .then(pl.format("display name just repeats the handle @{}", handle))
        .otherwise(pl.format("handle @{}", handle))
    )
    bio_text = (
        pl.when(pl.col("f_bio_says_bot") > 0)
        .then(pl.lit("describes itself as a bot or automated"))
        .when(pl.col("f_bio_follow_back") > 0)
        .then(pl.lit("asks for follow-backs"))
        .when(pl.col("f_bio_hashtags") >= 3)
        .then(pl.format("bio stuffed with {}", _plural(pl.col("f_bio_hashtags"), "hashtag")))
        .when(pl.col("f_bio_has_link") > 0)
        .then(pl.lit("bio carries a link"))
        .otherwise(pl.lit("plain bio without links or hashtags"))
    )

    def pct(c: str) -> pl.Expr:
        return (pl.col(c) * 100).round(0).cast(pl.Int64).cast(pl.Utf8)

    posts_s = (
        pl.when(pl.col("f_post_duplicate_share") >= 0.3)
        .then(pl.format("{}% of recent posts repeat the same text", pct("f_post_duplicate_share")))
        .when(pl.col("f_post_link_share") >= 0.5)
        .then(pl.format("{}% of recent posts carry links", pct("f_post_link_share")))
        .when(pl.col("f_post_repost_share") >= 0.8)
        .then(pl.format("{}% of recent posts are reposts", pct("f_post_repost_share")))
        .when(pl.col("f_post_interval_cv") < 0.3)
        .then(pl.lit("posts at clockwork-regular intervals"))
        .otherwise(pl.lit("recent posts look varied"))
    )
    return {
        "follow": follow,
        "activity": activity,
        "likes": likes_s,
        "standing": standing,
        "profile": profile,
        "names": names,
        "bio_text": bio_text,
        "posts": posts_s,
    }


def _as_sentence(text: pl.Expr) -> pl.Expr:
    """A capital first letter and a full stop, so model reasons read like the rule signals' sentences."""
    return pl.concat_str([text.str.slice(0, 1).str.to_uppercase(), text.str.slice(1), pl.lit(".")])


def explain_rows(
    frame: pl.DataFrame, feats: pl.DataFrame, contribs: np.ndarray, is_bot: np.ndarray
) -> list[list[str]]:
    """Per row, up to ``MAX_REASONS`` sentences for the topics that pushed hardest toward the verdict."""
    index = {n: i for i, n in enumerate(FEATURE_NAMES)}
    topics = list(TOPICS)
    topic_contrib = np.stack([contribs[:, [index[f] for f in TOPICS[t]]].sum(axis=1) for t in topics], axis=1)
    # Toward the verdict: positive contributions explain a bot, negative ones a genuine account.
    signed = np.where(is_bot[:, None], topic_contrib, -topic_contrib)
    order = np.argsort(-signed, axis=1, kind="stable")[:, :MAX_REASONS]
    strength = np.take_along_axis(signed, order, axis=1)
    rank_cols = {f"_r{k}": np.where(strength[:, k] > 0.05, order[:, k], -1) for k in range(MAX_REASONS)}
    base = pl.concat(
        [
            frame.select(
                "handle", "followers_count", "following_count", "posts_count", "likes_count", "listed_count"
            ),
            feats.rename({c: f"f_{c}" for c in feats.columns}),
            pl.DataFrame(rank_cols),
        ],
        how="horizontal",
    )
    # Each topic's sentence is computed once, only where some rank picked it, then chosen per rank.
    picked = [pl.col(f"_r{k}") for k in range(MAX_REASONS)]
    sentences = {
        f"_s{t}": pl.when(pl.any_horizontal([c == t for c in picked])).then(expr)
        for t, expr in enumerate(_sentences().values())
    }
    base = base.with_columns(**sentences)
    picks = []
    for k in range(MAX_REASONS):
        expr: Any = pl.lit(None, pl.Utf8)
        for t_index in reversed(range(len(topics))):
            expr = pl.when(pl.col(f"_r{k}") == t_index).then(pl.col(f"_s{t_index}")).otherwise(expr)
        picks.append(_as_sentence(expr))
    listed = base.select(pl.concat_list(picks).list.drop_nulls().alias("reasons"))["reasons"]
    return listed.to_list()
