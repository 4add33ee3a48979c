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
from followsift.judge.signals import SIGNAL_FLAGS, SignalContext, compute_signals, flags_expr, signal_reasons
from followsift.model import FLAGS, Account, InterestMatch, Verdict

__all__ = ["Judge", "SignalContext"]

_INTEREST_TYPE = pl.List(pl.Struct({"name": pl.Utf8, "score": pl.Float64, "evidence": pl.Utf8}))
#: Flags after which a shared interest does not count: topic words in promo or porn are bait.
_BAIT_FLAGS = ("spam", "adult")


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

    def judge(self, accounts: Sequence[Account], context: SignalContext | None = None) -> list[Verdict]:
        frame = accounts_to_frame(accounts)
        columns = self.judge_columns(frame, context)
        return [
            _verdict(row, account.platform)
            for row, account in zip(columns.iter_rows(named=True), accounts, strict=True)
        ]

    def judge_columns(self, frame: pl.DataFrame, context: SignalContext | None = None) -> pl.DataFrame:
        """Columns id, bot_probability, is_bot, flags, interests, reasons: one row per input row."""
        scores = self.classifier.predict(frame, explain=True)
        probability = np.asarray(scores.probability, dtype=np.float64)
        is_bot = probability >= self.threshold
        signals = compute_signals(frame, self.settings.thresholds, context)
        interests = self._interests(frame)
        high_volume = (
            signals["posts_per_day"].fill_null(0.0) > self.settings.thresholds.high_volume_per_day
        ).to_list()
        signal_rows = signals.iter_rows(named=True)
        rows = [
            _combine(sig, float(p), bool(b), model_reasons, hits, volume, self.matcher is not None)
            for sig, p, b, model_reasons, hits, volume in zip(
                signal_rows,
                probability,
                is_bot,
                _pad(scores.reasons, len(frame)),
                interests,
                high_volume,
                strict=True,
            )
        ]
        return pl.DataFrame(
            rows,
            schema={
                "id": pl.Utf8,
                "bot_probability": pl.Float64,
                "is_bot": pl.Boolean,
                "flags": pl.List(pl.Utf8),
                "interests": _INTEREST_TYPE,
                "reasons": pl.List(pl.Utf8),
                "posts_per_day": pl.Float64,
                "repost_share": pl.Float64,
            },
        )

    def _interests(self, frame: pl.DataFrame) -> list[list[InterestMatch]]:
        if self.matcher is None:
            return [[] for _ in range(len(frame))]
        return self.matcher.match_frame(frame)

    def flag_columns(self, frame: pl.DataFrame, context: SignalContext | None = None) -> pl.DataFrame:
        """Only the rule flags, vectorised (for callers that need no model or interests)."""
        signals = compute_signals(frame, self.settings.thresholds, context)
        return signals.select("id", flags_expr(SIGNAL_FLAGS).alias("flags"))


def _pad(reasons: list[list[str]], n: int) -> list[list[str]]:
    return reasons if len(reasons) == n else [[] for _ in range(n)]


def _combine(
    signals: dict[str, Any],
    probability: float,
    is_bot: bool,
    model_reasons: list[str],
    hits: list[InterestMatch],
    high_volume: bool,
    judged_interests: bool,
) -> dict[str, Any]:
    flags = [name for name in SIGNAL_FLAGS if signals[name]]
    reasons = signal_reasons(signals)
    if high_volume:
        flags.append("high_volume")
        reasons.append(f"About {signals['posts_per_day']:.0f} posts a day: floods the feed.")
    if is_bot:
        reasons.append(f"Looks automated or fake ({probability:.0%} by the model).")
        reasons.extend(model_reasons)
    if any(f in flags for f in _BAIT_FLAGS) and hits:
        reasons.append("Topic words in a promotional or adult profile do not count as a shared interest.")
        hits = []
    if hits:
        reasons.append(_interest_reason(hits))
    elif judged_interests and not any(f in flags for f in _BAIT_FLAGS):
        flags.append("off_topic")
        reasons.append("Nothing in the profile or recent posts touches your interests.")
    flags.sort(key=FLAGS.index)
    return {
        "id": signals["id"],
        "bot_probability": probability,
        "is_bot": is_bot,
        "flags": flags,
        "interests": [{"name": h.name, "score": h.score, "evidence": h.evidence} for h in hits],
        "reasons": reasons,
        "posts_per_day": signals["posts_per_day"],
        "repost_share": signals["repost_share"],
    }


def _interest_reason(hits: list[InterestMatch]) -> str:
    names = ", ".join(h.name for h in hits[:3])
    best = hits[0]
    evidence = f" (“{best.evidence}”)" if best.evidence else ""
    return f"Shares your interest in {names}{evidence}."


def _verdict(row: dict[str, Any], platform: str) -> Verdict:
    return Verdict(
        id=row["id"],
        platform=platform,
        bot_probability=row["bot_probability"],
        is_bot=row["is_bot"],
        flags=list(row["flags"]),
        interests=[InterestMatch(i["name"], i["score"], i["evidence"] or "") for i in row["interests"]],
        reasons=list(row["reasons"]),
        posts_per_day=row["posts_per_day"],
        repost_share=row["repost_share"] or 0.0,
    )
