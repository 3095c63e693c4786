"""A large selection is deleted and copied off the window's thread: 10,000 deletions or
40,000 copied rows held the window for many seconds. The result is the same as the quick path
for a few rows: the same table on the clipboard, the same undo step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from desktop.services.records import Batch, RecordService
from desktop.ui import clipboard, list_panel
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.outreach_tab import MEDIA_COLUMNS
from desktop.ui.tasks import TaskRunner
from desktop.ui.undo import undo_stack
from tests.ui_helpers import answer_message_box, isolate_qsettings, wait_until


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")
    undo_stack().clear()


def _media(ctx, n: int) -> list[str]:
    return RecordService(ctx).save_batch("media", Batch(create=[
        {"date": date(2024, 5, 1 + i % 28), "kind": "tin", "quantity": 1000 + i,
         "title": f"Tin số {i}", "channel": "Đài truyền thanh phường"} for i in range(n)]))


def _panel_in_window(qtbot, ctx) -> tuple[RecordListPanel, TaskRunner]:
    """The list inside a window that has a task runner, as in the main window."""
    host = QWidget()
    host.runner = TaskRunner(host)  # type: ignore[attr-defined]
    qtbot.addWidget(host)
    panel = RecordListPanel(ctx, "media", MEDIA_COLUMNS, unit=False)
    QVBoxLayout(host).addWidget(panel)
    host.show()
    assert panel.wait_loaded()
    wait_until(qtbot, lambda: not panel.model.loading)
    return panel, host.runner  # type: ignore[attr-defined]


def test_deleting_many_records_runs_in_the_background_and_undoes(qtbot, ctx) -> None:
    count = list_panel.BACKGROUND_DELETE + 20
    _media(ctx, count)
    panel, runner = _panel_in_window(qtbot, ctx)
    panel.view.selectAll()
    answer_message_box(QMessageBox.StandardButton.Yes)
    assert panel.delete_current()
    assert runner.busy()  # handed to a worker: the window goes on painting
    wait_until(qtbot, lambda: not runner.busy(), 30_000)
    service = RecordService(ctx)
    assert service.count("media") == 0
    wait_until(qtbot, lambda: not panel.model.loading and panel.model.rowCount() == 0)
    assert undo_stack().last().label() == f"Undo the deletion (Media item, {count})"
    assert panel.undo_last()
    wait_until(qtbot, lambda: service.count("media") == count, 30_000)


def test_a_large_copy_gives_the_same_table_as_a_small_one(qtbot, ctx) -> None:
    count = clipboard.QUICK_COPY + 50
    _media(ctx, count)
    panel, runner = _panel_in_window(qtbot, ctx)
    panel._select_rows(list(range(5)))
    assert panel.copy_selection() == 5  # a few rows: at once
    small = QApplication.clipboard().text().splitlines()
    panel.view.selectAll()
    assert panel.copy_selection() == 0  # many: by a worker, said in the status bar at its end
    assert runner.busy()
    wait_until(qtbot, lambda: not runner.busy(), 30_000)
    lines = QApplication.clipboard().text().splitlines()
    assert len(lines) == count + 1
    assert lines[:6] == small  # the header and the first rows, cell for cell
    html = QApplication.clipboard().mimeData().html()
    assert html.count("<tr>") == count + 1


def test_the_column_header_does_not_read_every_row_of_a_large_selection(qtbot, ctx) -> None:
    """Qt's header asked each row whether its column was wholly selected at every paint:
    with 40,000 rows selected any dialog over the list held the window 2 s."""
    _media(ctx, 30)
    panel, _runner = _panel_in_window(qtbot, ctx)
    panel.view.selectAll()
    header = panel.view.horizontalHeader()
    assert header.selectionModel() is not panel.view.selectionModel()
    assert not header.selectionModel().hasSelection()
    assert len(panel.selected_rows()) == 30  # the rows keep their selection
    header.sectionClicked.emit(0)  # a click on a column's title still sorts
    panel.view.sortByColumn(0, panel.model.sort_order.__class__.AscendingOrder)
    wait_until(qtbot, lambda: not panel.model.loading)
    assert panel.model.rowCount() == 30
    panel.attach(ctx)  # a new model: the header gets its own selection again
    assert panel.view.horizontalHeader().selectionModel() is not panel.view.selectionModel()


def test_a_large_paste_is_checked_and_saved_by_a_worker(qtbot, ctx) -> None:
    """10,000 pasted rows took 2 s to check and 5 s to save on the window's thread."""
    from desktop.ui.exchange_preview import ExchangePreviewDialog
    from desktop.ui.widgets import format_number
    from tests.test_exchange_gui_flow import when_shown

    count = clipboard.BACKGROUND_PASTE + 30
    panel, runner = _panel_in_window(qtbot, ctx)
    block = "\n".join(["Ngày\tLoại\tCơ quan, kênh\tTiêu đề\tSố lượng", *(
        f"{1 + i % 28}/5/24\tTin\tĐài truyền thanh phường\tTin dán {i}\t{1000 + i}"
        for i in range(count))])
    previews: list = []
    when_shown(ExchangePreviewDialog, lambda d: d.import_button.click(), previews)
    assert panel.paste(block)
    assert runner.busy() and not previews  # the check is the worker's: the window paints on
    wait_until(qtbot, lambda: bool(previews), 60_000)
    assert f"{format_number(count)} pasted rows" in previews[0].summary_label.text()
    wait_until(qtbot, lambda: not runner.busy() and RecordService(ctx).count("media") == count,
               60_000)
    rows = RecordService(ctx).list("media")
    assert {r["date"] for r in rows} <= {date(2024, 5, d) for d in range(1, 29)}  # 24: 2024
    assert undo_stack().last().label().startswith("Undo the paste")
    wait_until(qtbot, lambda: len(panel.selected_ids()) == count, 30_000)
    assert panel.undo_last()
    wait_until(qtbot, lambda: not runner.busy() and RecordService(ctx).count("media") == 0,
               60_000)


