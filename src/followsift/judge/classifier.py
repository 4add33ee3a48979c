"""Gradient-boosted bot/fake classifier over profile features (issue 3).

Interface every caller relies on::

    clf = BotClassifier.load()            # the artifact shipped in followsift/judge/artifacts/
    scores = clf.predict(frame)           # frame in judge.frame.ACCOUNT_SCHEMA
    scores.probability                    # numpy float array, calibrated P(automated or fake)
    scores.reasons                        # per row: plain sentences from the largest contributions
    clf.threshold                         # default decision threshold (is_bot) written into the artifact
    clf.block_threshold                   # stricter threshold for blocking: <= 0.2% of validation genuine above it

The artifact is an XGBoost model (``bot_model.ubj``) and a JSON sidecar (feature names, Platt calibration,
threshold, training-data fingerprint) made by ``scripts/train_model.py``. Reasons come from per-feature
contributions (``pred_contribs``), summed into a few topics a person recognises and written as sentences
with the account's own numbers; everything is columnar, no per-account Python.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from followsift.errors import ModelError
from followsift.judge.features import (
    FEATURE_NAMES,
    FEDIVERSE_ABSENT,
    FEDIVERSE_ABSENT_FEATURES,
    POST_FEATURES,
    fediverse_view,
    lacks_likes,
    profile_features,
)

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
        if "fediverse" in sidecar:
            _FediverseScale.of(sidecar)
    except (ValueError, KeyError, TypeError) as err:
        raise ModelError(
            f"model sidecar {sidecar_path} is unreadable ({err}): reinstall followsift"
        ) from None
    if tuple(names) != FEATURE_NAMES:
        raise ModelError(
            f"model artifact {model_path} was trained on other features than this followsift computes: "
            "run scripts/train_model.py"
        )
    if "fediverse" in sidecar and tuple(sidecar["fediverse"].get("absent", ())) != FEDIVERSE_ABSENT:
        # That calibration holds only for profiles read without exactly the fields this followsift empties.
        raise ModelError(
            f"model artifact {model_path} was calibrated for Mastodon/Bluesky profiles without other fields "
            "than this followsift leaves out: run scripts/train_model.py"
        )
    try:
        booster = xgb.Booster(params={"nthread": NTHREAD})
        booster.load_model(bytearray(model_path.read_bytes()))
    except xgb.core.XGBoostError as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else "unknown error"
        raise ModelError(f"model artifact {model_path} is corrupt ({first}): reinstall followsift") from None
    return booster, sidecar


def _logit(p: float) -> float:
    return float(np.log(p / (1.0 - p)))


@dataclass(frozen=True, slots=True)
class _FediverseScale:
    """How raw scores of profiles without likes (Mastodon, Bluesky: ``fediverse_view``) become probabilities.

    The trees rank such profiles well but score them lower across the board, so they have their own Platt
    calibration and thresholds, chosen by the same rules on the fold models' scores of the training rows seen
    that way. The calibrated log-odds are then moved, piecewise linearly, so that their own threshold and
    block threshold land on the model's: one ``threshold`` and one ``block_threshold`` (and the owner's
    configured ones) hold for every row."""

    a: float
    b: float
    #: Log-odds of this view's threshold and block threshold, and of the model's, in that order.
    own: tuple[float, float]
    model: tuple[float, float]

    @classmethod
    def of(cls, sidecar: dict[str, Any]) -> _FediverseScale:
        view = sidecar["fediverse"]
        main_threshold = float(sidecar["threshold"])
        main_block = max(float(sidecar.get("block_threshold", main_threshold)), main_threshold)
        own_threshold = float(view["threshold"])
        own_block = max(float(view["block_threshold"]), own_threshold)
        for t in (main_threshold, main_block, own_threshold, own_block):
            if not 0.0 < t < 1.0:
                raise ValueError(f"threshold {t} is not between 0 and 1")
        return cls(
            float(view["calibration"]["a"]),
            float(view["calibration"]["b"]),
            (_logit(own_threshold), _logit(own_block)),
            (_logit(main_threshold), _logit(main_block)),
        )

    def probability(self, margin: np.ndarray) -> np.ndarray:
        z = self.a * margin + self.b
        (t0, t1), (m0, m1) = self.own, self.model
        if t1 > t0:
            # Linear between the two thresholds, a plain shift below and above them.
            moved = np.interp(z, (t0, t1), (m0, m1)) + np.minimum(z - t0, 0.0) + np.maximum(z - t1, 0.0)
        else:
            moved = z + (m0 - t0)
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(moved, -500.0, 500.0))))


class BotClassifier:
    threshold: float = 0.5

    def __init__(self, booster: Any, sidecar: dict[str, Any]) -> None:
        self._booster = booster
        self.sidecar = sidecar
        self.threshold = float(sidecar["threshold"])
        self._block_threshold = float(sidecar.get("block_threshold", self.threshold))
        self._a = float(sidecar["calibration"]["a"])
        self._b = float(sidecar["calibration"]["b"])
        self._fediverse = _FediverseScale.of(sidecar) if "fediverse" in sidecar else None

    @property
    def block_threshold(self) -> float:
        """Probability above which blocking is advised: chosen so at most 0.2% of the training domain's
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
        frame, feats, x, probability = self._score(frame)
        if not explain or feats.height == 0:
            return BotScores(probability, [])
        return BotScores(probability, self._explain(frame, feats, x, probability).to_list())

    def explain(self, frame: pl.DataFrame) -> pl.Series:
        """``predict(frame).reasons`` as a list-of-strings column (no Python lists on the way)."""
        frame, feats, x, probability = self._score(frame)
        if feats.height == 0:
            return pl.Series("reasons", [], dtype=pl.List(pl.Utf8))
        return self._explain(frame, feats, x, probability)

    def _score(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, np.ndarray, np.ndarray]:
        """The frame as scored (profiles without likes read as Mastodon and Bluesky give them), its features,
        the float32 feature array and the calibrated probability of every row."""
        scale, rows = self._fediverse, None
        if scale is not None:
            mask = frame.select(lacks_likes()).to_series()
            if mask.any():
                # Reasons then never cite what the platform cannot show ("no location", "never liked").
                frame, rows = fediverse_view(frame, mask), mask.to_numpy()
        feats = profile_features(frame)
        if feats.height == 0:
            empty = np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
            return frame, feats, empty, np.zeros(0, dtype=np.float64)
        x = np.ascontiguousarray(feats.to_numpy().astype(np.float32, copy=False))
        # In-place prediction on the float32 array: no DMatrix copy; columns are in FEATURE_NAMES order.
        margin = np.asarray(
            self._booster.inplace_predict(x, predict_type="margin", missing=np.nan), dtype=np.float64
        )
        probability = 1.0 / (1.0 + np.exp(-(self._a * margin + self._b)))
        if scale is not None and rows is not None:
            probability[rows] = scale.probability(margin[rows])
        return frame, feats, x, probability

    def _explain(
        self, frame: pl.DataFrame, feats: pl.DataFrame, x: np.ndarray, probability: np.ndarray
    ) -> pl.Series:
        import xgboost as xgb

        # Saabas contributions: the same per-feature attribution idea as SHAP at a fraction of the cost.
        dm = xgb.DMatrix(x, feature_names=list(FEATURE_NAMES), missing=np.nan, nthread=NTHREAD)
        paths = _path_table(self._booster)
        if paths is not None:
            leaves = np.asarray(self._booster.predict(dm, pred_leaf=True))
            contribs = paths.contributions(leaves, x.shape[0])
        else:
            contribs = np.asarray(self._booster.predict(dm, pred_contribs=True, approx_contribs=True))[:, :-1]
        return explain_rows(frame, feats, contribs, probability >= self.threshold)


