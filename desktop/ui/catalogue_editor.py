"""Catalogue editor: add values to a catalogue and switch values on or off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalogues import KINDS
from desktop.errors import PcmdError, ValidationFailed
from desktop.i18n import current_language
from desktop.services import catalogue
from desktop.services.context import AppContext


class CatalogueEditor(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filling = False
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.kinds = QListWidget(self)
        self.kinds.setMaximumWidth(230)
        for _kind in KINDS:
            self.kinds.addItem("")
        body.addWidget(self.kinds)
        right = QVBoxLayout()
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 230)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 130)
        self.table.setColumnWidth(3, 80)
        right.addWidget(self.table, 1)
        add = QFormLayout()
        self.vi_label, self.en_label = QLabel(self), QLabel(self)
        self.label_vi, self.label_en = QLineEdit(self), QLineEdit(self)
        add.addRow(self.vi_label, self.label_vi)
        add.addRow(self.en_label, self.label_en)
        right.addLayout(add)
        self.add_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.add_button)
        right.addLayout(row)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kinds.currentRowChanged.connect(lambda _r: self.fill())
        self.table.itemChanged.connect(self._toggled)
        self.add_button.clicked.connect(self.add_value)
        self.label_vi.returnPressed.connect(self.add_value)
        self.resize(900, 520)
        self.retranslateUi()
        self.kinds.setCurrentRow(0)

    def retranslateUi(self) -> None:  # Qt naming
        self.setWindowTitle(self.tr("Catalogues"))
        for i, kind in enumerate(KINDS):
            self.kinds.item(i).setText(kind.label_en if current_language() == "en"
                                       else kind.label_vi)
        self.table.setHorizontalHeaderLabels([self.tr("Vietnamese label"),
                                              self.tr("English label"), self.tr("Code"),
                                              self.tr("In use")])
        self.vi_label.setText(self.tr("New value (Vietnamese)"))
        self.en_label.setText(self.tr("English label"))
        self.add_button.setText(self.tr("&Add value"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def kind(self) -> str:
        return KINDS[max(self.kinds.currentRow(), 0)].key

    def fill(self) -> None:
        self._filling = True
        values = catalogue.load(self.ctx.db).of(self.kind(), active_only=False)
        self.table.setRowCount(len(values))
        for row, v in enumerate(values):
            for col, text in enumerate((v.label_vi, v.label_en, v.code)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked if v.active else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, v.code)
            self.table.setItem(row, 3, check)
        self._filling = False

    def _toggled(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 3:
            return
        code = str(item.data(Qt.ItemDataRole.UserRole))
        catalogue.set_active(self.ctx, self.kind(), code,
                             item.checkState() == Qt.CheckState.Checked)

    def add_value(self) -> None:
        try:
            catalogue.add_value(self.ctx, self.kind(), self.label_vi.text(),
                                self.label_en.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(e.message for e in exc.errors))
            return
        except PcmdError as exc:
            self.error.setText(exc.message)
            return
        self.error.clear()
        self.label_vi.clear()
        self.label_en.clear()
        self.fill()
