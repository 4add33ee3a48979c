"""Rule signals on realistic profiles, including the look-alikes that must not trip them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest

from followsift.config import Thresholds
from followsift.judge.classifier import BotClassifier
from followsift.judge.frame import accounts_to_frame
from followsift.judge.signals import (
    DECLARED_BOT_PROBABILITY,
    SignalContext,
    compute_signals,
    declared_bots,
    flags_expr,
    signal_reasons,
    with_declared_bots,
)
from followsift.model import Account, Post

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _account(**kwargs: Any) -> Account:
    kwargs.setdefault("id", "1")
    kwargs.setdefault("observed_at", NOW)
    kwargs.setdefault("created_at", NOW - timedelta(days=1500))
    kwargs.setdefault("followers_count", 300)
    kwargs.setdefault("following_count", 280)
    kwargs.setdefault("posts_count", 2400)
    kwargs.setdefault("posts", [Post("Good morning, coffee first.", NOW - timedelta(hours=5))])
    return Account(**kwargs)


def _flags(account: Account, context: SignalContext | None = None) -> tuple[list[str], list[str]]:
    signals = compute_signals(accounts_to_frame([account]), Thresholds(), context)
    row = signals.with_columns(flags_expr().alias("flags")).row(0, named=True)
    return row["flags"], signal_reasons(row)


@pytest.mark.parametrize(
    ("account", "flag", "evidence"),
    [
        (_account(bio="Get 1000 FREE followers fast! Link in bio"), "spam", "FREE followers"),
        (_account(bio="DM for promo 💯 shoutouts for sale"), "spam", "DM for promo"),
        (_account(bio="Seguidores gratis y reales 🔥"), "spam", "Seguidores gratis"),
        (_account(bio="Follower kaufen, schnell und billig"), "spam", "Follower kaufen"),
        (_account(bio="18+ only. Spicy content on OnlyFans"), "adult", "18+ only"),
        (_account(bio="Contenido para adultos, solo DM"), "adult", "Contenido para adultos"),
        (_account(bio="Food porn and real porn, DM me"), "adult", "porn"),
        (_account(bio="Selling nude pics, DM"), "adult", "nude pics"),
        (_account(bio="Get thousands followers with this website, fast"), "spam", "Get thousands followers"),
        (_account(bio="Buy Twitch viewers and followers cheap"), "spam", "Buy Twitch viewers"),
        (_account(bio="Grow your brand: 10k followers in 7 days"), "spam", "10k followers in 7 days"),
        # Bluesky's adult-content labels, which adult accounts put on themselves: the bio may say nothing.
        (_account(platform="bluesky", bio="links below 💋", labels=["porn"]), "adult", "“porn”"),
        (_account(platform="bluesky", labels=["!no-unauthenticated", "nudity"]), "adult", "“nudity”"),
        (_account(platform="bluesky", labels=["spam"]), "spam", "Labelled spam by the platform"),
        (_account(handle="horse_ebooks", bio="Everything happens so much"), "automated", "horse_ebooks"),
        (_account(handle="ReidOliverEbook"), "automated", "ReidOliverEbook"),
        (_account(bio="Leadership coach | Speaker | #TeamFollowBack"), "follow_farmer", "#TeamFollowBack"),
        (_account(bio="Je follow back tout le monde"), "follow_farmer", "Je follow back"),
        (
            _account(followers_count=21_545, following_count=21_048),
            "follow_farmer",
            "21,048 following and 21,545",
        ),
        (
            _account(followers_count=20_000, posts_count=150),
            "follow_farmer",
            "20,000 followers but only 150 posts",
        ),
        (_account(followers_count=40, following_count=4_800), "follow_farmer", "Follows 4,800 accounts"),
        (
            _account(posts=[Post("Help us reach 1,000 followers — retweet!", NOW - timedelta(hours=2))]),
            "needy",
            "Help us reach 1,000 followers",
        ),
        (
            _account(posts=[Post("¡Ayúdanos a llegar a 1000 seguidores!", NOW - timedelta(hours=2))]),
            "needy",
            "Ayúdanos a llegar a 1000",
        ),
        (
            _account(posts=[Post("My Klout score just hit 72!", NOW - timedelta(hours=2))]),
            "vanity",
            "Klout",
        ),
        (_account(bot=True), "automated", "Declares itself a bot"),
        (_account(bio="Automated account posting job vacancies"), "automated", "Automated account"),
        (_account(bio="I'm a learning bot that tweets about sad faces"), "automated", "I'm a learning bot"),
        (_account(bio="Generates a random wizard. A bot by @maker"), "automated", "bot by @m"),
        (_account(bio="Twitterbot for new bioinformatics papers"), "automated", "Twitterbot"),
        (_account(bio="Earthquakes above 5.0, every 6 hours"), "automated", "every 6 hours"),
        (_account(bio="A new horizon view every six hours. Made with care."), "automated", "every six hours"),
        (_account(bio="Quotes from the show, posted once every hour"), "automated", "once every hour"),
        (_account(bio="Every hour I'll post one endangered species"), "automated", "Every hour I'll post"),
        (
            _account(bio="Live analysis of every fourth down. Some posts are automated."),
            "automated",
            "automated",
        ),
        (_account(bio="RSS feed of new microbiome papers in PubMed"), "automated", "RSS feed of"),
        (_account(bio="Recent meiosis papers from pubmed RSS and bioRxiv"), "automated", "from pubmed RSS"),
        (_account(display_name="Foo [parody bot]"), "automated", "[parody bot]"),
        (_account(bio="Ich bin ein Bot, der Tweets neu mischt"), "automated", "Ich bin ein Bot"),
        (
            _account(bio="This is an automatic Blue fanbot from the Pokemon games"),
            "automated",
            "This is an automatic Blue fanbot",
        ),
        (
            _account(bio="...e guardo il mondo (account con pilota automatico)"),
            "automated",
            "pilota automatico",
        ),
        (_account(bio="Cuenta automática con las noticias de Rosario"), "automated", "Cuenta automática"),
        (
            _account(bio="Automatisierter Account: Pegelstände der Elbe"),
            "automated",
            "Automatisierter Account",
        ),
        (_account(bio="Powered by IFTTT"), "automated", "Powered by IFTTT"),
        (
            _account(
                posts=[
                    Post("Win a free iPhone! Click here", NOW - timedelta(hours=3 * i + i * i))
                    for i in range(8)
                ]
                + [Post("Lunch", NOW - timedelta(days=2)), Post("WIN A FREE IPHONE! Click here ", NOW)]
            ),
            "automated",
            "8 of its last 10 posts repeat another",
        ),
        (
            _account(posts=[Post(f"New job #{i}", NOW - timedelta(hours=i)) for i in range(12)]),
            "automated",
            "fixed schedule",
        ),
        (
            _account(posts=[Post("Back from holiday", NOW - timedelta(days=200))], last_post_at=None),
            "inactive",
            "6 months",
        ),
        (_account(status="suspended"), "inactive", "suspended"),
        (_account(status="moved", moved_to="ada@new.social"), "moved", "ada@new.social"),
    ],
)
def test_signal_fires_with_its_evidence(account: Account, flag: str, evidence: str) -> None:
    flags, reasons = _flags(account)
    assert flag in flags
    assert any(evidence in reason for reason in reasons), reasons


@pytest.mark.parametrize(
    "account",
    [
        _account(bio="18+ years in recruitment and talent acquisition"),
        _account(bio="Talent acquisition partner. We're hiring! DM me about roles."),
        _account(bio="I follow back people who talk to me about economics"),
        _account(followers_count=2_694, following_count=2_664),  # a sociable real person, not a guru
        _account(followers_count=40_000, following_count=900, posts_count=31_000),  # popular, earned
        _account(bio="Sex education researcher at a public university"),
        _account(posts=[Post("We reached 1,000 students this year!", NOW - timedelta(hours=2))]),
        _account(bio="Rock climbing. Bouldering. Coffee."),
        _account(bio="I'm not a bot, I just tweet a lot"),
        _account(bio="Live tweets, no bot. Curated media news"),
        _account(bio="I build chat bots for banks. Robotics engineer."),
        _account(bio="Books on Tape (BOT) marketing team"),
        _account(handle="scott_bot", bio="Historian of science, juggler"),
        _account(bio="Engineering student | Food Porn | Adventurer"),
        _account(posts=[Post("Pure earth porn on this hike today", NOW - timedelta(hours=2))]),
        _account(bio="Swamp rock from Iowa that makes you get nude."),
        _account(bio="Paz filhos da puta."),
        _account(bio="Historic rally driver | 1978 Ford Escort Mk2 | dad of 2"),
        _account(posts=[Post("Escort RS2000 rebuild done, mk2 escorts forever", NOW - timedelta(hours=2))]),
        _account(bio="Travel agent, 22 years | escorted tours and river cruises"),
        _account(handle="GrinchPhonebook", bio="The phone book for the town of Whoville"),
        # Labels that say nothing about adult content or spam; "sexual-figurative" is art (Bluesky's own).
        _account(platform="bluesky", labels=["!no-unauthenticated", "graphic-media", "sexual-figurative"]),
        _account(bio="Automatic transmission specialist. Chatbot builder on weekends."),
        _account(bio="Autopilot engineer at an aircraft maker"),
        _account(bio="Every hour is the lonely hour"),
        _account(bio="Newborn twins: feeds every three hours, send coffee"),
        _account(bio="Nurse. 12-hour shifts, every four days off. Developer of an RSS feed reader."),
        _account(bio="I buy vintage synths and sell records. 4k followers in 10 years of posting"),
        _account(bio="Cheap eats, big views: food and hiking in the Peak District"),
        _account(  # a person who says good morning most days, among other things
            posts=[Post("Good morning!", NOW - timedelta(days=i, hours=i % 3)) for i in range(7)]
            + [Post(f"Thought number {i}", NOW - timedelta(days=i, hours=5)) for i in range(3)]
        ),
        _account(  # reposts of the same post are not the account's own words
            posts=[Post("Big news", NOW - timedelta(hours=i * i + 1), is_repost=True) for i in range(8)]
        ),
    ],
)
def test_genuine_look_alikes_raise_no_flag(account: Account) -> None:
    flags, reasons = _flags(account)
    assert flags == [], reasons


def test_churner_comes_from_snapshot_context() -> None:
    account = _account(id="77")
    flags, reasons = _flags(account, SignalContext(churn_hours={"77": 20.0}))
    assert flags == ["churner"]
    assert "within 20 hours" in reasons[0]
    assert _flags(account, SignalContext(churn_hours={"77": 24 * 10.0}))[0] == []


def test_many_accounts_in_one_frame_keep_their_order() -> None:
    accounts = [_account(id=str(i), bio="Get free followers" if i % 2 else "Teacher") for i in range(50)]
    signals = compute_signals(accounts_to_frame(accounts), Thresholds())
    assert signals["id"].to_list() == [str(i) for i in range(50)]
    assert signals["spam"].to_list() == [bool(i % 2) for i in range(50)]


def test_declared_bots_are_bots_but_not_blocked_on_their_word() -> None:
    accounts = [
        _account(id="flag", bot=True),
        _account(id="words", bio="I am a robot that tweets every earthquake"),
        _account(id="denial", bio="I'm not a robot"),
        _account(id="person", bio="Teacher and parent"),
        _account(id="ebooks", handle="horse_ebooks"),
    ]
    signals = compute_signals(accounts_to_frame(accounts), Thresholds())
    declared = declared_bots(signals)
    assert declared.tolist() == [True, True, False, False, True]
    raised = with_declared_bots(np.array([0.2, 0.95, 0.3, 0.1, 0.5]), declared, block_threshold=0.97)
    assert raised.tolist() == [DECLARED_BOT_PROBABILITY, 0.95, 0.3, 0.1, DECLARED_BOT_PROBABILITY]
    assert with_declared_bots(np.array([0.2]), np.array([True]), block_threshold=0.8)[0] < 0.8
    model = BotClassifier.load()
    assert model.threshold < DECLARED_BOT_PROBABILITY < model.block_threshold


def test_a_labelled_adult_account_is_blocked_by_triage() -> None:
    from followsift.config import Settings
    from followsift.judge import Judge
    from followsift.model import Action, Relationship
    from followsift.policy import recommend_follower

    account = _account(platform="bluesky", handle="peach.bsky.social", bio="✨ hi ✨", labels=["sexual"])
    verdict = Judge(Settings(), with_interests=False).verdicts(accounts_to_frame([account]))[0]
    rec = recommend_follower(account, verdict, Relationship(is_follower=True, new_follower=True), Settings())
    assert rec.action is Action.BLOCK
    assert "Labelled adult content on the platform (“sexual”)." in rec.reasons


def test_a_memorial_account_is_inactive_in_its_own_words() -> None:
    flags, reasons = _flags(_account(platform="mastodon", status="memorial"))
    assert flags == ["inactive"]
    assert reasons == ["A memorial account: the person who kept it has died, and it posts no more."]
