"""The import preview: what each workbook would do, sheet by sheet, and every problem with its
place. Clicking a problem shows that row as it is in the file. Nothing is written until the
user chooses Import (or Import valid rows only)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange import workbook_format as wf
from desktop.exchange.importer import COUNT_KEYS, Plan
from desktop.exchange.reader import Issue
from desktop.ui.widgets import format_number

Index = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    """Errors then warnings of the plans: file, sheet, row, column, value, message."""

    def __init__(self, plans: list[Plan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[Plan, Issue, bool]] = []
        for plan in plans:
            self.items += [(plan, e, True) for e in plan.errors]
            self.items += [(plan, w, False) for w in plan.warnings]
        self.headers = [self.tr("File"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                        self.tr("Value"), self.tr("Problem")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        plan, issue, is_error = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column, value = issue.column, issue.shown_value
            if is_pasted(plan) and column == wf.ID_COLUMN.header:
                column = value = None  # the id the paste gave the row: never typed or seen
            values = [file_label(plan), issue.sheet, issue.row, column, value, issue.message]
            v = values[index.column()]
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return issue.message
        if role == Qt.ItemDataRole.ForegroundRole and not is_error:
            from PySide6.QtGui import QColor

            return QColor("#8a6d00")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class ExchangePreviewDialog(QDialog):
    """Returns Accepted with `choice` = "all" or "valid"; Rejected when cancelled."""

    def __init__(self, plans: list[Plan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans = plans
        self.choice = ""
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        errors = sum(len(p.errors) for p in plans)
        rows = sum(len(r) for p in plans for r in p.rows.values())
        if len(plans) == 1 and is_pasted(plans[0]):  # not "1 workbook": nothing was a file
            text = self.tr("{rows} pasted rows. Nothing has been written yet.").format(
                rows=format_number(rows))
        else:
            text = self.tr("{files} workbook(s), {rows} rows. Nothing has been written yet."
                           ).format(files=format_number(len(plans)), rows=format_number(rows))
        if errors:
            text += " " + self.tr("{n} problem(s) must be corrected before a full import; you "
                                  "may import the valid rows only.").format(n=format_number(errors))
        self.summary_label = QLabel(text)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        split = QSplitter(Qt.Orientation.Vertical)
        self.counts = self._counts_table()
        split.addWidget(self.counts)
        self.problems = QTableView()
        self.model = ProblemsModel(plans, self)
        self.problems.setModel(self.model)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().hide()
        self.problems.clicked.connect(self.show_row)
        self.problems.selectionModel().currentRowChanged.connect(self.show_row)
        split.addWidget(self.problems)
        self.detail = QTextBrowser()
        self.detail.setPlaceholderText(self.tr("Click a problem to see its row."))
        split.addWidget(self.detail)
        if self.model.rowCount():
            split.setSizes([200, 300, 120])
        else:  # nothing to click: the counts get the room
            self.detail.hide()
            split.setSizes([440, 60, 0])
        layout.addWidget(split)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.valid_button = QPushButton(self.tr("Import valid rows only…"))
        self.import_button.setEnabled(errors == 0 and rows > 0)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.valid_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.valid_button.setVisible(errors > 0)  # after addButton(), which shows it again
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(lambda: self._choose("all"))
        self.valid_button.clicked.connect(lambda: self._choose("valid"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _counts_table(self) -> QTableWidget:
        labels = {"rows": self.tr("Rows"), "new": self.tr("New"), "updated": self.tr("Updated"),
                  "unchanged": self.tr("Unchanged"), "conflicts": self.tr("Conflicts"),
                  "rejected": self.tr("Rejected"), "deleted": self.tr("Deleted")}
        lines = [(p, key, c) for p in self.plans for key, c in p.counts().items()]
        table = QTableWidget(len(lines), 3 + len(COUNT_KEYS))
        table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Unit"), self.tr("Sheet"),
                                         *[labels[k] for k in COUNT_KEYS]])
        for i, (plan, key, c) in enumerate(lines):
            cells = [file_label(plan), f"{plan.unit.code} {plan.unit.name}",
                     wf.SHEET_BY_KEY[key].name, *[format_number(c[k]) for k in COUNT_KEYS]]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        return table

    def show_row(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        plan, issue, _ = self.model.items[index.row()]
        row = next((r for rows in plan.rows.values() for r in rows
                    if r.sheet == issue.sheet and r.excel_row == issue.row), None)
        head = self.tr("{sheet}, row {row}").format(sheet=issue.sheet, row=issue.row or "–")
        parts = [f"<b>{_esc(head)}</b>: {_esc(issue.message)}"]
        if row is not None and row.positions is not None:
            sheet = wf.SHEET_BY_KEY[row.kind]
            cells = []
            for col, pos in zip(sheet.columns, row.positions, strict=True):
                if pos is None or pos >= len(row.cells) or row.cells[pos] in (None, ""):
                    continue
                mark = " style='color:#b00020'" if col.header == issue.column or (
                    issue.column and _same(col, issue.column)) else ""
                cells.append(f"<span{mark}>{_esc(col.header)}: {_esc(row.cells[pos])}</span>")
            parts.append("<br>".join(cells))
        self.detail.setHtml("<br>".join(parts))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def is_pasted(plan: Plan) -> bool:
    """The plan of rows pasted into a list (desktop/ui/clipboard.py), not of a file."""
    from desktop.services.audit_view import PASTED_FILE

    return plan.path.name == PASTED_FILE


def file_label(plan: Plan) -> str:
    """The file's name; pasted rows are said so (the scratch workbook's name means nothing
    to the user)."""
    return QCoreApplication.translate("ExchangePreviewDialog", "Pasted rows") \
        if is_pasted(plan) else plan.path.name


def _same(col: wf.Column, header: str) -> bool:
    return wf.header_key(header) in {wf.header_key(col.header),
                                     *map(wf.header_key, col.synonyms)}


def _esc(v: object) -> str:
    if isinstance(v, float) and abs(v) < 1e15 and v == int(v):
        v = int(v)
    elif hasattr(v, "strftime"):
        v = v.strftime("%d/%m/%Y")  # type: ignore[union-attr]
    return (str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
