"""Ctrl+Z undoes the last change while the record is not locked; deleted records are found
and restored; a record of a locked month opens read-only and says who locked it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services import audit_view, auth, locks
from desktop.services.context import AppContext
from desktop.services.records import RecordService
from desktop.services.session_user import set_user
from desktop.ui.deleted_records import DeletedRecordsDialog, may_restore
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.main_window import MainWindow
from desktop.ui.outreach_tab import MEDIA_COLUMNS
from desktop.ui.record_form import RecordForm
from desktop.ui.undo import undo_stack
from tests.ui_helpers import answer_message_box, isolate_qsettings


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")
    undo_stack().clear()


def _media(ctx, n: int = 3) -> list[str]:
    service = RecordService(ctx)
    return [service.create("media", {"date": date(2024, 5, 1 + i), "kind": "tin",
                                     "quantity": i + 1, "title": f"Tin {i}"})
            for i in range(n)]


def _panel(qtbot, ctx) -> RecordListPanel:
    panel = RecordListPanel(ctx, "media", MEDIA_COLUMNS, unit=False)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_undo_a_delete_of_several_records(qtbot, ctx) -> None:
    ids = _media(ctx)
    panel = _panel(qtbot, ctx)
    panel._select_rows([0, 2])
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes, seen)
    assert panel.delete_current()
    assert "Delete these 2 records?" in seen[0] and "Ctrl+Z" in seen[0]
    service = RecordService(ctx)
    assert service.count("media") == 1
    assert undo_stack().last().label() == "Undo the deletion (Media item, 2)"
    assert panel.undo_last()
    assert service.count("media") == 3
    assert panel.model.rowCount() == 3
    restored = audit_view.query_audit(ctx.db, record_type="media", action="restore")
    assert {e.record_id for e in restored} == {ids[0], ids[2]}


def test_undo_a_save_gives_the_old_values_back_and_a_new_record_goes(qtbot, ctx) -> None:
    ids = _media(ctx, 1)
    form = RecordForm(ctx, "media", ids[0])
    qtbot.addWidget(form)
    form.editor("title").setText("Đổi tên")
    assert form.save()
    new = RecordForm(ctx, "media")
    qtbot.addWidget(new)
    new.editor("kind").set_value("tin")
    new.editor("quantity").setText("9")
    assert new.save()
    service = RecordService(ctx)
    assert service.count("media") == 2
    undo_stack().undo(ctx)  # the new record
    assert service.count("media") == 1
    undo_stack().undo(ctx)  # the change of title
    assert service.get("media", ids[0])["title"] == "Tin 0"
    assert undo_stack().last() is None


def test_undo_is_refused_once_the_month_is_locked(qtbot, ctx) -> None:
    _media(ctx)
    panel = _panel(qtbot, ctx)
    panel._select_rows([0])
    answer_message_box(QMessageBox.StandardButton.Yes)
    assert panel.delete_current()
    locks.lock(ctx, ctx.home_unit().id, date(2024, 5, 1), "May signed off")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Ok, seen)
    assert not panel.undo_last()
    assert seen and "Cannot undo" in seen[0] and "05/2024" in seen[0]
    assert RecordService(ctx).count("media") == 2
    assert undo_stack().last() is not None  # still there, for when the month is unlocked


def test_a_record_of_a_locked_month_opens_read_only(qtbot, ctx) -> None:
    ids = _media(ctx, 1)
    locks.lock(ctx, ctx.home_unit().id, date(2024, 5, 1), "May signed off")
    form = RecordForm(ctx, "media", ids[0])
    qtbot.addWidget(form)
    form.show()
    assert form.read_only
    assert form.banner.isVisible()
    assert "05/2024" in form.banner.text() and "locked by" in form.banner.text()
    assert form.windowTitle() == "View: Media item"
    assert not form.save_button.isVisible() and not form.save_new_button.isVisible()
    assert form.editor("title").isReadOnly() and not form.editor("kind").isEnabled()
    assert form.editor("date").isReadOnly()
    assert not form.save()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_save_and_new_is_offered_on_new_records_only(qtbot, ctx) -> None:
    ids = _media(ctx, 1)
    new, edit = RecordForm(ctx, "media"), RecordForm(ctx, "media", ids[0])
    for form in (new, edit):
        qtbot.addWidget(form)
        form.show()
    assert new.save_new_button.isVisible()
    assert not edit.save_new_button.isVisible()
    assert not edit.read_only and edit.save_button.isVisible()


def test_deleted_records_are_found_and_restored_by_a_manager(qtbot, ctx) -> None:
    ids = _media(ctx)
    service = RecordService(ctx)
    service.delete("media", ids[1])
    service.delete("media", ids[2])
    city = ctx.units.latest("31")
    auth.create_user(ctx, "Admin", "admin-secret-1", "admin", city.id, "Quản trị")
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret-1"))
    auth.create_user(ctx, "lan", "manager-pw-1", "manager", ctx.home_unit().id, "Lan")
    auth.create_user(ctx, "binh", "staff-pw-11", "staff", ctx.home_unit().id, "Bình")
    set_user(ctx, auth.authenticate(ctx.db, "binh", "staff-pw-11"))
    assert not may_restore(ctx)
    set_user(ctx, auth.authenticate(ctx.db, "lan", "manager-pw-1"))
    assert may_restore(ctx)
    dialog = DeletedRecordsDialog(ctx, "media", MEDIA_COLUMNS)
    qtbot.addWidget(dialog)
    assert dialog.model.ids() == [ids[2], ids[1]]  # the latest deletion first
    assert "2 deleted records" in dialog.intro.text()
    dialog.view.selectRow(1)
    assert dialog.restore_selected() == 1
    assert service.get("media", ids[1])["deleted_at"] is None
    assert dialog.model.ids() == [ids[2]]
    entry = audit_view.query_audit(ctx.db, record_id=ids[1], action="restore")[0]
    assert entry.user_name == "lan"


def test_the_edit_menu_undoes_and_names_what(qtbot, ctx) -> None:
    _media(ctx, 2)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    actions = window.edit_actions
    assert not actions.act_undo.isEnabled()
    window.outreach_tab.inner.setCurrentIndex(1)
    panel = window.current_panel()
    assert panel is window.outreach_tab.media
    assert panel.wait_loaded()
    panel._select_rows([0])
    answer_message_box(QMessageBox.StandardButton.Yes)
    window.delete_record()
    assert actions.act_undo.isEnabled()
    assert actions.act_undo.text() == "Undo the deletion (Media item, 1)"
    actions.act_undo.trigger()
    assert RecordService(ctx).count("media") == 2
    assert not actions.act_undo.isEnabled()
    assert panel.wait_loaded() and panel.model.rowCount() == 2


def _media_batch(ctx, n: int) -> list[str]:
    from desktop.services.records import Batch

    return RecordService(ctx).save_batch("media", Batch(create=[
        {"date": date(2024, 5, 1 + i % 28), "kind": "tin", "quantity": 1, "title": f"Tin {i}"}
        for i in range(n)]))


def _window_with_media(qtbot, ctx) -> tuple[MainWindow, RecordListPanel]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.outreach_tab.inner.setCurrentIndex(1)
    panel = window.current_panel()
    assert panel is not None and panel.wait_loaded()
    return window, panel


def _delete_all(qtbot, panel: RecordListPanel) -> None:
    """Ctrl+A, Delete, Yes; until the delete (by a worker, when large) is done."""
    panel.view.selectAll()
    answer_message_box(QMessageBox.StandardButton.Yes)
    assert panel.delete_current()
    qtbot.waitUntil(lambda: undo_stack().last() is not None, timeout=60_000)


def test_a_large_undo_runs_off_the_window_thread_once(qtbot, ctx) -> None:
    """Undoing a step of 1,000 records (a grid save, a paste, a Ctrl+A delete) ran on the
    window's thread: the window froze about 4 s. A step of BACKGROUND_ROWS records or more
    is undone by the window's task runner (progress, Cancel); meanwhile Undo is off and a
    second Ctrl+Z does nothing; the list shows the records again afterwards."""
    from desktop.ui.tasks import BACKGROUND_ROWS

    n = BACKGROUND_ROWS + 50
    _media_batch(ctx, n)
    window, panel = _window_with_media(qtbot, ctx)
    qtbot.waitUntil(lambda: panel.model.total() == n)
    _delete_all(qtbot, panel)
    service = RecordService(ctx)
    assert service.count("media") == 0
    actions = window.edit_actions
    step = undo_stack().last()
    actions.act_undo.trigger()
    # back in the event loop at once: the records come back from a worker
    assert undo_stack().running is step and undo_stack().last() is step
    assert window.runner.busy()
    assert not actions.act_undo.isEnabled()
    tasks = len(window.runner.tasks)
    actions.undo()  # a second Ctrl+Z (queued before the action was disabled)
    assert len(window.runner.tasks) == tasks
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60_000)
    assert service.count("media") == n
    assert undo_stack().running is None and undo_stack().last() is None
    assert not actions.act_undo.isEnabled()
    # said as done (it read "Undone: Undo the deletion (…)")
    assert window.statusBar().currentMessage() == f"The deletion was undone (Media item, {n})."
    qtbot.waitUntil(lambda: panel.model.total() == n and not panel.model.loading)
    restored = audit_view.query_audit(ctx.db, record_type="media", action="restore")
    assert len(restored) == n


def test_a_cancelled_large_undo_keeps_its_step(qtbot, ctx) -> None:
    from desktop.ui.tasks import BACKGROUND_ROWS

    n = BACKGROUND_ROWS * 3
    _media_batch(ctx, n)
    window, panel = _window_with_media(qtbot, ctx)
    _delete_all(qtbot, panel)
    step = undo_stack().last()
    window.edit_actions.act_undo.trigger()
    window.runner.cancel_all()  # as the progress dialog's Cancel does
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60_000)
    back = RecordService(ctx).count("media")
    assert back in (0, n)  # one transaction: never a part
    assert undo_stack().running is None
    if back == 0:
        assert undo_stack().last() is step  # still there, to be undone later
        assert window.edit_actions.act_undo.isEnabled()


def test_a_large_undo_refused_in_the_background_says_why_and_keeps_its_step(qtbot,
                                                                            ctx) -> None:
    from desktop.ui.tasks import BACKGROUND_ROWS

    _media_batch(ctx, BACKGROUND_ROWS)
    window, panel = _window_with_media(qtbot, ctx)
    _delete_all(qtbot, panel)
    locks.lock(ctx, ctx.home_unit().id, date(2024, 5, 1), "May signed off")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Ok, seen, attempts=500)
    window.edit_actions.act_undo.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert seen[0].startswith("Cannot undo") and "05/2024" in seen[0]
    assert RecordService(ctx).count("media") == 0
    assert undo_stack().running is None and undo_stack().last() is not None
    assert window.edit_actions.act_undo.isEnabled()


def test_a_delete_of_many_refused_for_one_record_says_none_was_deleted_and_which(
        qtbot, ctx) -> None:
    """Ctrl+A, Delete over a list holding a record of a locked month said only the lock's
    sentence: the clerk could not tell whether the other records were gone, nor which one
    was refused."""
    _media(ctx)  # 01/05, 02/05, 03/05/2024
    RecordService(ctx).create("media", {"date": date(2024, 6, 9), "kind": "tin",
                                        "quantity": 1, "title": "Tháng sáu"})
    locks.lock(ctx, ctx.home_unit().id, date(2024, 6, 1), "June signed off")
    panel = _panel(qtbot, ctx)
    panel.view.selectAll()
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes)
    answer_message_box(QMessageBox.StandardButton.Ok, seen, attempts=200)
    assert not panel.delete_current()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("Nothing was deleted: 1 of the 4 records may not be deleted.")
    assert "09/06/2024" in seen[0] and "Tháng sáu" in seen[0] and "06/2024" in seen[0]
    assert RecordService(ctx).count("media") == 4
    assert undo_stack().last() is None


def test_an_undo_of_many_refused_for_one_record_names_it(qtbot, ctx) -> None:
    """An undo of several records refused for one (its month locked since, or changed on
    another PC) named neither that nothing was undone nor the record."""
    _media(ctx)
    june = RecordService(ctx).create("media", {"date": date(2024, 6, 9), "kind": "tin",
                                               "quantity": 1, "title": "Tháng sáu"})
    panel = _panel(qtbot, ctx)
    panel.view.selectAll()
    answer_message_box(QMessageBox.StandardButton.Yes)
    assert panel.delete_current()
    locks.lock(ctx, ctx.home_unit().id, date(2024, 6, 1), "June signed off")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Ok, seen)
    assert not panel.undo_last()
    assert seen[0].startswith("Cannot undo: nothing was undone: 1 of the 4 records")
    assert "09/06/2024" in seen[0] and "06/2024" in seen[0]
    assert RecordService(ctx).count("media") == 0
    other = AppContext(ctx.db, user_name="other PC")  # the same database on another PC
    locks.unlock(other, ctx.home_unit().id, date(2024, 6, 1), "a correction")
    RecordService(other).restore("media", june)
    seen.clear()
    answer_message_box(QMessageBox.StandardButton.Ok, seen)
    assert panel.undo_last()  # the one restored meanwhile stays restored
    assert RecordService(ctx).count("media") == 4 and not seen


def test_a_restore_is_undone_by_ctrl_z_and_a_refused_one_names_the_record(qtbot, ctx) -> None:
    """Restoring deleted records pushed nothing on the undo stack (Ctrl+Z undid the change
    before it), and a restore of several refused for one said only that one's reason."""
    ids = _media(ctx)
    june = RecordService(ctx).create("media", {"date": date(2024, 6, 9), "kind": "tin",
                                               "quantity": 1, "title": "Tháng sáu"})
    service = RecordService(ctx)
    for rid in (*ids, june):
        service.delete("media", rid)
    dialog = DeletedRecordsDialog(ctx, "media", MEDIA_COLUMNS)
    qtbot.addWidget(dialog)
    locks.lock(ctx, ctx.home_unit().id, date(2024, 6, 1), "June signed off")
    dialog.view.selectAll()
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Ok, seen)
    assert dialog.restore_selected() == 0
    assert seen[0].startswith("Nothing was restored: 1 of the 4 records may not be restored.")
    assert "09/06/2024" in seen[0] and "06/2024" in seen[0]
    assert service.count("media") == 0 and undo_stack().last() is None
    dialog.view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row, rid in enumerate(dialog.model.ids()):
        if rid != june:
            dialog.view.selectionModel().select(dialog.model.index(row, 0), flags)
    assert dialog.restore_selected() == 3
    assert undo_stack().last().label() == "Undo the restore (Media item, 3)"
    assert undo_stack().undo(ctx) is not None
    assert service.count("media") == 0
    deleted = audit_view.query_audit(ctx.db, record_type="media", action="delete")
    assert len(deleted) == 4 + 3  # deleted, restored, deleted again: all audited
