"""Settings from TOML: the owner's interests, keep-list, thresholds and pacing caps.

The file lives in the user's config directory (platformdirs) unless ``--config`` names another;
``followsift init`` writes a commented starter. Unknown keys and wrong types are errors that name the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from followsift.errors import ConfigError
from followsift.model import Interest

__all__ = ["SEED_INTERESTS", "Settings", "Thresholds", "default_config_path", "load_settings", "starter_toml"]

#: The first seed's interests, exactly as its author lists them.
SEED_INTERESTS: tuple[str, ...] = (
    "business",
    "economics",
    "government",
    "HR",
    "jobs",
    "education",
    "leadership",
    "media",
    "tech",
    "recruitment",
    "coaching",
    "rock music",
)


@dataclass(slots=True)
class Thresholds:
    """Numbers that turn evidence into flags and recommendations; each one is documented in the starter."""

    #: Bot probability at or above which an account counts as automated or fake (None: the model's own).
    bot: float | None = None
    #: Bot probability at or above which a bot is blocked rather than left (None: the model's own, chosen so
    #: that at most 0.2% of genuine accounts in validation reach it).
    block_bot: float | None = None
    #: Days without a post after which an account has "gone quiet".
    inactive_days: int = 90
    #: A follower who unfollows within this many hours of following is an auto-follow churner.
    churn_hours: int = 48
    #: Posts a day above which a followee floods the feed.
    high_volume_per_day: float = 40.0
    #: Share of a followee's posts that must be on your interests for them not to count as off-topic.
    on_topic_share: float = 0.15


@dataclass(slots=True)
class Settings:
    interests: list[Interest] = field(default_factory=lambda: [Interest(n) for n in SEED_INTERESTS])
    #: Accounts (handles with or without @, or platform:id keys) never recommended for anything.
    keep: list[str] = field(default_factory=list)
    thresholds: Thresholds = field(default_factory=Thresholds)
    #: Block a new follower on the model's certainty alone. Off: a bot is blocked only when a flag shows what it
    #: does too (follow-for-follow, automated posting, churning, spam) or it posts adult content; the rest are
    #: left alone, not followed back.
    block_on_model_alone: bool = False
    #: Database URL (SQLAlchemy); None means the SQLite file in the data directory.
    db: str | None = None
    source_path: Path | None = None

    def is_kept(self, handle: str | None, key: str) -> bool:
        wanted = {k.lstrip("@").lower() for k in self.keep}
        return key.lower() in wanted or (handle is not None and handle.lstrip("@").lower() in wanted)


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir("followsift", appauthor=False)) / "config.toml"


def load_settings(path: Path | None = None, *, required: bool = False) -> Settings:
    """Settings from ``path`` (default location when None); defaults when the file does not exist.

    With ``required`` a missing file is an error (the user named it with ``--config``).
    """
    explicit = path is not None
    path = path or default_config_path()
    if not path.exists():
        if required or explicit:
            raise ConfigError(
                f"{path}: no such config file; create one with `followsift init --config {path}`"
            )
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(
            f"{path}: invalid TOML ({err}); fix the syntax or re-create it with `followsift init`"
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read the config file ({err})") from None
    settings = _settings_from(data, path)
    settings.source_path = path
    return settings


def _settings_from(data: dict[str, Any], path: Path) -> Settings:
    _reject_unknown(data, {"interests", "keep", "thresholds", "triage", "store"}, path, "")
    settings = Settings()
    if "interests" in data:
        settings.interests = _interests(data["interests"], path)
    if "keep" in data:
        settings.keep = _keep(data["keep"], path)
    if "thresholds" in data:
        settings.thresholds = _thresholds(data["thresholds"], path)
    if "triage" in data:
        triage = _table(data["triage"], path, "triage")
        _reject_unknown(triage, {"block_on_model_alone"}, path, "triage.")
        if "block_on_model_alone" in triage:
            value = triage["block_on_model_alone"]
            settings.block_on_model_alone = _typed(value, bool, path, "triage.block_on_model_alone")
    if "store" in data:
        store = _table(data["store"], path, "store")
        _reject_unknown(store, {"db"}, path, "store.")
        if "db" in store:
            settings.db = _typed(store["db"], str, path, "store.db")
    return settings


def _interests(value: Any, path: Path) -> list[Interest]:
    table = _table(value, path, "interests")
    interests = []
    for name, description in table.items():
        text = _typed(description, str, path, f"interests.{name}")
        interests.append(Interest(name=name, description=text))
    if not interests:
        raise ConfigError(f'{path}: [interests] is empty; list at least one interest, e.g. jobs = "careers"')
    return interests


def _keep(value: Any, path: Path) -> list[str]:
    table = _table(value, path, "keep")
    _reject_unknown(table, {"accounts"}, path, "keep.")
    accounts = table.get("accounts", [])
    if not isinstance(accounts, list) or not all(isinstance(a, str) for a in accounts):
        raise ConfigError(f'{path}: keep.accounts must be a list of handles, e.g. ["@alice", "@bob"]')
    return list(accounts)


def _thresholds(value: Any, path: Path) -> Thresholds:
    table = _table(value, path, "thresholds")
    known = {f.name: f for f in fields(Thresholds)}
    _reject_unknown(table, set(known), path, "thresholds.")
    result = Thresholds()
    for name, raw in table.items():
        kind: type = int if name in _INT_THRESHOLDS else float
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise ConfigError(f"{path}: thresholds.{name} must be a number, not {raw!r}")
        if kind is int and not isinstance(raw, int):
            raise ConfigError(f"{path}: thresholds.{name} must be a whole number, not {raw!r}")
        if raw < 0:
            raise ConfigError(f"{path}: thresholds.{name} must not be negative")
        setattr(result, name, kind(raw))
    return result


_INT_THRESHOLDS = {"inactive_days", "churn_hours"}


def _table(value: Any, path: Path, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: [{key}] must be a table")
    return value


def _typed(value: Any, kind: type, path: Path, key: str) -> Any:
    if not isinstance(value, kind):
        raise ConfigError(f"{path}: {key} must be a {kind.__name__}, not {value!r}")
    return value


def _reject_unknown(table: dict[str, Any], known: set[str], path: Path, prefix: str) -> None:
    for key in table:
        if key not in known:
            options = ", ".join(sorted(known))
            raise ConfigError(f"{path}: unknown setting {prefix}{key!r}; known settings here: {options}")


def starter_toml() -> str:
    """A commented starter config with the first seed's interests."""
    interests = "\n".join(f'{_toml_key(name)} = ""' for name in SEED_INTERESTS)
    defaults = Thresholds()
    return f"""\
# followsift settings. Every value here is optional; delete a line to use the default.

[interests]
# Your interests. Each key is an interest; the value may add words that say what it covers for you,
# e.g.  recruitment = "talent acquisition, sourcing, hiring"; a phrase starting with "-" keeps a sense out,
# e.g.  "rock music" = "-rock climbing". Describe every interest `followsift interests show` flags (not built in,
# or read as another built-in one): described, such interests match far better.
# An account that shares even one of these is worth a follow back (if it is genuine).
{interests}

[keep]
# Accounts followsift never recommends anything for (handles, or platform:id keys).
accounts = []

[thresholds]
# Bot probability that counts as automated or fake; leave unset to use the model's validated threshold.
# bot = 0.5
# Bot probability at which a bot is blocked rather than just left; unset uses the model's own, chosen so
# that at most 0.2% of genuine accounts in validation reach it.
# block_bot = 0.9
# Days without a post after which a followee has gone quiet.
inactive_days = {defaults.inactive_days}
# A follower who unfollows within this many hours of following is an auto-follow churner.
churn_hours = {defaults.churn_hours}
# Posts per day above which a followee floods your feed.
high_volume_per_day = {defaults.high_volume_per_day}
# Share of a followee's recent posts that must be on your interests (0-1).
on_topic_share = {defaults.on_topic_share}

[triage]
# Block a new follower on the model's certainty alone (true), or only when a flag shows what it does as well
# (follow-for-follow, automated posting, churning, spam) or it posts adult content (false: the rest of the bots
# are left alone, not followed back). Off by default: across data sets the model was not trained on, about 1% of
# genuine people reach its block threshold.
block_on_model_alone = false

[store]
# Database URL; default is a SQLite file in your data folder. PostgreSQL works too:
# db = "postgresql+psycopg://user@localhost/followsift"
"""


def _toml_key(name: str) -> str:
    return name if name.replace("_", "").replace("-", "").isalnum() else f'"{name}"'
