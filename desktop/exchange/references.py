"""One resolver per reference kind of the exchange workbook (@class, @officer, @est).

A row of one sheet may refer to a record of another type (an attendance to its class and
officer, an inspection to its establishment). The referred type declares how
(desktop/domain/record_types: `referenced_as`); its resolver here does the four things that
need: load what may be referred to from the database, register the valid rows of the same
workbook (they are checked first: see workbook_format.CHECK_ORDER), resolve the cells of a
referring row to a record id, and write a reference back as cells when exporting.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import models as m
from desktop.domain.record_types import TYPES, Field, reference_of
from desktop.domain.text import name_key, parse_vi_date
from desktop.i18n import translate
from desktop.services.units import UnitDirectory, UnitInfo, UnitNotFound


def tr(text: str) -> str:
    return translate("ExchangeRows", text)


@dataclass(frozen=True)
class Unresolved:
    """A reference that names no record: the column, the value and why."""

    column: str
    value: object
    message: str


Resolved = str | Unresolved | None  # a record id; a problem; or nothing to say (yet)


def target_of(kind: str) -> str:
    """The record type referred to by reference kind `kind` (as declared)."""
    return next(k for k, t in TYPES.items() if t.referenced_as and t.referenced_as.kind == kind)


class Resolver(ABC):
    """What every reference kind does. `kind` names it; the type it refers to is declared."""

    kind = ""

    @property
    def target(self) -> str:
        return target_of(self.kind)

    @abstractmethod
    def load(self, session: Session, owner_id: int) -> None:
        """What rows of the owner's workbook may refer to, from the database."""

    @abstractmethod
    def register(self, rid: str, values: Mapping[str, object]) -> None:
        """A valid row of the target type in this workbook: later rows may refer to it."""

    @abstractmethod
    def resolve(self, cells: Mapping[str, object], when: object) -> Resolved:
        """The record id the reference columns' `cells` name (`when`: the row's date cell)."""

    @abstractmethod
    def load_export(self, session: Session) -> None:
        """What `export` needs, from the database."""

    @abstractmethod
    def export(self, column: str) -> Callable[[object], object]:
        """Record id -> the value of reference column `column` in an exported row."""


def _live(model: type) -> tuple:  # the table and its "not deleted" condition
    t = model.__table__  # type: ignore[attr-defined]
    return t, t.c.deleted_at.is_(None)


class ClassRef(Resolver):
    """@class: a training class by its record id (any office's class: a city class is attended
    by commune officers)."""

    kind = "@class"

    def __init__(self) -> None:
        self.ids: set[str] = set()

    def load(self, session: Session, owner_id: int) -> None:
        t, live = _live(m.RECORD_MODELS[self.target])
        self.ids = set(session.scalars(select(t.c.id).where(live)))

    def register(self, rid: str, values: Mapping[str, object]) -> None:
        self.ids.add(rid)

    def load_export(self, session: Session) -> None:
        return  # a class is written as its record id: nothing to look up

    def resolve(self, cells: Mapping[str, object], when: object) -> Resolved:
        given = cells.get("@class")
        if given is None:
            return None
        cid = str(given).strip()
        if cid in self.ids:
            return cid
        return Unresolved("@class", given, tr(
            "No training class has the id “{value}” (neither here nor in this workbook).")
            .format(value=given))

    def export(self, column: str) -> Callable[[object], object]:
        return _same


class OfficerRef(Resolver):
    """@officer: an officer of the sending office by the officer code."""

    kind = "@officer"

    def __init__(self) -> None:
        self.by_code: dict[str, str] = {}
        self.codes: dict[str, str] = {}  # export: id -> code

    def load(self, session: Session, owner_id: int) -> None:
        t, live = _live(m.RECORD_MODELS[self.target])
        for rid, code in session.execute(select(t.c.id, t.c.officer_code).where(
                live, t.c.owner_id == owner_id)):
            self.by_code[code] = rid

    def register(self, rid: str, values: Mapping[str, object]) -> None:
        self.by_code[str(values["officer_code"])] = rid

    def resolve(self, cells: Mapping[str, object], when: object) -> Resolved:
        given = cells.get("@officer")
        if given is None:
            return None
        oid = self.by_code.get(str(given).strip())
        if oid:
            return oid
        return Unresolved("@officer", given, tr(
            "No officer has the code “{value}” (neither here nor in this workbook).")
            .format(value=given))

    def load_export(self, session: Session) -> None:
        t = m.RECORD_MODELS[self.target].__table__  # type: ignore[attr-defined]
        self.codes = dict(session.execute(select(t.c.id, t.c.officer_code)).all())

    def export(self, column: str) -> Callable[[object], object]:
        return self.codes.get  # type: ignore[return-value]


