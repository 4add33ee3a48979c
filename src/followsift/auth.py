"""Platform credentials: kept in the OS keyring, or read from environment variables on servers and in CI.

Environment variables win when set (a CI job or a server says explicitly what to use); otherwise the
keyring entry that ``followsift login`` stored is used. Where no keyring backend exists (headless Linux),
``save_credentials`` refuses with one line naming the variables to set instead.

Credentials never reach logs, the database, exports or error messages: their ``repr`` hides secrets and
``secrets()`` lists the values that sources redact from any message they raise.

    ============  =====================================================================================
    Mastodon      FOLLOWSIFT_MASTODON_URL, FOLLOWSIFT_MASTODON_TOKEN
    Bluesky       FOLLOWSIFT_BLUESKY_HANDLE, FOLLOWSIFT_BLUESKY_APP_PASSWORD, [FOLLOWSIFT_BLUESKY_PDS]
    X             FOLLOWSIFT_X_BEARER_TOKEN + FOLLOWSIFT_X_USERNAME (app-only, read), or user context:
                  FOLLOWSIFT_X_CONSUMER_KEY, _CONSUMER_SECRET, _ACCESS_TOKEN, _ACCESS_TOKEN_SECRET
    ============  =====================================================================================
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from followsift.errors import AuthError, ConfigError

__all__ = [
    "PLATFORMS",
    "Credentials",
    "delete_credentials",
    "env_credentials",
    "keyring_available",
    "load_credentials",
    "save_credentials",
]

PLATFORMS = ("mastodon", "bluesky", "x")
_SERVICE = "followsift"
DEFAULT_PDS = "https://bsky.social"

#: Environment variable for each credential field, per platform.
_ENV: dict[str, dict[str, str]] = {
    "mastodon": {"url": "FOLLOWSIFT_MASTODON_URL", "token": "FOLLOWSIFT_MASTODON_TOKEN"},
    "bluesky": {
        "handle": "FOLLOWSIFT_BLUESKY_HANDLE",
        "app_password": "FOLLOWSIFT_BLUESKY_APP_PASSWORD",
        "url": "FOLLOWSIFT_BLUESKY_PDS",
    },
    "x": {
        "token": "FOLLOWSIFT_X_BEARER_TOKEN",
        "handle": "FOLLOWSIFT_X_USERNAME",
        "consumer_key": "FOLLOWSIFT_X_CONSUMER_KEY",
        "consumer_secret": "FOLLOWSIFT_X_CONSUMER_SECRET",
        "access_token": "FOLLOWSIFT_X_ACCESS_TOKEN",
        "access_token_secret": "FOLLOWSIFT_X_ACCESS_TOKEN_SECRET",
    },
}
_SECRET_FIELDS = ("token", "app_password", "consumer_secret", "access_token", "access_token_secret")


@dataclass(slots=True, kw_only=True)
class Credentials:
    """What a source needs to log in. Secret fields are hidden from ``repr`` and ``str``."""

    platform: str
    url: str | None = None
    handle: str | None = None
    token: str | None = field(default=None, repr=False)
    app_password: str | None = field(default=None, repr=False)
    consumer_key: str | None = None
    consumer_secret: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)
    access_token_secret: str | None = field(default=None, repr=False)
    #: Where they came from: "keyring" or "environment".
    origin: str = "environment"

    def secrets(self) -> list[str]:
        """The secret values, so messages can be scrubbed of them."""
        return [v for name in _SECRET_FIELDS if (v := getattr(self, name))]

    def to_json(self) -> str:
        data = {k: v for k, v in asdict(self).items() if v is not None and k != "origin"}
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str, origin: str = "keyring") -> Credentials:
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known}, origin=origin)

    def check(self) -> None:
        """Raise AuthError naming what is missing (never showing any value)."""
        missing = _missing(self)
        if missing:
            names = ", ".join(_ENV[self.platform].get(m, m) for m in missing)
            raise AuthError(
                f"{self.platform} credentials are incomplete: set {names} or run `followsift login {self.platform}`"
            )


def _missing(creds: Credentials) -> list[str]:
    if creds.platform == "mastodon":
        return [n for n in ("url", "token") if not getattr(creds, n)]
    if creds.platform == "bluesky":
        return [n for n in ("handle", "app_password") if not getattr(creds, n)]
    user_ctx = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
    if all(getattr(creds, n) for n in user_ctx):
        return []
    return [n for n in ("token", "handle") if not getattr(creds, n)]


def _platform(platform: str) -> str:
    name = platform.lower().strip()
    if name not in PLATFORMS:
        raise ConfigError(f"unknown platform {platform!r}: use one of {', '.join(PLATFORMS)}")
    return name


def env_credentials(platform: str, environ: Mapping[str, str] | None = None) -> Credentials | None:
    """Credentials from environment variables, or None when none of the platform's variables is set."""
    platform = _platform(platform)
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {k: env[v] for k, v in _ENV[platform].items() if env.get(v)}
    if not values:
        return None
    if platform == "bluesky":
        values.setdefault("url", DEFAULT_PDS)
    return Credentials(platform=platform, origin="environment", **values)


def keyring_available() -> bool:
    """Whether a real keyring backend exists (headless servers usually have none)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # any failure to find a backend means "no keyring"
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def _keyring_get(platform: str) -> Credentials | None:
    if not keyring_available():
        return None
    import keyring

    try:
        text = keyring.get_password(_SERVICE, platform)
    except Exception:  # a locked or broken keyring is the same as an empty one here
        return None
    return None if text is None else Credentials.from_json(text)


def load_credentials(platform: str, environ: Mapping[str, str] | None = None) -> Credentials:
    """The platform's credentials (environment first, then keyring); AuthError naming the fix if none."""
    platform = _platform(platform)
    creds = env_credentials(platform, environ) or _keyring_get(platform)
    if creds is None:
        names = ", ".join(v for k, v in _ENV[platform].items() if k not in ("consumer_key",))
        hint = "" if keyring_available() else " (no OS keyring here, so use the environment variables)"
        raise AuthError(
            f"not logged in to {platform}: run `followsift login {platform}` or set {names}{hint}"
        )
    creds.check()
    return creds


def save_credentials(creds: Credentials) -> None:
    """Store credentials in the OS keyring; AuthError when there is no keyring backend."""
    platform = _platform(creds.platform)
    if not keyring_available():
        env = ", ".join(_ENV[platform].values())
        raise AuthError(f"no OS keyring on this machine: set {env} in the environment instead")
    import keyring

    try:
        keyring.set_password(_SERVICE, platform, creds.to_json())
    except Exception as err:  # keyring backends raise their own types
        raise AuthError(
            f"the OS keyring refused to store the {platform} token: {type(err).__name__}"
        ) from None


def delete_credentials(platform: str) -> bool:
    """Forget stored credentials; True when something was removed."""
    platform = _platform(platform)
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.delete_password(_SERVICE, platform)
    except Exception:  # nothing stored is fine
        return False
    return True
