"""The whole import as a user does it in the main window: drop a workbook, say which unit sent
it when the file does not, read the preview, import, save the rejected rows. Real widgets,
the real task runner; only Qt's own file dialog is answered by the test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QInputDialog, QMessageBox
from python_calamine import CalamineWorkbook

from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.output_file import failure_reason
from desktop.services import demo_data
from desktop.services.records import RecordService
from desktop.ui.exchange_actions import ExportDialog, pick_unit_code
from desktop.ui.exchange_preview import ExchangePreviewDialog
from desktop.ui.main_window import MainWindow
from tests.exchange_helpers import counts, empty_context
from tests.test_exchange_messy import messy
from tests.test_output_files import refusing_folder
from tests.ui_helpers import isolate_qsettings


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")


FAILED: list[BaseException] = []


def when_shown(kind: type, act: Callable, log: list, attempts: int = 2000) -> None:
    """Run `act` on the next visible top-level widget of `kind` (polled from the event loop,
    because the program's dialogs run their own modal loops). If `act` fails, or no such
    dialog comes within 40 s (longer than any waitUntil here), whatever modal dialog is open
    is closed so that the test ends instead of waiting on it; the fixture re-raises."""

    def poll(left: int) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                log.append(widget)
                try:
                    act(widget)
                except BaseException as exc:  # re-raised by the test
                    FAILED.append(exc)
                    widget.reject()
                return
        if left:
            QTimer.singleShot(20, lambda: poll(left - 1))
            return
        FAILED.append(AssertionError(f"no {kind.__name__} was shown"))
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()

    QTimer.singleShot(0, lambda: poll(attempts))


@pytest.fixture(autouse=True)
def _no_failure_in_dialogs() -> None:
    FAILED.clear()
    yield
    if FAILED:
        raise FAILED[0]


def drop(window: MainWindow, paths: list[Path]) -> bool:
    """Drag the files over the window and, if it accepts them, drop them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPointF(window.rect().center())
    enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return True


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.exchange is not None, timeout=5_000)
    return window


