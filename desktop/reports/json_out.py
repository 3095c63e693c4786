"""The JSON of `pcmd report monthly` (docs/cli.md): shape fixed, every definition in force in
`values` (percentages with one decimal or null; a breakdown as {part label: figure}), and the
definitions used (key and hash), so that a saved report can be explained later."""

from __future__ import annotations

from desktop.reports.labels import period_label
from desktop.reports.model import WINDOWS, Report, ReportRow


def _values(report: Report, row: ReportRow) -> dict[str, dict[str, object]]:
    return {i.key: {w: row.values[i.key][w] for w in WINDOWS} for i in report.indicators}


def to_dict(report: Report) -> dict[str, object]:
    p = report.period
    return {
        "kind": report.kind,
        "period": {"from": p.start.isoformat(), "to": p.end.isoformat(),
                   "label": period_label(p, "vi")},
        "unit": {"code": report.unit.code, "name": report.unit.name},
        "rows": [{"unit": {"code": r.code, "name": r.name}, "values": _values(report, r)}
                 for r in report.rows],
        "total": {"values": _values(report, report.total)},
        "definitions": report.definitions_used(),
    }
