"""Size each sheet of an .xlsx from its XML before python-calamine reads it.

python-calamine turns a sheet into a dense grid from A1 to the farthest non-empty cell, so one
cell at XFD1048576 in a tiny file makes it allocate hundreds of GB and abort the process (an
abort cannot be caught: the window would die). This module finds, for every sheet, a bound
on that grid (rows x columns) and the cells that hold an error value (`t="e"`: #DIV/0!,
#VALUE!...; python-calamine reads them as empty cells), without building a cell list:

* the fast path, for the XML every spreadsheet program writes (each cell `<c r="A1" ...>`):
  a handful of `bytes.count` passes over the decompressed XML, in pieces cut before a `<`
  so that no tag is split, after a `bytes.translate` that makes every letter `A`, every digit
  `0` and deletes blanks. A bound of 26 columns x 999,999 rows is then proved by counts;
  wider or longer sheets are bounded by parsing only their long references;
* the exact path, for anything else (cells without `r`, prefixed names, duplicate or oddly
  spaced attributes): every tag is read in Python the way calamine reads it, over-estimating
  where the two readers could differ.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import IO

CHUNK = 1 << 20
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                          "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!", "#EXTERNAL!"})


def _table() -> bytes:
    t = bytearray(range(256))
    for c in range(ord("A"), ord("Z") + 1):
        t[c] = ord("A")
    for c in range(ord("0"), ord("9") + 1):
        t[c] = ord("0")
    t[ord("'")] = ord('"')
    t[ord("?")] = ord("!")  # <? and <! (processing instructions, comments, CDATA) as one
    return bytes(t)


_T = _table()
_BLANKS = b" \t\n\r\x0c"  # what quick-xml skips between attributes
_REF = re.compile(rb"<c\s+r\s*=\s*[\"']([A-Z]+)([0-9]+)[\"']")
_END = re.compile(rb"</(?:[^\s/>!?:]+:)?sheetData\s*>")
_CELLISH = re.compile(rb"<(?:[^\s/>!?:]+:)?c[\s/>]")
_PREFIXED = re.compile(rb"<[^\s/>!?:]+:c[\s/>]")
_ERROR_CELL = re.compile(rb"<c\s+r\s*=\s*[\"']([A-Z]+)([0-9]+)[\"'][^>]*?\st\s*=\s*[\"']e[\"']"
                         rb"[^>]*?(/?)>")
_VALUE = re.compile(rb"<v>([^<]*)</v>")


class SheetDamaged(Exception):
    """The sheet's XML cannot be read (calamine would refuse it too)."""


@dataclass
class Extent:
    """What calamine will build for one sheet: a grid of `rows` x `cols` (from A1), `cells`
    cell elements at most, and the error cells found (0-based row, col -> "#DIV/0!")."""

    rows: int = 0
    cols: int = 0
    cells: int = 0
    xml_bytes: int = 0
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    exact: bool = False  # measured by the exact path
    data: list[bytes] = field(default_factory=list, repr=False)  # the XML as read (xlsx)
    seen: tuple[int, int] = (0, 0)  # the farthest cell actually seen (rows, columns)
    hidden: set[int] = field(default_factory=set)  # rows hidden in Excel (0-based)
    # merged ranges ((first row, first col), (last row, last col)), 0-based, where calamine
    # does not give them (.ods)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    # cells shown as a percentage: number_formats.PercentCells (.xlsx, .xls), RowBlocks (.ods)
    percent: AbstractSet[tuple[int, int]] = field(default_factory=frozenset)

    @property
    def seen_grid(self) -> int:
        """A grid calamine will build at least (the exact one when `exact`)."""
        return self.grid if self.exact else self.seen[0] * self.seen[1]

    @property
    def grid(self) -> int:
        return self.rows * self.cols


def column_number(letters: bytes | str) -> int:
    """"A" -> 1, "XFD" -> 16384 (bijective base 26, as calamine counts)."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.upper().decode():
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n: int) -> str:
    """1 -> "A", 16384 -> "XFD"."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out or "A"


