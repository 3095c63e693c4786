"""The audit trail viewer: who changed what, when, readable (record types, field labels,
catalogue labels, unit names, local dd/mm/yyyy HH:mm, records named by their titles: see
desktop/services/audit_text.py); filters, a lazy table (pages of 200 entries) and an export
to Excel (with or without personal data)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import vi_sort_key
from desktop.errors import PcmdError
from desktop.services import audit_view
from desktop.services.audit_text import ACTIONS, AuditText, local_time
from desktop.services.context import AppContext
from desktop.ui.date_edit import DateEdit
from desktop.ui.errors import show_error_message
from desktop.ui.widgets import format_number, quiet_header_selection

if TYPE_CHECKING:  # a type only: the handle the window passes on to the services
    from desktop.services.context import Database

PAGE = 200
AnyIndex = QModelIndex | QPersistentModelIndex


def _context(target: AppContext | Database) -> AppContext:
    return target if isinstance(target, AppContext) else AppContext(target)


class AuditTableModel(QAbstractTableModel):
    """Audit entries, newest first, fetched page by page as the view scrolls."""

    def __init__(self, ctx: AppContext | Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = _context(ctx)
        self.db = self.ctx.db
        self.text = AuditText(self.ctx)
        self.filters: dict[str, object] = {}
        self._count = 0
        self._pages: dict[int, list[audit_view.AuditRow]] = {}
        self._cells: dict[int, list[str]] = {}
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
        self._cells.clear()
        self._count = audit_view.count_audit(self.db, **self.filters)
        self.endResetModel()

    def entry(self, row: int) -> audit_view.AuditRow | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE
        if page not in self._pages:
            rows = audit_view.query_audit(self.db, **self.filters, limit=PAGE,  # type: ignore[arg-type]
                                          offset=page * PAGE)
            self.text.load_titles(rows)
            self._pages[page] = rows
        rows = self._pages[page]
        return rows[row % PAGE] if row % PAGE < len(rows) else None

    def cells(self, row: int) -> list[str] | None:
        """The row's texts, made once."""
        found = self._cells.get(row)
        if found is None:
            e = self.entry(row)
            if e is None:
                return None
            t = self.text
            found = self._cells[row] = [local_time(e.at), e.user_name, t.action(e.action),
                                        t.record_type(e.record_type), t.title(e),
                                        t.unit(e.unit_code), t.changes(e)]
        return found

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        cells = self.cells(index.row())
        if cells is None or index.column() >= len(cells):
            return None
        return cells[index.column()]


class AuditViewer(QDialog):
    HELP_SECTION = "audit"  # F1: the user guide's section

    def __init__(self, ctx: AppContext | Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = _context(ctx)
        self.db = self.ctx.db
        self.setWindowTitle(self.tr("Audit trail"))
        self.model = AuditTableModel(self.ctx, self)
        text = self.model.text
        self.user = QComboBox()
        self.record_type = QComboBox()
        self.unit = QComboBox()
        for combo in (self.user, self.record_type, self.unit):
            combo.addItem(self.tr("(all)"), "")
        for value in audit_view.distinct_values(self.db, "user_name"):
            self.user.addItem(value, value)
        for label, key in sorted(((text.record_type(k), k) for k in
                                  audit_view.distinct_values(self.db, "record_type")),
                                 key=lambda p: vi_sort_key(p[0])):
            self.record_type.addItem(label, key)
        for label, code in sorted(((f"{text.unit(c)} ({c})", c) for c in
                                   audit_view.distinct_values(self.db, "unit_code")),
                                  key=lambda p: vi_sort_key(p[0])):
            self.unit.addItem(label, code)
        self.date_from = DateEdit(optional=True, parent=self)
        self.date_to = DateEdit(optional=True, parent=self)
        apply = QPushButton(self.tr("Show"))
        export = QPushButton(self.tr("Export to Excel…"))
        self.redact = QCheckBox(self.tr("without personal data"))  # names, owners, phones
        apply.clicked.connect(self.apply_filters)
        export.clicked.connect(self.export)
        for combo in (self.user, self.record_type, self.unit):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.committed.connect(self.apply_filters)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        for label, widget in ((self.tr("User:"), self.user),
                              (self.tr("Record type:"), self.record_type),
                              (self.tr("Unit:"), self.unit),
                              (self.tr("From"), self.date_from), (self.tr("to"), self.date_to)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(apply)
        bar.addStretch(1)
        bar.addWidget(self.redact)
        bar.addWidget(export)
        self.view = QTableView()
        self.view.setModel(self.model)
        quiet_header_selection(self.view)  # many rows: see there
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()  # the action column as wide as its longest word
        action = max(metrics.horizontalAdvance(self.model.text.action(a))
                     for a in ACTIONS) + 16
        for col, width in enumerate((120, 110, min(max(action, 90), 180), 130, 240, 150)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.resize(1240, 640)
        self.apply_filters()

    def current_filters(self) -> dict[str, object]:
        start, end = self.date_from.value(), self.date_to.value()
        return {
            "user": self.user.currentData() or None,
            "record_type": self.record_type.currentData() or None,
            "unit_code": self.unit.currentData() or None,
            "date_from": start if isinstance(start, date) else None,
            "date_to": end if isinstance(end, date) else None,
        }

    def apply_filters(self) -> None:
        self.model.set_filters(**self.current_filters())
        self.count_label.setText(self.tr("{count} entries").format(
            count=format_number(self.model.rowCount())))

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
