"""Profile (and, when present, post) features of accounts, vectorised over a whole batch.

Sources: BotometerLite's profile features (Yang et al., AAAI 2020: counts, growth per day of account age,
followers/following ratio, name and screen-name length and digits, bio length, default profile), Cresci et
al.'s profile-completeness checks (name, bio, avatar, URL, location; >=30 followers; 2×followers >= following;
>=50 posts), a few bio/name text signals, and post features (link, duplicate, reply and repost share, posting
regularity) when recent posts are given.

Account age is measured at ``observed_at`` (when the record was taken), else at the last post, never at "now":
the same record always gives the same features.
"""

from __future__ import annotations

import polars as pl

__all__ = [
    "FEATURE_NAMES",
    "FEDIVERSE_ABSENT",
    "FEDIVERSE_ABSENT_FEATURES",
    "POST_FEATURES",
    "fediverse_view",
    "lacks_likes",
    "profile_features",
]

#: Profile fields Mastodon and Bluesky do not give (likes and lists are not counted, there is no verified
#: badge, no profile theme, and website and place live, if anywhere, in free-form profile fields). A profile
#: without a likes count is scored as those platforms' profiles are: without every one of them.
FEDIVERSE_ABSENT: tuple[str, ...] = (
    "likes_count",
    "listed_count",
    "verified",
    "default_profile",
    "url",
    "location",
)
#: The features read from those fields alone: in a profile read ``fediverse_view`` they say nothing about it.
FEDIVERSE_ABSENT_FEATURES: tuple[str, ...] = (
    "likes_count",
    "likes_per_day",
    "likes_per_post",
    "listed_count",
    "listed_per_day",
    "verified",
    "default_profile",
    "has_url",
    "has_location",
)

#: Post-based features: null when the record has no posts (XGBoost treats null as missing).
POST_FEATURES: tuple[str, ...] = (
    "post_sample_size",
    "post_link_share",
    "post_duplicate_share",
    "post_reply_share",
    "post_repost_share",
    "post_interval_cv",
)

FEATURE_NAMES: tuple[str, ...] = (
    # BotometerLite-style counts and rates
    "posts_count",
    "followers_count",
    "following_count",
    "likes_count",
    "listed_count",
    "default_profile",
    "verified",
    "age_days",
    "posts_per_day",
    "followers_per_day",
    "following_per_day",
    "likes_per_day",
    "listed_per_day",
    "followers_following_ratio",
    "handle_length",
    "handle_digits",
    "name_length",
    "name_digits",
    "bio_length",
    "likes_per_post",
    # Cresci et al. completeness
    "default_avatar",
    "has_name",
    "has_bio",
    "has_url",
    "has_location",
    "followers_ge_30",
    "followers_x2_ge_following",
    "posts_ge_50",
    "completeness",
    # bio / name text
    "bio_has_link",
    "bio_hashtags",
    "bio_mentions",
    "bio_follow_back",
    "bio_says_bot",
    "name_is_handle",
    *POST_FEATURES,
)

_URL = r"(?i)https?://|www\.|\b[a-z0-9-]+\.(com|net|org|ly|co|io|me)\b"
_FOLLOW_BACK = (
    r"(?i)follow\s*back|f4f|follow4follow|followback|teamfollowback|#tfb|\bifollowback|follow\s*for\s*follow"
)
_BOT_WORD = r"(?i)\bbot\b|\bbots\b|automated|auto-?tweet|every \d+ (minutes|hours)|tweets? every"


def _f(expr: pl.Expr) -> pl.Expr:
    return expr.cast(pl.Float32)


def _flag(name: str) -> pl.Expr:
    # Unknown booleans count as false: v1.1 exports leave false flags empty.
    return _f(pl.col(name).fill_null(False))


def _len(name: str) -> pl.Expr:
    return pl.col(name).fill_null("").str.len_chars()


def _digits(name: str) -> pl.Expr:
    return pl.col(name).fill_null("").str.count_matches(r"\d")


def _post_features() -> list[pl.Expr]:
    posts = pl.col("posts")
    n = posts.list.len().fill_null(0)
    has = n > 0
    text = pl.element().struct.field("text").fill_null("")

    def share(inner: pl.Expr) -> pl.Expr:
        return pl.when(has).then(posts.list.eval(inner.cast(pl.Float64)).list.mean())

    times = pl.element().struct.field("created_at").cast(pl.Int64).sort().diff().drop_nulls() / 1e6
    gaps_std = posts.list.eval(times.std())
    gaps_mean = posts.list.eval(times.mean())
    cv = gaps_std.list.first() / gaps_mean.list.first()
    return [
        _f(pl.when(has).then(n)).alias("post_sample_size"),
        _f(share(text.str.contains(_URL))).alias("post_link_share"),
        _f(pl.when(has).then(1.0 - posts.list.eval(text.n_unique()).list.first() / n)).alias(
            "post_duplicate_share"
        ),
        _f(share(pl.element().struct.field("is_reply").fill_null(False))).alias("post_reply_share"),
        _f(share(pl.element().struct.field("is_repost").fill_null(False))).alias("post_repost_share"),
        _f(pl.when(n >= 3).then(cv)).alias("post_interval_cv"),
    ]


