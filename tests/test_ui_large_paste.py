"""The large paste (more than clipboard.BACKGROUND_PASTE rows) attacked as an unlucky user
would: the window closed, Cancel pressed, a second paste, the list re-sorted, the database
turning unwritable while the worker checks or saves the rows. Real windows, real SQLite."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop.services.records import RecordService
from desktop.ui import clipboard
from desktop.ui.exchange_preview import ExchangePreviewDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.undo import undo_stack
from tests.ui_helpers import isolate_qsettings, table_cells, wait_until

HEADER = "Ngày\tLoại\tCơ quan, kênh\tTiêu đề\tSố lượng"
COUNT = clipboard.BACKGROUND_PASTE + 40


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    isolate_qsettings(tmp_path / "qsettings")
    undo_stack().clear()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # the paste's scratch workbooks
    _TEST[0] += 1  # the dialog watchers of an earlier test stop
    yield
    _TEST[0] += 1  # this test's watchers stop: they must not act on a later test's dialogs


_TEST = [0]


@pytest.fixture(autouse=True)
def _workers_done(ctx) -> object:
    """Before the database closes: no worker of this test still reads or writes it."""
    from PySide6.QtCore import QThreadPool

    yield
    QThreadPool.globalInstance().waitForDone(60_000)


def _scratch_left(tmp_path: Path) -> list[Path]:
    return list((tmp_path / "scratch").iterdir())


def block(n: int = COUNT, header: bool = True, first: int = 0) -> str:
    rows = [f"{1 + i % 28}/5/2024\tTin\tĐài truyền thanh phường\tTin dán {i}\t{1000 + i}"
            for i in range(first, first + n)]
    return "\n".join([HEADER, *rows] if header else rows)


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.outreach_tab.inner.setCurrentIndex(1)
    panel = window.outreach_tab.media
    assert panel.wait_loaded()
    wait_until(qtbot, lambda: not panel.model.loading)
    return window


def on_dialog(kind: type, act: Callable, seen: list, attempts: int = 100_000) -> None:
    """Run `act` on each visible top-level widget of `kind` (polled from the event loop, as
    the program's dialogs are modal), once per widget."""
    done: set[int] = set()
    test = _TEST[0]

    def poll(left: int) -> None:
        if test != _TEST[0]:
            return
        for w in QApplication.topLevelWidgets():
            if isinstance(w, kind) and w.isVisible() and id(w) not in done:
                done.add(id(w))
                seen.append(w)
                act(w)
        if left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))


def messages(seen: list[str], button=QMessageBox.StandardButton.Ok) -> None:
    """Answer every message box, keeping its text."""
    on_dialog(QMessageBox, lambda b: (seen.append(b.text()), b.button(button).click()), [])


def count(ctx) -> int:
    return RecordService(ctx).count("media")


def imported(ctx) -> int:
    """Audit entries of pasted (imported) media records."""
    from desktop.services import audit_view

    return audit_view.count_audit(ctx.db, record_type="media", action="import")


def _watch_progress(act: Callable[[QProgressDialog], None] | None, seen: list[str]) -> None:
    """Keep the title and every label text of the progress dialogs; `act` on each new one."""
    done: set[int] = set()
    test = _TEST[0]

    def poll() -> None:
        if test != _TEST[0]:
            return
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                seen.extend([w.windowTitle(), w.labelText()])
                if id(w) not in done:
                    done.add(id(w))
                    if act is not None:
                        act(w)
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def press_cancel(dialog: QProgressDialog) -> None:
    """A click on the progress dialog's Cancel button (QProgressDialog.cancel() alone does
    not tell the task)."""
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()


