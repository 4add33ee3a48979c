"""The store: accounts, follow-graph snapshots with edge history, interactions and sync checkpoints.

SQLite file by default (``default_db_url()``), any SQLAlchemy URL by choice (PostgreSQL is tested). The
schema is created and upgraded by Alembic migrations on open. Snapshots never overwrite history: each edge
keeps ``first_seen``/``last_seen`` spans, and every snapshot lists its members.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import platformdirs
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from followsift import __version__
from followsift.errors import NotFoundError, StoreError
from followsift.model import Account, Edge, Interaction, InteractionKind
from followsift.records import account_from_dict, account_to_dict, to_iso
from followsift.store import schema as t

__all__ = ["PageRecord", "Snapshot", "Store", "default_db_url"]

_MIGRATIONS = Path(__file__).parent / "migrations"
FOLLOWER = "follower"
FOLLOWING = "following"
_BATCH = 500
T = TypeVar("T")


def default_db_url() -> str:
    """SQLite file in the user's data directory (platformdirs)."""
    data_dir = Path(platformdirs.user_data_dir("followsift", appauthor=False))
    return f"sqlite:///{data_dir / 'followsift.db'}"


def _utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything in followsift is aware UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Snapshot:
    id: int
    owner: str
    taken_at: datetime
    source: str


@dataclass(frozen=True, slots=True)
class PageRecord:
    """Provenance of one fetched page."""

    owner: str
    stream: str
    endpoint: str
    cursor: str | None
    items: int
    fetched_at: datetime


