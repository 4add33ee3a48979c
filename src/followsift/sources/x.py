"""X through tweepy's API v2 ``Client``: followers, followings, users lookup, posts and mentions.

tweepy speaks ``requests``; its session is mounted on our httpx stack so the shared ``Pacer`` reads the
``x-rate-limit-*`` headers (epoch reset) of every response. API v2 has no block endpoint for writes, no
notifications (only mentions: replies, mentions and quotes that name the owner) and no bulk relationships.
Reads are billed per resource under pay-per-use: see ``followsift.sync.estimate_x_cost``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
import requests
import tweepy

from followsift.auth import Credentials
from followsift.errors import AuthError, CapabilityError, NotFoundError, SourceError
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
    requests_session,
)
from followsift.sources.base import Capability, Page, PlatformRelationship

__all__ = ["API_BASE", "XSource", "account_from_x"]

T = TypeVar("T")
API_BASE = "https://api.twitter.com/2"  # the host tweepy calls
PAGE = 1000  # followers/following page cap
BATCH = 100  # users lookup cap
USER_FIELDS = [
    "created_at",
    "description",
    "location",
    "profile_image_url",
    "protected",
    "public_metrics",
    "url",
    "verified",
    "most_recent_tweet_id",
]
TWEET_FIELDS = ["created_at", "referenced_tweets", "in_reply_to_user_id", "author_id", "lang"]


class XSource(PacedCalls):
    """One X account, read through tweepy's API v2 client (app-only bearer or OAuth 1.0a user context)."""

    platform = "x"
    lists_full_profiles = True
    capabilities = frozenset(
        {Capability.FOLLOW, Capability.UNFOLLOW, Capability.MUTE, Capability.NOTIFICATIONS, Capability.POSTS}
    )

    def __init__(
        self,
        creds: Credentials,
        *,
        progress: Progress | None = None,
        pacer: Pacer | None = None,
        http: httpx.Client | None = None,
        timeout: float = 30.0,
        page_size: int = PAGE,
    ) -> None:
        creds.check()
        self.creds = creds
        self._secrets = creds.secrets()
        protect_logs(self._secrets)
        self.page_size = page_size
        self.pacer = pacer or Pacer("x", progress=progress)
        self.http = http or httpx.Client(timeout=timeout)
        self.pacer.hook_httpx(self.http)
        self.user_context = bool(creds.access_token and creds.consumer_key)
        self.client = tweepy.Client(
            bearer_token=creds.token,
            consumer_key=creds.consumer_key,
            consumer_secret=creds.consumer_secret,
            access_token=creds.access_token,
            access_token_secret=creds.access_token_secret,
            return_type=dict,
            wait_on_rate_limit=False,  # the Pacer decides how to wait
        )
        self.client.session = requests_session(self.http)
        self._me: Account | None = None

    def close(self) -> None:
        self.http.close()

    # -- calls ----------------------------------------------------------------------------------------------
    def _translate(self, fn: Callable[[], T], what: str) -> T:
        try:
            return fn()
        except tweepy.TooManyRequests as err:
            raise RateLimitedError(dict(err.response.headers)) from None
        except tweepy.TwitterServerError as err:
            raise RetryableError(f"HTTP {err.response.status_code}") from None
        except requests.RequestException as err:
            raise RetryableError(redact(str(err), self._secrets)) from None
        except tweepy.Unauthorized:
            raise AuthError(f"X refused the token ({what}): run `followsift login x` again") from None
        except tweepy.Forbidden as err:
            detail = redact("; ".join(err.api_messages) or "forbidden", self._secrets)
            raise SourceError(f"X does not allow {what} with this app or plan: {detail}") from None
        except tweepy.NotFound:
            raise NotFoundError(f"X has no such thing ({what})") from None
        except tweepy.TweepyException as err:
            raise SourceError(f"X failed on {what}: {redact(str(err), self._secrets)}") from None

    # -- Source ---------------------------------------------------------------------------------------------
    def whoami(self) -> Account:
        if self._me is None:
            if self.user_context:
                body = self._call(
                    lambda: self.client.get_me(user_fields=USER_FIELDS, user_auth=True), "users/me"
                )
            else:
                username = (self.creds.handle or "").lstrip("@")
                body = self._call(
                    lambda: self.client.get_user(username=username, user_fields=USER_FIELDS),
                    "users/by/username",
                )
            self._me = account_from_x(_dict(body)["data"], datetime.now(UTC))
        return self._me

    def followers(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._user_pages("followers", self.client.get_users_followers, cursor)

    def following(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        return self._user_pages("following", self.client.get_users_following, cursor)

    def blocks(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        if not self.user_context:
            return iter(())  # listing blocks needs user context; app-only tokens cannot see them
        return self._user_pages("blocking", lambda _id, **kw: self.client.get_blocked(**kw), cursor)

    def mutes(self, cursor: str | None = None) -> Iterator[Page[Account]]:
        if not self.user_context:
            return iter(())
        return self._user_pages("muting", lambda _id, **kw: self.client.get_muted(**kw), cursor)

    def _user_pages(
        self, name: str, method: Callable[..., Any], cursor: str | None
    ) -> Iterator[Page[Account]]:
        me = self.whoami().id
        auth = {"user_auth": True} if self.user_context else {}
        while True:
            kwargs = {
                "max_results": self.page_size,
                "pagination_token": cursor,
                "user_fields": USER_FIELDS,
                **auth,
            }
            body = _dict(self._call(lambda kw=kwargs: method(me, **kw), name))  # type: ignore[misc]
            fetched = datetime.now(UTC)
            cursor = body.get("meta", {}).get("next_token")
            items = [account_from_x(u, fetched) for u in body.get("data") or []]
            yield Page(items, cursor, f"{API_BASE}/users/{me}/{name}", fetched)
            if cursor is None:
                return

    def profiles(self, ids: Sequence[str]) -> list[Account]:
        out: list[Account] = []
        for start in range(0, len(ids), BATCH):
            batch = list(ids[start : start + BATCH])
            body = _dict(
                self._call(lambda b=batch: self.client.get_users(ids=b, user_fields=USER_FIELDS), "users")  # type: ignore[misc]
            )
            fetched = datetime.now(UTC)
            out.extend(account_from_x(u, fetched) for u in body.get("data") or [])
        return out

    def recent_posts(self, account_id: str, limit: int = 20) -> list[Post]:
        count = max(5, min(limit, 100))  # the endpoint's bounds
        body = _dict(
            self._call(
                lambda: self.client.get_users_tweets(
                    account_id, max_results=count, tweet_fields=TWEET_FIELDS
                ),
                "users/tweets",
            )
        )
        return [_post(t) for t in body.get("data") or []][:limit]

    def relationships(self, ids: Sequence[str]) -> list[PlatformRelationship]:
        raise CapabilityError("X API v2 has no bulk relationship lookup: followers and following show it")

    def notifications(
        self, cursor: str | None = None, since: str | None = None
    ) -> Iterator[Page[Interaction]]:
        me = self.whoami().id
        while True:
            kwargs = {
                "max_results": 100,
                "pagination_token": cursor,
                "since_id": since,
                "tweet_fields": TWEET_FIELDS,
            }
            body = _dict(
                self._call(lambda kw=kwargs: self.client.get_users_mentions(me, **kw), "users/mentions")  # type: ignore[misc]
            )
            fetched = datetime.now(UTC)
            meta = body.get("meta", {})
            cursor = meta.get("next_token")
            items = [_interaction(t, me) for t in body.get("data") or []]
            yield Page(items, cursor, f"{API_BASE}/users/{me}/mentions", fetched, meta.get("newest_id"))
            if cursor is None:
                return


def _dict(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise SourceError("X answered with something that is not a JSON object; try again later")
    return body


def account_from_x(user: dict[str, Any], observed_at: datetime) -> Account:
    """An Account from an X API v2 user object."""
    metrics = user.get("public_metrics") or {}
    image = str(user.get("profile_image_url") or "")
    return Account(
        id=str(user["id"]),
        platform="x",
        handle=user.get("username"),
        display_name=user.get("name") or None,
        bio=user.get("description") or None,
        url=user.get("url") or None,
        location=user.get("location") or None,
        created_at=parse_time(user.get("created_at")),
        observed_at=observed_at,
        followers_count=metrics.get("followers_count"),
        following_count=metrics.get("following_count"),
        posts_count=metrics.get("tweet_count"),
        likes_count=metrics.get("like_count"),
        listed_count=metrics.get("listed_count"),
        default_avatar=("default_profile_images" in image) if image else None,
        verified=user.get("verified"),
        locked=user.get("protected"),
        status="active",
    )


def _refs(tweet: dict[str, Any]) -> set[str]:
    return {str(r.get("type")) for r in tweet.get("referenced_tweets") or []}


def _post(tweet: dict[str, Any]) -> Post:
    refs = _refs(tweet)
    return Post(
        text=str(tweet.get("text") or ""),
        created_at=parse_time(tweet.get("created_at")),
        is_reply="replied_to" in refs,
        is_repost="retweeted" in refs,
        id=str(tweet["id"]),
        lang=tweet.get("lang"),
    )


def _interaction(tweet: dict[str, Any], me: str) -> Interaction:
    refs = _refs(tweet)
    if "quoted" in refs:
        kind = InteractionKind.QUOTE
    elif str(tweet.get("in_reply_to_user_id") or "") == me:
        kind = InteractionKind.REPLY
    else:
        kind = InteractionKind.MENTION
    return Interaction(
        platform="x",
        account_id=str(tweet.get("author_id") or ""),
        kind=kind,
        created_at=parse_time(tweet.get("created_at")) or datetime.now(UTC),
        post_id=str(tweet["id"]),
        text=tweet.get("text"),
    )
