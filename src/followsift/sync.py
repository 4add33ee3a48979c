"""Sync one live account into the store: paginate → upsert → snapshot, resumable after a crash.

A sync pass runs stages in order: followers, following, blocks, mutes, notifications, profiles, posts,
then the snapshot. Every fetched page is written in one transaction together with its provenance, the
membership collected so far (``sync_members``) and the stream's checkpoint, so a sync killed at any
instant resumes after the last committed page: nothing is refetched, lost or counted twice. The snapshot
is written (and the pass's staging cleared) in one more transaction at the very end.

Incremental where the platforms allow it: notifications stop at the newest one seen by the previous sync;
profiles and recent posts are refetched only when older than their maximum age. Follower and following
lists have no delta API on any platform, so each pass reads them in full.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from followsift.model import Account, account_key
from followsift.sources.base import LiveSource, Page, Source
from followsift.store import PageRecord, Snapshot, Store

__all__ = ["PASS_STREAMS", "SyncEvent", "SyncReport", "estimate_x_cost", "sync_account"]

#: Checkpoint streams of one pass; all cleared when its snapshot is written.
PASS_STREAMS = (
    "followers",
    "following",
    "blocks",
    "mutes",
    "notifications",
    "notifications.pending",
    "profiles",
    "posts",
)
_SINCE = "notifications.since"
_PROFILE_CHUNK = 100


@dataclass(slots=True, frozen=True)
class SyncEvent:
    """One progress report: a page stored, a wait, or a stage starting/finishing."""

    kind: str  # "stage" | "page" | "wait" | "done"
    stream: str
    count: int = 0
    total: int | None = None
    message: str = ""


Progress = Callable[[SyncEvent], None]


@dataclass(slots=True)
class SyncReport:
    """What a sync did."""

    owner: str
    followers: int = 0
    following: int = 0
    interactions: int = 0
    profiles: int = 0
    posts_accounts: int = 0
    pages: int = 0
    requests: int = 0
    waited_seconds: float = 0.0
    rate_limited: int = 0
    resumed: bool = False
    snapshot: Snapshot | None = None
    counts: dict[str, int] = field(default_factory=dict)


def sync_account(
    store: Store,
    source: Source,
    *,
    progress: Progress | None = None,
    posts: int = 50,
    posts_per_account: int = 20,
    profile_max_age: timedelta = timedelta(days=7),
    posts_max_age: timedelta = timedelta(days=7),
    notifications: bool = True,
) -> SyncReport:
    """Sync the source's owner account into ``store``; resumes an interrupted pass where it stopped.

    ``posts`` caps how many accounts get their recent posts (re)fetched in this pass (one request each);
    the stalest are chosen first, so repeated syncs cover everyone over time.
    """
    run = _Run(store, source, progress or (lambda _e: None))
    run.attach_pacer()
    owner = run.begin()
    run.members("followers", source.followers)
    run.members("following", source.following)
    if isinstance(source, LiveSource):
        run.members("blocks", source.blocks)
        run.members("mutes", source.mutes)
    if notifications:
        run.notifications()
    run.profiles(profile_max_age)
    run.posts(posts, posts_per_account, posts_max_age)
    lists = ("blocks", "mutes") if isinstance(source, LiveSource) else ()
    run.report.snapshot = store.finish_pass(owner, lists=lists, streams=PASS_STREAMS, source=source.platform)
    run.finish()
    return run.report


class _Run:
    """The state of one sync call: the store, the source, the owner and what has been done."""

    def __init__(self, store: Store, source: Source, progress: Progress) -> None:
        self.store = store
        self.source = source
        self.progress = progress
        self.owner = ""
        self.report = SyncReport(owner="")
        self._start = (0, 0.0, 0)

    def attach_pacer(self) -> None:
        pacer = getattr(self.source, "pacer", None)
        if pacer is not None:
            pacer.progress = lambda message: self.progress(SyncEvent("wait", "", message=message))
            self._start = (pacer.requests, pacer.waited, pacer.rate_limited)

    def begin(self) -> str:
        me = self.source.whoami()
        self.owner = self.store.ensure_owner(me)
        self.report.owner = self.owner
        self.report.resumed = any(self.store.checkpoint(self.owner, s) != (None, False) for s in PASS_STREAMS)
        return self.owner

    def finish(self) -> None:
        pacer = getattr(self.source, "pacer", None)
        if pacer is not None:
            self.report.requests = pacer.requests - self._start[0]
            self.report.waited_seconds = pacer.waited - self._start[1]
            self.report.rate_limited = pacer.rate_limited - self._start[2]
        self.report.followers = (
            len(self.store.members(self.report.snapshot, "follower")) if self.report.snapshot else 0
        )
        self.report.following = (
            len(self.store.members(self.report.snapshot, "following")) if self.report.snapshot else 0
        )
        self.progress(SyncEvent("done", "", message=f"synced {self.owner}"))

    # -- membership streams -----------------------------------------------------------------------------
    def members(self, stream: str, pages: Callable[[str | None], Iterator[Page[Account]]]) -> None:
        cursor, done = self.store.checkpoint(self.owner, stream)
        count = len(self.store.staged_members(self.owner, stream))
        if done:
            self.report.counts[stream] = count
            return
        self.progress(SyncEvent("stage", stream, count))
        full = getattr(self.source, "lists_full_profiles", True)
        for page in pages(cursor):
            accounts = self._merge(page.items, partial=not full)
            with self.store.transaction() as conn:
                if full:
                    self.store.upsert_accounts(accounts, conn=conn)
                    self.store.mark_fetched(
                        [a.key for a in accounts], "profile", at=page.fetched_at, conn=conn
                    )
                else:
                    self.store.upsert_accounts(self._unknown(accounts), conn=conn)
                self.store.stage_members(self.owner, stream, [a.key for a in page.items], conn=conn)
                self._page(stream, page, cursor, conn)
                self.store.save_checkpoint(
                    self.owner, stream, page.next_cursor, done=page.next_cursor is None, conn=conn
                )
            cursor = page.next_cursor
            count += len(page.items)
            self.progress(SyncEvent("page", stream, count))
        # A source that ends without a final page (empty list) still finishes the stream.
        self.store.save_checkpoint(self.owner, stream, None, done=True)
        self.report.counts[stream] = len(self.store.staged_members(self.owner, stream))

    def _unknown(self, accounts: list[Account]) -> list[Account]:
        """Partial views are stored only for accounts not yet known, so they never replace full profiles."""
        known = self.store.get_accounts([a.key for a in accounts])
        return [a for a in accounts if a.key not in known]

    def _merge(self, accounts: Iterable[Account], *, partial: bool) -> list[Account]:
        """Fresh profiles keep what their endpoint does not carry (posts; for partial views, any field)."""
        accounts = list(accounts)
        stored = self.store.get_accounts([a.key for a in accounts])
        return [_merged(a, stored.get(a.key), partial=partial) for a in accounts]

    def _page(self, stream: str, page: Page[Any], cursor: str | None, conn: Any) -> None:
        record = PageRecord(self.owner, stream, page.endpoint, cursor, len(page.items), page.fetched_at)
        self.store.record_page(record, conn=conn)
        self.report.pages += 1

    # -- notifications ------------------------------------------------------------------------------------
    def notifications(self) -> None:
        cursor, done = self.store.checkpoint(self.owner, "notifications")
        if done:
            return
        since, _ = self.store.checkpoint(self.owner, _SINCE)
        pending, _ = self.store.checkpoint(self.owner, "notifications.pending")
        self.progress(SyncEvent("stage", "notifications"))
        pages = (
            self.source.notifications(cursor, since=since)
            if isinstance(self.source, LiveSource)
            else self.source.notifications(cursor)
        )
        for page in pages:
            with self.store.transaction() as conn:
                self.report.interactions += self.store.add_interactions(self.owner, page.items, conn=conn)
                if pending is None and page.newest_id is not None:
                    # The newest item of the pass's first page is the next sync's starting point.
                    pending = page.newest_id
                    self.store.save_checkpoint(self.owner, "notifications.pending", pending, conn=conn)
                self._page("notifications", page, cursor, conn)
                self.store.save_checkpoint(self.owner, "notifications", page.next_cursor, conn=conn)
            cursor = page.next_cursor
            self.progress(SyncEvent("page", "notifications", self.report.interactions))
        with self.store.transaction() as conn:
            self.store.save_checkpoint(self.owner, _SINCE, pending or since, done=True, conn=conn)
            self.store.save_checkpoint(self.owner, "notifications", None, done=True, conn=conn)

    # -- profiles and posts --------------------------------------------------------------------------------
    def _member_keys(self) -> list[str]:
        keys = set()
        for stream in ("followers", "following"):
            keys |= self.store.staged_members(self.owner, stream)
        return sorted(keys)

    def _interaction_keys(self) -> set[str]:
        return {account_key(i.platform, i.account_id) for i in self.store.interactions(self.owner)}

    def profiles(self, max_age: timedelta) -> None:
        """Refresh stale or missing profiles of members and of accounts that interacted with the owner."""
        _, done = self.store.checkpoint(self.owner, "profiles")
        if done:
            return
        keys = sorted(set(self._member_keys()) | self._interaction_keys())
        stale = self._stale(keys, "profile", max_age)
        self.progress(SyncEvent("stage", "profiles", 0, len(stale)))
        done_count = 0
        for chunk in _chunks(stale, _PROFILE_CHUNK):
            ids = [k.split(":", 1)[1] for k in chunk]
            fetched = self._merge(self.source.profiles(ids), partial=False)
            with self.store.transaction() as conn:
                self.store.upsert_accounts(fetched, conn=conn)
                # Missing ones are deleted or suspended: marking them too stops a refetch every sync.
                self.store.mark_fetched(chunk, "profile", conn=conn)
            done_count += len(chunk)
            self.report.profiles += len(fetched)
            self.progress(SyncEvent("page", "profiles", done_count, len(stale)))
        self.store.save_checkpoint(self.owner, "profiles", None, done=True)

    def posts(self, budget: int, per_account: int, max_age: timedelta) -> None:
        """Fetch recent posts of the stalest members, up to ``budget`` accounts per pass."""
        cursor, done = self.store.checkpoint(self.owner, "posts")
        if done or budget <= 0:
            return
        already = int(cursor or 0)
        fetched_at = self.store.fetched_at(self._member_keys(), "posts")
        cutoff = datetime.now(UTC) - max_age
        stale = [k for k in self._member_keys() if fetched_at.get(k, cutoff - timedelta(1)) < cutoff]
        stale.sort(key=lambda k: (k in fetched_at, fetched_at.get(k, cutoff), k))
        todo = stale[: max(0, budget - already)]
        self.progress(SyncEvent("stage", "posts", already, already + len(todo)))
        for n, key in enumerate(todo, start=already + 1):
            self._fetch_posts(key, per_account, n)
            self.progress(SyncEvent("page", "posts", n, already + len(todo)))
        self.store.save_checkpoint(self.owner, "posts", str(already + len(todo)), done=True)

    def _fetch_posts(self, key: str, per_account: int, n: int) -> None:
        account_id = key.split(":", 1)[1]
        posts = self.source.recent_posts(account_id, per_account)
        stored = self.store.get_accounts([key]).get(key)
        with self.store.transaction() as conn:
            if stored is not None:
                dates = [p.created_at for p in posts if p.created_at and not p.is_repost]
                newest = max(dates) if dates else None
                last = (
                    max(d for d in (newest, stored.last_post_at) if d)
                    if newest or stored.last_post_at
                    else None
                )
                self.store.upsert_accounts([replace(stored, posts=posts, last_post_at=last)], conn=conn)
            self.store.mark_fetched([key], "posts", conn=conn)
            self.store.save_checkpoint(self.owner, "posts", str(n), conn=conn)
        self.report.posts_accounts += 1

    def _stale(self, keys: Sequence[str], what: str, max_age: timedelta) -> list[str]:
        when = self.store.fetched_at(keys, what)
        cutoff = datetime.now(UTC) - max_age
        return [k for k in keys if k not in when or when[k] < cutoff]


def _merged(new: Account, old: Account | None, *, partial: bool) -> Account:
    if old is None:
        return new
    if partial:
        keep = {
            f.name: getattr(old, f.name)
            for f in fields(Account)
            if getattr(new, f.name) in (None, []) and getattr(old, f.name) not in (None, [])
        }
        return replace(new, **keep)
    return replace(
        new,
        posts=new.posts or old.posts,
        last_post_at=new.last_post_at or old.last_post_at,
    )


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


#: X API pay-per-use prices in US dollars per resource read (2026 price sheet; override when they change).
X_PRICES = {"user": 0.010, "post": 0.005}


def estimate_x_cost(
    *,
    followers: int,
    following: int,
    posts_accounts: int = 0,
    posts_per_account: int = 20,
    mentions: int = 100,
    prices: dict[str, float] | None = None,
) -> float:
    """Estimated US dollars an X sync costs under pay-per-use: every user object and post read is billed."""
    price = {**X_PRICES, **(prices or {})}
    users = followers + following
    posts = posts_accounts * posts_per_account + mentions
    return round(users * price["user"] + posts * price["post"], 2)
