"""Shared helpers of the UI tests: window settings in a tmp folder, message-box answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def isolate_qsettings(folder: Path) -> None:
    """Keep window geometry and column widths of tests out of the user's settings."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))


def answer_message_box(button: QMessageBox.StandardButton, seen: list[str] | None = None,
                       attempts: int = 50) -> None:
    """Click `button` on the next message box that opens (polls from the event loop)."""

    def poll(left: int) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                if seen is not None:
                    seen.append(widget.text())
                widget.button(button).click()
                return
        if left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))


def wait_until(qtbot, condition: Callable[[], bool], timeout: int = 5000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


def type_text(widget, text: str) -> None:
    """Type `text` key by key, Vietnamese letters included (QTest only types ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def forget_unsaved_forms() -> None:
    """Teardown: let forms left with typed changes close without asking (a question box at
    qtbot's teardown would wait for ever)."""
    from desktop.ui.grid import GridDialog
    from desktop.ui.record_form import RecordForm

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordForm):
            widget.dirty = False
        elif isinstance(widget, GridDialog):
            widget.model.clear_rows()


def table_cells(model) -> list[list[str]]:
    """Every cell of a table model as the view shows it, row by row."""
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]
