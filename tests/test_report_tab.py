"""The Reports tab, offscreen and driven by its pickers: presets, month/year, typed
Vietnamese periods, the unit by name, Enter, the summary side by side, copying a block,
saving with a link to the file, the year-end report and its details dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.reports.model import Report
from desktop.ui.report_pickers import unit_choices
from desktop.ui.report_table_model import ReportSummaryModel, ReportTableModel
from desktop.ui.reports_tab import ReportsTab
from desktop.ui.tasks import TaskRunner
from tests.report_helpers import outreach, unit


@pytest.fixture
def tab(qtbot, ctx):
    u = unit(ctx.units, "11458", date(2024, 3, 1))
    d308 = unit(ctx.units, "308", date(2024, 3, 1))
    outreach(ctx.db, date(2024, 3, 5), u.id, d308.id, 120)
    outreach(ctx.db, date(2023, 3, 5), u.id, d308.id, 80)
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    return ReportsTab(ctx, runner, parent)


def _run(qtbot, tab: ReportsTab) -> Report:
    tab.report = None
    qtbot.keyClick(tab.period.edit, Qt.Key.Key_Return)  # Enter runs the report
    qtbot.waitUntil(lambda: tab.report is not None, timeout=15000)
    return tab.report


def _saved(qtbot, tab: ReportsTab, path: Path) -> None:
    """Files are written in the background: wait for the tab to say where it went."""
    qtbot.waitUntil(lambda: tab.saved_path == path, timeout=30000)


def test_default_is_the_last_complete_month(tab, ctx) -> None:
    today = ctx.today()
    y, m = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    assert tab.period.text() == f"{m:02d}/{y}"
    assert tab.period.preset.currentData() == "last_month"
    assert tab.unit.unit().code == "308"  # the home unit, chosen by name


def test_pickers_presets_and_typed_periods(qtbot, tab, qtmodeltester, tmp_path: Path) -> None:
    tab.period.month.setCurrentIndex(2)
    tab.period.month.activated.emit(2)
    tab.period.year.setValue(2024)
    assert tab.period.text() == "03/2024" and tab.period.preset.currentData() == "pick"
    report = _run(qtbot, tab)
    assert report.period.spec == "2024-03" and report.unit.code == "308"
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.summary_model)
    # period, since 1 January, last year and change side by side
    m = tab.summary_model
    row = next(r for r in range(m.rowCount()) if m.index(r, 0).data() == "Outreach sessions")
    assert [m.index(row, c).data() for c in range(1, 5)] == ["1", "1", "1", "0.0"]
    row = next(r for r in range(m.rowCount()) if m.index(r, 0).data() == "Participants")
    assert [m.index(row, c).data() for c in range(1, 5)] == ["120", "120", "80", "50.0"]
    qtbot.keyClicks(tab.period.edit, "")
    tab.period.setText("Quý 1/2024")
    assert tab.period.preset.currentData() == "typed"
    assert _run(qtbot, tab).period.spec == "2024-Q1"
    tab.period.set_preset("programme")
    assert tab.period.text() == "2026-2030" or "-" in tab.period.text()
    # a unit typed by name without accents
    tab.unit.setEditText("phuong van huong")
    tab.period.setText("6 tháng đầu năm 2024")
    report = _run(qtbot, tab)
    assert report.unit.name == "Phường Vạn Hương" and report.period.spec == "2024-H1"


def test_copy_a_block_as_a_table(qtbot, tab) -> None:
    tab.period.setText("03/2024")
    _run(qtbot, tab)
    view = tab.summary_view
    m = tab.summary_model
    row = next(r for r in range(m.rowCount()) if m.index(r, 0).data() == "Participants")
    sel = view.selectionModel()
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    sel.select(QItemSelection(m.index(row, 0), m.index(row, 3)),
               QItemSelectionModel.SelectionFlag.Select)
    tab.copy_selection(view)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().strip().split("\r\n")
    assert lines[0].split("\t")[:2] == ["Indicator", "This period"]
    assert lines[1].split("\t") == ["Participants", "120", "120", "80"]
    assert "<table" in mime.html() and 'x:num="120"' in mime.html()


def test_save_tells_where_and_offers_to_open(qtbot, tab, tmp_path: Path) -> None:
    tab.period.setText("03/2024")
    _run(qtbot, tab)
    assert tab.save_pdf(str(tmp_path / "r.pdf"))
    _saved(qtbot, tab, tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").stat().st_size > 1000
    assert str(tmp_path / "r.pdf") in tab.saved.text() and "<a href=" in tab.saved.text()
    assert tab.save_excel(str(tmp_path / "r.xlsx"))
    _saved(qtbot, tab, tmp_path / "r.xlsx")
    assert (tmp_path / "r.xlsx").exists()
    assert not tab.docx_button.isVisibleTo(tab)


def test_year_end_report_from_the_tab(qtbot, tab, tmp_path: Path, monkeypatch) -> None:
    from desktop.reports.document import remembered_details, saved_settings
    from desktop.reports.letterhead import default_issuer
    from desktop.ui.report_dialog import ReportDetailsDialog

    tab.kind.setCurrentIndex(tab.kind.findData("year_end"))
    assert tab.docx_button.isVisibleTo(tab)
    tab.period.setText("03/2024")  # a month is refused for a year-end report
    warned = []
    monkeypatch.setattr("desktop.ui.reports_tab.QMessageBox.warning",
                        lambda *a: warned.append(a[2]))
    tab.run_report()
    assert warned and "monthly" in warned[0]
    tab.period.setText("2024")
    report = _run(qtbot, tab)
    assert report.kind == "year_end"
    office = tab.ctx.home_unit()
    dialog = ReportDetailsDialog(remembered_details(saved_settings(tab.ctx.db)),
                                 default_issuer(tab.ctx.units, office, date(2024, 12, 31)))
    qtbot.addWidget(dialog)
    dialog.number.setText("42")
    dialog.to.setPlainText("UBND thành phố Hải Phòng")
    dialog.signer.setText("Lê Văn Cường")
    dialog.accept()
    tab.info.details = dialog.details()
    out = tmp_path / "tk.docx"
    assert tab.save_word(str(out))
    _saved(qtbot, tab, out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    cells = " ".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert "No.: 42/BC-UBND" in cells and "Lê Văn Cường" in cells
    assert "To: UBND thành phố Hải Phòng." in text
    # remembered for the next report
    again = remembered_details(saved_settings(tab.ctx.db))
    assert again.number == "42" and again.signer == "Lê Văn Cường"


def test_unit_tree_marks_closed_units(ctx) -> None:
    choices = unit_choices(ctx.units, ctx.home_unit(), date(2026, 1, 5))
    assert choices and choices[0][1].code in {c[1].code for c in choices}
    historical = [label for label, _u, old in choices if old]
    assert any("Quận Đồ Sơn" in label and "30/06/2025" in label for label in historical)
    today = [label for label, _u, old in choices if not old]
    assert today and all("until" not in label for label in today)


def test_empty_models(qtmodeltester) -> None:
    qtmodeltester.check(ReportTableModel())
    qtmodeltester.check(ReportSummaryModel())


def test_settings_show_a_closed_home_unit_and_keep_letterhead_and_deadlines(qtbot, ctx) -> None:
    from desktop.services import settings
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.widgets import ID_ROLE

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SettingsDialog(ctx, TaskRunner(parent), parent)  # home unit 308, closed in 2025
    assert dialog.home_combo.currentData(ID_ROLE) == "308"
    assert "Quận Đồ Sơn" in dialog.home_combo.currentText()
    assert dialog.report_edits["agency_name"].placeholderText() == "UBND QUẬN ĐỒ SƠN"
    dialog.deadline_edits["deadline_month_day"].setText("40")
    dialog.accept()
    assert dialog.status.text() and settings.get(ctx.db, "deadline_month_day") == ""
    dialog.deadline_edits["deadline_month_day"].setText("10")
    dialog.deadline_edits["deadline_year_end"].setText("01/12")
    dialog.report_edits["agency_abbr"].setText("UBND-VX")
    dialog.accept()
    assert settings.get(ctx.db, "deadline_month_day") == "10"
    assert settings.get(ctx.db, "deadline_year_end") == "01/12"
    assert settings.get(ctx.db, "agency_abbr") == "UBND-VX"
