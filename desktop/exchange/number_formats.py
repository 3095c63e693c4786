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
_CELL = re.compile(rb"<c\s([^<>]*?)/?>")
_ATTR = re.compile(rb"([A-Za-z]+)\s*=\s*[\"']([^\"']*)[\"']")
MAX_CELLS = 1_000_000  # a sheet of percentages beyond this is not a form anyone types


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
    """The numeric cells (0-based row, column) of a sheet's XML whose style is in `styles`."""
    found: set[tuple[int, int]] = set()
    if not styles:
        return found
    marks = [f's="{k}"'.encode() for k in styles]
    for piece in pieces:
        if not any(piece.find(mark) >= 0 for mark in marks):
            continue
        for m in _CELL.finditer(piece):
            attrs = dict(_ATTR.findall(m.group(1)))
            style, ref = attrs.get(b"s", b""), attrs.get(b"r", b"")
            if not style.isdigit() or int(style) not in styles or attrs.get(b"t", b"n") != b"n":
                continue
            letters = ref.rstrip(b"0123456789")
            digits = ref[len(letters):]
            if letters.isalpha() and digits.isdigit() and len(found) < MAX_CELLS:
                found.add((int(digits) - 1, column_number(letters) - 1))
    return found


def shown(value: object) -> object:
    """The number a percentage cell shows (0.955 -> 95.5); anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return float(f"{value * 100:.12g}")
