"""Rule signals: the tells people in the seeds name, as vectorised polars expressions.

Each signal is a boolean column plus the evidence needed to explain it (the matched words, the counts).
``compute_signals`` returns those columns; ``signal_reason_exprs`` turns them into plain sentences as polars
expressions (what the judge uses on millions of rows) and ``signal_reasons`` does the same for one row in
Python (the reference the expressions are tested against).
Wording rules cover English, Spanish, German, French, Italian and Portuguese.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl

from followsift.config import Thresholds
from followsift.model import FLAGS

__all__ = [
    "DECLARED_BOT_PROBABILITY",
    "SIGNAL_FLAGS",
    "SignalContext",
    "compute_signals",
    "declared_bots",
    "fixed0",
    "flags_expr",
    "percent",
    "quote",
    "signal_reason_exprs",
    "signal_reasons",
    "thousands",
    "truthy",
    "with_declared_bots",
]

# -- wording --------------------------------------------------------------------------------------------
# Each pattern is case-insensitive and anchored on word boundaries where a bare word would over-match.
SPAM = (
    r"(?i)(free|more|instant|cheap|real|buy|get|gain|boost|grow)\s+"
    r"((\d+[k+]*|thousands|hundreds|tons|lots|loads)\s+(of\s+)?)?((real|active|free|instagram|twitter)\s+)?"
    r"(followers|likes|retweets)"
    r"|followers\s+(fast|instantly|for\s+\$|for\s+cheap|guaranteed)"
    r"|(buy|purchase)\s+(real\s+)?(followers|likes|views)"
    r"|\b(buy|cheap)\s+[\w ]{0,20}?(viewers|followers|likes|views|subscribers)\b"
    r"|\b\d[\d,.]*\s*k?\+?\s+(new\s+)?(followers|likes|views|subscribers)\s+in\s+\d+\s+(days?|hours?|weeks?)"
    r"|\b(dm|message|inbox)\s+(me\s+|us\s+)?(for|4)\s+(a\s+)?(promo|promotion|paid\s+promo|shout\s*outs?|s/o|collab)"
    r"|\bpaid\s+promo|\bpromo(tion)?s?\s+(available|open|for\s+sale)|shout\s*outs?\s+for\s+sale"
    r"|\bmake\s+\$\s?\d[\d,]*\s+(a|per|every)\s+(day|week|hour)|\bearn\s+\$\s?\d"
    r"|\b(forex|crypto|binary\s+options?)\s+signals|guaranteed\s+(returns|profits?)"
    r"|\bclick\s+(the\s+)?link\s+(in\s+(my\s+)?bio|below)\b.*(\$|free|cash|win)"
    r"|seguidores\s+(gratis|grátis|reales|baratos)|(compra|comprar|ganhe|gana)\s+seguidores"
    r"|kostenlose\s+follower|follower\s+kaufen|abonnés\s+(gratuits|gratis)|acheter\s+des\s+abonnés"
    r"|follower\s+gratis|comprare\s+follower"
)
ADULT = (
    r"(?i)\bonly\s*fans\b|\bfansly\b|\bnsfw\b|\bxxx\b|\bporn|\bnudes\b|\bnude\s+(pics?|photos?|videos?|selfies?)"
    r"|🔞|\b18\+\s*(only|content|nsfw)"
    r"|\bsexy\s+(pics?|photos?|girls?|videos?|singles?)|\bhot\s+(girls?|singles?|pics?)\b|\bhook\s*ups?\b"
    r"|\bsex\s*(cam|chat|tape)|\bcam\s*girls?\b|\bwebcam\s+(girl|show|model)|\bescorts?\b|\bhorny\b"
    r"|\badult\s+(content|videos?|entertainment)|\b(dm|message)\s+(me\s+)?for\s+(nudes|pics|spicy|content)"
    r"|contenido\s+(para\s+)?adultos|\bdesnuda|\bnackt(bilder|fotos)?\b|\berotik|\bcontenu\s+adulte"
    r"|\bcontenuti\s+per\s+adulti|\bconteúdo\s+adulto|\bsexcam"
)
#: "Food porn", "earth porn": photo-genre slang, removed before ``ADULT`` is searched (polars regexes have
#: no look-behind). Swearing ("puta vida") is not adult content either, so it is not in ``ADULT``. Nor is a Ford
#: Escort (the car), nor the television series "Sex Education" (which only the interest matcher's broader
#: come-on check, ``\bsexy?\b``, would read as adult; it strips these look-alikes too).
ADULT_LOOKALIKES = (
    r"(?i)\b(food|earth|book|cabin|ruin|space|sky|city|map|design|car|gear|tech|art|word|architecture|data"
    r"|plant|bike|shelf|desk|sneaker|coffee)\s*porn(ography)?\b"
    r"|\b(ford|mk\s?[1-6]|rs\s?\d{0,4}|classic|rally|historic)\s+escorts?\b"
    r"|\bescorts?\s+(mk\s?[1-6]|rs\d{0,4}|cosworth|van|estate|rally)\b|\bsex\s+education\b"
)
FOLLOW_TAGS = (
    r"(?i)#(follow\s*back|f4f|teamfollowback|follow4follow|followforfollow|ifollowback|autofollow|tfb"
    r"|followtrain|instantfollow|followme|siguemeytesigo|sdv)\b"
    r"|\b(i\s+)?follow\s*back\s+(100|all|every|guaranteed|instantly)|\bfollow\s+(me\s+)?(and|&|n)\s+i('ll|\s+will)?"
    r"\s+follow\s+(you\s+)?back|\bi\s+always\s+follow\s+back|\bsigo\s+de\s+(vuelta|volta)\b|\bfolge\s+zurück"
    r"|\bje\s+follow\s+back|\bricambio\s+(il\s+)?follow"
)
#: A follower count as people write it: 1,000 / 2.5k / 10000 (and the word after it when present).
_COUNT = r"\d[\d,.]*(\s*k\b)?(\s+(followers|seguidores|follower|abonnés|abbonati))?"
NEEDY = (
    rf"(?i)help\s+(us|me)\s+(get|reach|hit|make\s+it\s+to|to\s+reach)\s+{_COUNT}"
    r"|(almost|nearly|so\s+close\s+to|just)\s+(at\s+)?\d[\d,.]*\s*k?\s+followers"
    r"|\d[\d,.]*\s*k?\s+followers\s+(away|to\s+go)|\broad\s+to\s+\d[\d,.]*\s*k?\b"
    r"|\b(rt|retweet|share|boost|repost)\s+(this\s+)?(to\s+help|so\s+(we|i)\s+can\s+(reach|hit|get))"
    r"|\bplease\s+(follow|rt|retweet)\s+(me|us|this)\b.*\bfollowers"
    rf"|ay[uú]d(a|e)(me|nos)\s+a\s+(llegar|alcanzar)\s+(a\s+)?(los\s+)?{_COUNT}"
    r"|hilf\s+(mir|uns).{0,30}\d[\d.]*\s*(follower|k\b)"
    r"|aidez[- ](moi|nous)\s+à\s+(atteindre|arriver)"
    r"|aiuta(mi|teci)\s+a\s+raggiungere|me\s+ajude(m)?\s+a\s+(chegar|alcançar)|nos\s+ajude(m)?\s+a\s+chegar"
)
VANITY = (
    r"(?i)\bklout\b|\bkred\s+(score|influence)|\bpeer\s*index\b|\b(my|our)\s+influence\s+score\b"
    r"|\btop\s+\d+(\.\d+)?\s*%\s+(most\s+)?(influential|followed|influencers?)"
)
#: A profile that says the account is a bot: "I'm a bot", "a bot by @maker", "twitterbot", "[parody bot]",
#: "tweets every 6 hours", "Ich bin ein Bot". Such an account is automated whatever the model says.
DECLARED_BOT = (
    r"(?i)\b(?:i\s*(?:'|’)?m|i\s+am|this\s+is|we\s+are|here\s+is)\s+(?:just\s+)?"
    r"(?:a|an|the|your|one|@\w+(?:'|’)?s)\s+(?:[\w'’-]+\s+){0,3}?(?:ro)?bot\b"
    r"|\b(?:ro)?bot\s+(?:by|from|made\s+by|created\s+by|written\s+by|built\s+by|for)\s+@\w"
    r"|\b(?:a|an)\s+@\w+\s+(?:ro)?bot\b|\btwitter\s*bot\b|\bbot\s+account\b"
    r"|[(\[]\s*(?:parody\s+bot|(?-i:bot|Bot|robot|Robot))\s*[)\]]"
    r"|\bautomated\s+(?:account|posts?|tweets?|feed)\b"
    # A posting schedule: "every 6 hours", and in words beside what is posted ("New tweets every three hours",
    # "a new image every four hours", "Retweets once every hour", "Every hour I'll tweet"). "Feeds every three
    # hours" (a newborn) or "Every hour is the lonely hour" is a person's.
    r"|\bevery\s+\d+\s*(?:minutes?|mins?|hours?|hrs?)\b"
    r"|\b(?:tweets?|tweeted|posts?|posted|toots?|updates?|updated|retweets?|new|random)\b[^.\n]{0,60}?\b(?:once\s+)?every\s+"
    r"(?:hour|(?:two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty|few|couple\s+of)\s+(?:minutes|hours))\b"
    r"|(?m:\b(?:once\s+an?\s+hour|hourly)\b[^.\n]{0,10}?$)|\b(?:tweets?|posts?|toots?)\s+(?:once\s+an?\s+hour|hourly)\b"
    r"|\bevery\s+(?:hour|few\s+hours),?\s+(?:i(?:'|’)ll\s+(?:tweet|post)|i\s+will\s+(?:tweet|post)|an?\s+new)\b"
    r"|\b(?:some\s+)?(?:tweets?|posts?)\s+are\s+(?:automated|auto-?generated)\b"
    # An RSS feed account ("RSS feed of new papers in PubMed", "papers from pubmed RSS").
    r"|\brss\s+feed\s+(?:of|for|from)\b|\bfrom\s+(?:[\w-]+\s+){0,2}rss\b"
    r"|\b(?:tweets?|posts?)\s+(?:automatically|whenever)\b"
    r"|\b(?:soy\s+un|ich\s+bin\s+ein|je\s+suis\s+un|sono\s+un|sou\s+um)\s+(?:ro)?bot\b"
    r"|\b(?:this\s+is|i\s*(?:'|’)?m|i\s+am)\s+(?:an?\s+)?automatic\s+(?:[\w'’-]+\s+){0,2}?(?:fan|news|art|quote|tweet)?bot\b"
    r"|\b(?:account|cuenta|conta)\s+(?:con|in|en|em)\s+(?:pilota|piloto)\s+autom[aá]tico"
    r"|\b(?:cuenta|conta)\s+autom[aá]tica\b|\baccount\s+automatico\b|\bcompte\s+automatis[ée]\b"
    r"|\bautomatisierte[rs]?\s+(?:account|konto)\b"
)
#: The handle mark of text-remix bots ("horse_ebooks", "Deer_ebooks", "ReidOliverEbook"): a convention, not a
#: word a person uses of themselves ("GrinchPhonebook" does not match).
BOT_HANDLE = r"(?:_[eE]books?|[a-z0-9]Ebooks?)$"
#: "Not a bot", "no bots", "I'm not a robot": a denial, never a declaration.
NOT_A_BOT = r"(?i)\b(?:not|no|never|ain(?:'|’)?t|isn(?:'|’)?t|aren(?:'|’)?t)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:ro)?bots?\b"
#: Posting through a scheduler or feed service: automated posts, not necessarily a bot account.
AUTOMATED = (
    r"(?i)\bauto[- ]?(posted|generated|tweets?)\b|\bpowered\s+by\s+(ifttt|zapier|dlvr\.it|twitterfeed|buffer)"
)

#: The flags this module can raise, in reason order.
SIGNAL_FLAGS = FLAGS[: FLAGS.index("moved") + 1]

_DAY_US = 86_400 * 1_000_000


@dataclass(slots=True)
class SignalContext:
    """Facts from outside the profile: churn seen across snapshots. Keyed by account id."""

    churn_hours: dict[str, float] | None = None


def _profile_text() -> pl.Expr:
    parts = [pl.col(c).fill_null("") for c in ("display_name", "bio", "fields_text", "url")]
    return pl.concat_str(parts, separator="\n")


def _post_texts() -> pl.Expr:
    return pl.col("posts").list.eval(pl.element().struct.field("text")).fill_null([])


def _share_matching(pattern: str) -> pl.Expr:
    """Share of an account's posts whose text matches ``pattern`` (0 when there are no posts)."""
    hits = _post_texts().list.eval(pl.element().str.contains(pattern).cast(pl.Float64)).list.mean()
    return hits.fill_null(0.0)


