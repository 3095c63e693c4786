"""A block document (blocks.py) as an Excel workbook: each table on a sheet of its own (named
with accents), so the rows Excel repeats at the top of each printed page are that table's own
header; A4 in the section's orientation, fit to the page width, margins of Decree 30/2020,
page numbers from page 2. Page breaks are set by PCMD so that a totals row is never alone at
the top of a page and a group line never ends one. Numbers are real numbers with the format
"#,##0" (percentages "0.0"): Excel shows the separators of the user's own locale."""

from __future__ import annotations

import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop.output_file import write_whole
from desktop.reports import blocks as b

FONT = "Times New Roman"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="E6E6E6")
LINE_PT = 15.0  # height of one line of 11–12 pt text
LETTERHEAD_PT = 18.0  # a letterhead line of 12.5–13.5 pt
SHEET_CHARS = {True: 128, False: 86}  # total column width (characters), landscape / portrait
#: of a page's estimated capacity: breaks come a little early, never late. The heights are
#: PCMD's own (row heights in points, rounded by Excel to whole pixels); what is left uncertain
#: is the print scale of a sheet wider than the page, which Excel rounds down to a whole percent
SAFETY = 0.96


def _inch(mm: float) -> float:
    return round(mm / 25.4, 3)


def write_doc_xlsx(doc: b.Doc, path: str, tick: b.Tick = b.no_tick) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    # the workbook's own font sizes the columns: Times New Roman (Liberation Serif where it is
    # missing) has Calibri's digit width, so pages hold what PCMD planned
    wb._named_styles["Normal"].font = Font(name=FONT, size=11)
    used: set[str] = set()
    chunks = _chunks(doc)
    for chunk_i, (name, landscape, chunk) in enumerate(chunks):
        tick(chunk_i, len(chunks))
        title = b.sheet_name(name)
        base, n = title, 2
        while title.casefold() in used:
            title = b.sheet_name(f"{base[:27]} ({n})")
            n += 1
        used.add(title.casefold())
        _Sheet(wb.create_sheet(title), landscape, chunk, first=chunk_i == 0).write()
    with write_whole(path) as partial:
        wb.save(partial)


def _chunks(doc: b.Doc) -> list[tuple[str, bool, list[b.Block]]]:
    """Blocks by sheet: each table starts a sheet, taking the headings just before it along;
    the first table stays with the letterhead and title; the closing blocks stay with the
    last table."""
    out: list[tuple[str, bool, list[b.Block]]] = []
    for section in doc.sections:
        current: list[b.Block] = []
        name = doc.sheet if not out else ""
        has_table = False
        for block in section.blocks:
            if isinstance(block, b.Table):
                if has_table:
                    carried: list[b.Block] = []
                    while current and isinstance(current[-1], b.Para) and \
                            current[-1].keep_with_next:
                        carried.insert(0, current.pop())
                    out.append((name, section.landscape, current))
                    current, name = carried, ""
                has_table = True
                name = name or block.sheet
            current.append(block)
        if current:
            out.append((name or doc.sheet or "Sheet", section.landscape, current))
    return out


