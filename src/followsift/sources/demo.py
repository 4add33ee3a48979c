"""The demo workspace: a deterministic, realistic follow graph for the careers blogger of the first seed.

About 2,000 followers and 600 followings covering every kind the seeds name, with plausible bios, recent
posts, interactions and two snapshots a day apart. Kinds overlap the way real accounts do (gurus with
on-topic bios, promo accounts stuffing topic words, on-topic people gone quiet, off-topic friends who talk
to you), so no single field gives the answer away. ``DemoWorkspace.kinds`` keeps the ground truth for tests.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from followsift.config import Settings
from followsift.model import Account, Interaction, InteractionKind, Post, ProfileField
from followsift.sources import demo_text as txt

__all__ = ["DEMO_NOW", "DemoWorkspace", "build_demo_workspace", "demo_settings"]

PLATFORM = "demo"
#: Fixed clock so the workspace is identical on every machine and every run.
DEMO_NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
OWNER_HANDLE = "careerwise"

#: How many followers / followings of each kind (followers first); mutuals are counted among followings.
FOLLOWER_KINDS: dict[str, int] = {
    "genuine_on": 430,
    "genuine_posts_only": 70,
    "genuine_off": 420,
    "hard_negative": 40,
    "org_on": 70,
    "org_off": 40,
    "promo": 120,
    "adult": 80,
    "keyword_bot": 100,
    "follow_farmer": 70,
    "needy": 40,
    "vanity": 30,
    "silent": 150,
    "flood_off": 50,
    "talker": 90,
    "churner": 50,
}
FOLLOWING_KINDS: dict[str, int] = {
    "mutual_on": 250,
    "idol_on": 110,
    "gone_quiet": 50,
    "moved": 10,
    "followee_off": 45,
    "friend_off_talks": 12,
    "news_flood_reposts": 15,
    "flood_off_followee": 15,
    "followee_needy": 15,
    "followee_vanity": 10,
    "followee_guru": 25,
    "followee_churner": 10,
    "followee_spam": 10,
    "followee_adult": 3,
    "kept_friend": 3,
}
#: Share of each follower kind that is new since yesterday's snapshot.
NEW_SHARE = 0.12


@dataclass(slots=True)
class DemoWorkspace:
    owner: Account
    accounts: dict[str, Account]
    kinds: dict[str, str]
    followers_before: set[str]
    following_before: set[str]
    followers_now: set[str]
    following_now: set[str]
    interactions: list[Interaction]
    taken_before: datetime
    taken_now: datetime
    keep: list[str] = field(default_factory=list)


def demo_settings(workspace: DemoWorkspace) -> Settings:
    """The owner's settings: the seed's interests and a small keep-list of old friends."""
    return Settings(keep=list(workspace.keep))


class _Maker:
    """Builds accounts of each kind from one seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.next_id = 10_000
        self.used_handles: set[str] = set()

    # -- shared pieces ---------------------------------------------------------------------------------------
    def account(self, **kwargs: object) -> Account:
        self.next_id += 1
        acct = Account(id=str(self.next_id), platform=PLATFORM, observed_at=DEMO_NOW, **kwargs)  # type: ignore[arg-type]
        if acct.posts:
            acct.last_post_at = max(p.created_at for p in acct.posts if p.created_at)
        return acct

    def person_name(self) -> tuple[str, str]:
        first, last = self.rng.choice(txt.FIRST), self.rng.choice(txt.LAST)
        handle = self.unique_handle(f"{first}{last}".lower().replace("ü", "u"))
        return f"{first} {last}", handle

    def unique_handle(self, base: str) -> str:
        handle = base[:15]
        while handle in self.used_handles:
            handle = f"{base[:11]}{self.rng.randint(1, 9999)}"
        self.used_handles.add(handle)
        return handle

    def created(self, min_days: int, max_days: int) -> datetime:
        return DEMO_NOW - timedelta(
            days=self.rng.randint(min_days, max_days), seconds=self.rng.randint(0, 86_399)
        )

    def posts(
        self, texts: list[str], *, newest_days: float, span_days: float, repost_share: float = 0.1
    ) -> list[Post]:
        """Posts at irregular, human times between ``newest_days`` and ``newest_days + span_days`` ago."""
        stamps = sorted(
            (DEMO_NOW - timedelta(days=newest_days + self.rng.random() * span_days) for _ in texts),
            reverse=True,
        )
        return [
            Post(
                text=text,
                created_at=stamp,
                is_reply=text.startswith("@"),
                is_repost=self.rng.random() < repost_share,
                id=f"p{self.next_id}-{i}",
            )
            for i, (text, stamp) in enumerate(zip(texts, stamps, strict=True))
        ]

    def human_counts(self, followers: int | None = None) -> dict[str, object]:
        """Profile numbers of a real person: organic ratios, likes, a few lists."""
        age_days = self.rng.randint(400, 4500)
        if followers is None:
            followers = min(int(self.rng.lognormvariate(5.6, 1.3)) + 3, 40_000)
        # Popular people follow a few hundred or thousand; everyone else roughly as many as follow them.
        following = (
            self.rng.randint(150, 2500)
            if followers > 10_000
            else max(5, int(followers * self.rng.uniform(0.2, 1.6)) + self.rng.randint(20, 300))
        )
        return {
            "created_at": self.created(age_days, age_days),
            "followers_count": followers,
            "following_count": following,
            "posts_count": int(age_days * self.rng.uniform(0.3, 6)),
            "likes_count": int(age_days * self.rng.uniform(0.5, 9)),
            "listed_count": int(followers * self.rng.uniform(0.0, 0.04)),
            "default_avatar": self.rng.random() < 0.04,
            "default_profile": self.rng.random() < 0.3,
            "verified": self.rng.random() < 0.02,
            "location": self.rng.choice(
                ["Manchester", "Leeds", "London", "Dublin", "Berlin", "Lisbon", "", "UK"]
            ),
        }

    def topic_posts(
        self, topics: list[str], pool: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], n: int
    ) -> list[str]:
        """``n`` posts on ``topics``, distinct while the pool lasts (people rarely repeat themselves)."""
        candidates = [text for topic in topics for text in pool[topic][1]]
        picked = self.rng.sample(candidates, min(n, len(candidates)))
        return picked + [self.rng.choice(candidates) for _ in range(n - len(picked))]

    # -- people ------------------------------------------------------------------------------------------------
    def genuine_on(self, *, bio: bool = True, followers: int | None = None) -> Account:
        name, handle = self.person_name()
        topics = self.rng.sample(list(txt.ON_TOPIC), self.rng.choice([1, 1, 2]))
        hobby = self.rng.choice(list(txt.OFF_TOPIC))
        texts = self.topic_posts(topics, txt.ON_TOPIC, self.rng.randint(4, 8))
        texts += self.topic_posts([hobby], txt.OFF_TOPIC, self.rng.randint(2, 6))
        if self.rng.random() < 0.15:
            texts.append(self.rng.choice(txt.FOREIGN_ON_TOPIC))
        self.rng.shuffle(texts)
        role = self.rng.choice(txt.ON_TOPIC[topics[0]][0])
        bio_text = f"{role}. {self.rng.choice(txt.OFF_TOPIC[hobby][0])}. Views my own." if bio else ""
        return self.account(
            handle=handle,
            display_name=name,
            bio=bio_text,
            posts=self.posts(texts, newest_days=self.rng.random() * 3, span_days=self.rng.uniform(4, 25)),
            **self.human_counts(followers),
        )

    def genuine_posts_only(self) -> Account:
        acct = self.genuine_on(bio=False)
        acct.bio = self.rng.choice(["", "Just me.", "Tea. Dogs. Opinions.", "he/him"])
        return acct

    def genuine_off(self) -> Account:
        name, handle = self.person_name()
        topics = self.rng.sample(list(txt.OFF_TOPIC), 2)
        texts = self.topic_posts(topics, txt.OFF_TOPIC, self.rng.randint(6, 12))
        bio = (
            f"{self.rng.choice(txt.OFF_TOPIC[topics[0]][0])}. {self.rng.choice(txt.OFF_TOPIC[topics[1]][0])}."
        )
        return self.account(
            handle=handle,
            display_name=name,
            bio=bio,
            posts=self.posts(texts, newest_days=self.rng.random() * 4, span_days=self.rng.uniform(4, 30)),
            **self.human_counts(),
        )

    def hard_negative(self) -> Account:
        acct = self.genuine_off()
        acct.bio = self.rng.choice(txt.HARD_NEGATIVE_BIOS)
        for post in acct.posts[: len(acct.posts) // 2]:
            post.text = self.rng.choice(txt.HARD_NEGATIVE_POSTS)
        return acct

    def org(self, on_topic: bool) -> Account:
        if on_topic:
            bio, topic = self.rng.choice(txt.ORG_ON)
            texts = self.topic_posts([topic], txt.ON_TOPIC, 10)
        else:
            bio = self.rng.choice(txt.ORG_OFF)
            texts = self.topic_posts(["cooking", "entertainment"], txt.OFF_TOPIC, 10)
        name = bio.split(".")[0][:40]
        counts = self.human_counts(followers=int(self.rng.lognormvariate(7.5, 1.2)))
        counts["following_count"] = int(counts["followers_count"] * self.rng.uniform(0.05, 0.4)) + 10  # type: ignore[operator]
        return self.account(
            handle=self.unique_handle(name.lower().replace(" ", "")[:12]),
            display_name=name,
            bio=bio,
            url="https://example.org",
            posts=self.posts(texts, newest_days=self.rng.random() * 2, span_days=self.rng.uniform(3, 15)),
            **counts,
        )

    def talker(self) -> Account:
        return self.genuine_on() if self.rng.random() < 0.6 else self.genuine_off()

    def silent(self) -> Account:
        acct = self.genuine_on() if self.rng.random() < 0.6 else self.genuine_off()
        idle = self.rng.randint(120, 900)
        acct.posts = self.posts([p.text for p in acct.posts], newest_days=idle, span_days=60)
        acct.last_post_at = max(p.created_at for p in acct.posts if p.created_at)
        return acct

    def needy(self, on_topic: bool = True) -> Account:
        acct = self.genuine_on() if on_topic else self.genuine_off()
        acct.posts[0].text = self.rng.choice(txt.NEEDY_POSTS)
        if self.rng.random() < 0.3:
            acct.posts[1].text = self.rng.choice(txt.NEEDY_POSTS)
        return acct

    def vanity(self) -> Account:
        acct = self.genuine_on()
        acct.posts[self.rng.randrange(len(acct.posts))].text = self.rng.choice(txt.VANITY_POSTS)
        return acct

    def flood(self, *, on_topic: bool, repost_share: float) -> Account:
        acct = self.genuine_on() if on_topic else self.genuine_off()
        per_day = self.rng.uniform(70, 220)
        n = 30
        texts = (
            self.topic_posts(list(txt.ON_TOPIC), txt.ON_TOPIC, n)
            if on_topic
            else self.topic_posts(["entertainment", "football"], txt.OFF_TOPIC, n)
        )
        acct.posts = self.posts(texts, newest_days=0.01, span_days=n / per_day, repost_share=repost_share)
        acct.last_post_at = acct.posts[0].created_at
        acct.posts_count = int(per_day * self.rng.randint(500, 2000))
        return acct

    # -- the kinds people want gone ---------------------------------------------------------------------------
    def promo(self) -> Account:
        base = self.rng.choice(["followers", "promo", "growth", "cash", "deals"])
        texts = [self.rng.choice(txt.PROMO_POSTS) for _ in range(10)]
        return self.account(
            handle=self.unique_handle(f"{base}{self.rng.randint(10, 99999)}"),
            display_name=self.rng.choice(["Free Followers", "Promo King", "Grow Fast", "Cash Daily"]),
            bio=self.rng.choice(txt.PROMO_BIOS),
            url="http://bit.ly/promo",
            created_at=self.created(20, 500),
            followers_count=self.rng.randint(10, 3000),
            following_count=self.rng.randint(1500, 5000),
            posts_count=self.rng.randint(300, 30_000),
            likes_count=self.rng.randint(0, 30),
            listed_count=self.rng.randint(0, 3),
            default_avatar=self.rng.random() < 0.5,
            default_profile=True,
            posts=self.posts(texts, newest_days=0.05, span_days=1),
        )

    def adult(self) -> Account:
        name = self.rng.choice(["Jessica", "Amber", "Candy", "Lola", "Kitty"])
        texts = [self.rng.choice(txt.ADULT_POSTS) for _ in range(self.rng.randint(2, 6))]
        return self.account(
            handle=self.unique_handle(f"{name.lower()}{self.rng.randint(100, 99999)}"),
            display_name=f"{name} 💋",
            bio=self.rng.choice(txt.ADULT_BIOS),
            created_at=self.created(3, 120),
            followers_count=self.rng.randint(0, 150),
            following_count=self.rng.randint(300, 2500),
            posts_count=self.rng.randint(2, 40),
            likes_count=self.rng.randint(0, 5),
            listed_count=0,
            default_profile=True,
            posts=self.posts(texts, newest_days=0.5, span_days=3),
        )

    def keyword_bot(self) -> Account:
        n = 12
        start = self.rng.random() * 0.05
        texts = [
            self.rng.choice(txt.KEYWORD_BOT_POSTS).format(n=self.rng.randint(1000, 99999)) for _ in range(n)
        ]
        hourly = [
            Post(text=t, created_at=DEMO_NOW - timedelta(days=start, hours=i), id=f"k{self.next_id}-{i}")
            for i, t in enumerate(texts)
        ]
        return self.account(
            handle=self.unique_handle(
                f"{self.rng.choice(['jobs', 'techjobs', 'softwarenews', 'hiring'])}feed{self.rng.randint(1, 9999)}"
            ),
            display_name=self.rng.choice(["Job Feed", "Tech Jobs Bot", "Software News", "Hiring Alerts"]),
            bio=self.rng.choice(txt.KEYWORD_BOT_BIOS),
            created_at=self.created(200, 2500),
            followers_count=self.rng.randint(30, 2500),
            following_count=self.rng.randint(1000, 6000),
            posts_count=self.rng.randint(20_000, 200_000),
            likes_count=self.rng.randint(0, 10),
            listed_count=self.rng.randint(0, 20),
            default_profile=self.rng.random() < 0.7,
            bot=self.rng.random() < 0.4,
            posts=hourly,
        )

    def follow_farmer(self) -> Account:
        name, handle = self.person_name()
        texts = [self.rng.choice(txt.GURU_POSTS) for _ in range(8)]
        followers = self.rng.randint(15_000, 26_000)
        hollow = self.rng.random() < 0.35
        following = self.rng.randint(300, 2000) if hollow else int(followers * self.rng.uniform(0.95, 1.03))
        if handle and self.rng.random() < 0.15:  # the first seed's guru exactly
            followers, following, hollow = 21_545, 21_048, False
        return self.account(
            handle=handle,
            display_name=name,
            bio=self.rng.choice(txt.GURU_BIOS),
            created_at=self.created(300, 2500),
            followers_count=followers,
            following_count=following,
            posts_count=self.rng.randint(40, 199) if hollow else self.rng.randint(2000, 9000),
            likes_count=self.rng.randint(0, 400),
            listed_count=self.rng.randint(5, 80),
            default_profile=self.rng.random() < 0.5,
            posts=self.posts(texts, newest_days=self.rng.random(), span_days=6),
        )

    def churner(self) -> Account:
        name, handle = self.person_name()
        texts = [self.rng.choice(txt.GURU_POSTS) for _ in range(6)]
        followers = self.rng.randint(1500, 7000)
        return self.account(
            handle=handle,
            display_name=name,
            bio=self.rng.choice(
                [
                    "Growth hacker. Marketing automation.",
                    "Entrepreneur | Crypto | Mindset",
                    "Social media strategist",
                ]
            ),
            created_at=self.created(200, 1500),
            followers_count=followers,
            following_count=int(followers * self.rng.uniform(1.2, 2.5)),
            posts_count=self.rng.randint(300, 3000),
            likes_count=self.rng.randint(10, 500),
            listed_count=self.rng.randint(0, 10),
            posts=self.posts(texts, newest_days=self.rng.random(), span_days=8),
        )

    def moved(self) -> Account:
        acct = self.genuine_on()
        acct.status = "moved"
        acct.moved_to = f"{acct.handle}@mastodon.social"
        acct.fields = [ProfileField("New home", f"https://mastodon.social/@{acct.handle}")]
        return acct


def _kind_builders(m: _Maker) -> dict[str, Callable[[], Account]]:
    return {
        "genuine_on": m.genuine_on,
        "genuine_posts_only": m.genuine_posts_only,
        "genuine_off": m.genuine_off,
        "hard_negative": m.hard_negative,
        "org_on": lambda: m.org(True),
        "org_off": lambda: m.org(False),
        "promo": m.promo,
        "adult": m.adult,
        "keyword_bot": m.keyword_bot,
        "follow_farmer": m.follow_farmer,
        "needy": lambda: m.needy(m.rng.random() < 0.6),
        "vanity": m.vanity,
        "silent": m.silent,
        "flood_off": lambda: m.flood(on_topic=False, repost_share=0.1),
        "talker": m.talker,
        "churner": m.churner,
        "mutual_on": lambda: m.genuine_on() if m.rng.random() < 0.85 else m.org(True),
        "idol_on": lambda: m.genuine_on(followers=m.rng.randint(10_000, 400_000)),
        "gone_quiet": m.silent,
        "moved": m.moved,
        "followee_off": m.genuine_off,
        "friend_off_talks": m.genuine_off,
        "news_flood_reposts": lambda: m.flood(on_topic=True, repost_share=0.75),
        "flood_off_followee": lambda: m.flood(on_topic=False, repost_share=0.1),
        "followee_needy": m.needy,
        "followee_vanity": m.vanity,
        "followee_guru": m.follow_farmer,
        "followee_churner": m.churner,
        "followee_spam": m.promo,
        "followee_adult": m.adult,
        "kept_friend": m.genuine_off,
    }


#: Following kinds whose accounts also follow the owner (now, and yesterday).
_MUTUAL_KINDS = {
    "mutual_on",
    "friend_off_talks",
    "followee_needy",
    "followee_vanity",
    "followee_guru",
    "kept_friend",
}


def build_demo_workspace(seed: int = 2026) -> DemoWorkspace:
    """The whole demo workspace, identical for the same seed."""
    maker = _Maker(seed)
    builders = _kind_builders(maker)
    owner = _owner(maker)
    accounts: dict[str, Account] = {}
    kinds: dict[str, str] = {}
    for kind, count in (*FOLLOWER_KINDS.items(), *FOLLOWING_KINDS.items()):
        for _ in range(count):
            acct = builders[kind]()
            accounts[acct.key] = acct
            kinds[acct.key] = kind
    taken_now = DEMO_NOW
    taken_before = DEMO_NOW - timedelta(days=1)
    graph = _graph(maker.rng, kinds)
    interactions = _interactions(maker.rng, accounts, kinds, owner, taken_before)
    keep = [f"@{accounts[k].handle}" for k, kind in kinds.items() if kind == "kept_friend"]
    return DemoWorkspace(
        owner=owner,
        accounts=accounts,
        kinds=kinds,
        interactions=interactions,
        taken_before=taken_before,
        taken_now=taken_now,
        keep=keep,
        **graph,
    )


def _owner(maker: _Maker) -> Account:
    maker.used_handles.add(OWNER_HANDLE)
    texts = maker.topic_posts(["jobs", "recruitment", "economics", "leadership"], txt.ON_TOPIC, 12)
    return maker.account(
        handle=OWNER_HANDLE,
        display_name="Careerwise",
        bio="Careers blogger. Jobs, the economy, recruitment and work. Rock music for flavour.",
        created_at=DEMO_NOW - timedelta(days=4200),
        followers_count=19_000,
        following_count=1_950,
        posts_count=38_000,
        likes_count=12_000,
        listed_count=640,
        posts=maker.posts(texts, newest_days=0.2, span_days=10),
    )


def _graph(rng: random.Random, kinds: dict[str, str]) -> dict[str, set[str]]:
    followers_now: set[str] = set()
    following_now: set[str] = set()
    new_followers: set[str] = set()
    churned: set[str] = set()
    for key, kind in kinds.items():
        if kind in FOLLOWER_KINDS:
            if kind == "churner":
                churned.add(key)
                continue
            followers_now.add(key)
            if rng.random() < NEW_SHARE:
                new_followers.add(key)
        else:
            following_now.add(key)
            if kind in _MUTUAL_KINDS:
                followers_now.add(key)
            if kind == "followee_churner":
                churned.add(key)
    # Yesterday: today's followers minus the new ones, plus the churners who have since left.
    followers_before = (followers_now - new_followers) | churned
    return {
        "followers_before": followers_before,
        "following_before": set(following_now),
        "followers_now": followers_now,
        "following_now": following_now,
    }


def _interactions(
    rng: random.Random, accounts: dict[str, Account], kinds: dict[str, str], owner: Account, before: datetime
) -> list[Interaction]:
    items: list[Interaction] = []
    for key, kind in kinds.items():
        acct = accounts[key]
        if kind in ("talker", "friend_off_talks") or (kind == "mutual_on" and rng.random() < 0.25):
            items.extend(_conversation(rng, acct, owner))
        if kind in ("churner", "followee_churner"):
            # Followed a few hours before yesterday's snapshot; gone by today's.
            followed = before - timedelta(hours=rng.uniform(1, 20))
            items.append(_interaction(acct, InteractionKind.FOLLOW, followed, f"f{acct.id}"))
        if kind in ("genuine_on", "org_on") and rng.random() < 0.2:
            like_kind = rng.choice([InteractionKind.LIKE, InteractionKind.REPOST])
            when = DEMO_NOW - timedelta(days=rng.uniform(0, 20))
            items.append(_interaction(acct, like_kind, when, f"l{acct.id}"))
    return items


def _conversation(rng: random.Random, acct: Account, owner: Account) -> list[Interaction]:
    out = []
    for i in range(rng.randint(1, 5)):
        kind = rng.choice(
            [InteractionKind.REPLY, InteractionKind.REPLY, InteractionKind.MENTION, InteractionKind.QUOTE]
        )
        text = rng.choice(txt.TALKER_REPLIES).format(owner=owner.handle)
        when = DEMO_NOW - timedelta(days=rng.uniform(0, 28))
        item = _interaction(acct, kind, when, f"c{acct.id}-{i}", text)
        item.answered = rng.random() < 0.5
        out.append(item)
    return out


def _interaction(
    acct: Account, kind: InteractionKind, when: datetime, post_id: str, text: str | None = None
) -> Interaction:
    return Interaction(
        platform=acct.platform, account_id=acct.id, kind=kind, created_at=when, post_id=post_id, text=text
    )
