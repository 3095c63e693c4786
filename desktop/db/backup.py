"""Consistent SQLite copies through SQLite's online backup API (safe while others write)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def sqlite_backup(source: Path, target: Path) -> None:
    """Copy `source` into a new file `target` (written beside it, then renamed into place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)


def recover(path: Path) -> None:
    """Finish what a program killed mid-write left: a hot rollback journal is rolled back and a
    write-ahead log folded in, by the first read of a read-write connection (SQLite does it).
    Without this a read-only look at the file could report a sound database as damaged."""
    journal = path.with_name(path.name + "-journal")
    wal = path.with_name(path.name + "-wal")
    if not ((journal.exists() and journal.stat().st_size > 0) or wal.exists()):
        return
    con = sqlite3.connect(path, timeout=15)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()


def read_revision(path: Path) -> str | None:
    """The Alembic revision stored in an SQLite file, read without changing its data (a write
    left unfinished by a killed program is first rolled back, see `recover`)."""
    recover(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()