class Store:
    """A handle on one database. Use as a context manager or call ``close()``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- opening -----------------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (and create or migrate) the store at ``url``; SQLite in the data directory by default."""
        url = url or default_db_url()
        if url.startswith("sqlite:///") and ":memory:" not in url:
            _ensure_parent(url.removeprefix("sqlite:///"))
        try:
            engine = sa.create_engine(url, future=True)
        except (sa.exc.ArgumentError, ImportError) as err:
            raise StoreError(f"cannot use database URL {_redact(url)}: {err}") from None
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        store.migrate()
        return store

    def migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        try:
            with self.engine.begin() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        except sa.exc.OperationalError as err:
            raise StoreError(
                f"cannot open database {_redact(str(self.engine.url))}: {_first_line(err)}"
            ) from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- owners and accounts -----------------------------------------------------------------------------
    def ensure_owner(self, owner: Account) -> str:
        with self.engine.begin() as conn:
            self._upsert(
                conn,
                t.owners,
                [
                    {
                        "key": owner.key,
                        "platform": owner.platform,
                        "handle": owner.handle,
                        "created_at": _now(),
                    }
                ],
                update=("handle",),
            )
        self.upsert_accounts([owner])
        return owner.key

    def owners(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.scalars(sa.select(t.owners.c.key).order_by(t.owners.c.created_at)))

    def upsert_accounts(self, accounts: Iterable[Account], *, conn: Connection | None = None) -> int:
        """Insert or replace accounts (their latest profile) and add their posts; returns the count.

        Pass ``conn`` to write inside a caller's transaction (sync commits a page and its checkpoint at once).
        """
        if conn is None:
            with self.engine.begin() as own:
                return self._upsert_accounts(own, accounts)
        return self._upsert_accounts(conn, accounts)

    def _upsert_accounts(self, conn: Connection, accounts: Iterable[Account]) -> int:
        now = _now()
        count = 0
        for batch in _batched(accounts, _BATCH):
            rows = [_account_row(a, now) for a in batch]
            self._upsert(conn, t.accounts, rows, update=("handle", "observed_at", "record", "updated_at"))
            post_rows = [row for a in batch for row in _post_rows(a)]
            if post_rows:
                self._upsert(conn, t.posts, post_rows, update=("text", "created_at"))
            count += len(rows)
        return count

    def get_account(self, key: str) -> Account:
        found = self.get_accounts([key])
        if key not in found:
            raise NotFoundError(f"no account {key!r} in the store: run `followsift sync` first")
        return found[key]

    def get_accounts(self, keys: Iterable[str]) -> dict[str, Account]:
        out: dict[str, Account] = {}
        with self.engine.connect() as conn:
            for batch in _batched(keys, _BATCH):
                query = sa.select(t.accounts.c.key, t.accounts.c.record).where(t.accounts.c.key.in_(batch))
                for key, record in conn.execute(query):
                    out[key] = account_from_dict(record)
        return out

    def find_account(self, platform: str, handle: str) -> Account | None:
        with self.engine.connect() as conn:
            record = conn.scalar(
                sa.select(t.accounts.c.record).where(
                    t.accounts.c.platform == platform, t.accounts.c.handle == handle.lstrip("@")
                )
            )
        return None if record is None else account_from_dict(record)

    # -- snapshots and edges -----------------------------------------------------------------------------
    def write_snapshot(
        self,
        owner: str,
        *,
        followers: Iterable[str],
        following: Iterable[str],
        taken_at: datetime | None = None,
        source: str = "sync",
    ) -> Snapshot:
        """Record who follows and whom the owner follows now; extend or open edge spans."""
        with self.engine.begin() as conn:
            return self._write_snapshot(conn, owner, followers, following, taken_at, source)

    def _write_snapshot(
        self,
        conn: Connection,
        owner: str,
        followers: Iterable[str],
        following: Iterable[str],
        taken_at: datetime | None,
        source: str,
    ) -> Snapshot:
        taken_at = taken_at or _now()
        members = {FOLLOWER: set(followers), FOLLOWING: set(following)}
        previous = self._latest_snapshot(conn, owner)
        if previous and taken_at <= previous.taken_at:
            latest = to_iso(previous.taken_at)
            raise StoreError(f"snapshot time {to_iso(taken_at)} is not after the latest one ({latest})")
        inserted = conn.execute(
            t.snapshots.insert().values(owner=owner, taken_at=taken_at, source=source)
        ).inserted_primary_key
        snap_id = int(inserted[0]) if inserted else 0
        for direction, keys in members.items():
            self._insert_members(conn, snap_id, direction, keys)
            self._update_spans(conn, owner, direction, keys, taken_at, previous)
        return Snapshot(int(snap_id), owner, taken_at, source)

    def _insert_members(self, conn: Connection, snap_id: int, direction: str, keys: set[str]) -> None:
        for batch in _batched(sorted(keys), _BATCH):
            conn.execute(
                t.snapshot_members.insert(),
                [{"snapshot_id": snap_id, "direction": direction, "account": k} for k in batch],
            )

    def _update_spans(
        self,
        conn: Connection,
        owner: str,
        direction: str,
        keys: set[str],
        taken_at: datetime,
        previous: Snapshot | None,
    ) -> None:
        # A span is open when it was seen in the previous snapshot; only those extend, others start anew.
        open_spans: dict[str, datetime] = {}
        if previous is not None:
            rows = conn.execute(
                sa.select(t.edges.c.account, t.edges.c.first_seen).where(
                    t.edges.c.owner == owner,
                    t.edges.c.direction == direction,
                    t.edges.c.last_seen == previous.taken_at,
                )
            )
            open_spans = dict(rows.all())
        extend = [k for k in keys if k in open_spans]
        for batch in _batched(extend, _BATCH):
            conn.execute(
                t.edges.update()
                .where(
                    t.edges.c.owner == owner,
                    t.edges.c.direction == direction,
                    t.edges.c.last_seen == previous.taken_at if previous else sa.false(),
                    t.edges.c.account.in_(batch),
                )
                .values(last_seen=taken_at)
            )
        fresh: list[dict[str, Any]] = [
            {
                "owner": owner,
                "account": k,
                "direction": direction,
                "first_seen": taken_at,
                "last_seen": taken_at,
            }
            for k in sorted(keys - open_spans.keys())
        ]
        for chunk in _batched(fresh, _BATCH):
            conn.execute(t.edges.insert(), chunk)

    def snapshots(self, owner: str) -> list[Snapshot]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(t.snapshots).where(t.snapshots.c.owner == owner).order_by(t.snapshots.c.taken_at)
            )
            return [Snapshot(r.id, r.owner, _utc(r.taken_at) or _now(), r.source) for r in rows]

    def latest_snapshot(self, owner: str) -> Snapshot:
        with self.engine.connect() as conn:
            snap = self._latest_snapshot(conn, owner)
        if snap is None:
            raise NotFoundError(f"no snapshot of {owner!r} yet: run `followsift sync` (or `followsift demo`)")
        return snap

    def _latest_snapshot(self, conn: Connection, owner: str) -> Snapshot | None:
        row = conn.execute(
            sa.select(t.snapshots)
            .where(t.snapshots.c.owner == owner)
            .order_by(t.snapshots.c.taken_at.desc())
            .limit(1)
        ).first()
        return None if row is None else Snapshot(row.id, row.owner, _utc(row.taken_at) or _now(), row.source)

    def members(self, snapshot: Snapshot, direction: str) -> set[str]:
        c = t.snapshot_members.c
        return self._account_set(c.account, c.snapshot_id == snapshot.id, c.direction == direction)

    def edges(self, owner: str, direction: str | None = None) -> list[Edge]:
        query = sa.select(t.edges).where(t.edges.c.owner == owner)
        if direction:
            query = query.where(t.edges.c.direction == direction)
        with self.engine.connect() as conn:
            return [
                Edge(
                    owner=r.owner,
                    account=r.account,
                    direction=r.direction,
                    first_seen=_utc(r.first_seen) or _now(),
                    last_seen=_utc(r.last_seen) or _now(),
                )
                for r in conn.execute(query.order_by(t.edges.c.account, t.edges.c.first_seen))
            ]

    # -- interactions ------------------------------------------------------------------------------------
    def add_interactions(
        self, owner: str, items: Iterable[Interaction], *, conn: Connection | None = None
    ) -> int:
        rows = [
            {
                "owner": owner,
                "account": f"{i.platform}:{i.account_id}",
                "kind": str(i.kind),
                "event_id": i.post_id or to_iso(i.created_at) or "",
                "created_at": i.created_at,
                "post_id": i.post_id,
                "text": i.text,
                "answered": i.answered,
            }
            for i in items
        ]
        if conn is not None:
            for batch in _batched(rows, _BATCH):
                self._upsert(conn, t.interactions, batch, update=("answered", "text"))
            return len(rows)
        with self.engine.begin() as own:
            for batch in _batched(rows, _BATCH):
                self._upsert(own, t.interactions, batch, update=("answered", "text"))
        return len(rows)

    def interactions(self, owner: str, since: datetime | None = None) -> list[Interaction]:
        query = sa.select(t.interactions).where(t.interactions.c.owner == owner)
        if since is not None:
            query = query.where(t.interactions.c.created_at >= since)
        with self.engine.connect() as conn:
            rows = list(conn.execute(query.order_by(t.interactions.c.created_at)))
        return [
            Interaction(
                platform=r.account.split(":", 1)[0],
                account_id=r.account.split(":", 1)[1],
                kind=InteractionKind(r.kind),
                created_at=_utc(r.created_at) or _now(),
                post_id=r.post_id,
                text=r.text,
                answered=bool(r.answered),
            )
            for r in rows
        ]

    # -- sync checkpoints and provenance ------------------------------------------------------------------
    def checkpoint(self, owner: str, stream: str) -> tuple[str | None, bool]:
        """The saved cursor of a stream and whether it finished; ``(None, False)`` when never started."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(t.sync_state.c.cursor, t.sync_state.c.done).where(
                    t.sync_state.c.owner == owner, t.sync_state.c.stream == stream
                )
            ).first()
        return (None, False) if row is None else (row.cursor, bool(row.done))

    def save_checkpoint(
        self,
        owner: str,
        stream: str,
        cursor: str | None,
        *,
        done: bool = False,
        conn: Connection | None = None,
    ) -> None:
        row = {"owner": owner, "stream": stream, "cursor": cursor, "done": done, "updated_at": _now()}
        if conn is not None:
            self._upsert(conn, t.sync_state, [row], update=("cursor", "done", "updated_at"))
            return
        with self.engine.begin() as own:
            self._upsert(own, t.sync_state, [row], update=("cursor", "done", "updated_at"))

    def clear_checkpoints(self, owner: str, prefix: str = "") -> None:
        with self.engine.begin() as conn:
            conn.execute(
                t.sync_state.delete().where(
                    t.sync_state.c.owner == owner, t.sync_state.c.stream.startswith(prefix)
                )
            )

    def record_page(self, page: PageRecord, conn: Connection | None = None) -> None:
        values = {
            "owner": page.owner,
            "stream": page.stream,
            "endpoint": page.endpoint,
            "cursor": page.cursor,
            "items": page.items,
            "fetched_at": page.fetched_at,
            "tool_version": __version__,
        }
        if conn is not None:
            conn.execute(t.pages.insert().values(**values))
            return
        with self.engine.begin() as own:
            own.execute(t.pages.insert().values(**values))

    def pages(self, owner: str) -> list[PageRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(t.pages).where(t.pages.c.owner == owner).order_by(t.pages.c.id))
            return [
                PageRecord(r.owner, r.stream, r.endpoint, r.cursor, r.items, _utc(r.fetched_at) or _now())
                for r in rows
            ]

    # -- live sync: staged membership, owner lists, fetch times ------------------------------------------------
    def transaction(self) -> AbstractContextManager[Connection]:
        """One transaction for writes that must land together (a page, its provenance and its checkpoint)."""
        return self.engine.begin()

    def stage_members(self, owner: str, stream: str, keys: Iterable[str], *, conn: Connection) -> None:
        """Remember members collected by an unfinished pass (idempotent: a refetched page adds nothing)."""
        rows = [{"owner": owner, "stream": stream, "account": k} for k in keys]
        for batch in _batched(rows, _BATCH):
            self._upsert(conn, t.sync_members, batch, update=("account",))

    def staged_members(self, owner: str, stream: str) -> set[str]:
        c = t.sync_members.c
        return self._account_set(c.account, c.owner == owner, c.stream == stream)

    def finish_pass(
        self,
        owner: str,
        *,
        lists: Sequence[str] = (),
        streams: Sequence[str] = (),
        source: str = "sync",
        taken_at: datetime | None = None,
    ) -> Snapshot:
        """Close a complete sync pass in one transaction.

        Writes the snapshot from the staged followers/following, replaces the owner's lists (blocks,
        mutes) from their staged streams, then clears the staging and the pass's checkpoints, so a crash
        either leaves the whole pass to redo from staging or nothing to redo at all.
        """
        followers = self.staged_members(owner, FOLLOWER + "s")
        following = self.staged_members(owner, FOLLOWING)
        staged_lists = {name: self.staged_members(owner, name) for name in lists}
        with self.engine.begin() as conn:
            snap = self._write_snapshot(conn, owner, followers, following, taken_at, source)
            for name, keys in staged_lists.items():
                self._replace_list(conn, owner, name, keys, snap.taken_at)
            conn.execute(t.sync_members.delete().where(t.sync_members.c.owner == owner))
            conn.execute(
                t.sync_state.delete().where(t.sync_state.c.owner == owner, t.sync_state.c.stream.in_(streams))
            )
        return snap

    def _replace_list(
        self, conn: Connection, owner: str, name: str, keys: set[str], observed_at: datetime
    ) -> None:
        conn.execute(
            t.owner_lists.delete().where(t.owner_lists.c.owner == owner, t.owner_lists.c.list == name)
        )
        rows = [
            {"owner": owner, "list": name, "account": k, "observed_at": observed_at} for k in sorted(keys)
        ]
        for batch in _batched(rows, _BATCH):
            conn.execute(t.owner_lists.insert(), batch)

    def owner_list(self, owner: str, name: str) -> set[str]:
        """Accounts on one of the owner's lists ("blocks", "mutes") at the latest complete sync."""
        c = t.owner_lists.c
        return self._account_set(c.account, c.owner == owner, c.list == name)

    def mark_fetched(
        self, keys: Iterable[str], what: str, *, at: datetime | None = None, conn: Connection | None = None
    ) -> None:
        """Record that ``what`` ("profile", "posts") of these accounts was fetched ``at``."""
        when = at or _now()
        rows = [{"account": k, "what": what, "fetched_at": when} for k in keys]
        if conn is None:
            with self.engine.begin() as own:
                self._mark_fetched(own, rows)
            return
        self._mark_fetched(conn, rows)

    def _mark_fetched(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        for batch in _batched(rows, _BATCH):
            self._upsert(conn, t.account_fetches, batch, update=("fetched_at",))

    def fetched_at(self, keys: Iterable[str], what: str) -> dict[str, datetime]:
        """When ``what`` was last fetched for each of these accounts (absent when never)."""
        out: dict[str, datetime] = {}
        with self.engine.connect() as conn:
            for batch in _batched(keys, _BATCH):
                query = sa.select(t.account_fetches.c.account, t.account_fetches.c.fetched_at).where(
                    t.account_fetches.c.what == what, t.account_fetches.c.account.in_(batch)
                )
                for key, when in conn.execute(query):
                    out[key] = _utc(when) or _now()
        return out

    # -- internals -----------------------------------------------------------------------------------------
    def _account_set(self, column: sa.ColumnElement[str], *where: sa.ColumnElement[bool]) -> set[str]:
        """The distinct account keys of ``column`` in the rows matching ``where``."""
        with self.engine.connect() as conn:
            return set(conn.scalars(sa.select(column).where(*where)))

    def _upsert(
        self, conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]], *, update: Sequence[str]
    ) -> None:
        if not rows:
            return
        dialect = conn.dialect.name
        if dialect == "sqlite":
            stmt: Any = sqlite.insert(table)
        elif dialect == "postgresql":
            stmt = postgresql.insert(table)
        else:
            raise StoreError(f"the {dialect} database is not supported: use SQLite or PostgreSQL")
        keys = [c.name for c in table.primary_key.columns]
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in update})
        conn.execute(stmt, list(rows))


def _account_row(account: Account, now: datetime) -> dict[str, Any]:
    return {
        "key": account.key,
        "platform": account.platform,
        "id": account.id,
        "handle": account.handle,
        "observed_at": account.observed_at,
        "record": account_to_dict(account),
        "updated_at": now,
    }


def _post_rows(account: Account) -> Iterator[dict[str, Any]]:
    for post in account.posts:
        post_id = post.id or f"{to_iso(post.created_at)}#{hash(post.text) & 0xFFFFFFFF:08x}"
        yield {
            "account": account.key,
            "post_id": post_id,
            "created_at": post.created_at,
            "text": post.text,
            "is_reply": post.is_reply,
            "is_repost": post.is_repost,
        }


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ensure_parent(path: str) -> None:
    try:
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the folder for database {path}: {err.strerror}") from None


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _redact(url: str) -> str:
    """A URL safe for messages: the password never appears."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "<unparseable URL>"


def _first_line(err: Exception) -> str:
    return str(getattr(err, "orig", err)).strip().splitlines()[0]
