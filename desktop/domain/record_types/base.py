"""The parts a record type is declared from (no Qt, no database).

A record type says once what its records hold and how they behave: its fields (kind, limits,
catalogue, personal data, exchange header, synonyms and width), how it is dated (which month
locks a record), the references other types make to it, its rules across fields, its search
fields, unique key, list columns and tab. Forms, lists, validation, the change policy, the
exchange workbook (sheets, template, export, import) and `pcmd check` all read it.

Labels are English source text marked for translation: field labels with context "fields",
record-type labels with "records", rule messages with "validation".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop.domain.text import fold

COMMUNE: tuple[str, ...] = ("commune",)
ANY_LEVEL: tuple[str, ...] = ("commune", "district", "city")

#: the kinds of field value; the form's editor, the list's display and the validation follow
FIELD_KINDS = frozenset({"date", "month", "int", "money", "float", "text", "bool", "unit",
                         "catalogue", "multi", "ref", "indicator", "year"})
#: the ways a record is dated (see Dating)
DATING_MODES = frozenset({"dated", "parent", "register", "yearly"})
#: the kinds of rule across fields (see Rule)
RULE_CHECKS = frozenset({"at_most", "not_before", "needs_flag"})


@dataclass(frozen=True)
class Field:
    """One field of a record type and its column in the exchange workbook."""

    name: str  # the attribute of the database model
    label: str  # English; context "fields"
    kind: str  # one of FIELD_KINDS
    header: str  # the exchange workbook's column header (Vietnamese, canonical)
    synonyms: tuple[str, ...] = ()  # other headers the importer accepts
    width: int = 14  # column width in the workbook
    required: bool = False
    catalogue: str | None = None  # catalogue kind of "catalogue" and "multi" fields
    ref: str | None = None  # "ref" fields: the record type referred to
    max: int | None = None  # the largest number allowed (numbers are never negative)
    personal: bool = False  # personal data: may be left out of an exported workbook
    default: object = None  # the value of an empty optional field
    levels: tuple[str, ...] = COMMUNE  # "unit" fields: the unit levels that may be chosen


@dataclass(frozen=True)
class Dating:
    """How a record is placed in time, and so which month locks it.

    dated:    by its own date or month field (`field`); the month of that date locks it.
    parent:   by the date of the record its reference `field` points to (attendance: its
              class); that record's month locks it.
    register: valid from `field` to `until` (establishments, officers, hotspots, models);
              never locked by a month.
    yearly:   a year's figure (`field` holds the year: plans); never locked by a month.
    """

    mode: str
    field: str
    until: str | None = None


def dated(field: str) -> Dating:
    return Dating("dated", field)


def by_parent(ref_field: str) -> Dating:
    return Dating("parent", ref_field)


def register(valid_from: str, valid_to: str | None = None) -> Dating:
    return Dating("register", valid_from, valid_to)


def yearly(field: str) -> Dating:
    return Dating("yearly", field)


@dataclass(frozen=True)
class Rule:
    """A rule across fields, checked after each field is valid on its own.

    at_most:    `field` ≤ `other` (women ≤ participants); message with {value} and {total}.
    not_before: `field` ≥ `other` (end date ≥ start date).
    needs_flag: when any of `when` is set, `other` must be true (a fine needs a violation).
    The error is shown on `field`; `message` is English, context "validation".
    """

    check: str
    field: str
    other: str
    message: str
    when: tuple[str, ...] = ()

    def broken(self, values: Mapping[str, object]) -> bool:
        a, b = values.get(self.field), values.get(self.other)
        if self.check == "at_most":
            return _number(a) and _number(b) and a > b  # type: ignore[operator]
        if self.check == "not_before":
            return isinstance(a, date) and isinstance(b, date) and a < b
        if self.check == "needs_flag":
            return b is False and any(values.get(n) for n in self.when)
        raise AssertionError(self.check)


def _number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def at_most(field: str, other: str, message: str) -> Rule:
    return Rule("at_most", field, other, message)


def not_before(field: str, other: str, message: str) -> Rule:
    return Rule("not_before", field, other, message)


def needs_flag(field: str, flag: str, when: tuple[str, ...], message: str) -> Rule:
    return Rule("needs_flag", field, flag, message, when)


@dataclass(frozen=True)
class RefColumn:
    """A workbook column through which a row refers to a record of another type."""

    name: str  # "@class", "@officer", "@est_ref", …: the special column names of the workbook
    header: str
    synonyms: tuple[str, ...] = ()
    width: int = 14
    required: bool = False
    kind: str = "code"  # code (an id or code: numbers typed are text) | name | unit (a commune)


@dataclass(frozen=True)
class Reference:
    """How rows of other types refer to a record of this type in a workbook.

    kind: the reference kind ("@class", "@officer", "@est"): one resolver each in
    desktop/exchange/references.py; by: the field that identifies the record in a typed
    workbook (None: the record id only); columns: the workbook columns, the first one
    carrying the id or `by`."""

    kind: str
    columns: tuple[RefColumn, ...]
    by: str | None = None


@dataclass(frozen=True)
class RecordType:
    key: str  # stable key: audit entries, exchange sheet keys, RECORD_MODELS
    label: str  # English; context "records"
    sheet: str  # the exchange sheet (Vietnamese, canonical)
    fields: tuple[Field, ...]
    dating: Dating
    sheet_synonyms: tuple[str, ...] = ()
    search_fields: tuple[str, ...] = ()  # the text a list search finds (and the commune)
    unique: tuple[str, ...] = ()  # one record per owner with these values
    not_future: bool = True  # the date of a "dated" record (or a register's start) ≤ today
    list_columns: tuple[str, ...] = ()  # the columns of its list, in order
    tab: str | None = None  # the main window tab that lists it (None: none)
    rules: tuple[Rule, ...] = ()
    title_fields: tuple[str, ...] = ()  # how a record is named where another refers to it
    referenced_as: Reference | None = None  # how other sheets refer to its records
    volume: float = 0.01  # typical share of all records (check order, demo data)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def has_field(self, name: str) -> bool:
        return any(f.name == name for f in self.fields)

    @property
    def unit_field(self) -> str | None:
        """The commune (or unit) the record is about, if it has one."""
        return next((f.name for f in self.fields if f.kind == "unit"), None)

    @property
    def date_field(self) -> str | None:
        """The record's own date: of a dated record, or the start of a register's validity
        (units are resolved on it, lists are filtered and sorted by it)."""
        if self.dating.mode in ("dated", "register"):
            return self.dating.field
        return None

    @property
    def end_field(self) -> str | None:
        """A register's end of validity."""
        return self.dating.until if self.dating.mode == "register" else None

    @property
    def is_register(self) -> bool:
        return self.dating.mode == "register"

    @property
    def references(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.kind == "ref")

    @property
    def parent_field(self) -> Field | None:
        """The reference whose record dates this one (attendance -> its class)."""
        return self.field(self.dating.field) if self.dating.mode == "parent" else None


def month_of(d: object) -> date | None:
    """The first day of the month of a date (None when there is no date)."""
    if isinstance(d, date):
        return date(d.year, d.month, 1)
    return None


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(text: object) -> str:
    """"Số tờ gấp, tờ rơi *" -> "sotogaptoroi": how sheet names and headers are matched
    (accents, case, spacing and punctuation ignored)."""
    return _NON_ALNUM.sub("", fold(str(text or "")).replace("đ", "d"))
