"""Main window, language switch, first start, settings, tools, background tasks, screenshot."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import preferences
from desktop.cli import main as pcmd
from desktop.db.database import open_database
from desktop.services import catalogue, settings, setup
from desktop.services.context import AppContext
from desktop.services.progress import Cancelled
from desktop.ui.first_start import FirstStartDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from desktop.ui.translation import install_translators, remove_translators
from tests.ui_helpers import answer_message_box, isolate_qsettings

TITLES_EN = ["Outreach", "Training", "Inspections", "Cases and hotspots", "Support", "Reports"]
TITLES_VI = ["Tuyên truyền", "Tập huấn", "Kiểm tra", "Vụ việc, tụ điểm", "Hỗ trợ", "Báo cáo"]


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, qapp) -> None:
    isolate_qsettings(tmp_path / "qsettings")
    yield
    remove_translators(qapp)


def _titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_main_window_has_its_declared_tabs_menus_and_status(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert _titles(window) == TITLES_EN
    menus = [a.text() for a in window.menuBar().actions()]
    for name in ("&File", "&Edit", "&View", "&Tools", "&Help"):
        assert name in menus
    assert "308 Quận Đồ Sơn" in window.home_label.text()
    assert str(ctx.db.path) in window.db_label.text()
    window.set_tab("support")
    assert window.current_panel() is window.support_tab.figures
    window.refresh_all()


def test_language_switch_retranslates_the_open_window(qtbot, qapp, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    panel = window.outreach_tab.sessions
    assert panel.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "Date"
    window.switch_language("vi")
    qtbot.waitUntil(lambda: _titles(window) == TITLES_VI)
    assert window.menu_file.title() == "&Tệp"
    assert panel.new_button.text() == "&Thêm"
    from PySide6.QtCore import Qt

    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Ngày"
    assert preferences.language() == "vi"
    window.switch_language("en")
    qtbot.waitUntil(lambda: _titles(window) == TITLES_EN)
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_vietnamese_dialog_buttons(qtbot, qapp, ctx) -> None:
    from desktop.ui.record_form import RecordForm

    install_translators(qapp, "vi")
    form = RecordForm(ctx, "media")
    qtbot.addWidget(form)
    assert form.save_button.text().replace("&", "") == "Lưu"
    assert form.windowTitle().startswith("Thêm mới")


def test_first_start_sets_the_home_unit(qtbot, tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "fresh.sqlite"), create=True)
    try:
        setup.prepare(database)
        ctx = AppContext(database, user_name="tester")
        assert ctx.home_unit() is None
        dialog = FirstStartDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.combo.setCurrentIndex(-1)
        dialog.combo.setEditText("")
        dialog.accept()
        assert dialog.error.isVisibleTo(dialog)  # nothing chosen: stays open with a message
        dialog.select_code("31")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert ctx.home_unit() is not None and ctx.home_unit().code == "31"
        assert settings.get_home_unit_id(database) == ctx.home_unit().id
    finally:
        database.close()


def test_settings_dialog_saves_report_names_and_home(qtbot, ctx) -> None:
    from desktop.ui.settings_dialog import SettingsDialog

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = SettingsDialog(ctx, window.runner, window)
    dialog.report_edits["signer_name"].setText("Nguyễn Văn An")
    dialog.report_edits["place"].setText("Đồ Sơn")
    dialog.home_combo.setCurrentIndex(dialog.home_combo.findData("31", 258))
    dialog.accept()
    values = settings.get_many(ctx.db, settings.REPORT_KEYS)
    assert values["signer_name"] == "Nguyễn Văn An" and values["place"] == "Đồ Sơn"
    assert dialog.home_changed and ctx.home_unit().code == "31"


def test_catalogue_editor_adds_and_deactivates(qtbot, ctx) -> None:
    from desktop.ui.catalogue_editor import CatalogueEditor

    editor = CatalogueEditor(ctx)
    qtbot.addWidget(editor)
    editor.kinds.setCurrentRow(1)  # topics
    editor.label_vi.setText("Xâm hại trẻ em")
    editor.label_en.setText("Child abuse")
    editor.add_value()
    values = catalogue.load(ctx.db).of("topic")
    assert any(v.label_vi == "Xâm hại trẻ em" for v in values)
    editor.label_vi.setText("xam hai tre em")
    editor.add_value()
    assert editor.error.text()  # already exists (accents ignored)
    row = editor.table.rowCount() - 1
    editor.table.item(row, 3).setCheckState(editor.table.item(row, 3).checkState().Unchecked)
    assert not any(v.label_vi == "Xâm hại trẻ em" for v in catalogue.load(ctx.db).of("topic"))


def test_unit_browser_lists_units_and_mappings(qtbot, ctx) -> None:
    from desktop.ui.unit_browser import UnitBrowser

    browser = UnitBrowser(ctx)
    qtbot.addWidget(browser)
    browser.search.setText("ngoc xuyen")
    assert browser.table.rowCount() >= 1
    texts = [browser.table.item(r, 1).text() for r in range(browser.table.rowCount())]
    assert "Phường Ngọc Xuyên" in texts
    row = texts.index("Phường Ngọc Xuyên")
    assert browser.table.item(row, 5).text() == "30/06/2025"
    assert "Đồ Sơn" in browser.table.item(row, 6).text()


def test_task_runner_works_in_background(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    main_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress) -> int:
        seen["thread"] = threading.get_ident()
        progress.update(1, 2, "half")
        return 42

    runner.run("Work", work, lambda result: seen.setdefault("result", result))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["thread"] != main_thread
    assert not runner.busy()


def test_task_runner_shows_progress_and_cancels(qtbot) -> None:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    outcome: dict[str, object] = {}

    def slow(progress) -> str:
        for i in range(500):
            progress.update(i, 500, f"step {i}")
            time.sleep(0.01)
        return "finished"

    task = runner.run("Slow work", slow, lambda r: outcome.setdefault("done", r),
                      lambda exc: outcome.setdefault("error", exc))
    qtbot.waitUntil(lambda: task.dialog is not None, timeout=3000)  # appears after ~400 ms
    assert isinstance(task.dialog, QProgressDialog)
    from PySide6.QtWidgets import QPushButton

    task.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: "error" in outcome or "done" in outcome, timeout=5000)
    assert isinstance(outcome.get("error"), Cancelled)
    assert not runner.busy()


def test_progress_that_ends_the_work_while_shown_does_not_fail(qtbot) -> None:
    """A modal progress dialog runs the event loop as its value is set; the work's end,
    delivered there, closed and deleted the dialog under its own setValue (AttributeError
    seen as a grid's large paste finished its check; a segmentation fault in a report's
    background save). The poll now moves the bar itself, without an event loop."""
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    go, ended = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def work(progress) -> str:
        progress.update(1, 3, "a third")
        go.wait(10)
        progress.update(2, 3, "two thirds")  # a value the dialog has not shown yet
        ended.set()
        return "done"

    task = runner.run("Work", work, lambda r: outcome.setdefault("done", r))
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.value() == 1,
                    timeout=3000)  # shown, and polled once
    task.timer.stop()  # the poll is called below, once the work has ended
    go.set()
    assert ended.wait(10)
    runner.pool.waitForDone(10_000)  # its end is queued for the window's thread
    task._poll()  # sets the value: the end is not delivered inside any more
    assert outcome == {} and task.dialog is not None and task.dialog.value() == 2
    qtbot.waitUntil(lambda: outcome == {"done": "done"} and not runner.busy(), timeout=3000)


def test_task_errors_reach_the_user(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.errors import InputError

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    seen: list[str] = []

    def bad(_progress) -> None:
        raise InputError("The file has no data.")

    answer_message_box(QMessageBox.StandardButton.Ok, seen)
    runner.run("Bad", bad, lambda _r: None)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == ["The file has no data."]

    def broken(_progress) -> None:
        raise RuntimeError("boom")

    answer_message_box(QMessageBox.StandardButton.Ok, seen)
    runner.run("Broken", broken, lambda _r: None)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert "RuntimeError" in seen[1]
    log = Path(tmp_path / "userdata" / "logs" / "pcmd.log")
    assert log.exists() and "boom" in log.read_text(encoding="utf-8")


def test_screenshot_command(tmp_path: Path, db_path: Path, db, capsys) -> None:
    out = tmp_path / "shot.png"
    assert pcmd(["screenshot", "--tab", "nowhere", "--out", str(out), "--db", str(db_path)]) == 2
    assert not out.exists()
    code = pcmd(["screenshot", "--tab", "inspections", "--lang", "en", "--out", str(out),
                 "--size", "1000x700", "--db", str(db_path)])
    assert code == 0 and out.exists()
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    remove_translators(QApplication.instance())


def test_every_record_type_is_listed_in_the_tab_it_declares(qtbot, qtmodeltester, ctx) -> None:
    from desktop.domain.record_types import TYPES
    from desktop.ui.tabs import TAB_KEYS, TABS

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    listed: dict[str, str] = {}
    for t in TABS:
        if not t.widget:
            continue
        window.set_tab(t.key)
        for panel in getattr(window, t.attribute).panels():
            listed[panel.kind] = t.key
            assert panel.columns == TYPES[panel.kind].list_columns
            assert panel.model is not None
            qtmodeltester.check(panel.model)
    declared = {k: rt.tab for k, rt in TYPES.items() if rt.tab is not None}
    assert listed == declared
    assert set(declared.values()) <= set(TAB_KEYS)
