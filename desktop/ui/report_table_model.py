"""The report on screen: one row per unit plus the totals row, one column per indicator
(this period); the tooltip shows the cumulative figure, last year and the target."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.indicators import INDICATORS
from desktop.domain.text import format_vi_number
from desktop.i18n import current_language
from desktop.reports import labels
from desktop.reports.model import Report
from desktop.reports.ui_texts import ui_text

Index = QModelIndex | QPersistentModelIndex
BELOW = QColor(255, 224, 224)


def fmt(value: object, percent: bool) -> str:
    if value is None:
        return "-"
    if current_language() == "vi":
        return format_vi_number(value, 1 if percent else None)  # type: ignore[arg-type]
    return f"{value:,.1f}" if percent else f"{value:,}"


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.report: Report | None = None

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def _rows(self) -> list:
        return self.report.all_rows() if self.report else []

    def _extra(self) -> int:
        return 1 if self.report is not None and self.report.has_exchange else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(INDICATORS) + self._extra()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return ui_text("Unit")
        if section <= len(INDICATORS):
            return labels.indicator_label(INDICATORS[section - 1].key)
        return ui_text("Reported")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.report is None:
            return None
        row = self._rows()[index.row()]
        col = index.column()
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return labels.row_name(row, self.report)
            if role == Qt.ItemDataRole.FontRole and row.kind == "total":
                f = QFont()
                f.setBold(True)
                return f
            return None
        if col > len(INDICATORS):
            if role == Qt.ItemDataRole.DisplayRole:
                if row.reported is None:
                    return ""
                return ui_text("yes") if row.reported else ui_text("not yet")
            return None
        ind = INDICATORS[col - 1]
        per = row.values[ind.key]
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt(per["period"], ind.percent)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and ind.key in row.below_target:
            return QBrush(BELOW)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = ui_text("Since 1 January: {ytd}; same period last year: {last}").format(
                ytd=fmt(per["ytd"], ind.percent), last=fmt(per["last_year"], ind.percent))
            if ind.key in row.targets:
                text += "; " + ui_text("target: {t}").format(
                    t=fmt(row.targets[ind.key], ind.percent))
            return text
        if role == Qt.ItemDataRole.FontRole and row.kind == "total":
            f = QFont()
            f.setBold(True)
            return f
        return None
