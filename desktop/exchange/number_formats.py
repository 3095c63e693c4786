"""Cells shown as a percentage, found in the file itself (python-calamine gives no formats).

A clerk who types 95 into a cell formatted as a percentage sees "95%"; the spreadsheet stores
0.95. The reader gives every such cell the number it shows (95), in any numeric column, so that
a target of 95% is 95 as when typed into the window. In an .xlsx, a cell's `s` attribute picks
an entry of `cellXfs` in styles.xml, whose number format is built in (9 `0%`, 10 `0.00%`) or
one of the workbook's own (`0.0%`); in an .ods a cell says `office:value-type="percentage"`.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Set

from desktop.exchange.xlsx_scan import EXCEL_COLUMNS, EXCEL_ROWS, column_number

BUILT_IN_PERCENT = frozenset({9, 10})
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')  # literal text, escapes, [colours]/[conditions]
_ATTR = re.compile(rb"([A-Za-z]+)\s*=\s*[\"']([^\"']*)[\"']")


class PercentCells(Set):
    """The cells (0-based row, column) of a sheet shown as a percentage, kept per column as
    runs of rows (a flat array of start, stop, start, stop...): a whole sheet of percent
    cells, 1,048,576 rows x 16 columns, is 16 runs, not 16 million tuples; a scattered one
    costs 8 bytes a cell. Cells may come in any order and more than once (an odd file): the
    runs are sorted and joined when first read."""

    def __init__(self, cells: Iterable[tuple[int, int]] = ()) -> None:
        self.columns: dict[int, array] = {}  # column -> runs
        self._unsorted: set[int] = set()
        self._len = 0
        for row, col in cells:
            self.add(row, col)

    @classmethod
    def _from_iterable(cls, it: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
        return set(it)  # what `&`, `|`, `-` of a set give: a set

    def add(self, row: int, col: int) -> None:
        self.add_run(col, row, row + 1)

    def add_refs(self, refs: Iterable[tuple[bytes, bytes]], columns: dict[bytes, int]) -> None:
        """Add cells given as column letters and row digits (b"C", b"2"), `columns` caching
        each letters' number: a sheet's usual order (a column's cells row after row) only
        lengthens a run."""
        cols = self.columns
        for letters, digits in refs:
            row = int(digits) - 1
            col = columns.get(letters)
            if col is None:
                col = _column(columns, letters)
            runs = cols.get(col)
            if runs is not None and runs[-1] == row:
                runs[-1] = row + 1
                self._len += 1
            else:
                self.add(row, col)

    def add_rows(self, refs: list[tuple[bytes, bytes]], columns: dict[bytes, int]) -> None:
        """`add_refs` for the cells of a piece of a sheet written row after row. When every
        whole row of the piece has the same percent columns (the usual table), each column's
        rows are one run, added at once, and only one cell a row is read as a number (a full
        sheet of them in seconds); else cell by cell."""
        digits = [d for _, d in refs]
        start = 0  # the piece may begin inside a row: that row's cells one by one
        while start < len(refs) and digits[start] == digits[0]:
            start += 1
        width = 0  # the cells of the first whole row
        while start + width < len(refs) and digits[start + width] == digits[start]:
            width += 1
        letters = [c for c, _ in refs[start:]]
        whole = (len(letters) // width) * width if width else 0
        if not width or whole < 4 * width:
            self.add_refs(refs, columns)
            return
        body, digits = letters[:whole], digits[start:start + whole]
        first_rows = digits[::width]
        if (len(set(body[:width])) != width or body[width:] != body[:-width]
                or any(digits[j::width] != first_rows for j in range(1, width))):
            self.add_refs(refs, columns)  # not the same columns in every row
            return
        numbers = array("I", map(int, first_rows))
        top = numbers[0]
        if numbers != array("I", range(top, top + len(numbers))):
            self.add_refs(refs, columns)  # a row skipped, or rows out of order
            return
        self.add_refs(refs[:start], columns)
        for name in body[:width]:
            self.add_run(_column(columns, name), top - 1, top - 1 + len(numbers))
        self.add_refs(refs[start + whole:], columns)

    def add_run(self, col: int, first: int, stop: int) -> None:
        """Rows first..stop-1 of column `col`."""
        stop = min(stop, EXCEL_ROWS)
        if not (0 <= first < stop and 0 <= col < EXCEL_COLUMNS):
            return
        runs = self.columns.get(col)
        if runs is not None and runs[-1] == first:
            runs[-1] = stop
        elif runs is None:
            self.columns[col] = array("I", (first, stop))
        else:
            if first < runs[-1]:
                self._unsorted.add(col)
            runs.append(first)
            runs.append(stop)
        self._len += stop - first

    def _sorted(self) -> None:
        for col in self._unsorted:
            runs = self.columns[col]
            pairs = sorted(zip(runs[::2], runs[1::2], strict=True))
            joined = array("I")
            for start, stop in pairs:
                if joined and start <= joined[-1]:
                    joined[-1] = max(joined[-1], stop)
                else:
                    joined.append(start)
                    joined.append(stop)
            self.columns[col] = joined
        if self._unsorted:
            self._unsorted.clear()
            self._len = sum(sum(runs[1::2]) - sum(runs[::2]) for runs in self.columns.values())

    def runs(self) -> Iterator[tuple[int, int, int]]:
        """(column, first row, stop row) of every run, sorted and joined."""
        self._sorted()
        for col, runs in self.columns.items():
            for i in range(0, len(runs), 2):
                yield col, runs[i], runs[i + 1]

    @property
    def nbytes(self) -> int:
        """The memory the runs take (for the reading's memory estimate)."""
        return sum(64 + runs.itemsize * len(runs) for runs in self.columns.values())

    def __len__(self) -> int:
        self._sorted()
        return self._len

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for col, first, stop in self.runs():
            for row in range(first, stop):
                yield row, col

    def __contains__(self, cell: object) -> bool:
        if not isinstance(cell, tuple) or len(cell) != 2:
            return False
        row, col = cell
        runs = self.columns.get(col)
        if runs is None or not isinstance(row, int):
            return False
        self._sorted()
        return bisect_right(self.columns[col], row) % 2 == 1

    def __repr__(self) -> str:
        return f"PercentCells({len(self)} cells)"


def _column(columns: dict[bytes, int], letters: bytes) -> int:
    """The 0-based column of `letters` (b"C" -> 2), remembered in `columns`."""
    col = columns.get(letters)
    if col is None:
        col = columns[letters] = column_number(letters) - 1
    return col


def is_percent_code(code: str) -> bool:
    """A number format code that shows a percentage ("0%", "0.0%", "#,##0.00%;[Red]-0%")."""
    return "%" in _QUOTED.sub("", code)


def percent_styles(root: object) -> frozenset[int]:
    """The indices of `cellXfs` (the `s` of a cell) whose number format is a percentage, from
    styles.xml's parsed root (an ElementTree element)."""
    codes: dict[int, str] = {}
    xfs: list[int] = []
    for el in root.iter():  # type: ignore[attr-defined]
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "numFmt":
            fid = el.get("numFmtId", "")
            if fid.isdigit():
                codes[int(fid)] = el.get("formatCode", "")
        elif tag == "cellXfs":
            xfs = [_id(xf.get("numFmtId")) for xf in el if xf.tag.rsplit("}", 1)[-1] == "xf"]
    return frozenset(i for i, fid in enumerate(xfs)
                     if fid in BUILT_IN_PERCENT or (fid in codes and is_percent_code(codes[fid])))


def _id(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 0


def xlsx_percent_cells(pieces: Iterable[bytes], styles: frozenset[int]) -> PercentCells:
    """The cells (0-based row, column) of a sheet's XML whose style is in `styles` (the reader
    changes only the numbers among them), all of them. `pieces` are the XML as read, cut
    anywhere (a 1 MB block may end inside a tag): each is read up to its last tag start, the
    rest with the next. A cell written as every spreadsheet writes it (`<c r="C2" s="1"`) is
    found by one regular expression; other spellings by their attributes; and when some cell
    has no `r` or a prefixed name (`<x:c>`), every cell by its place, counted as calamine
    counts it."""
    found = PercentCells()
    if not styles:
        return found
    marks = frozenset(str(k).encode() for k in styles)
    pieces = pieces if isinstance(pieces, list) else list(pieces)
    if any(_odd(piece) for piece in _tag_pieces(pieces)):
        return _cells_by_place(b"".join(_tag_pieces(pieces)), marks)
    alternatives = b"|".join(sorted(marks))
    percent_cell = re.compile(_TYPICAL_CELL.pattern.replace(b'"([0-9]+)"',
                                                            b'"(?:' + alternatives + b')"'))
    marked = [b' s="' + m + b'"' for m in marks]
    count = re.compile(b' s="(?:' + alternatives + b')"')
    columns: dict[bytes, int] = {}
    for piece in _tag_pieces(pieces):
        refs = percent_cell.findall(piece)
        # every percent style of the piece on a cell written as usual: found by the one
        # expression (counted by C loops, without a Python object per cell)
        styled = (sum(piece.count(m) for m in marked) if len(marked) <= 8
                  else count.subn(b"", piece)[1])
        if (styled == len(refs) and not any(m in piece for m in _ODD_STYLE)
                and piece.count(b' s="0') == piece.count(b' s="0"')):
            found.add_rows(refs, columns)
        else:  # a row's style, or a cell's written otherwise (s="01" is style 1)
            found.add_refs(((letters, digits) for style, letters, digits
                            in _spelled_cells(piece) if style in marks), columns)
    return found


def _odd(piece: bytes) -> bool:
    """Some cell has no `r` or a prefixed name (`_ODD`); the usual XML (every `<c` followed
    by ` r="`, no `:c`) is told by counting."""
    if piece.count(b"<c") == piece.count(b'<c r="') and piece.find(b":c") < 0:
        return False
    return _ODD.search(piece) is not None


def _tag_pieces(pieces: Iterable[bytes]):  # Iterator[bytes]
    """The pieces again, each cut before its last `<` (no tag split between two)."""
    carry = b""
    for block in pieces:
        piece = carry + block
        cut = piece.rfind(b"<")
        if cut <= 0:
            carry = piece
            continue
        carry = piece[cut:]
        yield piece[:cut]
    if carry:
        yield carry


# `<c r="C2" s="1"`: as Excel, LibreOffice, openpyxl and xlsxwriter write a styled cell
_TYPICAL_CELL = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})" s="([0-9]+)"')
# a cell without `r` (calamine places it after the one before) or with a prefixed name
# (its attributes read one by one: an `r=` inside another's value is no `r`)
_ODD = re.compile(rb"<c(?=[\s/>])(?!(?:\s+[^\s=<>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*?\s+r\s*=)"
                  rb"|<[^\s/>!?:]+:c[\s/>]")
_STYLED_CELL = re.compile(rb"<c(?=\s)([^<>]*?\ss\s*=[^<>]*)>")
_ODD_STYLE = (b"s =", b"s= ", b"s='", b"\ts=", b"\ns=", b"\rs=")


def _spelled_cells(piece: bytes):  # Iterator[tuple[bytes, bytes, bytes]]: style, letters, row
    """Styled cells with `r`, their attributes in any order, spacing or quotes."""
    for m in _STYLED_CELL.finditer(piece):
        attrs = {k: v.strip() for k, v in _ATTR.findall(m.group(1))}
        style, ref = attrs.get(b"s", b""), attrs.get(b"r", b"")
        letters = ref.rstrip(b"0123456789")
        digits = ref[len(letters):]
        if (style.isdigit() and 1 <= len(letters) <= 3 and letters.isalpha()
                and digits.isdigit() and int(digits) > 0):
            yield style.lstrip(b"0") or b"0", letters.upper(), digits


def _cells_by_place(data: bytes, marks: frozenset[bytes]) -> PercentCells:
    """Styled cells placed as calamine places them (xlsx_scan.exact): a cell's `r`, else the
    column after the cell before; a row's `r`, else the row after the last."""
    from desktop.exchange.xlsx_scan import _ATTR as _PAIRS
    from desktop.exchange.xlsx_scan import _TAG, SheetDamaged, _local, _pos

    found = PercentCells()
    row = col = 0
    plain: dict[bytes, bool] = {}  # a cell's attributes without `r`: a percent style or not
    start = data.find(b"sheetData")
    for m in _TAG.finditer(data, max(start, 0)):
        closing, name, raw = m.group(1), m.group(2), m.group(3) or b""
        if name is None:
            continue
        known = (plain.get(raw) if not closing and (name == b"c" or name.endswith(b":c"))
                 else None)
        if known is not None:  # a million `<c s="1"/>` parsed once, not a million times
            if known:
                found.add(row, col)
            col += 1
            continue
        local = _local(name)
        if local == b"sheetData" and closing:
            break
        if local not in (b"row", b"c"):
            continue
        if closing:
            if local == b"row":
                row, col = row + 1, 0
            continue
        try:
            pairs = [(k, v.strip(b"\"'")) for k, v in _PAIRS.findall(raw)]
            if local == b"row":
                refs = [_pos(v)[0] for k, v in pairs if k == b"r"]
                row = max(refs) if refs else row
                if raw.endswith(b"/"):
                    row, col = row + 1, 0
                continue
            places = [_pos(v) for k, v in pairs if k == b"r"]
        except SheetDamaged:  # a reference calamine refuses: the scan has named the sheet
            return found
        here = ((max(r for r, _ in places), max(c if c is not None else col
                                                for _, c in places)) if places else (row, col))
        col = here[1] + 1
        style = next((v.strip() for k, v in pairs if k == b"s"), b"")
        percent = style.isdigit() and (style.lstrip(b"0") or b"0") in marks
        if percent:
            found.add(*here)
        if not places and local == b"c" and len(plain) < 4096:
            plain[raw] = percent
    return found


def shown(value: object) -> object:
    """The number a percentage cell shows (0.955 -> 95.5); anything else as it is."""
    if value.__class__ is float or value.__class__ is int:
        return float(f"{value * 100:.12g}")  # type: ignore[operator]
    return value


def apply(percent: object, rows: list[list[object]]) -> None:
    """Give every percentage cell of `rows` (calamine's grid from A1) the number it shows
    (each value worked out once: a sheet repeats its percentages)."""
    memo: dict[object, object] = {}

    def show(value: object) -> object:
        if value.__class__ is not float and value.__class__ is not int:
            return value
        got = memo.get(value)
        if got is None:
            if len(memo) > 65_536:
                memo.clear()
            got = memo[value] = shown(value)
        return got

    height = len(rows)
    if isinstance(percent, PercentCells):  # .xlsx, .xls: runs of rows in a column
        get = memo.get
        for c, first, stop in percent.runs():  # the loop of show(), inlined: 16 million cells
            for row in rows[first:min(stop, height)]:
                if c < len(row):
                    value = row[c]
                    if value.__class__ is float or value.__class__ is int:
                        got = get(value)
                        row[c] = got if got is not None else show(value)
        return
    blocks = getattr(percent, "blocks", None)
    if blocks is None:
        for r, c in percent:  # type: ignore[attr-defined]
            if r < height and c < len(rows[r]):
                rows[r][c] = show(rows[r][c])
        return
    for first, stop, columns in blocks:  # ods_scan.RowBlocks: only the cells calamine gave
        for r in range(first, min(stop, height)):
            row = rows[r]
            n = len(row)
            for c0, c1, _ in columns:
                for c in range(c0, min(c1, n)):
                    row[c] = show(row[c])
