"""Turn typed or imported values into clean field values, or errors naming the field.

One Validator serves a whole batch (a form save, or every row of an import): it holds the
unit directory and catalogues in memory, so checking 100,000 rows stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from desktop.domain.indicators import PLAN_KEY_BY_KEY
from desktop.domain.text import (
    clean_text,
    fold,
    nfc,
    parse_vi_date,
    parse_vi_month,
    parse_vi_number,
    parse_yes_no,
    split_multi,
)
from desktop.errors import FieldError
from desktop.i18n import translate
from desktop.services.catalogue import Catalogues
from desktop.services.record_specs import SPECS, FieldSpec, RecordSpec
from desktop.services.units import UnitDirectory, UnitInfo, UnitNotFound

EARLIEST_DATE = date(2000, 1, 1)


def tr(text: str) -> str:
    return translate("validation", text)


def field_label(spec: FieldSpec) -> str:
    return translate("fields", spec.label)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _typed(raw: object) -> str:
    """A typed number or date cell as the user sees it in a sentence: 12,5 (Vietnamese), not
    12.5; 1000000000000, not 1000000000000.0."""
    if isinstance(raw, float):
        if raw.is_integer() and abs(raw) < 1e15:
            return str(int(raw))
        from desktop.i18n import current_language

        text = f"{raw:g}"
        return text.replace(".", ",") if current_language() == "vi" else text
    return clean_text(raw)


class Validator:
    def __init__(
        self,
        units: UnitDirectory,
        catalogues: Catalogues,
        owner: UnitInfo | None,
        *,
        today: date | None = None,
        ref_exists: Callable[[str, str], bool] | None = None,
    ) -> None:
        self.units = units
        self.catalogues = catalogues
        self.owner = owner
        self.today = today or date.today()
        self.ref_exists = ref_exists
        self._scope_cache: dict[tuple[int, date], set[int]] = {}

    def validate(
        self, kind: str, values: Mapping[str, object], *, partial: bool = False
    ) -> tuple[dict[str, object], list[FieldError]]:
        """Clean `values` for record type `kind`. With partial, absent fields are left out."""
        spec = SPECS[kind]
        clean: dict[str, object] = {}
        errors: list[FieldError] = []
        record_date = self._record_date(spec, values)
        for f in spec.fields:
            if partial and f.name not in values:
                continue
            raw = values.get(f.name)
            if _blank(raw) or (f.kind == "multi" and raw == []):
                if f.required:
                    errors.append(FieldError(f.name, tr("{field} is required.").format(
                        field=field_label(f))))
                    continue
                clean[f.name] = self._empty(f)
                continue
            if f.kind == "unit" and record_date is None:
                continue  # the date is wrong: its own error says so; units depend on it
            try:
                clean[f.name] = self._coerce(f, raw, record_date)
            except ValueError as exc:
                errors.append(FieldError(f.name, str(exc)))
        if not errors:
            errors.extend(self._rules(spec, clean))
        return clean, errors

    # ---- single values -------------------------------------------------------------------
    @staticmethod
    def _empty(f: FieldSpec) -> object:
        if f.default is not None:
            return f.default
        if f.kind in ("text", "multi", "catalogue"):
            return ""
        return None

    def _record_date(self, spec: RecordSpec, values: Mapping[str, object]) -> date | None:
        """The date units are checked against; None when the record's own date is wrong."""
        name = spec.date_field
        if name is None:
            if spec.dating.mode == "yearly" and not _blank(values.get(spec.dating.field)):
                try:
                    return date(int(parse_vi_number(values[spec.dating.field])), 12, 31)
                except (ValueError, TypeError):
                    return self.today
            return self.today
        raw = values.get(name)
        if _blank(raw):
            return self.today
        try:
            if isinstance(raw, date):
                d = raw
            elif spec.field(name).kind == "month":
                d = parse_vi_month(raw, self.today)
            else:
                d = parse_vi_date(raw, self.today)
        except (ValueError, TypeError):
            return None
        if d < EARLIEST_DATE or (spec.not_future and d > self.today):
            return None
        return d

    def _coerce(self, f: FieldSpec, raw: object, record_date: date) -> object:
        label = field_label(f)
        if f.kind in ("date", "month"):
            try:
                d = (parse_vi_date(raw, self.today) if f.kind == "date"
                     else parse_vi_month(raw, self.today))
            except (ValueError, TypeError):
                msg = (tr("{field}: “{value}” is not a date (dd/mm/yyyy).") if f.kind == "date"
                       else tr("{field}: “{value}” is not a month (mm/yyyy)."))
                raise ValueError(msg.format(field=label, value=_typed(raw))) from None
            if d < EARLIEST_DATE:
                raise ValueError(tr("{field}: {value} is before 2000.").format(
                    field=label, value=d.strftime("%d/%m/%Y")))
            return d
        if f.kind in ("int", "money", "float", "year"):
            try:
                number = parse_vi_number(raw)
            except (ValueError, TypeError):
                raise ValueError(tr("{field}: “{value}” is not a number.").format(
                    field=label, value=_typed(raw))) from None
            if f.kind != "float" and number != int(number):
                raise ValueError(tr("{field}: {value} must be a whole number.").format(
                    field=label, value=_typed(raw)))
            if number < 0:
                raise ValueError(tr("{field} cannot be negative.").format(field=label))
            if f.kind == "year":
                if not 2000 <= number <= 2100:
                    raise ValueError(tr("{field}: {value} is not a year.").format(
                        field=label, value=_typed(raw)))
                return int(number)
            if f.max is not None and number > f.max:
                raise ValueError(tr("{field}: {value} is too large.").format(
                    field=label, value=_typed(raw)))
            return float(number) if f.kind == "float" else int(number)
        if f.kind == "bool":
            try:
                flag = parse_yes_no(raw)
            except (ValueError, TypeError):
                raise ValueError(tr("{field}: “{value}” is not yes or no (Có/Không).").format(
                    field=label, value=clean_text(raw))) from None
            if flag is None:
                if f.required:
                    raise ValueError(tr("{field} is required.").format(field=label))
                return f.default if f.default is not None else False
            return flag
        if f.kind == "text":
            return nfc(clean_text(raw))
        if f.kind == "catalogue":
            value = self.catalogues.match(f.catalogue or "", raw)
            if value is None:
                raise ValueError(tr("{field}: “{value}” is not an allowed value ({allowed}).")
                                 .format(field=label, value=clean_text(raw),
                                         allowed=self.catalogues.allowed_text(f.catalogue or "")))
            return value.code
        if f.kind == "multi":
            items = raw if isinstance(raw, list | tuple) else split_multi(raw)
            codes: list[str] = []
            for item in items:
                value = self.catalogues.match(f.catalogue or "", item)
                if value is None:
                    raise ValueError(tr("{field}: “{value}” is not an allowed value ({allowed}).")
                                     .format(field=label, value=clean_text(item),
                                             allowed=self.catalogues.allowed_text(
                                                 f.catalogue or "")))
                if value.code not in codes:
                    codes.append(value.code)
            return ";".join(codes)
        if f.kind == "unit":
            return self._unit(f, raw, record_date)
        if f.kind == "indicator":
            text = clean_text(raw)
            if text in PLAN_KEY_BY_KEY:
                return text
            for ind in PLAN_KEY_BY_KEY.values():
                if fold(ind.label_vi) == fold(text) or fold(ind.label_en) == fold(text):
                    return ind.key
            raise ValueError(tr("{field}: “{value}” is not an indicator.").format(
                field=label, value=text))
        if f.kind == "ref":
            ref_id = clean_text(raw)
            if self.ref_exists is not None and not self.ref_exists(f.ref or "", ref_id):
                raise ValueError(tr("{field}: no record with id {value}.").format(
                    field=label, value=ref_id))
            return ref_id
        raise AssertionError(f.kind)

    def _unit(self, f: FieldSpec, raw: object, d: date) -> int:
        label = field_label(f)
        if isinstance(raw, UnitInfo):
            unit = raw
        elif isinstance(raw, int) and not isinstance(raw, bool) and raw in self.units.by_id:
            unit = self.units.by_id[raw]
        else:
            try:
                unit = self.units.resolve(raw, d, within=self.owner, levels=f.levels)
            except UnitNotFound as exc:
                raise ValueError(f"{label}: {exc.message}") from None
        if unit.level not in f.levels:
            raise ValueError(tr("{field}: {unit} is not a commune, ward or township.").format(
                field=label, unit=unit.name))
        if not unit.valid_on(d):
            raise ValueError(tr("{field}: {unit} did not exist on {date}.").format(
                field=label, unit=unit.name, date=d.strftime("%d/%m/%Y")))
        if self.owner is not None and not self._in_scope(unit, d):
            raise ValueError(tr("{field}: {unit} is not under {owner}.").format(
                field=label, unit=unit.name, owner=self.owner.name))
        return unit.id

    def _in_scope(self, unit: UnitInfo, d: date) -> bool:
        owner = self.owner
        assert owner is not None
        if owner.valid_on(d):
            return self.units.is_within(unit, owner)
        key = (owner.id, d)
        if key not in self._scope_cache:
            self._scope_cache[key] = {u.id for u in self.units.scope(owner, d)}
        return unit.id in self._scope_cache[key]

    # ---- rules across fields -------------------------------------------------------------
    @staticmethod
    def _rule_error(errors: list[FieldError]) -> Callable[[str, str], None]:
        return lambda name, message: errors.append(FieldError(name, message))

    def _rules(self, spec: RecordSpec, v: dict[str, object]) -> list[FieldError]:
        errors: list[FieldError] = []
        err = self._rule_error(errors)
        if spec.not_future and spec.date_field:
            d = v.get(spec.date_field)
            if isinstance(d, date) and d > self.today:
                err(spec.date_field, tr("{field}: {value} is in the future.").format(
                    field=field_label(spec.field(spec.date_field)),
                    value=d.strftime("%d/%m/%Y")))
        for rule in spec.rules:
            if rule.broken(v):
                err(rule.field, tr(rule.message).format(value=v.get(rule.field),
                                                        total=v.get(rule.other)))
        return errors
