"""The rejected rows of an import, as a workbook to correct and resend: the same sheets and
headers as the sender's file, the cells as they were, and a `Lỗi` column saying what is wrong.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from desktop.exchange import workbook_format as wf
from desktop.exchange.exporter import Styles, new_book, serial, write_header
from desktop.exchange.importer import Plan
from desktop.exchange.reader import Issue
from desktop.exchange.row_parser import Row
from desktop.output_file import write_whole


def _error_text(errors: list[Issue]) -> str:
    return "; ".join(f"{e.column}: {e.message}" if e.column else e.message for e in errors)


def write_rejects(plans: list[Plan], out: Path) -> Path:
    """One sheet per data sheet; the manifest names the sending unit of the first file."""
    with write_whole(out) as partial:
        _write_rejects(plans, partial)
    return out


def _write_rejects(plans: list[Plan], out: Path) -> None:
    book = new_book(out)
    styles = Styles(book)
    info = book.add_worksheet(wf.MANIFEST_SHEET)
    info.write_string(0, 0, wf.M_UNIT_CODE, styles.key)
    info.write_string(0, 1, plans[0].unit.code)
    info.write_string(1, 0, wf.M_UNIT_NAME, styles.key)
    info.write_string(1, 1, plans[0].unit.name)
    for sheet in wf.SHEETS:
        rows = [r for p in plans for r in p.rows.get(sheet.key, []) if r.errors]
        if not rows:
            continue
        ws = book.add_worksheet(sheet.name)
        write_header(ws, sheet, styles, (wf.ERROR_COLUMN,))
        ws.set_column(len(sheet.columns), len(sheet.columns), 60)
        for n, row in enumerate(rows, start=1):
            cells = _original_cells(plans, sheet, row)
            for ci, v in enumerate(cells):
                _write(ws, n, ci, v, styles)
            ws.write_string(n, len(sheet.columns), _error_text(row.errors))
    book.close()


def _original_cells(plans: list[Plan], sheet: wf.SheetDef, row: Row) -> list[object]:
    """The row's cells rearranged into the canonical column order."""
    if row.positions is None:
        return list(row.cells)
    return [row.cells[i] if i is not None and i < len(row.cells) else None
            for i in row.positions]


def _write(ws, r: int, c: int, v: object, styles: Styles) -> None:  # noqa: ANN001
    if v is None or v == "":
        return
    if isinstance(v, str):
        ws.write_string(r, c, v)
    elif isinstance(v, datetime):
        ws.write_number(r, c, serial(v), styles.datetime)
    elif isinstance(v, date):
        ws.write_number(r, c, serial(v), styles.date)
    elif isinstance(v, bool):
        ws.write_boolean(r, c, v)
    elif isinstance(v, int | float):
        ws.write_number(r, c, v)
    else:
        ws.write_string(r, c, str(v))
