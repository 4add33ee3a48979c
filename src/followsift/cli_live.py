"""``followsift login`` and ``followsift sync``: live accounts on Mastodon, Bluesky and X.

``register(app)`` adds the commands to the main Typer app. Errors are ``FollowsiftError``s, which the main
entry point prints as one line with a non-zero exit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from followsift import auth
from followsift.errors import AuthError, ConfigError, FollowsiftError
from followsift.sources import open_live_source
from followsift.store import Store
from followsift.sync import SyncEvent, SyncReport, estimate_x_cost, sync_account

__all__ = ["register"]

err = Console(stderr=True)
out = Console()

DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (default: SQLite file in your data folder).")
]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).", dir_okay=False)]


def register(app: typer.Typer) -> None:
    """Add ``login`` and ``sync`` to ``app``."""
    app.command("login")(login)
    app.command("sync")(sync)


def login(
    platform: Annotated[str, typer.Argument(help="mastodon, bluesky or x.")],
    url: Annotated[str | None, typer.Option("--url", help="Mastodon instance or Bluesky PDS URL.")] = None,
    handle: Annotated[str | None, typer.Option("--handle", help="Bluesky handle or X username.")] = None,
) -> None:
    """Check a platform token and keep it in the OS keyring (environment variables on servers and CI)."""
    platform = platform.lower()
    if platform not in auth.PLATFORMS:
        raise ConfigError(f"unknown platform {platform!r}: use one of {', '.join(auth.PLATFORMS)}")
    if not auth.keyring_available():
        creds = auth.env_credentials(platform)
        if creds is None:
            raise AuthError(
                f"no OS keyring here and no {platform} environment variables: see docs/platforms.md"
            )
        err.print(f"No OS keyring on this machine: using {platform} credentials from the environment.")
    else:
        creds = _prompt(platform, url, handle)
    creds.check()
    owner = _verify(creds)
    if creds.origin != "environment":
        auth.save_credentials(creds)
    err.print(f"Logged in to {platform} as {owner}.")


def _prompt(platform: str, url: str | None, handle: str | None) -> auth.Credentials:
    if platform == "mastodon":
        url = url or typer.prompt("Instance URL (e.g. https://mastodon.social)")
        token = typer.prompt(
            "Access token (Preferences → Development → New application, read scopes)", hide_input=True
        )
        return auth.Credentials(platform=platform, url=url, token=token, origin="keyring")
    if platform == "bluesky":
        handle = handle or typer.prompt("Handle (e.g. you.bsky.social)")
        password = typer.prompt(
            "App password (Settings → Privacy and security → App passwords)", hide_input=True
        )
        return auth.Credentials(
            platform=platform,
            url=url or auth.DEFAULT_PDS,
            handle=handle,
            app_password=password,
            origin="keyring",
        )
    handle = handle or typer.prompt("X username (without @)")
    token = typer.prompt("Bearer token (developer portal → your app → Keys and tokens)", hide_input=True)
    return auth.Credentials(platform=platform, handle=handle, token=token, origin="keyring")


def _verify(creds: auth.Credentials) -> str:
    source = open_live_source(creds)
    try:
        return source.whoami().label
    finally:
        source.close()


def sync(
    account: Annotated[
        str | None,
        typer.Argument(help="mastodon, bluesky or x (default: every platform you are logged in to)."),
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    posts: Annotated[int, typer.Option("--posts", help="Accounts whose recent posts to (re)fetch.")] = 50,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before a paid X sync.")] = False,
    max_wait: Annotated[float, typer.Option("--max-wait", help="Longest rate-limit wait, seconds.")] = 900.0,
) -> None:
    """Fetch followers, followings, profiles, posts and interactions; resumes an interrupted sync."""
    platforms = _platforms(account)
    with _open_store(db, config) as store:
        for platform in platforms:
            creds = auth.load_credentials(platform)
            if creds.origin == "environment" and not auth.keyring_available():
                err.print(f"No OS keyring here: using {platform} credentials from the environment.")
            report = _sync_one(store, creds, posts=posts, yes=yes, max_wait=max_wait)
            _print_report(report)


def _platforms(account: str | None) -> list[str]:
    if account:
        name = account.split(":", 1)[0].lower()
        if name not in auth.PLATFORMS:
            raise ConfigError(f"unknown account {account!r}: name a platform (mastodon, bluesky or x)")
        return [name]
    found = [p for p in auth.PLATFORMS if _logged_in(p)]
    if not found:
        raise AuthError("not logged in anywhere: run `followsift login mastodon|bluesky|x` first")
    return found


def _logged_in(platform: str) -> bool:
    try:
        auth.load_credentials(platform)
    except FollowsiftError:
        return False
    return True


@contextmanager
def _open_store(db: str | None, config: Path | None) -> Iterator[Store]:
    """The store named by --db, else the settings' database (via the main CLI's helper when present)."""
    try:
        from followsift import cli

        store = cli._store(db, cli._settings(config))
    except (ImportError, AttributeError):
        store = Store.open(db)
    try:
        yield store
    finally:
        store.close()


def _sync_one(store: Store, creds: auth.Credentials, *, posts: int, yes: bool, max_wait: float) -> SyncReport:
    source = open_live_source(creds)
    pacer = getattr(source, "pacer", None)
    if pacer is not None:
        pacer.max_wait = max_wait
    try:
        if creds.platform == "x":
            me = source.whoami()
            _confirm_x_cost(me.followers_count, me.following_count, posts, yes)
        with _progress(creds.platform) as progress:
            return sync_account(store, source, progress=progress, posts=posts)
    finally:
        source.close()


def _confirm_x_cost(followers: int | None, following: int | None, posts: int, yes: bool) -> None:
    cost = estimate_x_cost(followers=followers or 0, following=following or 0, posts_accounts=posts)
    message = (
        f"This X sync reads about {followers or 0:,} + {following or 0:,} accounts: estimated ${cost:,.2f}."
    )
    if yes:
        err.print(message)
        return
    if not typer.confirm(message + " Continue?", default=False, err=True):
        raise typer.Exit(1)


@contextmanager
def _progress(platform: str) -> Iterator[Callable[[SyncEvent], None]]:
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def update(event: SyncEvent) -> None:
            if event.kind == "wait":
                err.print(f"[{platform}] {event.message}", markup=False)
                return
            if not event.stream:
                return
            if event.stream not in tasks:
                tasks[event.stream] = bar.add_task(f"{platform} {event.stream}", total=event.total)
            bar.update(tasks[event.stream], completed=event.count, total=event.total)

        yield update


def _print_report(report: SyncReport) -> None:
    resumed = " (resumed)" if report.resumed else ""
    out.print(
        f"{report.owner}{resumed}: {report.followers:,} followers, {report.following:,} following, "
        f"{report.interactions:,} interactions, {report.profiles:,} profiles refreshed, "
        f"{report.posts_accounts:,} accounts' posts; {report.requests:,} requests, "
        f"waited {report.waited_seconds:.0f} s",
        markup=False,
    )
