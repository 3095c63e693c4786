"""Paints a block document (blocks.py) with QPainter on any paged device: a QPdfWriter for
"Save PDF" and `pcmd report … --format pdf`, a QPrinter for the print preview. A4 (each section
portrait or landscape); Decree 30/2020 margins; Times New Roman or its metric twin
(fonts.py); page numbers centred in the top margin from page 2.

Pagination works on boxes: every line of a paragraph, every table row, the letterhead and the
signature block is a box, and a box may be tied to the next one. A chain of tied boxes moves to
the next page whole when it does not fit: a heading with the first lines after it, the row
before a totals row with that row, the last lines of the text with the signature block, a
paragraph's first and last two lines. A table repeats its header rows on each page it spans."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from desktop.output_file import NotWritten, write_whole
from desktop.reports import blocks as b
from desktop.reports.fonts import serif_family
from desktop.reports.indicator_view import number

MARGINS_MM = b.MARGINS_MM
PAGE_MM = (297.0, 210.0)  # A4 landscape (the monthly table); portrait is (210, 297)
RESOLUTION = 300  # dots per inch of the PDF's painter coordinates
SHADE_RGB = (230, 230, 230)
PAD_MM = 1.2  # cell padding
SIGN_GAP_MM = 26.0  # room for the signature and seal
ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
         "right": Qt.AlignmentFlag.AlignRight, "justify": Qt.AlignmentFlag.AlignJustify}


def font_family() -> str:
    return serif_family()


def page_layout(landscape: bool = True) -> QPageLayout:
    """Full-page layout: the renderer keeps the margins itself so that page numbers can sit
    in the top margin."""
    orientation = QPageLayout.Orientation.Landscape if landscape else \
        QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


@dataclass
class Box:
    height: float
    paint: Callable[[float], None]  # paints at y (device pixels)
    keep: bool = False  # tied to the next box
    header: Table | None = None  # repeated when this box starts a page
    kind: str = ""  # letterhead | line | row | total | signature | header


@dataclass
class Table:
    """A table's header, measured, for repetition on later pages."""

    height: float
    paint: Callable[[float], None]


@dataclass
class Placed:
    """Where things landed (for signing: the signature space)."""

    pages: int = 0
    page_kinds: list[list[str]] = field(default_factory=list)  # box kinds on each page
    signature: tuple[int, tuple[float, float, float, float]] | None = None  # page, mm rect
    landscape: list[bool] = field(default_factory=list)