def _first_post_match(pattern: str, ignore: str | None = None) -> pl.Expr:
    """The words of the first post matching ``pattern``, after removing text that matches ``ignore``."""
    text = pl.element() if ignore is None else pl.element().str.replace_all(ignore, "")
    return (
        _post_texts()
        .list.eval(text.filter(text.str.contains(pattern)).str.extract(f"({pattern})", 1))
        .list.first()
    )


def _last_activity() -> pl.Expr:
    newest_post = pl.col("posts").list.eval(pl.element().struct.field("created_at")).list.max()
    return pl.max_horizontal(pl.col("last_post_at"), newest_post)


def _regularity() -> pl.Expr:
    """Coefficient of variation of the gaps between posts; near 0 means a schedule, not a person."""
    gaps = pl.col("posts").list.eval(
        pl.element().struct.field("created_at").sort().diff().dt.total_seconds().drop_nulls()
    )
    mean = gaps.list.mean()
    return pl.when((gaps.list.len() >= 9) & (mean > 0)).then(gaps.list.std() / mean).otherwise(None)


#: Own posts (not reposts) an account needs before repeats can say anything, and the share that must repeat.
_REPEAT_MIN_POSTS = 10
_REPEAT_SHARE = 0.75


def _repeats() -> tuple[pl.Expr, pl.Expr]:
    """How many of an account's own recent posts repeat an earlier one word for word, and of how many."""
    own = pl.element().filter(~pl.element().struct.field("is_repost").fill_null(False))
    texts = pl.col("posts").list.eval(own.struct.field("text").str.strip_chars().str.to_lowercase())
    n = texts.list.len().fill_null(0)
    repeats = n - texts.list.n_unique().fill_null(0)
    repetitive = (n >= _REPEAT_MIN_POSTS) & (repeats >= _REPEAT_SHARE * n)
    return pl.when(repetitive).then(repeats), pl.when(repetitive).then(n)


