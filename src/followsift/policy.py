"""Policy: a verdict plus the relationship becomes one recommended action, with a person's reasons.

The rules are the seeds' own: follow back anyone genuine who shares even one interest or who talks to you,
whatever their follower count; never follow back promo accounts; block adult content; leave or block
keyword bots (block only those a flag shows as well as the model, unless the owner asks to block on the model's
certainty alone), but never block a bot that says it is one; unfollow the needy, vanity posters, follow-for-follow
gurus, auto-follow churners and the accounts gone quiet or off your interests. Not following back is never on
its own a reason to unfollow: it appears as a note only. Keep-listed accounts get KEEP and nothing else.
"""

from __future__ import annotations

from followsift.config import Settings
from followsift.model import Account, Action, Recommendation, Relationship, Verdict

__all__ = [
    "FALLBACK_BLOCK_THRESHOLD",
    "block_threshold",
    "recommend",
    "recommend_followee",
    "recommend_follower",
]

_REPOST_HEAVY = 0.5
#: Used only when neither the settings nor the model say where blocking starts.
FALLBACK_BLOCK_THRESHOLD = 0.97


def recommend(account: Account, verdict: Verdict, rel: Relationship, settings: Settings) -> Recommendation:
    """The recommendation for one account: audit rules when the owner follows it, triage rules otherwise."""
    if rel.keep_listed or settings.is_kept(account.handle, account.key):
        return _rec(account, verdict, rel, Action.KEEP, ["On your keep-list: followsift never touches it."])
    if rel.is_following:
        return recommend_followee(account, verdict, rel, settings)
    return recommend_follower(account, verdict, rel, settings)


def block_threshold(settings: Settings) -> float:
    """The bot probability at which to block: the configured one, else the conservative fallback.

    ``workspace.review`` fills in the model's own validated block threshold before calling the policy.
    """
    configured = settings.thresholds.block_bot
    return FALLBACK_BLOCK_THRESHOLD if configured is None else configured


def recommend_follower(
    account: Account, verdict: Verdict, rel: Relationship, settings: Settings
) -> Recommendation:
    """Triage of someone who follows the owner (or did, for churners) and whom the owner does not follow."""
    action, why = _follower_action(verdict, rel, settings, verified=bool(account.verified))
    return _rec(account, verdict, rel, action, [*why, *verdict.reasons])


def _follower_action(
    verdict: Verdict, rel: Relationship, settings: Settings, *, verified: bool
) -> tuple[Action, list[str]]:
    if verdict.has("adult"):
        return Action.BLOCK, ["Adult-content account: block it."]
    # The model's certainty never blocks a verified account: its identity was checked by the platform,
    # and a wrong block of a public figure is the costliest mistake the tool can make.
    certain_bot = verdict.bot_probability >= block_threshold(settings) and not verified
    if verdict.has("spam"):
        if certain_bot:
            return Action.BLOCK, ["Promotional spam bot: block it; promo accounts are never followed back."]
        return Action.LEAVE, ["Promotional account: never followed back."]
    if verdict.is_bot and verdict.declared_bot:
        # Blocking is for accounts that pass themselves off as people; one that says what it is does not.
        return Action.LEAVE, ["Says it is a bot: an honest bot is left alone, not blocked or followed back."]
    if verdict.is_bot:
        if certain_bot and (settings.block_on_model_alone or _shows_it(verdict)):
            return Action.BLOCK, ["Almost certainly automated or fake: block it."]
        if certain_bot:
            # A block insults a real person it hits, and across data sets the model was not trained on about 1%
            # of genuine people reach its block threshold: a score alone is not enough (triage.block_on_model_alone).
            return Action.LEAVE, [
                "Almost certainly automated or fake by the model alone: don't follow back (not blocked: "
                "nothing else shows it)."
            ]
        return Action.LEAVE, ["Probably automated (e.g. a keyword bot): leave it alone, don't follow back."]
    if verdict.has("automated"):
        return Action.LEAVE, ["Automated account (a keyword or feed bot): leave it alone, don't follow back."]
    if verdict.has("churner"):
        return Action.LEAVE, ["Auto-follow churner: it is gone already; nothing to do, don't follow back."]
    if verdict.has("follow_farmer"):
        return Action.LEAVE, ["Follow-for-follow account: it wants the number, not you. Not followed back."]
    if rel.conversations > 0 and not verdict.has("moved"):
        return Action.FOLLOW_BACK, [f"Talks to you ({_times(rel.conversations)}): a real connection."]
    if verdict.has("needy") or verdict.has("vanity"):
        return Action.LEAVE, ["Chases follower numbers rather than saying something: not followed back."]
    if verdict.has("inactive") or verdict.has("moved"):
        return Action.LEAVE, ["Not active here: nothing to follow."]
    if verdict.interests:
        return Action.FOLLOW_BACK, [
            "Genuine and shares your interests: follow back, whatever their follower count."
        ]
    return Action.LEAVE, ["Genuine but off your interests: no follow back, no block."]