class Flow:
    def __init__(self, device: QPagedPaintDevice, painter: QPainter) -> None:
        self.device, self.p = device, painter
        self.mm = device.logicalDpiX() / 25.4
        self.family = font_family()
        self.page = 1
        self.placed = Placed()
        self.landscape = True
        self._geometry(True)

    def _geometry(self, landscape: bool) -> None:
        self.landscape = landscape
        w, h = PAGE_MM if landscape else (PAGE_MM[1], PAGE_MM[0])
        self.page_w, self.page_h = w, h
        self.left = MARGINS_MM["left"] * self.mm
        self.right = (w - MARGINS_MM["right"]) * self.mm
        self.top = MARGINS_MM["top"] * self.mm
        self.bottom = (h - MARGINS_MM["bottom"]) * self.mm
        self.width = self.right - self.left
        self.y = self.top

    # ---- text helpers --------------------------------------------------------------------
    def font(self, pt: float, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont(self.family)
        f.setPointSizeF(pt)
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def text_height(self, text: str, width: float, font: QFont,
                    flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
        self.p.setFont(font)
        rect = self.p.boundingRect(QRectF(0, 0, max(1.0, width), 1e6),
                                   int(flags | Qt.TextFlag.TextWordWrap), text)
        return rect.height()

    def text(self, text: str, x: float, y: float, width: float, font: QFont,
             flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
        h = self.text_height(text, width, font, flags)
        self.p.setFont(font)
        self.p.drawText(QRectF(x, y, width, h), int(flags | Qt.TextFlag.TextWordWrap), text)
        return h

    def rule(self, x1: float, x2: float, y: float) -> None:
        self.p.setPen(QPen(Qt.GlobalColor.black, 0.3 * self.mm))
        self.p.drawLine(QPointF(x1, y), QPointF(x2, y))

    # ---- pages ---------------------------------------------------------------------------
    def start_section(self, landscape: bool, first: bool) -> None:
        if not first:
            self.device.setPageLayout(page_layout(landscape))
            self._new_page(landscape)
        else:
            self._geometry(landscape)
            self.placed.page_kinds.append([])
            self.placed.landscape.append(landscape)

    def _new_page(self, landscape: bool | None = None) -> None:
        self.device.newPage()
        self.page += 1
        self._geometry(self.landscape if landscape is None else landscape)
        self.placed.page_kinds.append([])
        self.placed.landscape.append(self.landscape)
        self.text(str(self.page), self.left, self.top / 2 - 3 * self.mm, self.width,
                  self.font(13), Qt.AlignmentFlag.AlignHCenter)

    def place(self, boxes: list[Box]) -> None:
        """Paginate: chains of tied boxes move whole to a new page when they do not fit."""
        i = 0
        while i < len(boxes):
            j = i
            while j < len(boxes) - 1 and boxes[j].keep:
                j += 1
            chain = boxes[i:j + 1]
            need = sum(x.height for x in chain)
            room = self.bottom - self.y
            full = self.bottom - self.top - (chain[0].header.height if chain[0].header else 0)
            if need > room and need <= full and self.y > self.top:
                self._new_page()
            for box in chain:
                if box.height > self.bottom - self.y and self.y > self.top:
                    self._new_page()
                if self.y == self.top and box.header is not None and box.kind != "header":
                    box.header.paint(self.y)
                    self.y += box.header.height
                box.paint(self.y)
                self.placed.page_kinds[-1].append(box.kind)
                self.y += box.height
            i = j + 1

    # ---- boxes of each block -------------------------------------------------------------
    def para_boxes(self, block: b.Para) -> list[Box]:
        text = block.text
        font = self.font(block.size)
        layout = QTextLayout(text, font, self.device)
        formats = []
        pos = 0
        for run in block.runs:
            fmt = QTextCharFormat()
            fmt.setFont(self.font(block.size, run.bold, run.italic))
            rng = QTextLayout.FormatRange()
            rng.start, rng.length, rng.format = pos, len(run.text), fmt
            formats.append(rng)
            pos += len(run.text)
        layout.setFormats(formats)
        option = QTextOption(ALIGN[block.align])
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        indent = block.indent_mm * self.mm
        layout.beginLayout()
        lines = []
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            first = not lines
            line.setLineWidth(self.width - (indent if first else 0))
            line.setPosition(QPointF(indent if first else 0, y))
            y += line.height()
            lines.append(line)
        layout.endLayout()
        pt = self.mm * 25.4 / 72
        before, after = block.space_before * pt, block.space_after * pt
        boxes: list[Box] = []
        n = len(lines)
        for k, line in enumerate(lines):
            h = line.height() + (before if k == 0 else 0) + (after if k == n - 1 else 0)
            top = before if k == 0 else 0.0

            def paint(y: float, line=line, top=top, layout=layout) -> None:
                self.p.setPen(Qt.GlobalColor.black)
                line.draw(self.p, QPointF(self.left, y + top - line.y()))
                _ = layout  # the layout must live as long as its lines

            # widows and orphans: the first two and the last two lines stay together
            keep = (k == 0 and n > 1) or (k == n - 2 and n > 1) or \
                (k == n - 1 and block.keep_with_next)
            boxes.append(Box(h, paint, keep, kind="line"))
        if not boxes:
            boxes.append(Box(before + after, lambda y: None, block.keep_with_next, kind="line"))
        return boxes

    def letterhead_box(self, lh: b.Letterhead) -> Box:
        centre = Qt.AlignmentFlag.AlignHCenter
        left_w = self.width * 0.40
        right_x, right_w = self.left + left_w, self.width - left_w

        def draw(y0: float, paint: bool = True) -> float:
            measure = self.text if paint else (
                lambda t, x, y, w, f, fl=centre: self.text_height(t, w, f, fl))
            y = y0
            if lh.parent:
                y += measure(lh.parent, self.left, y, left_w, self.font(12.5), centre)
            y += measure(lh.agency, self.left, y, left_w, self.font(12.5, bold=True), centre)
            if paint:
                self.rule(self.left + left_w * 0.35, self.left + left_w * 0.65, y + 1 * self.mm)
            y += 3 * self.mm
            if lh.number:
                y += measure(lh.number, self.left, y, left_w, self.font(13), centre)
            left_bottom = y
            y = y0
            y += measure(lh.nation, right_x, y, right_w, self.font(12.5, bold=True), centre)
            motto_font = self.font(13.5, bold=True)
            y += measure(lh.motto, right_x, y, right_w, motto_font, centre)
            if paint:
                self.p.setFont(motto_font)
                motto_w = self.p.fontMetrics().horizontalAdvance(lh.motto)
                mid = right_x + right_w / 2
                self.rule(mid - motto_w / 2, mid + motto_w / 2, y + 1 * self.mm)
            y += 4 * self.mm
            y += measure(lh.place_date, right_x, y, right_w, self.font(14, italic=True), centre)
            return max(left_bottom, y) - y0 + 4 * self.mm

        return Box(draw(0.0, paint=False), lambda y: draw(y), kind="letterhead")

    def table_boxes(self, table: b.Table) -> list[Box]:
        total_w = sum(table.widths)
        widths = [w / total_w * self.width for w in table.widths]
        pad = PAD_MM * self.mm
        font, bold = self.font(table.size), self.font(table.size, bold=True)

        def row_height(cells: list[str], f: QFont, aligns: list[str]) -> float:
            return max(self.text_height(t, w - 2 * pad, f, ALIGN[a])
                       for t, w, a in zip(cells, widths, aligns, strict=True)) + 2 * pad

        def draw_row(y: float, cells: list[str], h: float, f: QFont, aligns: list[str],
                     shaded: set[int]) -> None:
            x = self.left
            for c, text in enumerate(cells):
                rect = QRectF(x, y, widths[c], h)
                if c in shaded:
                    self.p.fillRect(rect, QColor(*SHADE_RGB))
                self.p.setPen(QPen(Qt.GlobalColor.black, 0.2 * self.mm))
                self.p.drawRect(rect)
                th = self.text_height(text, widths[c] - 2 * pad, f, ALIGN[aligns[c]])
                self.text(text, x + pad, y + (h - th) / 2, widths[c] - 2 * pad, f,
                          ALIGN[aligns[c]])
                x += widths[c]

        head_aligns = ["center"] * table.ncols
        head_rows = [(list(r), row_height(list(r), bold, head_aligns)) for r in table.headers]
        head_h = sum(h for _, h in head_rows)

        def draw_header(y: float) -> None:
            for cells, h in head_rows:
                draw_row(y, cells, h, bold, head_aligns, set())
                y += h

        header = Table(head_h, draw_header)
        boxes = [Box(head_h, draw_header, keep=True, kind="header")]
        last = len(table.rows) - 1
        for i, row in enumerate(table.rows):
            cells = [cell_text(v) for v in row.cells]
            f = bold if row.bold else font
            h = row_height(cells, f, table.align)
            keep = row.kind == "group" or (i == last - 1 and table.rows[last].kind == "total")

            def paint(y: float, cells=cells, h=h, f=f, shaded=row.shaded) -> None:
                draw_row(y, cells, h, f, table.align, shaded)

            boxes.append(Box(h, paint, keep, header,
                             kind="total" if row.kind == "total" else "row"))
        boxes.append(Box(4 * self.mm, lambda y: None, kind="gap"))
        return boxes

    def signature_box(self, sig: b.Signature) -> Box:
        centre = Qt.AlignmentFlag.AlignHCenter
        three = bool(sig.preparer_title)
        col = self.width / 3 if three else self.width * 0.45
        right_x = self.left + (2 * col if three else col)
        right_w = self.width - (right_x - self.left)

        def draw(y0: float, paint: bool = True) -> float:
            measure = self.text if paint else (
                lambda t, x, y, w, f, fl=Qt.AlignmentFlag.AlignLeft: self.text_height(t, w, f, fl))
            y = y0 + 2 * self.mm
            top = y
            ly = top + measure(sig.recipients_title, self.left, top, col,
                               self.font(12, bold=True, italic=True))
            for line in sig.recipients:
                ly += measure(line, self.left, ly, col, self.font(11))
            if three:
                measure(sig.preparer_title, self.left + col, top, col, self.font(14, bold=True),
                        centre)
            ry = top
            for line in sig.capacity:
                ry += measure(line, right_x, ry, right_w, self.font(14, bold=True), centre)
            if sig.hint:
                ry += measure(sig.hint, right_x, ry, right_w, self.font(12, italic=True), centre)
            space_top = ry
            ry += SIGN_GAP_MM * self.mm
            if paint:
                box = (right_x / self.mm + 10, space_top / self.mm + 1, right_w / self.mm - 20,
                       SIGN_GAP_MM - 2)
                self.placed.signature = (self.page, box)
                if sig.stamp:
                    self._stamp(sig.stamp, box)
            name_h = measure(sig.signer or " ", right_x, ry, right_w, self.font(14, bold=True),
                             centre)
            if three:
                measure(sig.preparer or " ", self.left + col, ry, col, self.font(14, bold=True),
                        centre)
            return max(ly, ry + name_h) - y0 + 2 * self.mm

        return Box(draw(0.0, paint=False), lambda y: draw(y), kind="signature")


    def _stamp(self, lines: list[str], box_mm: tuple[float, float, float, float]) -> None:
        """The visible box of a digital signature: a frame with who signed and when."""
        x, y, w, h = (v * self.mm for v in box_mm)
        self.p.setPen(QPen(QColor(0, 0, 160), 0.35 * self.mm))
        self.p.drawRect(QRectF(x, y, w, h))
        font = self.font(10)
        text = "\n".join(lines)
        th = self.text_height(text, w - 4 * self.mm, font, Qt.AlignmentFlag.AlignHCenter)
        self.p.setPen(QColor(0, 0, 160))
        self.p.setFont(font)
        self.p.drawText(QRectF(x + 2 * self.mm, y + (h - th) / 2, w - 4 * self.mm, th),
                        int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), text)
        self.p.setPen(Qt.GlobalColor.black)


def cell_text(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return number(value, isinstance(value, float))


def render(doc: b.Doc, device: QPagedPaintDevice, tick: b.Tick = b.no_tick) -> Placed:
    """Paints the whole document on `device` (whose layout is the first section's)."""
    painter = QPainter(device)
    if not painter.isActive():  # QPdfWriter could not open its file: it says nothing more
        raise NotWritten()
    try:
        flow = Flow(device, painter)
        done, total = 0, len(doc.blocks())
        for s_i, section in enumerate(doc.sections):
            flow.start_section(section.landscape, first=s_i == 0)
            boxes: list[Box] = []
            for block in section.blocks:
                done += 1
                tick(done, total)
                if isinstance(block, b.Letterhead):
                    boxes.append(flow.letterhead_box(block))
                elif isinstance(block, b.Para):
                    boxes += flow.para_boxes(block)
                elif isinstance(block, b.Table):
                    boxes += flow.table_boxes(block)
                elif isinstance(block, b.Signature):
                    boxes.append(flow.signature_box(block))
            flow.place(boxes)
    except BaseException:
        painter.end()
        raise
    if not painter.end():  # the last page could not be written out
        raise NotWritten()
    flow.placed.pages = flow.page
    return flow.placed


_APP: list[QGuiApplication] = []


def ensure_gui_app() -> None:
    """Fonts need a QGuiApplication; the command line makes an offscreen one."""
    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication([]))


def write_doc_pdf(doc: b.Doc, path: str, tick: b.Tick = b.no_tick) -> Placed:
    """Writes the PDF (PDF 1.4, fonts embedded as subsets); returns where things landed."""
    ensure_gui_app()
    with write_whole(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(page_layout(doc.sections[0].landscape))
        writer.setCreator("PCMD")
        writer.setTitle(doc.title)
        try:
            return render(doc, writer, tick)
        finally:
            del writer  # closes the file before it is moved into place


def write_pdf(report, info, path: str,  # Report, ReportInfo
              tick: b.Tick = b.no_tick) -> Placed:
    """The monthly standard table as PDF."""
    from desktop.reports.document import build_document

    return write_doc_pdf(build_document(report, info), path, tick)
