"""The report on screen: the summary (one row per indicator, by group: this period, since
1 January, the same period last year, the change and the target side by side) and the table
by unit (one row per unit plus the totals row, one column per indicator for the period; the
tooltip shows the other figures). A block of selected cells copies as a table (TSV and HTML)
that pastes into Excel as numbers and into Word as a table."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView

from desktop.reports import labels
from desktop.reports.indicator_view import IndicatorView, groups_of, indicators_of, number
from desktop.reports.model import Report
from desktop.reports.ui_texts import ui_text

Index = QModelIndex | QPersistentModelIndex
BELOW = QColor(255, 224, 224)
GROUP = QColor(236, 240, 246)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 10  # the raw number behind a cell, for copying


def fmt(value: object, percent: bool) -> str:
    return number(value, percent)


def _bold() -> QFont:
    f = QFont()
    f.setBold(True)
    return f


class ReportTableModel(QAbstractTableModel):
    """Units × indicators (this period)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.views: list[IndicatorView] = []

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.views = indicators_of(report) if report is not None else []
        self.endResetModel()

    def _rows(self) -> list:
        return self.report.all_rows() if self.report else []

    def _extra(self) -> int:
        return 1 if self.report is not None and self.report.has_exchange else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.report is None else \
            1 + len(self.views) + self._extra()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return ui_text("Unit")
        if section <= len(self.views):
            return self.views[section - 1].label()
        return ui_text("Reported")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.report is None:
            return None
        row = self._rows()[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.FontRole and row.kind == "total":
            return _bold()
        if col == 0:
            return labels.row_name(row, self.report) if role == Qt.ItemDataRole.DisplayRole \
                else None
        if col > len(self.views):
            if role == Qt.ItemDataRole.DisplayRole:
                if row.reported is None:
                    return ""
                return ui_text("yes") if row.reported else ui_text("not yet")
            return None
        v = self.views[col - 1]
        per = v.figures(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt(per["period"], v.percent)
        if role == VALUE_ROLE:
            return per["period"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and v.key in row.below_target:
            return QBrush(BELOW)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = ui_text("Since 1 January: {ytd}; same period last year: {last}").format(
                ytd=fmt(per["ytd"], v.percent), last=fmt(per["last_year"], v.percent))
            if v.key in row.targets:
                text += "; " + ui_text("target: {t}").format(
                    t=fmt(row.targets[v.key], v.percent))
            return text
        return None


class ReportSummaryModel(QAbstractTableModel):
    """Indicators of the report's total by group × (period, since 1 January, last year,
    change, target)."""

    COLUMNS = ("Indicator", "This period", "Since 1 January", "Same period last year",
               "Change (%)", "Target")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.lines: list[tuple[str, IndicatorView | None]] = []

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.lines = []
        if report is not None:
            for group, members in groups_of(indicators_of(report)):
                self.lines.append((group, None))
                self.lines += [(v.label(), v) for v in members]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return ui_text(self.COLUMNS[section])

    def _value(self, v: IndicatorView, col: int) -> object:
        assert self.report is not None
        t = self.report.total
        per = v.figures(t)
        if v.part:
            return {1: per["period"], 2: per["ytd"], 3: per["last_year"]}.get(col)
        return {1: per["period"], 2: per["ytd"], 3: per["last_year"], 4: t.change_pct(v.key),
                5: t.targets.get(v.key)}[col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.report is None:
            return None
        text, v = self.lines[index.row()]
        col = index.column()
        if v is None:  # a group line
            if role == Qt.ItemDataRole.DisplayRole:
                return text if col == 0 else ""
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(GROUP)
            return None
        if col == 0:
            return text if role in (Qt.ItemDataRole.DisplayRole,
                                    Qt.ItemDataRole.ToolTipRole) else None
        value = self._value(v, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt(value, v.percent or col == 4)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col == 1 and \
                v.key in self.report.total.below_target:
            return QBrush(BELOW)
        return None


def selection_mime(view: QAbstractItemView) -> QMimeData | None:
    """The selected block with its column headers as TSV and as an HTML table. Numbers go
    into the TSV without thousands separators, and into the HTML with Excel's x:num value,
    so that Excel of any locale reads them as numbers; Word shows them as on screen."""
    model = view.model()
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes or model is None:
        return None
    rows = sorted({i.row() for i in indexes})
    cols = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}
    head = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in cols]
    tsv = ["\t".join(head)]
    html = ["<table border=1 cellspacing=0><tr>"
            + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr>"]
    for r in rows:
        cells_tsv, cells_html = [], []
        for c in cols:
            if (r, c) not in chosen:
                cells_tsv.append("")
                cells_html.append("<td></td>")
                continue
            idx = model.index(r, c)
            shown = str(model.data(idx) or "")
            raw = model.data(idx, VALUE_ROLE)
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                plain = f"{raw}" if isinstance(raw, int) else f"{raw:.1f}"
                from desktop.i18n import current_language

                if current_language() == "vi":
                    plain = plain.replace(".", ",")
                cells_tsv.append(plain)
                cells_html.append(f'<td x:num="{raw}" align=right>{escape(shown)}</td>')
            else:
                cells_tsv.append(shown.replace("\t", " ").replace("\n", " "))
                cells_html.append(f"<td>{escape(shown)}</td>")
        tsv.append("\t".join(cells_tsv))
        html.append("<tr>" + "".join(cells_html) + "</tr>")
    html.append("</table>")
    mime = QMimeData()
    mime.setText("\r\n".join(tsv) + "\r\n")
    mime.setHtml("<html><body>" + "".join(html) + "</body></html>")
    return mime
