"""The one small protocol every source (platform API, data export, demo, fake) implements.

Sources yield pages as generators so sync can checkpoint after each one; each page carries the cursor that
resumes *after* it and the endpoint it came from (provenance). Platform specifics stay behind this seam.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Generic, Protocol, TypeVar, runtime_checkable

from followsift.model import Account, Interaction, Post

__all__ = ["Capability", "LiveSource", "Page", "PlatformRelationship", "Source"]

T = TypeVar("T")


class Capability(enum.StrEnum):
    """What a platform lets a client do; the rest of the tool never asks for what is missing."""

    FOLLOW = "follow"
    UNFOLLOW = "unfollow"
    BLOCK = "block"
    MUTE = "mute"
    REMOVE_FOLLOWER = "remove_follower"
    HIDE_REPOSTS = "hide_reposts"
    NOTIFICATIONS = "notifications"
    POSTS = "posts"
    RELATIONSHIPS = "relationships"


@dataclass(slots=True)
class Page(Generic[T]):
    """One fetched page: its items, the cursor that resumes after it (None at the end), and provenance."""

    items: list[T]
    next_cursor: str | None
    endpoint: str
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    #: Id (or time) of the newest item on the page, so an incremental sync can ask only for newer ones.
    newest_id: str | None = None


@runtime_checkable
class Source(Protocol):
    platform: str
    capabilities: frozenset[Capability]

    def whoami(self) -> Account:
        """The authenticated owner account."""
        ...

    def followers(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        """Accounts following the owner, page by page, starting after ``cursor``."""
        ...

    def following(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        """Accounts the owner follows, page by page."""
        ...

    def profiles(self, ids: Sequence[str]) -> list[Account]:
        """Full profiles of the given account ids, fetched in the platform's bulk batch size."""
        ...

    def recent_posts(self, account_id: str, limit: int = 20) -> list[Post]:
        """The account's most recent posts, newest first."""
        ...

    def notifications(self, cursor: str | None = None) -> Iterator[Page[Interaction]]:
        """Replies, mentions, quotes, reposts, likes and follows directed at the owner, newest first."""
        ...


@dataclass(slots=True, kw_only=True)
class PlatformRelationship:
    """How the owner and one account relate on the platform right now."""

    id: str
    following: bool = False
    followed_by: bool = False
    blocking: bool = False
    muting: bool = False
    #: The owner follows the account but hides its boosts/reposts (Mastodon ``showing_reblogs`` false).
    hiding_reposts: bool = False
    requested: bool = False


@runtime_checkable
class LiveSource(Source, Protocol):
    """A platform API source: the ``Source`` reads plus what only a live account can tell.

    ``lists_full_profiles`` says whether follower/following pages carry complete profiles (Mastodon, X)
    or only partial views that need a bulk ``profiles`` call for counts (Bluesky).
    """

    lists_full_profiles: bool

    def notifications(
        self, cursor: str | None = None, since: str | None = None
    ) -> Iterator[Page[Interaction]]:
        """Interactions newest first, starting after ``cursor`` and stopping at ``since`` (a newest_id)."""
        ...

    def relationships(self, ids: Sequence[str]) -> list[PlatformRelationship]:
        """The owner's relationship to each account, in the platform's batch size."""
        ...

    def blocks(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        """Accounts the owner blocks (empty where the platform's API cannot list them)."""
        ...

    def mutes(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        """Accounts the owner mutes."""
        ...

    def close(self) -> None:
        """Release the HTTP client."""
        ...