def lacks_likes() -> pl.Expr:
    """Rows with no likes count: the model's strongest cue is missing, so they are read ``fediverse_view``."""
    return pl.col("likes_count").is_null()


def fediverse_view(frame: pl.DataFrame, rows: pl.Series | None = None) -> pl.DataFrame:
    """``frame`` with the ``FEDIVERSE_ABSENT`` fields emptied, in every row or in ``rows`` (boolean mask)."""
    return frame.with_columns(
        pl.lit(None, frame.schema[c]).alias(c)
        if rows is None
        else pl.when(rows).then(pl.lit(None, frame.schema[c])).otherwise(pl.col(c)).alias(c)
        for c in FEDIVERSE_ABSENT
    )


def profile_features(frame: pl.DataFrame) -> pl.DataFrame:
    """One Float32 column per name in ``FEATURE_NAMES`` for each row of ``frame`` (``ACCOUNT_SCHEMA``)."""
    when = pl.coalesce(pl.col("observed_at"), pl.col("last_post_at"))
    # Age in days, at least one day so per-day rates stay finite for accounts made the day they were seen.
    age = ((when - pl.col("created_at")).dt.total_seconds() / 86_400.0).clip(lower_bound=1.0)
    posts, followers, following = pl.col("posts_count"), pl.col("followers_count"), pl.col("following_count")
    likes, listed = pl.col("likes_count"), pl.col("listed_count")
    bio = pl.col("bio").fill_null("")
    name = pl.col("display_name").fill_null("")
    handle = pl.col("handle").fill_null("")
    has_name = name.str.len_chars() > 0
    has_bio = bio.str.len_chars() > 0
    has_url = pl.col("url").fill_null("").str.len_chars() > 0
    has_loc = pl.col("location").fill_null("").str.len_chars() > 0
    has_avatar = ~pl.col("default_avatar").fill_null(False)
    f30 = followers >= 30
    f2 = 2 * followers >= following
    p50 = posts >= 50
    checks = [has_name, has_bio, has_avatar, has_url, has_loc, f30, f2, p50]
    simple_name = name.str.to_lowercase().str.replace_all(r"[^a-z0-9]", "")
    simple_handle = handle.str.to_lowercase().str.replace_all(r"[^a-z0-9]", "")
    exprs = [
        _f(posts).alias("posts_count"),
        _f(followers).alias("followers_count"),
        _f(following).alias("following_count"),
        _f(likes).alias("likes_count"),
        _f(listed).alias("listed_count"),
        _flag("default_profile").alias("default_profile"),
        _flag("verified").alias("verified"),
        _f(age).alias("age_days"),
        _f(posts / age).alias("posts_per_day"),
        _f(followers / age).alias("followers_per_day"),
        _f(following / age).alias("following_per_day"),
        _f(likes / age).alias("likes_per_day"),
        _f(listed / age).alias("listed_per_day"),
        _f(followers / pl.max_horizontal(following, pl.lit(1))).alias("followers_following_ratio"),
        _f(_len("handle")).alias("handle_length"),
        _f(_digits("handle")).alias("handle_digits"),
        _f(_len("display_name")).alias("name_length"),
        _f(_digits("display_name")).alias("name_digits"),
        _f(_len("bio")).alias("bio_length"),
        _f(likes / (posts + 1)).alias("likes_per_post"),
        _flag("default_avatar").alias("default_avatar"),
        _f(has_name).alias("has_name"),
        _f(has_bio).alias("has_bio"),
        _f(has_url).alias("has_url"),
        _f(has_loc).alias("has_location"),
        _f(pl.when(followers.is_not_null()).then(f30)).alias("followers_ge_30"),
        _f(pl.when(followers.is_not_null() & following.is_not_null()).then(f2)).alias(
            "followers_x2_ge_following"
        ),
        _f(pl.when(posts.is_not_null()).then(p50)).alias("posts_ge_50"),
        _f(pl.sum_horizontal([c.fill_null(False).cast(pl.Int8) for c in checks])).alias("completeness"),
        _f(bio.str.contains(_URL)).alias("bio_has_link"),
        _f(bio.str.count_matches(r"#\w")).alias("bio_hashtags"),
        _f(bio.str.count_matches(r"@\w")).alias("bio_mentions"),
        _f(bio.str.contains(_FOLLOW_BACK) | name.str.contains(_FOLLOW_BACK)).alias("bio_follow_back"),
        _f(
            bio.str.contains(_BOT_WORD) | name.str.contains(_BOT_WORD) | handle.str.contains(r"(?i)bot")
        ).alias("bio_says_bot"),
        _f((simple_name.str.len_chars() > 0) & (simple_name == simple_handle)).alias("name_is_handle"),
        *_post_features(),
    ]
    return frame.select(exprs).select(FEATURE_NAMES)
