"""Prepared SQLite databases for the tests, made once per test run and copied.

Creating a database runs every migration and loads the units and catalogues (about a second,
several on a busy machine); a test that only needs "an initialised database with home unit U"
gets a byte copy of one made the same way, which is the same database under another name.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import date
from pathlib import Path

from desktop.db.database import Database, open_database
from desktop.services import setup

_TEMPLATES: dict[str, Path] = {}
HOME_CHOSEN_ON = date(2024, 6, 1)


def prepare(database: Database, unit: str = "308") -> Database:
    """Units and catalogues loaded, home unit `unit` chosen on HOME_CHOSEN_ON: the one way the
    tests' databases (and the templates they are copied from) are made."""
    setup.prepare(database)
    setup.choose_home_unit(database, unit, today=HOME_CHOSEN_ON)
    return database


def _template(unit: str) -> Path:
    made = _TEMPLATES.get(unit)
    if made is not None and made.exists():
        return made
    folder = Path(tempfile.mkdtemp(prefix="pcmd-test-template-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / f"home-{unit}.sqlite"
    database = open_database(str(path), create=True)
    try:
        prepare(database, unit)
    finally:
        database.close()
    _TEMPLATES[unit] = path
    return path


def prepared_sqlite(path: Path, unit: str = "308") -> Database:
    """A database at `path` initialised with Hai Phong's units and catalogues and the home
    unit `unit`, as `prepare` leaves it.
    A database already at `path` is kept, and prepared the same way (no copy over it)."""
    if path.exists():
        return prepare(open_database(str(path), create=True), unit)
    shutil.copyfile(_template(unit), path)
    return open_database(str(path))