def _posts_per_day() -> pl.Expr:
    """Recent posting rate from the sample of posts; the lifetime average when there are too few."""
    times = pl.col("posts").list.eval(pl.element().struct.field("created_at"))
    span_days = (pl.col("observed_at") - times.list.min()).dt.total_microseconds() / _DAY_US
    recent = pl.when((times.list.len() >= 5) & (span_days > 0)).then(times.list.len() / span_days.clip(0.25))
    age_days = (pl.col("observed_at") - pl.col("created_at")).dt.total_microseconds() / _DAY_US
    lifetime = pl.col("posts_count") / age_days.clip(1.0)
    return pl.coalesce(recent, lifetime)


#: Any of the wording patterns: a row whose profile and posts this misses can match none of them. (The
#: patterns have no ^/$ anchors, so a match in one text is a match in the texts joined by newlines.)
_ANY_WORDING = "(?i)" + "|".join(
    f"(?:{p.removeprefix('(?i)')})"
    for p in (SPAM, ADULT, FOLLOW_TAGS, NEEDY, VANITY, DECLARED_BOT, AUTOMATED)
)


def _wording_columns(profile: pl.Expr) -> list[pl.Expr]:
    """The columns that quote matched words (the costly part: six case-insensitive regexes)."""
    return [
        profile.str.extract(f"({SPAM})", 1).alias("spam_words"),
        _share_matching(SPAM).alias("spam_post_share"),
        _first_post_match(SPAM).alias("spam_post_words"),
        profile.str.replace_all(ADULT_LOOKALIKES, "").str.extract(f"({ADULT})", 1).alias("adult_words"),
        _first_post_match(ADULT, ignore=ADULT_LOOKALIKES).alias("adult_post_words"),
        pl.concat_str([profile, _post_texts().list.join("\n")], separator="\n")
        .str.extract(f"({FOLLOW_TAGS})", 1)
        .alias("farm_words"),
        pl.coalesce(profile.str.extract(f"({NEEDY})", 1), _first_post_match(NEEDY)).alias("needy_words"),
        pl.coalesce(profile.str.extract(f"({VANITY})", 1), _first_post_match(VANITY)).alias("vanity_words"),
        pl.when(~profile.str.contains(NOT_A_BOT))
        .then(profile.str.extract(f"({DECLARED_BOT})", 1))
        .alias("bot_words"),
        profile.str.extract(f"({AUTOMATED})", 1).alias("automated_words"),
    ]


