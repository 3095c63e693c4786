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
    return "; ".join(_one_error(e) for e in errors)


def _one_error(e: Issue) -> str:
    """The column named once: a message that starts with its field's name ("Ngày: …", the
    validator's way) is not prefixed with the column again ("Ngày: Ngày: …")."""
    if not e.column or names_its_column(e):
        return e.message
    return f"{e.column}: {e.message}"


def names_its_column(e: Issue) -> bool:
    """Whether the message itself begins with the name of its column (the validator's
    "Ngày: “x” …"), so a place written before it must not name the column again."""
    if not e.column:
        return False
    names = _names_of(e.sheet, e.column)
    head = e.message.split(":", 1)[0] if ":" in e.message else ""
    said = wf.header_key(e.message)  # "Số người tham dự không được là số âm." names it too
    return bool(head and wf.header_key(head) in names) or said.startswith(
        wf.header_key(e.column))


def _names_of(sheet_name: str, header: str) -> set[str]:
    """The header keys a column is known by: its header and its field's labels."""
    from desktop.i18n import translate_in
    from desktop.services.record_specs import SPECS

    names = {wf.header_key(header)}
    sheet = wf.sheet_for_name(sheet_name)
    column = next((c for c in sheet.columns if c.header == header), None) if sheet else None
    spec = SPECS.get(sheet.key) if sheet else None
    if column is not None and spec is not None and spec.has_field(column.field):
        label = spec.field(column.field).label
        names |= {wf.header_key(translate_in(lang, "fields", label)) for lang in ("vi", "en")}
    return names


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


def _write(ws, r: int, c: int, v: object, styles: Styles) -> None:
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