MAX_TAG = 16 << 20  # no tag or text of a real sheet comes near this


def _read(fh: IO[bytes], n: int = -1) -> bytes:
    try:
        return fh.read(n)
    except (zlib.error, EOFError, OSError, ValueError, RuntimeError) as exc:
        raise SheetDamaged(str(exc)) from None


def scan_sheet(fh: IO[bytes], size: int) -> Extent:
    """The extent of the sheet XML read from `fh` (a seekable zip member; `size` = its
    uncompressed size). Raises SheetDamaged."""
    ext = Extent(xml_bytes=size)
    carry = b""
    started = in_tail = done = False
    n_c = n_single = 0
    wide: list[bytes] = []  # pieces holding references beyond Z999999 (or odd ones)
    kept = ext.data
    while not done:
        block = _read(fh, CHUNK)
        kept.append(block)
        piece = carry + block
        carry = b""
        if block:  # cut before a cell (else before a tag): no tag or cell is split
            cut = piece.rfind(b"<c")
            if cut <= 0:
                cut = piece.rfind(b"<")
            if cut <= 0:
                if len(piece) > MAX_TAG:
                    raise SheetDamaged("a tag or text of more than 16 MB")
                carry = piece
                continue
            carry, piece = piece[cut:], piece[:cut]
        else:
            done = True
        if in_tail:  # after the end of sheetData: calamine reads no cell there
            if _CELLISH.search(piece):
                return _exact_from(fh, ext)
            continue
        if not started:
            at = piece.find(b"sheetData")
            if at < 0:
                continue
            started = True
            piece = piece[at + 9:]
        if b"\x00" in piece[:4096]:
            raise SheetDamaged("not UTF-8 text")
        end = _END.search(piece) if piece.find(b"sheetData") >= 0 else None
        if end is not None:
            if _CELLISH.search(piece, end.end()):
                return _exact_from(fh, ext)
            piece, in_tail = piece[:end.start()], True
        x = piece.translate(_T, _BLANKS)
        if x.find(b"<!") >= 0 or x.find(b'"r=') >= 0 or (
                piece.find(b":c") >= 0 and _PREFIXED.search(piece)):
            return _exact_from(fh, ext)  # comments, CDATA, prefixed or doubled names
        c = x.count(b"<c")
        single = x.count(b'<cr="A0')
        n_c += c
        n_single += single
        if single != c or x.find(b'0000000"') >= 0:
            wide.append(piece)
        if x.find(b't="e"') >= 0:
            _errors(piece, ext)
        if piece.find(b"<f") >= 0:
            _formulas(piece, ext)
        if piece.find(b"hidden") >= 0:
            _hidden_rows(piece, ext)
        last = piece.rfind(b"<c")  # the last cell of a piece: the farthest, in order
        if last >= 0 and (m := _REF.match(piece, last)):
            ext.seen = (max(ext.seen[0], int(m.group(2))),
                        max(ext.seen[1], column_number(m.group(1))))
    if not started:
        return ext
    ext.cells = n_c
    if wide:
        rows, cols, far_rows, far_cols = _long_refs(wide, n_c - n_single)
        if rows < 0:
            return _exact_from(fh, ext)
        ext.rows, ext.cols = rows, cols
        ext.seen = (max(ext.seen[0], far_rows), max(ext.seen[1], far_cols))
    elif n_c:
        ext.rows, ext.cols = 999_999, 26
    return ext


def _long_refs(pieces: list[bytes], expected_multi: int) -> tuple[int, int, int, int]:
    """Bounds from the pieces holding wide or long references (and the farthest of those
    references); -1s when a `<c` is not a plain reference (the exact path must decide)."""
    rows, cols, plain = 999_999, 26, 0
    seen_rows = seen_cols = 0
    for piece in pieces:
        x = piece.translate(_T, _BLANKS)
        if x.count(b'<cr="') != x.count(b"<c"):
            return -1, -1, -1, -1
        for m in _REF.finditer(piece):
            letters, digits = m.group(1), m.group(2)
            if len(letters) > 1 or len(digits) > 6:
                plain += len(letters) > 1
                rows = max(rows, int(digits))
                cols = max(cols, column_number(letters))
                seen_rows = max(seen_rows, int(digits))
                seen_cols = max(seen_cols, column_number(letters))
    if plain < expected_multi:
        return -1, -1, -1, -1  # some references are not `<c r="` + letters + digits
    return rows, cols, seen_rows, seen_cols


