"""Hand-built records for the report tests (direct model inserts into the `db` fixture)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.db import models as m
from desktop.db.database import Database
from desktop.services.units import UnitDirectory, UnitInfo

NOW = datetime(2026, 1, 5, 8, 0, 0)


def unit(units: UnitDirectory, code: str, on: date) -> UnitInfo:
    found = units.code_on(code, on)
    assert found is not None, (code, on)
    return found


def add(db: Database, model: type, **values: object) -> str:
    values.setdefault("created_at", NOW)
    values.setdefault("updated_at", NOW)
    with db.session() as s:
        obj = model(**values)
        s.add(obj)
        s.flush()
        return obj.id  # type: ignore[attr-defined]


def outreach(db: Database, d: date, unit_id: int, owner_id: int, participants: int,
             women: int = 0, documents: int = 0, leaflets: int = 0) -> str:
    return add(db, m.OutreachSession, date=d, unit_id=unit_id, owner_id=owner_id, form="hoi_nghi",
               participants=participants, women=women, documents=documents, leaflets=leaflets)
