"""The grid for many rows, typed with the keyboard into real widgets, and the attendance
picker: all rows saved or none, each refused row named, undone by Ctrl+Z."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.records import Filters, RecordService
from desktop.ui.grid import GridDialog
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.outreach_tab import SESSION_COLUMNS
from desktop.ui.training_tab import TrainingTab
from desktop.ui.undo import undo_stack
from tests.ui_helpers import answer_message_box, isolate_qsettings

KEYS = {"\t": Qt.Key.Key_Tab, "\n": Qt.Key.Key_Return}


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")
    undo_stack().clear()


class Keyboard:
    """Types into whatever has the focus, as a user does (Vietnamese letters included);
    counts the keystrokes."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def type(self, text: str) -> None:
        for ch in text:
            widget = QApplication.focusWidget()
            assert widget is not None, "nothing has the focus"
            key = KEYS.get(ch, Qt.Key.Key_unknown)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(
                    kind, key, Qt.KeyboardModifier.NoModifier, "" if ch in KEYS else ch))
            QApplication.processEvents()
            self.count += 1

    def chord(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        widget = QApplication.focusWidget()
        self.qtbot.keyClick(widget, key, modifiers)
        QApplication.processEvents()
        self.count += 1


def _grid(qtbot, ctx, kind: str = "outreach") -> GridDialog:
    grid = GridDialog(ctx, kind)
    qtbot.addWidget(grid)
    grid.show()
    grid.activateWindow()
    qtbot.waitUntil(grid.isActiveWindow)
    grid.view.setFocus()
    return grid


def _columns(grid: GridDialog) -> list[str]:
    return [f.name for f in grid.model.fields]


def test_ten_sessions_typed_row_after_row_are_saved_together(qtbot, ctx) -> None:
    grid = _grid(qtbot, ctx)
    cols = _columns(grid)
    assert cols[:4] == ["date", "unit_id", "form", "title"]
    keys = Keyboard(qtbot)
    participants = cols.index("participants")
    # the first row whole: date, commune, form, title, then on to the participants
    keys.type("15032024\thai son\thoi ng\tHội nghị ở tổ 1\t")
    for _ in range(cols.index("title") + 1, participants):
        keys.type("\t")
    keys.type("30\n")
    assert grid.view.currentIndex().row() == 1 and grid.view.currentIndex().column() == 0
    for n in range(2, 11):  # nine more: Ctrl+D copies date, commune and form from above
        row = n - 1
        grid.view.setCurrentIndex(grid.model.index(row, 0))
        grid.view.selectionModel().select(
            grid.model.index(row, 0), grid.view.selectionModel().SelectionFlag.Select)
        for col in (0, 1, 2):
            grid.view.setCurrentIndex(grid.model.index(row, col))
            keys.chord(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        grid.view.setCurrentIndex(grid.model.index(row, cols.index("title")))
        keys.type(f"Hội nghị ở tổ {n}\t")
        for _ in range(cols.index("title") + 1, participants):
            keys.type("\t")
        keys.type(f"{20 + n}\n")
    assert grid.model.filled_rows() == list(range(10))
    assert not grid.model.problems(), grid.model.problems()
    assert grid.save_button.text().replace("&", "") == "Save 10 rows"
    assert grid.save()
    rows = RecordService(ctx).list("outreach", Filters())
    assert len(rows) == 10
    assert {r["date"] for r in rows} == {date(2024, 3, 15)}
    assert {r["form"] for r in rows} == {"hoi_nghi"}
    assert sorted(r["participants"] for r in rows) == sorted([30, *range(22, 31)])
    assert undo_stack().last().label().startswith("Undo the rows saved")
    undo_stack().undo(ctx)
    assert RecordService(ctx).count("outreach") == 0


def test_leaving_a_date_cell_by_tab_closes_its_editor_once(qtbot, qtlog, ctx) -> None:
    """Found counting keystrokes: the date cell's text box, losing the focus as its editor
    closed, was taken for an editor of its own ("commitData called with an editor that does
    not belong to this view")."""
    grid = _grid(qtbot, ctx)
    Keyboard(qtbot).type("15032024\thai son\t")
    assert grid.model.index(0, 0).data(Qt.ItemDataRole.EditRole) == date(2024, 3, 15)
    assert grid.view.currentIndex().column() == 2
    assert not [r for r in qtlog.records if "does not belong" in r.message]


def test_a_cell_is_checked_as_it_is_left_and_a_bad_row_blocks_the_save(qtbot, ctx) -> None:
    grid = _grid(qtbot, ctx)
    cols = _columns(grid)
    keys = Keyboard(qtbot)
    keys.type("31022024\t")
    assert "no such day" in grid.model.problem(0, "date") or \
        "not a date" in grid.model.problem(0, "date")
    assert "31/02/2024" in grid.problem.text() or grid.model.problems()
    grid.model.setData(grid.model.index(0, 0), date(2024, 3, 1))
    assert grid.model.problem(0, "date") == ""
    grid.model.setData(grid.model.index(0, cols.index("unit_id")), "Hải Sơn")
    grid.model.setData(grid.model.index(0, cols.index("form")), "hoi_nghi")
    grid.model.setData(grid.model.index(0, cols.index("participants")), 20)
    for col, value in (("date", date(2024, 3, 2)), ("unit_id", "Hải Sơn"), ("form", "loa"),
                       ("participants", 10), ("women", 12)):
        grid.model.setData(grid.model.index(1, cols.index(col)), value)
    assert "cannot be more than participants" in grid.model.problem(1, "women")
    grid.model.setData(grid.model.index(2, cols.index("form")), "loa")
    grid.model.setData(grid.model.index(2, cols.index("participants")), 5)
    assert grid.model.problem(2, "date") == ""  # a cell not yet left says nothing
    assert not grid.save()
    assert RecordService(ctx).count("outreach") == 0  # all or nothing
    assert "rows 2, 3" in grid.problem.text()
    assert "required" in grid.model.problem(2, "date")  # shown after the refused save
    grid.model.remove_rows([1, 2])
    assert grid.save()
    assert RecordService(ctx).count("outreach") == 1


def test_a_block_pasted_into_the_grid_fills_cells_from_the_current_one(qtbot, ctx) -> None:
    grid = _grid(qtbot, ctx, "support")
    cols = _columns(grid)
    assert cols[:4] == ["month", "unit_id", "activity", "people"]
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    assert grid.paste_block("03/2024\tHải Sơn\ttu van\t12\n03/2024\tNgọc Xuyên\ttư vấn\t7\n") == 2
    assert grid.model.filled_rows() == [0, 1]
    assert grid.model.rowCount() == 3  # a blank row below
    assert not grid.model.problems(), grid.model.problems()
    assert grid.save()
    saved = RecordService(ctx).list("support", Filters())
    assert sorted(r["people"] for r in saved) == [7, 12]
    assert {r["activity"] for r in saved} == {"tu_van"}


def test_a_pasted_block_is_checked_at_once_and_its_bad_cells_shown(qtbot, ctx) -> None:
    """A block is checked in one read of the database (it took 25 ms a cell, 100 s for
    1,000 rows): each pasted cell's problem is shown as if it had been left."""
    grid = _grid(qtbot, ctx, "support")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    assert grid.paste_block("03/2024\tHải Sơn\ttu van\t12\n13/2024\tNgọc Xuyên\ttư vấn\t7\n"
                            "03/2024\tnowhere\ttư vấn\t5\n") == 3
    assert grid.model.problem(0, "month") == "" and grid.model.problem(0, "unit_id") == ""
    assert grid.model.problem(1, "month") != ""
    assert grid.model.problem(2, "unit_id") != ""
    assert not grid.save()
    assert RecordService(ctx).count("support") == 0


def test_closing_a_grid_with_rows_asks_first(qtbot, ctx) -> None:
    grid = _grid(qtbot, ctx, "media")
    grid.model.setData(grid.model.index(0, 0), date(2024, 3, 1))
    answer_message_box(QMessageBox.StandardButton.No)
    grid.reject()
    assert grid.isVisible()
    answer_message_box(QMessageBox.StandardButton.Yes)
    grid.reject()
    assert not grid.isVisible()


def test_many_officers_are_ticked_for_a_class_at_once(qtbot, ctx) -> None:
    service = RecordService(ctx)
    class_id = service.create("training", {"date_from": date(2024, 4, 2), "name": "Lớp A",
                                           "trainees": 30})
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"]
    officers = [service.create("officers", {"officer_code": f"CB{i}", "full_name": n})
                for i, n in enumerate(names)]
    service.create("attendance", {"class_id": class_id, "officer_id": officers[0]})
    tab = TrainingTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    panel: RecordListPanel = tab.attendance
    assert panel.parent_id == class_id
    picker = panel.open_grid()
    assert picker is not None
    items = [picker.list.item(i) for i in range(picker.list.count())]
    assert [i.text() for i in items][0] == "CB0 — Nguyễn Văn An"
    assert not items[0].flags() & Qt.ItemFlag.ItemIsEnabled  # already on the list
    picker.search.setText("thi")  # accents left out: Thị
    picker.tick_shown()
    assert sorted(picker.ticked()) == sorted([officers[1], officers[3]])
    assert picker.save()
    assert service.count("attendance", Filters(equals={"class_id": class_id})) == 3
    assert panel.wait_loaded()
    assert len(panel.selected_ids()) == 2
    assert SESSION_COLUMNS  # the outreach list's columns stay importable


def _wait_checked(qtbot, grid: GridDialog) -> None:
    """Until a large block's rows are checked (by a worker, the grid disabled meanwhile)."""
    qtbot.waitUntil(lambda: not grid.checking, timeout=60_000)


def _media_block(n: int) -> str:
    return "".join(f"{1 + i % 28:02d}/03/2024\tBài viết\tBáo Hải Phòng\tBài số {i + 1}\t1\n"
                   for i in range(n))


def test_a_large_block_is_saved_off_the_window_thread_all_or_nothing(qtbot, ctx) -> None:
    """Saving 1,000 grid rows took 6 s on the GUI thread (the window froze): a block of
    BACKGROUND_ROWS or more is saved by a worker while the grid waits, disabled."""
    from desktop.ui.grid import BACKGROUND_ROWS

    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    assert grid.paste_block(_media_block(BACKGROUND_ROWS)) == BACKGROUND_ROWS
    _wait_checked(qtbot, grid)
    assert not grid.model.problems(), grid.model.problems()[:3]
    assert grid.save()
    assert not grid.isEnabled()  # the save runs in the background
    grid.reject()  # Esc or the close button meanwhile: the grid stays until the save ends
    assert grid.isVisible()
    qtbot.waitUntil(lambda: grid.result() == grid.DialogCode.Accepted, timeout=60_000)
    assert RecordService(ctx).count("media") == BACKGROUND_ROWS == len(grid.created)


def test_a_cancelled_background_save_saves_nothing(qtbot, ctx) -> None:
    from desktop.ui.grid import BACKGROUND_ROWS

    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    grid.paste_block(_media_block(BACKGROUND_ROWS * 2))
    _wait_checked(qtbot, grid)
    assert grid.save()
    grid.runner.cancel_all()  # as the progress dialog's Cancel does
    qtbot.waitUntil(lambda: not grid.runner.busy(), timeout=60_000)
    saved = RecordService(ctx).count("media")
    assert saved in (0, BACKGROUND_ROWS * 2)  # one transaction: never a part
    if saved == 0:
        assert grid.isEnabled() and "nothing was saved" in grid.problem.text()


def test_a_second_save_while_a_block_is_being_saved_saves_nothing_more(qtbot, ctx) -> None:
    """save() called again while the worker still saves the block (a Ctrl+S queued before the
    grid was disabled) saved every row a second time."""
    from desktop.ui.grid import BACKGROUND_ROWS

    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    grid.paste_block(_media_block(BACKGROUND_ROWS))
    _wait_checked(qtbot, grid)
    assert grid.save()
    assert grid.save()  # the block is being saved already
    qtbot.waitUntil(lambda: grid.result() == grid.DialogCode.Accepted, timeout=60_000)
    qtbot.waitUntil(lambda: not grid.runner.busy(), timeout=60_000)
    assert RecordService(ctx).count("media") == BACKGROUND_ROWS == len(grid.created)


def test_a_refused_background_save_gives_the_keyboard_back_to_the_grid(qtbot, ctx) -> None:
    """The grid is disabled while a large block is saved; after a refusal (here a month locked
    since the paste) the refused row was marked but nothing had the focus: the clerk could
    not go on typing without the mouse."""
    from desktop.services import locks
    from desktop.ui.grid import BACKGROUND_ROWS

    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    grid.paste_block(_media_block(BACKGROUND_ROWS)
                     + "05/04/2024\tBài viết\tBáo Hải Phòng\tBài khác\t1\n")
    _wait_checked(qtbot, grid)
    locks.lock_month(ctx, RecordService(ctx)._home_id(), date(2024, 4, 1))
    assert grid.save()
    qtbot.waitUntil(grid.isEnabled, timeout=60_000)
    assert [p[0] for p in grid.model.problems()] == [BACKGROUND_ROWS]
    assert grid.view.currentIndex().row() == BACKGROUND_ROWS
    assert f"rows {BACKGROUND_ROWS + 1})" in grid.problem.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid.view)
    assert RecordService(ctx).count("media") == 0


def _select_cells(grid: GridDialog, top: int, bottom: int, col: int) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    grid.view.setCurrentIndex(grid.model.index(top, col))
    grid.view.selectionModel().select(
        QItemSelection(grid.model.index(top, col), grid.model.index(bottom, col)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_fill_down_into_a_locked_month_marks_every_row_and_saves_nothing(qtbot, ctx) -> None:
    """Ctrl+D down a column checked each cell with a read of its own (14 s for a column of
    1,000 rows, the window frozen); the filled rows are now checked together, each showing
    the month's lock."""
    from desktop.services import locks

    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    grid.paste_block("05/05/2024\tBài viết\tBáo Hải Phòng\tBài 1\t1\n"
                     + _media_block(3))
    locks.lock_month(ctx, RecordService(ctx)._home_id(), date(2024, 5, 1))
    _select_cells(grid, 0, 3, 0)
    qtbot.keyClick(grid.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [grid.model.rows[r]["date"] for r in range(4)] == [date(2024, 5, 5)] * 4
    dates = [p for p in grid.model.problems() if p[1] == "date"]
    assert [p[0] for p in dates] == [1, 2, 3]  # the source cell was not left: not shown
    assert all("05/2024" in p[2] for p in dates)
    assert not grid.save()
    assert RecordService(ctx).count("media") == 0
    assert "Nothing was saved" in grid.problem.text()


def test_delete_empties_many_cells_at_once_and_the_count_follows(qtbot, ctx) -> None:
    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    grid.paste_block(_media_block(30))
    assert grid.save_button.text() == "&Save 30 rows"
    grid.view.selectAll()
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert grid.model.filled_rows() == []
    assert not grid.save_button.isEnabled()
    assert not grid.model.problems()


def test_a_block_with_its_header_row_goes_into_the_columns_it_names(qtbot, ctx) -> None:
    """A block copied from Excel with its header row made the headers a first row of the
    grid (its "date" not a date, its "count" not a number); the headers now place each
    column, in whatever order it was copied, and columns the grid lacks are left out."""
    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 2))  # not the first column
    block = ("Tiêu đề\tSố lượng\tCột riêng\tngay\tLoại\n"
             "Bài một\t2\tbỏ qua\t15/03/2024\tBài viết\n"
             "Bài hai\t1.250\t\t16/3/24\tTin\n")
    assert grid.paste_block(block) == 2
    assert grid.model.filled_rows() == [0, 1]
    assert not grid.model.problems(), grid.model.problems()
    assert grid.save()
    saved = {r["title"]: r for r in RecordService(ctx).list("media", Filters())}
    assert saved["Bài một"]["date"] == date(2024, 3, 15) and saved["Bài một"]["quantity"] == 2
    assert saved["Bài hai"]["quantity"] == 1250 and saved["Bài hai"]["kind"] == "tin"


def test_a_copy_from_the_list_pastes_into_the_grid(qtbot, ctx) -> None:
    from desktop.ui.clipboard import copy_rows
    from desktop.ui.outreach_tab import MEDIA_COLUMNS

    service = RecordService(ctx)
    service.create("media", {"date": date(2024, 4, 2), "kind": "tin", "quantity": 3,
                             "title": "Mẫu"})
    panel = RecordListPanel(ctx, "media", MEDIA_COLUMNS, unit=False)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.wait_loaded()
    panel._select_rows([0])
    assert copy_rows(panel) == 1
    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    qtbot.keyClick(grid.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert grid.model.filled_rows() == [0]
    assert not grid.model.problems(), grid.model.problems()
    assert grid.model.values(0)["title"] == "Mẫu"


def test_the_grid_model_passes_the_model_tester_and_a_block_adds_its_rows_at_once(
        qtbot, qtmodeltester, ctx) -> None:
    """Rows were added one at a time as a block was pasted, each addition recounting the
    rows and relaying out the view: 10,000 rows took 129 s (4,000: 35 s, now 6 s). The
    model had never been through the model tester (it gave the root flags of a cell)."""
    grid = _grid(qtbot, ctx, "media")
    inserted: list[tuple[int, int]] = []
    grid.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    assert grid.paste_block(_media_block(300)) == 300
    assert inserted == [(1, 299), (300, 300)]  # the block's rows, then the blank one
    assert grid.save_button.text() == "&Save 300 rows"
    qtmodeltester.check(grid.model)
    grid.model.clear_rows()


def test_a_large_pasted_block_is_checked_off_the_window_thread(qtbot, ctx) -> None:
    """Checking 1,000 pasted rows held the window's thread about 1.5 s (the window froze):
    a block of BACKGROUND_ROWS rows or more is checked by a worker while the grid waits,
    disabled; the problems appear once it is done, and Save waits for it."""
    from desktop.ui.grid import BACKGROUND_ROWS

    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    block = _media_block(BACKGROUND_ROWS) + "31/02/2024\tBài viết\tBáo\tSai ngày\t1\n"
    assert grid.paste_block(block) == BACKGROUND_ROWS + 1
    assert grid.checking and not grid.isEnabled()
    assert grid.model.rows[BACKGROUND_ROWS]["title"] == "Sai ngày"  # the cells are in
    assert not grid.save()  # not while the rows are checked
    grid.reject()  # nor closed
    assert grid.isVisible()
    _wait_checked(qtbot, grid)
    assert grid.isEnabled()
    assert [(r, n) for r, n, _m in grid.model.problems()] == [(BACKGROUND_ROWS, "date")]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid.view)
    assert RecordService(ctx).count("media") == 0


def test_a_cancelled_check_leaves_the_rows_to_be_checked_when_saved(qtbot, ctx) -> None:
    from desktop.ui.grid import BACKGROUND_ROWS

    grid = _grid(qtbot, ctx, "media")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    grid.paste_block(_media_block(BACKGROUND_ROWS * 3)
                     + "31/02/2024\tBài viết\tBáo\tSai ngày\t1\n")
    grid.runner.cancel_all()  # as the progress dialog's Cancel does
    _wait_checked(qtbot, grid)
    assert grid.isEnabled()
    assert grid.save()  # in the background: it checks every row, and names the bad one
    qtbot.waitUntil(lambda: not grid.runner.busy(), timeout=60_000)
    assert "Nothing was saved" in grid.problem.text()
    assert [r for r, _n, _m in grid.model.problems()] == [BACKGROUND_ROWS * 3]


def test_ctrl_z_in_the_grid_takes_the_last_change_of_cells_back(qtbot, ctx) -> None:
    """A slip of Ctrl+D down a column, or a paste over typed rows, could not be taken back
    in the grid (Ctrl+Z did nothing there): it undoes the last change of cells, as in Excel."""
    grid = _grid(qtbot, ctx, "media")
    kb = Keyboard(qtbot)
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    grid.paste_block(_media_block(3))
    qty = _columns(grid).index("quantity")
    grid.view.setCurrentIndex(grid.model.index(0, qty))
    kb.type("7\t")  # typed over the first row's 1
    assert grid.model.rows[0]["quantity"] == 7
    _select_cells(grid, 0, 2, qty)
    kb.chord(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # 7 down the column
    assert [grid.model.rows[r]["quantity"] for r in range(3)] == [7, 7, 7]
    grid.view.setFocus()
    kb.chord(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the fill down
    assert [grid.model.rows[r]["quantity"] for r in range(3)] == [7, "1", "1"]
    kb.chord(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typed 7
    assert grid.model.rows[0]["quantity"] == "1"
    kb.chord(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the paste
    assert grid.model.filled_rows() == [] and not grid.save_button.isEnabled()
    assert not grid.undo_edit()  # nothing more to take back
    assert not grid.model.problems()
