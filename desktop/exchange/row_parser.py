"""Turn the rows of one sheet into clean field values (or errors naming the place).

Cells are normalised (legacy text, Excel serial dates, numbers typed as text) and validated
with desktop.services.validation.Validator (memoised per distinct value: 100,000 rows hold
few distinct dates, communes and labels). References to other records (attendance -> class
and officer, inspection -> establishment) are resolved by desktop.exchange.references
(database + this workbook).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.domain.columns import map_values
from desktop.domain.record_types import TYPES, reference_of
from desktop.domain.text import clean_text, fold, parse_vi_date
from desktop.exchange import workbook_format as wf
from desktop.exchange.checksum import round_ms
from desktop.exchange.column_check import ColumnValidator, Pending
from desktop.exchange.fast_text import content_ids
from desktop.exchange.reader import CellError, Issue, SheetData, TextFixer
from desktop.exchange.references import References, Unresolved
from desktop.exchange.xlsx_scan import ERROR_VALUES
from desktop.i18n import translate
from desktop.services.record_specs import SPECS
from desktop.services.units import UnitDirectory, UnitInfo

EXCEL_EPOCH = date(1899, 12, 30)
ID_NAMESPACE = uuid.UUID("6f1c2a4e-9b1d-5c3e-8a7f-2d4b6e8f0a1c")


def tr(text: str) -> str:
    return translate("ExchangeRows", text)


@dataclass(slots=True)
class Row:
    kind: str
    sheet: str  # Vietnamese sheet name in the file
    excel_row: int
    cells: list[object]
    id: str | None = None
    given_id: bool = False
    updated: datetime | None = None
    values: dict[str, object] = field(default_factory=dict)
    errors: list[Issue] = field(default_factory=list)
    deleted_kind: str | None = None  # deletions: the record type
    positions: list[int | None] | None = None  # file cell index of each canonical column
    absent: frozenset[str] = frozenset()  # personal fields left out (redacted): keep stored


def _new_row(kind: str, sheet: str, excel_row: int, cells: list[object],
             positions: list[int | None]) -> Row:
    """Row(kind, sheet, excel_row, cells, positions=positions), every field given in order
    (keyword arguments and default factories cost a third more, 100,000 times)."""
    return Row(kind, sheet, excel_row, cells, None, False, None, {}, [], None, positions)


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


_TOTAL_MEMO: dict[str, bool] = {}


def _is_total_word(c: str) -> bool:
    hit = _TOTAL_MEMO.get(c)
    if hit is None:
        hit = fold(c).strip(" :.") in wf.TOTAL_WORDS
        if len(_TOTAL_MEMO) < 10_000:
            _TOTAL_MEMO[c] = hit
    return hit


def is_total_row(cells: list[object]) -> bool:
    seen = 0
    for c in cells:
        if _blank(c):
            continue
        if isinstance(c, str) and len(c) <= 16 and _is_total_word(c):
            return True
        seen += 1
        if seen >= 3:
            return False
    return False


def _kept_rows(table: list[list[object]], columns: list[tuple[object, ...]],
               distinct: list[set[object]], skipped: set[int] | None = None) -> list[int]:
    """Indices of the rows of `table` (given also as `columns`) that are neither blank nor a
    total row (as `is_total_row`), nor in `skipped` (section headings, signature block).

    Done by column: only rows blank in the fullest column can be blank, and only rows
    holding a total word somewhere can be total rows; those few are checked cell by cell."""
    if not table or not columns:
        return []
    # the column with the fewest None (the first such): a column whose set of values holds
    # no None has none to count
    nones = [c.count(None) if None in d else 0 for c, d in zip(columns, distinct, strict=True)]
    fullest = columns[nones.index(min(nones))]
    suspects = {i for i, v in enumerate(fullest)
                if v is None or (v.__class__ is str and not v.strip())}  # type: ignore[attr-defined]
    for col, values in zip(columns, distinct, strict=True):
        words = {v for v in values if v.__class__ is str and len(v) <= 16  # type: ignore[arg-type]
                 and _is_total_word(v)}  # type: ignore[arg-type]
        if words:
            suspects.update(i for i, v in enumerate(col) if v in words)
    suspects.update(skipped or ())
    if not suspects:
        return list(range(len(table)))
    skipped = skipped or set()
    return [i for i in range(len(table)) if i not in suspects or not (
        i in skipped or
        all(_blank(c) for c in table[i]) or is_total_row(table[i]))]


_MARKS = frozenset({"x", "v", "✓", "✔", "☑", "☒"})  # the ticks parse_yes_no reads as yes


def _ticked(col: list[object]) -> bool:
    """Whether a yes/no column is ticked with x (or ✓), leaving "no" empty."""
    values = set(col) - {None}
    return bool(values) and all(isinstance(v, str) and fold(v) in _MARKS for v in values)


def serial_to_date(x: float) -> date | None:
    if 1 <= x < 2_958_466:
        return EXCEL_EPOCH + timedelta(days=int(x))
    return None


def parse_timestamp(value: object) -> datetime | None:
    """`Cập nhật lúc` / `Ngày xóa`: an Excel date-time, or text; None when blank."""
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return round_ms(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        d = serial_to_date(float(value))
        if d is None:
            raise ValueError(str(value))
        seconds = round((float(value) - int(value)) * 86_400_000) / 1000
        return round_ms(datetime(d.year, d.month, d.day) + timedelta(seconds=seconds))
    text = clean_text(value)
    for fmt in ("%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M:%S.%f", "%d/%m/%Y %H:%M:%S",
                "%d/%m/%Y %H:%M"):
        try:
            return round_ms(datetime.strptime(text, fmt))
        except ValueError:
            continue
    d = parse_vi_date(text)
    return datetime(d.year, d.month, d.day)


# Columns of codes and ids: a number typed there is its text ("00123" stays a code).
_TEXT_SPECIALS = frozenset({"@unit_code", "@id", *(
    c.name for t in TYPES.values() if t.referenced_as for c in t.referenced_as.columns
    if c.kind == "code")})
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def _text_value(v: object) -> object:
    if isinstance(v, float) and abs(v) < 1e15 and v == int(v):
        return str(int(v))
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    return v


class SheetParser:
    def __init__(
        self,
        validator: ColumnValidator,
        units: UnitDirectory,
        owner: UnitInfo,
        refs: References,
        fix: TextFixer,
    ) -> None:
        self.validator = validator
        self.units = units
        self.owner = owner
        self.refs = refs
        self.fix = fix
        self.notes: list[Issue] = []  # warnings about the rows (communes of another time)
        self.pending: list[tuple[Row, str, tuple[int, ...], object]] = []

    def take_notes(self) -> list[Issue]:
        notes, self.notes = self.notes, []
        return notes

    def rows(self, data: SheetData) -> list[Row]:
        """The sheet's data rows (blank and total rows left out), cleaned and checked.

        Work is done column by column (see column_check); only what is truly per row (ids,
        time stamps, references, errors) is done row by row."""
        key = data.sheet.key
        table = [cells for _, cells in data.rows]
        keep = _kept_rows(table, data.by_column, data.distinct, data.skipped)
        norm = self._normalised_columns(data, keep)
        where = {col.field: ci for ci, col in data.columns.items()}
        positions = [where.get(c.field) for c in data.sheet.columns]
        excel_rows = [data.rows[i][0] for i in keep]
        out = [_new_row(key, data.title, excel_rows[j], table[i], positions)
               for j, i in enumerate(keep)]
        marked = self._cell_errors(out, norm, data)
        if key == "deletions":
            for j, row in enumerate(out):
                self._deletion(row, {f: c[j] for f, c in norm.items() if c[j] is not None},
                               data)
        else:
            self._records(out, norm, data)
        for j, (headers, own) in marked.items():  # only the error value itself, not what
            row = out[j]                          # follows from it
            row.errors = [e for e in row.errors if e.column not in headers
                          or any(e is o for o in own)]
        return out

    def _cell_errors(self, rows: list[Row], norm: dict[str, list[object]], data: SheetData,
                     ) -> dict[int, tuple[set[str | None], list[Issue]]]:
        """Rows whose cells hold an error value (#DIV/0!, #VALUE!, ...) or a formula without
        its value: one error naming each such cell; the cell then counts as empty (the
        record's date as a wrong date: its communes are not checked against today). Returns
        row index -> (headers concerned, the errors said here)."""
        marked: dict[int, tuple[set[str | None], list[Issue]]] = {}
        dated = SPECS[data.sheet.key].date_field if data.sheet.key in SPECS else None
        for fieldname, col in norm.items():
            if not any(v.__class__ is CellError for v in set(col)):
                continue
            for j, v in enumerate(col):
                if v.__class__ is not CellError:
                    continue
                if v.text.startswith("="):
                    self._err(rows[j], data, fieldname, v.text, tr(
                        "The cell holds a formula ({formula}) saved without its calculated "
                        "value, and PCMD calculates no formula; open the file in Excel or "
                        "LibreOffice and save it again, or type the value itself.").format(
                            formula=v.text))
                else:
                    self._err(rows[j], data, fieldname, str(v), tr(
                        "The cell holds the error value {value} (a formula that could not be "
                        "calculated), not a value; type the value itself.").format(value=v))
                headers, own = marked.setdefault(j, (set(), []))
                headers.add(rows[j].errors[-1].column)
                own.append(rows[j].errors[-1])
                col[j] = str(v) if fieldname == dated else None
        return marked

    def _normalised_columns(
        self, data: SheetData, keep: list[int]) -> dict[str, list[object]]:
        """field -> the kept rows' values: legacy text repaired and stripped, blanks None,
        serial numbers in date columns as dates, numbers in text/code columns as text."""
        spec = SPECS.get(data.sheet.key)
        fix = self.fix
        out: dict[str, list[object]] = {}
        ticks: list[str] = []  # the yes/no columns
        ticked = False  # ... one of which is ticked with x (or ✓), leaving "no" empty
        for ci, col in data.columns.items():
            k = spec.field(col.field).kind if spec and not col.field.startswith(
                "@") else "special"
            as_date = k in ("date", "month")
            as_text = k == "text" or col.field in _TEXT_SPECIALS

            def norm(v: object, as_date: bool = as_date, as_text: bool = as_text) -> object:
                if isinstance(v, str):
                    v = fix(v).strip()
                    if not v:
                        return None
                    if v[0] == "#" and v.upper() in ERROR_VALUES:
                        return CellError(v.upper())  # a formula's error shown as text
                elif v is None or v.__class__ is CellError:
                    return v
                if as_date:
                    if isinstance(v, datetime):
                        return v.date()  # a date typed with a time is that date
                    if isinstance(v, int | float) and not isinstance(v, bool):
                        return serial_to_date(float(v)) or v
                if as_text:
                    return _text_value(v)
                return v

            columns = data.by_column
            if ci >= len(columns):
                out[col.field] = [None] * len(keep)
            elif len(keep) == len(columns[ci]):
                out[col.field] = map_values(columns[ci], norm, data.distinct[ci])
            else:
                out[col.field] = map_values([columns[ci][i] for i in keep], norm)
            if k == "bool":
                ticks.append(col.field)
                if _ticked(out[col.field]):
                    ticked = True
                    out[col.field] = [False if v is None else v for v in out[col.field]]
        if ticked:  # a sheet ticked with x: a yes/no column
            for f in ticks:                       # left empty throughout is "no" in every row
                if all(v is None for v in out[f]):
                    out[f] = [False] * len(out[f])
        return out

    def _records(self, rows: list[Row], norm: dict[str, list[object]], data: SheetData) -> None:
        key = data.sheet.key
        n = len(rows)
        ids, stamps = norm.get("@id"), norm.get("@updated")
        for j, row in enumerate(rows if ids is not None or stamps is not None else ()):
            rid = ids[j] if ids is not None else None
            if rid is not None:
                if rid.__class__ is str and _UUID.match(rid):  # type: ignore[arg-type]
                    row.id, row.given_id = rid, True  # type: ignore[assignment]
                else:
                    self._common(row, {"@id": rid}, data)
            ts = stamps[j] if stamps is not None else None
            if ts is not None:
                if ts.__class__ is datetime and not ts.microsecond % 1000:  # type: ignore[attr-defined]
                    row.updated = ts  # type: ignore[assignment]
                else:
                    self._common(row, {"@updated": ts}, data)
        cols = {f: c for f, c in norm.items() if not f.startswith("@")}
        codes = norm.get("@unit_code")
        if codes is not None:
            units = cols.get("unit_id") or [None] * n
            cols["unit_id"] = [u if c is None else str(c) for c, u in zip(codes, units, strict=True)]
        refs = {f.name for f in SPECS[key].references}
        if refs:
            self._references(rows, norm, cols, data)
        absent = self._redacted(data, cols)
        clean, errors = self.validator.validate_columns(key, cols, n, absent)
        for j, found in errors.items():
            row = rows[j]
            for e in found:
                if e.field in refs and row.errors:
                    continue  # the reference's own error says why
                fieldname = e.field
                if (fieldname == "unit_id" and "unit_id" not in data.headers
                        and codes is not None and codes[j] is not None):
                    fieldname = "@unit_code"
                value = cols[e.field][j] if e.field in cols else None
                self._err(row, data, fieldname, value, e.message)
        self._other_times(rows, clean, cols, data)
        unnamed = []
        for row, values in zip(rows, clean, strict=True):
            row.values = values
            row.absent = absent
            if not row.errors and not row.id:
                unnamed.append(row)
        spec = SPECS[key]
        ids = content_ids(ID_NAMESPACE, key, self.owner.code,
                          spec.unique or tuple(f.name for f in spec.fields),
                          [r.values for r in unnamed])
        for row, rid in zip(unnamed, ids, strict=True):
            row.id = rid

    @staticmethod
    def _redacted(data: SheetData, cols: dict[str, list[object]]) -> frozenset[str]:
        """Personal fields a redacted PCMD export left out (the manifest says so, or the column
        of a PCMD export is empty in every row): not required, and the values stored here are
        kept (never blanked out by the import)."""
        if not data.from_pcmd:
            return frozenset()
        spec = SPECS[data.sheet.key]
        return frozenset(f.name for f in spec.fields if f.personal and (
            data.redacted or all(v is None for v in cols.get(f.name) or ())))

    def _other_times(self, rows: list[Row], clean: list[dict[str, object]],
                     cols: dict[str, list[object]], data: SheetData) -> None:
        """Communes of another time in rows without a date: a warning for each value taken as
        the one unit it named; rows whose value named several units wait for finish()."""
        validator = self.validator
        for (fieldname, raw), unit_id in list(validator.moved.items()):
            col = cols.get(fieldname) or []
            where = [j for j, v in enumerate(col) if v == raw and j < len(rows)]
            if where:
                unit = self.units.get(unit_id)
                self.notes.append(Issue(data.title, rows[where[0]].excel_row,
                                        self._header(data, fieldname), raw, tr(
                    "“{value}” names no commune of today; it was taken as {unit} (from {start} "
                    "to {end}), as the row gives no date; so were the other rows with this "
                    "value. Reports count it under the commune that took it over.").format(
                        value=raw, unit=unit.name,
                        start=unit.valid_from.strftime("%d/%m/%Y"),
                        end=unit.valid_to.strftime("%d/%m/%Y") if unit.valid_to else "")))
        validator.moved.clear()
        if not validator.pending_made:
            return
        validator.pending_made = False
        for j, values in enumerate(clean):
            for k, v in values.items():
                if v.__class__ is Pending:
                    ids = v.ids  # type: ignore[attr-defined]
                    self.pending.append((rows[j], k, ids, cols.get(k, [None] * len(rows))[j]))
                    values[k] = ids[-1]  # the latest, until the referring rows decide

    @staticmethod
    def _header(data: SheetData, fieldname: str) -> str:
        col = data.sheet.column(fieldname)
        return data.headers.get(fieldname) or (col.header if col else fieldname)

    # Which rows refer to a register row, and the date each gives it.
    REFERRERS: dict[str, tuple[str, str]] = {"establishments": ("inspections", "establishment_id"),
                                             "officers": ("attendance", "officer_id")}

    def finish(self, plan) -> None:  # importer.Plan
        """Decide the register rows whose commune named several units: by the dates of the
        rows of this workbook that refer to them (an establishment's inspections, an officer's
        classes), else reject them (and the rows referring to them), listing the units."""
        for row, fieldname, ids, raw in self.pending:
            referring = self._referring(plan, row)
            dates = [d for d in (self._row_date(plan, r) for r in referring) if d is not None]
            fits = [u for u in ids if dates and all(self.units.get(u).valid_on(d)
                                                    for d in dates)]
            header = self._header_of(row, fieldname)
            if len(fits) == 1:
                if plan.status.get(id(row)) == "unchanged":
                    old = plan.stored.get(row.kind, {}).get(row.id)
                    if old is not None and old.get(fieldname) != fits[0]:
                        plan.status[id(row)] = "updated"
                row.values[fieldname] = fits[0]
                unit = self.units.get(fits[0])
                plan.warnings.append(Issue(row.sheet, row.excel_row, header, raw, tr(
                    "“{value}” named several communes over time; it was taken as {unit}, the "
                    "commune it named on the dates of the rows that refer to it.").format(
                        value=raw, unit=unit.name)))
                continue
            names = "; ".join(f"{u.name} ({u.code}, {u.valid_from:%d/%m/%Y}–"
                              f"{u.valid_to:%d/%m/%Y})" if u.valid_to else
                              f"{u.name} ({u.code}, {u.valid_from:%d/%m/%Y}–)"
                              for u in map(self.units.get, ids))
            row.errors.append(Issue(row.sheet, row.excel_row, header, raw, tr(
                "“{value}” named several communes over time ({units}); give the record's "
                "date, or the commune's name of today, so that the commune meant is known."
            ).format(value=raw, units=names)))
            plan.status.pop(id(row), None)
            for other in referring:
                other.errors.append(Issue(other.sheet, other.excel_row, None, None, tr(
                    "The record this row refers to (row {row} of sheet {sheet}) was rejected."
                ).format(row=row.excel_row, sheet=row.sheet)))
                plan.status.pop(id(other), None)
        self.pending.clear()

    def _referring(self, plan, row: Row) -> list[Row]:
        key, fieldname = self.REFERRERS.get(row.kind, ("", ""))
        return [r for r in plan.rows.get(key, ()) if not r.errors
                and r.values.get(fieldname) == row.id]

    @staticmethod
    def _row_date(plan, r: Row) -> date | None:
        if r.kind == "attendance":  # an officer attends on the class's days
            for t in plan.rows.get("training", ()):
                if t.id == r.values.get("class_id"):
                    d = t.values.get("date_from")
                    return d if isinstance(d, date) else None
            return None
        d = r.values.get(SPECS[r.kind].date_field or "")
        return d if isinstance(d, date) else None

    @staticmethod
    def _header_of(row: Row, fieldname: str) -> str:
        col = wf.SHEET_BY_KEY[row.kind].column(fieldname)
        return col.header if col else fieldname

    def _references(self, rows: list[Row], norm: dict[str, list[object]],
                    cols: dict[str, list[object]], data: SheetData) -> None:
        """Each reference field's record id from its columns, row by row."""
        spec = SPECS[data.sheet.key]
        n = len(rows)
        dates = (norm.get(spec.date_field) if spec.date_field else None) or [None] * n
        for f in spec.references:
            resolver = self.refs.of(f)
            given = [(c.name, norm[c.name]) for c in reference_of(f).columns if c.name in norm]
            out = list(cols.get(f.name) or [None] * n)
            for j, row in enumerate(rows):
                cells = {name: c[j] for name, c in given if c[j] is not None}
                found = resolver.resolve(cells, dates[j])
                if isinstance(found, Unresolved):
                    self._err(row, data, found.column, found.value, found.message)
                elif found is not None:
                    out[j] = found
            cols[f.name] = out

    # ---- helpers -------------------------------------------------------------------------
    def _err(self, row: Row, data: SheetData, fieldname: str, value: object, msg: str) -> None:
        col = data.sheet.column(fieldname)
        header = data.headers.get(fieldname) or (col.header if col else fieldname)
        row.errors.append(Issue(data.title, row.excel_row, header, value, msg))

    def _common(self, row: Row, raw: dict[str, object], data: SheetData) -> None:
        rid = raw.pop("@id", None)
        if rid is not None:
            try:
                row.id = str(uuid.UUID(str(rid)))
                row.given_id = True
            except ValueError:
                self._err(row, data, "@id", rid, tr("“{value}” is not a record id (leave the "
                                                     "cell empty for new rows).").format(
                    value=rid))
        ts = raw.pop("@updated", None)
        try:
            row.updated = parse_timestamp(ts)
        except (ValueError, TypeError):
            self._err(row, data, "@updated", ts, tr("“{value}” is not a date and time.")
                      .format(value=ts))

    def _deletion(self, row: Row, raw: dict[str, object], data: SheetData) -> None:
        self._common(row, raw, data)
        if not row.id and not row.errors:
            self._err(row, data, "@id", None, tr("The record id is required."))
        kind_text = raw.get("@kind")
        sheet = wf.sheet_for_name(str(kind_text)) if kind_text is not None else None
        if sheet is None and isinstance(kind_text, str) and kind_text in wf.RECORD_KEYS:
            sheet = wf.SHEET_BY_KEY[kind_text]
        if sheet is None or sheet.key == "deletions":
            self._err(row, data, "@kind", kind_text, tr(
                "“{value}” is not a data sheet name (e.g. Tuyên truyền, Kiểm tra).").format(
                value=kind_text or ""))
        else:
            row.deleted_kind = sheet.key
        try:
            row.updated = parse_timestamp(raw.get("@deleted"))
        except (ValueError, TypeError):
            self._err(row, data, "@deleted", raw.get("@deleted"),
                      tr("“{value}” is not a date and time.").format(value=raw.get("@deleted")))

    def content_id(self, key: str, clean: dict[str, object]) -> str:
        """uuid5 of [sheet key, sending unit code, the natural key or all values] as JSON
        (fast_text.content_ids gives the same, for many rows at once)."""
        spec = SPECS[key]
        names = spec.unique or tuple(f.name for f in spec.fields)
        content = json.dumps([key, self.owner.code, [clean.get(n) for n in names]],
                             default=str, ensure_ascii=False)
        return str(uuid.uuid5(ID_NAMESPACE, content))
