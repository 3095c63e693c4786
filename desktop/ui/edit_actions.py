"""The Edit menu's actions on the lists: Undo (Ctrl+Z), Copy (Ctrl+C), Paste rows (Ctrl+V),
Enter rows in a grid (Ctrl+G), Deleted records. They act on the list of the visible tab."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

from desktop.ui.undo import UndoStep, undo_last, undo_stack

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class EditActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        sp = QStyle.StandardPixmap
        self.act_undo = self._action(self.undo, QKeySequence.StandardKey.Undo,
                                     sp.SP_ArrowBack)
        self.act_copy = self._action(self.copy, QKeySequence.StandardKey.Copy)
        self.act_paste = self._action(self.paste, QKeySequence.StandardKey.Paste)
        for act in (self.act_copy, self.act_paste):  # shown in the menu; the keys go to the
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # focused list or box
        self.act_grid = self._action(self.grid, "Ctrl+G")
        self.act_deleted = self._action(self.deleted_records)
        self.actions = (self.act_undo, self.act_copy, self.act_paste, self.act_grid,
                        self.act_deleted)
        for act in self.actions:
            act.setEnabled(False)  # until the data is attached
        menu = window.menu_edit
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.act_undo)
        menu.insertSeparator(first)
        menu.addSeparator()
        for act in (self.act_copy, self.act_paste, self.act_grid):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.act_deleted)
        undo_stack().changed.connect(self.update)
        self.retranslate()

    def _action(self, slot: Any, shortcut: Any = None, icon: Any = None) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        self.act_copy.setText(self.tr("&Copy rows (with headers)"))
        self.act_paste.setText(self.tr("&Paste rows from Excel…"))
        self.act_grid.setText(self.tr("Enter &many rows (grid)…"))
        self.act_deleted.setText(self.tr("Deleted &records…"))
        self.update()

    def update(self) -> None:
        """Enable what makes sense now; the Undo action names what it would undo."""
        ready = self.window.ctx is not None
        stack = undo_stack()
        step = stack.last()
        self.act_undo.setText(step.label() if step is not None else self.tr("&Undo"))
        self.act_undo.setEnabled(ready and step is not None and stack.running is None)
        for act in (self.act_copy, self.act_paste, self.act_grid):
            act.setEnabled(ready)
        if ready:
            from desktop.ui.deleted_records import may_restore

            self.act_deleted.setEnabled(may_restore(self.window.ctx))  # type: ignore[arg-type]
        else:
            self.act_deleted.setEnabled(False)

    # ---- the actions ---------------------------------------------------------------------
    def undo(self) -> None:
        ctx = self.window.ctx
        if ctx is None:
            return
        undo_last(ctx, self.window, self._undone, self.window.runner)

    def _undone(self, step: UndoStep) -> None:
        for panel in self.window.panels():
            if panel.kind == step.kind:
                panel.refresh()
        self.window.statusBar().showMessage(step.undone_text(), 8000)

    def copy(self) -> None:
        panel = self.window.current_panel()
        if panel is not None and panel.attached:
            n = panel.copy_selection()
            if n:
                from desktop.ui.widgets import format_number

                self.window.statusBar().showMessage(self.tr(
                    "{n} rows copied with their headers: paste them into Excel or Word.")
                    .format(n=format_number(n)), 8000)

    def paste(self) -> None:
        panel = self.window.current_panel()
        if panel is not None and panel.attached:
            panel.paste()

    def grid(self) -> None:
        panel = self.window.current_panel()
        if panel is not None and panel.attached:
            panel.open_grid()

    def deleted_records(self) -> None:
        from desktop.ui.deleted_records import DeletedRecordsDialog

        panel = self.window.current_panel()
        if panel is None or not panel.attached or self.window.ctx is None:
            return
        dialog = DeletedRecordsDialog(self.window.ctx, panel.kind, panel.columns, self.window)
        self.window.last_dialog = dialog
        dialog.exec()
        if getattr(dialog, "restored", 0):
            panel.refresh()