def _wording(frame: pl.DataFrame, profile: pl.Expr) -> pl.DataFrame:
    """``_wording_columns`` for every row, computed only on rows where some pattern can match.

    One pass of the combined pattern over profile and posts finds the candidates; on the other rows every
    column is what the patterns give on text without a match (null words, a 0.0 share).
    """
    text = pl.concat_str([profile, _post_texts().list.join("\n")], separator="\n")
    hit = frame.select(text.str.contains(_ANY_WORDING).fill_null(False)).to_series()
    if hit.all():
        return frame.select(_wording_columns(profile))
    rows = frame.with_row_index("_row").filter(hit)
    found = rows.select("_row", *_wording_columns(profile))
    nothing = pl.DataFrame({"_row": pl.int_range(frame.height, dtype=pl.UInt32, eager=True)})
    words = nothing.join(found, on="_row", how="left", maintain_order="left").drop("_row")
    return words.with_columns(pl.col("spam_post_share").fill_null(0.0))


#: The evidence columns of ``compute_signals`` (before the flag columns), in order.
_EVIDENCE_COLUMNS = (
    *("id", "spam_words", "spam_post_share", "spam_post_words", "adult_words", "adult_post_words"),
    *("adult_label", "spam_label"),
    *("farm_words", "n_followers", "n_following", "n_posts", "farm_ratio", "farm_hollow", "farm_mass_follow"),
    *("needy_words", "vanity_words", "declared_bot", "bot_words", "bot_handle"),
    *("automated_words", "repeated_posts", "own_posts", "post_regularity"),
    "idle_days",
    *("never_posted", "status", "moved_to", "posts_per_day", "repost_share", "churn_hours"),
)


