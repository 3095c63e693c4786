"""First set-up of a database: units, catalogues, the home unit."""

from __future__ import annotations

from datetime import date

from desktop.db.database import Database
from desktop.errors import InputError
from desktop.i18n import translate
from desktop.services import catalogue, settings
from desktop.services.context import AppContext
from desktop.services.unit_loader import load_units
from desktop.services.units import UnitDirectory, UnitInfo


def open_prepared(db: str | None) -> Database:
    """The database named by --db / PCMD_DB / the default, created if needed, upgraded and
    with its reference data (the window opens it so: the UI imports nothing from db)."""
    from desktop.db.database import open_database

    database = open_database(db, create=True)
    prepare(database)
    return database


def prepare(db: Database | AppContext) -> tuple[int, int]:
    """Load units and built-in catalogue values if missing (idempotent; no user acts: these
    are the program's own reference data, see catalogue.seed). Returns (units, mappings)."""
    database = db.db if isinstance(db, AppContext) else db
    with database.session() as session:
        counts = load_units(session)
        catalogue.seed(session)
    return counts


def choose_home_unit(db: Database | AppContext, code: str,
                     today: date | None = None) -> UnitInfo:
    """Set the home unit: the unit with this code valid today, else its latest version.
    Once users exist, only an administrator may (through the change policy)."""
    ctx = db if isinstance(db, AppContext) else AppContext(db)
    with ctx.db.read_session() as session:
        directory = UnitDirectory.load(session)
    unit = directory.current_or_latest(code.strip(), today or date.today())
    if unit is None or unit.level not in ("city", "district", "commune"):
        raise InputError(
            translate("setup", "No Hai Phong unit has code {code}.").format(code=code)
        )
    settings.put(ctx, {settings.HOME_UNIT: str(unit.id)})
    return unit
