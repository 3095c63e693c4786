"""The SQL side of a report: one scan per table and grouping over the union of the report's
windows, each figure summed per window with CASE expressions (portable SQL for SQLite and
PostgreSQL). Rows come back grouped by the record's commune (or what gives it) and owner;
the few thousand keys are regrouped onto the report's rows in Python by the engine."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Float,
    Numeric,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from desktop.db import models as m
from desktop.reports.model import Window
from desktop.reports.sources import Source, active_flag

Condition = Callable[[Window], ColumnElement[bool] | None]


@dataclass(frozen=True)
class Measure:
    """One figure of a table: `count` of records or `sum` of `attr`, where `cond` holds.
    `sig` identifies equal measures so that each is computed once."""

    kind: str  # count | sum
    attr: str | None
    cond: Condition
    sig: tuple


@dataclass(slots=True)
class Group:
    """A result row: the grouping key (commune or reference), the owner, the extra grouping
    value (or None), and values[measure][window index] (windows in the order given)."""

    key: object
    owner_id: int
    extra: object
    values: list[tuple[int | float, ...]]


def bounds(windows: Sequence[Window]) -> tuple[date, date]:
    return min(w.start for w in windows), max(w.end for w in windows)


def in_window(src: Source, date_attr: str | None, w: Window) -> ColumnElement[bool]:
    """Dated records: their date in the window. Registers: active at some time of it (a
    record marked inactive with no end date is left out: nobody knows since when)."""
    t = src.model
    if date_attr is not None:
        col = getattr(t, date_attr)
        return and_(col >= w.start, col <= w.end)
    assert src.register is not None
    start = getattr(t, src.register.start)
    conds = [or_(start.is_(None), start <= w.end)]
    if src.register.end is not None:
        end = getattr(t, src.register.end)
        conds.append(or_(end.is_(None), end >= w.start))
        if src.register.flag is not None:
            conds.append(or_(active_flag(src), end.is_not(None)))
    elif src.register.flag is not None:
        conds.append(active_flag(src))
    return and_(*conds)


def _prefilter(src: Source, date_attr: str | None, lo: date, hi: date) -> ColumnElement[bool]:
    t = src.model
    if date_attr is not None:
        col = getattr(t, date_attr)
        return and_(col >= lo, col <= hi)
    assert src.register is not None
    start = getattr(t, src.register.start)
    cond = or_(start.is_(None), start <= hi)
    if src.register.end is not None:
        end = getattr(t, src.register.end)
        cond = and_(cond, or_(end.is_(None), end >= lo))
    return cond


def grouped(session: Session, src: Source, windows: Sequence[Window], date_attr: str | None,
            measures: Sequence[Measure], extra: str | None = None,
            joins: Sequence[tuple[Subquery, ColumnElement[bool]]] = ()) -> list[Group]:
    """Windowed figures of one table grouped by (commune or reference, owner[, extra]);
    `joins` are outer-joined (at most one row each per record) for the measures' conditions."""
    t = src.model
    lo, hi = bounds(windows)
    # windows with the same dates (a year's period and its "since 1 January") are summed once
    unique: list[Window] = []
    slot: list[int] = []
    for w in windows:
        same = next((i for i, u in enumerate(unique) if (u.start, u.end) == (w.start, w.end)),
                    None)
        if same is None:
            unique.append(w)
            same = len(unique) - 1
        slot.append(same)
    cols = []
    for ms in measures:
        value: ColumnElement = literal(1)
        if ms.kind == "sum":
            value = func.coalesce(getattr(t, ms.attr), 0)
        for w in unique:
            cond = in_window(src, date_attr, w)
            more = ms.cond(w)
            if more is not None:
                cond = and_(cond, more)
            total = func.sum(case((cond, value), else_=0))
            # whole numbers stay integers (PostgreSQL sums BIGINT as NUMERIC)
            cols.append(total if _is_float(t, ms.attr) else cast(total, BigInteger))
    key_col = getattr(t, src.key_attr) if src.key_attr else None
    extra_col = getattr(t, extra) if extra else None
    group_cols = [c for c in (key_col, t.owner_id, extra_col) if c is not None]
    stmt = select(*group_cols, *cols)
    if joins:
        joined = t.__table__
        for sub, on in joins:
            joined = joined.outerjoin(sub, on)
        stmt = stmt.select_from(joined)
    stmt = (stmt.where(t.deleted_at.is_(None), _prefilter(src, date_attr, lo, hi))
            .group_by(*group_cols))
    n, first, count = len(unique), len(group_cols), len(measures)
    picks = [itemgetter(*[first + i * n + k for k in slot]) if len(slot) > 1 else
             (lambda row, j=first + i * n + slot[0]: (row[j],)) for i in range(count)]
    has_key, has_extra = key_col is not None, extra_col is not None
    out = []
    # Core rows, not the ORM's: a table's results are plain figures
    for row in session.connection().execute(stmt):
        values = [pick(row) for pick in picks]
        out.append(Group(row[0] if has_key else None, row[1] if has_key else row[0],
                         row[first - 1] if has_extra else None, values))
    return out


