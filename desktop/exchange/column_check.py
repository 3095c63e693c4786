"""Validate a sheet column by column, with the shared Validator's rules and messages.

A 100,000-row sheet holds few distinct dates, communes, labels and numbers, so each field's
conversion runs once per distinct value (per value and record date for communes) and the
results are spread over the rows by a dictionary lookup. The outcome per row is exactly what
`Validator.validate` gives for that row (tests/test_exchange_perf_equivalence.py checks it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from itertools import compress, repeat
from operator import gt

from desktop.domain.columns import map_values, typed_key
from desktop.domain.indicators import PLAN_KEY_BY_KEY
from desktop.domain.text import clean_text, fold, name_key, split_unit_prefix
from desktop.errors import FieldError
from desktop.i18n import translate
from desktop.services.catalogue import Catalogues, Value
from desktop.services.record_specs import SPECS, FieldSpec, RecordSpec
from desktop.services.units import UnitDirectory, UnitInfo
from desktop.services.validation import Validator, field_label
from desktop.services.validation import tr as validation_tr


def tr(text: str) -> str:
    return translate("ExchangeRows", text)


class Bad:
    """A field's error message in a result column."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Bad) and other.message == self.message

    def __hash__(self) -> int:
        return hash(self.message)


SKIP = Bad("")  # a commune not checked because the record's date is wrong (no error of its own)


class Pending:
    """A commune name or code of a register row without a date that named several units at
    different times: decided by the dates of the rows that refer to it (SheetParser.finish)."""

    __slots__ = ("ids",)

    def __init__(self, ids: tuple[int, ...]) -> None:
        self.ids = ids

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pending) and other.ids == self.ids

    def __hash__(self) -> int:
        return hash(self.ids)


_PUNCT = re.compile(r"[^0-9a-z]+")
_YEAR_WORDS = re.compile(r"nam\s*(\d{4})")
_PERCENT = re.compile(r"(\d[\d.,\s]*?)\s*%")
_NUMBERS = (int, float)


def _numbers_only(col: Sequence[object]) -> bool:
    """Every value is an int or a float (not a bool, not empty)."""
    return {v.__class__ for v in set(col)} <= {int, float}


def loose_key(text: object) -> str:
    """"Phát tờ rơi, tờ gấp" and "phat to roi,to gap" -> "phat to roi to gap"."""
    return " ".join(_PUNCT.sub(" ", fold(clean_text(text))).split())


class LooseCatalogues:
    """The catalogues, whose labels also match with other spacing and punctuation (a typed
    "phat to roi,to gap" is "Phát tờ rơi, tờ gấp"), unless two values would then look alike."""

    def __init__(self, inner: Catalogues) -> None:
        self._inner = inner
        self._loose: dict[tuple[str, str], Value | None] = {}
        for v in inner.values:
            for text in (v.label_vi, v.label_en, v.code):
                key = (v.kind, loose_key(text))
                if key in self._loose and self._loose[key] is not v:
                    self._loose[key] = None  # ambiguous: only an exact spelling matches
                else:
                    self._loose[key] = v

    def match(self, kind: str, text: object) -> Value | None:
        return self._inner.match(kind, text) or self._loose.get((kind, loose_key(text)))

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)