# ---------------------------------------------------------------------------------------------------------
# Saabas contributions from leaf ids.


@dataclass(frozen=True, slots=True)
class _PathTable:
    """Per feature, the trees that split on it and, per leaf of such a tree, what the path to that leaf adds
    to the feature's contribution.

    Saabas attribution gives each split on a leaf's path the change in the subtree mean it causes, so a
    tree's contribution to a feature depends only on the leaf a row lands in. XGBoost
    (``pred_contribs=True, approx_contribs=True``) adds each tree's per-feature float32 total in tree order;
    ``contributions`` adds the same float32 numbers in the same order, so its output is bit for bit the same.
    """

    #: (feature, [(tree, float32 addend per node id), ...] in tree order)
    columns: tuple[tuple[int, tuple[tuple[int, np.ndarray], ...]], ...]

    def contributions(self, leaves: np.ndarray, n: int) -> np.ndarray:
        """(n, features) float32 contributions from ``pred_leaf`` output (n, trees)."""
        by_tree = np.ascontiguousarray(leaves.reshape(n, -1).T).astype(np.intp)
        out = np.zeros((len(FEATURE_NAMES), n), dtype=np.float32)
        for feature, parts in self.columns:
            column = out[feature]
            for tree, addend in parts:
                column += addend[by_tree[tree]]
        return out.T