class _Sheet:
    def __init__(self, ws: Worksheet, landscape: bool, chunk: list[b.Block],
                 first: bool) -> None:
        self.ws, self.landscape, self.chunk, self.first = ws, landscape, chunk, first
        tables = [x for x in chunk if isinstance(x, b.Table)]
        self.table = tables[0] if tables else None
        self.ncols = max((t.ncols for t in tables), default=6)
        self.widths = self._widths()
        self.r = 1
        self.heights: dict[int, float] = {}
        self.kinds: dict[int, str] = {}
        self.header_rows: tuple[int, int] | None = None

    def _widths(self) -> list[float]:
        total = SHEET_CHARS[self.landscape]
        if self.table is None:
            return [total / self.ncols] * self.ncols
        rel = self.table.widths
        return [max(5.0, w / sum(rel) * total) for w in rel]

    def write(self) -> None:
        for block in self.chunk:
            if isinstance(block, b.Letterhead):
                self._letterhead(block)
            elif isinstance(block, b.Para):
                self._para(block)
            elif isinstance(block, b.Table):
                self._table(block)
            elif isinstance(block, b.Signature):
                self._signature(block)
        for c, w in enumerate(self.widths, start=1):
            self.ws.column_dimensions[get_column_letter(c)].width = round(w, 1)
        self._page_setup()

    # ---- cells ---------------------------------------------------------------------------
    def put(self, row: int, col: int, text: object, *, span: int = 1, bold: bool = False,
            italic: bool = False, size: float = 12, align: str = "center",
            one_line: bool = False) -> None:
        """A cell (merged over `span` columns); `one_line`: shrunk to fit rather than wrapped
        (the letterhead's lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" never on two)."""
        cell = self.ws.cell(row=row, column=col, value=text)
        cell.font = Font(name=FONT, size=size, bold=bold, italic=italic)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=not one_line,
                                   shrink_to_fit=one_line)
        if span > 1:
            self.ws.merge_cells(start_row=row, start_column=col, end_row=row,
                                end_column=col + span - 1)

    def _chars(self, first: int, span: int) -> float:
        return sum(self.widths[first - 1:first - 1 + span])

    def _height(self, row: int, text: str, chars: float, size: float) -> None:
        lines = max(1, math.ceil(len(text) * size / 11 / max(1.0, chars * 0.95)))
        self.heights[row] = max(self.heights.get(row, 0.0), lines * LINE_PT * size / 11 + 3)
        self.ws.row_dimensions[row].height = self.heights[row]

    def _letterhead(self, lh: b.Letterhead) -> None:
        total, half = sum(self.widths), 1  # the agency block takes about 40% of the width
        while half < self.ncols - 1 and sum(self.widths[:half]) < total * 0.35:
            half += 1
        right = self.ncols - half
        r = self.r
        left_lines = [(lh.parent, False)] + [(line, True) for line in lh.agency.split("\n")] \
            + [(lh.number, False)]
        left_lines = [x for x in left_lines if x[0]]
        right_lines = [(lh.nation, True, 12.5), (lh.motto, True, 13.5),
                       (lh.place_date, False, 13)]
        for i, (text, bold) in enumerate(left_lines):
            self.put(r + i, 1, text, span=half, bold=bold, size=12.5, one_line=True)
        for i, (text, bold, size) in enumerate(right_lines):
            self.put(r + i, half + 1, text, span=right, bold=bold, size=size, italic=i == 2,
                     one_line=True)
        rows = max(len(left_lines), len(right_lines))
        for row in range(r, r + rows):  # single-spaced, as the letterhead of a Word document
            self.heights[row] = LETTERHEAD_PT
            self.ws.row_dimensions[row].height = LETTERHEAD_PT
        self.r += rows + 1

    def _para(self, p: b.Para) -> None:
        text = f"{p.text}"
        bold = any(run.bold for run in p.runs)
        italic = all(run.italic for run in p.runs) and bool(p.runs)
        align = {"justify": "left"}.get(p.align, p.align)
        self.put(self.r, 1, text, span=self.ncols, bold=bold, italic=italic, size=p.size,
                 align=align)
        self._height(self.r, text, self._chars(1, self.ncols), p.size)
        self.kinds[self.r] = "keep" if p.keep_with_next else "text"
        self.r += 1

    def _table(self, t: b.Table) -> None:
        start = self.r
        for head in t.headers:
            for c, text in enumerate(head, start=1):
                cell = self.ws.cell(row=self.r, column=c, value=text)
                cell.font = Font(name=FONT, size=t.size, bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center",
                                           wrap_text=True)
                cell.border = BOX
                self._height(self.r, text, self.widths[c - 1], t.size)
            self.kinds[self.r] = "header"
            self.r += 1
        if self.header_rows is None:
            self.header_rows = (start, self.r - 1)
            self.ws.freeze_panes = self.ws.cell(row=self.r, column=3)
        for row in t.rows:
            for c, value in enumerate(row.cells, start=1):
                cell = self.ws.cell(row=self.r, column=c,
                                    value="-" if value is None else value)
                cell.font = Font(name=FONT, size=t.size, bold=row.bold)
                cell.border = BOX
                if isinstance(value, float):
                    cell.number_format = "0.0"
                elif isinstance(value, int):
                    cell.number_format = "#,##0"
                align = t.align[c - 1]
                cell.alignment = Alignment(horizontal=align, vertical="center",
                                           wrap_text=align == "left")
                if c - 1 in row.shaded:
                    cell.fill = SHADE
                if isinstance(value, str):
                    self._height(self.r, value, self.widths[c - 1], t.size)
            self.heights.setdefault(self.r, LINE_PT * t.size / 11 + 3)
            self.ws.row_dimensions[self.r].height = self.heights[self.r]
            self.kinds[self.r] = row.kind
            self.r += 1
        self.r += 1

    def _signature(self, sig: b.Signature) -> None:
        n = self.ncols
        third = max(1, n // 3)
        left = third if sig.preparer_title else max(1, round(n * 0.45))
        r = self.r + 1
        self.put(r, 1, sig.recipients_title, span=left, bold=True, italic=True, align="left")
        for i, line in enumerate(sig.recipients, start=1):
            self.put(r + i, 1, line, span=left, size=11, align="left")
        right_col = 2 * third + 1 if sig.preparer_title else left + 1
        right = n - right_col + 1
        if sig.preparer_title:
            self.put(r, third + 1, sig.preparer_title, span=third, bold=True, size=13)
            self.put(r + 6, third + 1, sig.preparer, span=third, bold=True, size=13)
        for i, line in enumerate(sig.capacity):
            self.put(r + i, right_col, line, span=right, bold=True, size=13)
        if sig.hint:
            self.put(r + len(sig.capacity), right_col, sig.hint, span=right, italic=True)
        self.put(r + 6, right_col, sig.signer, span=right, bold=True, size=13)
        for row in range(self.r, r + 7):
            self.kinds[row] = "signature"
            self.heights.setdefault(row, LINE_PT)
        self.r = r + 7

    # ---- printing ------------------------------------------------------------------------
    def _page_setup(self) -> None:
        ws = self.ws
        ps = ws.page_setup
        ps.paperSize = ws.PAPERSIZE_A4
        ps.orientation = ws.ORIENTATION_LANDSCAPE if self.landscape else ws.ORIENTATION_PORTRAIT
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth, ps.fitToHeight = 1, 0
        m = b.MARGINS_MM
        ws.page_margins = PageMargins(left=_inch(m["left"]), right=_inch(m["right"]),
                                      top=_inch(m["top"]), bottom=_inch(m["bottom"]),
                                      header=_inch(10), footer=_inch(10))
        ws.oddHeader.center.text = "&P"  # page numbers centred at the top, from page 2
        ws.oddHeader.center.size = 13
        ws.oddHeader.center.font = FONT
        ws.HeaderFooter.differentFirst = True
        if self.header_rows is not None:
            ws.print_title_rows = f"{self.header_rows[0]}:{self.header_rows[1]}"
        for row in self._breaks():
            ws.row_breaks.append(Break(id=row))

    def _scale(self) -> float:
        """The print scale at which the columns fill the page width (what Excel's fit to
        width computes with the workbook's font; a wider font only makes pages hold more)."""
        page_w = 297.0 if self.landscape else 210.0
        m = b.MARGINS_MM
        printable_w = (page_w - m["left"] - m["right"]) * 72 / 25.4
        sheet_w = sum((w * 7 + 5) * 0.75 for w in self.widths)  # Excel: 7 px a character
        return min(100, math.floor(printable_w / sheet_w * 100)) / 100

    def _breaks(self) -> list[int]:
        """Rows after which a page ends: pages filled to SAFETY of their estimated capacity,
        moved up so that a totals row keeps the row before it, a group line or a heading
        starts the next page rather than ending this one, and the signature stays whole."""
        page_h = 210.0 if self.landscape else 297.0
        m = b.MARGINS_MM
        printable_h = (page_h - m["top"] - m["bottom"]) * 72 / 25.4
        scale = self._scale()
        titles = 0.0
        if self.header_rows is not None:
            titles = sum(self.heights.get(r, LINE_PT)
                         for r in range(self.header_rows[0], self.header_rows[1] + 1))
        capacity = printable_h / scale * SAFETY
        breaks: list[int] = []
        used, first_page, row = 0.0, True, 1
        last = self.r - 1
        while row <= last:
            h = self.heights.get(row, LINE_PT)
            room = capacity - (0 if first_page else titles)
            if used + h > room and used > 0:
                end = row - 1
                while end > (breaks[-1] if breaks else 0) + 1 and (
                        self.kinds.get(end) in ("group", "keep", "header")
                        or self.kinds.get(end + 1) == "total"
                        or (self.kinds.get(end + 1) == "signature"
                            and self.kinds.get(end) == "signature")):
                    end -= 1
                breaks.append(end)
                used, first_page = 0.0, False
                row = end + 1
                continue
            used += h
            row += 1
        return breaks


def write_xlsx(report, info, path: str,  # Report, ReportInfo
               tick: b.Tick = b.no_tick) -> None:
    """The monthly standard table as a workbook."""
    from desktop.reports.document import build_document

    write_doc_xlsx(build_document(report, info), path, tick)
