"""Turn the rows of one sheet into clean field values (or errors naming the place).

Cells are normalised (legacy text, Excel serial dates, numbers typed as text) and validated
with desktop.services.validation.Validator (memoised per distinct value: 100,000 rows hold
few distinct dates, communes and labels). References (attendance -> class and officer,
inspection -> establishment) are resolved against `Refs` (database + this workbook).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.domain.text import clean_text, fold, name_key, nfc, parse_vi_date
from desktop.errors import FieldError
from desktop.exchange import workbook_format as wf
from desktop.exchange.checksum import round_ms
from desktop.exchange.reader import Issue, SheetData, TextFixer
from desktop.i18n import translate
from desktop.services.record_specs import SPECS, FieldSpec
from desktop.services.units import UnitDirectory, UnitInfo, UnitNotFound
from desktop.services.validation import Validator, field_label
from desktop.services.validation import tr as validation_tr

EXCEL_EPOCH = date(1899, 12, 30)
ID_NAMESPACE = uuid.UUID("6f1c2a4e-9b1d-5c3e-8a7f-2d4b6e8f0a1c")


def tr(text: str) -> str:
    return translate("ExchangeRows", text)


class CachedValidator(Validator):
    """The shared Validator, with each field's conversion memoised by (field, value[, date]).

    `validate` is Validator.validate with its per-row work cut down (same results): per
    record type a prepared field list, the record date memoised by its raw value, and one
    memo per field keyed by the raw value (and the record date where the field depends on it).
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._memo: dict[tuple, tuple[bool, object]] = {}
        self._fields: dict[str, list[tuple[FieldSpec, dict, bool]]] = {}
        self._dates: dict[tuple, date | None] = {}

    def _coerce(self, f: FieldSpec, raw: object, record_date: date) -> object:
        if f.kind == "text":  # what Validator does for text, without the label lookup
            return nfc(clean_text(raw))
        key = (f.name, f.kind, f.catalogue, raw.__class__, raw,
               record_date if f.kind in ("unit", "date", "month") else None)
        hit = self._memo.get(key)
        if hit is None:
            try:
                hit = (True, super()._coerce(f, raw, record_date))
            except ValueError as exc:
                hit = (False, str(exc))
            self._memo[key] = hit
        if hit[0]:
            return hit[1]
        raise ValueError(hit[1])

    def validate(
        self, kind: str, values: Mapping[str, object], *, partial: bool = False
    ) -> tuple[dict[str, object], list[FieldError]]:
        if partial:
            return super().validate(kind, values, partial=True)
        spec = SPECS[kind]
        fields = self._fields.get(kind)
        if fields is None:
            fields = self._fields[kind] = [
                (f, {}, f.kind == "unit") for f in spec.fields]  # dates don't need the date
        raw_date = values.get(spec.date_field or "year")
        dkey = (kind, raw_date.__class__, raw_date)
        if dkey in self._dates:
            record_date = self._dates[dkey]
        else:
            record_date = self._dates[dkey] = self._record_date(spec, values)
        clean: dict[str, object] = {}
        errors: list[FieldError] = []
        for f, memo, by_date in fields:
            name = f.name
            raw = values.get(name)
            if raw is None or (raw.__class__ is str and not raw.strip()) or (  # type: ignore[attr-defined]
                    f.kind == "multi" and raw == []):
                if f.required:
                    errors.append(FieldError(name, validation_tr("{field} is required.").format(
                        field=field_label(f))))
                    continue
                clean[name] = self._empty(f)
                continue
            if by_date:
                if record_date is None:
                    continue  # the date is wrong: its own error says so
                key: object = (raw.__class__, raw, record_date)
            elif f.kind == "text":
                clean[name] = nfc(clean_text(raw))
                continue
            else:
                key = (raw.__class__, raw)
            hit = memo.get(key)
            if hit is None:
                try:
                    hit = (True, Validator._coerce(self, f, raw, record_date))  # type: ignore[arg-type]
                except ValueError as exc:
                    hit = (False, str(exc))
                memo[key] = hit
            if hit[0]:
                clean[name] = hit[1]
            else:
                errors.append(FieldError(name, hit[1]))  # type: ignore[arg-type]
        if not errors:
            errors.extend(self._rules(spec, clean))
        return clean, errors


@dataclass
class Refs:
    """What attendance and inspection rows may point to, for the sending unit."""

    classes: set[str] = field(default_factory=set)
    officers: dict[str, str] = field(default_factory=dict)  # officer_code -> id
    establishments: set[str] = field(default_factory=set)
    est_by_code: dict[str, str] = field(default_factory=dict)  # est_code -> id
    est_by_name: dict[tuple[str, int], list[str]] = field(default_factory=dict)

    def add_establishment(self, rid: str, code: str, name: str, unit_id: int) -> None:
        self.establishments.add(rid)
        if code:
            self.est_by_code.setdefault(code, rid)
        ids = self.est_by_name.setdefault((name_key(name), unit_id), [])
        if rid not in ids:
            ids.append(rid)


@dataclass
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


def _text_value(v: object) -> object:
    if isinstance(v, float) and abs(v) < 1e15 and v == int(v):
        return str(int(v))
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    return v


