"""The vectorised judge gives the verdicts of a plain per-row reference: same flags, reasons, words and order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pytest

from followsift.config import Settings
from followsift.judge import Judge, SignalContext
from followsift.judge.frame import accounts_to_frame
from followsift.judge.interests import InterestMatcher
from followsift.judge.signals import SIGNAL_FLAGS, compute_signals, signal_reasons, thousands
from followsift.judge.tabular import read_records
from followsift.model import FLAGS, Account, InterestMatch, Post
from followsift.sources.demo import build_demo_workspace, demo_settings

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
_BAIT = ("spam", "adult")


def _reference_row(
    signals: dict[str, Any],
    probability: float,
    threshold: float,
    block_threshold: float,
    model_reasons: list[str],
    hits: list[InterestMatch],
    high_volume: bool,
    profile: dict[str, Any],
    judged_interests: bool,
) -> dict[str, Any]:
    """The judge's combination step written one account at a time (how it was before it was vectorised)."""
    flags = [name for name in SIGNAL_FLAGS if signals[name]]
    reasons = signal_reasons(signals)
    if high_volume:
        flags.append("high_volume")
        reasons.append(f"About {signals['posts_per_day']:.0f} posts a day: floods the feed.")
    declared = bool(signals["declared_bot"] or signals["bot_words"] or signals["bot_handle"])
    model_bot = probability >= threshold
    if model_bot:
        reasons.append(f"Looks automated or fake ({probability:.0%} by the model).")
        reasons.extend(model_reasons)
    elif not declared and not any(f in flags for f in _BAIT):
        reasons.append(_genuine_sentence(probability, profile))
    if any(f in flags for f in _BAIT) and hits:
        reasons.append("Topic words in a promotional or adult profile do not count as a shared interest.")
        hits = []
    if hits:
        groups: dict[str, list[str]] = {}
        for hit in hits[:3]:
            groups.setdefault(hit.evidence, []).append(hit.name)
        shown = "; ".join(
            ", ".join(names) + (f" (“{evidence}”)" if evidence else "") for evidence, names in groups.items()
        )
        reasons.append(f"Shares your interest in {shown}.")
    elif judged_interests and not any(f in flags for f in _BAIT):
        flags.append("off_topic")
        reasons.append("Nothing in the profile or recent posts touches your interests.")
    flags.sort(key=FLAGS.index)
    return {
        "id": signals["id"],
        "bot_probability": max(probability, min(0.9, block_threshold - 0.01)) if declared else probability,
        "is_bot": model_bot or declared,
        "flags": flags,
        "interests": [{"name": h.name, "score": h.score, "evidence": h.evidence} for h in hits],
        "reasons": reasons,
        "self_declared": declared,
        "posts_per_day": signals["posts_per_day"],
        "repost_share": signals["repost_share"],
    }


def _genuine_sentence(probability: float, profile: dict[str, Any]) -> str:
    counts = ("followers_count", "following_count", "posts_count", "created_at")
    if all(profile[c] is None for c in counts):
        return (
            f"Too little to judge by ({probability:.0%} by the model): the record gives no follower, "
            "following or post counts and no creation date."
        )
    facts = []
    observed, created = profile["observed_at"], profile["created_at"]
    years = (observed - created).days * 4 // 1461 if observed and created else None
    if years is not None and years >= 1:
        facts.append(f"{years} year{'' if years == 1 else 's'} on the platform")
    if profile["likes_count"] is not None and profile["likes_count"] >= 10:
        facts.append(f"{profile['likes_count']:,} likes given")
    listed = profile["listed_count"]
    if listed is not None and listed >= 1:
        facts.append(f"on {listed:,} list{'' if listed == 1 else 's'}")
    head = f"Looks genuine ({probability:.0%} by the model)"
    return f"{head}: {', '.join(facts)}." if facts else f"{head}."


def reference(
    judge: Judge, frame: pl.DataFrame, context: SignalContext | None = None
) -> list[dict[str, Any]]:
    scores = judge.classifier.predict(frame, explain=True)
    probability = np.asarray(scores.probability, dtype=np.float64)
    signals = compute_signals(frame, judge.settings.thresholds, context)
    hits = judge.matcher.match_frame(frame) if judge.matcher else [[] for _ in range(frame.height)]
    volume = (
        signals["posts_per_day"].fill_null(0.0) > judge.settings.thresholds.high_volume_per_day
    ).to_list()
    profiles = frame.select(
        "observed_at",
        "created_at",
        "likes_count",
        "listed_count",
        "followers_count",
        "following_count",
        "posts_count",
    ).iter_rows(named=True)
    return [
        _reference_row(
            sig,
            float(p),
            judge.threshold,
            judge.block_threshold,
            reasons,
            h,
            v,
            profile,
            judge.matcher is not None,
        )
        for sig, p, reasons, h, v, profile in zip(
            signals.iter_rows(named=True), probability, scores.reasons, hits, volume, profiles, strict=True
        )
    ]


