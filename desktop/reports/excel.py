"""The Excel copy of the printed form: same blocks, A4 landscape, fit to width, repeated
header rows, margins from the millimetres of Decree 30/2020. Numbers are real numbers with
the format "#,##0" (percentages "0.0"): Excel shows the separators of the user's own locale
(34.805 on a Vietnamese Windows, 34,805 on an English one)."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from desktop.output_file import write_whole
from desktop.reports.document import Document, Table, build_document
from desktop.reports.model import Report
from desktop.reports.pdf_layout import MARGINS_MM

FONT = "Times New Roman"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="E6E6E6")


def _inch(mm: float) -> float:
    return round(mm / 25.4, 3)


def write_xlsx(report: Report, info: dict[str, str], path: str) -> None:
    doc = build_document(report, info)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    ncols = max(len(t.headers) for t in doc.tables)
    half = max(2, ncols // 2)
    r = 1

    def put(row: int, col: int, text: str, *, span: int = 1, bold: bool = False,
            italic: bool = False, size: float = 12, align: str = "center") -> None:
        cell = ws.cell(row=row, column=col, value=text)
        cell.font = Font(name=FONT, size=size, bold=bold, italic=italic)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if span > 1:
            ws.merge_cells(start_row=row, start_column=col, end_row=row,
                           end_column=col + span - 1)

    put(r, 1, doc.agency_parent, span=half)
    put(r, half + 1, doc.nation, span=ncols - half, bold=True, size=12.5)
    r += 1
    put(r, 1, doc.agency_name, span=half, bold=True)
    put(r, half + 1, doc.motto, span=ncols - half, bold=True, size=13.5)
    r += 2
    put(r, half + 1, doc.place_date, span=ncols - half, italic=True, size=13)
    r += 2
    put(r, 1, doc.title, span=ncols, bold=True, size=14)
    r += 1
    put(r, 1, f"{doc.subtitle} – {doc.status}", span=ncols, italic=True)
    r += 2
    first_header = None
    for table in doc.tables:
        put(r, 1, table.caption, span=ncols, bold=True, align="left")
        r += 1
        if first_header is None:
            first_header = r
        r = _table(ws, table, r)
        r += 1
    for para in doc.paragraphs:
        put(r, 1, para, span=ncols, align="left")
        ws.row_dimensions[r].height = 15 * (1 + len(para) // 160)
        r += 1
    r += 1
    third = max(1, ncols // 3)
    put(r, 1, doc.recipients_title, span=third, bold=True, italic=True, align="left")
    put(r, third + 1, doc.preparer_title, span=third, bold=True)
    put(r, 2 * third + 1, doc.signer_title, span=ncols - 2 * third, bold=True)
    for i, line in enumerate(doc.recipients, start=1):
        put(r + i, 1, line, span=third, size=11, align="left")
    put(r + 1, 2 * third + 1, doc.sign_hint, span=ncols - 2 * third, italic=True)
    put(r + 5, third + 1, doc.preparer, span=third, bold=True)
    put(r + 5, 2 * third + 1, doc.signer_name, span=ncols - 2 * third, bold=True)

    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 42
    for c in range(3, ncols + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = ws.ORIENTATION_LANDSCAPE
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ps.fitToWidth, ps.fitToHeight = 1, 0
    ws.page_margins = PageMargins(left=_inch(MARGINS_MM["left"]),
                                  right=_inch(MARGINS_MM["right"]),
                                  top=_inch(MARGINS_MM["top"]),
                                  bottom=_inch(MARGINS_MM["bottom"]),
                                  header=_inch(10), footer=_inch(10))
    ws.oddHeader.center.text = "&P"  # page numbers centred at the top
    ws.HeaderFooter.differentFirst = True
    if first_header is not None:
        ws.print_title_rows = f"{first_header}:{first_header}"
    with write_whole(path) as partial:
        wb.save(partial)


def _table(ws, table: Table, r: int) -> int:  # noqa: ANN001
    for c, head in enumerate(table.headers, start=1):
        cell = ws.cell(row=r, column=c, value=head)
        cell.font = Font(name=FONT, size=11, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    ws.row_dimensions[r].height = 45
    r += 1
    for i, row in enumerate(table.rows):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value if value is not None else "-")
            cell.font = Font(name=FONT, size=11, bold=i in table.bold_rows)
            cell.border = BOX
            if isinstance(value, float):
                cell.number_format = "0.0"
            elif isinstance(value, int):
                cell.number_format = "#,##0"
            horizontal = "left" if c == 2 else "center" if c == 1 else "right"
            cell.alignment = Alignment(horizontal=horizontal, vertical="center",
                                       wrap_text=c == 2)
            if (i, c - 1) in table.shaded:
                cell.fill = SHADE
        r += 1
    return r


__all__ = ["write_xlsx", "Document"]
