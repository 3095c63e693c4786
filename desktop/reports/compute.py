"""Figures of the counting definitions (count, sum, distinct, latest, trained, units) for every
row of a report and every window.

Definitions are turned into SQL measures; the measures of one table that group alike share one
query, so a table is scanned once for all the definitions that only count and sum it. Results
are regrouped onto the report's rows (RowMapper). For the coverage lists ("communes not yet
reached"), each itemised figure also keeps, for the period, the names of the communes where it
found something."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from desktop.domain.indicator_defs import DATES, Definition, Problem, tr, yes_no
from desktop.reports import aggregate
from desktop.reports.aggregate import Measure
from desktop.reports.model import Window
from desktop.reports.rows import RowMapper
from desktop.reports.sources import UNIT, Source, SourceColumn, SourceSchema, source_for
from desktop.services.units import UnitDirectory

#: aggregates whose figure is made of records (or communes) that can be listed by commune
ITEMISED = ("count", "distinct", "units", "trained")
COUNTING = ("count", "sum", "distinct", "latest", "trained")


def programme_start(d: date) -> date:
    """1 January of the five-year programme period (2016–2020, 2021–2025, …) holding `d`."""
    return date(2016 + 5 * ((d.year - 2016) // 5), 1, 1)


N_WINDOWS = 3  # period, ytd, last_year: figures are lists in that order


@dataclass
class Figures:
    """key -> row -> [per window: number | set of distinct values | part code -> number],
    windows in the order of the report's windows."""

    num: defaultdict = field(default_factory=lambda: defaultdict(
        lambda: defaultdict(lambda: [0] * N_WINDOWS)))
    sets: defaultdict = field(default_factory=lambda: defaultdict(
        lambda: defaultdict(lambda: [set() for _ in range(N_WINDOWS)])))
    parts: defaultdict = field(default_factory=lambda: defaultdict(
        lambda: defaultdict(lambda: [defaultdict(int) for _ in range(N_WINDOWS)])))
    covered: defaultdict = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    touched: set[str] = field(default_factory=set)  # rows that have records
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _Role:
    how: str  # add | units | values | extra_values | parts | latest
    key: str
    itemised: bool
    index: int  # measure index in its query
    count_index: int = -1  # latest: the count measure telling a value is there


@dataclass
class _Query:
    src: Source
    date_attr: str | None
    extra: str | None
    measures: list[Measure] = field(default_factory=list)
    roles: list[_Role] = field(default_factory=list)
    joins: list = field(default_factory=list)  # (subquery, on): see aggregate.grouped

    def measure(self, ms: Measure) -> int:
        for i, known in enumerate(self.measures):
            if known.sig == ms.sig:
                return i
        self.measures.append(ms)
        return len(self.measures) - 1