class ColumnValidator(Validator):
    """The shared Validator, applied to whole columns of an imported sheet."""

    def __init__(self, units: UnitDirectory, catalogues: Catalogues, owner: UnitInfo | None,
                 *, extended: bool = True, **kw: object) -> None:
        """`extended`: the import's own rules on top of the Validator's (labels with other
        punctuation, communes of another time); without them, exactly the Validator."""
        super().__init__(units, LooseCatalogues(catalogues) if extended else catalogues,
                         owner, **kw)  # type: ignore[arg-type]
        # the days on which unit versions begin: a name is tried on each of them
        self._starts = sorted({u.valid_from for u in units.by_id.values()
                               if u.valid_from <= self.today}) if extended else []
        self.moved: dict[tuple[str, object], int] = {}  # (field, value) -> unit of another time
        self._undated: frozenset[int] = frozenset()
        self.pending_made = False  # some value is Pending (SheetParser looks for them)
        self._extended = extended

    def _coerce(self, f: FieldSpec, raw: object, record_date: date) -> object:
        """As the Validator's; in an import, what report forms type is also taken: several
        values of a list column separated by commas ("Nhắc nhở, Phạt tiền", when each part is
        a value and the whole is none: labels such as "Hội nghị, tọa đàm" hold a comma), a
        year as "Năm 2024", a rate as "20,5%", an indicator's label without its punctuation
        ("ty le co so duoc kiem tra" for "Tỷ lệ cơ sở được kiểm tra (%)")."""
        try:
            return super()._coerce(f, raw, record_date)
        except ValueError:
            if not self._extended or not isinstance(raw, str):
                raise
            again = self._typed_as_forms_do(f, raw)
            if again is None:
                raise
            return super()._coerce(f, again, record_date)

    def _typed_as_forms_do(self, f: FieldSpec, raw: str) -> object:
        """`raw` as the Validator reads it, or None when no form's habit explains it."""
        if f.kind == "multi" and "," in raw:
            parts = [p for p in (clean_text(x) for x in re.split(r"[;,\r\n]", raw)) if p]
            if len(parts) > 1 and all(self.catalogues.match(f.catalogue or "", p) is not None
                                      for p in parts):
                return parts
        elif f.kind == "year" and (m := _YEAR_WORDS.fullmatch(fold(clean_text(raw)))) or f.kind == "float" and (m := _PERCENT.fullmatch(clean_text(raw))):
            return m.group(1)
        elif f.kind == "indicator":
            key = loose_key(raw)
            found = {ind.key for ind in PLAN_KEY_BY_KEY.values()
                     if key in (loose_key(ind.label_vi), loose_key(ind.label_en))}
            if len(found) == 1:
                return found.pop()
        return None

    def _record_date(self, spec, values):  # type: ignore[no-untyped-def]
        """As the Validator's, but a value no date can be made of (a year of 10^300, a cell
        of an odd type) is a wrong date, not an exception."""
        try:
            return super()._record_date(spec, values)
        except (TypeError, OverflowError, ValueError, ArithmeticError):
            return None

    def validate_columns(
        self, kind: str, cols: Mapping[str, Sequence[object]], n: int,
        optional: frozenset[str] = frozenset(),
    ) -> tuple[list[dict[str, object]], dict[int, list[FieldError]]]:
        """Clean `n` rows given as columns (None = blank, values already stripped).
        Fields in `optional` (personal data left out of a redacted workbook) are never
        required.

        Returns each row's clean values and, for rows with errors, the errors in field
        order, as `Validator.validate` would."""
        spec = SPECS[kind]
        date_name = spec.date_field or "year"
        raw_dates = cols.get(date_name)
        if raw_dates is None:
            record_dates: list[object] = [self._record_date(spec, {})] * n
        else:
            record_dates = map_values(raw_dates, lambda raw: self._record_date(
                spec, {date_name: raw}))
        # registers (an optional date) whose row gives none: their communes may be of any time
        if spec.date_field is None or spec.field(spec.date_field).required:
            self._undated = frozenset()
        elif raw_dates is None:
            self._undated = frozenset(range(n))
        else:
            self._undated = frozenset(i for i, v in enumerate(raw_dates) if v is None)
        names: list[str] = []
        results: list[list[object]] = []
        flagged: set[int] = set()  # rows with an error or a skipped field
        for f in spec.fields:
            names.append(f.name)
            col = self._field_column(f, cols.get(f.name), record_dates, n, f.name in optional)
            results.append(col)
            if any(v.__class__ is Bad for v in set(col)):
                flagged.update(i for i, v in enumerate(col) if v.__class__ is Bad)
        # one dict per row, {name: value} (made by map, without a Python call per row)
        rows = list(map(dict, map(zip, repeat(names), zip(*results, strict=True)))
                    ) if results else [{} for _ in range(n)]
        errors: dict[int, list[FieldError]] = {}
        for i in flagged:
            values = [col[i] for col in results]
            rows[i] = {k: v for k, v in zip(names, values, strict=True) if v.__class__ is not Bad}
            found = [FieldError(k, v.message) for k, v in zip(names, values, strict=True)
                     if v.__class__ is Bad and v is not SKIP]
            if found:
                errors[i] = found
        rules = self._rules
        for i in self._rule_suspects(spec, names, results, n):
            if i not in errors:
                found = rules(spec, rows[i])
                if found:
                    errors[i] = found
        return rows, dict(sorted(errors.items()))

    def _rule_suspects(self, spec: RecordSpec, names: list[str], results: list[list[object]],
                       n: int) -> Iterable[int]:
        """The rows the Validator's rules may find wrong (a superset, computed column by
        column); the rules then run on those rows only, so the outcome is the same."""
        col = dict(zip(names, results, strict=True))
        suspects: set[int] = set()
        if spec.not_future and spec.date_field and spec.date_field in col:
            today = self.today
            dates = col[spec.date_field]
            late = {d for d in set(dates) if isinstance(d, date) and d > today}
            if late:  # only rows holding one of those dates
                suspects.update(i for i, d in enumerate(dates) if d in late)
        for rule in spec.rules:
            a, b = col.get(rule.field), col.get(rule.other)
            if a is None or b is None:
                return range(n)  # a rule on a field not in the record: ask every row
            if rule.check == "at_most":
                if _numbers_only(a) and _numbers_only(b):  # the same rows, compared in C
                    suspects.update(compress(range(n), map(gt, a, b)))
                    continue
                suspects.update(i for i, (x, y) in enumerate(zip(a, b, strict=True))
                                if x.__class__ in _NUMBERS and y.__class__ in _NUMBERS
                                and x > y)  # type: ignore[operator]
            elif rule.check == "not_before":
                suspects.update(i for i, (x, y) in enumerate(zip(a, b, strict=True))
                                if isinstance(x, date) and isinstance(y, date) and x < y)
            elif rule.check == "needs_flag":
                suspects.update(i for i, y in enumerate(b) if y is False)
            else:
                return range(n)
        return sorted(suspects)

    def _field_column(
        self, f: FieldSpec, col: Sequence[object] | None, record_dates: list[object], n: int,
        optional: bool = False,
    ) -> list[object]:
        if f.required and not optional:
            missing: object = Bad(validation_tr("{field} is required.").format(
                field=field_label(f)))
        else:
            missing = self._empty(f)
        if col is None:
            return [missing] * n

        def convert(raw: object, record_date: object = None) -> object:
            if raw is None:
                return missing
            try:
                return self._coerce(f, raw, record_date)  # type: ignore[arg-type]
            except ValueError as exc:
                return Bad(str(exc))
            except (TypeError, OverflowError, ArithmeticError):  # a value of no usable kind
                return Bad(tr("{field}: “{value}” is not a valid value.").format(
                    field=field_label(f), value=str(raw)[:60]))

        if f.kind != "unit":
            return map_values(col, convert)
        # A commune found valid on one day is found, and valid, on every day of the same
        # unit epoch; only errors (whose text names the day) are worked out day by day.
        epoch = self.units.epoch
        memo: dict[tuple[object, ...], object] = {}
        found: dict[tuple[object, ...], object] = {}
        out: list[object] = []
        undated = self._undated
        if not undated and float not in {v.__class__ for v in set(col)}:
            # the keys below without "undated" (typed_key of a value that is not a float is
            # its class and itself; no row is undated), made by zip, worked out in the order the rows
            # first give them (so `moved` fills in the same order), spread by lookup
            keys = list(zip(map(type, col), col, record_dates, strict=True))
            for key in dict.fromkeys(keys):
                raw, d = key[1], key[2]
                if raw is None:
                    hit = missing
                elif d is None:
                    hit = SKIP
                else:
                    same = (key[0], raw, epoch(d), False)  # type: ignore[arg-type]
                    hit = found.get(same, found)
                    if hit is found:
                        hit = convert(raw, d)
                        if hit.__class__ is Bad:
                            hit = self._other_time(f, raw, d, False, convert) or hit
                        if hit.__class__ is not Bad:
                            found[same] = hit
                memo[key] = hit
            return list(map(memo.__getitem__, keys))
        for i, (raw, d) in enumerate(zip(col, record_dates, strict=True)):
            key = (*typed_key(raw), d, i in undated)
            hit = memo.get(key, memo)
            if hit is memo:
                if raw is None:
                    hit = missing
                elif d is None:
                    hit = SKIP  # the date is wrong: its own error says so
                else:
                    same = (*key[:-2], epoch(d), key[-1])  # type: ignore[arg-type]
                    hit = found.get(same, found)
                    if hit is found:
                        hit = convert(raw, d)
                        if hit.__class__ is Bad or i in undated:
                            hit = self._other_time(f, raw, d, i in undated, convert) or hit
                        if hit.__class__ is not Bad:
                            found[same] = hit
                memo[key] = hit
            out.append(hit)
        return out

    def _other_time(self, f: FieldSpec, raw: object, d: date, undated: bool,
                    convert: Callable[[object, object], object]) -> object:
        """A commune not found on the record's day (docs/exchange-workbook.md): a date before
        the first unit versions takes the earliest version; a row without a date (a register)
        takes the unit the name or code named at some time, if only one (else Pending)."""
        starts = self._starts
        if not starts:
            return None
        if d < starts[0]:
            hit = convert(raw, starts[0])
            return hit if hit.__class__ is not Bad else None
        if not undated:
            return None
        today = convert(raw, d)
        ids = {hit for e in starts if (hit := convert(raw, e)).__class__ is int}
        if today.__class__ is int:
            ids.add(today)  # type: ignore[arg-type]
        # versions of one commune (its name respelled) count once: the latest
        latest: dict[tuple[str, str], UnitInfo] = {}
        for u in map(self.units.get, ids):  # type: ignore[arg-type]
            k = (u.code, name_key(split_unit_prefix(u.name)[1]))
            if k not in latest or u.valid_from > latest[k].valid_from:
                latest[k] = u
        if len(latest) == 1:
            (unit,) = latest.values()
            if today.__class__ is int and today == unit.id:
                return today
            self.moved[(f.name, raw)] = unit.id
            return unit.id
        if latest:  # a reused code or name: the rows referring to it decide
            self.pending_made = True
            return Pending(tuple(u.id for u in sorted(latest.values(),
                                                      key=lambda u: u.valid_from)))
        return None

