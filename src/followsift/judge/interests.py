"""Semantic interest overlap between an account and the owner's interests (owned by issue 4).

Interface every caller relies on::

    matcher = InterestMatcher(interests)          # Sequence[model.Interest]
    hits = matcher.match_frame(frame)             # frame in judge.frame.ACCOUNT_SCHEMA
    hits[i]                                       # list[model.InterestMatch] for row i, best first,
                                                  # only those at or above the default threshold;
                                                  # InterestMatch.evidence quotes the bio words or post
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from followsift.model import Interest, InterestMatch

__all__ = ["InterestMatcher"]


class InterestMatcher:
    def __init__(self, interests: Sequence[Interest]) -> None:
        self.interests = list(interests)

    def match_frame(self, frame: pl.DataFrame) -> list[list[InterestMatch]]:
        raise NotImplementedError("semantic interests land with issue 4")