class Compiler:
    """Definitions -> queries (one per table, date column and grouping)."""

    def __init__(self, schema: SourceSchema, windows: Sequence[Window] = ()) -> None:
        self.schema = schema
        self.windows = list(windows)
        self.queries: dict[tuple, _Query] = {}
        self.problems: list[Problem] = []
        self.units_keys: list[str] = []
        self._trained = None

    def add(self, d: Definition) -> None:
        if d.aggregate == "units":
            self.units_keys.append(d.key)
            return
        for name in d.sheets:
            src = source_for(name)
            if src is None:
                self.problems.append(Problem(d.key, "sheet", tr(
                    "no sheet is called “{sheet}”.").format(sheet=name)))
                continue
            try:
                self._add(d, src)
            except LookupError as exc:
                self.problems.append(Problem(d.key, exc.args[0], tr(
                    "the sheet “{sheet}” has no column “{column}”.").format(
                    sheet=src.name, column=exc.args[1])))

    def _col(self, src: Source, name: str, where: str) -> SourceColumn:
        c = src.column(name)
        if c is None:
            raise LookupError(where, name)
        return c

    def _add(self, d: Definition, src: Source) -> None:
        date_attr = self._col(src, d.date, "date").attr if d.date else src.date
        cond = self._condition(d, src)
        if d.aggregate == "trained":
            self._join_trained(self._query(src, date_attr, None))
        sig = (d.where, d.aggregate == "trained", d.date)
        itemised = d.aggregate in ITEMISED
        if d.aggregate == "latest":
            attr = self._col(src, d.field, "field").attr
            q = self._query(src, date_attr, date_attr)
            value = q.measure(Measure("sum", attr, cond, ("sum", attr, *sig)))
            count = q.measure(Measure("count", None, cond, ("count", None, *sig)))
            q.roles.append(_Role("latest", d.key, False, value, count))
            return
        kind = "sum" if d.aggregate == "sum" else "count"
        attr = self._col(src, d.field, "field").attr if kind == "sum" else None
        ms = Measure(kind, attr, cond, (kind, attr, *sig))
        if d.by is not None:
            by = self._col(src, d.by, "by")
            q = self._query(src, date_attr, by.attr)
            q.roles.append(_Role("parts", d.key, False, q.measure(ms)))
            return
        if d.aggregate != "distinct":
            q = self._query(src, date_attr, None)
            q.roles.append(_Role("add", d.key, itemised, q.measure(ms)))
            return
        col = self._col(src, d.field, "field")
        if col.attr == UNIT:
            q = self._query(src, date_attr, None)
            q.roles.append(_Role("units", d.key, True, q.measure(ms)))
        elif col.attr == src.key_attr:
            q = self._query(src, date_attr, None)
            q.roles.append(_Role("values", d.key, True, q.measure(ms)))
        else:
            q = self._query(src, date_attr, col.attr)
            q.roles.append(_Role("extra_values", d.key, True, q.measure(ms)))

    def _trained_flags(self) -> Subquery:
        if self._trained is None:
            self._trained = aggregate.attendance_flags(self.windows,
                                                       lambda w: programme_start(w.end))
        return self._trained

    def _join_trained(self, q: _Query) -> None:
        flags = self._trained_flags()
        if not q.joins:
            q.joins.append((flags, flags.c.officer_id == q.src.model.id))

    def _query(self, src: Source, date_attr: str | None, extra: str | None) -> _Query:
        k = (src.key, date_attr, extra)
        if k not in self.queries:
            self.queries[k] = _Query(src, date_attr, extra)
        return self.queries[k]

    def _condition(self, d: Definition, src: Source) -> Callable[[Window], ColumnElement | None]:
        parts: list[Callable[[Window], ColumnElement]] = []
        for column, values in d.where:
            c = self._col(src, column, "where")
            parts.append(self._one(src, c, values))
        if d.aggregate == "trained":
            parts.append(lambda w: self._trained_flags().c[w.key] == 1)

        def cond(w: Window) -> ColumnElement | None:
            if not parts:
                return None
            return and_(*[p(w) for p in parts])

        return cond

    def _one(self, src: Source, c: SourceColumn,
             values: Sequence[object]) -> Callable[[Window], ColumnElement]:
        col = getattr(src.model, c.attr)
        if c.kind in ("catalogue", "multi"):
            codes = [code for v in values if (code := self.schema.code(c.catalogue, v))]
            expr = aggregate.carries(col, codes) if c.kind == "multi" else \
                aggregate.equals(col, codes)
            return lambda _w: expr
        flags = {yes_no(v) for v in values} - {None}
        if c.kind == "bool":
            expr = aggregate.equals(col, []) if not flags else (
                aggregate.is_yes(col, flags.pop()) if len(flags) == 1 else col.is_not(None))
            return lambda _w: expr
        if c.kind in DATES:
            if len(flags) != 1:
                return lambda _w: true()
            yes = flags.pop()
            return lambda w: aggregate.date_by(col, yes, w)
        expr = aggregate.equals(col, list(values))
        return lambda _w: expr


def compute(session: Session, defs: Sequence[Definition], schema: SourceSchema,
            mapper: RowMapper, units: UnitDirectory, windows: dict[str, Window]) -> Figures:
    """`windows` in the order period, ytd, last_year."""
    ws = list(windows.values())
    comp = Compiler(schema, ws)
    for d in defs:
        if d.aggregate in COUNTING or d.aggregate == "units":
            comp.add(d)
    fig = Figures(problems=list(comp.problems))
    assert len(ws) == N_WINDOWS and ws[0].key == "period"
    names = _CommuneNames(units, ws[0].end)
    refs: dict[str, dict] = {}
    for q in comp.queries.values():
        if not q.roles:
            continue
        groups = aggregate.grouped(session, q.src, ws, q.date_attr, q.measures, q.extra,
                                   q.joins)
        if q.src.via and q.src.key not in refs:
            refs[q.src.key] = aggregate.reference_units(session, q.src)
        ref_units = refs.get(q.src.key)
        adds = [(r.index, fig.num[r.key], fig.covered[r.key] if r.itemised else None)
                for r in q.roles if r.how == "add"]
        others = [r for r in q.roles if r.how != "add"]
        latest: dict[tuple, tuple] = {}
        for g in groups:
            unit_id = ref_units.get(g.key) if ref_units is not None else g.key
            row = mapper.row_for(unit_id, g.owner_id)
            if row is None:
                continue
            fig.touched.add(row)
            for index, num, covered in adds:
                vals = g.values[index]
                per = num[row]
                per[0] += vals[0]
                per[1] += vals[1]
                per[2] += vals[2]
                if covered is not None and vals[0] and (name := names.of(unit_id)):
                    covered[row].add(name)
            for role in others:
                _apply(fig, role, g, row, unit_id, ws, units, mapper, names, latest)
        for (key, i, row, _unit), (_day, value) in latest.items():
            fig.num[key][row][i] += value
    if comp.units_keys:
        _units(fig, comp.units_keys, units, mapper, ws)
    return fig


