"""Cells shown as a percentage, found in the file itself (python-calamine gives no formats).

A clerk who types 95 into a cell formatted as a percentage sees "95%"; the spreadsheet stores
0.95. The reader gives every such cell the number it shows (95), in any numeric column, so that
a target of 95% is 95 as when typed into the window. In an .xlsx, a cell's `s` attribute picks
an entry of `cellXfs` in styles.xml, whose number format is built in (9 `0%`, 10 `0.00%`) or
one of the workbook's own (`0.0%`); in an .ods a cell says `office:value-type="percentage"`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.exchange.xlsx_scan import column_number

BUILT_IN_PERCENT = frozenset({9, 10})
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')  # literal text, escapes, [colours]/[conditions]
_ATTR = re.compile(rb"([A-Za-z]+)\s*=\s*[\"']([^\"']*)[\"']")
MAX_CELLS = 2 * 1_048_576  # two percentage columns of a full sheet (no form has more)


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


def xlsx_percent_cells(pieces: Iterable[bytes], styles: frozenset[int]
                       ) -> set[tuple[int, int]]:
    """The cells (0-based row, column) of a sheet's XML whose style is in `styles` (the reader
    changes only the numbers among them). `pieces` are the XML as read, cut anywhere (a 1 MB
    block may end inside a tag): each is read up to its last tag start, the rest with the next.
    A cell written as every spreadsheet writes it (`<c r="C2" s="1"`) is found by one regular
    expression; other spellings by their attributes; and when some cell has no `r` or a
    prefixed name (`<x:c>`), every cell by its place, counted as calamine counts it."""
    found: set[tuple[int, int]] = set()
    if not styles:
        return found
    marks = frozenset(str(k).encode() for k in styles)
    whole = list(_tag_pieces(pieces))
    if any(_ODD.search(piece) for piece in whole):
        return _cells_by_place(b"".join(whole), marks)
    columns: dict[bytes, int] = {}
    for piece in whole:
        typical = _TYPICAL_CELL.findall(piece)
        if piece.count(b' s="') == len(typical) and not any(m in piece for m in _ODD_STYLE):
            cells = ((style, letters, digits) for letters, digits, style in typical)
        else:  # a row's style, or a cell's written otherwise
            cells = _spelled_cells(piece)
        for style, letters, digits in cells:
            if style in marks and len(found) < MAX_CELLS:
                col = columns.get(letters)
                if col is None:
                    col = columns[letters] = column_number(letters) - 1
                found.add((int(digits) - 1, col))
    return found


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
_ODD = re.compile(rb"<c(?=[\s/>])(?![^<>]*?\sr\s*=)|<[^\s/>!?:]+:c[\s/>]")
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


def _cells_by_place(data: bytes, marks: frozenset[bytes]) -> set[tuple[int, int]]:
    """Styled cells placed as calamine places them (xlsx_scan.exact): a cell's `r`, else the
    column after the cell before; a row's `r`, else the row after the last."""
    from desktop.exchange.xlsx_scan import _ATTR as _PAIRS
    from desktop.exchange.xlsx_scan import _TAG, SheetDamaged, _local, _pos

    found: set[tuple[int, int]] = set()
    row = col = 0
    start = data.find(b"sheetData")
    for m in _TAG.finditer(data, max(start, 0)):
        closing, name, raw = m.group(1), m.group(2), m.group(3) or b""
        if name is None:
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
        if style.isdigit() and (style.lstrip(b"0") or b"0") in marks and len(found) < MAX_CELLS:
            found.add(here)
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

    blocks = getattr(percent, "blocks", None)
    if blocks is None:
        for r, c in percent:  # type: ignore[attr-defined]
            if r < len(rows) and c < len(rows[r]):
                rows[r][c] = show(rows[r][c])
        return
    for first, stop, columns in blocks:  # ods_scan.RowBlocks: only the cells calamine gave
        for r in range(first, min(stop, len(rows))):
            row = rows[r]
            n = len(row)
            for c0, c1, _ in columns:
                for c in range(c0, min(c1, n)):
                    row[c] = show(row[c])
