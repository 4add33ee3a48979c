"""Settings files: the starter parses, and every mistake is one line naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from followsift.config import SEED_INTERESTS, Settings, Thresholds, load_settings, starter_toml
from followsift.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_starter_file_loads_to_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, starter_toml()))
    assert [i.name for i in settings.interests] == list(SEED_INTERESTS)
    assert settings.thresholds == Thresholds()
    assert settings.keep == []


def test_interests_keep_and_thresholds(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[interests]
recruitment = "talent acquisition, sourcing"
"rock music" = ""
[keep]
accounts = ["@Alice", "x:42"]
[thresholds]
inactive_days = 30
block_bot = 0.99
[triage]
block_on_model_alone = true
""",
    )
    settings = load_settings(path)
    assert [(i.name, i.description) for i in settings.interests] == [
        ("recruitment", "talent acquisition, sourcing"),
        ("rock music", ""),
    ]
    assert settings.thresholds.inactive_days == 30
    assert settings.thresholds.block_bot == 0.99
    assert settings.block_on_model_alone
    assert settings.is_kept("alice", "x:1")
    assert settings.is_kept(None, "x:42")
    assert not settings.is_kept("bob", "x:2")


def test_missing_default_file_means_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("followsift.config.default_config_path", lambda: tmp_path / "absent.toml")
    assert load_settings() == Settings()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[interests\nx = 1", "invalid TOML"),
        ("[thresholds]\ninactive_days = 'ninety'", "thresholds.inactive_days must be a number"),
        ("[thresholds]\ninactive_days = 1.5", "thresholds.inactive_days must be a whole number"),
        ("[thresholds]\nblock_bot = -1", "must not be negative"),
        ("[thresholds]\nbogus = 1", "unknown setting thresholds.'bogus'"),
        ("[colours]\nx = 1", "unknown setting 'colours'"),
        ("[keep]\naccounts = 'alice'", "keep.accounts must be a list"),
        ("[triage]\nblock_on_model_alone = 'yes'", "triage.block_on_model_alone must be a bool"),
        ("[triage]\nblock = true", "unknown setting triage.'block'"),
        ("[interests]\njobs = 3", "interests.jobs must be a str"),
        ("[interests]\n", "[interests] is empty"),
    ],
)
def test_mistakes_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_named_file_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_settings(tmp_path / "nope.toml")