def _account(**kwargs: Any) -> Account:
    kwargs.setdefault("observed_at", NOW)
    kwargs.setdefault("created_at", NOW - timedelta(days=1500))
    kwargs.setdefault("followers_count", 300)
    kwargs.setdefault("following_count", 280)
    kwargs.setdefault("posts_count", 2400)
    return Account(**kwargs)


def crafted() -> list[Account]:
    """Edge cases of every sentence: big and negative-looking numbers, shares, statuses, empty evidence."""
    hourly = [Post(f"New job #{i}", NOW - timedelta(hours=i)) for i in range(12)]
    promo = [Post("Buy real followers now", NOW - timedelta(hours=i)) for i in range(3)]
    promo += [Post("Lunch", NOW - timedelta(hours=9)), Post("Nice day", NOW - timedelta(hours=10))]
    flood = [Post(f"Update {i}", NOW - timedelta(minutes=10 * i)) for i in range(40)]
    rows: list[dict[str, Any]] = [
        {"followers_count": 1_234_567_890, "following_count": 1_200_000_000, "posts_count": 5},
        {"followers_count": 21_545, "following_count": 21_048, "bio": "#f4f #TeamFollowBack"},
        {"followers_count": 5_000, "following_count": 0, "posts_count": 0},
        {"followers_count": 0, "following_count": 1_000, "posts_count": None},
        {"bio": "OnlyFans 🔞 link below", "posts": [Post("nsfw pics", NOW)]},
        {"posts": [Post("Hot singles near you", NOW), Post("xxx", NOW)]},
        {"posts": promo},
        {"bot": True, "bio": "automated account"},
        {"bio": "Powered by IFTTT"},
        {"posts": hourly},
        {"status": "deleted"},
        {"status": "suspended", "bot": True},
        {"posts_count": 0, "posts": [], "last_post_at": None},
        {"last_post_at": NOW - timedelta(days=95), "posts": []},
        {"last_post_at": NOW - timedelta(days=4_000), "posts": []},
        {"status": "moved", "moved_to": None},
        {"moved_to": "someone@elsewhere.social"},
        {"id": "churn", "bio": "Help us reach 10k followers! Klout score 80"},
        {"posts": flood, "posts_count": 90_000},
        {"display_name": "   ", "bio": "   ", "followers_count": None, "following_count": None},
        {"handle": "x123456bot", "followers_count": 2, "following_count": 4_999, "posts_count": 99_999},
        {"handle": "horse_ebooks", "bio": "Everything happens so much"},
        {"posts": [Post("Same words again", NOW - timedelta(hours=i * i + 1)) for i in range(10)]},
    ]
    out = []
    for i, row in enumerate(rows):
        row.setdefault("id", f"c{i}")
        out.append(_account(**row))
    return out


@pytest.fixture(scope="module")
def demo() -> tuple[Settings, list[Account]]:
    workspace = build_demo_workspace()
    accounts = sorted(workspace.accounts.values(), key=lambda a: a.id)[::4]
    return demo_settings(workspace), accounts + crafted()


def _frame(accounts: list[Account]) -> pl.DataFrame:
    frame = accounts_to_frame(accounts)
    if DATA.is_dir():
        csv = pl.concat(list(read_records(DATA / "bot-or-not-2017" / "bots_data.csv")))
        frame = pl.concat([frame, csv.head(300), csv.tail(100)])
    return frame


def assert_same(judge: Judge, frame: pl.DataFrame, context: SignalContext | None = None) -> pl.DataFrame:
    got = judge.judge_columns(frame, context)
    want = reference(judge, frame, context)
    assert got.height == len(want) == frame.height
    assert got.columns == list(want[0])
    for row, expected in zip(got.iter_rows(named=True), want, strict=True):
        assert row == expected, row["id"]
    return got


def test_without_interests_matches_reference(demo: tuple[Settings, list[Account]]) -> None:
    settings, accounts = demo
    judge = Judge(settings, with_interests=False)
    context = SignalContext(churn_hours={"churn": 20.4, accounts[0].id: 2.5})
    got = assert_same(judge, _frame(accounts), context)
    flags = set(got["flags"].explode().drop_nulls())
    # The sample really exercises the sentences: every rule flag, bots with model reasons, quiet rows.
    assert flags >= set(SIGNAL_FLAGS) | {"high_volume"}
    model_bots = got.filter(
        pl.col("reasons").list.eval(pl.element().str.starts_with("Looks automated or fake")).list.any()
    )
    assert model_bots["reasons"].list.len().min() >= 2  # type: ignore[operator]
    assert got.filter(pl.col("is_bot"))["reasons"].list.len().min() >= 1  # type: ignore[operator]
    # Every verdict explains itself, a genuine one too.
    assert got["reasons"].list.len().min() >= 1  # type: ignore[operator]
    says = pl.col("reasons").list.eval(pl.element().str.starts_with("Looks genuine (")).list.any()
    bait = pl.col("flags").list.eval(pl.element().is_in(_BAIT)).list.any()
    assert got.select((says == (~pl.col("is_bot") & ~bait)).all()).item()
    assert got["interests"].list.len().max() == 0


