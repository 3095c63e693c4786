"""The import preview dialog and the completeness view, driven offscreen with qtbot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.exchange.importer import plan_import
from desktop.services.records import RecordService
from desktop.ui.exchange_completeness import CompletenessDialog
from desktop.ui.exchange_preview import ExchangePreviewDialog
from tests.exchange_helpers import empty_context
from tests.test_exchange_messy import messy


def test_preview_lists_counts_and_problems(ctx, tmp_path: Path, qtbot, qtmodeltester):
    plan = plan_import(ctx, messy(tmp_path), unit_code="308")
    dialog = ExchangePreviewDialog([plan])
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == len(plan.errors) + len(plan.warnings)
    assert not dialog.import_button.isEnabled() and not dialog.valid_button.isHidden()
    assert dialog.counts.rowCount() == len(plan.rows)
    first = dialog.model.index(0, 0)
    dialog.problems.setCurrentIndex(first)
    _, issue, _ = dialog.model.items[0]
    assert f"row {issue.row}" in dialog.detail.toPlainText()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "preview.png"))
    assert (tmp_path / "preview.png").stat().st_size > 0
    qtbot.mouseClick(dialog.valid_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "valid" and dialog.result() == dialog.DialogCode.Accepted


def test_completeness_view(ctx, tmp_path: Path, qtbot, qtmodeltester):
    RecordService(ctx).create("media", {"date": "5/3/2024", "kind": "Tin", "quantity": 1})
    out = tmp_path / "e.xlsx"
    export_workbook(ctx, out, date(2024, 3, 1), date(2024, 4, 30))
    city = empty_context(tmp_path / "city.sqlite", unit="31")
    import_files(city, [out])
    dialog = CompletenessDialog(city)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2024)
    qtmodeltester.check(dialog.model)
    c = dialog.model.c
    row = [code for code, _ in c.units].index("308")
    assert dialog.model.index(row, 2).data() != ""  # March received
    assert dialog.model.index(row, 4).data() == ""  # May not
    city.db.close()
