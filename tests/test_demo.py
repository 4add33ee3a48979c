"""The demo workspace: realistic, deterministic, and every kind lands where the seeds' authors would put it."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from followsift.judge import Judge
from followsift.model import Action
from followsift.sources.demo import (
    DEMO_NOW,
    FOLLOWER_KINDS,
    FOLLOWING_KINDS,
    DemoWorkspace,
    build_demo_workspace,
    demo_settings,
)
from followsift.store import Store
from followsift.workspace import Review, load_demo, review

A = Action
#: What a person from the seeds would do with each kind.
EXPECTED: dict[str, set[Action]] = {
    "genuine_on": {A.FOLLOW_BACK},
    "genuine_posts_only": {A.FOLLOW_BACK},
    "genuine_off": {A.LEAVE},
    "hard_negative": {A.LEAVE},
    "org_on": {A.FOLLOW_BACK},
    "org_off": {A.LEAVE},
    "promo": {A.LEAVE, A.BLOCK},
    "adult": {A.BLOCK},
    "keyword_bot": {A.LEAVE, A.BLOCK},
    "follow_farmer": {A.LEAVE, A.BLOCK},
    "needy": {A.LEAVE},
    "vanity": {A.LEAVE},
    "silent": {A.LEAVE},
    "flood_off": {A.LEAVE},
    "talker": {A.FOLLOW_BACK},
    "churner": {A.LEAVE, A.BLOCK},
    "mutual_on": {A.KEEP},
    "idol_on": {A.KEEP},
    "gone_quiet": {A.UNFOLLOW},
    "moved": {A.UNFOLLOW},
    "followee_off": {A.UNFOLLOW},
    "friend_off_talks": {A.MUTE},
    "news_flood_reposts": {A.HIDE_REPOSTS},
    "flood_off_followee": {A.UNFOLLOW},
    "followee_needy": {A.UNFOLLOW},
    "followee_vanity": {A.UNFOLLOW},
    "followee_guru": {A.UNFOLLOW},
    "followee_churner": {A.UNFOLLOW},
    "followee_spam": {A.UNFOLLOW},
    "followee_adult": {A.UNFOLLOW},
    "kept_friend": {A.KEEP},
}
GENUINE = {"genuine_on", "genuine_posts_only", "genuine_off", "hard_negative", "org_on", "org_off", "talker"}
NEVER_FOLLOWED_BACK = {"promo", "adult", "keyword_bot", "follow_farmer", "churner"}


@pytest.fixture(scope="module")
def workspace() -> DemoWorkspace:
    return build_demo_workspace()


@pytest.fixture(scope="module")
def result(workspace: DemoWorkspace, tmp_path_factory: pytest.TempPathFactory) -> Review:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    settings = demo_settings(workspace)
    with Store.open(url) as store:
        owner = load_demo(store, workspace)
        # Every follower, not only yesterday's new ones: the whole workspace is the test set.
        return review(store, owner, settings, Judge(settings), all_followers=True)


def test_is_deterministic(workspace: DemoWorkspace) -> None:
    again = build_demo_workspace()
    assert again.accounts == workspace.accounts
    assert again.followers_now == workspace.followers_now
    assert again.interactions == workspace.interactions


def test_has_the_size_and_history_the_issue_asks_for(workspace: DemoWorkspace) -> None:
    assert 1900 <= len(workspace.followers_now) <= 2300
    assert 550 <= len(workspace.following_now) <= 650
    assert workspace.taken_now - workspace.taken_before == DEMO_NOW - workspace.taken_before
    assert (workspace.taken_now - workspace.taken_before).days == 1
    assert set(Counter(workspace.kinds.values())) == set(FOLLOWER_KINDS) | set(FOLLOWING_KINDS)
    assert workspace.owner.handle == "careerwise"


def test_contains_the_seeds_own_examples(workspace: DemoWorkspace) -> None:
    accounts = workspace.accounts.values()
    assert any(a.followers_count == 21_545 and a.following_count == 21_048 for a in accounts)
    assert any((a.followers_count or 0) >= 15_000 and (a.posts_count or 999) < 200 for a in accounts)
    genuine = [a for k, a in workspace.accounts.items() if workspace.kinds[k] in GENUINE]
    assert any((a.followers_count or 0) <= 15 for a in genuine)
    assert any((a.followers_count or 0) >= 9_000 for a in genuine)


def test_kinds_overlap_rather_than_carrying_one_tell(workspace: DemoWorkspace) -> None:
    """Gurus and promo accounts use on-topic words; real people sometimes have default avatars."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for key, kind in workspace.kinds.items():
        by_kind[kind].append(workspace.accounts[key].bio or "")
    assert any("Leadership" in bio or "Business" in bio for bio in by_kind["follow_farmer"])
    assert any("jobs" in bio.lower() or "business" in bio.lower() for bio in by_kind["promo"])
    assert any(
        workspace.accounts[k].default_avatar for k, kind in workspace.kinds.items() if kind == "genuine_on"
    )


def test_every_kind_lands_where_a_person_would_put_it(result: Review, workspace: DemoWorkspace) -> None:
    landed: dict[str, Counter[Action]] = defaultdict(Counter)
    for rec in [*result.triage, *result.audit]:
        landed[workspace.kinds[rec.account.key]][rec.action] += 1
    assert set(landed) == set(EXPECTED), "every kind appears in the triage or the audit"
    misplaced = {}
    for kind, counts in landed.items():
        right = sum(n for action, n in counts.items() if action in EXPECTED[kind])
        if right / sum(counts.values()) < 0.9:
            misplaced[kind] = dict(counts)
    assert not misplaced, misplaced


def test_hard_rules_hold_without_exception(result: Review, workspace: DemoWorkspace) -> None:
    for rec in [*result.triage, *result.audit]:
        kind = workspace.kinds[rec.account.key]
        if kind in GENUINE:
            assert rec.action is not Action.BLOCK, (kind, rec.reasons)
        if kind in NEVER_FOLLOWED_BACK:
            assert rec.action is not Action.FOLLOW_BACK, (kind, rec.reasons)
        if kind == "kept_friend":
            assert rec.action is Action.KEEP
        assert rec.reasons, kind


def test_triage_is_new_followers_and_churners(workspace: DemoWorkspace, tmp_path: Path) -> None:
    settings = demo_settings(workspace)
    with Store.open(f"sqlite:///{tmp_path / 'demo.db'}") as store:
        owner = load_demo(store, workspace)
        result = review(store, owner, settings, Judge(settings))
    new = workspace.followers_now - workspace.followers_before - workspace.following_now
    churners = {k for k, kind in workspace.kinds.items() if kind == "churner"}
    assert {r.account.key for r in result.triage} == new | churners
    assert all(r.relationship.new_follower for r in result.triage if r.account.key in new)
    churned = [r for r in result.triage if r.account.key in churners]
    assert all("churner" in r.verdict.flags for r in churned)
    assert {r.account.key for r in result.audit} == workspace.following_now


def test_demo_store_file_is_real_sqlite(tmp_path: Path, workspace: DemoWorkspace) -> None:
    path = tmp_path / "demo.db"
    with Store.open(f"sqlite:///{path}") as store:
        load_demo(store, workspace)
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