def _errors(piece: bytes, ext: Extent) -> None:
    for m in _ERROR_CELL.finditer(piece):
        text = ""
        if not m.group(3):
            close = piece.find(b"</c>", m.end())
            value = _VALUE.search(piece, m.end(), close if close >= 0 else len(piece))
            text = value.group(1).decode("utf-8", "replace") if value else ""
        ext.errors[(int(m.group(2)) - 1, column_number(m.group(1)) - 1)] = text


# Every scan below stops at the next "<": a hostile run of "<f <f <f" costs linear time.
_FORMULA = re.compile(rb"<f(?:\s[^<>]*)?(?:/>|>([^<]*)</f>)")
_HAS_VALUE = re.compile(rb"<v(?:\s[^<>]*)?>[^<]")  # an empty <v></v> is no value (openpyxl)
_EMPTY_VALUE = re.compile(rb"<v(?:\s[^<>]*)?(?:/>|></v>)")
_TEXT_TYPE = re.compile(rb"\st\s*=\s*[\"']str[\"']")


def _uncalculated(attrs: bytes, inner: bytes) -> re.Match[bytes] | None:
    """The formula of a cell saved without a value, else None (a text formula whose value is
    the empty text has one: `t="str"` and an empty `<v>`)."""
    formula = _FORMULA.search(inner)
    if formula is None or _HAS_VALUE.search(inner):
        return None
    if _TEXT_TYPE.search(attrs) and _EMPTY_VALUE.search(inner):
        return None
    return formula


# A cell whose content is a formula and no value (or an empty one), as the schema orders them
_UNCALCULATED_CELL = re.compile(
    rb"<c\s+r\s*=\s*[\"']([A-Z]+)([0-9]+)[\"']([^<>]*?)>\s*"
    rb"<f(?:\s[^<>]*)?(?:/>|>([^<]*)</f>)\s*(?:<v(?:\s[^<>]*)?(?:/>|></v>)\s*)?</c>")


def _formulas(piece: bytes, ext: Extent) -> None:
    """Formula cells saved without their calculated value (a program that writes formulas
    but never calculates them): calamine reads them as empty cells; PCMD calculates nothing,
    so each is named as such, never taken as blank. Kept as "=" + the formula's text."""
    for m in _UNCALCULATED_CELL.finditer(piece):
        if _TEXT_TYPE.search(m.group(3)) and b"<v" in m.group(0):
            continue  # a text formula whose value is the empty text
        where = (int(m.group(2)) - 1, column_number(m.group(1)) - 1)
        if where not in ext.errors:
            ext.errors[where] = _formula_text(m.group(4))


_ROW_TAG = re.compile(rb"<row\s([^<>]*)>")
_ROW_NUMBER = re.compile(rb"(?:^|\s)r\s*=\s*[\"']([0-9]+)[\"']")
_HIDDEN = re.compile(rb"(?:^|\s)hidden\s*=\s*[\"'](?:1|true)[\"']")


def _hidden_rows(piece: bytes, ext: Extent) -> None:
    """Rows hidden in Excel (`<row r="5" hidden="1">`): imported like the others, but said."""
    for m in _ROW_TAG.finditer(piece):
        attrs = m.group(1)
        if _HIDDEN.search(attrs) and (number := _ROW_NUMBER.search(attrs)):
            ext.hidden.add(int(number.group(1)) - 1)


def _formula_text(raw: bytes | None) -> str:
    import html

    text = html.unescape(raw.decode("utf-8", "replace")) if raw else ""
    return "=" + (text if len(text) <= 40 else text[:39] + "…")


# ---- the exact path ---------------------------------------------------------------------------
_TAG = re.compile(rb"<(/?)([^\s/>!?]+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<!--.*?-->"
                  rb"|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", re.S)
