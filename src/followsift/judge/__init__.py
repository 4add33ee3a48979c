"""The judge: model, rule signals and interests combined into one verdict per account.

``Judge.judge_columns(frame)`` is the vectorised core (used by ``score`` on millions of rows);
``Judge.judge(accounts)`` wraps it for lists of ``Account`` records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import polars as pl

from followsift.config import Settings
from followsift.judge.classifier import BotClassifier
from followsift.judge.frame import accounts_to_frame
from followsift.judge.interests import InterestMatcher
from followsift.judge.signals import (
    SIGNAL_FLAGS,
    SignalContext,
    compute_signals,
    declared_bots,
    fixed0,
    percent,
    signal_reason_exprs,
    thousands,
    with_declared_bots,
)
from followsift.model import FLAGS, Account, InterestMatch, Verdict

__all__ = ["Judge", "SignalContext"]

_INTEREST_TYPE = pl.List(pl.Struct({"name": pl.Utf8, "score": pl.Float64, "evidence": pl.Utf8}))
#: Flags after which a shared interest does not count: topic words in promo or porn are bait.
_BAIT_FLAGS = ("spam", "adult")
#: Joins the sentences of a row while its reasons list is built (a control character: rare in any text).
_SEP = "\x1f"


class Judge:
    """Judges accounts for one owner's settings. Build once, reuse for every batch."""

    def __init__(
        self,
        settings: Settings,
        *,
        classifier: BotClassifier | None = None,
        matcher: InterestMatcher | None = None,
        with_interests: bool = True,
    ) -> None:
        self.settings = settings
        self.classifier = classifier or BotClassifier.load()
        if matcher is None and with_interests and settings.interests:
            matcher = InterestMatcher(settings.interests)
        self.matcher = matcher

    @property
    def threshold(self) -> float:
        configured = self.settings.thresholds.bot
        return self.classifier.threshold if configured is None else configured

    @property
    def block_threshold(self) -> float:
        configured = self.settings.thresholds.block_bot
        return self.classifier.block_threshold if configured is None else configured

    def judge(self, accounts: Sequence[Account], context: SignalContext | None = None) -> list[Verdict]:
        return self.verdicts(accounts_to_frame(accounts), context)

    def verdicts(self, frame: pl.DataFrame, context: SignalContext | None = None) -> list[Verdict]:
        """One ``Verdict`` per row of ``frame`` (``ACCOUNT_SCHEMA``), in order."""
        columns = self.judge_columns(frame, context)
        platforms = frame.get_column("platform").fill_null("x")
        return [
            _verdict(row, platform)
            for row, platform in zip(columns.iter_rows(named=True), platforms, strict=True)
        ]

    def judge_columns(self, frame: pl.DataFrame, context: SignalContext | None = None) -> pl.DataFrame:
        """Columns id, bot_probability, is_bot, flags, interests, reasons, self_declared, posts_per_day,
        repost_share.

        One row per input row, same order, with no per-row Python: the model scores every row without
        explanations, only rows judged bots are explained, and flags and sentences are built (as polars
        expressions) only for the rows that have something to say.
        """
        thresholds = self.settings.thresholds
        signals = compute_signals(frame, thresholds, context)
        declared = declared_bots(signals)
        model = np.asarray(self.classifier.predict(frame, explain=False).probability, dtype=np.float64)
        probability = with_declared_bots(model, declared, self.block_threshold)
        model_bot = model >= self.threshold
        is_bot = (probability >= self.threshold) | declared
        judged = self.matcher is not None
        signals = signals.with_columns(
            pl.Series("bot_probability", probability, dtype=pl.Float64),
            pl.Series("is_bot", is_bot, dtype=pl.Boolean),
            pl.Series("model_bot", model_bot, dtype=pl.Boolean),
            pl.Series("model_probability", model, dtype=pl.Float64),
            pl.Series("self_declared", declared, dtype=pl.Boolean),
            (pl.col("posts_per_day").fill_null(0.0) > thresholds.high_volume_per_day).alias("high_volume"),
            pl.int_range(pl.len(), dtype=pl.UInt32).alias("_row"),
            *_genuine_cues(frame).get_columns(),
        )
        signals = signals.with_columns(_genuine_reason().alias("_genuine"))
        if judged:
            signals = signals.with_columns(self._interests(frame))
        # Rows with no flag and no bot verdict have nothing to explain (unless interests are judged).
        speaks = signals.filter(
            pl.lit(judged) | pl.col("is_bot") | pl.col("high_volume") | pl.any_horizontal(SIGNAL_FLAGS)
        )
        said = speaks.join(
            self._model_reasons(frame, model_bot), on="_row", how="left", maintain_order="left"
        )
        said = self._sentences(said, judged)
        base = signals.select(
            "_row",
            "id",
            "bot_probability",
            "is_bot",
            "_genuine",
            "self_declared",
            pl.col("posts_per_day").cast(pl.Float64),
            pl.col("repost_share").cast(pl.Float64),
        )
        out = base.join(said, on="_row", how="left", maintain_order="left")
        return out.select(
            "id",
            "bot_probability",
            "is_bot",
            pl.col("flags").fill_null(pl.lit([], dtype=pl.List(pl.Utf8))),
            pl.col("interests").fill_null(pl.lit([], dtype=_INTEREST_TYPE)),
            # A row with nothing else to say is a genuine verdict: it still says why.
            pl.col("reasons").fill_null(pl.concat_list(pl.col("_genuine"))),
            "self_declared",
            "posts_per_day",
            "repost_share",
        )

    def _model_reasons(self, frame: pl.DataFrame, model_bot: np.ndarray) -> pl.DataFrame:
        """``_row`` and ``model_reasons`` (the classifier's sentences) for the rows the model calls bots."""
        rows = np.flatnonzero(model_bot).astype(np.uint32)
        reasons = self.classifier.explain(frame[rows])
        return pl.DataFrame({"_row": pl.Series(rows, dtype=pl.UInt32), "model_reasons": reasons})

    @staticmethod
    def _sentences(said: pl.DataFrame, judged: bool) -> pl.DataFrame:
        """``_row``, flags, interests and reasons from signal columns joined with verdict and model reasons.

        Lists are built by joining the pieces that apply with a separator and splitting them again, which
        polars does far faster than ``concat_list``; should any piece contain the separator itself (quoted
        user text can), the reasons are built with ``concat_list`` instead.
        """
        bait = pl.any_horizontal(_BAIT_FLAGS)
        no_list = pl.lit([], dtype=pl.List(pl.Utf8))
        last: pl.Expr = pl.lit(None, pl.Utf8)
        off_topic = pl.lit(False)
        interests = pl.lit([], dtype=_INTEREST_TYPE)
        if judged:
            hits = pl.col("interests").list.len() > 0
            off_topic = ~bait & ~hits
            interests = pl.when(bait).then(pl.lit([], dtype=_INTEREST_TYPE)).otherwise(pl.col("interests"))
            last = (
                pl.when(bait & hits)
                .then(
                    pl.lit("Topic words in a promotional or adult profile do not count as a shared interest.")
                )
                .when(hits)
                .then(_interest_reason_expr())
                .when(off_topic)
                .then(pl.lit("Nothing in the profile or recent posts touches your interests."))
            )
        set_flags = {name: pl.col(name) for name in SIGNAL_FLAGS}
        set_flags |= {"off_topic": off_topic, "high_volume": pl.col("high_volume")}
        flag_names = [pl.when(set_flags[name]).then(pl.lit(name)) for name in FLAGS if name in set_flags]
        model = (
            pl.when(pl.col("model_bot")).then(pl.col("model_reasons").fill_null(no_list)).otherwise(no_list)
        )
        pieces = [
            *signal_reason_exprs(),
            pl.when(pl.col("high_volume")).then(
                pl.format("About {} posts a day: floods the feed.", fixed0(pl.col("posts_per_day")))
            ),
            pl.when(pl.col("model_bot"))
            .then(
                pl.format("Looks automated or fake ({} by the model).", percent(pl.col("model_probability")))
            )
            # Not for promo or porn: "looks genuine" beside them would read as an endorsement.
            .when(~pl.col("is_bot") & ~bait)
            .then(pl.col("_genuine")),
            pl.when(model.list.len() > 0).then(model.list.join(_SEP)),  # the model's own sentences
            last,
        ]
        names = [f"_s{i}" for i in range(len(pieces))]
        model_at = len(pieces) - 2
        parts = said.select(
            "_row",
            _split(pl.concat_str(flag_names, separator=",", ignore_nulls=True), ",").alias("flags"),
            interests.alias("interests"),
            model.alias("_model"),
            *[piece.alias(name) for piece, name in zip(pieces, names, strict=True)],
        )
        reasons = _split(pl.concat_str(names, separator=_SEP, ignore_nulls=True), _SEP)
        expected = (
            pl.sum_horizontal([pl.col(n).is_not_null() for i, n in enumerate(names) if i != model_at])
            + pl.col("_model").list.len()
        )
        out = parts.with_columns(reasons.alias("reasons"), expected.alias("_expected"))
        if not (out["reasons"].list.len() == out["_expected"]).all():
            listed = [pl.col(n) for n in names[:model_at]] + [pl.col("_model"), pl.col(names[-1])]
            out = out.with_columns(pl.concat_list(listed).list.drop_nulls().alias("reasons"))
        return out.select("_row", "flags", "interests", "reasons")

    def _interests(self, frame: pl.DataFrame) -> pl.Series:
        """The matcher's hits per row as a list-of-struct column (best first)."""
        assert self.matcher is not None
        hits = self.matcher.match_frame(frame)
        # Flat, then regrouped (a list column from nested Python lists costs ~0.1 ms a row); rows without a
        # hit get an empty list.
        flat = pl.DataFrame(
            {
                "_row": np.repeat(np.arange(len(hits), dtype=np.uint32), [len(h) for h in hits]),
                "name": [h.name for row in hits for h in row],
                "score": [h.score for row in hits for h in row],
                "evidence": [h.evidence for row in hits for h in row],
            },
            schema={"_row": pl.UInt32, "name": pl.Utf8, "score": pl.Float64, "evidence": pl.Utf8},
        )
        grouped = flat.group_by("_row", maintain_order=True).agg(
            pl.struct("name", "score", "evidence").alias("interests")
        )
        every = pl.DataFrame({"_row": np.arange(len(hits), dtype=np.uint32)})
        joined = every.join(grouped, on="_row", how="left", maintain_order="left")
        return joined.get_column("interests").fill_null(pl.lit([], dtype=_INTEREST_TYPE)).cast(_INTEREST_TYPE)


