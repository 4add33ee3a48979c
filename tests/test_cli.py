"""The CLI through its real entry point (the installed ``followsift`` script), in a private home folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = shutil.which("followsift", path=str(Path(sys.executable).parent))


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run ``followsift ARGS`` with data and config folders inside tmp_path."""
    assert SCRIPT, "the followsift console script is installed next to the test interpreter"
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "COLUMNS": "160",
    }

    def _run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [SCRIPT, *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300, check=False
        )
        if ok:
            assert proc.returncode == 0, proc.stderr
        return proc

    return _run


def _one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("followsift: error: ")
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_version_and_help(run) -> None:  # type: ignore[no-untyped-def]
    assert "followsift 0.1.0" in run("--version").stdout
    help_text = run("--help").stdout
    for command in ("demo", "triage", "audit", "score", "init"):
        assert command in help_text


def test_demo_prints_triage_and_audit_with_reasons(run) -> None:  # type: ignore[no-untyped-def]
    out = run("demo", "--limit", "0").stdout
    assert "@careerwise" in out
    for heading in ("Follow back", "Block", "Unfollow", "Hide boosts/reposts", "Mute", "Keep"):
        assert heading in out
    for phrase in ("the follow-for-follow pattern", "gone quiet", "Adult content", "Shares your interest in"):
        assert phrase in out


