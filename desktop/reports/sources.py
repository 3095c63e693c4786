"""What an indicator definition reads: the record types as tables.

A definition names a sheet and its columns as the exchange workbook does ("Tuyên truyền",
"Số người tham dự"); this module resolves them, through the record type declarations
(desktop.domain.record_types), to the table, its columns, the date that places a record in a
window (or, for registers, the dates it is active between) and the column that says which
commune a record belongs to (its own, or that of the record it refers to: an inspection's
establishment).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import ColumnElement, true

from desktop.db import models as m
from desktop.db.database import Database
from desktop.domain.indicator_defs import ColumnInfo, SheetInfo
from desktop.domain.record_types import TYPES, RecordType
from desktop.domain.record_types.base import header_key
from desktop.services.catalogue import Catalogues

UNIT = "@unit"  # the record's commune, whichever way the table holds it


@dataclass(frozen=True)
class SourceColumn:
    header: str
    attr: str  # model attribute, or UNIT
    kind: str
    catalogue: str | None = None
    synonyms: tuple[str, ...] = ()

    @property
    def info(self) -> ColumnInfo:
        return ColumnInfo(self.header, self.kind, self.catalogue)


@dataclass(frozen=True)
class Register:
    """A register's record is active from `start` to `end` (either may be empty); `flag`
    says it is still active when no end date is known."""

    start: str
    end: str | None
    flag: Callable[[type], ColumnElement[bool]] | None = None


@dataclass(frozen=True)
class Source:
    key: str
    name: str
    model: type
    columns: tuple[SourceColumn, ...]
    synonyms: tuple[str, ...] = ()
    date: str | None = None  # dated records: the attribute placing them in a window
    register: Register | None = None
    unit_attr: str | None = None  # the record's commune
    via: tuple[str, str] | None = None  # (reference attribute, source key): commune from there
    _index: dict[str, SourceColumn] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for c in self.columns:
            self._index.setdefault(header_key(c.header), c)
        for c in self.columns:
            for s in c.synonyms:
                self._index.setdefault(header_key(s), c)

    def column(self, name: str) -> SourceColumn | None:
        return self._index.get(header_key(name))

    def column_by_attr(self, attr: str) -> SourceColumn | None:
        return next((c for c in self.columns if c.attr == attr), None)

    @property
    def key_attr(self) -> str | None:
        """What the report's first query groups by besides the owner."""
        return self.via[0] if self.via else self.unit_attr

    @property
    def info(self) -> SheetInfo:
        return SheetInfo(self.key, self.name, self.register is not None,
                         tuple(c.info for c in self.columns))


#: registers whose records carry a flag saying they are still active when no end date is
#: known (an officer in service, an establishment not closed)
ACTIVE_FLAGS: dict[str, Callable[[type], ColumnElement[bool]]] = {
    "officers": lambda t: t.active.is_(True),
    "establishments": lambda t: t.status != "dong_cua",
}
def _from_type(t: RecordType) -> Source:
    cols: list[SourceColumn] = []
    via: tuple[str, str] | None = None
    for f in t.fields:
        if f.kind == "unit":
            cols.append(SourceColumn(f.header, UNIT, "unit", None, f.synonyms))
            continue
        cols.append(SourceColumn(f.header, f.name, f.kind, f.catalogue, f.synonyms))
        target = TYPES.get(f.ref or "")
        if f.kind == "ref" and via is None and t.unit_field is None and target is not None \
                and target.unit_field is not None:
            via = (f.name, target.key)  # the commune of the record referred to
            unit = target.field(target.unit_field)
            cols.append(SourceColumn(unit.header, UNIT, "unit", None, unit.synonyms))
    register = None
    if t.is_register:
        register = Register(t.dating.field, t.dating.until, ACTIVE_FLAGS.get(t.key))
    return Source(t.key, t.sheet, m.RECORD_MODELS[t.key], tuple(cols), t.sheet_synonyms,
                  date=t.dating.field if t.dating.mode == "dated" else None, register=register,
                  unit_attr=t.unit_field, via=via)


@cache
def sources() -> dict[str, Source]:
    """Every record type that has dates (not the yearly plans, nor attendance, dated by its
    class), by key."""
    return {t.key: _from_type(t) for t in TYPES.values()
            if t.dating.mode in ("dated", "register") and t.key in m.RECORD_MODELS}


def source_for(name: str) -> Source | None:
    wanted = header_key(name)
    for s in sources().values():
        if wanted in (header_key(n) for n in (s.name, *s.synonyms)):
            return s
    return None


def active_flag(src: Source) -> ColumnElement[bool]:
    assert src.register is not None
    return src.register.flag(src.model) if src.register.flag else true()


class SourceSchema:
    """The record types and catalogues as indicator_defs.check sees them."""

    def __init__(self, catalogues: Catalogues) -> None:
        self.catalogues = catalogues

    def sheet(self, name: str) -> SheetInfo | None:
        src = source_for(name)
        return src.info if src is not None else None

    def column(self, sheet: SheetInfo, name: str) -> ColumnInfo | None:
        c = sources()[sheet.key].column(name)
        return c.info if c is not None else None

    def code(self, catalogue: str, label: object) -> str | None:
        """The stored code of a catalogue label (accents, case and spacing ignored)."""
        found = self.catalogues.match(catalogue, label)
        return found.code if found is not None else None

    def values(self, catalogue: str) -> list[str]:
        """The Vietnamese labels of a catalogue's values in use (what definitions name)."""
        return [v.label_vi for v in self.catalogues.of(catalogue)]

    def has_value(self, catalogue: str, label: str) -> bool:
        return self.code(catalogue, label) is not None

    def allowed_values(self, catalogue: str) -> str:
        """The Vietnamese labels (what a definition is written with), "; " between them:
        labels hold commas."""
        return "; ".join(self.values(catalogue))


def schema_for(db: Database) -> SourceSchema:
    """The schema definitions are checked against, with the database's catalogues."""
    from desktop.services import catalogue

    return SourceSchema(catalogue.load(db))