def _split(joined: pl.Expr, separator: str) -> pl.Expr:
    """A list from pieces joined by ``separator`` (the empty string: no pieces)."""
    return (
        pl.when(joined.str.len_bytes() == 0)
        .then(pl.lit([], dtype=pl.List(pl.Utf8)))
        .otherwise(joined.str.split(separator, literal=True))
    )


def _genuine_cues(frame: pl.DataFrame) -> pl.DataFrame:
    """Per row, as text or null: whole years on the platform, likes given, lists the account is on. The model
    may only ever read these as pointing to a genuine account (its monotone constraints), so a genuine verdict
    can cite them."""
    days = (frame.get_column("observed_at") - frame.get_column("created_at")).dt.total_days()
    counts = {
        "years": (days * 4) // 1461,  # 1,461 days in four years
        "likes": frame.get_column("likes_count"),
        "listed": frame.get_column("listed_count"),
    }
    written = pl.DataFrame(
        {**counts, **{f"{name}_text": _with_commas(values) for name, values in counts.items()}}
    )
    # A bare record (a handle from a follows export) gives the model next to nothing to go on.
    bare = frame.select(
        pl.all_horizontal(
            pl.col(c).is_null() for c in ("followers_count", "following_count", "posts_count", "created_at")
        )
    ).to_series()
    return written.select(
        bare.alias("_bare"),
        pl.when(pl.col("years") >= 1)
        .then(pl.format("{} on the platform", _counted("years", "year")))
        .alias("_years"),
        pl.when(pl.col("likes") >= 10)
        .then(pl.format("{} likes given", pl.col("likes_text")))
        .alias("_likes"),
        pl.when(pl.col("listed") >= 1).then(pl.format("on {}", _counted("listed", "list"))).alias("_listed"),
    )


