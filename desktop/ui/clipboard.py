"""Copy rows out of a list as a table, and paste a block copied from Excel into a list.

Copy: the selected rows, the columns as the list shows them, with a header row, as
tab-separated text and as an HTML table, so Excel, LibreOffice, WPS and Word paste a table
(numbers without thousands separators in the text, so every spreadsheet reads them as numbers).

Paste: a tab-separated block (Excel, LibreOffice, WPS), with or without its header row. The
headers are matched as the importer matches a workbook's (accents, case, spacing ignored;
the exchange headers, their synonyms and the list's own column titles); without a header row
the columns are read in the order the list shows them. The block becomes a one-sheet exchange
workbook of the home unit, which goes through the importer's plan, the same preview and the
same apply as a workbook: the same validation, the change policy and the audit trail, whose
entries name the file "pasted from the clipboard" (audit_view.PASTED_FILE).
"""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.domain.record_types.base import header_key
from desktop.ui.labels import field_text, record_type_text
from desktop.ui.paste_book import Pasting, Said, number_lines, paste_workbook, remove_scratch

if TYPE_CHECKING:
    from desktop.exchange.importer import Plan
    from desktop.services.record_specs import FieldSpec
    from desktop.ui.list_panel import RecordListPanel

NUMBER_KINDS = frozenset({"int", "money", "float", "year"})
MAX_COPY = 200_000  # rows copied at once
QUICK_COPY = 2_000  # more rows are read and written out by a worker thread
BACKGROUND_PASTE = 2_000  # more pasted rows are checked and saved by a worker (10,000 rows
# took 2 s to check and 5 s to save on the window's thread)
COPY_CHUNK = 2_000  # records read at once by that worker


def tr(text: str) -> str:
    return QCoreApplication.translate("Clipboard", text)


# ---- copy ----------------------------------------------------------------------------------
def visible_fields(panel: RecordListPanel) -> list[tuple[int, FieldSpec]]:
    """(model column, field) of the columns the list shows, in the order it shows them."""
    assert panel.model is not None
    header = panel.view.horizontalHeader()
    cols = [c for c in range(panel.model.columnCount()) if not header.isSectionHidden(c)]
    cols.sort(key=header.visualIndex)
    return [(c, panel.model.fields[c]) for c in cols]


def record_cell(model: Any, f: FieldSpec, rec: dict[str, object]) -> str:
    """A cell as copied: the list's display of the value, except numbers, which lose their
    thousands separators (the quick copy and the worker's large one alike)."""
    value = rec.get(f.name)
    if f.kind in NUMBER_KINDS and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value) if isinstance(value, int) or value != int(value) else str(int(value))
    return model.display(f, value, rec)


def table_of(panel: RecordListPanel, rows: list[int]) -> tuple[list[str], list[list[str]],
                                                                  list[str]]:
    """(headers, cells, kinds) of these rows of the list."""
    fields = visible_fields(panel)
    headers = [field_text(f) for _c, f in fields]
    model = panel.model
    cells = [[record_cell(model, f, model.record(r) or {}) for _c, f in fields] for r in rows]
    return headers, cells, [f.kind for _c, f in fields]


