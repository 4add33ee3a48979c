"""Gradient-boosted bot/fake classifier over profile features (owned by the judgement-model work, issue 3).

Interface every caller relies on::

    clf = BotClassifier.load()            # the artifact shipped in followsift/judge/artifacts/
    scores = clf.predict(frame)           # frame in judge.frame.ACCOUNT_SCHEMA
    scores.probability                    # numpy float array, calibrated P(automated or fake)
    scores.reasons                        # per row: plain sentences from the largest contributions
    clf.threshold                         # default decision threshold written into the artifact
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import polars as pl

__all__ = ["BotClassifier", "BotScores"]


@dataclass(slots=True)
class BotScores:
    probability: np.ndarray
    reasons: list[list[str]] = field(default_factory=list)


class BotClassifier:
    threshold: float = 0.5

    @classmethod
    def load(cls, path: Path | None = None) -> BotClassifier:
        raise NotImplementedError("the trained classifier lands with issue 3")

    def predict(self, frame: pl.DataFrame, *, explain: bool = True) -> BotScores:
        raise NotImplementedError("the trained classifier lands with issue 3")
