"""The audit trail viewer: filters, a lazy table (pages of 200 rows) and export to Excel."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PcmdError
from desktop.services import audit_view
from desktop.ui.errors import show_error_message

if TYPE_CHECKING:
    from desktop.db.database import Database

PAGE = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Audit entries, newest first, fetched page by page as the view scrolls."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filters: dict[str, object] = {}
        self._count = 0
        self._pages: dict[int, list[audit_view.AuditRow]] = {}
        self.headers = [self.tr("Time"), self.tr("User"), self.tr("Action"),
                        self.tr("Record type"), self.tr("Record"), self.tr("Unit"),
                        self.tr("Changes")]
        self.refresh()

    def set_filters(self, **filters: object) -> None:
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = audit_view.count_audit(self.db, **self.filters)
        self.endResetModel()

    def entry(self, row: int) -> audit_view.AuditRow | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE
        if page not in self._pages:
            self._pages[page] = audit_view.query_audit(
                self.db, **self.filters, limit=PAGE, offset=page * PAGE)  # type: ignore[arg-type]
        rows = self._pages[page]
        return rows[row % PAGE] if row % PAGE < len(rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entry(index.row())
        if e is None:
            return None
        col = index.column()
        if col == 0:
            return e.at.strftime("%d/%m/%Y %H:%M:%S")
        values = [None, e.user_name, self.action_label(e.action), e.record_type, e.record_id,
                  e.unit_code, e.summary()]
        return values[col] if col < len(values) else None

    def action_label(self, action: str) -> str:
        labels = {"create": self.tr("created"), "update": self.tr("changed"),
                  "delete": self.tr("deleted"), "lock": self.tr("locked"),
                  "unlock": self.tr("unlocked"), "import": self.tr("imported")}
        return labels.get(action, action)


class AuditViewer(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Audit trail"))
        self.model = AuditTableModel(db, self)
        self.user = QComboBox()
        self.record_type = QComboBox()
        for combo, column in ((self.user, "user_name"), (self.record_type, "record_type")):
            combo.addItem(self.tr("(all)"), "")
            for value in audit_view.distinct_values(db, column):
                combo.addItem(value, value)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("unit code"))
        self.unit.setMaximumWidth(90)
        self.use_dates = QCheckBox(self.tr("From"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        apply = QPushButton(self.tr("Show"))
        export = QPushButton(self.tr("Export to Excel…"))
        self.redact = QCheckBox(self.tr("without personal data"))  # names, owners, phones
        apply.clicked.connect(self.apply_filters)
        export.clicked.connect(self.export)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        for label, widget in ((self.tr("User:"), self.user),
                              (self.tr("Record type:"), self.record_type),
                              (self.tr("Unit:"), self.unit)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addWidget(apply)
        bar.addStretch(1)
        bar.addWidget(self.redact)
        bar.addWidget(export)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.resize(1100, 600)
        self.apply_filters()

    def current_filters(self) -> dict[str, object]:
        filters: dict[str, object] = {
            "user": self.user.currentData() or None,
            "record_type": self.record_type.currentData() or None,
            "unit_code": self.unit.text().strip() or None,
        }
        if self.use_dates.isChecked():
            filters["date_from"] = _py_date(self.date_from.date())
            filters["date_to"] = _py_date(self.date_to.date())
        return filters

    def apply_filters(self) -> None:
        self.model.set_filters(**self.current_filters())
        self.count_label.setText(self.tr("{count} entries").format(count=self.model.rowCount()))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"),
                                              "audit.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> int:
        try:
            return audit_view.export_audit_xlsx(self.db, path, redact=self.redact.isChecked(),
                                                **self.current_filters())
        except PcmdError as exc:
            show_error_message(self, exc.message)
            return 0


def _py_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
