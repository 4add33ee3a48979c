"""The one exception tree of followsift.

Every error the library raises on purpose is a ``FollowsiftError``; the CLI prints its message on one line
and exits non-zero, so each message names the file, line or field at fault and says what to do.

    FollowsiftError
    ├── ConfigError              bad or missing settings (TOML syntax, unknown key, wrong type)
    ├── InputError               a file the user gave us cannot be read as records
    │   ├── RecordFormatError    a line or row is malformed (carries path and line number)
    │   └── UnknownColumnError   a CSV has no column we can map to an account id
    ├── StoreError               the database cannot be opened, migrated or written
    ├── SourceError              a platform or export source failed
    │   ├── AuthError            no token, or the platform refused it
    │   ├── RateLimitError       the platform asked us to wait longer than the caller allows
    │   └── CapabilityError      the platform cannot do what was asked (e.g. block on X API v2)
    ├── ModelError               a shipped model artifact is missing or unreadable
    └── NotFoundError            an account, snapshot or workspace that the user named does not exist
"""

from __future__ import annotations

__all__ = [
    "AuthError",
    "CapabilityError",
    "ConfigError",
    "FollowsiftError",
    "InputError",
    "ModelError",
    "NotFoundError",
    "RateLimitError",
    "RecordFormatError",
    "SourceError",
    "StoreError",
    "UnknownColumnError",
]


class FollowsiftError(Exception):
    """Base of every error followsift raises on purpose; ``str(err)`` is a one-line user message."""


class ConfigError(FollowsiftError):
    """The settings file or a setting is wrong."""


class InputError(FollowsiftError):
    """A user-supplied file cannot be read."""


class RecordFormatError(InputError):
    """One record of an input file is malformed."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        super().__init__(f"{path}, line {line}: {problem}")


class UnknownColumnError(InputError):
    """A CSV file lacks the columns we need."""


class StoreError(FollowsiftError):
    """The store cannot be opened, migrated or written."""


class SourceError(FollowsiftError):
    """A platform API or export could not be read."""


class AuthError(SourceError):
    """Missing or refused credentials."""


class RateLimitError(SourceError):
    """The platform asked us to wait longer than the caller's policy allows."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class CapabilityError(SourceError):
    """The platform has no way to do what was asked."""


class ModelError(FollowsiftError):
    """A model artifact that ships with followsift is missing or unreadable."""


class NotFoundError(FollowsiftError):
    """Something the user named does not exist."""
