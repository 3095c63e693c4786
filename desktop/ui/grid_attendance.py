"""The attendance of a class, ticked: many officers at once (instead of one form each).

The officers of the user's units, in service first and by given name; those already on the
class's list are ticked and cannot be unticked here (delete them in the list). Typing in the
search box narrows the list, accents left out. Save adds the ticked officers in one
transaction through the change policy (the class's month lock included); Ctrl+Z undoes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import fold
from desktop.ui.widgets import format_number

if TYPE_CHECKING:
    from desktop.services.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendancePicker(QDialog):
    HELP_SECTION = "grid"  # F1: the user guide's section

    def __init__(self, ctx: AppContext, class_id: str, class_label: str,
                 parent: QWidget | None = None) -> None:
        from desktop.services.records import Filters, RecordService

        super().__init__(parent)
        self.ctx = ctx
        self.class_id = class_id
        self.class_label = class_label
        self.created: list[str] = []
        service = RecordService(ctx)
        present = service.rows_by_id("attendance", service.ids(
            "attendance", Filters(equals={"class_id": class_id})))
        self.present = {str(r["officer_id"]) for r in present.values()}
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        row.addWidget(self.search, 1)
        self.all_button = QPushButton(self)
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.tick_shown)
        row.addWidget(self.all_button)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        for label, officer_id in service.ref_choices("officers"):
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, officer_id)
            item.setData(Qt.ItemDataRole.UserRole + 2, fold(label))
            if officer_id in self.present:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # ticked, greyed: on the list
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _i: self._update())
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 600)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # Qt naming
        self.setWindowTitle(self.tr("Attendance: {cls}").format(cls=self.class_label))
        self.intro.setText(self.tr(
            "Tick the officers who attended (Space ticks the current line); those already on "
            "the list are ticked and greyed."))
        self.search.setPlaceholderText(self.tr("Find an officer (accents optional)…"))
        self.all_button.setText(self.tr("Tick all shown"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def ticked(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked and i.data(ID_ROLE) not in
                self.present]

    def _filter(self, text: str) -> None:
        key = fold(text)
        for item in self._items():
            item.setHidden(bool(key) and key not in str(item.data(Qt.ItemDataRole.UserRole + 2)))

    def tick_shown(self) -> None:
        for item in self._items():
            if not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked)

    def _update(self) -> None:
        n = len(self.ticked())
        self.save_button.setText(self.tr("&Add {n} officers").format(n=format_number(n)))
        self.save_button.setEnabled(n > 0)

    def save(self) -> bool:
        from desktop.errors import PcmdError
        from desktop.services.records import Batch, RecordService
        from desktop.ui.undo import UndoStep, undo_stack

        officers = self.ticked()
        if not officers:
            return False
        service = RecordService(self.ctx)
        try:
            self.created = service.save_batch("attendance", Batch(create=[
                {"class_id": self.class_id, "officer_id": o} for o in officers]))
        except PcmdError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return False
        stamps = service.rows_by_id("attendance", self.created)
        undo_stack().push(UndoStep("attendance", "grid", created={
            i: stamps.get(i, {}).get("updated_at") for i in self.created}))  # type: ignore[misc]
        self.accept()
        return True
