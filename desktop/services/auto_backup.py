"""A daily backup, kept for the last 7 days (called when the GUI starts).

Backups before an upgrade and before a restore are made by database.open_database and
maintenance.restore. Files are named "<db>-daily-YYYYMMDD.sqlite" in the backups folder.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from desktop.db.database import Database
from desktop.services import maintenance

KEEP_DAYS = 7
_log = logging.getLogger(__name__)


def _stem(db: Database) -> str:
    return db.path.stem if db.path is not None else "pcmd-server"


def daily_backup(
    db: Database, folder: Path | None = None, *, today: date | None = None, keep: int = KEEP_DAYS
) -> Path | None:
    """Back up once a day; returns the new file, or None when today's backup already exists.

    Older daily backups beyond the newest `keep` are removed (never other backups).
    """
    from desktop.paths import backup_dir

    folder = folder or backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    today = today or date.today()
    stem = _stem(db)
    target = folder / f"{stem}-daily-{today:%Y%m%d}.sqlite"
    made: Path | None = None
    if not target.exists():
        made = maintenance.backup(db, target)
        _log.info("daily backup written: %s", target.name)
    pattern = re.compile(re.escape(stem) + r"-daily-(\d{8})\.sqlite$")
    dailies = sorted((p for p in folder.iterdir() if pattern.match(p.name)), reverse=True)
    for old in dailies[keep:]:
        old.unlink(missing_ok=True)
    return made
