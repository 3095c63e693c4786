"""A round trip of the office's data: export the exchange workbook, import it into an empty
database (with the indicator definitions), and every definition in force gives the same
figures there, on every row, in every window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.cli import main
from desktop.domain.periods import parse_period
from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.reports.cli_support import unit_arg
from desktop.reports.engine import build_report
from desktop.reports.sources import schema_for
from desktop.services import demo_data, indicators
from tests.exchange_helpers import empty_context
from tests.test_indicators import DIALOGUES


def figures(ctx, spec: str, code: str) -> dict:
    period = parse_period(spec)
    report = build_report(ctx.db, ctx.units, unit_arg(ctx.units, code, None, period), period)
    return {(row.kind, row.code, row.name): row.values for row in report.all_rows()}


def _nonzero(value: object) -> bool:
    return any(value.values()) if isinstance(value, dict) else bool(value)


def test_export_import_gives_equal_figures_for_every_definition(ctx, tmp_path: Path) -> None:
    demo_data.generate(ctx, 1500, seed=5, today=date(2026, 11, 1))
    indicators.import_text(ctx, DIALOGUES, schema_for(ctx.db))
    book, defs = tmp_path / "office.xlsx", tmp_path / "indicators.toml"
    export_workbook(ctx, book, date(2016, 1, 1), date(2026, 12, 31))
    assert main(["indicators", "export", "--out", str(defs), "--db", ctx.db.url]) == 0
    other = empty_context(tmp_path / "city.sqlite")
    try:
        assert import_files(other, [book]).exit_code == 0
        assert main(["indicators", "import", str(defs), "--db", other.db.url]) == 0
        with ctx.db.read_session() as s:
            keys = [d.key for d in indicators.in_force(s)]
        assert "outreach_dialogues" in keys
        seen: set[str] = set()
        for spec, code in (("2024-03", "308"), ("2024", "308"), ("2016..2020", "308"),
                           ("2025-Q2", "308"), ("2025-Q3", "31"), ("2025", "31"), ("2026-10", "31")):
            mine, theirs = figures(ctx, spec, code), figures(other, spec, code)
            total = next(v for (kind, _c, _n), v in mine.items() if kind == "total")
            seen |= {k for k, per in total.items() if _nonzero(per["period"])}
            assert mine.keys() == theirs.keys(), spec
            for row, values in mine.items():
                assert list(values) == keys
                for key in keys:
                    assert theirs[row][key] == values[key], (spec, row, key)
        # the comparison saw real figures of every kind of record, the national ones too
        assert {"outreach_sessions", "inspections", "hotspots_detected", "cases_detected",
                "denunciations_received", "sex_workers_recorded", "models_active",
                "workers_reached", "establishments_by_kind"} <= seen
    finally:
        other.db.close()
