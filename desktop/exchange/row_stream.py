"""Stream data rows into a constant-memory xlsxwriter worksheet without per-cell calls.

xlsxwriter's constant-memory mode writes each finished row as XML to the worksheet's row
file; its per-cell work (argument checks, a cell tuple, attribute lists, escaping) costs more
than everything else of an export. Here each distinct cell value is turned into its XML once
(`<c r="…"` + the memoised rest) and a whole row is written with one call. Only "plain" cells
go this way: the XML is then exactly what xlsxwriter writes (tests/test_exchange_perf_*
compare the bytes). A row holding a string xlsxwriter would transform (XML or control
characters, `_xHHHH_`, blanks at either end, very long text) is written through xlsxwriter's
public API instead, so nothing can differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime

from xlsxwriter.utility import xl_col_to_name

from desktop.exchange.checksum import canonical

# What makes xlsxwriter change a string (escaping, _xHHHH_, preserve="space", rich text).
_SPECIAL = re.compile(r'[\x00-\x1f&<>"\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^\s|\s$')
_MAX_PLAIN = 8000  # longer strings go through xlsxwriter (it truncates past 32,767 UTF-16)
_MEMO_MAX = 50_000

# A cell: (rest of its XML after `<c r="A2"`, or None when xlsxwriter must write it;
# canonical text for Mã kiểm tra; value written; format).  BLANK for an empty cell.
Cell = tuple[str | None, str, object, object]
BLANK: Cell = ("", "", None, None)


def string_cell(s: str) -> Cell:
    if s == "":
        return BLANK
    plain = len(s) <= _MAX_PLAIN and _SPECIAL.search(s) is None
    rest = f' t="inlineStr"><is><t>{s}</t></is></c>' if plain else None
    return (rest, canonical(s), s, None)


def number_cell(x: float, fmt: object, canon: str) -> Cell:
    if x != x or x in (float("inf"), float("-inf")):
        return (None, canon, x, fmt)  # xlsxwriter refuses it: let it say so
    style = f' s="{fmt._get_xf_index()}"' if fmt is not None else ""  # type: ignore[attr-defined]
    return (f"{style}><v>{x:.16G}</v></c>", canon, x, fmt)


class ColumnCells:
    """value -> Cell for one column, memoised per distinct value (bounded)."""

    def __init__(self, make: Callable[[object], Cell], memo: bool = True) -> None:
        self.make = make
        self.memo: dict[object, Cell] | None = {} if memo else None

    def __call__(self, value: object) -> Cell:
        memo = self.memo
        if memo is None:
            return self.make(value)
        hit = memo.get(value)
        if hit is None:
            hit = self.make(value)
            if len(memo) < _MEMO_MAX:
                memo[value] = hit
        return hit


def cell_maker(kind: str, styles, serial: Callable[[date | datetime], float]
               ) -> Callable[[object], Cell]:
    """Cell values as the exporter writes them: text, dates/date-times as serials, numbers."""

    def make(v: object) -> Cell:
        if isinstance(v, str):
            return string_cell(v)
        if isinstance(v, datetime):
            return number_cell(serial(v), styles.datetime, canonical(v))
        if isinstance(v, date):
            return number_cell(serial(v), styles.month if kind == "month" else styles.date,
                               canonical(v))
        if kind == "money":
            return number_cell(v, styles.money, canonical(v))  # type: ignore[arg-type]
        return number_cell(v, None, canonical(v))  # type: ignore[arg-type]

    return make


class RowStream:
    """Writes rows 1.. of a worksheet whose header (row 0) went through xlsxwriter."""

    def __init__(self, ws, width: int) -> None:
        self.ws = ws
        self.letters = [xl_col_to_name(c) for c in range(width)]
        self.direct = bool(getattr(ws, "constant_memory", False)) and all(
            hasattr(ws, a) for a in ("fh", "table", "previous_row", "dim_rowmax",
                                     "_write_single_row"))
        self.last = 0
        if self.direct and ws.table:
            # Write the header now, as xlsxwriter would before row 1: formats get their
            # style numbers in the same order as when xlsxwriter writes every cell.
            ws._write_single_row(1)

    def write(self, r: int, cells: Sequence[Cell]) -> None:
        """Row `r` (0-based, increasing) made of `cells` (BLANK for empty cells)."""
        ws = self.ws
        self.last = r
        if self.direct and all(c[0] is not None for c in cells):
            if ws.table:
                ws._write_single_row(r)  # flush the row xlsxwriter still holds
            ws.previous_row = r
            n = str(r + 1)
            letters = self.letters
            ws.fh.write(f'<row r="{n}">' + "".join(
                [f'<c r="{letters[i]}{n}"{c[0]}' for i, c in enumerate(cells) if c[1]])
                + "</row>")
            return
        for ci, c in enumerate(cells):
            if not c[1]:
                continue
            if isinstance(c[2], str):
                ws.write_string(r, ci, c[2])
            elif c[3] is not None:
                ws.write_number(r, ci, c[2], c[3])
            else:
                ws.write_number(r, ci, c[2])

    def close(self) -> None:
        """Record the sheet's extent as xlsxwriter would (the <dimension> element)."""
        ws = self.ws
        if self.direct and self.last and (ws.dim_rowmax is None or ws.dim_rowmax < self.last):
            ws.dim_rowmax = self.last