#: Flags that show what a bot does, beyond the model's score: with one, a bot the model is sure of is blocked.
_BOT_SIGNS = ("follow_farmer", "automated", "churner")


def _shows_it(verdict: Verdict) -> bool:
    return any(verdict.has(flag) for flag in _BOT_SIGNS)


def recommend_followee(
    account: Account, verdict: Verdict, rel: Relationship, settings: Settings
) -> Recommendation:
    """Audit of someone the owner follows."""
    action, why = _followee_action(account, verdict, rel, settings)
    notes = [] if rel.is_follower else ["Does not follow you back (information only, never a reason)."]
    rec = _rec(account, verdict, rel, action, [*why, *verdict.reasons])
    rec.notes.extend(notes)
    return rec


def _followee_action(
    account: Account, verdict: Verdict, rel: Relationship, settings: Settings
) -> tuple[Action, list[str]]:
    if account.status == "memorial":
        # Nothing to prune: it adds no posts, and it may be followed to remember someone.
        return Action.KEEP, ["A memorial account adds nothing to your feed: keep it if it matters to you."]
    talks = rel.conversations > 0
    if verdict.has("adult"):
        return Action.UNFOLLOW, ["Adult content in your feed: unfollow."]
    if verdict.has("spam"):
        return Action.UNFOLLOW, ["Spam or automated: unfollow."]
    if verdict.is_bot and verdict.has("automated") and verdict.interests and not talks:
        # A feed bot the owner chose to follow (new papers, earthquakes) that posts on their interests.
        return Action.KEEP, ["An automated feed, but on your interests: keep it if you follow it on purpose."]
    if verdict.is_bot and not talks:
        return Action.UNFOLLOW, ["Spam or automated: unfollow."]
    for flag, why in _UNFOLLOW_FLAGS:
        if verdict.has(flag):
            return Action.UNFOLLOW, [why]
    if verdict.has("high_volume"):
        return _flooding_action(verdict, talks)
    if verdict.has("off_topic"):
        if talks:
            return Action.MUTE, [
                "Off your interests, but talks to you: mute to quiet the feed, keep the tie."
            ]
        return Action.UNFOLLOW, ["Off your interests: their posts drown what you follow for."]
    return Action.KEEP, ["Genuine, active and on your interests: keep."]


_UNFOLLOW_FLAGS = (
    ("moved", "Moved away: unfollow here (follow the new account if you wish)."),
    ("inactive", "Gone quiet: unfollow."),
    ("churner", "Unfollowed you within hours of following: an auto-follow tool. Unfollow."),
    ("needy", "Asks for followers instead of being interesting: unfollow."),
    ("vanity", "Posts vanity scores: unfollow."),
    ("follow_farmer", "Follow-for-follow guru: unfollow."),
)


def _flooding_action(verdict: Verdict, talks: bool) -> tuple[Action, list[str]]:
    if verdict.repost_share >= _REPOST_HEAVY:
        share = f"{verdict.repost_share:.0%}"
        return Action.HIDE_REPOSTS, [f"Floods the feed, {share} of it reposts: hide their boosts/reposts."]
    if verdict.interests:
        return Action.KEEP, ["Posts a lot, but on your interests: keep (see `followsift feed` for the cost)."]
    if talks:
        return Action.MUTE, ["Floods the feed with posts off your interests, but talks to you: mute."]
    return Action.UNFOLLOW, ["Floods the feed with posts off your interests: unfollow."]


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _rec(
    account: Account, verdict: Verdict, rel: Relationship, action: Action, reasons: list[str]
) -> Recommendation:
    return Recommendation(account=account, verdict=verdict, relationship=rel, action=action, reasons=reasons)
