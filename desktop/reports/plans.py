"""Plan figures (Kế hoạch: year, Chỉ tiêu, value, commune or the whole owner) for a report:
the values of `plan` definitions and the targets of the others.

A plan of the report's unit itself belongs to the total; other plans belong to the row they
regroup to. A count's plan is a year's figure, prorated by the months of a window; a
percentage's (and a head count's, `prorate = false`) is the figure of the window's last year.
Several plans of one scope add up, except percentages, of which the highest counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from desktop.reports.model import Window
from desktop.reports.rows import RowMapper
from desktop.services.units import UnitInfo

TOTAL = "total"
Combine = Callable[[list[float]], float]


class Plans:
    def __init__(self, mapper: RowMapper, root: UnitInfo,
                 rows: list[tuple[int, str, float, int | None, int]]) -> None:
        #: scope (row key or TOTAL) -> plan key -> year -> values
        self.annual: dict[str, dict[str, dict[int, list[float]]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(list)))
        seen: set[tuple] = set()
        for year, key, value, unit_id, owner_id in rows:
            ident = (year, key, unit_id, owner_id)
            if ident in seen:
                continue  # the latest entry wins
            seen.add(ident)
            belongs = unit_id if unit_id is not None else owner_id
            scope = TOTAL if belongs == root.id else mapper.row_for(unit_id, owner_id)
            if scope is not None:
                self.annual[scope][key][year].append(value)

    def keys(self) -> set[str]:
        return {k for per in self.annual.values() for k in per}

    @staticmethod
    def _window(per_year: dict[int, float], w: Window, prorate: bool) -> float | None:
        if not prorate:
            return per_year.get(w.end.year)
        total, found = 0.0, False
        for year in range(w.start.year, w.end.year + 1):
            if year in per_year:
                found = True
                first = w.start.month if year == w.start.year else 1
                last = w.end.month if year == w.end.year else 12
                total += per_year[year] * (last - first + 1) / 12
        return total if found else None

    def _years(self, scope: str, key: str, combine: Combine) -> dict[int, float]:
        return {y: combine(v) for y, v in self.annual.get(scope, {}).get(key, {}).items()}

    def _total_years(self, key: str, combine: Combine) -> dict[int, float]:
        own = self._years(TOTAL, key, combine)
        if own:
            return own
        merged: dict[int, list[float]] = defaultdict(list)
        for scope in self.annual:
            if scope != TOTAL:
                for year, value in self._years(scope, key, combine).items():
                    merged[year].append(value)
        return {y: combine(v) for y, v in merged.items()}

    def figure(self, scope: str, key: str, windows: dict[str, Window], *, prorate: bool,
               highest: bool = False) -> dict[str, float | None]:
        """The plan figure of `key` for a row (or TOTAL) in each window; None: no plan."""
        combine: Combine = max if highest else sum
        per_year = self._total_years(key, combine) if scope == TOTAL else \
            self._years(scope, key, combine)
        return {name: self._window(per_year, w, prorate) for name, w in windows.items()}
