"""Write an exchange workbook for a unit and period (xlsxwriter, constant-memory mode).

constant_memory streams each row to disk as it is written, so memory stays flat for 100,000
rows and nothing is held twice; rows are therefore written strictly in order, and the
manifest's check code is computed while the data sheets are written (the manifest sheet,
placed first, is filled last: each sheet streams to its own temporary file).
Text is always written with write_string, so "=1+1" stays text, never a formula.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path

from sqlalchemy import select

from desktop import __version__
from desktop.db import models as m
from desktop.domain.indicators import PLAN_KEY_BY_KEY
from desktop.domain.record_types import reference_of
from desktop.errors import UsageError
from desktop.exchange import formats
from desktop.exchange import workbook_format as wf
from desktop.exchange.checksum import SheetHasher, file_sha256, round_ms
from desktop.exchange.references import References
from desktop.exchange.row_stream import BLANK, Cell, ColumnCells, RowStream, cell_maker
from desktop.i18n import translate
from desktop.output_file import write_whole
from desktop.services import audit, policy
from desktop.services.catalogue import Catalogues
from desktop.services.context import AppContext
from desktop.services.progress import NullProgress, Progress
from desktop.services.record_specs import SPECS
from desktop.services.settings import preparer_name
from desktop.services.units import UnitInfo

EPOCH = datetime(1899, 12, 30)


def tr(text: str) -> str:
    return translate("ExchangeExport", text)


@dataclass
class ExportResult:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    checksum: str = ""
    redacted: bool = False


def serial(d: date | datetime) -> float:
    if isinstance(d, datetime):
        delta = round_ms(d) - EPOCH
        return delta.days + (delta.seconds * 1000 + delta.microseconds // 1000) / 86_400_000
    return float((d - EPOCH.date()).days)


class Styles:
    def __init__(self, book) -> None:
        self.header = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1,
                                       "text_wrap": True, "valign": "vcenter"})
        self.date = book.add_format({"num_format": wf.DATE_FORMAT})
        self.month = book.add_format({"num_format": wf.MONTH_FORMAT})
        self.datetime = book.add_format({"num_format": wf.DATETIME_FORMAT})
        self.money = book.add_format({"num_format": "#,##0"})
        self.text = book.add_format({"num_format": "@"})
        self.key = book.add_format({"bold": True})


def new_book(path: Path, *, constant_memory: bool = True):
    import xlsxwriter

    return xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory,
                                           "strings_to_formulas": False,
                                           "strings_to_numbers": False, "strings_to_urls": False})


def write_header(ws, sheet: wf.SheetDef, styles: Styles, extra: tuple[str, ...] = ()) -> None:
    for ci, col in enumerate(sheet.columns):
        ws.set_column(ci, ci, col.width)
        ws.write_string(0, ci, col.header, styles.header)
    for j, header in enumerate(extra):
        ci = len(sheet.columns) + j
        ws.set_column(ci, ci, 40)
        ws.write_string(0, ci, header, styles.header)
    ws.freeze_panes(1, 0)
    ws.set_row(0, 30)


class _Converter:
    """Per sheet, one callable per column: database row -> Cell (memoised per value)."""

    def __init__(self, ctx: AppContext, cats: Catalogues, redact: bool, styles: Styles,
                 refs: References) -> None:
        self.units = ctx.units
        self.cats = cats
        self.redact = redact
        self.styles = styles
        self.refs = refs

    def _value(self, key: str, name: str, pos: dict[str, int]
               ) -> tuple[Callable[[Sequence[object]], object], Callable[[object], object]]:
        """(getter from the row, conversion of the raw value to the cell value)."""
        if name == "@id":
            return itemgetter(pos["id"]), _same
        if name == "@updated":
            return itemgetter(pos["updated_at"]), _same
        units = self.units
        if name == "@unit_code":
            return itemgetter(pos["unit_id"]), lambda v: units.get(v).code if v else None
        ref = next((f for f in SPECS[key].references
                    if any(c.name == name for c in reference_of(f).columns)), None)
        if ref is not None:
            return itemgetter(pos[ref.name]), self.refs.of(ref).export(name)
        if name.startswith("@"):
            return _none, _none
        f = SPECS[key].field(name)
        get = itemgetter(pos[name])
        if f.personal and self.redact:
            return _none, _none
        if f.kind == "unit":
            return get, lambda v: units.get(v).name if v else None
        if f.kind in ("catalogue", "multi"):
            kind, multi, cats = f.catalogue or "", f.kind == "multi", self.cats
            return get, lambda v: ((cats.labels(kind, v, "vi") if multi  # type: ignore[arg-type]
                                    else cats.label(kind, v, "vi")) if v else None)
        if f.kind == "bool":
            return get, lambda v: "Có" if v else "Không"
        if f.kind == "indicator":
            return get, lambda v: (ind.label_vi if (ind := PLAN_KEY_BY_KEY.get(str(v)))
                                   else v)
        return get, _same

    def columns(self, sheet: wf.SheetDef, keys: list[str]
                ) -> list[tuple[Callable[[Sequence[object]], object], ColumnCells]]:
        pos = {k: i for i, k in enumerate(keys)}
        out = []
        for col, kind in zip(sheet.columns, _column_kinds(sheet), strict=True):
            get, conv = self._value(sheet.key, col.field, pos)
            make = cell_maker(kind, self.styles, serial)
            cells = ColumnCells(lambda v, conv=conv, make=make: _cell(make, conv(v)),
                                memo=col.field not in ("@id", "@updated", "@deleted"))
            out.append((get, cells))
        return out


def _deletion_columns(sheet: wf.SheetDef, styles: Styles
                      ) -> list[tuple[Callable[[Sequence[object]], object], ColumnCells]]:
    out = []
    for i, kind in enumerate(_column_kinds(sheet)):
        make = cell_maker(kind, styles, serial)
        out.append((itemgetter(i), ColumnCells(lambda v, make=make: _cell(make, v),
                                               memo=kind != "datetime")))
    return out


def _same(v: object) -> object:
    return v


def _none(_v: object = None) -> None:
    return None


def _cell(make: Callable[[object], Cell], v: object) -> Cell:
    return BLANK if v is None or v == "" else make(v)


def _scope_ids(ctx: AppContext, unit: UnitInfo) -> set[int]:
    return {unit.id} | {u.id for u in ctx.units.descendants(unit, date(1900, 1, 1),
                                                             date(9999, 12, 31))}


def _query(key: str, owners: set[int], start: date, end: date):
    """The records of a sheet: of the period by their dating; registers whole."""
    spec = SPECS[key]
    t = spec.model.__table__
    stmt = select(t).where(t.c.owner_id.in_(owners), t.c.deleted_at.is_(None))
    mode = spec.dating.mode
    if mode == "yearly":
        col = t.c[spec.dating.field]
        stmt = stmt.where(col >= start.year, col <= end.year)
    elif mode == "parent":
        ref = spec.field(spec.dating.field)
        parent = SPECS[ref.ref or ""]
        p = parent.model.__table__
        pcol = p.c[parent.date_field or ""]
        stmt = stmt.where(t.c[ref.name].in_(select(p.c.id).where(pcol >= start, pcol <= end)))
    elif mode == "dated":
        col = t.c[spec.dating.field]
        stmt = stmt.where(col >= start, col <= end)
    order = [t.c[spec.date_field]] if spec.date_field else []
    if spec.is_register and spec.unique:
        order = [t.c[spec.unique[0]]]
    return stmt.order_by(*order, t.c.id)


def export_workbook(
    ctx: AppContext, out: Path, start: date, end: date, *, unit: UnitInfo | None = None,
    redact: bool = False, progress: Progress | None = None, password: str | None = None,
) -> ExportResult:
    """Write the exchange workbook; with `password`, encrypted as Excel's "Encrypt with
    Password" does (the password is not stored or logged)."""
    progress = progress or NullProgress()
    out = formats.xlsx_out(out)
    unit = unit or policy.default_owner(ctx)
    if unit is None:
        raise UsageError(tr("Choose the home unit first: pcmd init --unit CODE"))
    policy.require_readable(ctx, unit)  # the change policy's units: only the user's own
    if end < start:
        raise UsageError(tr("The period ends before it starts."))
    with write_whole(out) as partial:
        result = _write_export(ctx, partial, unit, start, end, redact, progress)
        if password:
            from desktop.exchange.encryption import encrypt_in_place

            encrypt_in_place(partial, password)
    result.path = out
    _log(ctx, out, unit, start, end, result)
    return result