def test_demo_json_then_triage_and_audit_on_it(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    payload = json.loads(run("demo", "--json").stdout)
    assert payload["owner"].startswith("demo:")
    actions = {r["action"] for r in payload["triage"]}
    assert {"follow_back", "leave", "block"} <= actions
    first = payload["audit"][0]
    assert {
        "key",
        "handle",
        "action",
        "reasons",
        "flags",
        "bot_probability",
        "interests",
        "relationship",
    } <= set(first)
    triage = json.loads(run("triage", "--demo", "--json").stdout)
    assert len(triage["triage"]) == len(payload["triage"])
    assert "audit" not in triage
    audit = json.loads(run("audit", "--demo", "--json").stdout)
    assert len(audit["audit"]) == len(payload["audit"])
    # The same store judged with an owner's own settings: an interest that would match far better described is
    # pointed out (on stderr, beside the tables), a built-in or described one is not.
    config = tmp_path / "mine.toml"
    config.write_text('[interests]\n"rock music" = ""\ndowsing = ""\nseabirds = "puffins, gannets"\n')
    db = f"sqlite:///{tmp_path / 'data' / 'followsift' / 'demo.db'}"
    said = run("audit", "--db", db, "--config", str(config), "--limit", "1").stderr
    assert "1 of your interests is not built in" in said
    assert "dowsing" in said
    assert "seabirds" not in said


def test_init_writes_a_starter_and_refuses_to_overwrite(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "my.toml"
    run("init", "--config", str(target))
    assert "[interests]" in target.read_text()
    _one_line_error(run("init", "--config", str(target), ok=False), "already exists", "--force")
    run("init", "--config", str(target), "--force")


def test_score_jsonl_and_csv(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    records = [
        {
            "id": "1",
            "handle": "ada",
            "bio": "Talent acquisition partner",
            "followers_count": 10,
            "following_count": 50,
            "posts_count": 900,
            "created_at": "2019-01-01T00:00:00Z",
            "observed_at": "2026-11-01T00:00:00Z",
        },
        {
            "id": "2",
            "handle": "promo1",
            "bio": "Get FREE followers fast! DM for promo",
            "followers_count": 20,
            "following_count": 4000,
            "posts_count": 30000,
            "created_at": "2026-09-01T00:00:00Z",
            "observed_at": "2026-11-01T00:00:00Z",
        },
    ]
    source = tmp_path / "accounts.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    lines = [
        json.loads(x)
        for x in run("score", str(source), "--interests", "recruitment, rock music").stdout.splitlines()
    ]
    assert [x["id"] for x in lines] == ["1", "2"]
    assert {"bot_probability", "is_bot", "flags", "interests", "reasons"} <= set(lines[0])
    assert "spam" in lines[1]["flags"]
    # An interest named on the command line keeps what the settings say it covers.
    config = tmp_path / "diviner.toml"
    config.write_text('[interests]\ndowsing = "water divining, divining rods"\n')
    source.write_text(json.dumps({"id": "3", "bio": "Walked the fields with my divining rods again"}) + "\n")
    plain = run("score", str(source), "--interests", "dowsing")
    assert json.loads(plain.stdout)["interests"] == []
    assert "1 of your interests is not built in" in plain.stderr
    described = run("score", str(source), "--interests", "Dowsing", "--config", str(config))
    assert [i["name"] for i in json.loads(described.stdout)["interests"]] == ["Dowsing"]
    assert "not built in" not in described.stderr
    csv_path = tmp_path / "accounts.csv"
    csv_path.write_text(
        "id,screen_name,description,followers_count,friends_count,statuses_count\n7,bob,Teacher,40,60,500\n"
    )
    out_path = tmp_path / "verdicts.jsonl"
    run("score", str(csv_path), "-o", str(out_path))
    assert json.loads(out_path.read_text().splitlines()[0])["id"] == "7"


def test_error_paths_are_one_line_and_non_zero(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _one_line_error(run("score", str(tmp_path / "missing.jsonl"), ok=False), "missing.jsonl")
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text('{"id": "1"}\n{"id": "2", oops}\n')
    _one_line_error(run("score", str(bad_json), ok=False), "bad.jsonl", "line 2")
    no_id = tmp_path / "noid.csv"
    no_id.write_text("name,bio\nAda,hi\n")
    _one_line_error(run("score", str(no_id), ok=False), "noid.csv")
    bad_toml = tmp_path / "bad.toml"
    bad_toml.write_text("[interests\n")
    _one_line_error(run("triage", "--config", str(bad_toml), ok=False), "bad.toml", "invalid TOML")
    _one_line_error(run("triage", ok=False), "followsift sync")
    _one_line_error(run("triage", "--db", "nosuchdb://x", ok=False), "cannot use database URL")
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n")
    _one_line_error(run("score", str(bad_json), "-o", str(out), ok=False), "line 2")
    assert out.read_text() == "keep me\n", "a failed run never leaves a half-written output"


def test_interests_show_and_suggest(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "c.toml"
    config.write_text('[interests]\nrecruitment = "talent acquisition"\n"rock music" = ""\n')
    shown = json.loads(run("interests", "show", "--config", str(config), "--json").stdout)
    assert set(shown) == {"recruitment", "rock music"}
    assert any("talent acquisition" in phrase for phrase in shown["recruitment"])
    config.write_text('[interests]\ndowsing = ""\njazz = ""\nmoths = ""\n"hip-hop" = ""\n')
    text = run("interests", "show", "--config", str(config)).stdout
    assert text.count("not a built-in interest") == 1
    assert '"dowsing" = "a phrase' in text
    # Read through a differently named built-in, said so; another spelling of a built-in's name is not.
    assert text.count("read as the built-in interest") == 1
    assert "read as the built-in interest “entomology”" in text
    # Not built in: matched where its name is written too, a name with capitals only so.
    assert "wherever “dowsing” is written (in any case" in text
    assert text.count("wherever") == 1
    config.write_text('[interests]\n"Take That" = ""\n')
    assert (
        "wherever “Take That” is written (with its capitals"
        in run("interests", "show", "--config", str(config)).stdout
    )
    posts = tmp_path / "posts.txt"
    posts.write_text(
        "We're hiring two backend engineers, fully remote.\n"
        "Interview tips for graduates looking for their first job.\n"
        "Recruiters: stop ghosting candidates after interviews.\n"
    )
    suggested = run("interests", "suggest", "--posts", str(posts)).stdout
    assert "recruitment" in suggested or "jobs" in suggested
    _one_line_error(run("interests", "suggest", "--posts", str(tmp_path / "none.txt"), ok=False), "none.txt")
