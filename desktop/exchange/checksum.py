"""`Mã kiểm tra`: SHA-256 over the data sheets' cell values in a canonical order.

Canonical order (docs/exchange.md): the data sheets present, in contract order (Tuyên truyền …
Đã xóa); for each, a line with the canonical sheet name, then the header row and every
non-blank row below it, cells joined by TAB (trailing blank cells dropped), lines ended by LF,
UTF-8. A cell is written as: blank -> ""; whole number -> its digits ("70", not "70.0");
other number -> 15 significant digits; date (or date-time at midnight) -> YYYY-MM-DD;
date-time -> YYYY-MM-DDTHH:MM:SS.mmm (rounded to the millisecond); yes/no -> 1/0;
text -> NFC text.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta


def round_ms(t: datetime) -> datetime:
    micro = t.microsecond
    rounded = (micro + 500) // 1000 * 1000
    if rounded >= 1_000_000:
        return t.replace(microsecond=0) + timedelta(seconds=1)
    return t.replace(microsecond=rounded)


def canonical(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return repr(value)
        if abs(value) < 1e15 and value == int(value):
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, datetime):
        t = value if not value.microsecond % 1000 else round_ms(value)
        if t.hour == t.minute == t.second == t.microsecond == 0:
            return t.date().isoformat()
        if t.year >= 1000 and t.tzinfo is None:  # the same text, made faster
            return t.isoformat(timespec="milliseconds")
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}"
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value))


# Types whose equal values always have the same canonical form (1 == 1.0 == True -> "1";
# a date never equals a date-time), so one memo keyed by value serves them all.
_MEMO_TYPES = frozenset({str, int, float, bool, date, datetime, type(None)})
_MEMO_MAX = 300_000


def _direct(v: object) -> str:
    """canonical(v), with a short way for the commonest cells."""
    if v.__class__ is str:
        return v if v.isascii() else unicodedata.normalize("NFC", v)  # type: ignore[attr-defined,arg-type]
    return "" if v is None else canonical(v)


class SheetHasher:
    """Feed sheets in contract order, rows in order; `hexdigest()` gives Mã kiểm tra.

    Canonical forms are memoised by value: 100,000 rows repeat few distinct dates, numbers
    and labels. The canonical bytes are kept until `hexdigest()`, so sheets hashed apart (and
    in any order) can be joined in contract order with `extend`."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._memo: dict[object, str] = {None: ""}

    def sheet(self, name: str) -> None:
        self._parts.append(name.encode() + b"\n")

    def extend(self, other: SheetHasher) -> None:
        """Append what `other` was fed (its sheets come after this one's)."""
        self._parts.extend(other._parts)

    def canon(self, value: object) -> str:
        memo = self._memo
        if value.__class__ in _MEMO_TYPES:
            hit = memo.get(value)
            if hit is None:
                hit = canonical(value)
                if len(memo) < _MEMO_MAX:
                    memo[value] = hit
            return hit
        return canonical(value)

    def row(self, cells: Sequence[object]) -> None:
        memo = self._memo
        get = memo.get
        parts = []
        append = parts.append
        for c in cells:
            hit = get(c) if c.__class__ in _MEMO_TYPES else None
            append(self.canon(c) if hit is None else hit)
        self.line(parts)

    def line(self, parts: list[str]) -> None:
        """A row already in canonical form (trailing blanks are dropped here)."""
        while parts and parts[-1] == "":
            parts.pop()
        if parts:
            self._parts.append("\t".join(parts).encode() + b"\n")

    def rows(self, rows: Iterable[Sequence[object]]) -> None:
        """Many rows at once (see `columns`)."""
        table = list(rows)
        if not table:
            return
        width = max(map(len, table))
        if any(len(r) != width for r in table):
            table = [list(r) + [None] * (width - len(r)) for r in table]
        self.columns(list(zip(*table, strict=True)))

    def columns(self, table: Sequence[Sequence[object]],
                distinct: Sequence[set[object]] | None = None) -> None:
        """Rows given as equally long columns (and, if known, each column's set of values):
        each distinct value is made canonical once."""
        memo, limit = self._memo, _MEMO_MAX
        columns = []
        tabbed = False
        for ci, col in enumerate(table):
            values = set(col) if distinct is None else distinct[ci]
            if len(values) * 10 > len(col) * 9:  # ids, time stamps: no memo to gain
                out = [_direct(v) for v in col]
                columns.append(out)
                tabbed = tabbed or any(p.endswith("\t") for p in out)
                continue
            conv = {}
            for v in values:
                if v.__class__ in _MEMO_TYPES:
                    hit = memo.get(v)
                    if hit is None:
                        hit = canonical(v)
                        if len(memo) < limit:
                            memo[v] = hit
                    conv[v] = hit
            if len(conv) == len(values):
                columns.append(list(map(conv.__getitem__, col)))
                tabbed = tabbed or any(p.endswith("\t") for p in conv.values())
            else:  # values of other types: one by one
                columns.append([self.canon(v) for v in col])
                tabbed = True
        if tabbed:
            for parts in zip(*columns, strict=True):
                self.line(list(parts))
            return
        # No cell text ends with a TAB: dropping trailing blank cells is rstrip("\t").
        lines = [stripped for line in map("\t".join, zip(*columns, strict=True))
                 if (stripped := line.rstrip("\t"))]
        if lines:
            self._parts.append(("\n".join(lines) + "\n").encode())

    def hexdigest(self) -> str:
        return hashlib.sha256(b"".join(self._parts)).hexdigest()


def file_sha256(path: object) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:  # type: ignore[arg-type]
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