#: Account states that mean nobody posts there any more (a memorial account keeps a dead person's posts).
GONE_STATES = ("deleted", "suspended", "memorial")
MEMORIAL_REASON = "A memorial account: the person who kept it has died, and it posts no more."

#: Labels the platform (or a moderation service the owner's client uses) puts on adult profiles: Bluesky's
#: own adult-content labels, which adult accounts must apply to themselves.
ADULT_LABELS = ("porn", "sexual", "nudity")


def _label(values: tuple[str, ...]) -> pl.Expr:
    """The first of ``values`` among the profile's labels, or null."""
    pattern = "(?:^|,)(" + "|".join(values) + ")(?:,|$)"
    return pl.col("labels_text").str.extract(pattern, 1)


def compute_signals(
    frame: pl.DataFrame, thresholds: Thresholds, context: SignalContext | None = None
) -> pl.DataFrame:
    """One row per account: a boolean column per flag and the evidence columns reasons quote."""
    churn = (context.churn_hours if context and context.churn_hours else {}) or {}
    profile = _profile_text()
    followers = pl.col("followers_count").fill_null(0)
    following = pl.col("following_count").fill_null(0)
    posts_count = pl.col("posts_count")
    last_active = _last_activity()
    idle_days = (pl.col("observed_at") - last_active).dt.total_microseconds() / _DAY_US
    ratio = following / followers.clip(1)
    others = frame.select(
        pl.col("id"),
        followers.alias("n_followers"),
        following.alias("n_following"),
        posts_count.alias("n_posts"),
        ((followers >= 5000) & ((ratio - 1).abs() <= 0.06)).alias("farm_ratio"),
        ((followers >= 5000) & posts_count.is_not_null() & (posts_count < 200)).alias("farm_hollow"),
        ((following >= 1000) & (following >= 10 * followers.clip(1))).alias("farm_mass_follow"),
        pl.col("bot").fill_null(False).alias("declared_bot"),
        pl.when(pl.col("handle").str.contains(BOT_HANDLE)).then(pl.col("handle")).alias("bot_handle"),
        _regularity().alias("post_regularity"),
        *(e.alias(name) for e, name in zip(_repeats(), ("repeated_posts", "own_posts"), strict=True)),
        idle_days.alias("idle_days"),
        (posts_count.fill_null(-1) == 0).alias("never_posted"),
        pl.col("status").alias("status"),
        pl.col("moved_to").alias("moved_to"),
        _posts_per_day().alias("posts_per_day"),
        pl.col("posts")
        .list.eval(pl.element().struct.field("is_repost").cast(pl.Float64))
        .list.mean()
        .fill_null(0.0)
        .alias("repost_share"),
        pl.col("id").replace_strict(churn, default=None, return_dtype=pl.Float64).alias("churn_hours"),
        _label(ADULT_LABELS).alias("adult_label"),
        _label(("spam",)).alias("spam_label"),
    )
    out = pl.concat([others, _wording(frame, profile)], how="horizontal").select(_EVIDENCE_COLUMNS)
    return out.with_columns(
        spam=pl.col("spam_words").is_not_null()
        | (pl.col("spam_post_share") >= 0.3)
        | pl.col("spam_label").is_not_null(),
        adult=pl.col("adult_words").is_not_null()
        | pl.col("adult_post_words").is_not_null()
        | pl.col("adult_label").is_not_null(),
        follow_farmer=pl.col("farm_words").is_not_null()
        | pl.col("farm_ratio")
        | pl.col("farm_hollow")
        | pl.col("farm_mass_follow"),
        churner=pl.col("churn_hours").is_not_null() & (pl.col("churn_hours") <= thresholds.churn_hours),
        needy=pl.col("needy_words").is_not_null(),
        vanity=pl.col("vanity_words").is_not_null(),
        automated=_says_it_is_a_bot()
        | pl.col("automated_words").is_not_null()
        | pl.col("repeated_posts").is_not_null()
        | (pl.col("post_regularity") < 0.05).fill_null(False),
        inactive=(pl.col("idle_days") >= thresholds.inactive_days).fill_null(False)
        | pl.col("status").is_in(GONE_STATES).fill_null(False)
        | (pl.col("never_posted") & pl.col("idle_days").is_null()),
        moved=(pl.col("status") == "moved").fill_null(False) | pl.col("moved_to").is_not_null(),
    )


