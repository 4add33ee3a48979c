"""Bluesky through the atproto SDK: followers, follows, profiles, author feeds, notifications, blocks, mutes.

The SDK's httpx client carries the shared ``Pacer`` as an event hook, so it reads the ``RateLimit-*``
headers (epoch reset) the PDS sends. Follower and follow pages hold partial profile views (no counts),
so the sync refreshes profiles in bulk (``getProfiles``, 25 a call) only when they are missing or stale.
Bluesky has no "remove follower": blocking is the only way to shed one (and blocks are public records).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
from atproto_client import Client
from atproto_client import exceptions as at_errors
from atproto_client.request import Request

from followsift.auth import DEFAULT_PDS, Credentials
from followsift.errors import AuthError, NotFoundError, SourceError
from followsift.model import Account, Interaction, InteractionKind, Post
from followsift.records import parse_time
from followsift.sources._http import (
    PacedCalls,
    Pacer,
    Progress,
    RateLimitedError,
    RetryableError,
    protect_logs,
    redact,
)
from followsift.sources.base import Capability, Page, PlatformRelationship

__all__ = ["BlueskySource", "account_from_bluesky"]

T = TypeVar("T")
PAGE = 100  # getFollowers / getFollows / getBlocks / getMutes cap
BATCH = 25  # getProfiles cap
RELATIONSHIP_BATCH = 30  # getRelationships cap
NOTIFICATION_PAGE = 100
_KINDS = {
    "reply": InteractionKind.REPLY,
    "mention": InteractionKind.MENTION,
    "quote": InteractionKind.QUOTE,
    "repost": InteractionKind.REPOST,
    "like": InteractionKind.LIKE,
    "follow": InteractionKind.FOLLOW,
}


class BlueskySource(PacedCalls):
    """One Bluesky account, read through the official atproto client (handle + app password)."""

    platform = "bluesky"
    lists_full_profiles = False
    capabilities = frozenset(
        {
            Capability.FOLLOW,
            Capability.UNFOLLOW,
            Capability.BLOCK,
            Capability.MUTE,
            Capability.NOTIFICATIONS,
            Capability.POSTS,
            Capability.RELATIONSHIPS,
        }
    )

    def __init__(
        self,
        creds: Credentials,
        *,
        progress: Progress | None = None,
        pacer: Pacer | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
        page_size: int = PAGE,
    ) -> None:
        creds.check()
        self.creds = creds
        self.base_url = (creds.url or DEFAULT_PDS).rstrip("/")
        self._secrets = creds.secrets()
        protect_logs(self._secrets)
        self.page_size = page_size
        self.pacer = pacer or Pacer("bluesky", progress=progress)
        options: dict[str, Any] = {
            "timeout": timeout,
            "event_hooks": {"response": [self.pacer.observe_response]},
        }
        if transport is not None:
            options["transport"] = transport
        self._request = Request(**options)
        self.client = Client(base_url=self.base_url, request=self._request)
        self._me: Account | None = None

    def close(self) -> None:
        self._request.close()

    # -- calls ----------------------------------------------------------------------------------------------
    def _translate(self, fn: Callable[[], T], what: str) -> T:
        try:
            return fn()
        except at_errors.RequestErrorBase as err:
            raise self._error(err, what) from None
        except at_errors.AtProtocolError as err:
            raise SourceError(f"Bluesky failed on {what}: {redact(str(err), self._secrets)}") from None

    def _error(self, err: at_errors.RequestErrorBase, what: str) -> Exception:
        response = err.response
        status = response.status_code if response is not None else None
        if status == 429:
            return RateLimitedError(dict(response.headers) if response is not None else {})
        if isinstance(err, at_errors.NetworkError) or status is None or status >= 500:
            return RetryableError(f"HTTP {status}" if status else type(err).__name__)
        if isinstance(err, at_errors.UnauthorizedError):
            return AuthError(
                f"Bluesky at {self.base_url} refused the handle or app password ({what}): "
                "run `followsift login bluesky` again"
            )
        message = getattr(response.content, "message", None) if response is not None else None
        if status == 400 and message and "not found" in str(message).lower():
            return NotFoundError(f"Bluesky has no such account ({what})")
        return SourceError(
            f"Bluesky failed on {what}: HTTP {status} {redact(str(message or ''), self._secrets)}"
        )

    def _login(self) -> None:
        self._call(lambda: self.client.login(self.creds.handle, self.creds.app_password), "login")

    # -- Source ---------------------------------------------------------------------------------------------
    def whoami(self) -> Account:
        if self._me is None:
            self._login()
            did = self.client.me.did if self.client.me else str(self.creds.handle)
            profile = self._call(lambda: self.client.app.bsky.actor.get_profile({"actor": did}), "getProfile")
            self._me = account_from_bluesky(profile, datetime.now(UTC))
        return self._me

    def followers(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._actor_pages(
            "getFollowers", lambda p: self.client.app.bsky.graph.get_followers(p), "followers", cursor
        )

    def following(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._actor_pages(
            "getFollows", lambda p: self.client.app.bsky.graph.get_follows(p), "follows", cursor
        )

    def blocks(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._actor_pages(
            "getBlocks", lambda p: self.client.app.bsky.graph.get_blocks(p), "blocks", cursor
        )

    def mutes(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._actor_pages(
            "getMutes", lambda p: self.client.app.bsky.graph.get_mutes(p), "mutes", cursor
        )

    def _actor_pages(
        self, method: str, call: Callable[[dict[str, Any]], Any], field: str, cursor: str | None
    ) -> Iterator[Page[Account]]:
        me = self.whoami().id
        own_list = method in ("getBlocks", "getMutes")  # these read the session's own list, no actor
        while True:
            params: dict[str, Any] = {"limit": self.page_size, "cursor": cursor}
            if not own_list:
                params["actor"] = me
            response = self._call(lambda p=params: call(p), method)  # type: ignore[misc]
            fetched = datetime.now(UTC)
            views = getattr(response, field)
            cursor = response.cursor if views else None
            items = [account_from_bluesky(v, fetched) for v in views]
            yield Page(items, cursor, f"{self.base_url}/xrpc/app.bsky.graph.{method}", fetched)
            if cursor is None:
                return

    def profiles(self, ids: Sequence[str]) -> list[Account]:
        self.whoami()
        out: list[Account] = []
        for start in range(0, len(ids), BATCH):
            batch = list(ids[start : start + BATCH])
            response = self._call(
                lambda b=batch: self.client.app.bsky.actor.get_profiles({"actors": b}),  # type: ignore[misc]
                "getProfiles",
            )
            fetched = datetime.now(UTC)
            out.extend(account_from_bluesky(p, fetched) for p in response.profiles)
        return out

    def recent_posts(self, account_id: str, limit: int = 20) -> list[Post]:
        self.whoami()
        response = self._call(
            lambda: self.client.app.bsky.feed.get_author_feed(
                {"actor": account_id, "limit": min(limit, 100)}
            ),
            "getAuthorFeed",
        )
        return [_post(item) for item in response.feed][:limit]

    def relationships(self, ids: Sequence[str]) -> list[PlatformRelationship]:
        me = self.whoami().id
        out: list[PlatformRelationship] = []
        for start in range(0, len(ids), RELATIONSHIP_BATCH):
            batch = list(ids[start : start + RELATIONSHIP_BATCH])
            response = self._call(
                lambda b=batch: self.client.app.bsky.graph.get_relationships({"actor": me, "others": b}),  # type: ignore[misc]
                "getRelationships",
            )
            out.extend(
                PlatformRelationship(id=r.did, following=bool(r.following), followed_by=bool(r.followed_by))
                for r in response.relationships
                if hasattr(r, "following")
            )
        return out

    def notifications(
        self, cursor: str | None = None, since: str | None = None
    ) -> Iterator[Page[Interaction]]:
        """Newest first; ``since`` is the newest ``indexedAt`` seen before (the API has no since parameter)."""
        self.whoami()
        endpoint = f"{self.base_url}/xrpc/app.bsky.notification.listNotifications"
        while True:
            params = {"limit": NOTIFICATION_PAGE, "cursor": cursor}
            response = self._call(
                lambda p=params: self.client.app.bsky.notification.list_notifications(p),  # type: ignore[misc]
                "listNotifications",
            )
            fetched = datetime.now(UTC)
            notes = list(response.notifications)
            fresh = [n for n in notes if since is None or n.indexed_at > since]
            items = [i for n in fresh if (i := _interaction(n)) is not None]
            newest = notes[0].indexed_at if notes else None
            reached_old = len(fresh) < len(notes)
            cursor = None if reached_old or not notes else response.cursor
            yield Page(items, cursor, endpoint, fetched, newest)
            if cursor is None:
                return


def account_from_bluesky(view: Any, observed_at: datetime) -> Account:
    """An Account from a Bluesky profile view (basic, partial or detailed)."""
    labels = {str(label.val) for label in getattr(view, "labels", None) or []}
    return Account(
        id=str(view.did),
        platform="bluesky",
        handle=str(view.handle),
        display_name=getattr(view, "display_name", None) or None,
        bio=getattr(view, "description", None) or None,
        url=f"https://bsky.app/profile/{view.handle}",
        created_at=parse_time(getattr(view, "created_at", None)),
        observed_at=observed_at,
        followers_count=getattr(view, "followers_count", None),
        following_count=getattr(view, "follows_count", None),
        posts_count=getattr(view, "posts_count", None),
        default_avatar=getattr(view, "avatar", None) is None,
        status="suspended" if "!takedown" in labels else "active",
        labels=sorted(labels),
    )


def _post(item: Any) -> Post:
    post = item.post
    record = post.record
    reason = getattr(item, "reason", None)
    return Post(
        text=str(getattr(record, "text", "") or ""),
        created_at=parse_time(getattr(record, "created_at", None)),
        is_reply=getattr(record, "reply", None) is not None,
        is_repost=reason is not None and "repost" in str(getattr(reason, "py_type", "")).lower(),
        id=str(post.uri),
        lang=(getattr(record, "langs", None) or [None])[0],
    )


def _interaction(note: Any) -> Interaction | None:
    kind = _KINDS.get(str(note.reason))
    if kind is None:
        return None
    text = getattr(note.record, "text", None)
    mine = kind in (InteractionKind.REPLY, InteractionKind.MENTION, InteractionKind.QUOTE)
    return Interaction(
        platform="bluesky",
        account_id=str(note.author.did),
        kind=kind,
        created_at=parse_time(getattr(note.record, "created_at", None) or note.indexed_at)
        or datetime.now(UTC),
        # Their post for replies, mentions and quotes; the liked/reposted post of ours for the others.
        post_id=str(note.uri)
        if mine
        else (str(note.reason_subject) if note.reason_subject else str(note.uri)),
        text=text if mine else None,
    )
