"""A pasted block as the importer sees it: a one-sheet exchange workbook of the home unit
in a scratch folder, the plan's rows numbered as the user pasted them, and the worker's
progress under the paste's own words (desktop/ui/clipboard.py pastes through these)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.exchange.importer import Plan
    from desktop.ui.clipboard import PasteLayout


def paste_workbook(kind: str, rows: list[list[str]], layout: PasteLayout, unit_code: str,
                   unit_name: str, fixed: dict[str, str], folder: Path) -> Path:
    """The pasted block as a one-sheet exchange workbook of the home unit (cells as typed);
    `fixed`: exchange header -> value for every row (the parent of a linked list)."""
    import xlsxwriter

    from desktop.exchange import workbook_format as wf
    from desktop.services.audit_view import PASTED_FILE

    path = folder / PASTED_FILE
    book = xlsxwriter.Workbook(str(path))
    info = book.add_worksheet(wf.MANIFEST_SHEET)
    info.write_string(0, 0, wf.M_UNIT_CODE)
    info.write_string(0, 1, unit_code)
    info.write_string(1, 0, wf.M_UNIT_NAME)
    info.write_string(1, 1, unit_name)
    sheet = book.add_worksheet(wf.SHEET_BY_KEY[kind].name)
    columns = [(i, h) for i, h in enumerate(layout.headers) if h and h not in fixed]
    header_row = [h for _i, h in columns] + list(fixed)
    for c, h in enumerate(header_row):
        sheet.write_string(0, c, h)
    data = rows[1:] if layout.has_header else rows
    dated = {h: k for h, k in header_kinds(kind).items() if k in ("date", "month")}
    for r, cells in enumerate(data, start=1):
        values = [typed_date(cells[i], dated[h]) if h in dated and i < len(cells) else
                  cells[i] if i < len(cells) else "" for i, h in columns] + list(fixed.values())
        for c, v in enumerate(values):
            if v.strip():
                sheet.write_string(r, c, v)
    book.close()
    return path


def header_kinds(kind: str) -> dict[str, str]:
    """Exchange header -> the kind of the field it holds (date, month, int, …)."""
    from desktop.exchange import workbook_format as wf
    from desktop.services.record_specs import SPECS

    spec = SPECS[kind]
    names = {f.name: f.kind for f in spec.fields}
    return {c.header: names[c.field] for c in wf.SHEET_BY_KEY[kind].columns
            if c.field in names}


def typed_date(text: str, kind: str) -> str:
    """A pasted date as the date field reads one typed ("16/3/24", "15032024" ->
    "16/03/2024"); a text it cannot read is left for the importer to name."""
    from desktop.domain.typed_dates import TypedDateError, parse_typed_date, parse_typed_month

    try:
        value = (parse_typed_month if kind == "month" else parse_typed_date)(text, date.today())
    except TypedDateError:
        return text
    if value is None:
        return text
    return f"{value.month:02d}/{value.year}" if kind == "month" else \
        f"{value.day:02d}/{value.month:02d}/{value.year}"


class Pasting:
    """A large paste being checked or saved (one at a time per list); `end` removes its
    scratch workbook."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ended = False

    def end(self) -> None:
        self.ended = True
        remove_scratch(self.folder)


def remove_scratch(folder: Path) -> None:
    """Remove a paste's scratch folder (removing it twice is harmless)."""
    shutil.rmtree(folder, ignore_errors=True)


class Said:
    """The worker's progress under one text of ours: the importer's own would name the
    scratch workbook ("Reading clipboard.xlsx…") and its sheet."""

    def __init__(self, progress: Any, text: str) -> None:
        self.progress, self.text = progress, text

    def update(self, done: int, total: int, text: str = "") -> None:
        self.progress.update(done, total, self.text)


def number_lines(plan: Plan, layout: PasteLayout) -> None:
    """Rows named as the user pasted them: without a header row the scratch workbook has
    one of its own, so the 10th pasted line was shown as row 11."""
    if layout.has_header:
        return
    issues = {id(i): i for i in plan.warnings}
    for rows in plan.rows.values():
        for r in rows:
            r.excel_row -= 1
            issues.update((id(i), i) for i in r.errors)
    for issue in issues.values():
        if issue.row is not None and issue.row > 1:
            issue.row -= 1
