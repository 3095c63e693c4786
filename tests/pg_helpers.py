"""A PostgreSQL server for the tests: PCMD_TEST_PG_URL, else one started by .ci/postgres.sh.

Each test gets a fresh database (created from the server URL, dropped afterwards), so runs
are repeatable. Only when no PostgreSQL is installed at all are the tests skipped, with that
reason.
"""

from __future__ import annotations

import glob
import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "postgres.sh"


def server_url() -> str | None:
    """The server to use, starting a local throwaway one when needed; None if none exists."""
    url = os.environ.get("PCMD_TEST_PG_URL", "")
    if url:
        return url
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        return None
    done = subprocess.run(["sh", str(SCRIPT)], capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        raise RuntimeError(f".ci/postgres.sh failed: {done.stderr.strip()}")
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="session")
def pg_server() -> str:
    url = server_url()
    if url is None:
        pytest.skip("PostgreSQL is not installed here (no /usr/lib/postgresql/*/bin/initdb) "
                    "and PCMD_TEST_PG_URL is not set")
    return url


@contextmanager
def new_database(server: str, template: str | None = None) -> Iterator[str]:
    """The URL of a new database on the server (a copy of `template`, else empty), dropped
    when the block ends."""
    name = "pcmd_t_" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            copy = f' TEMPLATE "{template}"' if template else ""
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        drop_database(admin, name)
        admin.dispose()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """The URL of a new, empty database on the server (dropped after the test)."""
    with new_database(pg_server) as url:
        yield url


@pytest.fixture(scope="session")
def pg_prepared_template(pg_server: str) -> Iterator[str]:
    """A database prepared once (units, catalogues, home unit 308 chosen on 01/06/2024), the
    template `pg_prepared` copies: PostgreSQL copies it file by file, far faster than
    preparing each test's database again."""
    from desktop.db.database import open_database
    from tests.db_templates import prepare

    with new_database(pg_server) as url:
        database = open_database(url, create=True)
        try:
            prepare(database)
        finally:
            database.close()
        yield make_url(url).database or ""


@pytest.fixture
def pg_prepared(pg_server: str, pg_prepared_template: str) -> Iterator[str]:
    """The URL of a new database that is a copy of the prepared template."""
    with new_database(pg_server, pg_prepared_template) as url:
        yield url


def drop_database(admin: Engine, name: str) -> None:
    """Drop a test database even while connections or an autovacuum worker are on it.

    `DROP DATABASE ... WITH (FORCE)` refuses, as a non-superuser, when the other session is
    an autovacuum worker (it belongs to no role we are a member of); that happened after
    bulk imports. So our own role's sessions are ended first, then the plain DROP stops
    autovacuum itself, and a busy database is retried for a while.
    """
    for attempt in range(20):
        with admin.connect() as conn:
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :name AND usename = current_user AND pid <> pg_backend_pid()"
            ), {"name": name})
            try:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                return
            except DBAPIError:
                if attempt == 19:
                    raise
        time.sleep(0.25)
