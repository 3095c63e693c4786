"""The report engine (no Qt): every indicator definition in force for a unit and a period,
with the cumulative figure since 1 January, the same period last year and targets from the
plans.

Every figure comes from a definition (desktop.domain.indicator_defs): counting definitions are
computed in SQL (reports.compute), plan figures from the plans (reports.plans), ratios from the
two figures of their row (never a mean of row ratios). Rows are the units directly under the
chosen unit on the period's last day; records of units closed since then count under their
successors (reports.rows). All reads happen in one session.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.db.database import Database
from desktop.domain.indicator_defs import Definition, compute_order, set_digest
from desktop.domain.periods import Period
from desktop.domain.text import vi_sort_key
from desktop.reports import aggregate
from desktop.reports.compute import ITEMISED, Figures, compute, programme_start, trend_figures
from desktop.reports.finality import is_final
from desktop.reports.labels import UNKNOWN_VI, own_name_vi
from desktop.reports.model import (
    OWN,
    UNKNOWN,
    WINDOWS,
    IndicatorInfo,
    Report,
    ReportRow,
    Value,
    Window,
)
from desktop.reports.numbers import ratio, round_int
from desktop.reports.plans import TOTAL, Plans
from desktop.reports.rows import RowMapper
from desktop.reports.sources import SourceSchema, source_for
from desktop.services import indicators
from desktop.services.catalogue import Catalogues
from desktop.services.progress import NullProgress, Progress
from desktop.services.units import UnitDirectory, UnitInfo

__all__ = ["build_report", "programme_start", "windows_of"]

#: figures of the chart on the Reports tab, when their definitions are in force
TREND_KEYS = ("outreach_sessions", "outreach_participants", "training_classes",
              "people_supported", "inspections")


def windows_of(period: Period) -> dict[str, Window]:
    last = period.shifted_years(-1)
    return {"period": Window("period", period.start, period.end),
            "ytd": Window("ytd", period.ytd_start(), period.end),
            "last_year": Window("last_year", last.start, last.end)}


def build_report(db: Database, units: UnitDirectory, root: UnitInfo, period: Period, *,
                 progress: Progress | None = None, trend: bool = False,
                 definitions: Sequence[Definition] | None = None) -> Report:
    """The standard table of `root` for `period`, with the definitions in force (or those
    given)."""
    progress = progress or NullProgress()
    end = period.end
    windows = windows_of(period)
    mapper = RowMapper(units, root, end)
    progress.update(0, 4)
    with db.snapshot_session() as s:  # one consistent state for every figure
        defs = list(definitions) if definitions is not None else indicators.in_force(s)
        schema = SourceSchema(Catalogues.load(s))
        fig = compute(s, defs, schema, mapper, units, windows)
        progress.update(2, 4)
        plan_rows = aggregate.plans(s, min(w.start.year for w in windows.values()), end.year)
        has_exchange = aggregate.any_imports(s)
        reported_codes = aggregate.imports(s, period.start, end) if has_exchange else []
        daily = trend_figures(s, [d for d in defs if d.key in TREND_KEYS], schema,
                              _trend_start(period), end) if trend else {}
    progress.update(3, 4)
    plans = Plans(mapper, root, plan_rows)
    parts = {d.key: _parts(d, schema, fig) for d in defs if d.by is not None}
    infos = _infos(defs, parts)
    broken = {p.key for p in fig.problems}

    rows: list[ReportRow] = [ReportRow(str(u.id), u.code, u.name, "unit")
                             for u in mapper.row_units]
    for key, kind in ((OWN, "own"), (UNKNOWN, "unknown")):
        if key in fig.touched and key not in mapper.row_keys:
            name = own_name_vi(root.level, root.name) if key == OWN else UNKNOWN_VI
            rows.append(ReportRow(key, root.code if key == OWN else "", name, kind))
    for row in rows:
        row.values = _values(defs, fig, plans, windows, [row.key], row.key, parts, broken)
        _targets(row, defs, plans, windows, row.key)
        row.unreached = _unreached(defs, fig, [row.key])
    total = ReportRow("total", root.code, root.name, "total")
    keys = [r.key for r in rows]
    total.values = _values(defs, fig, plans, windows, keys, TOTAL, parts, broken)
    _targets(total, defs, plans, windows, TOTAL)
    total.unreached = _unreached(defs, fig, keys)
    if has_exchange:
        done = set()
        for code in reported_codes:
            u = units.code_on(code, end) or units.latest(code)
            if u is not None:
                done.add(mapper.row_of_unit(u.id))
        for row in rows:
            row.reported = row.key in done
    report = Report(
        kind="monthly", period=period, windows=windows, unit=root, rows=rows, total=total,
        approx_units=sorted({units.get(i).name for i in mapper.approx}, key=vi_sort_key),
        unknown_units=sorted({units.get(i).name for i in mapper.unknown}, key=vi_sort_key),
        final=is_final(db, root, period), has_exchange=has_exchange,
        indicators=list(infos.values()), definitions_digest=set_digest(defs),
        problems=[p.sentence() for p in fig.problems],
    )
    if trend:
        report.trend = _trend(daily, mapper, period)
    progress.update(4, 4)
    return report


def _infos(defs: Sequence[Definition], parts: dict[str, tuple]) -> dict[str, IndicatorInfo]:
    return {d.key: IndicatorInfo(
        d.key, d.label_vi, d.label_en, d.group, d.percent, d.target, d.digest(),
        tuple((vi, en) for _code, vi, en in parts.get(d.key, ())), d.by is not None)
        for d in defs}


def _parts(d: Definition, schema: SourceSchema, fig: Figures) -> tuple[tuple[str, str, str], ...]:
    """(code, label_vi, label_en) of a breakdown: the catalogue's values in use, and any value
    found in the records."""
    src = source_for(d.sheets[0]) if d.sheets else None
    col = src.column(d.by) if src is not None and d.by else None
    kind = col.catalogue if col is not None else None
    seen = {code for per_row in fig.parts.get(d.key, {}).values()
            for per_w in per_row for code in per_w}
    out: list[tuple[str, str, str]] = []
    if kind:
        values = schema.catalogues.of(kind, active_only=False)
        out = [(v.code, v.label_vi, v.label_en) for v in values if v.active or v.code in seen]
    known = {c for c, _vi, _en in out}
    out.extend((c, c, c) for c in sorted(seen - known))
    return tuple(out)


def _values(defs: Sequence[Definition], fig: Figures, plans: Plans, windows: dict[str, Window],
            rows: list[str], scope: str, parts: dict[str, tuple],
            broken: set[str]) -> dict[str, dict[str, Value]]:
    """Every definition's figures for one row (`rows` = [it]) or the total (all rows)."""
    out: dict[str, dict[str, Value]] = {}
    for d in compute_order(defs):
        if d.key in broken:
            out[d.key] = dict.fromkeys(WINDOWS)
        elif d.is_ratio:
            num, den = out.get(d.numerator or ""), out.get(d.denominator or "")
            out[d.key] = {w: ratio(num[w] if num else None, den[w] if den else None, d.scale)
                          for w in WINDOWS}
        elif d.aggregate == "plan":
            per = plans.figure(scope, d.plan or d.key, windows, prorate=d.prorate)
            out[d.key] = {w: round_int(per[w] or 0.0) for w in WINDOWS}
        elif d.by is not None:
            src = fig.parts.get(d.key, {})
            out[d.key] = {w: {vi: sum(src[r][i].get(code, 0) for r in rows if r in src)
                              for code, vi, _en in parts.get(d.key, ())}
                          for i, w in enumerate(WINDOWS)}
        elif d.aggregate == "distinct":
            src = fig.sets.get(d.key, {})
            out[d.key] = {w: len(set().union(*[src[r][i] for r in rows if r in src]))
                          for i, w in enumerate(WINDOWS)}
        else:
            src = fig.num.get(d.key, {})
            out[d.key] = {w: sum(src[r][i] for r in rows if r in src)
                          for i, w in enumerate(WINDOWS)}
    return {d.key: out[d.key] for d in defs}