def _with_commas(counts: pl.Series) -> pl.Series:
    """Each count as ``f"{n:,}"`` writes it: a plain cast for the many under 1,000, ``thousands`` for the rest
    (which costs ten times as much)."""
    text = counts.cast(pl.Utf8)
    big = (counts.abs() >= 1000).fill_null(False)
    if big.any():
        grouped = counts.filter(big).to_frame().select(thousands(pl.col(counts.name))).to_series()
        text = text.scatter(big.arg_true(), grouped)
    return text


def _counted(column: str, word: str) -> pl.Expr:
    """ "1 year", "6 years", "2,300 lists" from a count column and its written-out ``_text`` twin."""
    plural = pl.when(pl.col(column) == 1).then(pl.lit(word)).otherwise(pl.lit(word + "s"))
    return pl.format("{} {}", pl.col(f"{column}_text"), plural)


def _genuine_reason() -> pl.Expr:
    """ "Looks genuine (4% by the model): 6 years on the platform, 2,300 likes given, on 12 lists." """
    facts = pl.concat_str(
        [pl.col("_years"), pl.col("_likes"), pl.col("_listed")], separator=", ", ignore_nulls=True
    )
    head = pl.format("Looks genuine ({} by the model)", percent(pl.col("model_probability")))
    bare = pl.format(
        "Too little to judge by ({} by the model): the record gives no follower, following or post counts "
        "and no creation date.",
        percent(pl.col("model_probability")),
    )
    return (
        pl.when(pl.col("_bare"))
        .then(bare)
        .when(facts.str.len_bytes() > 0)
        .then(pl.format("{}: {}.", head, facts))
        .otherwise(head + ".")
    )


