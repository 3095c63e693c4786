"""Automatic daily backups: one a day, the last 7 kept, other backups untouched."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desktop.db.database import Database
from desktop.services.auto_backup import daily_backup


def test_daily_backup_keeps_the_last_seven(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    other = folder / "pcmd-20240101-before-upgrade.sqlite"
    other.write_bytes(b"keep me")
    start = date(2024, 3, 1)
    for i in range(10):
        assert daily_backup(db, folder, today=start + timedelta(days=i)) is not None
    assert daily_backup(db, folder, today=start + timedelta(days=9)) is None  # once a day
    dailies = sorted(p.name for p in folder.glob("*-daily-*.sqlite"))
    assert dailies == [f"pcmd-daily-202403{d:02d}.sqlite" for d in range(4, 11)]
    assert other.exists()
    from desktop.db.database import open_database

    reopened = open_database(str(folder / dailies[-1]))
    reopened.close()