def click_ok(texts: list[str]) -> Callable[[QMessageBox], None]:
    def act(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()
    return act


def test_a_dropped_workbook_is_previewed_then_imported(qtbot, ctx, tmp_path: Path) -> None:
    office = empty_context(tmp_path / "office.sqlite")
    demo_data.generate(office, 400, seed=8, today=date(2026, 11, 1))
    book = export_workbook(office, tmp_path / "xuat.xlsx", date(2016, 1, 1),
                           date(2030, 12, 31)).path
    (tmp_path / "ghi-chu.txt").write_text("không phải sổ Excel", encoding="utf-8")
    window = open_window(qtbot, ctx)
    assert not drop(window, [tmp_path / "ghi-chu.txt"])  # only .xlsx files are taken

    previews: list = []
    boxes: list = []
    texts: list[str] = []
    seen_counts: list = []

    def import_all(dialog: ExchangePreviewDialog) -> None:
        seen_counts.append(dialog.counts.rowCount())
        assert dialog.import_button.isEnabled() and dialog.valid_button.isHidden()
        when_shown(QMessageBox, click_ok(texts), boxes)
        dialog.import_button.click()

    when_shown(ExchangePreviewDialog, import_all, previews)
    assert drop(window, [book])
    qtbot.waitUntil(lambda: bool(boxes), timeout=30_000)
    assert seen_counts[0] >= 9  # one line per sheet of the workbook
    assert texts[0] == "1 of 1 workbook(s) imported."
    records = {k: v for k, v in counts(ctx).items() if k != "audit"}
    assert records == {k: v for k, v in counts(office).items() if k != "audit"}
    assert window.outreach_tab.sessions.model.rowCount() > 0  # the lists were refreshed
    office.db.close()


def test_a_workbook_naming_no_unit_asks_for_it_then_saves_the_rejected_rows(
        qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = messy(tmp_path)
    rejects = tmp_path / "dong-loi.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(rejects), "Excel workbooks (*.xlsx)"))
    window = open_window(qtbot, ctx)
    asked: list = []
    offered: list = []
    previews: list = []
    boxes: list = []
    texts: list[str] = []

    def choose_unit(dialog: QInputDialog) -> None:
        combo = dialog.findChild(QComboBox)
        offered.extend(combo.itemText(i) for i in range(combo.count()))
        offered.append(combo.currentText())  # nothing preselected: the last item is ""
        when_shown(ExchangePreviewDialog, import_valid, previews)
        dialog.setTextValue("quan do son")  # typed, accents left out
        dialog.accept()

    def import_valid(dialog: ExchangePreviewDialog) -> None:
        assert not dialog.import_button.isEnabled()  # there are rejected rows
        assert dialog.valid_button.isVisible()
        when_shown(QMessageBox, click_ok(texts), boxes)
        dialog.valid_button.click()

    when_shown(QInputDialog, choose_unit, asked)
    window.import_files([str(path)])
    qtbot.waitUntil(lambda: bool(boxes), timeout=30_000)
    assert "tay.xlsx does not say which unit sent it" in asked[0].labelText()
    assert offered[0] == "308 — Quận Đồ Sơn" and "11467 — Phường Bàng La" in offered
    assert offered[-1] == ""
    assert "1 of 1 workbook(s) imported." in texts[0]
    assert f"Rejected rows saved to {rejects}." in texts[0]

    expected = empty_context(tmp_path / "expected.sqlite")
    import_files(expected, [path], unit_code="308", accept_valid=True)
    assert counts(ctx) == counts(expected) and counts(ctx)["outreach"] == 5
    sheet = openpyxl.load_workbook(rejects)["Tuyên truyền"]
    assert [c.value for c in sheet[1]][-1] == "Lỗi" and sheet.max_row == 4
    expected.db.close()


def test_cancelling_the_unit_question_imports_nothing(qtbot, ctx, tmp_path: Path) -> None:
    path = messy(tmp_path)
    window = open_window(qtbot, ctx)
    asked: list = []
    when_shown(QInputDialog, lambda d: d.reject(), asked)
    window.import_files([str(path)])
    qtbot.waitUntil(lambda: bool(asked) and not asked[0].isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=5_000)
    assert set(counts(ctx).values()) == {0}


def test_what_is_typed_for_the_unit_is_read_as_a_code() -> None:
    labels = {"308 — Quận Đồ Sơn": "308", "11467 — Phường Bàng La": "11467",
              "11458 — Phường Hải Sơn": "11458"}
    assert pick_unit_code("11467 — Phường Bàng La", labels) == "11467"
    assert pick_unit_code("11458", labels) == "11458"
    assert pick_unit_code("bang la", labels) == "11467"
    assert pick_unit_code("Sơn", labels) == "Sơn"  # two units match: the importer says so
    assert pick_unit_code("999 somewhere", labels) == "999"
    for partial_code in ("30", "1146", "467"):  # a part of a code never picks a unit
        assert pick_unit_code(partial_code, labels) == partial_code
    assert pick_unit_code("", labels) is None


def test_export_and_template_from_the_file_menu(qtbot, ctx, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    RecordService(ctx).create("media", {"date": "5/3/2024", "kind": "Tin", "quantity": 2})
    RecordService(ctx).create("media", {"date": "5/3/2023", "kind": "Tin", "quantity": 1})
    window = open_window(qtbot, ctx)
    out = tmp_path / "xuat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    shown: list = []
    boxes: list = []
    texts: list[str] = []

    def choose_2024(dialog: ExportDialog) -> None:
        dialog.date_from.setDate(QDate(2024, 1, 1))
        dialog.date_to.setDate(QDate(2024, 12, 31))
        dialog.redact.setChecked(True)
        when_shown(QMessageBox, click_ok(texts), boxes)
        dialog.accept()

    when_shown(ExportDialog, choose_2024, shown)
    window.act_export.trigger()
    qtbot.waitUntil(lambda: bool(texts), timeout=30_000)
    assert texts[0] == f"1 rows written to {out}."  # the 2024 item, not the 2023 one
    media = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Truyền thông").to_python()
    assert len(media) == 2 and media[1][0] == date(2024, 3, 5)

    template = tmp_path / "mau.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    when_shown(QMessageBox, click_ok(texts), boxes)
    window.act_template.trigger()
    qtbot.waitUntil(lambda: len(texts) == 2, timeout=30_000)
    assert texts[1] == f"Template written: {template}" and template.exists()


@pytest.mark.parametrize("answer", ["cancel", "refusing folder"])
def test_no_rejected_rows_file_no_import(qtbot, ctx, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    """Importing the valid rows and saving the others go together: if the file for the others
    is cancelled or cannot be written, nothing is imported."""
    refusing = refusing_folder(tmp_path) if answer != "cancel" else None
    chosen = "" if refusing is None else str(refusing[0] / "dong-loi.xlsx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (chosen, ""))
    window = open_window(qtbot, ctx)
    previews: list = []
    boxes: list = []
    texts: list[str] = []

    def import_valid(dialog: ExchangePreviewDialog) -> None:
        assert dialog.valid_button.isVisible()
        if answer != "cancel":
            when_shown(QMessageBox, click_ok(texts), boxes)
        dialog.valid_button.click()

    def answer_308(dialog: QInputDialog) -> None:
        dialog.setTextValue("308")
        dialog.accept()

    when_shown(QInputDialog, answer_308, [])
    when_shown(ExchangePreviewDialog, import_valid, previews)
    window.import_files([str(messy(tmp_path))])
    qtbot.waitUntil(lambda: bool(previews) and not previews[0].isVisible(), timeout=30_000)
    if answer != "cancel":
        qtbot.waitUntil(lambda: bool(texts), timeout=5_000)
        assert texts[0] == f"Cannot write {chosen}: {failure_reason(refusing[1])}"
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=5_000)
    assert set(counts(ctx).values()) == {0}