class SheetParser:
    def __init__(
        self,
        validator: CachedValidator,
        units: UnitDirectory,
        owner: UnitInfo,
        refs: Refs,
        fix: TextFixer,
    ) -> None:
        self.validator = validator
        self.units = units
        self.owner = owner
        self.refs = refs
        self.fix = fix

    def rows(self, data: SheetData, on_row: Callable[[], None] | None = None) -> list[Row]:
        key = data.sheet.key
        spec = SPECS.get(key)
        kinds: dict[int, str] = {}
        for ci, col in data.columns.items():
            kinds[ci] = spec.field(col.field).kind if spec and not col.field.startswith(
                "@") else "special"
        where = {col.field: ci for ci, col in data.columns.items()}
        positions = [where.get(c.field) for c in data.sheet.columns]
        out: list[Row] = []
        for excel_row, cells in data.rows:
            if on_row is not None:
                on_row()
            if all(_blank(c) for c in cells) or is_total_row(cells):
                continue
            raw: dict[str, object] = {}
            for ci, col in data.columns.items():
                if ci >= len(cells):
                    continue
                v = cells[ci]
                if isinstance(v, str):
                    v = self.fix(v).strip()
                    if not v:
                        continue
                elif v is None:
                    continue
                k = kinds[ci]
                if k in ("date", "month") and isinstance(v, int | float) and not isinstance(
                        v, bool):
                    v = serial_to_date(float(v)) or v
                elif k == "text" or col.field in ("@unit_code", "@est_unit_code", "@officer",
                                                  "@est_ref", "@class", "@id"):
                    v = _text_value(v)
                raw[col.field] = v
            row = Row(key, data.title, excel_row, cells, positions=positions)
            if key == "deletions":
                self._deletion(row, raw, data)
            else:
                self._record(row, raw, data)
            out.append(row)
        return out

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

    def _record(self, row: Row, raw: dict[str, object], data: SheetData) -> None:
        key = data.sheet.key
        self._common(row, raw, data)
        code = raw.pop("@unit_code", None)
        if code is not None:
            raw["unit_id"] = str(code)
        if key == "attendance":
            self._attendance_refs(row, raw, data)
        elif key == "inspections":
            self._inspection_ref(row, raw, data)
        clean, errors = self.validator.validate(key, raw)
        for e in errors:
            if e.field in ("class_id", "officer_id", "establishment_id") and row.errors:
                continue
            fieldname = e.field
            if fieldname == "unit_id" and "unit_id" not in data.headers and code is not None:
                fieldname = "@unit_code"
            self._err(row, data, fieldname, raw.get(e.field), e.message)
        row.values = clean
        if not row.errors and not row.id:
            row.id = self.content_id(key, clean)

    def content_id(self, key: str, clean: dict[str, object]) -> str:
        spec = SPECS[key]
        names = spec.unique or tuple(f.name for f in spec.fields)
        content = json.dumps([key, self.owner.code, [clean.get(n) for n in names]],
                             default=str, ensure_ascii=False)
        return str(uuid.uuid5(ID_NAMESPACE, content))

    def _attendance_refs(self, row: Row, raw: dict[str, object], data: SheetData) -> None:
        class_id = raw.pop("@class", None)
        code = raw.pop("@officer", None)
        if class_id is not None:
            cid = str(class_id).strip()
            if cid in self.refs.classes:
                raw["class_id"] = cid
            else:
                self._err(row, data, "@class", class_id, tr(
                    "No training class has the id “{value}” (neither here nor in this "
                    "workbook).").format(value=class_id))
        if code is not None:
            oid = self.refs.officers.get(str(code).strip())
            if oid:
                raw["officer_id"] = oid
            else:
                self._err(row, data, "@officer", code, tr(
                    "No officer has the code “{value}” (neither here nor in this workbook).")
                    .format(value=code))

    def _inspection_ref(self, row: Row, raw: dict[str, object], data: SheetData) -> None:
        ref = raw.pop("@est_ref", None)
        name = raw.pop("@est_name", None)
        unit_text = raw.pop("@est_unit_code", None) or raw.pop("@est_unit", None)
        raw.pop("@est_unit", None)
        if ref is not None:
            text = str(ref).strip()
            rid = text if text in self.refs.establishments else self.refs.est_by_code.get(text)
            if rid:
                raw["establishment_id"] = rid
                return
            if name is None:
                self._err(row, data, "@est_ref", ref, tr(
                    "No establishment has the code “{value}” (neither here nor in this "
                    "workbook).").format(value=ref))
                return
        if name is None or unit_text is None:
            self._err(row, data, "@est_name", name, tr(
                "Give the establishment: its code (Mã cơ sở), or its name (Tên cơ sở) and "
                "commune (Xã/phường)."))
            return
        try:
            d = parse_vi_date(raw.get("date"))
        except (ValueError, TypeError):
            return  # the date error is reported by the validator
        try:
            unit = self.units.resolve(unit_text, d, within=self.owner)
        except UnitNotFound as exc:
            self._err(row, data, "@est_unit", unit_text, exc.message)
            return
        ids = self.refs.est_by_name.get((name_key(str(name)), unit.id), [])
        if len(ids) == 1:
            raw["establishment_id"] = ids[0]
        elif not ids:
            self._err(row, data, "@est_name", name, tr(
                "No establishment named “{name}” in {unit} (add it to the Cơ sở sheet).")
                .format(name=name, unit=unit.name))
        else:
            self._err(row, data, "@est_name", name, tr(
                "Several establishments are named “{name}” in {unit}; give the Mã cơ sở.")
                .format(name=name, unit=unit.name))