#: Shared interests named in a reason, best first.
REASON_INTERESTS = 3


def _interest_reason_expr() -> pl.Expr:
    """ "Shares your interest in a (“evidence”); b, c (“other evidence”)." from the best hits: each interest is
    named beside what showed it, interests shown by the same words together ("Economist" shows economics, not
    the recruitment and jobs a post about hiring shows)."""
    top = pl.col("interests").list.head(REASON_INTERESTS)
    present = [top.list.len() > i for i in range(REASON_INTERESTS)]
    name = [top.list.get(i, null_on_oob=True).struct.field("name") for i in range(REASON_INTERESTS)]
    said = [
        top.list.get(i, null_on_oob=True).struct.field("evidence").fill_null("")
        for i in range(REASON_INTERESTS)
    ]
    groups = []
    for i in range(REASON_INTERESTS):
        # Hit i opens a group unless an earlier hit had the same evidence; the group names every later hit too.
        opens = pl.all_horizontal(present[i], *(said[j] != said[i] for j in range(i)))
        members = pl.concat_str(
            [pl.when(present[k] & (said[k] == said[i])).then(name[k]) for k in range(i, REASON_INTERESTS)],
            separator=", ",
            ignore_nulls=True,
        )
        quoted = pl.when(said[i] != "").then(pl.format(" (“{}”)", said[i])).otherwise(pl.lit(""))
        groups.append(pl.when(opens).then(members + quoted))
    return pl.format("Shares your interest in {}.", pl.concat_str(groups, separator="; ", ignore_nulls=True))


def _verdict(row: dict[str, Any], platform: str) -> Verdict:
    return Verdict(
        id=row["id"],
        platform=platform,
        bot_probability=row["bot_probability"],
        is_bot=row["is_bot"],
        flags=list(row["flags"]),
        interests=[InterestMatch(i["name"], i["score"], i["evidence"] or "") for i in row["interests"]],
        reasons=list(row["reasons"]),
        declared_bot=row["self_declared"],
        posts_per_day=row["posts_per_day"],
        repost_share=row["repost_share"] or 0.0,
    )
