"""Reporting periods.

Canonical forms (docs/cli.md): `2024-03`, `2024-Q1`, `2024-H1`, `2024-9M`, `2024`,
`2016..2020`. Wherever a period is typed the Vietnamese forms of the offices' own papers are
accepted too, with or without accents: `03/2024`, `Tháng 3/2024`, `tháng 3 năm 2024`,
`Quý 1/2024`, `Quý I năm 2024`, `6 tháng đầu năm 2024`, `6 tháng cuối năm 2024`,
`9 tháng năm 2024`, `Năm 2024`, `2016-2020`, `Giai đoạn 2016 - 2020`. `Period.spec` is always
the canonical form.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.text import fold

KINDS = ("month", "quarter", "half", "nine_months", "year", "programme")


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
        return Period(self.kind, start, end, _spec(self.kind, start, end))

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


def _spec(kind: str, start: date, end: date) -> str:
    y = end.year
    return {
        "month": f"{y}-{start.month:02d}",
        "quarter": f"{y}-Q{(start.month + 2) // 3}",
        "half": f"{y}-H{1 if start.month == 1 else 2}",
        "nine_months": f"{y}-9M",
        "year": f"{y}",
        "programme": f"{start.year}..{y}",
    }.get(kind, f"{start.isoformat()}..{end.isoformat()}")


def month(y: int, m: int) -> Period:
    return Period("month", date(y, m, 1), _month_end(y, m), f"{y}-{m:02d}")


def quarter(y: int, q: int) -> Period:
    return Period("quarter", date(y, 3 * q - 2, 1), _month_end(y, 3 * q), f"{y}-Q{q}")


def half(y: int, h: int) -> Period:
    return Period("half", date(y, 6 * h - 5, 1), _month_end(y, 6 * h), f"{y}-H{h}")


def nine_months(y: int) -> Period:
    return Period("nine_months", date(y, 1, 1), date(y, 9, 30), f"{y}-9M")


def year(y: int) -> Period:
    return Period("year", date(y, 1, 1), date(y, 12, 31), f"{y}")


def programme(first: int, last: int) -> Period:
    return Period("programme", date(first, 1, 1), date(last, 12, 31), f"{first}..{last}")


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_Y = r"(\d{4})"
_SEP = r"\s*(?:/|-|nam|năm)\s*"  # "3/2024", "3-2024", "3 năm 2024" (folded: "nam")
#: (pattern on the folded text, builder); the folded text has no accents, single spaces
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile("^" + p + "$"), kind) for p, kind in (
        (_Y + r"-(\d{1,2})", "month"),
        (_Y + r"-q([1-4])", "quarter"),
        (_Y + r"-h([12])", "half"),
        (_Y + r"-9m", "nine_months"),
        (r"(?:nam\s*)?" + _Y, "year"),
        (r"(?:giai doan\s*)?" + _Y + r"\s*(?:\.\.|-|–|—|den)\s*" + _Y, "programme"),
        (r"(?:thang|t)?\s*(\d{1,2})" + _SEP + _Y, "month_vi"),
        (r"(?:quy|q)\s*([1-4]|iv|iii|ii|i)" + _SEP + _Y, "quarter_vi"),
        (r"6 thang (dau|cuoi)(?: nam)?\s*/?\s*" + _Y, "half_vi"),
        (r"9 thang(?: dau)?(?: nam)?\s*/?\s*" + _Y, "nine_vi"),
    ))


def _normal(spec: str) -> str:
    text = fold(spec).replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip()


def parse_period(spec: str) -> Period:
    """Parse a period in any accepted form; raises ValueError (with the spec) otherwise."""
    text = _normal(spec)
    for pattern, kind in _FORMS:
        m = pattern.match(text)
        if m is None:
            continue
        found = _build(kind, m.groups())
        if found is not None:
            return found
        break
    raise ValueError(spec)


def _build(kind: str, g: tuple[str, ...]) -> Period | None:
    if kind == "programme":
        first, last = int(g[0]), int(g[1])
        return programme(first, last) if 1900 <= first <= last <= 2999 else None
    y = int(g[-1] if kind.endswith("_vi") else g[0])
    if not 1900 <= y <= 2999:
        return None
    a = (g[0] if kind.endswith("_vi") else g[1]) if len(g) > 1 else ""
    if kind in ("month", "month_vi"):
        return month(y, int(a)) if 1 <= int(a) <= 12 else None
    if kind in ("quarter", "quarter_vi"):
        return quarter(y, _ROMAN.get(a) or int(a))
    if kind == "half":
        return half(y, int(a))
    if kind == "half_vi":
        return half(y, 1 if a == "dau" else 2)
    if kind in ("nine_months", "nine_vi"):
        return nine_months(y)
    return year(y)


def last_complete_month(today: date) -> Period:
    """The month before today's: the default of the Reports tab (this month is unfinished)."""
    y, m = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return month(y, m)


def programme_of(d: date) -> Period:
    """The five-year programme period (2016–2020, 2021–2025, 2026–2030, …) holding `d`."""
    first = 2016 + 5 * ((d.year - 2016) // 5)
    return programme(first, first + 4)


#: presets of the Reports tab, in the order shown
PRESETS = ("this_month", "last_month", "quarter", "half", "nine_months", "year", "programme")


def preset(key: str, today: date) -> Period:
    """A preset period relative to `today`. The quarter, 6 and 9 months are the latest such
    period that has begun (the current one while it runs); the year is this year."""
    y = today.year
    if key == "this_month":
        return month(y, today.month)
    if key == "last_month":
        return last_complete_month(today)
    if key == "quarter":
        return quarter(y, (today.month + 2) // 3)
    if key == "half":
        return half(y, 1 if today.month <= 6 else 2)
    if key == "nine_months":
        return nine_months(y)
    if key == "year":
        return year(y)
    if key == "programme":
        return programme_of(today)
    raise ValueError(key)


def typed_form(period: Period) -> str:
    """The period as an office writes it, and as the parser reads it back: `03/2024`,
    `Quý 1/2024`, `6 tháng đầu năm 2024`, `9 tháng năm 2024`, `2024`, `2016-2020`."""
    y, s = period.end.year, period.start
    return {
        "month": f"{s.month:02d}/{y}",
        "quarter": f"Quý {(s.month + 2) // 3}/{y}",
        "half": f"6 tháng {'đầu' if s.month == 1 else 'cuối'} năm {y}",
        "nine_months": f"9 tháng năm {y}",
        "year": f"{y}",
        "programme": f"{s.year}-{y}",
    }.get(period.kind, period.spec)
