"""Shared fixtures: real SQLite files, a real PostgreSQL database per test, the demo workspace."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from followsift.store import Store

PG_ENV = "FOLLOWSIFT_TEST_PG_URL"


def _pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(
                f"{PG_ENV} is not set in CI: run the tests through `make test`, which starts PostgreSQL"
            )
        pytest.skip(f'{PG_ENV} not set: run `eval "$(scripts/services/postgres.sh)"` or use `make test`')
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the test server, dropped afterwards."""
    admin_url = sa.engine.make_url(_pg_admin_url())
    name = f"fs_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'followsift.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same tests against a SQLite file and a real PostgreSQL server."""
    url = (
        f"sqlite:///{tmp_path / 'store.db'}"
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    with Store.open(url) as opened:
        yield opened
