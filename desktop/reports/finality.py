"""Draft or final: a report whose every month is locked prints as final."""

from __future__ import annotations

from desktop.db.database import Database
from desktop.domain.periods import Period
from desktop.services import locks
from desktop.services.units import UnitInfo


def is_final(db: Database, unit: UnitInfo, period: Period) -> bool:
    """True when every month of the period is locked for `unit`."""
    with db.read_session() as session:
        return all(locks.is_locked(session, unit.id, month) for month in period.months())
