"""Validate a sheet column by column, with the shared Validator's rules and messages.

A 100,000-row sheet holds few distinct dates, communes, labels and numbers, so each field's
conversion runs once per distinct value (per value and record date for communes) and the
results are spread over the rows by a dictionary lookup. The outcome per row is exactly what
`Validator.validate` gives for that row (tests/test_exchange_perf_equivalence.py checks it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.domain.columns import map_values, typed_key
from desktop.errors import FieldError
from desktop.i18n import translate
from desktop.services.record_specs import SPECS, FieldSpec
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


class ColumnValidator(Validator):
    """The shared Validator, applied to whole columns of an imported sheet."""

    def _record_date(self, spec, values):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
        """As the Validator's, but a value no date can be made of (a year of 10^300, a cell
        of an odd type) is a wrong date, not an exception."""
        try:
            return super()._record_date(spec, values)
        except (TypeError, OverflowError, ValueError, ArithmeticError):
            return None

    def validate_columns(
        self, kind: str, cols: Mapping[str, Sequence[object]], n: int
    ) -> tuple[list[dict[str, object]], dict[int, list[FieldError]]]:
        """Clean `n` rows given as columns (None = blank, values already stripped).

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
        names: list[str] = []
        results: list[list[object]] = []
        flagged: set[int] = set()  # rows with an error or a skipped field
        for f in spec.fields:
            names.append(f.name)
            col = self._field_column(f, cols.get(f.name), record_dates, n)
            results.append(col)
            if any(v.__class__ is Bad for v in set(col)):
                flagged.update(i for i, v in enumerate(col) if v.__class__ is Bad)
        rows = [dict(zip(names, values, strict=True)) for values in zip(*results, strict=True)
                ] if results else [{} for _ in range(n)]
        errors: dict[int, list[FieldError]] = {}
        for i in flagged:
            values = [col[i] for col in results]
            rows[i] = {k: v for k, v in zip(names, values, strict=True) if v.__class__ is not Bad}
            found = [FieldError(k, v.message) for k, v in zip(names, values, strict=True)
                     if v.__class__ is Bad and v is not SKIP]
            if found:
                errors[i] = found
        rules = self._rules
        for i, clean in enumerate(rows):
            if i not in errors:
                found = rules(spec, clean)
                if found:
                    errors[i] = found
        return rows, dict(sorted(errors.items()))

    def _field_column(
        self, f: FieldSpec, col: Sequence[object] | None, record_dates: list[object], n: int,
    ) -> list[object]:
        if f.required:
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
        for raw, d in zip(col, record_dates, strict=True):
            key = (*typed_key(raw), d)
            hit = memo.get(key, memo)
            if hit is memo:
                if raw is None:
                    hit = missing
                elif d is None:
                    hit = SKIP  # the date is wrong: its own error says so
                else:
                    same = (*key[:-1], epoch(d))  # type: ignore[arg-type]
                    hit = found.get(same, found)
                    if hit is found:
                        hit = convert(raw, d)
                        if hit.__class__ is not Bad:
                            found[same] = hit
                memo[key] = hit
            out.append(hit)
        return out