#: The bot probability of an account that says it is a bot, when the model put it lower: above the model's
#: bot threshold and below its block threshold, so an honest bot is called a bot but not blocked for saying so.
DECLARED_BOT_PROBABILITY = 0.9


def declared_bots(signals: pl.DataFrame) -> np.ndarray:
    """Which rows of ``compute_signals`` output are accounts that declare themselves bots (flag, words or an
    _ebooks handle)."""
    return signals.select(_says_it_is_a_bot()).to_series().to_numpy().astype(bool)


def _says_it_is_a_bot() -> pl.Expr:
    """The profile's bot flag, its own words or an _ebooks handle, from ``compute_signals`` evidence columns."""
    return pl.col("declared_bot") | pl.col("bot_words").is_not_null() | pl.col("bot_handle").is_not_null()


def with_declared_bots(probability: np.ndarray, declared: np.ndarray, block_threshold: float) -> np.ndarray:
    """The model's bot probabilities, raised for declared bots to ``DECLARED_BOT_PROBABILITY`` but to no
    more than just under ``block_threshold``: saying so makes a bot, not a reason to block it."""
    floor = min(DECLARED_BOT_PROBABILITY, block_threshold - 0.01)
    return np.where(declared, np.maximum(probability, floor), probability)


def flags_expr(flag_names: tuple[str, ...] = SIGNAL_FLAGS) -> pl.Expr:
    """A list column of the names of the flags that are set, in reason order."""
    return pl.concat_list(
        [pl.when(pl.col(name)).then(pl.lit(name)).otherwise(pl.lit(None)) for name in flag_names]
    ).list.drop_nulls()


# -- sentences, vectorised ----------------------------------------------------------------------------
# Each helper reproduces a Python format exactly: ``thousands`` is ``f"{int(n):,}"``, ``fixed0`` is
# ``f"{x:.0f}"`` (round half to even, "-0" kept), ``percent`` is ``f"{x:.0%}"`` and ``quote`` is ``_quote``.


def truthy(text: pl.Expr) -> pl.Expr:
    """Non-null and non-empty: what ``if text:`` means for an optional string."""
    return text.is_not_null() & (text.str.len_bytes() > 0)


def thousands(expr: pl.Expr) -> pl.Expr:
    """An integer with comma thousands separators ("21,048", "-1,000,000"), like ``f"{n:,}"``."""
    n = expr.cast(pl.Int64)
    grouped = (
        n.abs()
        .cast(pl.Utf8)
        .str.reverse()
        .str.replace_all(r"(\d{3})", "${1},")
        .str.strip_chars_end(",")
        .str.reverse()
    )
    return pl.when(n < 0).then(pl.lit("-") + grouped).otherwise(grouped)


def fixed0(expr: pl.Expr) -> pl.Expr:
    """A float rounded to a whole number as ``f"{x:.0f}"`` writes it."""
    r = expr.cast(pl.Float64).round(0, mode="half_to_even")
    text = r.cast(pl.Int64, strict=False).cast(pl.Utf8)
    return pl.when((r == 0) & r.cast(pl.Utf8).str.starts_with("-")).then(pl.lit("-0")).otherwise(text)


def percent(expr: pl.Expr) -> pl.Expr:
    """A share as ``f"{x:.0%}"`` writes it ("30%")."""
    return fixed0(expr.cast(pl.Float64) * 100) + pl.lit("%")