def _apply(fig: Figures, role: _Role, g: aggregate.Group, row: str, unit_id: int | None,
           ws: list[Window], units: UnitDirectory, mapper: RowMapper, names: _CommuneNames,
           latest: dict) -> None:
    """One result row into the figures, for the roles other than adding up."""
    values = g.values[role.index]
    key = role.key
    if role.how == "units":
        if unit_id is None:
            return
        for i, v in enumerate(values):
            if not v:
                continue
            dest, _ = units.regroup(units.get(unit_id), ws[i].end)
            if dest is None or dest.level != "commune" or not dest.valid_on(ws[i].end):
                continue
            dest_row = mapper.row_of_unit(dest.id)
            if dest_row is not None:
                fig.sets[key][dest_row][i].add(dest.id)
                if i == 0:
                    fig.covered[key][dest_row].add(dest.name)
        return
    if role.how in ("values", "extra_values"):
        item = g.key if role.how == "values" else g.extra
        if item is None:
            return
        sets = fig.sets[key][row]
        for i, v in enumerate(values):
            if v:
                sets[i].add(item)
        if values[0] and (name := names.of(unit_id)):
            fig.covered[key][row].add(name)
    elif role.how == "parts":
        if g.extra is None:
            return
        parts = fig.parts[key][row]
        for i, v in enumerate(values):
            if v:
                parts[i][g.extra] += v
    elif role.how == "latest":
        counts = g.values[role.count_index]
        for i, v in enumerate(values):
            if not counts[i]:
                continue
            slot = (key, i, row, unit_id)
            day, before = latest.get(slot, (None, 0))
            if day is None or g.extra > day:
                latest[slot] = (g.extra, v)
            elif g.extra == day:
                latest[slot] = (day, before + v)


class _CommuneNames:
    """The name a commune is listed under in a report: its successor's when it was closed."""

    def __init__(self, units: UnitDirectory, end: date) -> None:
        self.units, self.end = units, end
        self.cache: dict[int | None, str | None] = {}

    def of(self, unit_id: int | None) -> str | None:
        if unit_id not in self.cache:
            u = self.units.by_id.get(unit_id) if unit_id is not None else None
            if u is None or u.level != "commune":
                self.cache[unit_id] = None
            else:
                dest, _ = self.units.regroup(u, self.end)
                self.cache[unit_id] = (dest or u).name
        return self.cache[unit_id]


def _units(fig: Figures, keys: list[str], units: UnitDirectory, mapper: RowMapper,
           ws: list[Window]) -> None:
    """Commune-level units valid on each window's last day, on their rows."""
    communes = [u for u in units.by_id.values() if u.level == "commune"]
    for i, win in enumerate(ws):
        for c in communes:
            if not c.valid_on(win.end):
                continue
            row = mapper.row_of_unit(c.id)
            if row is None:
                continue
            fig.touched.add(row)
            for key in keys:
                fig.num[key][row][i] += 1
                if i == 0:
                    fig.covered[key][row].add(c.name)


def trend_figures(session: Session, defs: Sequence[Definition], schema: SourceSchema,
                  lo: date, hi: date) -> dict[str, list[tuple[date, int | None, int, int]]]:
    """Per-day figures of count and sum definitions for the chart: key -> [(day, commune,
    owner, value)]. Registers and breakdowns have no daily figure and are left out."""
    out: dict[str, list[tuple[date, int | None, int, int]]] = {}
    whole = Window("trend", lo, hi)
    for d in defs:
        if d.aggregate not in ("count", "sum") or d.by is not None:
            continue
        comp = Compiler(schema)
        comp.add(d)
        items: list[tuple[date, int | None, int, int]] = []
        for q in comp.queries.values():
            if q.date_attr is None or q.extra is not None:
                continue
            refs = aggregate.reference_units(session, q.src) if q.src.via else None
            for role in q.roles:
                ms = q.measures[role.index]
                for g in aggregate.grouped(session, q.src, [whole], q.date_attr, [ms],
                                           q.date_attr):
                    unit_id = refs.get(g.key) if refs is not None else g.key
                    items.append((g.extra, unit_id, g.owner_id, int(g.values[0][0])))
        if comp.queries and not comp.problems:
            out[d.key] = items
    return out