def _write_export(ctx: AppContext, out: Path, unit: UnitInfo, start: date, end: date,
                  redact: bool, progress: Progress) -> ExportResult:
    owners = _scope_ids(ctx, unit)
    result = ExportResult(out, redacted=redact)
    hasher = SheetHasher()
    book = new_book(out)
    styles = Styles(book)
    manifest = book.add_worksheet(wf.MANIFEST_SHEET)
    with ctx.db.read_session() as session:
        refs = References.for_export(session, ctx.units)
        conv = _Converter(ctx, Catalogues.load(session), redact, styles, refs)
        done = 0
        for sheet in wf.SHEETS:
            ws = book.add_worksheet(sheet.name)
            write_header(ws, sheet, styles)
            hasher.sheet(sheet.name)
            hasher.row(sheet.headers)
            stream = RowStream(ws, len(sheet.columns))
            if sheet.key == "deletions":
                rows_iter = _deletions(session, owners, start, end)
                columns = _deletion_columns(sheet, styles)
            else:
                result_rows = session.execute(_query(sheet.key, owners, start, end))
                columns = conv.columns(sheet, list(result_rows.keys()))
                rows_iter = iter(result_rows)
            line = hasher.line
            n = 0
            for row in rows_iter:
                n += 1
                cells = [cell(get(row)) for get, cell in columns]
                stream.write(n, cells)
                line([c[1] for c in cells])
                done += 1
                if done % 5000 == 0:
                    progress.update(done, 0, tr("Writing {sheet}…").format(sheet=sheet.name))
            stream.close()
            result.counts[sheet.key] = n
            if n:
                ws.autofilter(0, 0, n, len(sheet.columns) - 1)
    result.checksum = hasher.hexdigest()
    _write_manifest(manifest, styles, ctx, unit, start, end, result)
    book.close()
    return result


