"""Any table of account records → a frame in ``judge.frame.ACCOUNT_SCHEMA``, without per-row Python.

Accepted namings (mixed in one file is fine; the first non-null candidate wins per row):

* followsift's own record (DESIGN.md section 3);
* X API v1.1 user objects, also flattened to CSV (``screen_name``, ``friends_count``, ``statuses_count``,
  ``favourites_count``, ``default_profile_image``, crawl time in ``crawled_at``/``updated``/``timestamp``);
* X API v2 user objects (``username``, ``public_metrics{...}``, ``profile_image_url``);
* Mastodon Account entities (``acct``, ``display_name``, ``note`` as HTML, ``fields``, ``last_status_at``,
  ``avatar`` ending in ``missing.png``, ``bot``, ``locked``, ``moved``, ``suspended``);
* Bluesky profile views (``did``, ``handle``, ``displayName``, ``followsCount``, ``postsCount``, no ``avatar``
  meaning the default one).

``read_records`` streams a ``.jsonl``/``.ndjson``/``.json``/``.csv`` file as normalised batches and turns
every user mistake into a one-line ``followsift.errors`` exception.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt
import polars as pl

from followsift.errors import InputError, RecordFormatError, UnknownColumnError
from followsift.judge.frame import ACCOUNT_SCHEMA, POST_STRUCT, UTC_TIME

__all__ = ["ID_COLUMNS", "normalise", "read_records"]

#: Columns that can carry an account id, best first (``id_str`` beats ``id``: v1.1 ids overflow floats).
ID_COLUMNS: tuple[str, ...] = ("id_str", "id", "did", "user_id", "account_id", "userid")

_TRUE = ("1", "true", "t", "yes", "y")
_FALSE = ("0", "false", "f", "no", "n", "")

#: Formats tried in order for string times; naive ones are taken as UTC.
_AWARE_FORMATS = ("%Y-%m-%dT%H:%M:%S%.f%#z", "%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S%.f%#z")
_NAIVE_FORMATS = (
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d",
    "%m/%d/%Y %H:%M",  # spreadsheet-mangled v1.1 exports (bot-or-not-2017)
    "%d-%m-%Y %H:%M",
)
_STATES = ("active", "moved", "deleted", "suspended", "memorial")
#: Single formats tried first on a whole column (ISO-8601 with "Z", then with any offset or fraction).
_QUICK_FORMATS = ("%Y-%m-%dT%H:%M:%SZ", _AWARE_FORMATS[0])
#: Top-level keys that hold times, in the groups ``normalise`` coalesces.
_TIME_KEYS = (
    ("created_at", "createdAt"),
    ("observed_at", "crawled_at", "updated", "timestamp", "indexedAt"),
    ("last_post_at", "last_status_at"),
)

#: Every top-level key ``normalise`` reads, in any naming (keep in step with it: a key missing here can be lost
#: when it first appears after the lines a JSONL batch's schema is sampled from).
_READ_KEYS: tuple[str, ...] = (
    *ID_COLUMNS,
    *(
        "platform",
        "handle",
        "acct",
        "screen_name",
        "username",
        "bio",
        "description",
        "note",
        "url",
        "website",
    ),
    *("display_name", "displayName", "name", "location", "fields", "fields_text", "created_at", "createdAt"),
    *("observed_at", "crawled_at", "updated", "timestamp", "indexedAt", "followers_count", "followersCount"),
    *("public_metrics", "following_count", "friends_count", "followsCount", "posts_count", "statuses_count"),
    *("postsCount", "likes_count", "favourites_count", "listed_count", "listedcount", "default_avatar"),
    *("default_profile_image", "profile_image_url_https", "profile_image_url", "avatar_static", "avatar"),
    *(
        "default_profile",
        "verified",
        "bot",
        "locked",
        "protected",
        "last_post_at",
        "last_status_at",
        "status",
    ),
    *("suspended", "memorial", "moved", "moved_to", "posts", "labels"),
)
#: Fields ``normalise`` reads inside nested objects (or lists of them).
_NESTED_READ_KEYS: dict[str, tuple[str, ...]] = {
    "posts": ("text", "created_at", "is_reply", "is_repost"),
    "fields": ("name", "value", "verified_at"),
    "public_metrics": ("followers_count", "following_count", "tweet_count", "like_count", "listed_count"),
    "moved": ("acct", "url"),
    "status": ("created_at",),
    "labels": ("val",),
}
#: Lines of a JSONL batch its schema is inferred from (then checked against the whole batch).
_SAMPLE_LINES = 1_000
#: Offsets just past each line of a batch of JSONL lines (the last one is the batch's length).
LineEnds = npt.NDArray[np.intp]
_NEWLINE = ord("\n")
#: Bytes searched for newlines at a time.
_NEWLINE_SLICE = 1 << 20
#: Bytes of the first read of a JSONL file (later reads are sized from the mean line length).
_FIRST_READ = 1 << 20
#: Bytes read beyond the estimate, so that a slightly long batch still needs one read.
_READ_MARGIN = 1 << 16
#: Bytes of JSONL lines searched as one string for keys the sample lacks: polars searches a batch as 1 MiB
#: strings as fast as line by line (whose strings cost more to make than the search), and as one 30 MiB
#: string 1.3 to 3 times slower.
_SCAN_PIECE_BYTES = 1 << 20


# ---------------------------------------------------------------------------------------------------------
# Column helpers: each returns an expression that is null when no candidate column exists.


def _paths(df: pl.DataFrame) -> dict[str, pl.Expr]:
    """Every top-level column and every struct sub-field (``public_metrics.followers_count``) by name."""
    out: dict[str, pl.Expr] = {}
    for name, dtype in df.schema.items():
        out[name] = pl.col(name)
        if isinstance(dtype, pl.Struct):
            for f in dtype.fields:
                out.setdefault(f"{name}.{f.name}", pl.col(name).struct.field(f.name))
    return out


def _first(cols: dict[str, pl.Expr], *names: str) -> pl.Expr | None:
    found = [cols[n] for n in names if n in cols]
    if not found:
        return None
    return found[0] if len(found) == 1 else pl.coalesce(found)


def _text(expr: pl.Expr | None, dtype: pl.DataType | None = None) -> pl.Expr:
    if expr is None:
        return pl.lit(None, pl.Utf8)
    if dtype is not None and isinstance(dtype, (pl.Struct, pl.List)):
        return pl.lit(None, pl.Utf8)
    # Strings are stripped so that CSV "" and whitespace count as absent (replace strips once; a when/then
    # on the length would strip twice).
    return expr.cast(pl.Utf8, strict=False).str.strip_chars().replace("", None)


def _int(expr: pl.Expr | None, dtype: pl.DataType | None) -> pl.Expr:
    if expr is None:
        return pl.lit(None, pl.Int64)
    if dtype is not None and (dtype.is_numeric() or dtype == pl.Boolean):
        return expr.cast(pl.Float64, strict=False).cast(pl.Int64, strict=False)
    s = expr.cast(pl.Utf8, strict=False).str.strip_chars().str.replace_all(",", "")
    return s.cast(pl.Float64, strict=False).cast(pl.Int64, strict=False)


def _bool(expr: pl.Expr | None, dtype: pl.DataType | None) -> pl.Expr:
    if expr is None:
        return pl.lit(None, pl.Boolean)
    if dtype == pl.Boolean:
        return expr
    if dtype is not None and dtype.is_numeric():
        return expr.cast(pl.Float64, strict=False) != 0
    s = expr.cast(pl.Utf8, strict=False).str.strip_chars().str.to_lowercase()
    return pl.when(s.is_in(_TRUE)).then(True).when(s.is_in(_FALSE)).then(False).otherwise(None)


def _quick_parse(strings: pl.Series) -> tuple[str, pl.Series] | None:
    """A single aware format that parses every non-null string (stripped as ``_time`` strips them), and
    the parsed times, if one does.

    ``_time`` tries eight formats on every value; a file written in one format needs only one parse. A string
    a quick format parses gives the same instant under the first of ``_AWARE_FORMATS``.
    """
    s = strings.str.strip_chars(" \"'")
    for fmt in _QUICK_FORMATS:
        # No cache of parsed strings: times of different accounts rarely repeat, and hashing each costs more
        # than parsing it.
        parsed = s.str.to_datetime(fmt, strict=False, time_zone="UTC", time_unit="us", cache=False)
        if parsed.null_count() == s.null_count():
            return fmt, parsed.cast(UTC_TIME)
    return None


def _time(expr: pl.Expr | None, dtype: pl.DataType | None, quick: str | None = None) -> pl.Expr:
    if expr is None:
        return pl.lit(None, UTC_TIME)
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone is None:
            return expr.dt.replace_time_zone("UTC").cast(UTC_TIME)
        return expr.dt.convert_time_zone("UTC").cast(UTC_TIME)
    if isinstance(dtype, pl.Date):
        return expr.cast(pl.Datetime("us")).dt.replace_time_zone("UTC")
    if dtype is not None and dtype.is_numeric():
        # Epoch seconds (or milliseconds when too large to be seconds).
        secs = expr.cast(pl.Float64, strict=False)
        secs = pl.when(secs > 1e11).then(secs / 1000).otherwise(secs)
        return (secs * 1e6).cast(pl.Int64).cast(pl.Datetime("us")).dt.replace_time_zone("UTC")
    s = expr.cast(pl.Utf8, strict=False).str.strip_chars(" \"'")
    if quick is not None:
        return s.str.to_datetime(quick, strict=False, time_zone="UTC", time_unit="us").cast(UTC_TIME)
    tries = [s.str.to_datetime(f, strict=False, time_zone="UTC", time_unit="us") for f in _AWARE_FORMATS]
    tries += [
        s.str.to_datetime(f, strict=False, time_unit="us").dt.replace_time_zone("UTC") for f in _NAIVE_FORMATS
    ]
    return pl.coalesce(tries).cast(UTC_TIME)


def _html_to_text(expr: pl.Expr) -> pl.Expr:
    """Mastodon notes are HTML: paragraph and line breaks become newlines, tags go, common entities decode."""
    s = expr.str.replace_all(r"(?i)<br\s*/?>|</p>\s*<p[^>]*>", "\n").str.replace_all(r"<[^>]*>", "")
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'"), ("&amp;", "&")):
        s = s.str.replace_all(entity, char, literal=True)
    return s.str.strip_chars()


# ---------------------------------------------------------------------------------------------------------
# Field by field.


def _object_fields(df: pl.DataFrame, column: str) -> dict[str, Any]:
    """The fields of a column holding lists of objects (``posts``, ``fields``, ``labels``), with their types;
    empty for a column of anything else, or no such column."""
    dtype = df.schema.get(column)
    if isinstance(dtype, pl.List) and isinstance(dtype.inner, pl.Struct):
        return {f.name: f.dtype for f in dtype.inner.fields}
    return {}


def _fields_text(df: pl.DataFrame) -> pl.Expr:
    dtype = df.schema.get("fields")
    if dtype is None:
        return _text(_first(_paths(df), "fields_text"))
    if {"name", "value"} <= _object_fields(df, "fields").keys():
        lines = pl.col("fields").list.eval(
            pl.concat_str(
                [pl.element().struct.field("name"), pl.element().struct.field("value")],
                separator=": ",
                ignore_nulls=True,
            )
        )
        return _text(_html_to_text(lines.list.join("\n")))
    return _text(pl.col("fields"), None) if dtype == pl.Utf8 else pl.lit(None, pl.Utf8)


def _verified(df: pl.DataFrame, badge: pl.Expr) -> pl.Expr:
    """The verified badge, or for a Mastodon account a profile link its server verified (``verified_at``)."""
    if "verified_at" not in _object_fields(df, "fields"):
        return badge
    checked = pl.col("fields").list.eval(pl.element().struct.field("verified_at").is_not_null()).list.any()
    return pl.coalesce([badge, pl.when(checked).then(True)])


def _labels_text(df: pl.DataFrame) -> pl.Expr:
    """The profile's labels comma-separated: from a list of strings (the record format) or of Bluesky label
    objects ({"val": "porn", ...}), or a string as it is."""
    dtype = df.schema.get("labels")
    if "val" in _object_fields(df, "labels"):
        values = pl.col("labels").list.eval(pl.element().struct.field("val").cast(pl.Utf8))
    elif isinstance(dtype, pl.List) and dtype.inner == pl.Utf8:
        values = pl.col("labels")
    elif dtype == pl.Utf8:
        return _text(pl.col("labels"), dtype)
    else:
        return pl.lit(None, pl.Utf8)
    joined = values.list.drop_nulls().list.join(",")
    return pl.when(joined.str.len_bytes() > 0).then(joined)


def _default_avatar(df: pl.DataFrame, cols: dict[str, pl.Expr], platform: pl.Expr) -> pl.Expr:
    flag = _first(cols, "default_avatar", "default_profile_image")
    flag_dtype = _dtype(df, "default_avatar", "default_profile_image")
    image = _text(_first(cols, "profile_image_url_https", "profile_image_url", "avatar_static", "avatar"))
    from_image = (
        pl.when(image.is_null())
        .then(pl.when(platform == "bluesky").then(True))  # a Bluesky view without avatar shows the default
        .otherwise(image.str.contains("default_profile_images|/missing\\.png|avatars/original/missing"))
    )
    return pl.coalesce([_bool(flag, flag_dtype), from_image])


def _dtype(df: pl.DataFrame, *names: str) -> pl.DataType | None:
    for n in names:
        if n in df.schema:
            return df.schema[n]
        if "." in n:
            top, sub = n.split(".", 1)
            dt = df.schema.get(top)
            if isinstance(dt, pl.Struct):
                for f in dt.fields:
                    if f.name == sub:
                        # Struct fields may hold a dtype class (pl.Utf8): instantiate it.
                        return f.dtype() if isinstance(f.dtype, type) else f.dtype
    return None


def _platform(df: pl.DataFrame, cols: dict[str, pl.Expr]) -> pl.Expr:
    given = _text(_first(cols, "platform"))
    if "did" in cols or "followsCount" in cols or "postsCount" in cols:
        guess = "bluesky"
    elif "acct" in cols or "note" in cols or "last_status_at" in cols:
        guess = "mastodon"
    else:
        guess = "x"
    return pl.coalesce([given.str.to_lowercase(), pl.lit(guess)])


def _last_post_at(df: pl.DataFrame, cols: dict[str, pl.Expr]) -> pl.Expr:
    direct = _first(cols, "last_post_at", "last_status_at")
    candidates = [_time(direct, _dtype(df, "last_post_at", "last_status_at"))] if direct is not None else []
    if "status.created_at" in cols:
        candidates.append(_time(cols["status.created_at"], _dtype(df, "status.created_at")))
    elif df.schema.get("status") == pl.Utf8:
        # v1.1 CSV exports keep the last tweet as a Python/JSON repr string: take its created_at.
        inner = pl.col("status").str.extract(r"""['"]created_at['"]\s*:\s*u?['"]([^'"]+)['"]""", 1)
        candidates.append(_time(inner, pl.Utf8()))
    return pl.coalesce(candidates) if candidates else pl.lit(None, UTC_TIME)


def _status(df: pl.DataFrame, cols: dict[str, pl.Expr]) -> pl.Expr:
    parts: list[pl.Expr] = []
    if "suspended" in cols:
        parts.append(pl.when(_bool(cols["suspended"], df.schema["suspended"])).then(pl.lit("suspended")))
    if "memorial" in cols:
        parts.append(pl.when(_bool(cols["memorial"], df.schema["memorial"])).then(pl.lit("memorial")))
    if "moved" in cols and df.schema["moved"] != pl.Null:
        parts.append(pl.when(cols["moved"].is_not_null()).then(pl.lit("moved")))
    if df.schema.get("status") == pl.Utf8:
        s = pl.col("status").str.strip_chars().str.to_lowercase()
        parts.append(pl.when(s.is_in(_STATES)).then(s))  # v1.1 "status" is a tweet, not a state
    return pl.coalesce(parts) if parts else pl.lit(None, pl.Utf8)


def _moved_to(df: pl.DataFrame, cols: dict[str, pl.Expr]) -> pl.Expr:
    names: list[str] = [n for n in ("moved_to", "moved.acct", "moved.url") if n in cols]
    if "moved" in df.schema and df.schema["moved"] == pl.Utf8:
        names.append("moved")
    return _text(pl.coalesce([cols[n].cast(pl.Utf8, strict=False) for n in names])) if names else _text(None)


def _posts(df: pl.DataFrame) -> pl.Expr:
    inner = _object_fields(df, "posts")
    if not inner:
        return pl.lit(None, pl.List(POST_STRUCT))

    def field(name: str, conv: Any, out: pl.DataType) -> pl.Expr:
        if name not in inner:
            return pl.lit(None, out)
        return conv(pl.element().struct.field(name), inner[name]).alias(name)  # type: ignore[no-any-return]

    quick = None
    if inner.get("created_at") == pl.Utf8:
        times = df.get_column("posts").list.eval(pl.element().struct.field("created_at")).explode()
        found = _quick_parse(times)
        quick = found[0] if found else None

    post = pl.struct(
        field("text", lambda e, d: e.cast(pl.Utf8, strict=False), pl.Utf8()).alias("text"),
        field("created_at", lambda e, d: _time(e, d, quick), UTC_TIME).alias("created_at"),
        field("is_reply", _bool, pl.Boolean()).alias("is_reply"),
        field("is_repost", _bool, pl.Boolean()).alias("is_repost"),
    )
    return pl.col("posts").list.eval(post).cast(pl.List(POST_STRUCT), strict=False)


def _parse_times(df: pl.DataFrame) -> pl.DataFrame:
    """Time columns written in one ISO-8601 format, parsed once up front (``_time`` then keeps them).

    A group of alternative columns (coalesced by ``normalise``) is parsed only when every column present
    parses whole, so that parsing before coalescing picks the same value as coalescing before parsing.
    """
    parsed: list[pl.Series] = []
    for group in _TIME_KEYS:
        present = [n for n in group if n in df.schema]
        if not present or any(df.schema[n] != pl.Utf8 for n in present):
            continue
        found = [_quick_parse(df.get_column(n)) for n in present]
        if all(f is not None for f in found):
            parsed += [f[1].alias(n) for f, n in zip(found, present, strict=True) if f is not None]
    return df.with_columns(parsed) if parsed else df


def normalise(df: pl.DataFrame, *, source: str = "records") -> pl.DataFrame:
    """``df`` (any accepted naming) as ``ACCOUNT_SCHEMA`` columns, same rows and order.

    Raises ``UnknownColumnError`` naming ``source`` when no column can be an account id.
    """
    df = _parse_times(df)
    cols = _paths(df)
    id_expr = _first(cols, *ID_COLUMNS)
    if id_expr is None:
        raise UnknownColumnError(
            f"{source}: no account id column (expected one of {', '.join(ID_COLUMNS)}); "
            f"found {', '.join(df.columns[:12]) or 'no columns'}"
        )
    # Materialised once: three columns below depend on it, and polars would compute it for each.
    platform = pl.lit(df.with_columns(_platform(df, cols).alias("platform")).get_column("platform"))

    def d(*n: str) -> pl.DataType | None:
        return _dtype(df, *n)

    def count(*n: str) -> pl.Expr:
        return _int(_first(cols, *n), d(*n))

    def flag(*n: str) -> pl.Expr:
        return _bool(_first(cols, *n), d(*n))

    def time(*n: str) -> pl.Expr:
        return _time(_first(cols, *n), d(*n))

    handle = _text(_first(cols, "handle", "acct", "screen_name", "username"))
    bio_plain = _text(_first(cols, "bio", "description"), d("bio", "description"))
    bio = pl.coalesce([bio_plain, _text(_html_to_text(_text(cols["note"])))]) if "note" in cols else bio_plain
    url = _text(_first(cols, "url", "website"), d("url", "website"))
    # A Mastodon "url" is the profile page itself, not a site the person links to.
    url = pl.when(platform == "mastodon").then(pl.lit(None, pl.Utf8)).otherwise(url)
    out = df.select(
        platform.alias("platform"),
        _text(id_expr).alias("id"),
        handle.alias("handle"),
        _text(
            _first(cols, "display_name", "displayName", "name"), d("display_name", "displayName", "name")
        ).alias("display_name"),
        bio.alias("bio"),
        url.alias("url"),
        _text(_first(cols, "location"), d("location")).alias("location"),
        _fields_text(df).alias("fields_text"),
        time("created_at", "createdAt").alias("created_at"),
        time("observed_at", "crawled_at", "updated", "timestamp", "indexedAt").alias("observed_at"),
        count("followers_count", "followersCount", "public_metrics.followers_count").alias("followers_count"),
        count("following_count", "friends_count", "followsCount", "public_metrics.following_count").alias(
            "following_count"
        ),
        count("posts_count", "statuses_count", "postsCount", "public_metrics.tweet_count").alias(
            "posts_count"
        ),
        count("likes_count", "favourites_count", "public_metrics.like_count").alias("likes_count"),
        count("listed_count", "listedcount", "public_metrics.listed_count").alias("listed_count"),
        _default_avatar(df, cols, platform).alias("default_avatar"),
        flag("default_profile").alias("default_profile"),
        _verified(df, flag("verified")).alias("verified"),
        flag("bot").alias("bot"),
        flag("locked", "protected").alias("locked"),
        _last_post_at(df, cols).alias("last_post_at"),
        _status(df, cols).alias("status"),
        _moved_to(df, cols).alias("moved_to"),
        _posts(df).alias("posts"),
        _labels_text(df).alias("labels_text"),
    )
    return out.cast(ACCOUNT_SCHEMA)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------------
# Files.


def read_records(path: str | Path, *, batch_size: int = 100_000) -> Iterator[pl.DataFrame]:
    """Normalised batches of the records in ``path`` in file order (.jsonl, .ndjson, .json, .csv)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p} does not exist: check the path")
    if not p.is_file():
        raise InputError(f"{p} is not a file: give a .jsonl, .json or .csv file of account records")
    suffix = p.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            yield from _read_jsonl(p, batch_size)
        elif suffix == ".json":
            yield from _read_json(p, batch_size)
        elif suffix in (".csv", ".tsv"):
            yield from _read_csv(p, batch_size, separator="\t" if suffix == ".tsv" else ",")
        else:
            raise InputError(
                f"{p}: unknown file type {suffix or '(none)'}; use .jsonl, .ndjson, .json or .csv"
            )
    except PermissionError as err:
        raise InputError(f"{p} cannot be read ({err.strerror}): check its permissions") from None
    except (IsADirectoryError, UnicodeDecodeError) as err:
        raise InputError(f"{p} cannot be read: {err}") from None


def _read_jsonl(p: Path, batch_size: int) -> Iterator[pl.DataFrame]:
    with p.open("rb") as fh:
        first_line = 1
        for chunk, ends in _line_batches(fh, batch_size):
            # Whitespace-only batches are skipped (isspace stops at the first other byte; strip would copy).
            if not chunk.isspace():
                raw = _parse_jsonl_chunk(p, chunk, ends, first_line)
                yield normalise(raw, source=str(p))
            first_line += len(ends)


def _line_batches(fh: BinaryIO, batch_size: int) -> Iterator[tuple[bytes, LineEnds]]:
    """``fh`` in batches of ``batch_size`` lines (the last may hold fewer), each as its bytes and the offset
    just past each of its lines, split where iterating over the file would split it (after each b"\\n").

    Reading blocks and cutting them at a counted newline costs a fraction of making a bytes object per line.
    """
    if batch_size < 1:
        # As islice over the file's lines did: no batches of no lines, an error for fewer.
        if batch_size < 0:
            raise ValueError(f"batch_size must be 0 or more, not {batch_size}")
        return
    buf, start = b"", 0  # bytes read; those before start are handed out
    ends = _line_ends(buf)  # offsets in buf just past each newline after start
    read_bytes = read_lines = 0  # so far, to size the next read
    at_eof = False
    while True:
        while len(ends) < batch_size and not at_eof:
            block = fh.read(_read_size(batch_size - len(ends), read_bytes, read_lines))
            if not block:
                at_eof = True
                break
            # Handed-out bytes are dropped first, so the old buffer is freed before the new one is made.
            buf, ends, start = buf[start:], ends - start, 0
            new_ends = _line_ends(block, offset=len(buf))
            read_bytes, read_lines = read_bytes + len(block), read_lines + len(new_ends)
            buf, ends = buf + block, np.concatenate([ends, new_ends])
        if len(ends) >= batch_size:
            # Handing out moves start rather than slicing buf, which would copy every remaining byte.
            cut = int(ends[batch_size - 1])
            yield buf[start:cut], ends[:batch_size] - start
            ends, start = ends[batch_size:], cut
            continue
        if start < len(buf):
            tail = buf[start:]
            # A last line without a newline is a line too.
            yield tail, ends - start if tail.endswith(b"\n") else np.append(ends - start, len(tail))
        return


def _read_size(lines: int, read_bytes: int, read_lines: int) -> int:
    """Bytes to read for about ``lines`` more lines, going by the mean line length so far: a little more, so
    that one read usually completes a batch (the excess starts the next one)."""
    if not read_lines:
        # No line end yet: as much again as read so far, so that a long first line takes few reads.
        return max(_FIRST_READ, read_bytes)
    return int(lines * read_bytes / read_lines * 1.05) + _READ_MARGIN


def _line_ends(block: bytes, offset: int = 0) -> LineEnds:
    """``offset`` plus the offset just past each newline in ``block``."""
    data = np.frombuffer(block, np.uint8)
    # Slice by slice: comparing the whole block at once would take a boolean array as large as the block.
    ends = [
        np.flatnonzero(data[i : i + _NEWLINE_SLICE] == _NEWLINE) + (offset + i + 1)
        for i in range(0, len(data), _NEWLINE_SLICE)
    ]
    return np.concatenate(ends) if ends else np.empty(0, np.intp)


def _parse_jsonl_chunk(p: Path, chunk: bytes, ends: LineEnds, first_line: int) -> pl.DataFrame:
    sampled = _read_sampled(chunk, ends)
    if sampled is not None:
        return sampled
    try:
        return pl.read_ndjson(io.BytesIO(chunk), infer_schema_length=None)
    except Exception:  # noqa: S110 - polars raises several types; the scan below names the real fault
        pass
    # Polars failed: find the first line that is not a JSON object, so the message can name it.
    rows: list[dict[str, Any]] = []
    for offset, line in enumerate(io.BytesIO(chunk).readlines()):  # split as _line_batches splits
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as err:
            raise RecordFormatError(str(p), first_line + offset, f"not valid JSON ({err})") from None
        if not isinstance(obj, dict):
            raise RecordFormatError(
                str(p), first_line + offset, f"expected a JSON object, found {type(obj).__name__}"
            )
        rows.append(obj)
    # Every line parses but types clash between records (e.g. a count given as text): let polars relax them.
    return _frame_from_dicts(p, rows)


def _read_sampled(chunk: bytes, ends: LineEnds) -> pl.DataFrame | None:
    """``chunk`` (lines ending at ``ends``) read with the schema inferred from its first lines, when that
    gives exactly what inferring from every line would (inference reads the whole batch a second time); None
    when it might not.

    Polars reads a value of another type than the sample's into a string column just as full inference
    does, and raises for every other clash; what it would drop silently is a key the sample never saw (or
    saw only as null), so no key ``normalise`` reads may be missing from the sample, and columns the sample
    saw only as null must come back all null.
    """
    if len(ends) <= 2 * _SAMPLE_LINES:
        return None
    try:
        sample = pl.read_ndjson(io.BytesIO(_sample_lines(chunk, ends)), infer_schema_length=None).schema
    except Exception:
        return None
    unseen = [k for k in _READ_KEYS if k not in sample]
    for name, fields in _NESTED_READ_KEYS.items():
        dtype = sample.get(name)
        inner = dtype.inner if isinstance(dtype, pl.List) else dtype
        if isinstance(inner, pl.Struct):
            # A nested field the sample saw only as null would be read as null everywhere.
            types = {f.name: f.dtype for f in inner.fields}
            if any(_has_null(types[f]) for f in fields if f in types):
                return None
            unseen += [f for f in fields if f not in types]
    # Any mention of a key the sample lacks (even inside a text value) sends the batch the careful way.
    unseen = [f'"{k}"' for k in dict.fromkeys(unseen)]
    try:
        if unseen and _mentions_any(chunk, ends, unseen):
            return None
        all_null = [k for k, dtype in sample.items() if dtype == pl.Null]
        df = pl.read_ndjson(io.BytesIO(chunk), schema={**dict(sample), **{k: pl.Utf8() for k in all_null}})
    except Exception:
        return None
    if any(df.get_column(k).null_count() < df.height for k in all_null):
        return None
    df = df.with_columns(pl.col(all_null).cast(pl.Null))
    return df if any(k in df.columns for k in ID_COLUMNS) else None


def _sample_lines(chunk: bytes, ends: LineEnds) -> bytes:
    """The first ``_SAMPLE_LINES`` lines and about as many spread evenly over the rest, joined (rarely set
    keys are more likely seen than in the first lines alone)."""
    step = (len(ends) - _SAMPLE_LINES) // _SAMPLE_LINES
    spread = np.arange(_SAMPLE_LINES, len(ends), step)
    starts, stops = ends[spread - 1].tolist(), ends[spread].tolist()
    head = memoryview(chunk)[: int(ends[_SAMPLE_LINES - 1])]
    return b"".join([head, *(chunk[a:b] for a, b in zip(starts, stops, strict=True))])


def _mentions_any(chunk: bytes, ends: LineEnds, needles: list[str]) -> bool:
    """Whether any line of ``chunk`` contains any of ``needles`` (none holds a newline, so no match spans
    two lines).

    Raises (as polars does) when ``chunk`` is not UTF-8.
    """
    cuts = _piece_cuts(ends, _SCAN_PIECE_BYTES)
    pieces = [chunk[a:b] for a, b in itertools.pairwise(cuts)]
    return bool(pl.Series(pieces, dtype=pl.Binary).cast(pl.Utf8).str.contains_any(needles).any())


def _piece_cuts(ends: LineEnds, size: int) -> list[int]:
    """Offsets cutting the lines ending at ``ends`` into pieces of whole lines about ``size`` bytes long."""
    marks = np.arange(size, int(ends[-1]), size)
    # The first line end at or past each mark, and the last one.
    return [0, *np.unique(np.append(ends[np.searchsorted(ends, marks)], ends[-1])).tolist()]


def _has_null(dtype: Any) -> bool:
    if dtype == pl.Null:
        return True
    if isinstance(dtype, (pl.List, pl.Array)):
        return _has_null(dtype.inner)
    if isinstance(dtype, pl.Struct):
        return any(_has_null(f.dtype) for f in dtype.fields)
    return False


def _frame_from_dicts(p: Path, rows: list[dict[str, Any]]) -> pl.DataFrame:
    try:
        return pl.DataFrame(rows, infer_schema_length=None, strict=False)
    except Exception as err:
        raise InputError(f"{p}: records mix incompatible value types ({str(err).splitlines()[0]})") from None


def _read_json(p: Path, batch_size: int) -> Iterator[pl.DataFrame]:
    try:
        data = json.loads(p.read_bytes())
    except ValueError as err:
        line = getattr(err, "lineno", 1)
        raise RecordFormatError(str(p), line, f"not valid JSON ({err})") from None
    records = _find_record_list(data)
    if records is None:
        raise InputError(f"{p}: expected a JSON list of account records (or an object holding one)")
    for start in range(0, len(records), batch_size):
        part = records[start : start + batch_size]
        bad = next((i for i, r in enumerate(part) if not isinstance(r, dict)), None)
        if bad is not None:
            raise RecordFormatError(str(p), start + bad + 1, "expected a JSON object for each record")
        yield normalise(_frame_from_dicts(p, part), source=str(p))


def _find_record_list(data: Any) -> list[Any] | None:
    """The record list of a JSON document: itself, or the list under a well-known key of an API response."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in ("data", "users", "accounts", "profiles", "followers", "follows", "records"):
            if isinstance(data.get(key), list):
                return data[key]  # type: ignore[no-any-return]
        if any(k in data for k in ID_COLUMNS):
            return [data]
    return None


def _read_csv(p: Path, batch_size: int, separator: str) -> Iterator[pl.DataFrame]:
    # Everything as text: counts like "8.41E+17" and booleans like "TRUE"/"1" are parsed by normalise.
    try:
        lf = pl.scan_csv(p, infer_schema=False, separator=separator, encoding="utf8-lossy")
        columns = lf.collect_schema().names()
    except pl.exceptions.NoDataError:
        return
    except Exception as err:
        raise InputError(f"{p}: cannot read as CSV ({str(err).splitlines()[0]})") from None
    columns = [c.lstrip("\ufeff") for c in columns]
    if not any(c in columns for c in ID_COLUMNS):
        raise UnknownColumnError(
            f"{p}: no account id column (expected one of {', '.join(ID_COLUMNS)}); "
            f"found {', '.join(columns[:12])}"
        )
    try:
        for raw in lf.collect_batches(chunk_size=batch_size, maintain_order=True):
            if raw.height == 0:
                continue
            raw.columns = [c.lstrip("\ufeff") for c in raw.columns]
            yield normalise(raw, source=str(p))
    except pl.exceptions.PolarsError:
        raise _csv_error(p, separator) from None


def _csv_error(p: Path, separator: str) -> InputError:
    """Name the first row whose field count differs from the header (the usual CSV fault)."""
    with p.open(newline="", encoding="utf-8", errors="replace") as fh:
        reader = csv.reader(fh, delimiter=separator)
        width = len(next(reader, []))
        for row in reader:
            if len(row) != width:
                return RecordFormatError(
                    str(p), reader.line_num, f"{len(row)} fields where the header has {width}"
                )
    return InputError(f"{p}: cannot read as CSV")