def test_cancel_while_the_rows_are_checked_shows_no_preview(qtbot, ctx, tmp_path) -> None:
    """Cancel was ignored when pressed after the importer's last progress step: the preview
    came anyway, and its Import saved the rows. The title counted the header as a row, and
    the dialog named the scratch workbook ("Reading clipboard.xlsx…")."""
    window = _window(qtbot, ctx)
    previews: list = []
    texts: list[str] = []
    shown: list[str] = []
    on_dialog(ExchangePreviewDialog, lambda d: d.import_button.click(), previews)
    _watch_progress(press_cancel, shown)
    messages(texts)
    assert window.outreach_tab.media.paste(block(20_000))
    wait_until(qtbot, lambda: bool(shown) and not window.runner.busy(), 60_000)
    qtbot.wait(300)
    assert not previews and not texts  # a cancel says nothing
    assert count(ctx) == 0 and imported(ctx) == 0
    assert "Checking 20,000 pasted rows…" in shown
    assert not any("clipboard" in t or "xlsx" in t for t in shown), set(shown)
    assert not [p for p in _scratch_left(tmp_path) if p.name.startswith("pcmd-paste-")]
    assert window.outreach_tab.media.paste(block(COUNT))  # the next paste goes on


def test_cancel_while_the_rows_are_saved_saves_all_or_nothing_and_says_so(
        qtbot, ctx, tmp_path) -> None:
    """Cancel pressed once the rows were written saved them all with no word of it."""
    window = _window(qtbot, ctx)
    panel = window.outreach_tab.media
    previews: list = []
    texts: list[str] = []
    shown: list[str] = []
    on_dialog(ExchangePreviewDialog, lambda d: (d.import_button.click(), _watch_progress(
        press_cancel, shown)), previews)
    messages(texts)
    assert panel.paste(block(20_000))
    wait_until(qtbot, lambda: bool(shown) and not window.runner.busy(), 90_000)
    qtbot.wait(500)
    assert "Saving the pasted rows…" in shown
    saved = count(ctx)
    assert saved in (0, 20_000)  # never a part
    assert imported(ctx) == saved  # the audit says the same
    if saved:
        assert len(texts) == 1 and texts[0].startswith("Cancel came too late"), texts
        assert "Ctrl+Z" in texts[0]
        assert undo_stack().last().label().startswith("Undo the paste")
    else:
        assert not texts and undo_stack().last() is None
    assert not [p for p in _scratch_left(tmp_path) if p.name.startswith("pcmd-paste-")]


@pytest.mark.parametrize("when", ["check", "save"])
def test_closing_the_window_mid_paste_leaves_nothing_half_done(qtbot, ctx, tmp_path,
                                                               when: str) -> None:
    window = _window(qtbot, ctx)
    previews: list = []
    texts: list[str] = []

    def act(d: ExchangePreviewDialog) -> None:
        d.import_button.click()
        QTimer.singleShot(30, window.close)

    on_dialog(ExchangePreviewDialog, act, previews)
    messages(texts)
    assert window.outreach_tab.media.paste(block(10_000))
    if when == "check":
        window.close()
    else:
        wait_until(qtbot, lambda: bool(previews), 60_000)
    wait_until(qtbot, lambda: not window.runner.busy(), 60_000)
    qtbot.wait(300)
    assert previews == ([] if when == "check" else previews[:1])  # none over a closed window
    assert not texts
    assert count(ctx) in (0, 10_000) and imported(ctx) == count(ctx)
    assert not [p for p in _scratch_left(tmp_path) if p.name.startswith("pcmd-paste-")]


