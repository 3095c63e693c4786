"""Reporting periods: `2024-03`, `2024-Q1`, `2024-H1`, `2024-9M`, `2024`, `2016..2020`."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Period:
    kind: str  # month | quarter | half | nine_months | year | programme
    start: date
    end: date
    spec: str

    @property
    def year(self) -> int:
        return self.end.year

    def ytd_start(self) -> date:
        """1 January of the period's last year (lũy kế từ đầu năm)."""
        return date(self.end.year, 1, 1)

    def shifted_years(self, years: int) -> Period:
        """The same period `years` earlier or later (cùng kỳ năm trước is -1)."""
        start = _safe_date(self.start.year + years, self.start.month, self.start.day)
        end = _safe_date(self.end.year + years, self.end.month, self.end.day)
        if self.end.month == 2 and self.end.day >= 28:
            end = date(end.year, 2, calendar.monthrange(end.year, 2)[1])
        return Period(self.kind, start, end, self.spec)

    def months(self) -> list[date]:
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(date(y, m, 1))
            m += 1
            if m == 13:
                y, m = y + 1, 1
        return out


def _safe_date(y: int, m: int, d: int) -> date:
    return date(y, m, min(d, calendar.monthrange(y, m)[1]))


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "month"),
    (re.compile(r"^(\d{4})-[Qq]([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-[Hh]([12])$"), "half"),
    (re.compile(r"^(\d{4})-9[Mm]$"), "nine_months"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{4})\.\.(\d{4})$"), "programme"),
)


def parse_period(spec: str) -> Period:
    """Parse a period; raises ValueError (with the spec) when it is not one of the forms."""
    text = spec.strip()
    for pattern, kind in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        y = int(m.group(1))
        if not 1900 <= y <= 2999:
            break
        if kind == "month":
            month = int(m.group(2))
            if not 1 <= month <= 12:
                break
            return Period(kind, date(y, month, 1), _month_end(y, month), text)
        if kind == "quarter":
            q = int(m.group(2))
            return Period(kind, date(y, 3 * q - 2, 1), _month_end(y, 3 * q), text)
        if kind == "half":
            h = int(m.group(2))
            return Period(kind, date(y, 6 * h - 5, 1), _month_end(y, 6 * h), text)
        if kind == "nine_months":
            return Period(kind, date(y, 1, 1), date(y, 9, 30), text)
        if kind == "year":
            return Period(kind, date(y, 1, 1), date(y, 12, 31), text)
        y2 = int(m.group(2))
        if y2 < y:
            break
        return Period(kind, date(y, 1, 1), date(y2, 12, 31), text)
    raise ValueError(spec)