def quote(text: pl.Expr) -> pl.Expr:
    """Matched words in curly quotes, trimmed to 60 characters; "" when there are none."""
    return (
        pl.when(truthy(text))
        .then(pl.format("“{}”", text.str.strip_chars().str.head(60)))
        .otherwise(pl.lit(""))
    )


def signal_reason_exprs() -> list[pl.Expr]:
    """Per possible sentence, in reason order, a string expression that is null when it does not apply.

    Evaluated over ``compute_signals`` output; ``pl.concat_list(...).list.drop_nulls()`` gives the same
    list, in the same order and words, as ``signal_reasons`` on each row.
    """
    c = pl.col
    adult_in_profile = truthy(c("adult_words"))
    adult = (
        pl.when(c("adult_label").is_not_null())
        .then(pl.format("Labelled adult content on the platform ({}).", quote(c("adult_label"))))
        .otherwise(
            pl.format(
                "Adult content in the {} ({}).",
                pl.when(adult_in_profile).then(pl.lit("profile")).otherwise(pl.lit("posts")),
                quote(pl.when(adult_in_profile).then(c("adult_words")).otherwise(c("adult_post_words"))),
            )
        )
    )
    spam = (
        pl.when(c("spam_label").is_not_null())
        .then(pl.lit("Labelled spam by the platform's moderators."))
        .when(truthy(c("spam_words")))
        .then(pl.format("Promotional profile ({}).", quote(c("spam_words"))))
        .otherwise(
            pl.format(
                "{} of recent posts are promotion ({}).",
                percent(c("spam_post_share")),
                quote(c("spam_post_words")),
            )
        )
    )
    following, followers = thousands(c("n_following")), thousands(c("n_followers"))
    farm = c("follow_farmer")
    farm_ratio = pl.format(
        "{} following and {} followers: the follow-for-follow pattern.", following, followers
    )
    farm_hollow = pl.format(
        "{} followers but only {} posts: an audience bought or farmed, not earned.",
        followers,
        thousands(c("n_posts")),
    )
    farm_mass = pl.format(
        "Follows {} accounts but has {} followers: mass-following for follow-backs.", following, followers
    )
    churner = pl.format(
        "Followed you and was gone again within {} hours: an auto-follow tool.", fixed0(c("churn_hours"))
    )
    automated = (
        pl.when(c("declared_bot"))
        .then(pl.lit("Declares itself a bot account."))
        .when(truthy(c("bot_words")))
        .then(pl.format("Says it is a bot ({}).", quote(c("bot_words"))))
        .when(truthy(c("bot_handle")))
        .then(
            pl.format(
                "Its handle {} marks a text-remix bot (the _ebooks convention).", quote(c("bot_handle"))
            )
        )
        .when(truthy(c("automated_words")))
        .then(pl.format("Posts automatically ({}).", quote(c("automated_words"))))
        .when(c("repeated_posts").is_not_null())
        .then(
            pl.format(
                "Posts the same text over and over ({} of its last {} posts repeat another).",
                c("repeated_posts"),
                c("own_posts"),
            )
        )
        .otherwise(pl.lit("Posts on a fixed schedule, like a program rather than a person."))
    )
    days = c("idle_days").cast(pl.Int64, strict=False)
    inactive = (
        pl.when(c("status") == "memorial")
        .then(pl.lit(MEMORIAL_REASON))
        .when(c("status").is_in(GONE_STATES).fill_null(False))
        .then(pl.format("The account is {}.", c("status")))
        .when(c("idle_days").is_null())
        .then(pl.lit("Has never posted."))
        .when(days >= 60)
        .then(pl.format("No posts for {} months: gone quiet.", days // 30))
        .otherwise(pl.format("No posts for {} days: gone quiet.", days))
    )
    moved = pl.format(
        "Has moved{}; this account is no longer used.",
        pl.when(truthy(c("moved_to"))).then(pl.format(" to {}", c("moved_to"))).otherwise(pl.lit("")),
    )
    return [
        pl.when(c("adult")).then(adult),
        pl.when(c("spam")).then(spam),
        pl.when(farm & c("farm_ratio")).then(farm_ratio),
        pl.when(farm & c("farm_hollow")).then(farm_hollow),
        pl.when(farm & c("farm_mass_follow")).then(farm_mass),
        pl.when(farm & truthy(c("farm_words"))).then(
            pl.format("Trades follows ({}).", quote(c("farm_words")))
        ),
        pl.when(c("churner")).then(churner),
        pl.when(c("needy")).then(pl.format("Asks for followers ({}).", quote(c("needy_words")))),
        pl.when(c("vanity")).then(pl.format("Posts vanity scores ({}).", quote(c("vanity_words")))),
        pl.when(c("automated")).then(automated),
        pl.when(c("inactive")).then(inactive),
        pl.when(c("moved")).then(moved),
    ]


# -- sentences, one row (the reference) ----------------------------------------------------------------


def _n(value: Any) -> str:
    return f"{int(value):,}"


def _quote(text: str | None) -> str:
    return f"“{text.strip()[:60]}”" if text else ""


def signal_reasons(row: dict[str, Any]) -> list[str]:
    """Plain sentences explaining the flags set in one row of ``compute_signals`` output."""
    reasons: list[str] = []
    if row["adult"]:
        reasons.append(_adult_reason(row))
    if row["spam"]:
        reasons.append(_spam_reason(row))
    if row["follow_farmer"]:
        reasons.extend(_farm_reasons(row))
    if row["churner"]:
        reasons.append(
            f"Followed you and was gone again within {row['churn_hours']:.0f} hours: an auto-follow tool."
        )
    if row["needy"]:
        reasons.append(f"Asks for followers ({_quote(row['needy_words'])}).")
    if row["vanity"]:
        reasons.append(f"Posts vanity scores ({_quote(row['vanity_words'])}).")
    if row["automated"]:
        reasons.append(_automated_reason(row))
    if row["inactive"]:
        reasons.append(_inactive_reason(row))
    if row["moved"]:
        target = f" to {row['moved_to']}" if row["moved_to"] else ""
        reasons.append(f"Has moved{target}; this account is no longer used.")
    return reasons


def _adult_reason(row: dict[str, Any]) -> str:
    if row["adult_label"]:
        return f"Labelled adult content on the platform ({_quote(row['adult_label'])})."
    where = "profile" if row["adult_words"] else "posts"
    return f"Adult content in the {where} ({_quote(row['adult_words'] or row['adult_post_words'])})."


def _spam_reason(row: dict[str, Any]) -> str:
    if row["spam_label"]:
        return "Labelled spam by the platform's moderators."
    if row["spam_words"]:
        return f"Promotional profile ({_quote(row['spam_words'])})."
    share = row["spam_post_share"]
    return f"{share:.0%} of recent posts are promotion ({_quote(row['spam_post_words'])})."


def _farm_reasons(row: dict[str, Any]) -> list[str]:
    reasons = []
    if row["farm_ratio"]:
        reasons.append(
            f"{_n(row['n_following'])} following and {_n(row['n_followers'])} followers: "
            "the follow-for-follow pattern."
        )
    if row["farm_hollow"]:
        reasons.append(
            f"{_n(row['n_followers'])} followers but only {_n(row['n_posts'])} posts: "
            "an audience bought or farmed, not earned."
        )
    if row["farm_mass_follow"]:
        reasons.append(
            f"Follows {_n(row['n_following'])} accounts but has {_n(row['n_followers'])} followers: "
            "mass-following for follow-backs."
        )
    if row["farm_words"]:
        reasons.append(f"Trades follows ({_quote(row['farm_words'])}).")
    return reasons


def _automated_reason(row: dict[str, Any]) -> str:
    if row["declared_bot"]:
        return "Declares itself a bot account."
    if row["bot_words"]:
        return f"Says it is a bot ({_quote(row['bot_words'])})."
    if row["bot_handle"]:
        return f"Its handle {_quote(row['bot_handle'])} marks a text-remix bot (the _ebooks convention)."
    if row["automated_words"]:
        return f"Posts automatically ({_quote(row['automated_words'])})."
    if row["repeated_posts"] is not None:
        return (
            f"Posts the same text over and over ({row['repeated_posts']} of its last {row['own_posts']} "
            "posts repeat another)."
        )
    return "Posts on a fixed schedule, like a program rather than a person."


def _inactive_reason(row: dict[str, Any]) -> str:
    status = row["status"]
    if status == "memorial":
        return MEMORIAL_REASON
    if status in GONE_STATES:
        return f"The account is {status}."
    if row["idle_days"] is None:
        return "Has never posted."
    days = int(row["idle_days"])
    span = f"{days // 30} months" if days >= 60 else f"{days} days"
    return f"No posts for {span}: gone quiet."