def _is_float(model: type, attr: str | None) -> bool:
    return attr is not None and isinstance(getattr(model, attr).type, Float | Numeric)


# ---- conditions of `where` ------------------------------------------------------------------
def equals(col: ColumnElement, values: Sequence[object]) -> ColumnElement[bool]:
    return col.in_(list(values)) if values else false()


def carries(col: ColumnElement, codes: Sequence[str]) -> ColumnElement[bool]:
    """A multi-valued column (codes joined by ";") holds one of `codes`."""
    if not codes:
        return false()
    wrapped = literal(";") + func.coalesce(col, "") + literal(";")
    return or_(*[wrapped.like(f"%;{code};%") for code in codes])


def is_yes(col: ColumnElement, yes: bool) -> ColumnElement[bool]:
    return col.is_(True) if yes else col.is_(False)


def date_by(col: ColumnElement, yes: bool, w: Window) -> ColumnElement[bool]:
    """Có: the date is set and on or before the window's last day; Không: it is not."""
    if yes:
        return and_(col.is_not(None), col <= w.end)
    return or_(col.is_(None), col > w.end)


def attendance_flags(windows: Sequence[Window], since: Callable[[Window], date]) -> Subquery:
    """Per officer, one column per window (named by its key): 1 when they attended a class
    that started between `since(window)` and the window's end. One scan of the attendance;
    the report joins it to the officers."""
    a, c = m.Attendance, m.TrainingClass
    lo = min(since(w) for w in windows)
    hi = max(w.end for w in windows)
    flags = [func.max(case((and_(c.date_from >= since(w), c.date_from <= w.end), 1),
                           else_=0)).label(w.key) for w in windows]
    return (select(a.officer_id.label("officer_id"), *flags).join(c, c.id == a.class_id)
            .where(a.deleted_at.is_(None), c.deleted_at.is_(None), c.date_from >= lo,
                   c.date_from <= hi)
            .group_by(a.officer_id).subquery("trained"))


# ---- other reads ---------------------------------------------------------------------------
def reference_units(session: Session, src: Source) -> dict[object, int | None]:
    """The commune of each record a table refers to (an inspection's establishment), deleted
    records too: what refers to them still counts."""
    assert src.via is not None
    model = m.RECORD_MODELS[src.via[1]]
    return {r[0]: r[1] for r in session.connection().execute(select(model.id, model.unit_id))}


def plans(session: Session, first_year: int, last_year: int) -> list[tuple[int, str, float,
                                                                           int | None, int]]:
    """(year, indicator, value, unit_id, owner_id), the latest entry first."""
    t = m.PlanTarget
    stmt = (select(t.year, t.indicator, t.value, t.unit_id, t.owner_id)
            .where(t.deleted_at.is_(None), t.year >= first_year, t.year <= last_year)
            .order_by(t.updated_at.desc()))
    return [(r[0], r[1], float(r[2]), r[3], r[4]) for r in session.execute(stmt)]


def imports(session: Session, start: date, end: date) -> list[str]:
    """Unit codes of exchange workbooks imported for a period overlapping [start, end]."""
    t = m.ExchangeEntry
    stmt = (select(t.unit_code).distinct()
            .where(t.direction == "import", t.outcome.in_(("ok", "partial")),
                   t.period_from <= end, t.period_to >= start))
    return [r[0] for r in session.execute(stmt) if r[0]]


def any_imports(session: Session) -> bool:
    t = m.ExchangeEntry
    return session.execute(select(t.id).where(t.direction == "import").limit(1)).first() \
        is not None
