"""The labelled account sets in ``../shared/data`` as one frame: ACCOUNT_SCHEMA columns plus labels.

Extra columns: ``label`` (1 = bot/fake), ``dataset`` ("cresci-2017" | "bot-or-not-2017"), ``family``
(``genuine``, ``social_spambots_1..3``, ``bon_bots``, ``bon_humans``) and the paper's ``test_set_1`` /
``test_set_2`` marks. These are for splitting only, never features.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import polars as pl

from followsift.judge.tabular import read_records

__all__ = ["data_dir", "fingerprint", "load_labelled"]

CRESCI = {
    "geniune_accounts.csv": ("genuine", 0),
    "social_spambots_1.csv": ("social_spambots_1", 1),
    "social_spambots_2.csv": ("social_spambots_2", 1),
    "social_spambots_3.csv": ("social_spambots_3", 1),
}
BON = {"bots_data.csv": ("bon_bots", 1), "nonbots_data.csv": ("bon_humans", 0)}


def data_dir() -> Path:
    env = os.environ.get("FOLLOWSIFT_DATA_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _files() -> list[tuple[str, Path, str, int]]:
    root = data_dir()
    out = [("cresci-2017", root / "cresci-2017" / n, fam, y) for n, (fam, y) in CRESCI.items()]
    out += [("bot-or-not-2017", root / "bot-or-not-2017" / n, fam, y) for n, (fam, y) in BON.items()]
    return out


def fingerprint() -> str:
    """sha256 over the names and bytes of every training file, in a fixed order."""
    h = hashlib.sha256()
    for _, path, _, _ in _files():
        h.update(f"{path.parent.name}/{path.name}\n".encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def _test_marks(path: Path) -> pl.DataFrame:
    cols = pl.read_csv(path, n_rows=0).columns
    marks = [c for c in ("test_set_1", "test_set_2") if c in cols]
    raw = pl.read_csv(path, infer_schema=False, columns=marks) if marks else pl.DataFrame()
    return pl.DataFrame(
        {
            m: (raw[m] == "1") if m in raw.columns else pl.Series(m, [False] * _rows(path))
            for m in ("test_set_1", "test_set_2")
        }
    )


def _rows(path: Path) -> int:
    return pl.scan_csv(path, infer_schema=False).select(pl.len()).collect().item()  # type: ignore[no-any-return]


def load_labelled() -> pl.DataFrame:
    parts = []
    for dataset, path, family, label in _files():
        frame = pl.concat(list(read_records(path)))
        extra = _test_marks(path).with_columns(
            label=pl.lit(label, pl.Int8), dataset=pl.lit(dataset), family=pl.lit(family)
        )
        parts.append(pl.concat([frame, extra], how="horizontal"))
    df = pl.concat(parts)
    # bot-or-not's "bot" column is its label, not a self-declaration: never let it through.
    df = df.with_columns(bot=pl.lit(None, pl.Boolean))
    # bot-or-not has no crawl time: its last tweets end in March 2017, so measure ages there.
    bon = pl.col("dataset") == "bot-or-not-2017"
    crawl = df.filter(bon)["last_post_at"].max()
    df = df.with_columns(observed_at=pl.when(bon).then(pl.lit(crawl)).otherwise(pl.col("observed_at")))
    # Spreadsheet-mangled ids ("8.41E+17") collide, so accounts are keyed by handle. Some accounts are in
    # both bot-or-not files: their label is unknown, so drop them.
    df = df.with_columns(_key=pl.coalesce(pl.col("handle").str.to_lowercase(), pl.col("id")))
    clash = df.filter(bon).group_by("_key").agg(pl.col("label").n_unique().alias("n")).filter(pl.col("n") > 1)
    df = df.filter(~(bon & pl.col("_key").is_in(clash["_key"].implode())))
    df = df.unique(subset=["dataset", "_key", "label"], keep="first", maintain_order=True)
    return df.drop("_key")
