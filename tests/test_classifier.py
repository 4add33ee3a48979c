"""The shipped classifier: loads, separates obvious cases, explains itself, fails with one-line errors."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from followsift.errors import ModelError
from followsift.judge.classifier import ARTIFACT_DIR, BotClassifier
from followsift.judge.frame import accounts_to_frame, empty_frame
from followsift.model import Account

SEEN = datetime(2024, 5, 1, tzinfo=UTC)


def genuine_small() -> Account:
    """A real person with few followers: must not be called a bot for being small."""
    return Account(
        id="1",
        handle="maria_gardens",
        display_name="Maria Keller",
        bio="Allotment gardener, tomato nerd, occasional photos of bees.",
        location="Leeds, UK",
        created_at=datetime(2013, 4, 2, tzinfo=UTC),
        observed_at=SEEN,
        followers_count=10,
        following_count=14,
        posts_count=812,
        likes_count=1540,
        listed_count=0,
        default_avatar=False,
    )


def cresci_spambot() -> Account:
    """The social_spambots_2 shape: fresh, default everything, follows ~40, never liked anything."""
    return Account(
        id="2",
        handle="DennaMcsparren",
        display_name="Denna Mcsparren",
        created_at=datetime(2024, 3, 4, tzinfo=UTC),
        observed_at=SEEN,
        followers_count=3,
        following_count=46,
        posts_count=53,
        likes_count=0,
        listed_count=0,
        default_avatar=False,
    )


def follow_farmer() -> Account:
    return Account(
        id="3",
        handle="bigdeals4u2019",
        display_name="bigdeals4u2019",
        created_at=datetime(2022, 1, 1, tzinfo=UTC),
        observed_at=SEEN,
        followers_count=21_545,
        following_count=21_048,
        posts_count=40,
        likes_count=0,
        listed_count=0,
        default_avatar=True,
    )


def test_load_is_cached_and_has_threshold() -> None:
    a, b = BotClassifier.load(), BotClassifier.load()
    assert a._booster is b._booster
    assert 0.0 < a.threshold < 1.0


def test_block_threshold_is_stricter_and_recorded() -> None:
    clf = BotClassifier.load()
    sidecar = json.loads((ARTIFACT_DIR / "bot_model.json").read_text())
    assert clf.threshold == sidecar["threshold"]
    assert clf.block_threshold == sidecar["block_threshold"]
    assert clf.threshold <= clf.block_threshold < 1.0


def test_block_threshold_falls_back_to_threshold(tmp_path: Path) -> None:
    shutil.copy(ARTIFACT_DIR / "bot_model.ubj", tmp_path / "bot_model.ubj")
    sidecar = json.loads((ARTIFACT_DIR / "bot_model.json").read_text())
    del sidecar["block_threshold"]
    (tmp_path / "bot_model.json").write_text(json.dumps(sidecar))
    clf = BotClassifier.load(tmp_path)
    assert clf.block_threshold == clf.threshold


def test_genuine_small_account_is_far_from_block() -> None:
    clf = BotClassifier.load()
    p = clf.predict(accounts_to_frame([genuine_small()]), explain=False).probability
    assert p[0] < clf.block_threshold


def test_separates_genuine_from_spambots() -> None:
    clf = BotClassifier.load()
    scores = clf.predict(accounts_to_frame([genuine_small(), cresci_spambot(), follow_farmer()]))
    p = scores.probability
    assert p.shape == (3,)
    assert p[0] < clf.threshold, p
    assert p[1] >= clf.threshold, p
    assert p[2] >= clf.threshold, p
    assert np.all((p >= 0) & (p <= 1))


def test_reasons_quote_the_accounts_numbers() -> None:
    clf = BotClassifier.load()
    scores = clf.predict(accounts_to_frame([genuine_small(), follow_farmer()]))
    assert all(1 <= len(r) <= 3 for r in scores.reasons)
    farmer = " | ".join(scores.reasons[1])
    assert "21,048 following and 21,545 followers: the follow-for-follow pattern" in farmer
    assert clf.predict(accounts_to_frame([genuine_small()]), explain=False).reasons == []


def test_empty_frame() -> None:
    scores = BotClassifier.load().predict(empty_frame())
    assert scores.probability.shape == (0,)
    assert scores.reasons == []


def test_missing_artifact_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing"):
        BotClassifier.load(tmp_path)


def test_corrupt_artifact_is_a_model_error(tmp_path: Path) -> None:
    shutil.copy(ARTIFACT_DIR / "bot_model.json", tmp_path / "bot_model.json")
    (tmp_path / "bot_model.ubj").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="corrupt") as err:
        BotClassifier.load(tmp_path)
    assert "\n" not in str(err.value)


def test_sidecar_with_other_features_is_refused(tmp_path: Path) -> None:
    shutil.copy(ARTIFACT_DIR / "bot_model.ubj", tmp_path / "bot_model.ubj")
    sidecar = json.loads((ARTIFACT_DIR / "bot_model.json").read_text())
    sidecar["feature_names"] = sidecar["feature_names"][:-1]
    (tmp_path / "bot_model.json").write_text(json.dumps(sidecar))
    with pytest.raises(ModelError, match="other features"):
        BotClassifier.load(tmp_path)


def test_sidecar_records_training_provenance() -> None:
    sidecar = json.loads((ARTIFACT_DIR / "bot_model.json").read_text())
    assert len(sidecar["training"]["data_fingerprint"]) == 64
    assert sidecar["calibration"]["method"] == "platt"
    assert (ARTIFACT_DIR / "bot_model.ubj").stat().st_size < 2_000_000
