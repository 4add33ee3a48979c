"""Turning recommendations into Rich tables for people and plain dicts for ``--json``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from followsift.model import Action, Recommendation
from followsift.records import to_iso
from followsift.workspace import Review

__all__ = ["recommendation_dict", "render_review_section", "render_summary"]

_STYLE = {
    Action.FOLLOW_BACK: "green",
    Action.KEEP: "green",
    Action.LEAVE: "yellow",
    Action.MUTE: "yellow",
    Action.HIDE_REPOSTS: "yellow",
    Action.UNFOLLOW: "red",
    Action.REMOVE_FOLLOWER: "red",
    Action.BLOCK: "bold red",
}


def recommendation_dict(rec: Recommendation) -> dict[str, Any]:
    """The JSON form of a recommendation (stable keys; users script against it)."""
    acct, verdict, rel = rec.account, rec.verdict, rec.relationship
    return {
        "key": acct.key,
        "platform": acct.platform,
        "id": acct.id,
        "handle": acct.handle,
        "display_name": acct.display_name,
        "action": rec.action.value,
        "reasons": rec.reasons,
        "notes": rec.notes,
        "flags": verdict.flags,
        "bot_probability": round(verdict.bot_probability, 4),
        "is_bot": verdict.is_bot,
        "interests": [
            {"name": i.name, "score": round(i.score, 3), "evidence": i.evidence} for i in verdict.interests
        ],
        "followers_count": acct.followers_count,
        "following_count": acct.following_count,
        "posts_count": acct.posts_count,
        "last_post_at": to_iso(acct.last_post_at),
        "relationship": {
            "follows_you": rel.is_follower,
            "you_follow": rel.is_following,
            "conversations": rel.conversations,
            "new_follower": rel.new_follower,
        },
    }


def _counts(rec: Recommendation) -> str:
    acct = rec.account

    def n(value: int | None) -> str:
        return "?" if value is None else f"{value:,}"

    return f"{n(acct.followers_count)} / {n(acct.following_count)} / {n(acct.posts_count)}"


def _group_table(action: Action, recs: Sequence[Recommendation], limit: int) -> Table:
    title = Text(f"{action.heading} — {len(recs)}", style=_STYLE[action])
    table = Table(title=title, title_justify="left", show_lines=False, expand=True, pad_edge=False)
    table.add_column("account", no_wrap=True, max_width=28)
    table.add_column("followers / following / posts", no_wrap=True, justify="right")
    table.add_column("why", ratio=1)
    shown = recs if limit <= 0 else recs[:limit]
    for rec in shown:
        name = Text(rec.account.label, style="bold")
        if rec.account.display_name:
            name.append(f"\n{rec.account.display_name[:26]}", style="dim")
        why = Text(" ".join(rec.reasons[:3]))
        if rec.notes:
            why.append("  " + " ".join(rec.notes), style="dim italic")
        table.add_row(name, _counts(rec), why)
    if len(recs) > len(shown):
        table.add_row(Text(f"… and {len(recs) - len(shown)} more", style="dim"), "", "")
    return table


def render_review_section(
    console: Console, title: str, groups: dict[Action, list[Recommendation]], limit: int
) -> None:
    console.rule(f"[bold]{title}")
    if not groups:
        console.print("Nothing to review.", style="dim")
        return
    for action, recs in groups.items():
        console.print(_group_table(action, recs, limit))
        console.print()


def render_summary(console: Console, review: Review) -> None:
    triage = review.grouped(review.triage)
    audit = review.grouped(review.audit)
    since = f" since {to_iso(review.previous.taken_at)}" if review.previous else ""
    lines = [
        f"[bold]{review.owner.label}[/] — {review.followers:,} followers, {review.following:,} following "
        f"(snapshot {to_iso(review.snapshot.taken_at)})",
        f"New followers{since}: {sum(1 for r in review.triage if r.relationship.new_follower):,}; "
        + ", ".join(f"{a.heading.lower()}: {len(v)}" for a, v in triage.items()),
        "Followings: " + ", ".join(f"{a.heading.lower()}: {len(v)}" for a, v in audit.items()),
    ]
    console.print(Panel(Group(*lines), title="followsift", expand=True))
