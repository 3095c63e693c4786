"""Units × months: who has sent data for which month and when (from the exchange log)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.completeness import Completeness, completeness, export_completeness
from desktop.services.context import AppContext

Index = QModelIndex | QPersistentModelIndex


class CompletenessModel(QAbstractTableModel):
    def __init__(self, data: Completeness, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = data

    def set_data(self, data: Completeness) -> None:
        self.beginResetModel()
        self.c = data
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.c.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.c.months)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        code = self.c.units[index.row()][0]
        at = self.c.cell(code, self.c.months[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return at.strftime("%d/%m") if at else ""
        if role == Qt.ItemDataRole.ToolTipRole and at:
            return self.tr("Received {when}").format(when=at.strftime("%d/%m/%Y %H:%M"))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#d8f0d8") if at else QColor("#f8e0e0")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            m = self.c.months[section]
            return f"{m.month:02d}/{m.year}"
        code, name = self.c.units[section]
        return f"{name} ({code})"


class CompletenessDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Data received from units"))
        self.resize(1000, 520)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.today().year)
        self.year.valueChanged.connect(self.reload)
        top.addWidget(self.year)
        top.addStretch(1)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.model = CompletenessModel(completeness(ctx, self.year.value()), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reload(self) -> None:
        self.model.set_data(completeness(self.ctx, self.year.value()))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), f"tinh-hinh-gui-so-lieu-{self.year.value()}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            export_completeness(self.model.c, Path(path))
