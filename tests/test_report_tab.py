"""The Reports tab, offscreen: run a report in the background, table, chart, outputs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.reports.model import Report
from desktop.ui.report_table_model import ReportTableModel
from desktop.ui.reports_tab import ReportsTab
from desktop.ui.tasks import TaskRunner
from tests.report_helpers import outreach, unit


def test_reports_tab_runs_and_saves(qtbot, ctx, qtmodeltester, tmp_path: Path) -> None:
    u = unit(ctx.units, "11458", date(2024, 3, 1))
    outreach(ctx.db, date(2024, 3, 5), u.id, unit(ctx.units, "308", date(2024, 3, 1)).id, 120)
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    tab = ReportsTab(ctx, runner, parent)
    tab.period.setText("2024-03")
    tab.unit.setText("308")
    tab.run_report()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10000)
    assert isinstance(tab.report, Report)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == len(tab.report.rows) + 1
    assert "120" in tab.summary.toPlainText()
    assert "Phường Vạn Hương" in tab.unreached.toPlainText()
    tab.save_pdf(str(tmp_path / "r.pdf"))
    tab.save_excel(str(tmp_path / "r.xlsx"))
    assert (tmp_path / "r.pdf").stat().st_size > 1000
    assert (tmp_path / "r.xlsx").exists()


def test_empty_model(qtmodeltester) -> None:
    model = ReportTableModel()
    qtmodeltester.check(model)