def test_a_large_paste_cancelled_at_its_preview_saves_nothing(qtbot, ctx) -> None:
    from desktop.ui.exchange_preview import ExchangePreviewDialog
    from tests.test_exchange_gui_flow import when_shown

    count = clipboard.BACKGROUND_PASTE + 1
    panel, runner = _panel_in_window(qtbot, ctx)
    block = "\n".join(["Ngày\tLoại\tSố lượng", *(f"2/5/2024\tTin\t{i}" for i in range(count))])
    previews: list = []
    when_shown(ExchangePreviewDialog, lambda d: d.reject(), previews)
    assert panel.paste(block)
    wait_until(qtbot, lambda: bool(previews) and not previews[0].isVisible(), 60_000)
    wait_until(qtbot, lambda: not runner.busy(), 10_000)
    assert RecordService(ctx).count("media") == 0


def test_rows_to_select_again_are_found_in_one_pass_and_selected_as_runs(qtbot, ctx) -> None:
    ids = _media(ctx, 12)
    panel, _runner = _panel_in_window(qtbot, ctx)
    listed = panel.model.ids()
    panel.model.positions = {}  # as after a refresh that placed none of them
    wanted = [listed[i] for i in (0, 1, 2, 5, 6, 9)] + ["not-a-record"]
    assert sorted(panel.model.rows_of(wanted)) == [0, 1, 2, 5, 6, 9]
    panel._select_rows([0, 1, 2, 5, 6, 9])
    selection = panel.view.selectionModel().selection()
    assert [(r.top(), r.bottom()) for r in selection] == [(0, 2), (5, 6), (9, 9)]
    assert set(panel.selected_ids()) == {listed[i] for i in (0, 1, 2, 5, 6, 9)}
    assert set(ids) == set(listed)
