"""Database URLs and engines: SQLite (default, WAL, foreign keys) or PostgreSQL.

SQL parameters are hidden from error messages so that personal data never reaches a log.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


def default_db_path() -> Path:
    from desktop.paths import data_dir

    return data_dir() / "pcmd.sqlite"


def resolve_url(db: str | None) -> str:
    """--db value, else PCMD_DB, else pcmd.sqlite in the data folder; paths become URLs."""
    value = db or os.environ.get("PCMD_DB") or str(default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 15}, hide_parameters=True)
        _sqlite_setup(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _sqlite_setup(engine: Engine) -> None:
    """WAL, foreign keys, and real transactions (DDL included) on pysqlite."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=15000")
        # 32 MB of page cache (the default is 2 MB): an import of 100,000 records updates
        # several indexes per table, and with the small cache pages are written out and read
        # back within the same transaction. SQLite takes the memory only as it is used.
        cur.execute("PRAGMA cache_size=-32768")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # A write transaction takes the write lock at once, so a busy database makes it wait
        # (busy_timeout) instead of failing when a read inside it later needs to write.
        write = conn.get_execution_options().get("pcmd_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