_PATH_TABLES: dict[int, tuple[Any, _PathTable | None]] = {}


def _path_table(booster: Any) -> _PathTable | None:
    """The booster's ``_PathTable``, built once; None for models it does not cover (XGBoost explains those)."""
    cached = _PATH_TABLES.get(id(booster))
    if cached is None or cached[0] is not booster:
        cached = (booster, _build_path_table(booster))
        _PATH_TABLES[id(booster)] = cached
    return cached[1]


def _build_path_table(booster: Any) -> _PathTable | None:
    try:
        model = json.loads(bytes(booster.save_raw("json")))
        learner = model["learner"]
        gbm = learner["gradient_booster"]
        param = learner["learner_model_param"]
        trees = gbm["model"]["trees"]
        if (
            gbm.get("name") != "gbtree"
            or int(param.get("num_class", "0")) > 1
            or int(param.get("num_target", "1")) != 1
            or any(int(i) != 0 for i in gbm["model"].get("tree_info", []))
            or int(param.get("num_feature", "0")) != len(FEATURE_NAMES)
        ):
            return None
        per_feature: dict[int, list[tuple[int, np.ndarray]]] = {}
        for index, tree in enumerate(trees):
            if any(int(t) != 0 for t in tree.get("split_type", [])) or tree.get("categories"):
                return None
            for feature, addend in _tree_addends(tree).items():
                per_feature.setdefault(feature, []).append((index, addend))
    except (KeyError, TypeError, ValueError):
        return None
    return _PathTable(tuple((f, tuple(parts)) for f, parts in sorted(per_feature.items())))


def _tree_addends(tree: dict[str, Any]) -> dict[int, np.ndarray]:
    """Per feature split on in ``tree``, the float32 total the path to each leaf adds to it (0 elsewhere).

    Follows XGBoost's float32 arithmetic: node means are cover-weighted child means (left first), and a
    path adds, per split, the child's mean minus the node's, summed per feature in path order.
    """
    left, right = tree["left_children"], tree["right_children"]
    split = tree["split_indices"]
    value = np.asarray(tree["split_conditions"], dtype=np.float32)
    hess = np.asarray(tree["sum_hessian"], dtype=np.float32)
    n = len(left)
    mean = np.zeros(n, dtype=np.float32)
    order: list[int] = []
    stack = [0]
    while stack:  # parents before children; means are then filled children first
        node = stack.pop()
        order.append(node)
        if left[node] != -1:
            stack += [left[node], right[node]]
    with np.errstate(all="ignore"):
        for node in reversed(order):
            if left[node] == -1:
                mean[node] = value[node]
            else:
                total = np.float32(mean[left[node]] * hess[left[node]])
                total = np.float32(total + np.float32(mean[right[node]] * hess[right[node]]))
                mean[node] = np.float32(total / hess[node])
    addends: dict[int, np.ndarray] = {}
    paths: list[tuple[int, list[int]]] = [(0, [])]
    with np.errstate(all="ignore"):
        while paths:
            node, path = paths.pop()
            if left[node] != -1:
                paths += [(left[node], [*path, node]), (right[node], [*path, node])]
                continue
            totals: dict[int, np.float32] = {}
            steps = [*path, node]
            for parent, child in itertools.pairwise(steps):
                step = np.float32(mean[child] - mean[parent])
                totals[split[parent]] = np.float32(totals.get(split[parent], np.float32(0)) + step)
            # (the leaf's own term, its value minus its mean, is zero)
            for feature, total in totals.items():
                addends.setdefault(int(feature), np.zeros(n, dtype=np.float32))[node] = total
    return addends


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
    return _counted(_thousands(n), n, word)