class EstablishmentRef(Resolver):
    """@est: an establishment by its record id or code (Mã cơ sở), or by its name and
    commune (Tên cơ sở + Xã/phường or Mã xã/phường) resolved on the row's date."""

    kind = "@est"

    def __init__(self, units: UnitDirectory, owner: UnitInfo | None = None) -> None:
        self.units = units
        self.owner = owner
        self.ids: set[str] = set()
        self.by_code: dict[str, str] = {}
        self.by_name: dict[tuple[str, int], list[str]] = {}
        self.rows: dict[str, tuple[str, int]] = {}  # export: id -> (name, unit id)

    def _add(self, rid: str, code: str, name: str, unit_id: int) -> None:
        self.ids.add(rid)
        if code:
            self.by_code.setdefault(code, rid)
        ids = self.by_name.setdefault((name_key(name), unit_id), [])
        if rid not in ids:
            ids.append(rid)

    def load(self, session: Session, owner_id: int) -> None:
        t, live = _live(m.RECORD_MODELS[self.target])
        for rid, code, name, unit_id, owner in session.execute(select(
                t.c.id, t.c.est_code, t.c.name, t.c.unit_id, t.c.owner_id).where(live)):
            self.ids.add(rid)  # any office's establishment by its record id
            if owner == owner_id:
                self._add(rid, code, name, unit_id)

    def register(self, rid: str, values: Mapping[str, object]) -> None:
        self._add(rid, str(values["est_code"]), str(values["name"]), int(values["unit_id"]))  # type: ignore[call-overload]

    def resolve(self, cells: Mapping[str, object], when: object) -> Resolved:
        ref, name = cells.get("@est_ref"), cells.get("@est_name")
        unit_text = cells.get("@est_unit_code") or cells.get("@est_unit")
        if ref is not None:
            text = str(ref).strip()
            rid = text if text in self.ids else self.by_code.get(text)
            if rid:
                return rid
            if name is None:
                return Unresolved("@est_ref", ref, tr(
                    "No establishment has the code “{value}” (neither here nor in this "
                    "workbook).").format(value=ref))
        if name is None or unit_text is None:
            return Unresolved("@est_name", name, tr(
                "Give the establishment: its code (Mã cơ sở), or its name (Tên cơ sở) and "
                "commune (Xã/phường)."))
        try:
            d = when if isinstance(when, date) else parse_vi_date(when)
        except (ValueError, TypeError):
            return None  # the date's own error says so
        try:
            unit = self.units.resolve(unit_text, d, within=self.owner)
        except UnitNotFound as exc:
            return Unresolved("@est_unit", unit_text, exc.message)
        ids = self.by_name.get((name_key(str(name)), unit.id), [])
        if len(ids) == 1:
            return ids[0]
        if not ids:
            return Unresolved("@est_name", name, tr(
                "No establishment named “{name}” in {unit} (add it to the Cơ sở sheet).")
                .format(name=name, unit=unit.name))
        return Unresolved("@est_name", name, tr(
            "Several establishments are named “{name}” in {unit}; give the Mã cơ sở.")
            .format(name=name, unit=unit.name))

    def load_export(self, session: Session) -> None:
        t = m.RECORD_MODELS[self.target].__table__  # type: ignore[attr-defined]
        self.rows = {r.id: (r.name, r.unit_id) for r in session.execute(
            select(t.c.id, t.c.name, t.c.unit_id))}

    def export(self, column: str) -> Callable[[object], object]:
        rows, units = self.rows, self.units

        def unit(v: object) -> UnitInfo | None:
            uid = rows.get(v, (None, None))[1]  # type: ignore[call-overload]
            return units.by_id.get(uid) if uid else None

        return {
            "@est_ref": _same,
            "@est_name": lambda v: rows.get(v, (None, None))[0],  # type: ignore[call-overload]
            "@est_unit": lambda v: (u.name if (u := unit(v)) else None),
            "@est_unit_code": lambda v: (u.code if (u := unit(v)) else None),
        }[column]


def _same(v: object) -> object:
    return v


def _resolvers(units: UnitDirectory, owner: UnitInfo | None) -> dict[str, Resolver]:
    return {r.kind: r for r in (ClassRef(), OfficerRef(), EstablishmentRef(units, owner))}


class References:
    """The resolvers of one import (or export), by reference kind."""

    def __init__(self, units: UnitDirectory, owner: UnitInfo | None = None) -> None:
        self.by_kind = _resolvers(units, owner)

    @classmethod
    def for_import(cls, session: Session, units: UnitDirectory, owner: UnitInfo) -> References:
        refs = cls(units, owner)
        for r in refs.by_kind.values():
            r.load(session, owner.id)
        return refs

    @classmethod
    def for_export(cls, session: Session, units: UnitDirectory) -> References:
        refs = cls(units)
        for r in refs.by_kind.values():
            r.load_export(session)
        return refs

    def of(self, f: Field) -> Resolver:
        """The resolver of a reference field."""
        return self.by_kind[reference_of(f).kind]

    def register(self, key: str, rows: Iterable[tuple[str, Mapping[str, object]]]) -> None:
        """The valid rows (id, clean values) of record type `key` read from the workbook."""
        targets = [r for r in self.by_kind.values() if r.target == key]
        if not targets:
            return
        for rid, values in rows:
            for r in targets:
                r.register(rid, values)


def declared_kinds() -> set[str]:
    """Every reference kind the record types declare (each needs a resolver)."""
    return {t.referenced_as.kind for t in TYPES.values() if t.referenced_as is not None}
