"""Deleted records of a list, found again and restored (from their tombstones).

A manager's tool (Edit → Deleted records…): the records of the list's type deleted in the
user's units, the latest deletion first; Restore brings the selected ones back through the
change policy (role, units, the owner's month lock) in one transaction, audited as restored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.labels import record_type_text
from desktop.ui.widgets import format_number, quiet_header_selection

if TYPE_CHECKING:
    from desktop.services.context import AppContext


def may_restore(ctx: AppContext) -> bool:
    """Managers and administrators find and restore deleted records (sign-in off: the PC's
    user). Restoring itself is still decided by the change policy."""
    from desktop.services import policy
    from desktop.services.session_user import current_user

    return policy.can(current_user(ctx), "lock")


class DeletedRecordsDialog(QDialog):
    HELP_SECTION = "undo"  # F1: the user guide's section

    def __init__(self, ctx: AppContext, kind: str, columns: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        from desktop.services.records import Filters
        from desktop.ui.table_models import RecordTableModel

        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = RecordTableModel(ctx, kind, columns, self,
                                      filters=Filters(deleted_only=True))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        quiet_header_selection(self.view)  # many rows: see there
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.resize(900, 480)
        self.retranslateUi()
        self._update()

    def retranslateUi(self) -> None:  # Qt naming
        what = record_type_text(self.kind)
        self.setWindowTitle(self.tr("Deleted records: {what}").format(what=what))
        self.restore_button.setText(self.tr("&Restore"))
        self.intro.setText(self.tr(
            "{count} deleted records of your units, the latest deletion first. Select the "
            "ones to bring back and choose Restore; the audit trail records it.").format(
            count=format_number(self.model.total())))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def selected_ids(self) -> list[str]:
        ids = self.model.ids()
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [ids[r] for r in rows if r < len(ids)]

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()))

    def restore_selected(self) -> int:
        from desktop.errors import PcmdError
        from desktop.services.records import Batch, RecordService
        from desktop.ui.undo import UndoStep, undo_stack

        ids = self.selected_ids()
        if not ids:
            return 0
        service = RecordService(self.ctx)
        try:
            service.save_batch(self.kind, Batch(restore=ids))
        except PcmdError as exc:
            QMessageBox.warning(self, self.windowTitle(), self._refused(ids, exc))
            return 0
        stamps = service.rows_by_id(self.kind, ids)  # Ctrl+Z deletes them again
        undo_stack().push(UndoStep(self.kind, "restore", created={
            i: stamps.get(i, {}).get("updated_at") for i in ids}))  # type: ignore[misc]
        self.restored = getattr(self, "restored", 0) + len(ids)
        self.model.refresh()
        self.retranslateUi()
        self._update()
        return len(ids)

    def _refused(self, ids: list[str], exc: Exception) -> str:
        """One record: the reason. Several: that none was restored, how many may not be, and
        the first of them by name (its month locked, its key taken by a newer record)."""
        from desktop.services.records import BatchRejected
        from desktop.ui.undo import record_title

        message = getattr(exc, "message", "")
        if len(ids) == 1 or not isinstance(exc, BatchRejected) or not exc.problems:
            return message
        first = exc.problems[0]
        title = record_title(self.ctx, self.kind, ids[first.index]) \
            if first.index < len(ids) else ""
        return self.tr("Nothing was restored: {n} of the {total} records may not be restored. "
                       "{record}: {reason}").format(
            n=format_number(len(exc.problems)), total=format_number(len(ids)),
            record=title or "?", reason=message)