def test_ctrl_v_again_while_a_large_paste_runs_is_refused(qtbot, ctx) -> None:
    """Ctrl+V held down (or pressed twice) started a second check of the same rows, whose
    preview followed the first one's save: the rows could be saved twice."""
    from PySide6.QtCore import Qt

    window = _window(qtbot, ctx)
    panel = window.outreach_tab.media
    QApplication.clipboard().setText(block())
    previews: list = []
    texts: list[str] = []
    on_dialog(ExchangePreviewDialog, lambda d: (d.import_button.click(), qtbot.keyClick(
        panel.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)), previews)
    messages(texts)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_until(qtbot, lambda: count(ctx) == COUNT and not window.runner.busy(), 60_000)
    wait_until(qtbot, lambda: len(panel.selected_ids()) == COUNT, 30_000)
    qtbot.wait(500)
    assert len(previews) == 1 and count(ctx) == COUNT
    assert len(texts) == 2 and all("still being checked or saved" in t for t in texts)
    texts.clear()
    QApplication.clipboard().setText(block(first=50_000))  # (the same rows again: unchanged)
    qtbot.keyClick(panel.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # after it:
    wait_until(qtbot, lambda: len(previews) == 2, 60_000)  # a new paste goes on
    wait_until(qtbot, lambda: count(ctx) == 2 * COUNT and not window.runner.busy(), 60_000)


def test_rows_pasted_without_a_header_are_named_by_their_pasted_line(qtbot, ctx) -> None:
    """Without a header row the preview named the 10th pasted line row 11: the scratch
    workbook's own header row was counted."""
    window = _window(qtbot, ctx)
    lines = block(header=False).split("\n")
    lines[9] = "31/02/2024\tTin\tĐài\tSai ngày\t5"
    lines[-1] = "3/5/2024\tTin\tĐài\tSố sai\tnhiều"
    previews: list = []
    shown: list[list[str]] = []

    def act(d: ExchangePreviewDialog) -> None:
        shown.extend(table_cells(d.model))
        d.valid_button.click()

    on_dialog(ExchangePreviewDialog, act, previews)
    texts: list[str] = []
    messages(texts)
    assert window.outreach_tab.media.paste("\n".join(lines))
    wait_until(qtbot, lambda: count(ctx) == COUNT - 2 and not window.runner.busy(), 60_000)
    assert [(row, column) for _f, _s, row, column, _v, _p in shown] == [
        ("10", "Ngày"), (str(COUNT), "Số lượng")]
    assert "31/02/2024" in shown[0][5] and "nhiều" in shown[1][5]
    assert "without a header row" in previews[0].summary_label.text()


def test_a_block_of_blanks_or_of_a_header_alone_says_so_without_a_preview(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    panel = window.outreach_tab.media
    previews: list = []
    texts: list[str] = []
    on_dialog(ExchangePreviewDialog, lambda d: d.reject(), previews)
    messages(texts)
    assert not panel.paste("\t\t\t\n" * 3000)
    assert not panel.paste(HEADER + "\n" + "\t\t\t\t\n" * 3000)
    qtbot.wait(200)
    assert not previews and count(ctx) == 0
    assert texts[0].startswith("The clipboard holds no rows")
    assert texts[1].startswith("The clipboard holds only a header row")


def test_a_ragged_block_reads_short_rows_as_blank_cells(qtbot, ctx) -> None:
    """Rows cut short (Excel leaves out trailing blank cells) are read with blank cells:
    those without their quantity are named, the others saved."""
    window = _window(qtbot, ctx)
    lines = block().split("\n")
    short = range(1, len(lines), 3)
    for k in short:
        lines[k] = lines[k].rsplit("\t", 2)[0]  # no title nor quantity
    previews: list = []
    shown: list[tuple[str, str]] = []

    def act(d: ExchangePreviewDialog) -> None:
        m = d.model
        shown.extend((str(m.index(r, 2).data()), str(m.index(r, 3).data()))
                     for r in range(m.rowCount()))
        d.valid_button.click()

    on_dialog(ExchangePreviewDialog, act, previews)
    texts: list[str] = []
    messages(texts)
    assert window.outreach_tab.media.paste("\n".join(lines))
    wait_until(qtbot, lambda: count(ctx) > 0 and not window.runner.busy(), 60_000)
    assert count(ctx) == COUNT - len(short)
    assert set(shown) == {(str(k + 1), "Số lượng") for k in short}


def _chattr(flag: str, *paths: Path) -> None:
    import subprocess

    for p in paths:
        if p.exists():
            subprocess.run(["chattr", flag, str(p)], check=False)


@pytest.mark.parametrize("fault", ["read-only", "full"])
def test_a_database_turning_unwritable_mid_save_is_one_sentence_and_saves_nothing(
        qtbot, ctx, fault: str) -> None:
    import resource
    import signal

    window = _window(qtbot, ctx)
    panel = window.outreach_tab.media
    db = Path(ctx.db.path)
    files = [db, Path(f"{db}-wal")]
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    before = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit: EFBIG
    previews: list = []
    texts: list[str] = []

    armed = [True]

    def act(d: ExchangePreviewDialog) -> None:
        if not armed[0]:  # the second paste's preview: the disk is back
            d.import_button.click()
            return
        armed[0] = False
        if fault == "read-only":  # root ignores permissions: the immutable flag
            _chattr("+i", *files)
        else:  # no file may grow further: the disk is full
            cap = db.stat().st_size + 64 * 1024
            resource.setrlimit(resource.RLIMIT_FSIZE, (cap, limit[1]))
        d.import_button.click()

    on_dialog(ExchangePreviewDialog, act, previews)
    messages(texts)
    try:
        assert panel.paste(block(5000))
        wait_until(qtbot, lambda: bool(previews) and not window.runner.busy() and bool(texts),
                   60_000)
    finally:
        _chattr("-i", *files)
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
        signal.signal(signal.SIGXFSZ, before)
    assert len(texts) == 1, texts
    assert "cannot be written" in texts[0] and "nothing was saved" in texts[0]
    assert "Traceback" not in texts[0] and "\n" not in texts[0]
    assert count(ctx) == 0 and imported(ctx) == 0 and undo_stack().last() is None
    assert panel.paste(block(5000))  # once the disk is back, the same paste saves
    wait_until(qtbot, lambda: count(ctx) == 5000 and not window.runner.busy(), 60_000)
    assert imported(ctx) == 5000


def test_a_locked_month_and_bad_rows_are_named_and_the_rest_saved(qtbot, ctx) -> None:
    from desktop.services import locks

    locks.lock_month(ctx, RecordService(ctx)._home_id(), date(2024, 4, 1), "April signed off")
    window = _window(qtbot, ctx)
    lines = block().split("\n")
    for k in range(1, 41):
        lines[k] = f"{k % 28 + 1}/4/2024\tTin\tĐài\tTháng khóa {k}\t{k}"
    lines[100] = "2/5/2024\tKhông có loại này\tĐài\tLoại sai\t7"
    previews: list = []
    shown: list[list[str]] = []

    def act(d: ExchangePreviewDialog) -> None:
        shown.extend(table_cells(d.model))
        assert not d.import_button.isEnabled()
        d.valid_button.click()

    on_dialog(ExchangePreviewDialog, act, previews)
    texts: list[str] = []
    messages(texts)
    assert window.outreach_tab.media.paste("\n".join(lines))
    wait_until(qtbot, lambda: count(ctx) > 0 and not window.runner.busy(), 60_000)
    assert count(ctx) == COUNT - 41 == imported(ctx)
    rows = {row: problem for _f, _s, row, _c, _v, problem in shown}
    assert set(rows) == {str(k + 1) for k in range(1, 41)} | {"101"}
    assert "04/2024" in rows["2"] and "locked" in rows["2"]
    assert "Không có loại này" in rows["101"]
    assert texts and "41 rows were not saved" in texts[0]


def test_sorting_and_switching_tabs_during_the_save_keep_the_pasted_rows_selected(
        qtbot, ctx) -> None:
    from PySide6.QtCore import Qt

    window = _window(qtbot, ctx)
    panel = window.outreach_tab.media

    def act(d: ExchangePreviewDialog) -> None:
        d.import_button.click()
        panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        panel.filter_bar.search.setText("Tin dán")
        window.set_tab("training")

    previews: list = []
    on_dialog(ExchangePreviewDialog, act, previews)
    assert panel.paste(block())
    wait_until(qtbot, lambda: count(ctx) == COUNT and not window.runner.busy(), 60_000)
    wait_until(qtbot, lambda: len(panel.selected_ids()) == COUNT, 30_000)
    window.set_tab("outreach")
    assert panel.model.total() == COUNT
