"""The Reports tab: choose period and unit, see the table (frozen first column, totals row,
cells under target marked), the monthly trend chart, the communes not yet reached and the
written summary; print preview, Save PDF, Save Excel. Reports run in the background."""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PcmdError
from desktop.reports import labels
from desktop.reports.model import Report
from desktop.reports.ui_texts import ui_text
from desktop.services.context import AppContext
from desktop.ui.report_table_model import ReportTableModel

TREND = ("outreach_sessions", "inspections", "training_classes", "people_supported")


class ReportsTab(QWidget):
    def __init__(self, ctx: AppContext, runner, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.report: Report | None = None
        self.info = None
        self.kind = QComboBox()
        self.period = QLineEdit()
        self.unit = QLineEdit()
        today = ctx.today()
        self.period.setText(f"{today.year}-{today.month:02d}")
        home = ctx.home_unit()
        self.unit.setText(home.code if home else "")
        self.run_button = QPushButton()
        self.preview_button = QPushButton()
        self.pdf_button = QPushButton()
        self.xlsx_button = QPushButton()
        for b in (self.preview_button, self.pdf_button, self.xlsx_button):
            b.setEnabled(False)
        self.period_label, self.unit_label, self.kind_label = QLabel(), QLabel(), QLabel()
        bar = QHBoxLayout()
        for w in (self.kind_label, self.kind, self.period_label, self.period, self.unit_label,
                  self.unit, self.run_button, self.preview_button, self.pdf_button,
                  self.xlsx_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self.model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.frozen = QTableView(self.table)  # the first column stays while scrolling
        self._setup_frozen()
        self._setup_headers()
        self.chart = QChart()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.unreached = QPlainTextEdit(readOnly=True)
        self.summary = QPlainTextEdit(readOnly=True)
        self.pages = QTabWidget()
        self.pages.addTab(self.chart_view, "")
        self.pages.addTab(self.unreached, "")
        self.pages.addTab(self.summary, "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.pages)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.run_button.clicked.connect(self.run_report)
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.xlsx_button.clicked.connect(self.save_excel)
        self.retranslate()

    # ---- frozen first column -------------------------------------------------------------
    def _setup_frozen(self) -> None:
        f = self.frozen
        f.setModel(self.model)
        f.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f.verticalHeader().hide()
        f.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.setSelectionModel(self.table.selectionModel())
        f.setStyleSheet("QTableView { border: none; }")
        self.table.verticalHeader().hide()  # row numbers mean nothing here; units name rows
        self.table.viewport().stackUnder(f)
        self.table.verticalScrollBar().valueChanged.connect(f.verticalScrollBar().setValue)
        f.verticalScrollBar().valueChanged.connect(self.table.verticalScrollBar().setValue)
        self.model.modelReset.connect(self._sync_frozen)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._sync_frozen())
        self.frozen.show()

    def _sync_frozen(self) -> None:
        for c in range(1, self.model.columnCount()):
            self.frozen.setColumnHidden(c, True)
            self.table.setColumnWidth(c, 112)
        self.table.setColumnWidth(0, 220)
        self.frozen.setColumnWidth(0, self.table.columnWidth(0))
        self._place_frozen()

    def _setup_headers(self) -> None:
        """Indicator names are long: wrap them on up to four lines instead of cutting them."""
        lines = self.fontMetrics().lineSpacing()
        for view in (self.table, self.frozen):
            header = view.horizontalHeader()
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter
                                       | Qt.TextFlag.TextWordWrap)  # type: ignore[operator]
            header.setFixedHeight(4 * lines + 10)

    def _place_frozen(self) -> None:
        t = self.table
        self.frozen.setGeometry(t.viewport().x(), t.frameWidth(),
                                t.columnWidth(0), t.viewport().height()
                                + t.horizontalHeader().height())

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._place_frozen()

    # ---- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.kind_label.setText(ui_text("Report:"))
        current = self.kind.currentIndex()
        self.kind.clear()
        self.kind.addItem(ui_text("Standard table (monthly)"), "monthly")
        self.kind.setCurrentIndex(max(0, current))
        self.period_label.setText(ui_text("Period:"))
        self.period.setToolTip(ui_text("2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020"))
        self.unit_label.setText(ui_text("Unit code:"))
        self.run_button.setText(ui_text("Show report"))
        self.preview_button.setText(ui_text("Print preview…"))
        self.pdf_button.setText(ui_text("Save PDF…"))
        self.xlsx_button.setText(ui_text("Save Excel…"))
        self.pages.setTabText(0, ui_text("Monthly trend"))
        self.pages.setTabText(1, ui_text("Communes not yet reached"))
        self.pages.setTabText(2, ui_text("Written summary"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(0, self.model.columnCount() - 1))
        if self.report is not None:
            self._show(self.report)

    # ---- running -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.report is not None:
            self.run_report()

    def run_report(self) -> None:
        from desktop.reports.cli_support import period_arg, unit_arg
        from desktop.reports.document import report_info
        from desktop.reports.engine import build_report

        try:
            period = period_arg(self.period.text())
            unit = unit_arg(self.ctx.units, self.unit.text().strip() or None,
                            self.ctx.home_unit(), period)
        except PcmdError as exc:
            QMessageBox.warning(self, ui_text("Report"), exc.message)
            return
        db, units = self.ctx.db, self.ctx.units

        def work(progress):  # noqa: ANN001, ANN202
            report = build_report(db, units, unit, period, progress=progress, trend=True)
            return report, report_info(db, units, report)

        self.runner.run(ui_text("Preparing the report…"), work, self._done)

    def _done(self, result: tuple) -> None:
        self.report, self.info = result
        for b in (self.preview_button, self.pdf_button, self.xlsx_button):
            b.setEnabled(True)
        self._show(self.report)

    def _show(self, report: Report) -> None:
        from desktop.reports.summary import summary_text

        self.model.set_report(report)
        state = ui_text("final") if report.final else ui_text("draft")
        notes = " ".join(labels.notes(report))
        self.status.setText(f"{labels.report_title(report)} – {report.unit.name} ({state}). "
                            f"{notes}")
        names = report.total.unreached
        parts = []
        for key, title in (("communes_reached_pct", ui_text("Not reached by outreach")),
                           ("officers_trained_pct", ui_text("No officer trained")),
                           ("establishments_inspected_pct",
                            ui_text("No establishment inspected"))):
            parts.append(f"{title} ({len(names.get(key, []))}): "
                         + ", ".join(names.get(key, [])))
        self.unreached.setPlainText("\n\n".join(parts))
        self.summary.setPlainText(summary_text(report))
        self._chart(report)

    def _chart(self, report: Report) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # One category per month, labelled on its point: a date axis puts ticks between
        # month starts and repeats or skips month labels.
        x_axis, y_axis = QCategoryAxis(), QValueAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        months = [d for d, _ in report.trend.get(TREND[0], [])]
        for i, d in enumerate(months):
            x_axis.append(f"{d.month:02d}/{d.year}", i)
        x_axis.setRange(0, max(1, len(months) - 1))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        top = 0
        for key in TREND:
            series = QLineSeries()
            series.setName(labels.indicator_label(key))
            for i, (_d, value) in enumerate(report.trend.get(key, [])):
                series.append(i, value)
                top = max(top, value)
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        y_axis.setRange(0, max(1, top))
        y_axis.setLabelFormat("%d")
        y_axis.applyNiceNumbers()
        self.chart.setTitle(ui_text("Monthly trend since 1 January"))

    # ---- output --------------------------------------------------------------------------
    def _document(self):  # noqa: ANN202
        from desktop.reports.document import build_document

        assert self.report is not None
        return build_document(self.report, self.info)

    def print_preview(self) -> None:
        from desktop.reports.pdf_layout import page_layout, render

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(True))
        doc = self._document()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda p: render(doc, p))
        dialog.exec()

    def _ask(self, title: str, pattern: str, suffix: str) -> str:
        assert self.report is not None
        name = f"bao-cao-{self.report.period.spec}-{self.report.unit.code}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return path

    def save_pdf(self, path: str | None = None) -> None:
        from desktop.reports.pdf_layout import write_pdf

        path = path or self._ask(ui_text("Save PDF"), ui_text("PDF files (*.pdf)"), ".pdf")
        if path and self.report is not None:
            write_pdf(self.report, self.info, path)

    def save_excel(self, path: str | None = None) -> None:
        from desktop.reports.excel import write_xlsx

        path = path or self._ask(ui_text("Save Excel"), ui_text("Excel workbooks (*.xlsx)"),
                                 ".xlsx")
        if path and self.report is not None:
            write_xlsx(self.report, self.info, path)