_ATTR = re.compile(rb"([^\s=]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_POS = re.compile(rb"([A-Za-z]*)([0-9]+)\Z")


def _exact_from(fh: IO[bytes], ext: Extent) -> Extent:
    """Restart `fh` (a seekable zip member) and measure it tag by tag."""
    try:
        fh.seek(0)
        data = fh.read()
    except (zlib.error, EOFError, OSError, ValueError) as exc:
        raise SheetDamaged(str(exc)) from None
    ext.data[:] = [data]
    return exact(data, ext)


def _local(name: bytes) -> bytes:
    return name.rsplit(b":", 1)[-1]


def _pos(value: bytes) -> tuple[int, int | None]:
    """0-based (row, col) of a reference such as A1 (col None for a bare row number)."""
    m = _POS.match(value.strip(b"\"'"))
    if not m or int(m.group(2)) < 1:
        raise SheetDamaged(value.decode("latin-1"))
    letters = m.group(1)
    return int(m.group(2)) - 1, column_number(letters) - 1 if letters else None


def exact(data: bytes, ext: Extent | None = None) -> Extent:
    """Every cell's place as calamine finds it: a cell's `r` when it has one (the largest,
    if written twice), else the next column of its row; a row's `r` when it has one, else the
    row after the last. Only cells with content count, as calamine skips empty ones."""
    ext = ext or Extent(xml_bytes=len(data), data=[data])
    ext.exact = True
    ext.errors.clear()
    ext.hidden.clear()
    start = data.find(b"sheetData")
    if start < 0:
        return ext
    row = col = 0
    max_row = max_col = -1
    cells = 0
    in_cell: tuple[int, int] | None = None
    error_cell = False
    value_at = -1
    cell_attrs = b""
    for m in _TAG.finditer(data, start):
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name is None:
            continue
        local = _local(name)
        empty = attrs.endswith(b"/") if attrs else False
        if local == b"row":
            if closing:
                row, col = row + 1, 0
                continue
            pairs = _ATTR.findall(attrs)
            found = [_pos(v)[0] for k, v in pairs if k == b"r"]
            if found:
                row = max(found)
            if any(k == b"hidden" and v.strip(b"\"'") in (b"1", b"true") for k, v in pairs):
                ext.hidden.add(row)
            if empty:
                row, col = row + 1, 0
        elif local == b"c":
            if closing:
                if in_cell is not None:
                    cells += 1
                    max_row, max_col = max(max_row, in_cell[0]), max(max_col, in_cell[1])
                    if error_cell:
                        text = _VALUE.search(data, value_at, m.start())
                        ext.errors[in_cell] = (text.group(1).decode("utf-8", "replace")
                                               if text else "")
                    else:
                        formula = _uncalculated(cell_attrs, data[value_at:m.start()])
                        if formula is not None:
                            ext.errors[in_cell] = _formula_text(formula.group(1))
                in_cell = None
                continue
            pairs = _ATTR.findall(attrs)
            refs = [_pos(v) for k, v in pairs if k == b"r"]
            if refs:
                here = (max(r for r, _ in refs), max(c if c is not None else col
                                                     for _, c in refs))
            else:
                here = (row, col)
            col = here[1] + 1
            error_cell = any(k == b"t" and v.strip(b"\"'") == b"e" for k, v in pairs)
            if not empty:
                in_cell, value_at, cell_attrs = here, m.end(), attrs
        elif local == b"sheetData" and closing:
            break
    ext.cells = cells
    ext.rows, ext.cols = max_row + 1, max_col + 1
    return ext


def shared_strings_count(head: bytes) -> int:
    """The `uniqueCount` calamine reserves room for (0 when absent or unreadable)."""
    m = re.search(rb"<(?:[^\s>:]+:)?sst\b([^>]*)>", head)
    if not m:
        return 0
    found = re.search(rb"\suniqueCount\s*=\s*[\"']([0-9]+)[\"']", m.group(1))
    return int(found.group(1)) if found else 0