def test_with_interests_matches_reference(demo: tuple[Settings, list[Account]]) -> None:
    settings, accounts = demo
    judge = Judge(settings, matcher=InterestMatcher(settings.interests))
    got = assert_same(judge, accounts_to_frame(accounts))
    assert got["flags"].list.contains("off_topic").any()
    assert got["interests"].list.len().max() > 0  # type: ignore[operator]


def test_a_configured_threshold_is_used() -> None:
    settings = Settings()
    settings.thresholds.bot = 0.0
    judge = Judge(settings, with_interests=False)
    got = assert_same(judge, accounts_to_frame(crafted()))
    assert got["is_bot"].all()


def test_empty_frame_and_judge_wrapper() -> None:
    judge = Judge(Settings(), with_interests=False)
    empty = judge.judge_columns(accounts_to_frame([]))
    assert empty.height == 0
    assert empty.schema["reasons"] == pl.List(pl.Utf8)
    verdicts = judge.judge(crafted()[:3])
    assert [v.id for v in verdicts] == ["c0", "c1", "c2"]
    assert verdicts[1].flags[0] == "follow_farmer"
    assert "21,048 following and 21,545 followers: the follow-for-follow pattern." in verdicts[1].reasons


def test_user_text_holding_the_sentence_separator() -> None:
    """Quoted user text may hold the character sentences are joined with: the lists stay right."""
    judge = Judge(Settings(), with_interests=False)
    odd = _account(id="odd", moved_to="a\x1fb@odd.social", bio="nsfw")
    got = assert_same(judge, accounts_to_frame([*crafted(), odd]))
    assert "Has moved to a\x1fb@odd.social; this account is no longer used." in got["reasons"][-1]


@pytest.mark.parametrize("n", [0, 7, 999, 1_000, -1_000, 12_345, 1_000_000, -9_876_543_210, 2**62])
def test_thousands_matches_python(n: int) -> None:
    assert pl.select(thousands(pl.lit(n, pl.Int64))).item() == f"{n:,}"


def test_a_bare_record_says_there_is_too_little_to_judge() -> None:
    # A follows export gives handles only: "Looks genuine" would claim what nothing in the record shows.
    frame = accounts_to_frame(
        [Account(id="1", platform="mastodon", handle="alice@mastodon.social"), _account(id="2")]
    )
    reasons = Judge(Settings(), with_interests=False).judge_columns(frame)["reasons"].to_list()
    assert reasons[0][0].startswith("Too little to judge by (")
    assert "no follower, following or post counts and no creation date" in reasons[0][0]
    assert reasons[1][0].startswith("Looks genuine (")


def test_model_reasons_never_call_an_unknown_count_zero() -> None:
    # Before the fix the first said "0 posts." and "Handle @." (no post count, no handle in the record).
    frame = accounts_to_frame(
        [
            Account(id="1", likes_count=0),
            Account(id="2", followers_count=2, following_count=900, likes_count=0),
        ]
    )
    reasons = Judge(Settings(), with_interests=False).classifier.predict(frame).reasons
    said = " ".join(r for row in reasons for r in row)
    assert "0 posts" not in said
    assert "@." not in said


def test_interest_reason_names_each_interest_beside_what_showed_it() -> None:
    """The words that showed one interest are not offered as the evidence of another: "Economist" shows
    economics, a post about hiring shows recruitment and jobs."""
    from followsift.judge import _INTEREST_TYPE, _interest_reason_expr

    def hit(name: str, evidence: str | None) -> dict[str, Any]:
        return {"name": name, "score": 0.8, "evidence": evidence}

    frame = pl.DataFrame(
        {
            "interests": [
                [
                    hit("economics", "Economist"),
                    hit("recruitment", "We're hiring"),
                    hit("jobs", "We're hiring"),
                ],
                [hit("tech", "Rust dev"), hit("media", "Podcast host"), hit("leadership", "Rust dev")],
                [hit("tech", ""), hit("HR", None)],
                [
                    hit("coaching", "Exec coach"),
                    hit("leadership", "Exec coach"),
                    hit("HR", "Exec coach"),
                    hit("jobs", "x"),
                ],
            ]
        },
        schema={"interests": _INTEREST_TYPE},
    )
    assert frame.select(_interest_reason_expr()).to_series().to_list() == [
        "Shares your interest in economics (“Economist”); recruitment, jobs (“We're hiring”).",
        "Shares your interest in tech, leadership (“Rust dev”); media (“Podcast host”).",
        "Shares your interest in tech, HR.",
        "Shares your interest in coaching, leadership, HR (“Exec coach”).",
    ]
