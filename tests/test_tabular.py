"""Record files of every accepted naming load into ACCOUNT_SCHEMA; user mistakes are one-line errors."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from followsift.errors import InputError, RecordFormatError, UnknownColumnError
from followsift.judge import tabular
from followsift.judge.frame import ACCOUNT_SCHEMA
from followsift.judge.tabular import (
    _line_batches,
    _line_ends,
    _mentions_any,
    _piece_cuts,
    _read_sampled,
    normalise,
    read_records,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def load(path: Path) -> pl.DataFrame:
    return pl.concat(list(read_records(path)))


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_design_record_and_v1_naming(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "a.jsonl",
        [
            {
                "id": "1",
                "handle": "ann",
                "followers_count": 5,
                "created_at": "2018-10-10T20:19:24Z",
                "posts": [{"text": "hi", "created_at": "2024-01-01T00:00:00Z", "is_reply": True}],
            },
            {
                "id_str": "2",
                "screen_name": "bob",
                "friends_count": 7,
                "statuses_count": 9,
                "favourites_count": 3,
                "default_profile_image": True,
                "created_at": "Wed Oct 10 20:19:24 +0000 2018",
                "crawled_at": "2019-01-01 00:00:00",
            },
        ],
    )
    df = load(f)
    assert df.schema == pl.Schema(ACCOUNT_SCHEMA)
    assert df["handle"].to_list() == ["ann", "bob"]
    assert df["following_count"].to_list() == [None, 7]
    assert df["likes_count"].to_list() == [None, 3]
    assert df["default_avatar"][1] is True
    assert df["created_at"].to_list() == [datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC)] * 2
    assert df["observed_at"][1] == datetime(2019, 1, 1, tzinfo=UTC)
    assert df["posts"][0][0]["is_reply"] is True


def test_x_v2_mastodon_and_bluesky_objects(tmp_path: Path) -> None:
    v2 = {
        "id": "9",
        "username": "carol",
        "name": "Carol",
        "public_metrics": {
            "followers_count": 11,
            "following_count": 12,
            "tweet_count": 13,
            "listed_count": 1,
        },
        "profile_image_url": "https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png",
    }
    masto = {
        "id": "1090",
        "username": "dan",
        "acct": "dan@example.social",
        "display_name": "Dan",
        "note": "<p>Birds &amp; bees<br/>Leeds</p>",
        "fields": [{"name": "Web", "value": "<a>dan.example</a>", "verified_at": "2024-01-02T03:04:05.000Z"}],
        "followers_count": 4,
        "following_count": 3,
        "statuses_count": 2,
        "last_status_at": "2024-03-01",
        "avatar": "https://example.social/avatars/original/missing.png",
        "bot": False,
        "locked": True,
        "moved": {"acct": "dan@new.social"},
        "url": "https://example.social/@dan",
    }
    sky = {
        "did": "did:plc:abc",
        "handle": "erin.bsky.social",
        "displayName": "Erin",
        "followersCount": 8,
        "followsCount": 9,
        "postsCount": 10,
        "createdAt": "2023-05-01T10:00:00.000Z",
        "indexedAt": "2024-05-01T10:00:00.000Z",
        "labels": [
            {"src": "did:plc:abc", "uri": "at://did:plc:abc/app.bsky.actor.profile/self", "val": "porn"},
            {"src": "did:plc:mod", "uri": "at://did:plc:abc", "val": "!warn", "cts": "2024-01-01T00:00:00Z"},
        ],
    }
    for name, rec in (("v2.json", {"data": [v2]}), ("m.json", [masto]), ("b.json", {"profiles": [sky]})):
        (tmp_path / name).write_text(json.dumps(rec))
    a, m, b = (load(tmp_path / n).row(0, named=True) for n in ("v2.json", "m.json", "b.json"))
    assert (a["handle"], a["followers_count"], a["posts_count"], a["default_avatar"]) == (
        "carol",
        11,
        13,
        True,
    )
    assert a["platform"] == "x"
    assert (m["platform"], m["handle"]) == ("mastodon", "dan@example.social")
    assert m["bio"] == "Birds & bees\nLeeds"
    assert m["fields_text"] == "Web: dan.example"
    assert (m["default_avatar"], m["locked"], m["url"]) == (True, True, None)
    assert (m["status"], m["moved_to"]) == ("moved", "dan@new.social")
    assert m["last_post_at"] == datetime(2024, 3, 1, tzinfo=UTC)
    assert m["verified"] is True  # a profile link the server checked (rel="me")
    assert (b["platform"], b["id"]) == ("bluesky", "did:plc:abc")
    assert (b["following_count"], b["posts_count"], b["default_avatar"]) == (9, 10, True)
    assert b["observed_at"] == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert b["labels_text"] == "porn,!warn"
    assert (a["labels_text"], m["labels_text"]) == (None, None)


@pytest.mark.skipif(not DATA.is_dir(), reason="shared data not present")
def test_shared_csvs_load_as_they_are() -> None:
    genuine = load(DATA / "cresci-2017" / "geniune_accounts.csv")
    assert genuine.height == 3474
    assert genuine["created_at"].null_count() == 0
    assert genuine["observed_at"].null_count() == 0
    bots = load(DATA / "bot-or-not-2017" / "bots_data.csv")
    assert bots.height == 1056
    # spreadsheet-mangled dates ("12/30/2012 3:34", "13-03-2017 22:21") still parse
    assert bots["created_at"].null_count() == 0
    assert bots["last_post_at"].null_count() < bots.height


def test_batches_keep_order(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "many.jsonl", [{"id": str(i)} for i in range(25)])
    batches = list(read_records(f, batch_size=10))
    assert [b.height for b in batches] == [10, 10, 5]
    assert pl.concat(batches)["id"].to_list() == [str(i) for i in range(25)]


def test_malformed_line_is_named(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "1"}\n{"id": "2"}\n{"id": "3", oops}\n{"id": "4"}\n')
    with pytest.raises(RecordFormatError) as err:
        load(f)
    assert err.value.line == 3
    assert str(err.value).startswith(f"{f}, line 3:")


def test_malformed_line_in_later_batch(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text("".join(f'{{"id": "{i}"}}\n' for i in range(12)) + "[1, 2]\n")
    with pytest.raises(RecordFormatError, match="line 13: expected a JSON object"):
        list(read_records(f, batch_size=5))


def test_missing_id_column(tmp_path: Path) -> None:
    f = tmp_path / "people.csv"
    f.write_text("name,followers\nAnn,3\n")
    with pytest.raises(
        UnknownColumnError, match=r"people\.csv: no account id column \(expected one of id_str, id"
    ):
        load(f)


def test_missing_and_unknown_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist: check the path"):
        load(tmp_path / "nope.jsonl")
    (tmp_path / "x.txt").write_text("hi")
    with pytest.raises(InputError, match="unknown file type"):
        load(tmp_path / "x.txt")


@pytest.mark.parametrize(
    "late",
    [
        {"id": "late", "friends_count": 7, "bot": True},  # keys the first lines never use
        {"id": "late", "following_count": 7, "bot": True, "created_at": 1_700_000_000},  # other types
        {"id": "late", "following_count": 7, "posts": [{"text": "x", "is_repost": True}]},
        {"id": "late", "moved": {"acct": "a@b.social"}, "note": "<p>bot</p>", "following_count": 7},
        {"id": "late", "handle": 123, "created_at": 1_700_000_000, "posts": []},  # the quick way
        {"id": "late", "following_count": 7, "labels": ["spam"]},
    ],
)
def test_big_batches_keep_keys_first_seen_late(tmp_path: Path, late: dict[str, object]) -> None:
    """Big batches are read with a schema sampled from some lines: a key first seen later still counts."""
    common: dict[str, object] = {"handle": "a", "followers_count": 1, "created_at": "2020-01-01T00:00:00Z"}
    rows = [{"id": "0", **common, "posts": [{"text": "t", "created_at": "2024-01-01T00:00:00Z"}]}]
    rows += [{"id": str(i), **common} for i in range(1, 3000)]
    f = write_jsonl(tmp_path / "big.jsonl", [*rows[:1502], late, *rows[1502:]])
    df = load(f)
    assert df.height == 3001
    got = df.filter(pl.col("id") == "late").row(0, named=True)
    assert got["following_count"] == late.get("following_count", late.get("friends_count"))
    assert df["created_at"][0] == datetime(2020, 1, 1, tzinfo=UTC)
    if "bot" in late:
        assert got["bot"] is True
    if late.get("posts"):
        assert got["posts"][0]["is_repost"] is True
    if "handle" in late:  # nothing new: the batch took the quick way
        data = f.read_bytes()
        assert _read_sampled(data, _line_ends(data)) is not None
    if "labels" in late:
        assert got["labels_text"] == "spam"
    if "moved" in late:
        assert (got["platform"], got["status"], got["moved_to"]) == ("mastodon", "moved", "a@b.social")
    # Exactly what reading the whole batch with a schema inferred from every line gives.
    assert_frame_equal(df, normalise(pl.read_ndjson(f, infer_schema_length=None), source=str(f)))


@pytest.mark.parametrize("batch_size", [1, 2, 7, 100, 2001, 10_000])
def test_line_batches_split_as_file_iteration_does(tmp_path: Path, batch_size: int) -> None:
    """Blocks are cut into exactly the batches of lines that iterating over the file gives, whatever the
    line lengths (a line longer than the first read, blank lines, CRLF, a lone CR, no final newline)."""
    lines = [b'{"id": "%d", "bio": "%s"}\n' % (i, b"x" * (i % 50)) for i in range(3000)]
    lines[5] = b'{"id": "long", "bio": "' + b"y" * 3_000_000 + b'"}\n'
    lines[10:13] = [b"\n", b"  \r\n", b'{"id": "cr",\r"bio": "a"}\r\n']
    f = tmp_path / "lines.jsonl"
    f.write_bytes(b"".join(lines) + b'{"id": "last"}')
    with f.open("rb") as fh:
        expected = [list(itertools.islice(fh, batch_size)) for _ in range(3002 // batch_size + 2)]
    with f.open("rb") as fh:
        got = [(chunk, ends.tolist()) for chunk, ends in _line_batches(fh, batch_size)]
    expected = [b for b in expected if b]
    assert [chunk for chunk, _ in got] == [b"".join(b) for b in expected]
    assert [ends for _, ends in got] == [list(itertools.accumulate(map(len, b))) for b in expected]


def test_empty_and_blank_files(tmp_path: Path) -> None:
    for name, text in (("empty.jsonl", b""), ("blank.jsonl", b"\n \n\t\r\n")):
        (tmp_path / name).write_bytes(text)
        assert list(read_records(tmp_path / name, batch_size=2)) == []


def test_blank_batch_still_counts_its_lines(tmp_path: Path) -> None:
    f = tmp_path / "gap.jsonl"
    f.write_text('{"id": "1"}\n{"id": "2"}\n\n\n  \n{"id": "3"\n')
    with pytest.raises(RecordFormatError, match="line 6: not valid JSON"):
        list(read_records(f, batch_size=2))


@pytest.mark.parametrize("bad", [b'{"id": "x", oops}', b'{"id": "\xff"}', b"[1, 2]"])
def test_bad_line_in_a_big_batch_is_named(tmp_path: Path, bad: bytes) -> None:
    """A batch read in one block (and past the sampled lines) still names the exact line at fault."""
    lines = [b'{"id": "%d", "handle": "h"}\r\n' % i for i in range(5000)]
    lines.insert(3456, bad + b"\r\n")
    f = tmp_path / "bad.jsonl"
    f.write_bytes(b"".join(lines))
    with pytest.raises(RecordFormatError) as err:
        list(read_records(f))
    assert err.value.line == 3457


def test_mentions_are_found_in_every_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines are searched in pieces of whole lines: a mention is found wherever it is."""
    monkeypatch.setattr(tabular, "_SCAN_PIECE_BYTES", 64)
    lines = [b'{"id": "%d", "text": "no keys here"}\n' % i for i in range(40)]
    for at in (0, 17, 39):
        chunk = b"".join([*lines[:at], b'{"id": "m", "bot": true}\n', *lines[at + 1 :]])
        assert _mentions_any(chunk, _line_ends(chunk), ['"url"', '"bot"'])
    chunk = b"".join(lines)
    assert not _mentions_any(chunk, _line_ends(chunk), ['"url"', '"bot"'])


def test_piece_cuts_keep_lines_whole() -> None:
    ends = np.array([3, 12, 14, 55, 57])
    for size in (1, 4, 10, 100):
        cuts = _piece_cuts(ends, size)
        assert cuts[0] == 0
        assert cuts[-1] == 57
        assert set(cuts[1:]) <= set(ends.tolist())
        assert cuts == sorted(set(cuts))
    assert _piece_cuts(ends, 10) == [0, 12, 55, 57]


def test_mastodon_memorial_and_unverified_links(tmp_path: Path) -> None:
    masto = {
        "id": "7",
        "acct": "ann@example.social",
        "note": "<p>In memory of Ann</p>",
        "memorial": True,
        "fields": [{"name": "Web", "value": "ann.example", "verified_at": None}],
    }
    (tmp_path / "m.json").write_text(json.dumps([masto]))
    row = load(tmp_path / "m.json").row(0, named=True)
    assert (row["status"], row["verified"]) == ("memorial", None)
