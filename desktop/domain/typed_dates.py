"""Dates and months as office staff type them into a field (no Qt: the grid, the forms and the
tests share these rules).

Dates: ``15/03/2024``, ``15/3/2024``, ``15/3/24``, ``15-03-2024``, ``15.03.2024``,
``15 3 2024``, ``15032024`` (ddmmyyyy), ``150324`` (ddmmyy), ``15/3`` and ``1503`` (this
year), ``2024-03-15`` (ISO). Months: ``3/2024``, ``03/24``, ``032024``, ``0324``, ``3``
(this year), ``Tháng 3/2024``, ``T3/2024``, ``2024-03``, or a whole date.

A text that cannot be read raises ``TypedDateError`` with a reason code, never a guess: the
widget shows the reason beside the field in the UI language.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.domain.text import fold, parse_vi_date
from desktop.domain.text import full_year as text_full_year

FIRST_YEAR = 1900
LAST_YEAR = 2100

_SEPARATED = re.compile(r"(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{1,4}))?")
_MONTH_WORDS = re.compile(r"(?:thang|t)\s*(\d{1,2})\s*(?:[/.\-\s]|nam)\s*(\d{2}|\d{4})")
_MONTH_SEPARATED = re.compile(r"(\d{1,4})\s*[/.\-\s]\s*(\d{1,4})")


class TypedDateError(ValueError):
    """Why a typed text is not a date: ``reason`` is "format", "day", "month" or "year"."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


def full_year(text: str, today: date) -> int:
    """The year of a typed year: see domain.text.full_year (one rule for fields and cells)."""
    try:
        return text_full_year(text, today)
    except ValueError:
        raise TypedDateError("year", text) from None


def _make(day: int, month: int, year: int, text: str) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise TypedDateError("year", text)
    if not 1 <= month <= 12:
        raise TypedDateError("month", text)
    try:
        return date(year, month, day)
    except ValueError:
        raise TypedDateError("day", text) from None


def parse_typed_date(text: str, today: date) -> date | None:
    """The date meant by `text` (None when it is blank); raises TypedDateError."""
    raw = " ".join(str(text).split())
    key = fold(raw)
    if not key:
        return None
    if key.isdigit():
        if len(key) == 8:
            return _make(int(key[:2]), int(key[2:4]), int(key[4:]), raw)
        if len(key) == 6:
            return _make(int(key[:2]), int(key[2:4]), full_year(key[4:], today), raw)
        if len(key) == 4:
            return _make(int(key[:2]), int(key[2:]), today.year, raw)
        raise TypedDateError("format", raw)
    m = _SEPARATED.fullmatch(key)
    if m is None:  # as a workbook's cell reads it: "ngày 2 tháng 4 năm 25", "16/3/24 8:30"
        try:
            d = parse_vi_date(raw, today)
        except ValueError:
            raise TypedDateError("format", raw) from None
        return _make(d.day, d.month, d.year, raw)
    first, second, third = m.groups()
    if len(first) == 4:  # 2024-03-15
        if third is None or len(third) > 2:
            raise TypedDateError("format", raw)
        return _make(int(third), int(second), int(first), raw)
    if len(first) > 2:
        raise TypedDateError("format", raw)
    year = today.year if third is None else full_year(third, today)
    return _make(int(first), int(second), year, raw)


def parse_typed_month(text: str, today: date) -> date | None:
    """The first day of the month meant by `text` (None when blank); raises TypedDateError."""
    raw = " ".join(str(text).split())
    key = fold(raw)
    if not key:
        return None
    if key.isdigit():
        if len(key) <= 2:
            return _make(1, int(key), today.year, raw)
        if len(key) == 4:
            return _make(1, int(key[:2]), full_year(key[2:], today), raw)
        if len(key) == 6:
            return _make(1, int(key[:2]), int(key[2:]), raw)
        if len(key) == 8:
            d = _make(int(key[:2]), int(key[2:4]), int(key[4:]), raw)
            return d.replace(day=1)
        raise TypedDateError("format", raw)
    if m := _MONTH_WORDS.fullmatch(key):
        return _make(1, int(m.group(1)), full_year(m.group(2), today), raw)
    if m := _MONTH_SEPARATED.fullmatch(key):
        first, second = m.groups()
        if len(first) == 4 and len(second) <= 2:  # 2024-03
            return _make(1, int(second), int(first), raw)
        if len(first) <= 2 and len(second) in (2, 4):
            return _make(1, int(first), full_year(second, today), raw)
        raise TypedDateError("format", raw)
    d = parse_typed_date(raw, today)  # a whole date names its month
    return d.replace(day=1) if d is not None else None
