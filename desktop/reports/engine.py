"""The report engine (no Qt): every indicator of domain.md for a unit and a period, with the
cumulative figure since 1 January, the same period last year and targets from the plans.

Records are summed in SQL per (unit, owner) key; the keys are regrouped in Python onto the
rows of the report (units directly under the chosen unit on the period's last day).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from desktop.db.database import Database
from desktop.domain.indicators import INDICATOR_BY_KEY, INDICATORS
from desktop.domain.periods import Period
from desktop.domain.text import vi_sort_key
from desktop.reports import aggregate
from desktop.reports.finality import is_final
from desktop.reports.labels import UNKNOWN_VI, own_name_vi
from desktop.reports.model import OWN, UNKNOWN, WINDOWS, Report, ReportRow, Window
from desktop.reports.numbers import percent, round_int
from desktop.reports.rows import RowMapper
from desktop.services.progress import NullProgress, Progress
from desktop.services.units import UnitDirectory, UnitInfo

KEYS = [i.key for i in INDICATORS]
PERCENTS = {"communes_reached_pct": ("communes_reached", "communes_total"),
            "officers_trained_pct": ("officers_trained", "officers_total"),
            "inspections_plan_pct": ("inspections_planned", "inspections_plan_target"),
            "establishments_inspected_pct": ("establishments_inspected", "establishments_total")}
#: coverage figure -> (numerator set, denominator set) used for the lists of unreached communes
COVERAGE = ("communes_reached_pct", "officers_trained_pct", "establishments_inspected_pct")
RENAME = {"outreach_documents": "documents_distributed",
          "training_documents": "documents_distributed"}


def windows_of(period: Period) -> dict[str, Window]:
    last = period.shifted_years(-1)
    return {"period": Window("period", period.start, period.end),
            "ytd": Window("ytd", period.ytd_start(), period.end),
            "last_year": Window("last_year", last.start, last.end)}


def programme_start(d: date) -> date:
    """1 January of the five-year programme period (2016–2020, 2021–2025, …) holding `d`."""
    return date(2016 + 5 * ((d.year - 2016) // 5), 1, 1)


def _active(start: date | None, end: date | None, flag: bool, w: Window) -> bool:
    """Valid at some point of the window; a row marked inactive with no end date is left out
    (nobody knows since when)."""
    if start is not None and start > w.end:
        return False
    if end is not None and end < w.start:
        return False
    return flag or end is not None


class _Sums:
    def __init__(self) -> None:
        self.v: dict[str, dict[str, dict[str, int]]] = defaultdict(
            lambda: defaultdict(lambda: dict.fromkeys(WINDOWS, 0)))

    def add(self, row: str, sums: dict[str, dict[str, int]]) -> None:
        for name, per_window in sums.items():
            target = self.v[row][RENAME.get(name, name)]
            for w, x in per_window.items():
                target[w] += x

    def inc(self, row: str, name: str, w: str, by: int = 1) -> None:
        self.v[row][name][w] += by


def build_report(db: Database, units: UnitDirectory, root: UnitInfo, period: Period, *,
                 progress: Progress | None = None, trend: bool = False) -> Report:
    """The standard table of `root` for `period`."""
    progress = progress or NullProgress()
    end = period.end
    windows = windows_of(period)
    ws = list(windows.values())
    mapper = RowMapper(units, root, end)
    sums = _Sums()
    reached: dict[str, set[int]] = {w: set() for w in WINDOWS}
    inspected: dict[str, dict[str, str]] = {w: {} for w in WINDOWS}  # est id -> row
    violating: dict[str, dict[str, str]] = {w: {} for w in WINDOWS}
    progress.update(0, 6)
    with db.read_session() as s:
        for g in aggregate.outreach(s, ws):
            row = mapper.row_for(g.unit_id, g.owner_id)
            if row is None:
                continue
            sums.add(row, g.sums)
            for w in WINDOWS:
                if g.sums["outreach_sessions"][w] and g.unit_id is not None:
                    reached[w].add(g.unit_id)
        progress.update(1, 6)
        for g in [*aggregate.training(s, ws), *aggregate.support(s, ws), *aggregate.media(s, ws)]:
            row = mapper.row_for(g.unit_id, g.owner_id)
            if row is not None:
                sums.add(row, g.sums)
        progress.update(2, 6)
        ests = {e.id: e for e in aggregate.establishments(s)}
        for est_id, owner_id, isums in aggregate.inspections(s, ws):
            est = ests.get(est_id)
            row = mapper.row_for(est.unit_id if est else None, owner_id)
            if row is None:
                continue
            flags = {k: isums.pop(k) for k in ("inspected", "violating")}
            sums.add(row, isums)
            for w in WINDOWS:
                if flags["inspected"][w]:
                    inspected[w].setdefault(est_id, row)
                if flags["violating"][w]:
                    violating[w].setdefault(est_id, row)
        progress.update(3, 6)
        officers = aggregate.officers(s)
        first = min(programme_start(w.end) for w in ws)
        attended: dict[str, list[date]] = defaultdict(list)
        for officer_id, day in aggregate.attended(s, first, end):
            attended[officer_id].append(day)
        plan_rows = aggregate.plans(s, min(w.start.year for w in ws), end.year)
        has_exchange = aggregate.any_imports(s)
        reported_codes = aggregate.imports(s, period.start, end) if has_exchange else []
        daily = aggregate.daily(s, _trend_start(period), end) if trend else {}
    progress.update(4, 6)

    for w, est_rows in inspected.items():
        for row in est_rows.values():
            sums.inc(row, "establishments_inspected", w)
    for w, est_rows in violating.items():
        for row in est_rows.values():
            sums.inc(row, "establishments_violating", w)

    uncovered = _denominators(units, mapper, windows, sums, reached, officers, attended,
                              list(ests.values()), inspected["period"])
    progress.update(5, 6)
    targets = _Targets(mapper, root, plan_rows)

    rows: list[ReportRow] = []
    for u in mapper.row_units:
        rows.append(ReportRow(str(u.id), u.code, u.name, "unit"))
    for key, kind in ((OWN, "own"), (UNKNOWN, "unknown")):
        if key in sums.v and key not in mapper.row_keys:
            name = own_name_vi(root.level, root.name) if key == OWN else UNKNOWN_VI
            rows.append(ReportRow(key, root.code if key == OWN else "", name, kind))
    for row in rows:
        _fill(row, sums.v.get(row.key, {}), targets.for_row(row.key, windows))
        row.unreached = {k: sorted(v, key=vi_sort_key) for k, v in uncovered[row.key].items()}
    total = ReportRow("total", root.code, root.name, "total")
    total_sums: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(WINDOWS, 0))
    for row in rows:
        for key, per in sums.v.get(row.key, {}).items():
            for w in WINDOWS:
                total_sums[key][w] += per[w]
    _fill(total, total_sums, targets.for_total(windows))
    total.unreached = {k: sorted({n for r in rows for n in r.unreached.get(k, [])},
                                 key=vi_sort_key) for k in COVERAGE}
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
    )
    if trend:
        report.trend = _trend(daily, mapper, period)
    progress.update(6, 6)
    return report


def _denominators(units: UnitDirectory, mapper: RowMapper, windows: dict[str, Window],
                  sums: _Sums, reached: dict[str, set[int]], officers: list,
                  attended: dict[str, list[date]], ests: list,
                  inspected_now: dict[str, str]) -> dict[str, dict[str, set[str]]]:
    """Communes, officers and establishments valid in each window, and, for the period, the
    communes not yet reached by each coverage figure (names per row)."""
    uncovered: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    communes = [u for u in units.by_id.values() if u.level == "commune"]
    for wkey, w in windows.items():
        rows_of: dict[int, str] = {}
        for c in communes:
            if c.valid_on(w.end):
                row = mapper.row_of_unit(c.id)
                if row is not None:
                    rows_of[c.id] = row
                    sums.inc(row, "communes_total", wkey)
        hit: set[int] = set()
        for unit_id in reached[wkey]:
            dest, _ = units.regroup(units.get(unit_id), w.end)
            if dest is not None and dest.id in rows_of and dest.id not in hit:
                hit.add(dest.id)
                sums.inc(rows_of[dest.id], "communes_reached", wkey)
        if wkey == "period":
            for cid, row in rows_of.items():
                if cid not in hit:
                    uncovered[row]["communes_reached_pct"].add(units.get(cid).name)
        since = programme_start(w.end)
        for o in officers:
            if not _active(o.start, o.end, o.active, w):
                continue
            row = mapper.row_for(o.unit_id, o.owner_id)
            if row is None:
                continue
            sums.inc(row, "officers_total", wkey)
            trained = any(since <= d <= w.end for d in attended.get(o.id, ()))
            if trained:
                sums.inc(row, "officers_trained", wkey)
            if wkey == "period":
                _cover(units, uncovered, row, "officers_trained_pct", o.unit_id or o.owner_id,
                       trained, w.end)
        for e in ests:
            if e.deleted or not _active(e.start, e.end, e.active, w):
                continue
            row = mapper.row_for(e.unit_id, e.owner_id)
            if row is None:
                continue
            sums.inc(row, "establishments_total", wkey)
            if wkey == "period":
                _cover(units, uncovered, row, "establishments_inspected_pct", e.unit_id,
                       e.id in inspected_now, w.end)
    # a commune with one covered officer/establishment is reached: keep only those with none
    for per_row in uncovered.values():
        for key in ("officers_trained_pct", "establishments_inspected_pct"):
            names = per_row.get(key, set())
            per_row[key] = {n[1:] for n in names if n[0] == "-"} - {
                n[1:] for n in names if n[0] == "+"}
    return uncovered


def _cover(units: UnitDirectory, uncovered: dict, row: str, key: str, unit_id: int | None,
           covered: bool, end: date) -> None:
    u = units.by_id.get(unit_id) if unit_id is not None else None
    if u is None or u.level != "commune":
        return
    dest, _ = units.regroup(u, end)
    name = (dest or u).name
    uncovered[row][key].add(("+" if covered else "-") + name)


def _fill(row: ReportRow, sums: dict[str, dict[str, int]], targets: dict[str, dict]) -> None:
    for key in KEYS:
        if key in PERCENTS:
            continue
        row.values[key] = {w: int(sums.get(key, {}).get(w, 0)) for w in WINDOWS}
    plan = targets.get("inspections_plan_target", {})
    row.values["inspections_plan_target"] = {w: round_int(plan.get(w, 0.0)) for w in WINDOWS}
    for key, (num, den) in PERCENTS.items():
        row.values[key] = {w: percent(row.values[num][w], row.values[den][w]) for w in WINDOWS}
    for key, per in targets.items():
        if key == "inspections_plan_target" or key not in INDICATOR_BY_KEY:
            continue
        goal = round(per["period"], 1)
        row.targets[key] = goal
        value = row.values[key]["period"]
        if value is not None and value < goal:
            row.below_target.add(key)


class _Targets:
    """Plan targets (PlanTarget: year, indicator, value, unit_id null = the whole owner).
    A plan of the chosen unit itself is the target of the total; other plans are the targets
    of the row they regroup to. Counts are prorated by the months of a window; percentages
    are the target of the window's last year."""

    def __init__(self, mapper: RowMapper, root: UnitInfo, plan_rows: list) -> None:
        self.annual: dict[str, dict[str, dict[int, float]]] = defaultdict(
            lambda: defaultdict(dict))
        seen: set[tuple] = set()
        for year, key, value, unit_id, owner_id in plan_rows:
            ident = (year, key, unit_id, owner_id)
            if ident in seen or key not in INDICATOR_BY_KEY:
                continue  # the latest entry wins
            seen.add(ident)
            belongs = unit_id if unit_id is not None else owner_id
            scope = "total" if belongs == root.id else mapper.row_for(unit_id, owner_id)
            if scope is None:
                continue
            per_year = self.annual[scope][key]
            if INDICATOR_BY_KEY[key].percent:
                per_year[year] = max(per_year.get(year, 0.0), value)
            else:
                per_year[year] = per_year.get(year, 0.0) + value

    @staticmethod
    def _window(key: str, per_year: dict[int, float], w: Window) -> float | None:
        if INDICATOR_BY_KEY[key].percent:
            return per_year.get(w.end.year)
        total, found = 0.0, False
        for year in range(w.start.year, w.end.year + 1):
            if year in per_year:
                found = True
                first = w.start.month if year == w.start.year else 1
                last = w.end.month if year == w.end.year else 12
                total += per_year[year] * (last - first + 1) / 12
        return total if found else None

    def _of(self, annual: dict[str, dict[int, float]], windows: dict[str, Window]) -> dict:
        out: dict[str, dict[str, float]] = {}
        for key, per_year in annual.items():
            vals = {w: self._window(key, per_year, win) for w, win in windows.items()}
            if vals["period"] is not None or key == "inspections_plan_target":
                out[key] = {w: v or 0.0 for w, v in vals.items()}
        return out

    def for_row(self, row: str, windows: dict[str, Window]) -> dict:
        return self._of(self.annual.get(row, {}), windows)

    def for_total(self, windows: dict[str, Window]) -> dict:
        merged: dict[str, dict[int, float]] = defaultdict(dict)
        for scope, annual in self.annual.items():
            if scope == "total":
                continue
            for key, per_year in annual.items():
                for year, value in per_year.items():
                    if INDICATOR_BY_KEY[key].percent:
                        merged[key][year] = max(merged[key].get(year, 0.0), value)
                    else:
                        merged[key][year] = merged[key].get(year, 0.0) + value
        merged.update(self.annual.get("total", {}))
        return self._of(merged, windows)


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
