"""The ``followsift`` command: a few lines per command over the library.

Every user error is a ``FollowsiftError``: printed as one line on stderr, exit status 1. Tables go to stdout,
progress to stderr, ``--json`` prints machine-readable output only.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import platformdirs
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from followsift import __version__
from followsift.config import Settings, default_config_path, load_settings, starter_toml
from followsift.errors import ConfigError, FollowsiftError, InputError, NotFoundError
from followsift.judge import Judge
from followsift.model import Interest
from followsift.render import recommendation_dict, render_review_section, render_summary
from followsift.store import Store
from followsift.workspace import Review, load_demo, review

app = typer.Typer(
    name="followsift",
    help="Keep your follow graph about quality, not quantity: triage followers, audit followings, act safely.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (default: SQLite file in your data folder).")
]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).", dir_okay=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
LimitOption = Annotated[int, typer.Option("--limit", help="Rows shown per group (0: all).")]
AccountArg = Annotated[
    str | None,
    typer.Argument(help="Owner account key, e.g. mastodon:1234 (default: the only one in the store)."),
]
DemoOption = Annotated[
    bool, typer.Option("--demo", help="Use the demo workspace built by `followsift demo`.")
]


def demo_db_url() -> str:
    return f"sqlite:///{Path(platformdirs.user_data_dir('followsift', appauthor=False)) / 'demo.db'}"


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int | None], None]]:
    """A Rich progress bar on stderr, advanced by a (done, total) callback."""
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _settings(config: Path | None) -> Settings:
    return load_settings(config)


def _store(db: str | None, settings: Settings, demo: bool = False) -> Store:
    if demo:
        return Store.open(db or demo_db_url())
    return Store.open(db or settings.db)


def _owner(store: Store, account: str | None) -> str:
    owners = store.owners()
    if account:
        matches = [o for o in owners if o == account or o.endswith(f":{account.lstrip('@')}")]
        if not matches:
            raise NotFoundError(f"no account {account!r} in the store; known: {', '.join(owners) or 'none'}")
        return matches[0]
    if not owners:
        raise NotFoundError("the store has no accounts yet: run `followsift sync` (or try `followsift demo`)")
    if len(owners) > 1:
        raise NotFoundError(f"the store holds several accounts; name one: {', '.join(owners)}")
    return owners[0]


def _review(store: Store, owner: str, settings: Settings, all_followers: bool = False) -> Review:
    judge = Judge(settings)
    with progress_bar("Judging accounts") as update:
        return review(store, owner, settings, judge, all_followers=all_followers, progress=update)


def _emit_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


@app.command()
def init(
    config: ConfigOption = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter settings file (interests, keep-list, thresholds)."""
    path = config or default_config_path()
    if path.exists() and not force:
        raise ConfigError(f"{path} already exists; edit it, or pass --force to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(starter_toml(), encoding="utf-8")
    out.print(f"Wrote {path}. Edit [bold][interests][/] to describe what you care about.")


@app.command()
def demo(
    db: DbOption = None,
    json_output: JsonOption = False,
    limit: LimitOption = 8,
) -> None:
    """Build the demo workspace (a careers blogger, ~2,000 followers) and run the main job on it."""
    from followsift.sources.demo import build_demo_workspace, demo_settings

    url = db or demo_db_url()
    _reset_sqlite(url)
    with progress_bar("Building the demo workspace") as update:
        workspace = build_demo_workspace()
        update(1, 2)
        with Store.open(url) as store:
            owner = load_demo(store, workspace)
        update(2, 2)
    settings = demo_settings(workspace)
    with Store.open(url) as store:
        result = _review(store, owner, settings)
    _show_review(result, json_output, limit, triage=True, audit=True)
    if not json_output:
        err.print(
            "[dim]Explore it: `followsift triage --demo`, `followsift audit --demo --limit 0`, "
            "`followsift triage --demo --json`.[/]"
        )


def _reset_sqlite(url: str) -> None:
    """The demo always starts from an empty file so its fixed clock can write its snapshots again."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _show_review(result: Review, json_output: bool, limit: int, *, triage: bool, audit: bool) -> None:
    if json_output:
        payload: dict[str, Any] = {"owner": result.owner.key}
        if triage:
            payload["triage"] = [recommendation_dict(r) for r in result.triage]
        if audit:
            payload["audit"] = [recommendation_dict(r) for r in result.audit]
        _emit_json(payload)
        return
    render_summary(out, result)
    if triage:
        render_review_section(
            out, "New followers: who to follow back, leave or block", result.grouped(result.triage), limit
        )
    if audit:
        render_review_section(
            out, "Whom you follow: keep, mute or unfollow", result.grouped(result.audit), limit
        )


def _demo_settings_if(demo_flag: bool, config: Path | None) -> Settings:
    if not demo_flag:
        return _settings(config)
    from followsift.sources.demo import build_demo_workspace, demo_settings

    return demo_settings(build_demo_workspace())


@app.command()
def triage(
    account: AccountArg = None,
    db: DbOption = None,
    config: ConfigOption = None,
    demo_flag: DemoOption = False,
    all_followers: Annotated[
        bool, typer.Option("--all", help="Every follower you don't follow, not only the new ones.")
    ] = False,
    json_output: JsonOption = False,
    limit: LimitOption = 15,
) -> None:
    """New followers since the last snapshot, grouped by recommendation (follow back, leave, block), with reasons."""
    settings = _demo_settings_if(demo_flag, config)
    with _store(db, settings, demo_flag) as store:
        result = _review(store, _owner(store, account), settings, all_followers)
    _show_review(result, json_output, limit, triage=True, audit=False)
    _hint_descriptions(settings, json_output)


@app.command()
def audit(
    account: AccountArg = None,
    db: DbOption = None,
    config: ConfigOption = None,
    demo_flag: DemoOption = False,
    json_output: JsonOption = False,
    limit: LimitOption = 15,
) -> None:
    """Everyone you follow: keep, mute, hide reposts or unfollow, with reasons."""
    settings = _demo_settings_if(demo_flag, config)
    with _store(db, settings, demo_flag) as store:
        result = _review(store, _owner(store, account), settings)
    _show_review(result, json_output, limit, triage=False, audit=True)
    _hint_descriptions(settings, json_output)


def _hint_descriptions(settings: Settings, json_output: bool) -> None:
    """Point at the interests that would match far better described (``needs_description``)."""
    from followsift.judge.interests import needs_description

    names = [i.name for i in settings.interests if needs_description(i)]
    if names and not json_output:
        one = len(names) == 1
        err.print(
            f"[yellow]{len(names)} of your interests {'is' if one else 'are'} not built in, or read as another "
            f"built-in one ({', '.join(names)}): described in your settings, {'it' if one else 'they'} would "
            "match far better; `followsift interests show` says how.[/]"
        )


@app.command()
def score(
    file: Annotated[Path, typer.Argument(help="Accounts as JSON Lines or CSV (DESIGN.md record format).")],
    interests: Annotated[
        str | None,
        typer.Option("--interests", help='Comma-separated interests, e.g. "jobs, tech, rock music".'),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write JSON Lines here (default: stdout).")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Score any list of accounts: bot probability, flags, shared interests and reasons, one line per input."""
    from followsift.judge.scoring import score_file

    settings = _settings(config)
    names = [n.strip() for n in (interests or "").split(",") if n.strip()]
    # What the settings say an interest covers still holds when it is named on the command line.
    described = {i.name.casefold(): i.description for i in settings.interests}
    settings.interests = [Interest(n, described.get(n.casefold(), "")) for n in names]
    judge = Judge(settings, with_interests=bool(names))
    with progress_bar(f"Scoring {file.name}") as update:
        count = score_file(file, output, judge=judge, progress=lambda done: update(done, None))
    if output is not None:
        err.print(f"Scored {count:,} accounts → {output}")
    _hint_descriptions(settings, json_output=False)


interests_app = typer.Typer(help="See what your interests mean, and find interests in your own posts.")
app.add_typer(interests_app, name="interests")


@interests_app.command("show")
def interests_show(config: ConfigOption = None, json_output: JsonOption = False) -> None:
    """The phrases each of your interests is matched with (edit them as the interest's value in config)."""
    from followsift.judge.interests import (
        builtin_reading,
        describe_interest,
        needs_description,
        own_term_reading,
    )

    settings = _settings(config)
    described = {i.name: describe_interest(i) for i in settings.interests}
    if json_output:
        _emit_json(described)
        return
    for interest in settings.interests:
        phrases = described[interest.name]
        means = [p for p in phrases if not p.startswith("-")]
        not_means = [p[1:] for p in phrases if p.startswith("-")]
        out.print(f"[bold]{interest.name}[/]: {', '.join(means)}")
        if not_means:
            out.print(f"  [dim]not to be confused with: {', '.join(not_means)}[/]")
        if written := own_term_reading(interest):
            out.print(
                f"  [green]also matched wherever “{interest.name}” is written ({written}, plural included)[/]"
            )
        if needs_description(interest):
            # Unknown, or read through a differently named built-in: either matches far less well until described
            # (docs/interests.md, Limits).
            reading = builtin_reading(interest)
            why = (
                f"read as the built-in interest “{reading}”: if yours is narrower or different, say"
                if reading
                else "not a built-in interest: say"
            )
            out.print(
                f"  [yellow]{why} what it covers in your config, e.g. "
                f'"{interest.name}" = "a phrase, another phrase, -a sense to keep out"[/]'
            )


@interests_app.command("suggest")
def interests_suggest(
    account: AccountArg = None,
    db: DbOption = None,
    config: ConfigOption = None,
    demo_flag: DemoOption = False,
    posts_file: Annotated[
        Path | None,
        typer.Option("--posts", help="A text file of your posts, one per line, instead of the store."),
    ] = None,
    count: Annotated[int, typer.Option("--count", help="How many interests to suggest.")] = 8,
) -> None:
    """Propose interests from your own recent posts."""
    from followsift.judge.interests import suggest_interests

    if posts_file is not None:
        posts = _read_lines(posts_file)
    else:
        settings = _settings(config)
        with _store(db, settings, demo_flag) as store:
            owner = store.get_account(_owner(store, account))
        posts = [p.text for p in owner.posts if not p.is_repost]
    if not posts:
        raise NotFoundError("no posts of yours to learn from: sync first, or pass --posts FILE")
    for name, share in suggest_interests(posts, k=count):
        out.print(f"{name:24s} in {share:.0%} of your posts")


def _read_lines(path: Path) -> list[str]:
    try:
        return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except FileNotFoundError:
        raise InputError(f"{path} does not exist: check the path") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read it as UTF-8 text ({error})") from None


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"followsift {__version__}")
        raise typer.Exit()


def _register_optional() -> None:
    """Commands from modules that may not be installed in every build (live platforms)."""
    try:
        cli_live = importlib.import_module("followsift.cli_live")
    except ImportError:
        return
    cli_live.register(app)


_register_optional()


def main() -> None:
    """Entry point: one line and a non-zero exit for every error, never a traceback for a user error.

    Typer's standalone mode already turns usage errors into a message and exit status 2.
    """
    try:
        app()
    except FollowsiftError as error:
        err.print(f"followsift: error: {error}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
