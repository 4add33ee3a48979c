"""Policy: the seeds' rules, one case each, with the reasons a person would give."""

from __future__ import annotations

import pytest

from followsift.config import Settings
from followsift.model import Account, Action, InterestMatch, Relationship, Verdict
from followsift.policy import recommend

SETTINGS = Settings(keep=["@oldfriend"])
FOLLOWER = Relationship(is_follower=True, new_follower=True)
FOLLOWEE = Relationship(is_following=True)
MUTUAL = Relationship(is_follower=True, is_following=True)
RECRUITMENT = [InterestMatch("recruitment", 0.71, "talent acquisition partner")]


def _verdict(
    *flags: str, p: float = 0.05, interests: list[InterestMatch] | None = None, **kw: float | bool
) -> Verdict:
    return Verdict(
        id="1", bot_probability=p, is_bot=p >= 0.9, flags=list(flags), interests=interests or [], **kw
    )


def _rec(verdict: Verdict, rel: Relationship, handle: str = "someone") -> tuple[Action, list[str], list[str]]:
    rec = recommend(Account(id="1", handle=handle), verdict, rel, SETTINGS)
    return rec.action, rec.reasons, rec.notes


@pytest.mark.parametrize(
    ("verdict", "rel", "action"),
    [
        # Follower triage
        (_verdict(interests=RECRUITMENT), FOLLOWER, Action.FOLLOW_BACK),
        (_verdict("off_topic"), FOLLOWER, Action.LEAVE),
        (_verdict("off_topic"), Relationship(is_follower=True, conversations=2), Action.FOLLOW_BACK),
        (_verdict("adult", p=0.3), FOLLOWER, Action.BLOCK),
        (_verdict("spam", p=0.99, interests=RECRUITMENT), FOLLOWER, Action.BLOCK),
        (
            _verdict("spam", p=0.95),
            FOLLOWER,
            Action.LEAVE,
        ),  # a bot by the model, but not sure enough to block
        (_verdict("spam", p=0.4), FOLLOWER, Action.LEAVE),
        (_verdict("automated", interests=RECRUITMENT), FOLLOWER, Action.LEAVE),
        (_verdict(p=0.99), FOLLOWER, Action.LEAVE),  # the model's certainty alone does not block
        (_verdict("follow_farmer", p=0.99), FOLLOWER, Action.BLOCK),  # ... with a flag that shows it, it does
        (_verdict("automated", p=0.99), FOLLOWER, Action.BLOCK),
        (_verdict("churner", p=0.99), FOLLOWER, Action.BLOCK),
        (_verdict("inactive", p=0.99), FOLLOWER, Action.LEAVE),  # a dead account shows nothing a bot does
        (_verdict("automated", p=0.99, declared_bot=True), FOLLOWER, Action.LEAVE),  # honest bot
        (_verdict("automated", "spam", p=0.99, declared_bot=True), FOLLOWER, Action.BLOCK),
        (_verdict("automated", "adult", p=0.3, declared_bot=True), FOLLOWER, Action.BLOCK),
        (_verdict("follow_farmer", interests=RECRUITMENT), FOLLOWER, Action.LEAVE),
        (_verdict("churner"), Relationship(is_follower=False), Action.LEAVE),
        (_verdict("needy", interests=RECRUITMENT), FOLLOWER, Action.LEAVE),
        (_verdict("inactive", interests=RECRUITMENT), FOLLOWER, Action.LEAVE),
        # Followee audit
        (_verdict(interests=RECRUITMENT), FOLLOWEE, Action.KEEP),
        (_verdict("inactive", interests=RECRUITMENT), FOLLOWEE, Action.UNFOLLOW),
        (_verdict("moved"), MUTUAL, Action.UNFOLLOW),
        (_verdict("needy", interests=RECRUITMENT), MUTUAL, Action.UNFOLLOW),
        (_verdict("vanity", interests=RECRUITMENT), FOLLOWEE, Action.UNFOLLOW),
        (_verdict("follow_farmer"), MUTUAL, Action.UNFOLLOW),
        (_verdict("off_topic"), FOLLOWEE, Action.UNFOLLOW),
        (_verdict("off_topic"), Relationship(is_following=True, conversations=3), Action.MUTE),
        (_verdict("high_volume", interests=RECRUITMENT, repost_share=0.8), FOLLOWEE, Action.HIDE_REPOSTS),
        (_verdict("high_volume", interests=RECRUITMENT, repost_share=0.1), FOLLOWEE, Action.KEEP),
        (_verdict("high_volume", "off_topic"), FOLLOWEE, Action.UNFOLLOW),
        (_verdict("adult"), FOLLOWEE, Action.UNFOLLOW),
        (_verdict(p=0.95), FOLLOWEE, Action.UNFOLLOW),
        (_verdict("automated", p=0.9, interests=RECRUITMENT), FOLLOWEE, Action.KEEP),  # a jobs-feed bot
        (_verdict("automated", p=0.9), FOLLOWEE, Action.UNFOLLOW),
        (_verdict("automated", "spam", p=0.9, interests=RECRUITMENT), FOLLOWEE, Action.UNFOLLOW),
    ],
)
def test_seed_rules(verdict: Verdict, rel: Relationship, action: Action) -> None:
    got, reasons, _ = _rec(verdict, rel)
    assert got is action
    assert reasons
    assert all(r.endswith((".", ")")) for r in reasons)


