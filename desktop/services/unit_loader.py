"""Load Hai Phong's dated unit sets and the official old→new mappings from resources/units.

A unit that reappears in the next set with the same code, name, level and (continuing)
parent is one row whose validity is extended; anything else starts a new row. A code kept
across a change (renamed, moved to another district) gets an identity mapping, so records
of the old row regroup onto the new one.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import Unit, UnitMapping
from desktop.domain.text import name_key, normalize_tones, vi_sort_key
from desktop.paths import resources_dir

# Records go back to 2016; the oldest set we have is valid from March 2020. We use it for
# 2016 onwards too (the 2019–2020 mergers are not in the reference data).
EARLIEST = date(2016, 1, 1)
GENERATIONS: tuple[tuple[date, tuple[str, ...]], ...] = (
    (EARLIEST, ("units_2024.csv",)),
    (date(2025, 1, 1), ("units_2025_01.csv", "units_2025_01_hai_duong.csv")),
    (date(2025, 7, 1), ("units_2025_07.csv",)),
)
MAPPINGS: tuple[tuple[date, str], ...] = (
    (date(2025, 1, 1), "mapping_2025_01.csv"),
    (date(2025, 7, 1), "mapping_2025_07.csv"),
)
LEVEL_ORDER = {"city": 0, "province": 0, "district": 1, "commune": 2}


@dataclass
class _Row:
    code: str
    name: str
    level: str
    parent: _Row | None
    valid_from: date
    valid_to: date | None = None
    unit: Unit | None = field(default=None, repr=False)


def _read(path: Path) -> list[dict[str, str]]:
    """The rows of a unit list, names in the house spelling of tone marks ("Thủy", "Hòa"):
    the official lists mix both placements of the tone, the program prints one."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key, value in row.items():
            if key.endswith("name") and value:
                row[key] = normalize_tones(value)
    return rows


def load_units(session: Session, folder: Path | None = None) -> tuple[int, int]:
    """(Re)load every unit and mapping. Returns (units, mappings). Safe to call again only on
    a database whose records do not yet point at units (init does it once)."""
    folder = folder or resources_dir() / "units"
    if session.scalar(select(func.count()).select_from(Unit)):
        return (
            session.scalar(select(func.count()).select_from(Unit)) or 0,
            session.scalar(select(func.count()).select_from(UnitMapping)) or 0,
        )
    rows: list[_Row] = []
    current: dict[str, _Row] = {}
    identity: list[tuple[date, _Row, _Row]] = []
    for start, files in GENERATIONS:
        entries = [r for f in files for r in _read(folder / f)]
        entries.sort(key=lambda r: LEVEL_ORDER[r["level"]])
        nxt: dict[str, _Row] = {}
        for entry in entries:
            code = entry["code"].strip()
            parent = nxt.get(entry["parent_code"].strip()) if entry["parent_code"] else None
            prev = current.get(code)
            if (
                prev is not None
                and prev.name == entry["name"]
                and prev.level == entry["level"]
                and prev.parent is parent
            ):
                nxt[code] = prev
                continue
            row = _Row(code, entry["name"], entry["level"], parent, start)
            rows.append(row)
            nxt[code] = row
            if prev is not None:
                identity.append((start, prev, row))
        for code, prev in current.items():
            if nxt.get(code) is not prev:
                prev.valid_to = start - timedelta(days=1)
        current = nxt

    for row in rows:
        row.unit = Unit(
            code=row.code,
            name=row.name,
            name_key=name_key(row.name),
            sort_key=vi_sort_key(row.name),
            level=row.level,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
        )
    for row in rows:
        if row.parent is not None:
            row.unit.parent = row.parent.unit  # type: ignore[union-attr]
    session.add_all(r.unit for r in rows)  # type: ignore[misc]
    session.flush()

    def version(code: str, on: date) -> _Row | None:
        for r in rows:
            if r.code == code and r.valid_from <= on and (r.valid_to is None or on <= r.valid_to):
                return r
        return None

    mappings: list[UnitMapping] = []
    explicit: set[tuple[date, str]] = set()
    for effective, name in MAPPINGS:
        for position, entry in enumerate(_read(folder / name)):
            old = version(entry["old_code"].strip(), effective - timedelta(days=1))
            explicit.add((effective, entry["old_code"].strip()))
            new_code = entry["new_code"].strip()
            if old is None or not new_code:
                continue  # no confirmed destination yet: reports show it on its own row
            new = version(new_code, effective)
            if new is None:
                continue
            mappings.append(
                UnitMapping(
                    old_unit_id=old.unit.id,  # type: ignore[union-attr]
                    new_unit_id=new.unit.id,  # type: ignore[union-attr]
                    whole=entry["whole"].strip() == "1",
                    effective=effective,
                    position=position,
                )
            )
    for effective, prev, row in identity:
        if (effective, prev.code) in explicit:
            continue
        mappings.append(
            UnitMapping(
                old_unit_id=prev.unit.id,  # type: ignore[union-attr]
                new_unit_id=row.unit.id,  # type: ignore[union-attr]
                whole=True,
                effective=effective,
                position=-1,
            )
        )
    session.add_all(mappings)
    session.flush()
    return len(rows), len(mappings)
