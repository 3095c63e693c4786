"""The reporting calendar: units × months (and the year-end report), coloured received on
time / late / missing / not yet due against the deadlines in Settings, from the exchange log;
the units still missing by name with their contact; exportable to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PcmdError
from desktop.exchange.completeness import (
    COLOURS,
    LATE,
    MISSING,
    PENDING,
    RECEIVED,
    YEAR_END,
    Completeness,
    completeness,
    export_completeness,
    missing_text,
    status_text,
)
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

    def _column(self, col: int):
        return self.c.months[col] if col < len(self.c.months) else YEAR_END

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.c.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.c.months) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        code = self.c.units[index.row()][0]
        month = self._column(index.column())
        at = self.c.received.get((code, month))
        if role == Qt.ItemDataRole.DisplayRole:
            return at.strftime("%d/%m") if at else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            status = status_text(self.c.status(code, month))
            due = self.c.deadline(month).strftime("%d/%m/%Y")
            if at:
                return self.tr("Received {when} ({status}; due {due})").format(
                    when=at.strftime("%d/%m/%Y %H:%M"), status=status, due=due)
            return self.tr("Not received ({status}; due {due})").format(status=status, due=due)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(COLOURS[self.c.status(code, month)])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.c.months):
                return self.tr("Year-end report")
            m = self.c.months[section]
            return f"{m.month:02d}/{m.year}"
        code, name = self.c.units[section]
        return f"{name} ({code})"


class CompletenessDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year_label = QLabel()
        top.addWidget(self.year_label)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.today().year)
        top.addWidget(self.year)
        self.deadline_label = QLabel()
        top.addWidget(self.deadline_label, 1)
        self.legend: dict[str, QLabel] = {}
        for status in (RECEIVED, LATE, MISSING, PENDING):
            label = QLabel()
            label.setStyleSheet(f"background: {COLOURS[status]}; padding: 2px 8px;")
            self.legend[status] = label
            top.addWidget(label)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.model = CompletenessModel(completeness(ctx, self.year.value()), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setDefaultSectionSize(64)
        self.missing_title = QLabel()
        self.missing = QTableWidget(0, 3)
        self.missing.verticalHeader().hide()
        self.missing.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.missing.horizontalHeader().setStretchLastSection(True)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.missing_title)
        box.addWidget(self.missing)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(self.reload)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # Qt naming
        self.setWindowTitle(self.tr("Reporting calendar"))
        self.year_label.setText(self.tr("Year:"))
        self.export_button.setText(self.tr("Export to Excel…"))
        for status, label in self.legend.items():
            label.setText(status_text(status))
        d = self.model.c.deadlines
        self.deadline_label.setText(self.tr(
            "Deadlines: a month's figures by day {day} of the next month; the year-end report "
            "by {date}.").format(day=d.month_day, date=f"{d.year_end[0]:02d}/{d.year_end[1]:02d}"))
        self.missing_title.setText(self.tr("Units still missing"))
        self.missing.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Missing"),
                                                self.tr("Contact")])
        self._fill_missing()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_missing(self) -> None:
        rows = self.model.c.missing()
        self.missing.setRowCount(len(rows))
        for r, (code, name, months, ye) in enumerate(rows):
            for c, text in enumerate((f"{name} ({code})", missing_text(months, ye),
                                      self.model.c.contacts.get(code, "")
                                      or self.tr("no officer on the roster"))):
                self.missing.setItem(r, c, QTableWidgetItem(text))
        self.missing.resizeColumnToContents(0)

    def reload(self) -> None:
        self.model.set_data(completeness(self.ctx, self.year.value()))
        self._fill_missing()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), f"lich-bao-cao-{self.year.value()}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        try:
            export_completeness(self.model.c, Path(path))
        except PcmdError as exc:
            QMessageBox.warning(self, self.tr("Reporting calendar"), exc.message)