def test_a_verified_account_is_never_blocked_on_the_model_alone() -> None:
    account = Account(id="1", handle="POTUS", verified=True, followers_count=16_036_429, following_count=8)
    for verdict in (_verdict(p=0.99), _verdict("spam", p=0.99)):
        assert recommend(account, verdict, FOLLOWER, SETTINGS).action is Action.LEAVE
    assert recommend(account, _verdict("adult", p=0.99), FOLLOWER, SETTINGS).action is Action.BLOCK


def test_follower_count_does_not_matter_for_follow_back() -> None:
    small = recommend(
        Account(id="1", followers_count=10), _verdict(interests=RECRUITMENT), FOLLOWER, SETTINGS
    )
    large = recommend(
        Account(id="2", followers_count=10_000), _verdict(interests=RECRUITMENT), FOLLOWER, SETTINGS
    )
    assert small.action is large.action is Action.FOLLOW_BACK


def test_not_following_back_is_never_a_reason_to_unfollow() -> None:
    action, reasons, notes = _rec(_verdict(interests=RECRUITMENT), FOLLOWEE)
    assert action is Action.KEEP
    assert not any("follow you back" in r for r in reasons)
    assert any("Does not follow you back" in n and "information only" in n for n in notes)


def test_keep_list_wins_over_everything() -> None:
    action, reasons, _ = _rec(_verdict("adult", "spam", p=0.99), FOLLOWEE, handle="OldFriend")
    assert action is Action.KEEP
    assert reasons == ["On your keep-list: followsift never touches it."]
    assert _rec(_verdict("adult"), Relationship(is_follower=True, keep_listed=True))[0] is Action.KEEP


def test_verdict_reasons_follow_the_policy_reason() -> None:
    verdict = _verdict("follow_farmer")
    verdict.reasons = ["21,048 following and 21,545 followers: the follow-for-follow pattern."]
    _, reasons, _ = _rec(verdict, FOLLOWER)
    assert reasons[0].startswith("Follow-for-follow")
    assert reasons[1] == verdict.reasons[0]


def test_block_threshold_comes_from_settings_when_set() -> None:
    from followsift.config import Thresholds

    strict = Settings(thresholds=Thresholds(block_bot=0.8))
    verdict = _verdict("spam", p=0.85)
    assert recommend(Account(id="1"), verdict, FOLLOWER, strict).action is Action.BLOCK
    assert recommend(Account(id="1"), verdict, FOLLOWER, SETTINGS).action is Action.LEAVE


def test_a_bot_only_the_model_is_sure_of_is_left_alone_unless_the_owner_blocks_on_the_model() -> None:
    # An empty profile following far more accounts than follow it: what 1% of genuine people across data sets
    # look like to the model (docs/model-card.md, Blocking).
    verdict = _verdict(p=0.99)
    left = recommend(Account(id="1"), verdict, FOLLOWER, SETTINGS)
    assert left.action is Action.LEAVE
    assert left.reasons[0].startswith(
        "Almost certainly automated or fake by the model alone: don't follow back"
    )
    eager = Settings(block_on_model_alone=True)
    assert recommend(Account(id="1"), verdict, FOLLOWER, eager).action is Action.BLOCK
    # Not even then a verified account.
    assert recommend(Account(id="1", verified=True), verdict, FOLLOWER, eager).action is Action.LEAVE


def test_a_memorial_account_is_kept_with_a_gentle_reason() -> None:
    account = Account(id="1", platform="mastodon", handle="ann@example.social", status="memorial")
    rec = recommend(account, _verdict("inactive"), FOLLOWEE, SETTINGS)
    assert rec.action is Action.KEEP
    assert rec.reasons[0].startswith("A memorial account adds nothing to your feed")
