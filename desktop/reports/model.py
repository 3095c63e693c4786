"""What a report holds: rows of indicator values for three windows, targets and notes (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.periods import Period
from desktop.services.units import UnitInfo

#: the three figures of every indicator (JSON keys of docs/cli.md)
WINDOWS: tuple[str, ...] = ("period", "ytd", "last_year")

OWN = "own"  # records that belong to the chosen unit itself (no commune, or none below it)
UNKNOWN = "unknown"  # records of units closed with no known successor

Value = int | float | None


@dataclass(frozen=True)
class Window:
    key: str
    start: date
    end: date

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end


@dataclass
class ReportRow:
    """One line of the table. `key` is the unit id as text, OWN, UNKNOWN or "total"."""

    key: str
    code: str
    name: str
    kind: str  # unit | own | unknown | total
    values: dict[str, dict[str, Value]] = field(default_factory=dict)
    targets: dict[str, float] = field(default_factory=dict)  # for the period window
    below_target: set[str] = field(default_factory=set)
    unreached: dict[str, list[str]] = field(default_factory=dict)  # coverage key -> names
    reported: bool | None = None  # an exchange workbook was imported for the period

    def value(self, key: str, window: str = "period") -> Value:
        return self.values[key][window]

    def change_pct(self, key: str) -> float | None:
        """Change of this period against the same period last year, in percent."""
        from desktop.reports.numbers import percent

        now, before = self.values[key]["period"], self.values[key]["last_year"]
        if now is None or before is None:
            return None
        return percent(now - before, before)


@dataclass
class Report:
    kind: str
    period: Period
    windows: dict[str, Window]
    unit: UnitInfo
    rows: list[ReportRow]
    total: ReportRow
    approx_units: list[str] = field(default_factory=list)  # split units regrouped roughly
    unknown_units: list[str] = field(default_factory=list)  # closed units, no destination
    final: bool = False
    has_exchange: bool = False  # imports exist: show the "reported" column
    trend: dict[str, list[tuple[date, int]]] = field(default_factory=dict)

    def all_rows(self) -> list[ReportRow]:
        return [*self.rows, self.total]