def _deletions(session, owners: set[int], start: date, end: date):
    lo, hi = datetime(start.year, start.month, start.day), datetime(end.year, end.month,
                                                                       end.day, 23, 59, 59)
    for sheet in wf.SHEETS:
        if sheet.key == "deletions":
            continue
        t = SPECS[sheet.key].model.__table__
        stmt = select(t.c.id, t.c.deleted_at).where(
            t.c.owner_id.in_(owners), t.c.deleted_at.is_not(None),
            t.c.deleted_at >= lo, t.c.deleted_at <= hi).order_by(t.c.deleted_at, t.c.id)
        for rid, when in session.execute(stmt):
            yield [rid, sheet.name, when]


def _column_kinds(sheet: wf.SheetDef) -> list[str]:
    spec = SPECS.get(sheet.key)
    out = []
    for c in sheet.columns:
        if c.field in ("@updated", "@deleted"):
            out.append("datetime")
        elif c.field.startswith("@") or spec is None:
            out.append("text")
        else:
            out.append(spec.field(c.field).kind)
    return out


def _write_manifest(ws, styles: Styles, ctx: AppContext, unit: UnitInfo, start: date,
                    end: date, result: ExportResult) -> None:
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 68)
    now = audit.now_utc()
    values: list[tuple[str, object]] = [
        (wf.M_UNIT_CODE, unit.code), (wf.M_UNIT_NAME, unit.name), (wf.M_FROM, start),
        (wf.M_TO, end), (wf.M_CREATED, now), (wf.M_AUTHOR, preparer_name(ctx)),
        (wf.M_VERSION, wf.FORMAT_VERSION), (wf.M_SOFTWARE, f"PCMD {__version__}"),
        *[(wf.M_COUNT_PREFIX + s.name, result.counts.get(s.key, 0)) for s in wf.SHEETS],
        (wf.M_CHECKSUM, result.checksum),
        *([(wf.M_REDACTED, wf.REDACTED)] if result.redacted else []),
    ]
    for r, (k, v) in enumerate(values):
        ws.write_string(r, 0, k, styles.key)
        if isinstance(v, str):
            ws.write_string(r, 1, v)
        elif isinstance(v, datetime):
            ws.write_number(r, 1, serial(v), styles.datetime)
        elif isinstance(v, date):
            ws.write_number(r, 1, serial(v), styles.date)
        else:
            ws.write_number(r, 1, v)


def _log(ctx: AppContext, out: Path, unit: UnitInfo, start: date, end: date,
         result: ExportResult) -> None:
    with ctx.db.session() as session:
        session.add(m.ExchangeEntry(
            at=audit.now_utc(), direction="export", file_name=out.name,
            sha256=file_sha256(out), unit_code=unit.code, period_from=start, period_to=end,
            counts=json.dumps(result.counts, sort_keys=True), outcome="ok",
            user_name=ctx.user_name, message=""))
