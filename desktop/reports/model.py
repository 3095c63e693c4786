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

Value = int | float | dict[str, int | float] | None  # a breakdown: part label -> figure


@dataclass(frozen=True)
class IndicatorInfo:
    """A definition as the documents need it: labels, table section, how to print it."""

    key: str
    label_vi: str
    label_en: str
    group: str
    percent: bool
    target: float | str | None
    digest: str  # SHA-256 of the definition (indicator_defs.Definition.digest)
    parts: tuple[tuple[str, str], ...] = ()  # a breakdown's parts: (label_vi, label_en)
    breakdown: bool = False

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_vi


@dataclass(frozen=True)
class Column:
    """One printed column: an indicator, or one part of a breakdown (`part` = its Vietnamese
    label, the key of the breakdown's values)."""

    info: IndicatorInfo
    part: str | None = None
    part_en: str | None = None

    @property
    def key(self) -> str:
        return self.info.key

    def label(self, lang: str) -> str:
        base = self.info.label(lang)
        if self.part is None:
            return base
        return f"{base}: {self.part_en if lang == 'en' and self.part_en else self.part}"

    def value(self, row: ReportRow, window: str = "period") -> int | float | None:
        value = row.values[self.info.key][window]
        if self.part is None:
            return value if not isinstance(value, dict) else None
        return value.get(self.part) if isinstance(value, dict) else None


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
        if not isinstance(now, int | float) or not isinstance(before, int | float):
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
    #: the definitions used, in the table's order (every definition in force)
    indicators: list[IndicatorInfo] = field(default_factory=list)
    definitions_digest: str = ""  # one hash for the whole ordered set
    problems: list[str] = field(default_factory=list)  # definitions that could not be computed

    def all_rows(self) -> list[ReportRow]:
        return [*self.rows, self.total]

    def indicator(self, key: str) -> IndicatorInfo | None:
        return next((i for i in self.indicators if i.key == key), None)

    def columns(self) -> list[Column]:
        """The printed columns in order: one per indicator, one per part of a breakdown."""
        out: list[Column] = []
        for info in self.indicators:
            if info.breakdown:
                out.extend(Column(info, vi, en) for vi, en in info.parts)
            else:
                out.append(Column(info))
        return out

    def definitions_used(self) -> list[dict[str, str]]:
        """What a saved report records: each definition's key and hash."""
        return [{"key": i.key, "hash": i.digest} for i in self.indicators]
