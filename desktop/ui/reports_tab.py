"""The Reports tab: choose the report (the monthly standard table, or the year-end / 6-month
/ programme report), the period (presets, month/year, or typed as offices write it) and the
unit (by name, from the office's tree of units); Enter runs it in the background. The summary
shows this period, since 1 January, last year, the change and the target side by side; the
table by unit, the monthly trend, the communes not yet reached and the written summary follow.
A block of cells copies as a table for Excel and Word. Print preview, PDF (signed when a
certificate is chosen), Excel and Word; a saved file is named with links to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PcmdError
from desktop.reports import labels
from desktop.reports.model import Report
from desktop.reports.ui_texts import ui_text
from desktop.services import policy
from desktop.services.context import AppContext
from desktop.ui.report_pickers import PeriodPicker, UnitPicker
from desktop.ui.report_table_model import ReportSummaryModel, ReportTableModel, selection_mime

TREND = ("outreach_sessions", "inspections", "training_classes", "people_supported")
KINDS = (("monthly", "Standard table (monthly)"),
         ("year_end", "Year-end report (also 6 months, programme period)"))


class ReportsTab(QWidget):
    def __init__(self, ctx: AppContext, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.report: Report | None = None
        self.info = None
        self.saved_path: Path | None = None
        self.kind = QComboBox()
        for key, _ in KINDS:
            self.kind.addItem("", key)
        self.period = PeriodPicker(ctx.today())
        self.unit = UnitPicker(ctx.units, policy.default_owner(ctx), ctx.today())
        self.run_button = QPushButton()
        self.details_button = QPushButton()
        self.preview_button = QPushButton()
        self.pdf_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.docx_button = QPushButton()
        self.outputs = (self.preview_button, self.pdf_button, self.xlsx_button, self.docx_button)
        for b in self.outputs:
            b.setEnabled(False)
        self.kind_label, self.period_label, self.unit_label = QLabel(), QLabel(), QLabel()
        bar = QHBoxLayout()
        for w in (self.kind_label, self.kind, self.period_label, self.period, self.unit_label,
                  self.unit, self.run_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar2 = QHBoxLayout()
        for w in (self.details_button, self.preview_button, self.pdf_button, self.xlsx_button,
                  self.docx_button):
            bar2.addWidget(w)
        bar2.addStretch(1)
        self.summary_model = ReportSummaryModel(self)
        self.summary_view = QTableView()
        self.summary_view.setModel(self.summary_model)
        self.summary_view.verticalHeader().hide()
        self.summary_view.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() + 8)
        head = self.summary_view.horizontalHeader()
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter
                                 | Qt.TextFlag.TextWordWrap)  # type: ignore[operator]
        head.setFixedHeight(2 * self.fontMetrics().lineSpacing() + 10)
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
        for page in (self.summary_view, self.table, self.chart_view, self.unreached, self.summary):
            self.pages.addTab(page, "")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.saved.linkActivated.connect(self._open_link)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(bar2)
        layout.addWidget(self.status)
        layout.addWidget(self.saved)
        layout.addWidget(self.pages, 1)
        self.run_button.clicked.connect(self.run_report)
        self.details_button.clicked.connect(self.edit_details)
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.xlsx_button.clicked.connect(lambda: self.save_excel())
        self.docx_button.clicked.connect(lambda: self.save_word())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for view in (self.summary_view, self.table):
            shortcut = QShortcut(QKeySequence.StandardKey.Copy, view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda v=view: self.copy_selection(v))
        self.retranslate()
        self._kind_changed()

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
        self.table.verticalHeader().hide()
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
        self.frozen.setGeometry(t.viewport().x(), t.frameWidth(), t.columnWidth(0),
                                t.viewport().height() + t.horizontalHeader().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    # ---- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.kind_label.setText(ui_text("Report:"))
        for i, (_, text) in enumerate(KINDS):
            self.kind.setItemText(i, ui_text(text))
        self.period_label.setText(ui_text("Period:"))
        self.unit_label.setText(ui_text("Unit:"))
        self.run_button.setText(ui_text("Show report"))
        self.run_button.setToolTip(ui_text("Enter"))
        self.details_button.setText(ui_text("Document details…"))
        self.preview_button.setText(ui_text("Print preview…"))
        self.pdf_button.setText(ui_text("Save PDF…"))
        self.xlsx_button.setText(ui_text("Save Excel…"))
        self.docx_button.setText(ui_text("Save Word…"))
        for i, text in enumerate(("Summary", "By unit", "Monthly trend",
                                  "Communes not yet reached", "Written summary")):
            self.pages.setTabText(i, ui_text(text))
        self.summary_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(0, self.model.columnCount() - 1))
        if self.report is not None:
            self._show(self.report)

    def _kind_changed(self, *_: object) -> None:
        year_end = self.kind.currentData() == "year_end"
        self.docx_button.setVisible(year_end)
        self.xlsx_button.setText(ui_text("Save the form as Excel…") if year_end
                                 else ui_text("Save Excel…"))
        if year_end:
            from desktop.domain import periods

            today = self.ctx.today()
            self.period.set_period(periods.year(today.year if today.month >= 10
                                                else today.year - 1))
        else:
            self.period.set_preset("last_month")

    def keyPressEvent(self, event) -> None:
        """Enter runs the report from any picker (the line edits pass Enter on)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run_report()
            return
        super().keyPressEvent(event)

    # ---- running -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.report is not None:
            self.run_report()

    def run_report(self) -> None:
        from desktop.reports.cli_support import (
            YEAR_END_KINDS,
            check_period_begun,
            check_unit_in_period,
            year_end_period_arg,
        )
        from desktop.reports.document import report_info
        from desktop.reports.engine import build_report

        if not self.run_button.isEnabled():  # a report or a file is still being made: Enter
            return  # twice started two, and a finished run re-enabled saving mid-write
        year_end = self.kind.currentData() == "year_end"
        try:
            period = self.period.period()
            if year_end and period.kind not in YEAR_END_KINDS:
                year_end_period_arg(period.spec)  # raises the sentence that says why
            check_period_begun(period, self.ctx.today())
            unit = self.unit.unit()
            policy.require_readable(self.ctx, unit)  # a signed-in user reports on their units
            check_unit_in_period(unit, period)
        except PcmdError as exc:
            QMessageBox.warning(self, ui_text("Report"), exc.message)
            return
        db, units = self.ctx.db, self.ctx.units
        self.run_button.setEnabled(False)

        def work(progress):
            report = build_report(db, units, unit, period, progress=progress, trend=True)
            if year_end:
                report.kind = "year_end"
            return report, report_info(db, units, report)

        self.runner.run(ui_text("Preparing the report…"), work, self._done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from desktop.services.progress import Cancelled
        from desktop.ui.errors import show_unexpected_error

        self.run_button.setEnabled(True)
        if isinstance(exc, PcmdError):
            QMessageBox.warning(self, ui_text("Report"), exc.message)
        elif not isinstance(exc, Cancelled):
            show_unexpected_error(self, exc)  # logged, one translated sentence

    def _done(self, result: tuple) -> None:
        self.report, self.info = result
        self.run_button.setEnabled(True)
        for b in self.outputs:
            b.setEnabled(True)
        self._show(self.report)

    def _show(self, report: Report) -> None:
        from desktop.reports.summary import summary_text

        self.summary_model.set_report(report)
        self.summary_view.setColumnWidth(0, 400)
        for c in range(1, self.summary_model.columnCount()):
            self.summary_view.setColumnWidth(c, 150)
        self.model.set_report(report)
        state = ui_text("final") if report.final else ui_text("draft")
        short = " ".join(labels.notes(report, limit=4))
        self.status.setText(f"{labels.report_title(report)} – {report.unit.name} ({state}). "
                            f"{short}")
        self.status.setToolTip(" ".join(labels.notes(report)))
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
        views = {v.key: v for v in self.summary_model_views()}
        for key in TREND:
            if key not in views:
                continue
            series = QLineSeries()
            series.setName(views[key].label())
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

    def summary_model_views(self) -> list:
        return [v for _, v in self.summary_model.lines if v is not None]

    # ---- copying -------------------------------------------------------------------------
    def copy_selection(self, view: QTableView) -> None:
        mime = selection_mime(view)
        if mime is not None:
            QGuiApplication.clipboard().setMimeData(mime)

    # ---- output --------------------------------------------------------------------------
    def edit_details(self) -> None:
        from desktop.reports.document import remembered_details, saved_settings
        from desktop.reports.letterhead import default_issuer
        from desktop.ui.report_dialog import ReportDetailsDialog

        if self.info is not None:
            issuer, details = self.info.issuer, self.info.details
        else:
            office = self.ctx.home_unit() or self.unit.unit()
            issuer = default_issuer(self.ctx.units, office, self.ctx.today())
            details = remembered_details(saved_settings(self.ctx.db))
        dialog = ReportDetailsDialog(details, issuer, self)
        if dialog.exec() and self.info is not None:
            self.info.details = dialog.details()

    def _doc(self):
        from desktop.reports.document import build_document
        from desktop.reports.year_end import build_year_end

        assert self.report is not None and self.info is not None
        if self.report.kind == "year_end":
            return build_year_end(self.report, self.info.issuer, self.info.details,
                                  self.ctx.today())
        return build_document(self.report, self.info, self.ctx.today())

    def print_preview(self) -> None:
        from desktop.reports.pdf_layout import page_layout, render

        doc = self._doc()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(doc.sections[0].landscape))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda p: render(doc, p))
        dialog.exec()

    def _ask(self, title: str, pattern: str, suffix: str) -> str:
        assert self.report is not None
        kind = "tong-ket" if self.report.kind == "year_end" else "bao-cao"
        name = f"{kind}-{self.report.period.spec.replace('..', '-')}-{self.report.unit.code}"
        path, _ = QFileDialog.getSaveFileName(self, title, name + suffix, pattern)
        return path

    def _write(self, fmt: str, path: str) -> bool:
        """Writes the file in the background (a city's monthly table is fifty pages), with
        progress and cancel; a cancelled or failed file leaves an earlier one as it was.
        Returns whether the writing started."""
        from desktop.reports.excel import write_xlsx
        from desktop.reports.pdf_layout import write_pdf
        from desktop.reports.year_end_files import write_year_end

        assert self.report is not None and self.info is not None
        signer = None
        if fmt == "pdf" and self.report.kind == "year_end":
            from desktop.ui.report_dialog import ask_signer

            signer = ask_signer(self)
            if signer is False:
                return False
        report, info, today, target = self.report, self.info, self.ctx.today(), Path(path)
        text = ui_text("Writing {file}…").format(file=target.name)

        def work(progress):
            def tick(done: int, total: int) -> None:
                progress.update(done, total, text)

            if report.kind == "year_end":
                write_year_end(report, info, fmt, target, signer=signer or None, today=today,
                               tick=tick)
            elif fmt == "pdf":
                write_pdf(report, info, str(target), tick)
            else:
                write_xlsx(report, info, str(target), tick)
            return target

        self._writing(True)
        self.runner.run(text, work, self._written, self._write_failed)
        return True

    def _writing(self, busy: bool) -> None:
        for b in (*self.outputs, self.run_button, self.details_button):
            b.setEnabled(not busy)

    def _written(self, path: Path) -> None:
        self._writing(False)
        self._saved(path)

    def _write_failed(self, exc: BaseException) -> None:
        from desktop.services.progress import Cancelled
        from desktop.ui.errors import show_unexpected_error

        self._writing(False)
        if isinstance(exc, Cancelled):
            self.saved.setText(ui_text("Cancelled: nothing was saved."))
        elif isinstance(exc, PcmdError):
            QMessageBox.warning(self, ui_text("Report"), exc.message)
        else:
            show_unexpected_error(self, exc)

    def _saved(self, path: Path) -> None:
        """Say where the file went, with links to open it or its folder."""
        self.saved_path = path
        file_url = QUrl.fromLocalFile(str(path)).toString()
        folder_url = QUrl.fromLocalFile(str(path.parent)).toString()
        self.saved.setText(ui_text("Saved: {path}").format(path=path) + " – "
                           + f'<a href="{file_url}">{ui_text("Open the file")}</a> · '
                           + f'<a href="{folder_url}">{ui_text("Open the folder")}</a>')

    def _open_link(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def save_pdf(self, path: str | None = None) -> bool:
        path = path or self._ask(ui_text("Save PDF"), ui_text("PDF files (*.pdf)"), ".pdf")
        return bool(path and self.report is not None and self._write("pdf", path))

    def save_excel(self, path: str | None = None) -> bool:
        path = path or self._ask(ui_text("Save Excel"), ui_text("Excel workbooks (*.xlsx)"),
                                 ".xlsx")
        return bool(path and self.report is not None and self._write("xlsx", path))

    def save_word(self, path: str | None = None) -> bool:
        path = path or self._ask(ui_text("Save Word"), ui_text("Word documents (*.docx)"),
                                 ".docx")
        return bool(path and self.report is not None and self._write("docx", path))
