"""The main job over a store: triage new followers, audit followings, each with a recommendation and reasons.

Reads the latest two snapshots of an owner's graph, judges the accounts involved once, and hands each
(account, verdict, relationship) to the policy. Churn is read from edge history: a follower span that
ended within ``churn_hours`` of the follow (the follow notification's time when known, else first seen).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from followsift.config import Settings
from followsift.judge import Judge, SignalContext
from followsift.model import FLAGS, Account, Action, InteractionKind, Recommendation, Relationship
from followsift.policy import recommend
from followsift.sources.demo import DemoWorkspace
from followsift.store import FOLLOWER, FOLLOWING, Snapshot, Store

__all__ = ["Review", "churn_hours", "load_demo", "review", "with_model_thresholds"]

_CONVERSATION = {InteractionKind.REPLY, InteractionKind.MENTION, InteractionKind.QUOTE}
_JUDGE_BATCH = 2_000

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class Review:
    """The result of the main job for one owner."""

    owner: Account
    snapshot: Snapshot
    previous: Snapshot | None
    #: New followers since the previous snapshot, and followers who came and went (churners).
    triage: list[Recommendation] = field(default_factory=list)
    #: Everyone the owner follows.
    audit: list[Recommendation] = field(default_factory=list)
    followers: int = 0
    following: int = 0

    def grouped(self, recs: Iterable[Recommendation]) -> dict[Action, list[Recommendation]]:
        """Recommendations by action, the strongest cases of each first."""
        groups: dict[Action, list[Recommendation]] = {}
        for rec in sorted(recs, key=_strength):
            groups.setdefault(rec.action, []).append(rec)
        return {a: groups[a] for a in Action if a in groups}


def _strength(rec: Recommendation) -> tuple[int, int, float, float]:
    """Conversations first, then the gravest flag, then the clearest interest match, then the surest bot."""
    verdict = rec.verdict
    gravest = min((FLAGS.index(f) for f in verdict.flags if f in FLAGS), default=len(FLAGS))
    best_interest = max((i.score for i in verdict.interests), default=0.0)
    return (-rec.relationship.conversations, gravest, -best_interest, -verdict.bot_probability)


def load_demo(store: Store, workspace: DemoWorkspace) -> str:
    """Write the demo workspace into the store as two syncs a day apart; returns the owner key."""
    owner = store.ensure_owner(workspace.owner)
    store.upsert_accounts(workspace.accounts.values())
    syncs = (
        (workspace.taken_before, workspace.followers_before, workspace.following_before),
        (workspace.taken_now, workspace.followers_now, workspace.following_now),
    )
    for taken_at, followers, following in syncs:
        store.write_snapshot(
            owner, followers=followers, following=following, taken_at=taken_at, source="demo"
        )
    store.add_interactions(owner, workspace.interactions)
    return owner


def churn_hours(store: Store, owner: str, latest: Snapshot) -> dict[str, float]:
    """Hours from follow to unfollow for every follower span that has ended, keyed by account key."""
    snapshots = store.snapshots(owner)
    follow_times: dict[str, datetime] = {}
    for item in store.interactions(owner):
        if item.kind is InteractionKind.FOLLOW:
            key = f"{item.platform}:{item.account_id}"
            follow_times[key] = min(item.created_at, follow_times.get(key, item.created_at))
    out: dict[str, float] = {}
    for edge in store.edges(owner, FOLLOWER):
        if edge.last_seen >= latest.taken_at:
            continue
        gone_at = next((s.taken_at for s in snapshots if s.taken_at > edge.last_seen), None)
        if gone_at is None:
            continue
        noticed = follow_times.get(edge.account)
        if noticed is None and edge.first_seen == snapshots[0].taken_at:
            continue  # there from the first snapshot on, with no follow notice: when it began is unknown
        followed = min(edge.first_seen, noticed or edge.first_seen)
        hours = (gone_at - followed).total_seconds() / 3600
        out[edge.account] = min(hours, out.get(edge.account, hours))
    return out


def review(
    store: Store,
    owner: str,
    settings: Settings,
    judge: Judge,
    *,
    all_followers: bool = False,
    progress: Progress | None = None,
) -> Review:
    """Triage and audit of ``owner`` at its latest snapshot."""
    settings = with_model_thresholds(settings, judge)
    latest = store.latest_snapshot(owner)
    snaps = store.snapshots(owner)
    previous = snaps[-2] if len(snaps) >= 2 else None
    followers = store.members(latest, FOLLOWER)
    following = store.members(latest, FOLLOWING)
    churn = churn_hours(store, owner, latest)
    before = store.members(previous, FOLLOWER) if previous else set()
    churned = {k for k, h in churn.items() if h <= settings.thresholds.churn_hours and k in before}
    triage_keys = _triage_keys(store, followers, following, previous, all_followers) | (churned - following)
    keys = sorted(triage_keys | following)
    accounts = store.get_accounts(keys)
    conversations = _conversations(store, owner)
    context = SignalContext(churn_hours={k.split(":", 1)[1]: h for k, h in churn.items()})
    recs = _judge_and_recommend(
        [accounts[k] for k in keys if k in accounts],
        judge,
        settings,
        context,
        lambda a: Relationship(
            is_follower=a.key in followers,
            is_following=a.key in following,
            conversations=conversations[a.key],
            new_follower=a.key in triage_keys and a.key in followers,
        ),
        progress,
    )
    result = Review(
        owner=store.get_account(owner),
        snapshot=latest,
        previous=previous,
        followers=len(followers),
        following=len(following),
    )
    for rec in recs:
        (result.audit if rec.relationship.is_following else result.triage).append(rec)
    return result


def with_model_thresholds(settings: Settings, judge: Judge) -> Settings:
    """Settings whose unset block threshold is the model's validated one."""
    if settings.thresholds.block_bot is not None:
        return settings
    thresholds = replace(settings.thresholds, block_bot=judge.block_threshold)
    return replace(settings, thresholds=thresholds)


def _triage_keys(
    store: Store, followers: set[str], following: set[str], previous: Snapshot | None, all_followers: bool
) -> set[str]:
    if previous is None or all_followers:
        return followers - following
    return followers - store.members(previous, FOLLOWER) - following


def _conversations(store: Store, owner: str) -> Counter[str]:
    return Counter(
        f"{i.platform}:{i.account_id}" for i in store.interactions(owner) if i.kind in _CONVERSATION
    )


def _judge_and_recommend(
    accounts: list[Account],
    judge: Judge,
    settings: Settings,
    context: SignalContext,
    relationship: Callable[[Account], Relationship],
    progress: Progress | None,
) -> list[Recommendation]:
    recs: list[Recommendation] = []
    for start in range(0, len(accounts), _JUDGE_BATCH):
        batch = accounts[start : start + _JUDGE_BATCH]
        verdicts = judge.judge(batch, context)
        for account, verdict in zip(batch, verdicts, strict=True):
            recs.append(recommend(account, verdict, relationship(account), settings))
        if progress:
            progress(min(start + _JUDGE_BATCH, len(accounts)), len(accounts))
    return recs
