"""Which row of a report a record counts in: regrouping units closed since onto the units
valid on the period's last day (UnitDirectory.regroup, then row_unit)."""

from __future__ import annotations

from datetime import date

from desktop.reports.model import OWN, UNKNOWN
from desktop.services.units import UnitDirectory, UnitInfo

_EVER = (date(1900, 1, 1), date(2999, 12, 31))


class RowMapper:
    """Rows are the units directly under `root` on `end` (or, when `root` no longer exists on
    that day, the communes that took over its area: UnitDirectory.scope). A commune-level
    root with nothing under it is its own single row."""

    def __init__(self, units: UnitDirectory, root: UnitInfo, end: date) -> None:
        self.units, self.root, self.end = units, root, end
        self.root_valid = root.valid_on(end)
        if self.root_valid:
            self.row_units = units.children(root, end) or [root]
        else:
            self.row_units = units.scope(root, end)
        self.row_keys = {str(u.id) for u in self.row_units}
        self.own_key = str(root.id) if self.row_units == [root] else OWN
        self.members = {root.id} | {u.id for u in units.descendants(root, *_EVER)}
        self.approx: set[int] = set()  # split units counted under one receiving unit
        self.unknown: set[int] = set()  # closed units with no known destination
        self._cache: dict[int, str | None] = {}

    def row_for(self, unit_id: int | None, owner_id: int | None) -> str | None:
        """Row key of a record: its commune when set, else its owner. A record owned within
        the root whose commune lies elsewhere counts on the root's own row. None: the record
        is not part of this report."""
        if unit_id is not None:
            row = self.row_of_unit(unit_id)
            if row is not None:
                return row
            return self.own_key if owner_id in self.members else None
        if owner_id is None:
            return None
        return self.row_of_unit(owner_id)

    def row_of_unit(self, unit_id: int) -> str | None:
        if unit_id not in self._cache:
            self._cache[unit_id] = self._row_of_unit(unit_id)
        return self._cache[unit_id]

    def _row_of_unit(self, unit_id: int) -> str | None:
        u = self.units.by_id.get(unit_id)
        if u is None:
            return None
        if unit_id == self.root.id:
            return self.own_key
        under = unit_id in self.members
        dest, exact = self.units.regroup(u, self.end)
        if dest is None:
            if under:
                self.unknown.add(unit_id)
                return UNKNOWN
            return None
        if dest.id == self.root.id:
            return self._mark(unit_id, exact, self.own_key)
        if self.root_valid:
            row = self.units.row_unit(dest, self.root, self.end)
            if row is not None and str(row.id) in self.row_keys:
                return self._mark(unit_id, exact, str(row.id))
            if row is not None and row.id == self.root.id:
                return self._mark(unit_id, exact, self.own_key)
            return self.own_key if under else None
        if str(dest.id) in self.row_keys and (under or dest.id == unit_id):
            return self._mark(unit_id, exact, str(dest.id))
        return self.own_key if under else None

    def _mark(self, unit_id: int, exact: bool, key: str) -> str:
        if not exact:
            self.approx.add(unit_id)
        return key