def _counted(written: pl.Expr, n: pl.Expr, word: str) -> pl.Expr:
    """ "1 post", "2,310 posts": ``written`` is ``n`` as ``_thousands`` writes it."""
    return pl.format("{} {}", written, pl.when(n == 1).then(pl.lit(word)).otherwise(pl.lit(word + "s")))


def _sentences() -> dict[str, tuple[list[dict[str, pl.Expr]], pl.Expr]]:
    """Per topic, helper columns to add first (stage by stage) and the sentence expression, over ``frame``
    columns joined with ``f_``-prefixed features.

    A sentence that repeats a long piece (a number with separators, "3 years") gets it from a helper column:
    the one long expression would cost polars more to plan, every batch, than to run.
    """
    followers, following = pl.col("followers_count").fill_null(0), pl.col("following_count").fill_null(0)
    ratio = pl.col("f_followers_following_ratio")
    f4f = (following >= 1000) & (ratio >= 0.8) & (ratio <= 1.25)
    follow_helpers = [
        {"_following": _thousands(following), "_followers": _thousands(followers)},
        {"_pair": pl.format("{} following and {} followers", pl.col("_following"), pl.col("_followers"))},
    ]
    pair = pl.col("_pair")
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
    # _plural and _age_phrase, staged.
    years, months, days = (age / 365.25).floor(), (age / 30.44).floor(), age.floor().clip(lower_bound=1)
    activity_helpers = [
        {
            "_posts_n": _thousands(posts),
            "_years_n": _thousands(years),
            "_months_n": _thousands(months),
            "_days_n": _thousands(days),
            "_per_day_n": _thousands(per_day.round(0)),
        },
        {
            "_posts": _counted(pl.col("_posts_n"), posts, "post"),
            "_age": pl.when(age >= 365.25)
            .then(_counted(pl.col("_years_n"), years, "year"))
            .when(age >= 60)
            .then(_counted(pl.col("_months_n"), months, "month"))
            .otherwise(_counted(pl.col("_days_n"), days, "day")),
        },
    ]
    activity = (
        pl.when(pl.col("posts_count").is_null())
        .then(pl.lit(None, pl.Utf8))  # unknown is not "0 posts"
        .when(age.is_null())
        .then(pl.col("_posts"))
        .when(per_day >= 50)
        .then(pl.format("{} in {}: about {} a day", pl.col("_posts"), pl.col("_age"), pl.col("_per_day_n")))
        .otherwise(pl.format("{} in {}", pl.col("_posts"), pl.col("_age")))
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
    # A profile read as Mastodon and Bluesky give them (no likes count) has no location or link field at all.
    whole = ~lacks_likes()
    missing = pl.concat_str(
        [
            pl.when(pl.col("f_default_avatar") > 0).then(pl.lit("default avatar")),
            pl.when(pl.col("f_has_name") == 0).then(pl.lit("no name")),
            pl.when(pl.col("f_has_bio") == 0).then(pl.lit("no bio")),
            pl.when(whole & (pl.col("f_has_location") == 0)).then(pl.lit("no location")),
            pl.when(whole & (pl.col("f_has_url") == 0)).then(pl.lit("no link")),
        ],
        separator=", ",
        ignore_nulls=True,
    )
    profile = (
        pl.when(missing.str.len_chars() > 0)
        .then(missing)
        .when(whole)
        .then(pl.lit("complete profile: avatar, name, bio, location and link"))
        .otherwise(pl.lit("complete profile: avatar, name and bio"))
    )
    handle = pl.col("handle").fill_null("")
    names = (
        pl.when(pl.col("f_handle_digits") >= 3)
        .then(pl.format("handle @{} carries {}", handle, _plural(pl.col("f_handle_digits"), "digit")))
        .when(pl.col("f_name_is_handle") > 0)
        .then(pl.format("display name just repeats the handle @{}", handle))
        .when(handle.str.len_chars() > 0)
        .then(pl.format("handle @{}", handle))
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
        "follow": (follow_helpers, follow),
        "activity": (activity_helpers, activity),
        "likes": ([], likes_s),
        "standing": ([], standing),
        "profile": ([], profile),
        "names": ([], names),
        "bio_text": ([], bio_text),
        "posts": ([], posts_s),
    }


def _as_sentence(text: pl.Expr) -> pl.Expr:
    """A capital first letter and a full stop, so model reasons read like the rule signals' sentences."""
    return pl.concat_str([text.str.slice(0, 1).str.to_uppercase(), text.str.slice(1), pl.lit(".")])


def explain_rows(
    frame: pl.DataFrame, feats: pl.DataFrame, contribs: np.ndarray, is_bot: np.ndarray
) -> pl.Series:
    """Per row, up to ``MAX_REASONS`` sentences for the topics that pushed hardest toward the verdict."""
    index = {n: i for i, n in enumerate(FEATURE_NAMES)}
    fediverse = frame.select(lacks_likes()).to_series().to_numpy()
    if fediverse.any():
        # What such a profile cannot show is no reason: the trees still route its empty fields somewhere.
        absent = np.asarray([index[f] for f in FEDIVERSE_ABSENT_FEATURES], dtype=np.intp)
        contribs[np.ix_(fediverse, absent)] = 0.0
    topics = list(TOPICS)
    topic_contrib = np.stack([contribs[:, [index[f] for f in TOPICS[t]]].sum(axis=1) for t in topics], axis=1)
    # Toward the verdict: positive contributions explain a bot, negative ones a genuine account.
    signed = np.where(is_bot[:, None], topic_contrib, -topic_contrib)
    order = np.argsort(-signed, axis=1, kind="stable")[:, :MAX_REASONS]
    strength = np.take_along_axis(signed, order, axis=1)
    n = contribs.shape[0]
    if n == 0:
        return pl.Series("reasons", [], dtype=pl.List(pl.Utf8))
    # The (row, rank) slots that get a sentence, row by row and best rank first.
    rows, ranks = np.nonzero(strength > 0.05)
    topic_of = order[rows, ranks]
    base = pl.concat(
        [
            frame.select(
                "handle", "followers_count", "following_count", "posts_count", "likes_count", "listed_count"
            ),
            feats.rename({c: f"f_{c}" for c in feats.columns}),
        ],
        how="horizontal",
    )
    # Each topic's sentence is written only for the rows that picked it, into its slot.
    slots = pl.repeat(None, n * MAX_REASONS, dtype=pl.Utf8, eager=True)
    for t, (helpers, expr) in enumerate(_sentences().values()):
        at = np.flatnonzero(topic_of == t)
        if at.size:
            part = base[rows[at]]
            for stage in helpers:
                part = part.with_columns(**stage)
            said = part.select(_as_sentence(expr)).to_series()
            slots.scatter(rows[at] * MAX_REASONS + ranks[at], said)
    return slots.reshape((n, MAX_REASONS)).arr.to_list().list.drop_nulls().alias("reasons")
