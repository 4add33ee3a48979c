"""Mastodon through Mastodon.py: followers, followings, profiles, posts, notifications, blocks, mutes.

Mastodon.py runs with ``ratelimit_method="throw"`` over our httpx stack, so the shared ``Pacer`` decides
how to wait (it reads X-RateLimit-* with the ISO-8601 reset every response carries).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any, TypeVar
from urllib.parse import urlparse

import httpx
import mastodon as mastodon_py

from followsift.auth import Credentials
from followsift.errors import AuthError, NotFoundError, SourceError
from followsift.model import Account, Interaction, InteractionKind, Post, ProfileField
from followsift.sources._http import (
    PacedCalls,
    Pacer,
    Progress,
    RateLimitedError,
    RetryableError,
    protect_logs,
    redact,
    requests_session,
)
from followsift.sources.base import Capability, Page, PlatformRelationship

__all__ = ["MastodonSource", "account_from_mastodon", "html_to_text"]

T = TypeVar("T")
PAGE = 80  # followers/following cap on real Mastodon
BATCH = 40  # accounts?id[] and relationships cap
NOTIFICATION_PAGE = 40
_KINDS = {
    "reblog": InteractionKind.REPOST,
    "favourite": InteractionKind.LIKE,
    "follow": InteractionKind.FOLLOW,
    "quote": InteractionKind.QUOTE,
}


class MastodonSource(PacedCalls):
    """One Mastodon account, read through the official client."""

    platform = "mastodon"
    lists_full_profiles = True
    capabilities = frozenset(
        {
            Capability.FOLLOW,
            Capability.UNFOLLOW,
            Capability.BLOCK,
            Capability.MUTE,
            Capability.REMOVE_FOLLOWER,
            Capability.HIDE_REPOSTS,
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
        http: httpx.Client | None = None,
        timeout: float = 30.0,
    ) -> None:
        if not creds.url or not creds.token:
            creds.check()
        self.base_url = (creds.url or "").rstrip("/")
        self.domain = urlparse(self.base_url).netloc
        self._secrets = creds.secrets()
        protect_logs(self._secrets)
        self.pacer = pacer or Pacer("mastodon", progress=progress)
        self.http = http or httpx.Client(timeout=timeout)
        self.pacer.hook_httpx(self.http)
        self.api = mastodon_py.Mastodon(
            access_token=creds.token,
            api_base_url=self.base_url,
            ratelimit_method="throw",
            request_timeout=timeout,
            session=requests_session(self.http),
            version_check_mode="none",
        )
        self._me: Account | None = None

    def close(self) -> None:
        self.http.close()

    # -- calls ----------------------------------------------------------------------------------------------
    def _translate(self, fn: Callable[[], T], what: str) -> T:
        """Run one SDK call, turning Mastodon.py's errors into ours (with secrets scrubbed)."""
        try:
            return fn()
        except mastodon_py.MastodonRatelimitError:
            raise RateLimitedError(self.pacer.last_headers) from None
        except (mastodon_py.MastodonServerError, mastodon_py.MastodonNetworkError) as err:
            raise RetryableError(self._clean(err)) from None
        except mastodon_py.MastodonUnauthorizedError:
            raise AuthError(
                f"Mastodon at {self.base_url} refused the access token ({what}): "
                "run `followsift login mastodon` again"
            ) from None
        except mastodon_py.MastodonNotFoundError:
            raise NotFoundError(f"Mastodon at {self.base_url} has no such thing ({what})") from None
        except mastodon_py.MastodonAPIError as err:
            if "Could not parse response" in str(err):
                # A truncated body (proxy cut, server restart) is transient: retry it.
                raise RetryableError("malformed response body") from None
            raise SourceError(f"Mastodon at {self.base_url} failed on {what}: {self._clean(err)}") from None
        except (mastodon_py.MastodonError, ValueError) as err:
            # A malformed body (truncated JSON) is transient more often than not: retry it.
            raise RetryableError(self._clean(err)) from None

    def _clean(self, err: Exception) -> str:
        return redact(" ".join(str(a) for a in err.args) or type(err).__name__, self._secrets)

    # -- Source ---------------------------------------------------------------------------------------------
    def whoami(self) -> Account:
        if self._me is None:
            me = self._call(self.api.account_verify_credentials, "verify credentials")
            self._me = self.to_account(me)
        return self._me

    def followers(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._account_pages("followers", self.api.account_followers, cursor, per_user=True)

    def following(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._account_pages("following", self.api.account_following, cursor, per_user=True)

    def blocks(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._account_pages("blocks", self.api.blocks, cursor, per_user=False)

    def mutes(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._account_pages("mutes", self.api.mutes, cursor, per_user=False)

    def _account_pages(
        self, name: str, method: Callable[..., Any], cursor: str | None, *, per_user: bool
    ) -> Iterator[Page[Account]]:
        me = self.whoami().id if per_user else None
        endpoint = f"/api/v1/accounts/{me}/{name}" if per_user else f"/api/v1/{name}"
        while True:
            kwargs: dict[str, Any] = {"max_id": cursor, "limit": PAGE}
            page = self._call(
                lambda kw=kwargs: method(me, **kw) if per_user else method(**kw),  # type: ignore[misc]
                name,
            )
            fetched = datetime.now(UTC)
            cursor = _next_max_id(page)
            items = [self.to_account(a, fetched) for a in page]
            yield Page(items, cursor if items else None, self.base_url + endpoint, fetched)
            if cursor is None or not items:
                return

    def profiles(self, ids: Sequence[str]) -> list[Account]:
        out: list[Account] = []
        for start in range(0, len(ids), BATCH):
            batch = list(ids[start : start + BATCH])
            found = self._call(lambda b=batch: self.api.accounts(b), "accounts")  # type: ignore[misc]
            fetched = datetime.now(UTC)
            out.extend(self.to_account(a, fetched) for a in found)
        return out

    def recent_posts(self, account_id: str, limit: int = 20) -> list[Post]:
        statuses = self._call(
            lambda: self.api.account_statuses(account_id, limit=min(limit, 40)), "account statuses"
        )
        return [_post(s) for s in statuses][:limit]

    def relationships(self, ids: Sequence[str]) -> list[PlatformRelationship]:
        out: list[PlatformRelationship] = []
        for start in range(0, len(ids), BATCH):
            batch = list(ids[start : start + BATCH])
            rels = self._call(lambda b=batch: self.api.account_relationships(b), "relationships")  # type: ignore[misc]
            out.extend(_relationship(r) for r in rels)
        return out

    def notifications(
        self, cursor: str | None = None, since: str | None = None
    ) -> Iterator[Page[Interaction]]:
        me = self.whoami().id
        types = ["mention", "reblog", "favourite", "follow", "quote"]
        while True:
            kwargs: dict[str, Any] = {"max_id": cursor, "since_id": since, "limit": NOTIFICATION_PAGE}
            page = self._call(
                lambda kw=kwargs: self.api.notifications(types=types, **kw),  # type: ignore[misc]
                "notifications",
            )
            fetched = datetime.now(UTC)
            cursor = _next_max_id(page)
            items = [i for n in page if (i := self._interaction(n, me)) is not None]
            newest = str(page[0]["id"]) if len(page) else None
            yield Page(
                items, cursor if len(page) else None, self.base_url + "/api/v1/notifications", fetched, newest
            )
            if cursor is None or not len(page):
                return

    # -- mapping --------------------------------------------------------------------------------------------
    def to_account(self, data: Any, observed_at: datetime | None = None) -> Account:
        return account_from_mastodon(data, self.domain, observed_at or datetime.now(UTC))

    def _interaction(self, note: Any, me: str) -> Interaction | None:
        status = note.get("status")
        kind = _KINDS.get(note["type"])
        if note["type"] == "mention":
            replying = status is not None and str(status.get("in_reply_to_account_id") or "") == me
            kind = InteractionKind.REPLY if replying else InteractionKind.MENTION
        if kind is None or note.get("account") is None:
            return None
        return Interaction(
            platform="mastodon",
            account_id=str(note["account"]["id"]),
            kind=kind,
            created_at=_time(note["created_at"]) or datetime.now(UTC),
            post_id=None if status is None else str(status["id"]),
            text=None
            if status is None or kind in (InteractionKind.LIKE, InteractionKind.REPOST)
            else html_to_text(status.get("content") or ""),
        )


def account_from_mastodon(data: Any, domain: str, observed_at: datetime) -> Account:
    """An Account from a Mastodon Account entity (a Mastodon.py object or a plain dict)."""
    acct = str(data.get("acct") or data.get("username") or "")
    moved = data.get("moved")
    states = (("suspended", data.get("suspended")), ("memorial", data.get("memorial")), ("moved", moved))
    status = next((state for state, holds in states if holds), "active")
    avatar = str(data.get("avatar") or "")
    fields = data.get("fields") or []
    return Account(
        id=str(data["id"]),
        platform="mastodon",
        handle=acct if "@" in acct or not domain else f"{acct}@{domain}",
        display_name=data.get("display_name") or None,
        bio=html_to_text(data.get("note") or "") or None,
        url=data.get("url"),
        fields=[ProfileField(str(f["name"]), html_to_text(str(f["value"]))) for f in fields],
        created_at=_time(data.get("created_at")),
        observed_at=observed_at,
        followers_count=data.get("followers_count"),
        following_count=data.get("following_count"),
        posts_count=data.get("statuses_count"),
        default_avatar=avatar.endswith("missing.png") if avatar else None,
        bot=bool(data.get("bot")),
        # A link the server checked points back to the profile (rel="me"): Mastodon's own verification.
        verified=True if any(f.get("verified_at") for f in fields) else None,
        locked=bool(data.get("locked")),
        last_post_at=_time(data.get("last_status_at")),
        status=status,
        moved_to=None if not moved else str(moved.get("acct") or moved.get("url") or moved.get("id")),
    )


def _post(status: Any) -> Post:
    reblog = status.get("reblog")
    source = reblog or status
    return Post(
        text=html_to_text(source.get("content") or ""),
        created_at=_time(status.get("created_at")),
        is_reply=status.get("in_reply_to_id") is not None,
        is_repost=reblog is not None,
        id=str(status["id"]),
        lang=source.get("language"),
    )


def _relationship(rel: Any) -> PlatformRelationship:
    following = bool(rel.get("following"))
    return PlatformRelationship(
        id=str(rel["id"]),
        following=following,
        followed_by=bool(rel.get("followed_by")),
        blocking=bool(rel.get("blocking")),
        muting=bool(rel.get("muting")),
        hiding_reposts=following and rel.get("showing_reblogs") is False,
        requested=bool(rel.get("requested")),
    )


def _next_max_id(page: Any) -> str | None:
    info = getattr(page, "_pagination_next", None)
    if not info or info.get("max_id") is None:
        return None
    return str(info["max_id"])


def _time(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # last_status_at is a date only
        text += "T00:00:00+00:00"
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class _TextExtractor(HTMLParser):
    """Mastodon HTML to plain text: paragraphs become blank lines, <br> newlines, links their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")
        classes = dict(attrs).get("class") or ""
        # Mastodon hides URL prefixes/suffixes in "invisible" spans; the visible text is what people read.
        if tag == "span" and (self._hidden or "invisible" in classes.split()):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(value: str) -> str:
    """Plain text of a Mastodon HTML fragment (note, field value or status content)."""
    if "<" not in value:
        return html.unescape(value).strip()
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()