def _targets(row: ReportRow, defs: Sequence[Definition], plans: Plans,
             windows: dict[str, Window], scope: str) -> None:
    """A definition's target: its fixed number, else its plan key's (its own key by default)
    plan for the period."""
    for d in defs:
        if d.aggregate == "plan" or d.by is not None:
            continue
        if d.target is not None and not isinstance(d.target, str):
            goal: float | None = float(d.target)
        else:
            per = plans.figure(scope, d.target or d.key, {"period": windows["period"]},
                               prorate=not d.is_ratio, highest=d.is_ratio)
            goal = per["period"]
        if goal is None:
            continue
        goal = round(goal, 1)
        row.targets[d.key] = goal
        value = row.values[d.key]["period"]
        if isinstance(value, int | float) and value < goal:
            row.below_target.add(d.key)


def _unreached(defs: Sequence[Definition], fig: Figures, rows: list[str]) -> dict[str, list]:
    """For a ratio of two itemised figures (records or communes), the communes where the
    denominator found something and the numerator nothing."""
    by_key = {d.key: d for d in defs}
    out: dict[str, list[str]] = {}
    for d in defs:
        num, den = by_key.get(d.numerator or ""), by_key.get(d.denominator or "")
        if not d.is_ratio or num is None or den is None or num.by or den.by or \
                num.aggregate not in ITEMISED or den.aggregate not in ITEMISED:
            continue
        names: set[str] = set()
        for r in rows:
            names |= fig.covered[den.key].get(r, set()) - fig.covered[num.key].get(r, set())
        out[d.key] = sorted(names, key=vi_sort_key)
    return out


def _trend_start(period: Period) -> date:
    return period.start if period.kind == "programme" else period.ytd_start()


def _trend(daily: dict, mapper: RowMapper, period: Period) -> dict[str, list[tuple[date, int]]]:
    """Monthly (yearly for a programme period) totals since 1 January, for the chart."""
    yearly = period.kind == "programme"
    out: dict[str, list[tuple[date, int]]] = {}
    start = _trend_start(period)
    buckets = ([date(y, 1, 1) for y in range(start.year, period.end.year + 1)] if yearly else
               Period("x", start, period.end, "").months())
    for name, items in daily.items():
        per: dict[date, int] = dict.fromkeys(buckets, 0)
        for day, unit_id, owner_id, value in items:
            if mapper.row_for(unit_id, owner_id) is None:
                continue
            bucket = date(day.year, 1, 1) if yearly else date(day.year, day.month, 1)
            if bucket in per:
                per[bucket] += value
        out[name] = sorted(per.items())
    return out
