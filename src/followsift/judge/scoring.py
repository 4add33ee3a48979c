"""``followsift score``: stream a file of account records through the judge, one verdict line per record.

Memory stays flat however big the input: records are read, judged and written one batch at a time (the next
batch is read and normalised on a helper thread while the current one is judged, so at most three are held).
Output goes to a temporary file next to the destination and is renamed into place only when every batch
succeeded, so a failure never leaves a half-written result that looks complete.
"""

from __future__ import annotations

import contextlib
import os
import queue
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Protocol, TypeVar, cast

import polars as pl

from followsift.errors import InputError
from followsift.judge.tabular import read_records

__all__ = ["OUTPUT_COLUMNS", "score_file"]

OUTPUT_COLUMNS = ("id", "bot_probability", "is_bot", "flags", "interests", "reasons")

_T = TypeVar("_T")


class _Judge(Protocol):
    def judge_columns(self, frame: pl.DataFrame) -> pl.DataFrame: ...


def _verdict_lines(verdicts: pl.DataFrame) -> pl.DataFrame:
    """The public output shape: probability to 4 d.p., interests as [{name, score}] only."""
    interests = pl.col("interests")
    dtype = verdicts.schema.get("interests")
    if isinstance(dtype, pl.List) and isinstance(dtype.inner, pl.Struct):
        interests = interests.list.eval(
            pl.struct(
                pl.element().struct.field("name"),
                pl.element().struct.field("score").round(4),
            )
        )
    return verdicts.select(
        pl.col("id"),
        pl.col("bot_probability").round(4),
        pl.col("is_bot"),
        pl.col("flags"),
        interests.alias("interests"),
        pl.col("reasons"),
    )


def _batches(in_path: Path, batch_size: int) -> Iterator[pl.DataFrame]:
    # A record without a capture time was taken no later than now: measure its age to now.
    now = datetime.now(UTC)
    for frame in read_records(in_path, batch_size=batch_size):
        yield frame.with_columns(
            pl.col("observed_at").fill_null(pl.lit(now, dtype=frame.schema["observed_at"]))
        )


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def _read_ahead(items: Iterator[_T]) -> Iterator[_T]:
    """``items`` in order, the next one produced on a helper thread while the caller works on this one.

    Polars and XGBoost release the GIL, so reading and normalising a batch overlaps judging the last one.
    An exception raised while producing is raised here, at the item it replaced.
    """
    slot: queue.Queue[object] = queue.Queue(maxsize=1)
    stop = threading.Event()
    end = object()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                slot.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
        except BaseException as err:  # handed to the consumer, which raises it
            put(_Failed(err))
            return
        put(end)

    worker = threading.Thread(target=produce, name="followsift-read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            item = slot.get()
            if item is end:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield cast("_T", item)
    finally:
        stop.set()
        worker.join()


def _write(
    sink: IO[bytes],
    in_path: Path,
    judge: _Judge,
    batch_size: int,
    progress: Callable[[int], None] | None,
) -> int:
    done = 0
    for frame in _read_ahead(_batches(in_path, batch_size)):
        verdicts = judge.judge_columns(frame)
        if verdicts.height != frame.height:
            raise RuntimeError(f"judge returned {verdicts.height} verdicts for {frame.height} records")
        _verdict_lines(verdicts).write_ndjson(sink)
        done += frame.height
        if progress is not None:
            progress(done)
    return done


def score_file(
    in_path: str | Path,
    out_path: str | Path | None,
    *,
    judge: _Judge,
    batch_size: int = 100_000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Judge every record of ``in_path`` and write one JSON line per record to ``out_path`` (None: stdout).

    Returns the number of records scored. ``progress`` is called with the running count after each batch.
    """
    src = Path(in_path)
    if out_path is None:
        sink = sys.stdout.buffer
        n = _write(sink, src, judge, batch_size, progress)
        sink.flush()
        return n
    dest = Path(out_path)
    if dest.resolve() == src.resolve():
        raise InputError(f"{dest}: the output would overwrite the input; choose another -o file")
    if not dest.parent.is_dir():
        raise InputError(f"{dest.parent} does not exist: create it or choose another -o path")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as sink:
            n = _write(sink, src, judge, batch_size, progress)
        os.replace(tmp_name, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return n
