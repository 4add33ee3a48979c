"""Domain records: plain, typed, immutable-ish dataclasses that every layer passes around.

Times are timezone-aware UTC ``datetime`` values. An account is identified by ``(platform, id)``; its
``key`` (``"mastodon:109…"``) is what the store and the graph use.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

__all__ = [
    "FLAGS",
    "Account",
    "Action",
    "Edge",
    "Interaction",
    "InteractionKind",
    "Interest",
    "InterestMatch",
    "Platform",
    "Post",
    "ProfileField",
    "Recommendation",
    "Relationship",
    "Verdict",
    "account_key",
]

Platform = str  # "x" | "mastodon" | "bluesky" | "demo"

#: Every flag a verdict may carry, in the order reasons are shown.
FLAGS: tuple[str, ...] = (
    "adult",
    "spam",
    "follow_farmer",
    "churner",
    "needy",
    "vanity",
    "automated",
    "inactive",
    "moved",
    "off_topic",
    "high_volume",
)


def account_key(platform: str, account_id: str) -> str:
    """The store's identity of an account: platform and platform id joined by a colon."""
    return f"{platform}:{account_id}"


@dataclass(slots=True)
class ProfileField:
    """A Mastodon-style profile field (name/value pair)."""

    name: str
    value: str


@dataclass(slots=True)
class Post:
    """One recent post of an account (a tweet, toot or skeet)."""

    text: str
    created_at: datetime | None = None
    is_reply: bool = False
    is_repost: bool = False
    id: str | None = None
    lang: str | None = None


@dataclass(slots=True, kw_only=True)
class Account:
    """An account profile as observed at ``observed_at`` (DESIGN.md section 3)."""

    id: str
    platform: Platform = "x"
    handle: str | None = None
    display_name: str | None = None
    bio: str | None = None
    url: str | None = None
    location: str | None = None
    fields: list[ProfileField] = field(default_factory=list)
    created_at: datetime | None = None
    observed_at: datetime | None = None
    followers_count: int | None = None
    following_count: int | None = None
    posts_count: int | None = None
    likes_count: int | None = None
    listed_count: int | None = None
    default_avatar: bool | None = None
    default_profile: bool | None = None
    verified: bool | None = None
    bot: bool | None = None
    locked: bool | None = None
    last_post_at: datetime | None = None
    posts: list[Post] = field(default_factory=list)
    #: "active" | "moved" | "deleted" | "suspended" | "memorial" when the source says so.
    status: str | None = None
    moved_to: str | None = None
    #: Labels the platform or its moderators put on the profile (Bluesky: "porn", "sexual", "nudity",
    #: "spam", "!hide", …), self-applied or not.
    labels: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return account_key(self.platform, self.id)

    @property
    def label(self) -> str:
        """How to name the account to a person: @handle, else the id."""
        return f"@{self.handle}" if self.handle else self.id


class InteractionKind(enum.StrEnum):
    REPLY = "reply"
    MENTION = "mention"
    QUOTE = "quote"
    REPOST = "repost"
    LIKE = "like"
    FOLLOW = "follow"


@dataclass(slots=True, kw_only=True)
class Interaction:
    """Something an account did to the owner (replied, mentioned, quoted, reposted, liked)."""

    platform: Platform
    account_id: str
    kind: InteractionKind
    created_at: datetime
    post_id: str | None = None
    text: str | None = None
    #: True once the owner has answered a reply or mention.
    answered: bool = False


@dataclass(slots=True, kw_only=True)
class Edge:
    """A follow edge between the owner and an account, with the span it was seen in."""

    owner: str
    account: str
    #: "follower" (account follows owner) or "following" (owner follows account).
    direction: str
    first_seen: datetime
    last_seen: datetime


@dataclass(slots=True, frozen=True)
class Interest:
    """One of the owner's interests: a name and optional words saying what it covers."""

    name: str
    description: str = ""


@dataclass(slots=True, frozen=True)
class InterestMatch:
    """An owner interest that an account shares, with what carried the match."""

    name: str
    score: float
    evidence: str = ""


@dataclass(slots=True, kw_only=True)
class Verdict:
    """What the judge concluded about one account (DESIGN.md section 3, ``score`` output)."""

    id: str
    bot_probability: float
    is_bot: bool
    flags: list[str] = field(default_factory=list)
    interests: list[InterestMatch] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    platform: Platform = "x"
    #: The account says it is a bot (profile flag, its own words, an _ebooks handle): honest, so never
    #: blocked for being one.
    declared_bot: bool = False
    #: Recent posting rate and the share of it that is reposts/boosts (for feed budget and policy).
    posts_per_day: float | None = None
    repost_share: float = 0.0

    def has(self, flag: str) -> bool:
        return flag in self.flags


class Action(enum.StrEnum):
    """What followsift recommends doing about an account."""

    FOLLOW_BACK = "follow_back"
    LEAVE = "leave"
    BLOCK = "block"
    REMOVE_FOLLOWER = "remove_follower"
    UNFOLLOW = "unfollow"
    MUTE = "mute"
    HIDE_REPOSTS = "hide_reposts"
    KEEP = "keep"

    @property
    def heading(self) -> str:
        return _ACTION_TITLES[self]


_ACTION_TITLES = {
    Action.FOLLOW_BACK: "Follow back",
    Action.LEAVE: "Leave (no action)",
    Action.BLOCK: "Block",
    Action.REMOVE_FOLLOWER: "Remove follower",
    Action.UNFOLLOW: "Unfollow",
    Action.MUTE: "Mute",
    Action.HIDE_REPOSTS: "Hide boosts/reposts",
    Action.KEEP: "Keep",
}


@dataclass(slots=True, kw_only=True)
class Relationship:
    """How an account relates to the owner at the latest snapshot."""

    is_follower: bool = False
    is_following: bool = False
    #: Replies, mentions and quotes the account sent the owner (reposts and likes excluded).
    conversations: int = 0
    #: Followed the owner for the first time since the previous snapshot.
    new_follower: bool = False
    keep_listed: bool = False


@dataclass(slots=True, kw_only=True)
class Recommendation:
    """A recommended action for one account, with the reasons a person would give."""

    account: Account
    verdict: Verdict
    relationship: Relationship
    action: Action
    reasons: list[str] = field(default_factory=list)
    #: Facts shown beside the reasons but never used to decide (e.g. "does not follow you back").
    notes: list[str] = field(default_factory=list)
