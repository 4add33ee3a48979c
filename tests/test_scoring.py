"""score_file: one verdict line per record, in order, atomic output, real Judge and classifier."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from followsift.config import Settings
from followsift.errors import RecordFormatError
from followsift.judge import Judge
from followsift.judge.scoring import OUTPUT_COLUMNS, score_file

RECORDS: list[dict[str, object]] = [
    {
        "id": "1",
        "handle": "maria_gardens",
        "display_name": "Maria Keller",
        "bio": "Allotment gardener",
        "location": "Leeds",
        "followers_count": 10,
        "following_count": 14,
        "posts_count": 812,
        "likes_count": 1540,
        "created_at": "2013-04-02T00:00:00Z",
        "observed_at": "2024-05-01T00:00:00Z",
        "default_avatar": False,
    },
    {
        "id": "2",
        "handle": "DennaMcsparren",
        "display_name": "Denna Mcsparren",
        "followers_count": 3,
        "following_count": 46,
        "posts_count": 53,
        "likes_count": 0,
        "listed_count": 0,
        "created_at": "2024-03-04T18:11:08Z",
        "observed_at": "2024-05-01T00:00:00Z",
    },
    {"id": "3"},
]


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(Settings(), with_interests=False)


def write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_one_line_per_record_in_order(tmp_path: Path, judge: Judge) -> None:
    src = write(tmp_path / "in.jsonl", RECORDS * 5)
    out = tmp_path / "out.jsonl"
    seen: list[int] = []
    n = score_file(src, out, judge=judge, batch_size=4, progress=seen.append)
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert n == len(lines) == 15
    assert seen == [4, 8, 12, 15]
    assert [x["id"] for x in lines] == ["1", "2", "3"] * 5
    assert tuple(lines[0]) == OUTPUT_COLUMNS
    maria, denna = lines[0], lines[1]
    assert maria["is_bot"] is False
    assert denna["bot_probability"] > maria["bot_probability"]
    assert denna["bot_probability"] == round(denna["bot_probability"], 4)
    assert denna["reasons"]


def test_stdout(tmp_path: Path, judge: Judge, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    src = write(tmp_path / "in.jsonl", RECORDS)
    assert score_file(src, None, judge=judge) == 3
    out = capfdbinary.readouterr().out.decode().splitlines()
    assert [json.loads(x)["id"] for x in out] == ["1", "2", "3"]


def test_csv_input(tmp_path: Path, judge: Judge) -> None:
    src = tmp_path / "in.csv"
    pl.DataFrame({"id": ["a", "b"], "screen_name": ["x", "y"], "followers_count": ["1", "2"]}).write_csv(src)
    out = tmp_path / "o.jsonl"
    assert score_file(src, out, judge=judge) == 2


def test_failure_leaves_no_output(tmp_path: Path, judge: Judge) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(RECORDS[0]) + "\n" + "{broken\n")
    out = tmp_path / "out.jsonl"
    out.write_text("previous result\n")
    with pytest.raises(RecordFormatError, match="line 2"):
        score_file(src, out, judge=judge, batch_size=1)
    assert out.read_text() == "previous result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
