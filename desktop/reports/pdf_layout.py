"""Paints the printed form (Decree 30/2020/NĐ-CP) with QPainter on any paged device: a
QPdfWriter for "Save PDF" and `pcmd report monthly --format pdf`, a QPrinter for the print
preview. A4 landscape; margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman
(Liberation Serif, metric-compatible, where it is missing); page numbers centred in the top
margin from page 2; the table header repeated on every page."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop.output_file import NotWritten, write_whole
from desktop.reports.document import Document, Table, build_document, cell_text
from desktop.reports.model import Report

PAGE_MM = (297.0, 210.0)  # A4 landscape
MARGINS_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
RESOLUTION = 300  # dots per inch of the PDF's painter coordinates
SHADE_RGB = (230, 230, 230)


def font_family() -> str:
    families = set(QFontDatabase.families())
    for name in ("Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif"):
        if name in families:
            return name
    return "Serif"


def page_layout() -> QPageLayout:
    """Full-page layout: the renderer keeps the margins itself so that page numbers can sit
    in the top margin."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


class Painter:
    """Lays the document out page by page; `y` is the cursor in device pixels."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter) -> None:
        self.device, self.p = device, painter
        dpi = device.logicalDpiX()
        self.mm = dpi / 25.4
        self.left = MARGINS_MM["left"] * self.mm
        self.right = (PAGE_MM[0] - MARGINS_MM["right"]) * self.mm
        self.top = MARGINS_MM["top"] * self.mm
        self.bottom = (PAGE_MM[1] - MARGINS_MM["bottom"]) * self.mm
        self.width = self.right - self.left
        self.family = font_family()
        self.page = 1
        self.y = self.top

    def font(self, pt: float, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont(self.family)
        f.setPointSizeF(pt)
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def text_height(self, text: str, width: float, font: QFont,
                    flags: object = None) -> float:
        flags = Qt.AlignmentFlag.AlignLeft if flags is None else flags
        self.p.setFont(font)
        rect = self.p.boundingRect(QRectF(0, 0, width, 1e6),
                                   flags | Qt.TextFlag.TextWordWrap, text)
        return rect.height()

    def text(self, text: str, x: float, y: float, width: float, font: QFont,
             flags: object = None) -> float:
        flags = Qt.AlignmentFlag.AlignLeft if flags is None else flags
        h = self.text_height(text, width, font, flags)
        self.p.setFont(font)
        self.p.drawText(QRectF(x, y, width, h), flags | Qt.TextFlag.TextWordWrap, text)
        return h

    def new_page(self) -> None:
        self.device.newPage()
        self.page += 1
        self.y = self.top
        number = str(self.page)
        self.text(number, self.left, self.top / 2 - 3 * self.mm, self.width, self.font(12),
                  Qt.AlignmentFlag.AlignHCenter)

    def ensure(self, height: float) -> bool:
        """Start a new page unless `height` fits; True when a page was started."""
        if self.y + height > self.bottom:
            self.new_page()
            return True
        return False

    def rule(self, x1: float, x2: float, y: float) -> None:
        self.p.setPen(QPen(Qt.GlobalColor.black, 0.3 * self.mm))
        self.p.drawLine(QPointF(x1, y), QPointF(x2, y))

    # ---- parts of the form -------------------------------------------------------------
    def heading(self, doc: Document) -> None:
        centre = Qt.AlignmentFlag.AlignHCenter
        left_w, right_x = self.width * 0.42, self.left + self.width * 0.42
        right_w = self.width - left_w
        y = self.y
        if doc.agency_parent:
            y += self.text(doc.agency_parent, self.left, y, left_w, self.font(12), centre)
        y += self.text(doc.agency_name, self.left, y, left_w, self.font(12, bold=True), centre)
        self.rule(self.left + left_w * 0.35, self.left + left_w * 0.65, y + 1 * self.mm)
        left_bottom = y
        y = self.y
        y += self.text(doc.nation, right_x, y, right_w, self.font(12.5, bold=True), centre)
        motto_font = self.font(13.5, bold=True)
        h = self.text(doc.motto, right_x, y, right_w, motto_font, centre)
        self.p.setFont(motto_font)
        motto_w = self.p.fontMetrics().horizontalAdvance(doc.motto)
        mid = right_x + right_w / 2
        y += h
        self.rule(mid - motto_w / 2, mid + motto_w / 2, y + 1 * self.mm)
        y += 4 * self.mm
        y += self.text(doc.place_date, right_x, y, right_w, self.font(13, italic=True), centre)
        self.y = max(left_bottom, y) + 6 * self.mm
        self.y += self.text(doc.title, self.left, self.y, self.width, self.font(14, bold=True),
                            centre)
        self.y += self.text(f"{doc.subtitle} – {doc.status}", self.left, self.y, self.width,
                            self.font(12, italic=True), centre) + 4 * self.mm

    def table(self, table: Table) -> None:
        font, bold = self.font(10), self.font(10, bold=True)
        total_w = sum(table.widths)
        widths = [w / total_w * self.width for w in table.widths]
        pad = 1.2 * self.mm
        head_h = max(self.text_height(h, w - 2 * pad, bold, Qt.AlignmentFlag.AlignHCenter)
                     for h, w in zip(table.headers, widths, strict=True)) + 2 * pad
        cap_h = self.text_height(table.caption, self.width, self.font(12, bold=True))
        first_h = self._row_height(table, 0, widths, font, pad) if table.rows else 0
        self.ensure(cap_h + head_h + first_h + 2 * self.mm)
        self.y += self.text(table.caption, self.left, self.y, self.width,
                            self.font(12, bold=True)) + 1 * self.mm
        self._header(table, widths, bold, pad, head_h)
        for r, row in enumerate(table.rows):
            h = self._row_height(table, r, widths, font, pad)
            if self.ensure(h):
                self._header(table, widths, bold, pad, head_h)
            x = self.left
            row_font = bold if r in table.bold_rows else font
            for c, value in enumerate(row):
                rect = QRectF(x, self.y, widths[c], h)
                if (r, c) in table.shaded:
                    self.p.fillRect(rect, QColor(*SHADE_RGB))
                self._cell(rect)
                align = (Qt.AlignmentFlag.AlignLeft if c == 1 else
                         Qt.AlignmentFlag.AlignHCenter if c == 0 else Qt.AlignmentFlag.AlignRight)
                text = cell_text(value, isinstance(value, float))
                self.text(text, x + pad, self.y + pad, widths[c] - 2 * pad, row_font, align)
                x += widths[c]
            self.y += h
        self.y += 5 * self.mm

    def _row_height(self, table: Table, r: int, widths: list[float], font: QFont,
                    pad: float) -> float:
        name = str(table.rows[r][1])
        return self.text_height(name, widths[1] - 2 * pad, font) + 2 * pad

    def _cell(self, rect: QRectF) -> None:
        self.p.setPen(QPen(Qt.GlobalColor.black, 0.2 * self.mm))
        self.p.drawRect(rect)

    def _header(self, table: Table, widths: list[float], font: QFont, pad: float,
                h: float) -> None:
        x = self.left
        for head, w in zip(table.headers, widths, strict=True):
            rect = QRectF(x, self.y, w, h)
            self._cell(rect)
            self.text(head, x + pad, self.y + pad, w - 2 * pad, font,
                      Qt.AlignmentFlag.AlignHCenter)
            x += w
        self.y += h

    def paragraphs(self, items: list[str]) -> None:
        font = self.font(13)
        for i, para in enumerate(items):
            f = self.font(13, bold=True) if i == 0 else font
            h = self.text_height(para, self.width, f, Qt.AlignmentFlag.AlignJustify)
            self.ensure(h)
            self.y += self.text(para, self.left, self.y, self.width, f,
                                Qt.AlignmentFlag.AlignJustify) + 1.5 * self.mm

    def signatures(self, doc: Document) -> None:
        self.ensure(55 * self.mm)
        self.y += 4 * self.mm
        centre = Qt.AlignmentFlag.AlignHCenter
        col = self.width / 3
        top = self.y
        y = top + self.text(doc.recipients_title, self.left, top, col,
                            self.font(12, bold=True, italic=True))
        for line in doc.recipients:
            y += self.text(line, self.left, y, col, self.font(11))
        mid_x, right_x = self.left + col, self.left + 2 * col
        self.text(doc.preparer_title, mid_x, top, col, self.font(13, bold=True), centre)
        self.text(doc.preparer, mid_x, top + 28 * self.mm, col, self.font(13, bold=True), centre)
        h = self.text(doc.signer_title, right_x, top, col, self.font(13, bold=True), centre)
        self.text(doc.sign_hint, right_x, top + h, col, self.font(12, italic=True), centre)
        self.text(doc.signer_name, right_x, top + 28 * self.mm, col, self.font(13, bold=True),
                  centre)
        self.y = max(y, top + 36 * self.mm)


def render(doc: Document, device: QPagedPaintDevice) -> int:
    """Paints the whole document on `device`; returns the number of pages."""
    painter = QPainter(device)
    if not painter.isActive():  # QPdfWriter could not open its file: it says nothing more
        raise NotWritten()
    try:
        flow = Painter(device, painter)
        flow.heading(doc)
        for table in doc.tables:
            flow.table(table)
        flow.paragraphs(doc.paragraphs)
        flow.signatures(doc)
    except BaseException:
        painter.end()
        raise
    if not painter.end():  # the last page could not be written out
        raise NotWritten()
    return flow.page


_APP: list[QGuiApplication] = []


def ensure_gui_app() -> None:
    """Fonts need a QGuiApplication; the command line makes an offscreen one."""
    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication([]))


def write_pdf(report: Report, info: dict[str, str], path: str) -> int:
    """Writes the PDF; returns the number of pages."""
    ensure_gui_app()
    doc = build_document(report, info)
    with write_whole(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(page_layout())
        writer.setCreator("PCMD")
        writer.setTitle(doc.title)
        try:
            return render(doc, writer)
        finally:
            del writer  # closes the file before it is moved into place