def to_tsv(headers: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n")
    writer.writerow(headers)
    for start in range(0, len(rows), 500):  # one C call per 500 rows, not one for all: a
        writer.writerows(rows[start:start + 500])  # worker must not hold the GIL for seconds
    return out.getvalue()


def to_html(headers: list[str], rows: list[list[str]], kinds: list[str]) -> str:
    """A table Excel and Word paste as cells: numbers as numbers shown with separators."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for text, kind in zip(row, kinds, strict=True):
            if kind in NUMBER_KINDS and text:
                cells.append(f"<td x:num=\"{escape(text)}\" style=\"mso-number-format:'\\#\\,\\#\\#0';"
                             f"text-align:right\">{escape(text)}</td>")
            else:
                cells.append(f"<td style=\"mso-number-format:'\\@'\">{escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return ("<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\">"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            "</body></html>")


def copy_rows(panel: RecordListPanel) -> int:
    """Put the selected rows (or the current one) on the clipboard; returns how many (0 when
    a large selection is being copied in the background: its end says so in the status bar)."""
    if panel.model is None:
        return 0
    rows = panel.selected_rows(limit=MAX_COPY)
    if not rows and panel.view.currentIndex().isValid():
        rows = [panel.view.currentIndex().row()]
    if not rows:
        return 0
    from desktop.ui.tasks import TaskRunner

    runner = getattr(panel.window(), "runner", None)
    if len(rows) > QUICK_COPY and isinstance(runner, TaskRunner):
        _copy_in_background(panel, runner, rows)
        return 0
    headers, cells, kinds = table_of(panel, rows)
    _put(to_tsv(headers, cells), to_html(headers, cells, kinds))
    return len(rows)


def _put(text: str, html: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml(html)
    set_clipboard(mime)


def _copy_in_background(panel: RecordListPanel, runner: Any, rows: list[int]) -> None:
    """Read the records of a large selection and write them out by a worker (progress,
    Cancel): 40,000 rows read through the list page by page held the window 10 s."""
    from desktop.ui.widgets import format_number

    model = panel.model
    assert model is not None
    ids = [model.ids()[r] for r in rows]
    fields = [f for _c, f in visible_fields(panel)]
    headers = [field_text(f) for f in fields]
    kinds = [f.kind for f in fields]
    service, kind = model.service, model.kind
    window = panel.window()

    def work(progress: Any) -> tuple[str, str]:
        records: dict[str, dict[str, object]] = {}
        for start in range(0, len(ids), COPY_CHUNK):
            progress.update(start, len(ids), tr("Reading the rows to copy…"))
            records.update(service.rows_by_id(kind, ids[start:start + COPY_CHUNK]))
        progress.update(len(ids), len(ids), tr("Writing the table…"))
        cells = [[record_cell(model, f, records.get(i) or {}) for f in fields] for i in ids]
        return to_tsv(headers, cells), to_html(headers, cells, kinds)

    def done(result: tuple[str, str]) -> None:
        _put(*result)
        bar = getattr(window, "statusBar", None)
        if bar is not None:
            bar().showMessage(tr("{n} rows copied with their headers: paste them into Excel "
                                 "or Word.").format(n=format_number(len(ids))), 8000)

    runner.run(tr("Copying {n} rows…").format(n=format_number(len(ids))), work, done)


_released = False  # whether the exit hook is registered


def set_clipboard(mime: QMimeData) -> None:
    """Hand `mime` to the clipboard. A QMimeData made in Python calls back into Python when
    Qt deletes it, so before the interpreter ends the clipboard gets a plain copy of its
    text instead (see release_clipboard): quitting after a copy must not crash."""
    global _released
    QApplication.clipboard().setMimeData(mime)
    if not _released:
        import atexit

        atexit.register(release_clipboard)
        _released = True


def release_clipboard() -> None:
    """Replace the mime data this program put on the clipboard by Qt's own (same text)."""
    if QApplication.instance() is None:
        return
    board = QApplication.clipboard()
    board.setText(board.text())


# ---- paste ---------------------------------------------------------------------------------
def parse_tsv(text: str) -> list[list[str]]:
    """The cells of a tab-separated block (quoted cells may hold tabs and line breaks, as
    Excel writes them); blank lines at the end are dropped."""
    rows = [list(r) for r in csv.reader(io.StringIO(text.replace("\r\n", "\n")),
                                        delimiter="\t")]
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    return rows


@dataclass
class PasteLayout:
    """How a pasted block's columns map to the exchange sheet's columns."""

    headers: list[str | None]  # per pasted column: the exchange header it fills (None: none)
    has_header: bool
    unknown: list[str]  # pasted headers that match no column


def column_names(kind: str) -> dict[str, str]:
    """Header key -> exchange header, for every name a column is known by: the workbook's
    header and synonyms, and the field's title in both languages."""
    from desktop.exchange import workbook_format as wf
    from desktop.i18n import translate_in

    sheet = wf.SHEET_BY_KEY[kind]
    out: dict[str, str] = {}
    for key, col in wf.header_index(sheet).items():
        out.setdefault(key, col.header)
    from desktop.services.record_specs import SPECS

    for f in SPECS[kind].fields:
        col = sheet.column(f.name)
        if col is None:
            continue
        for lang in ("vi", "en"):
            out.setdefault(header_key(translate_in(lang, "fields", f.label)), col.header)
    return out


def layout_of(kind: str, first_row: list[str], list_fields: list[FieldSpec]) -> PasteLayout:
    """With a header row when at least half of the first row's filled cells name columns;
    otherwise the columns are the list's, in the order it shows them."""
    from desktop.exchange import workbook_format as wf

    names = column_names(kind)
    filled = [c for c in first_row if c.strip()]
    found = [names.get(header_key(c)) if c.strip() else None for c in first_row]
    if filled and sum(1 for h in found if h) * 2 >= len(filled):
        unknown = [c for c, h in zip(first_row, found, strict=True) if c.strip() and not h]
        return PasteLayout(found, True, unknown)
    sheet = wf.SHEET_BY_KEY[kind]
    headers: list[str | None] = []
    for f in list_fields[:len(first_row)]:
        col = sheet.column(f.name)
        headers.append(col.header if col is not None else None)
    headers += [None] * (len(first_row) - len(headers))
    return PasteLayout(headers, False, [])


def paste_into(panel: RecordListPanel, text: str | None = None) -> bool:
    """Ctrl+V in a list: the block on the clipboard (or `text`) -> preview -> saved."""
    if panel.model is None or panel.ctx is None:
        return False
    what = record_type_text(panel.kind)
    text = QApplication.clipboard().text() if text is None else text
    rows = parse_tsv(text or "")
    if not rows:
        QMessageBox.information(panel, what, tr(
            "The clipboard holds no rows. Copy the rows in Excel (or LibreOffice, WPS) first, "
            "then paste them here with Ctrl+V."))
        return False
    if panel.fixed_field and panel.parent_id is None:
        QMessageBox.information(panel, what, tr("Choose the record the rows belong to first."))
        return False
    job = getattr(panel, "pasting", None)
    if isinstance(job, Pasting) and not job.ended:  # Ctrl+V held down, or pressed again
        QMessageBox.information(panel, what, tr(  # while a large paste is checked or saved
            "The rows pasted before are still being checked or saved. Wait until that is "
            "done, then paste again."))
        return False
    layout = layout_of(panel.kind, rows[0], [f for _c, f in visible_fields(panel)])
    if not any(layout.headers):
        QMessageBox.warning(panel, what, tr(
            "No pasted column matches a column of this list. Paste the rows with their "
            "header row, or in the order of the list's columns."))
        return False
    if layout.has_header and len(rows) == 1:
        QMessageBox.information(panel, what, tr(
            "The clipboard holds only a header row. Copy the rows under it too, then paste "
            "them here with Ctrl+V."))
        return False
    return _plan_and_preview(panel, rows, layout)


def _fixed_columns(panel: RecordListPanel) -> dict[str, str]:
    from desktop.exchange import workbook_format as wf

    if not panel.fixed_field or panel.parent_id is None:
        return {}
    sheet = wf.SHEET_BY_KEY[panel.kind]
    col = next((c for c in sheet.columns if c.field.startswith("@") and c.required), None) \
        or next((c for c in sheet.columns if c.field.startswith("@") and c.field != "@id"), None)
    return {col.header: panel.parent_id} if col is not None else {}


def _plan_and_preview(panel: RecordListPanel, rows: list[list[str]], layout: PasteLayout) -> bool:
    from desktop.errors import PcmdError
    from desktop.exchange.importer import plan_import
    from desktop.services import policy

    ctx = panel.ctx
    assert ctx is not None
    owner = policy.default_owner(ctx)
    if owner is None:
        QMessageBox.warning(panel, record_type_text(panel.kind),
                            tr("Choose the home unit first (Settings)."))
        return False
    folder = Path(tempfile.mkdtemp(prefix="pcmd-paste-"))
    kind, fixed = panel.kind, _fixed_columns(panel)
    runner = _runner(panel)
    count = len(rows) - layout.has_header  # the header row is no pasted row
    if runner is not None and count > BACKGROUND_PASTE:
        job = Pasting(folder)
        panel.pasting = job
        title = tr("Checking {n} pasted rows…").format(n=_count(count))

        def work(progress: Any) -> Plan:
            said = Said(progress, title)
            said.update(0, 0)
            path = paste_workbook(kind, rows, layout, owner.code, owner.name, fixed, folder)
            plan = plan_import(ctx, path, unit_code=owner.code, progress=said)
            said.update(count, count)  # a Cancel pressed during the last step counts too
            return plan

        def checked(plan: Plan) -> None:
            if task.progress.cancelled or not _shown(panel):  # cancelled, window closed
                job.end()
                return
            try:
                number_lines(plan, layout)
                if not preview_and_apply(panel, plan, layout, on_end=job.end):
                    job.end()  # not saved (ending twice is harmless)
            except BaseException:
                job.end()  # the next paste may go on (the error is shown by the runner)
                raise

        task = runner.run(title, work, checked, lambda exc: _failed(panel, exc, job.end))
        return True  # checked by the worker; the preview follows
    try:
        path = paste_workbook(kind, rows, layout, owner.code, owner.name, fixed, folder)
        plan = plan_import(ctx, path, unit_code=owner.code)
    except PcmdError as exc:
        QMessageBox.warning(panel, record_type_text(panel.kind), exc.message)
        remove_scratch(folder)
        return False
    number_lines(plan, layout)
    accepted = preview_and_apply(panel, plan, layout)
    remove_scratch(folder)
    return accepted


def _alive(panel: RecordListPanel) -> bool:
    """Whether the list still exists (its window may have been closed meanwhile)."""
    import shiboken6

    return shiboken6.isValid(panel)


def _shown(panel: RecordListPanel) -> bool:
    """Whether the list is still there to show a preview over (its window not closed)."""
    return _alive(panel) and panel.window().isVisible()


def _runner(panel: RecordListPanel) -> Any:
    """The window's TaskRunner (None for a list shown on its own, as in some tests)."""
    from desktop.ui.tasks import TaskRunner

    runner = getattr(panel.window(), "runner", None)
    return runner if isinstance(runner, TaskRunner) else None


def _count(n: int) -> str:
    from desktop.ui.widgets import format_number

    return format_number(n)


def _failed(panel: RecordListPanel, exc: BaseException, end: Any) -> None:
    """A worker's check or save of pasted rows failed: one sentence (a cancel says nothing)."""
    from desktop.errors import PcmdError
    from desktop.services.progress import Cancelled
    from desktop.ui.errors import show_unexpected_error

    end()
    if not _alive(panel):
        return  # its window was closed meanwhile
    if isinstance(exc, PcmdError):
        QMessageBox.warning(panel, record_type_text(panel.kind), exc.message)
    elif not isinstance(exc, Cancelled):
        show_unexpected_error(panel, exc)


def preview_and_apply(panel: RecordListPanel, plan: Plan, layout: PasteLayout,
                      on_end: Any = None) -> bool:
    """The import preview of the pasted rows; Import saves them (undo: Ctrl+Z). With
    `on_end` (a large paste) a worker saves them, and `on_end()` runs when it is done."""
    from desktop.errors import PcmdError
    from desktop.exchange.importer import apply_plan
    from desktop.ui.exchange_preview import ExchangePreviewDialog

    what = record_type_text(panel.kind)
    dialog = ExchangePreviewDialog([plan], panel.window())
    dialog.setWindowTitle(tr("Paste: {what}").format(what=what))
    note = tr("Pasted rows, read with their header row.") if layout.has_header else tr(
        "Pasted rows without a header row: the columns were read in the order of the "
        "list's columns.")
    if layout.unknown:
        note += " " + tr("Columns left out (no such column here): {names}.").format(
            names=", ".join(layout.unknown))
    dialog.summary_label.setText(note + " " + dialog.summary_label.text())
    panel.last_paste_dialog = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    accept_valid = dialog.choice == "valid"
    ctx, kind = panel.ctx, panel.kind
    assert ctx is not None
    runner = _runner(panel) if on_end is not None else None
    if runner is not None:
        title = tr("Saving the pasted rows…")

        def work(progress: Any) -> dict[str, dict[str, object]]:
            apply_plan(ctx, plan, accept_valid=accept_valid, progress=Said(progress, title))
            return _saved(ctx, kind, plan)

        def saved(now: dict[str, dict[str, object]]) -> None:
            on_end()
            if _alive(panel):
                _after_paste(panel, plan, now, too_late=task.progress.cancelled)

        task = runner.run(title, work, saved, lambda exc: _failed(panel, exc, on_end))
        return True
    try:
        apply_plan(ctx, plan, accept_valid=accept_valid)
    except PcmdError as exc:
        QMessageBox.warning(panel, what, exc.message)
        return False
    finally:
        if on_end is not None:
            on_end()
    _after_paste(panel, plan, _saved(ctx, kind, plan))
    return True


def _pasted_ids(plan: Plan, kind: str, status: str) -> list[str]:
    return [r.id for r in plan.rows.get(kind, []) if r.id and plan.status.get(id(r)) == status]


def _saved(ctx: Any, kind: str, plan: Plan) -> dict[str, dict[str, object]]:
    """The pasted records as saved (their stamps make the paste undoable)."""
    from desktop.services.records import RecordService

    return RecordService(ctx).rows_by_id(
        kind, _pasted_ids(plan, kind, "new") + _pasted_ids(plan, kind, "updated"))


def _after_paste(panel: RecordListPanel, plan: Plan, now: dict[str, dict[str, object]],
                 too_late: bool = False) -> None:
    """Select the pasted records, make the paste undoable, say what happened (`too_late`:
    Cancel was pressed once the rows were saved)."""
    from desktop.ui.undo import UndoStep, undo_stack
    from desktop.ui.widgets import format_number

    kind = panel.kind
    new, updated = _pasted_ids(plan, kind, "new"), _pasted_ids(plan, kind, "updated")
    fields = [f.name for f in service_fields(kind)]
    before = plan.stored.get(kind, {})
    step = UndoStep(kind, "paste",
                    created={i: now.get(i, {}).get("updated_at") for i in new},  # type: ignore[misc]
                    changed={i: ({n: before.get(i, {}).get(n) for n in fields},
                                 now.get(i, {}).get("updated_at"))  # type: ignore[misc]
                             for i in updated})
    undo_stack().push(step)
    panel.select_after_refresh(new + updated)
    panel.records_changed.emit()
    rejected = len(plan.rejected_rows())
    text = tr("{n} pasted rows saved.").format(n=format_number(len(new) + len(updated)))
    if too_late:
        text = tr("Cancel came too late: the rows had already been saved.") + " " + text
    if rejected:
        text += " " + tr("{m} rows were not saved (see the preview); they are back on the "
                         "clipboard with a Lỗi column, to correct in Excel.").format(
            m=format_number(rejected))
        _rejected_to_clipboard(plan)
    status = getattr(panel.window(), "statusBar", None)
    if callable(status):
        status().showMessage(text + " " + tr("(Ctrl+Z undoes it.)"), 15_000)
    if rejected or too_late:
        QMessageBox.information(panel, record_type_text(kind), text + (
            " " + tr("(Ctrl+Z undoes it.)") if too_late else ""))


def service_fields(kind: str) -> Any:
    from desktop.services.record_specs import SPECS

    return SPECS[kind].fields


def _rejected_to_clipboard(plan: Plan) -> None:
    from desktop.exchange import workbook_format as wf

    for key, rows in plan.rows.items():
        bad = [r for r in rows if r.errors]
        if not bad:
            continue
        sheet = wf.SHEET_BY_KEY[key]
        headers = [c.header for c in sheet.columns if not c.field.startswith("@")]
        positions = [i for i, c in enumerate(sheet.columns) if not c.field.startswith("@")]
        cells = []
        for r in bad:
            ordered = [r.cells[p] if r.positions is None else (
                r.cells[r.positions[p]] if r.positions[p] is not None and
                r.positions[p] < len(r.cells) else None) for p in positions]
            cells.append([_plain(v) for v in ordered] + [
                "; ".join(e.message for e in r.errors)])
        QApplication.clipboard().setText(to_tsv([*headers, wf.ERROR_COLUMN], cells))
        return


def _plain(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, date):
        return v.strftime("%d/%m/%Y")
    return str(v)


