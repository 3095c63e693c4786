"""Read the record structure of an .xls Workbook stream (BIFF8) before python-calamine does.

calamine parses every sheet of an .xls when it opens it, reserving room for the cells a
sheet's DIMENSIONS record announces and then for the grid from A1 to its farthest cell; a
hostile record asks for gigabytes and aborts the process. This finds, per sheet, both sizes
and the cells holding error values (calamine reads those as empty), and what the workbook
holds besides data: macro sheets and VBA modules, links to other workbooks, data connections,
password protection, and the fonts (for the TCVN3/VNI hint).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from desktop.exchange.number_formats import BUILT_IN_PERCENT, PercentCells, is_percent_code
from desktop.exchange.xlsx_scan import Extent

BOF, EOF, BOUNDSHEET, FILEPASS, FONT, SUPBOOK, DCONN, FORMAT, XF, CONTINUE = (
    0x0809, 0x000A, 0x0085, 0x002F, 0x0031, 0x01AE, 0x0876, 0x041E, 0x00E0, 0x003C)
NUMBER_CELLS = frozenset({0x0203, 0x027E, 0x0006})  # NUMBER, RK, FORMULA: row, col, XF
QUERY_RECORDS = frozenset({0x01AD, 0x0802, 0x0803, 0x0804, 0x0805, 0x0806, 0x0807})
CELL_RECORDS = frozenset({0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006})
ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
          0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
CELL_BYTES = 40  # calamine's Cell<Data> (position + value) per reserved cell


class BiffDamaged(Exception):
    """The Workbook stream cannot be read."""


@dataclass
class BiffBook:
    sheets: dict[str, Extent] = field(default_factory=dict)
    reserved: dict[str, int] = field(default_factory=dict)  # cells DIMENSIONS makes it reserve
    macro_sheets: list[str] = field(default_factory=list)
    vba_modules: bool = False
    external_links: bool = False
    connections: bool = False
    query_tables: bool = False
    encrypted: bool = False
    fonts: list[str] = field(default_factory=list)


def _records(stream: bytes, pos: int = 0):  # Iterator[tuple[int, int, bytes]]
    n = len(stream)
    while pos + 4 <= n:
        typ, length = struct.unpack_from("<HH", stream, pos)
        data = stream[pos + 4:pos + 4 + length]
        yield pos, typ, data
        pos += 4 + length


def _unicode_string(data: bytes, at: int, more: list[bytes] | None = None) -> str:
    """XLUnicodeString: cch (2 bytes), fHighByte, characters. A string longer than its
    record goes on in the CONTINUE records after it (`more`), each beginning with its own
    fHighByte (BIFF8: the rest may be stored in the other width)."""
    if at + 3 > len(data):
        return ""
    left, high = struct.unpack_from("<H", data, at)[0], data[at + 2] & 1
    parts: list[str] = []
    chunk, pos = data, at + 3
    for following in [None, *(more or ())]:
        if following is not None:
            if not following:
                break
            chunk, high, pos = following, following[0] & 1, 1
        width = 2 if high else 1
        take = min(left, (len(chunk) - pos) // width)
        parts.append(chunk[pos:pos + take * width].decode(
            "utf-16-le" if high else "latin-1", "replace"))
        left -= take
        if left <= 0:
            break
    return "".join(parts)


def _continues(stream: bytes, pos: int) -> list[bytes]:
    """The data of the CONTINUE records from `pos` on (those that follow a record)."""
    out: list[bytes] = []
    while pos + 4 <= len(stream):
        typ, length = struct.unpack_from("<HH", stream, pos)
        if typ != CONTINUE:
            break
        out.append(stream[pos + 4:pos + 4 + length])
        pos += 4 + length
    return out


def _short_string(data: bytes, at: int) -> str:
    """ShortXLUnicodeString: cch (1 byte), fHighByte, characters."""
    if at + 2 > len(data):
        return ""
    cch, high = data[at], data[at + 1] & 1
    raw = data[at + 2:at + 2 + cch * (2 if high else 1)]
    return raw.decode("utf-16-le" if high else "latin-1", "replace")


def scan(stream: bytes) -> BiffBook:
    book = BiffBook()
    sheets: list[tuple[int, str, int]] = []
    codes: dict[int, str] = {}  # FORMAT records: the workbook's own number formats
    xfs: list[int] = []  # each XF record's number format, in order (a cell's XF index)
    for at, typ, data in _records(stream):
        if typ == EOF:
            break
        if typ == FILEPASS:
            book.encrypted = True
            return book
        if typ == BOUNDSHEET and len(data) >= 6:
            pos, _state, kind = struct.unpack_from("<IBB", data, 0)
            name = _short_string(data, 6)
            sheets.append((pos, name, kind))
        elif typ == FONT and len(data) >= 16:
            book.fonts.append(_short_string(data, 14))
        elif typ == SUPBOOK and len(data) >= 4:
            marker = struct.unpack_from("<H", data, 2)[0]
            if marker not in (0x0401, 0x3A01):  # 0x0401: this workbook; 0x3A01: add-ins
                book.external_links = True
        elif typ == FORMAT and len(data) >= 5:
            codes[struct.unpack_from("<H", data, 0)[0]] = _unicode_string(
                data, 2, _continues(stream, at + 4 + len(data)))
        elif typ == XF:  # one per XF, even a short one: a cell's XF is an index into them
            xfs.append(struct.unpack_from("<H", data, 2)[0] if len(data) >= 4 else 0)
        elif typ == DCONN:
            book.connections = True
        elif typ in QUERY_RECORDS:
            book.query_tables = True
    percent = frozenset(i for i, f in enumerate(xfs)
                        if f in BUILT_IN_PERCENT or (f in codes and is_percent_code(codes[f])))
    for pos, name, kind in sheets:
        if kind == 1:
            book.macro_sheets.append(name)
        elif kind == 6:
            book.vba_modules = True
        if pos >= len(stream):
            raise BiffDamaged(f"sheet {name!r} starts beyond the stream")
        extent, reserved = _sheet(stream, pos, percent)
        book.sheets[name] = extent
        book.reserved[name] = reserved
    return book


def _sheet(stream: bytes, pos: int, percent: frozenset[int] = frozenset()
           ) -> tuple[Extent, int]:
    """The cells of one sheet substream as calamine reads them (nested substreams skipped),
    and the number of cells its DIMENSIONS records make calamine reserve; the numbers whose
    XF (of `percent`) shows them as a percentage."""
    ext = Extent(xml_bytes=0)
    ext.percent = cells = PercentCells()
    max_row = max_col = -1
    reserved = 0
    seen_bof = False
    depth = 0
    formula_at = (0, 0)
    for _, typ, data in _records(stream, pos):
        if depth:
            depth += typ == BOF
            depth -= typ == EOF
            continue
        if typ == BOF:
            if seen_bof:
                depth = 1
            seen_bof = True
            continue
        if typ == EOF:
            break
        if typ == 0x0200:
            reserved += _reserved(data)
            continue
        where: list[tuple[int, int]] = []
        if typ in CELL_RECORDS and len(data) >= 4:
            row, col = struct.unpack_from("<HH", data, 0)
            where.append((row, col))
            if percent and typ in NUMBER_CELLS and len(data) >= 6 and struct.unpack_from(
                    "<H", data, 4)[0] in percent:
                cells.add(row, col)
            if typ == 0x0006:
                formula_at = (row, col)
                if len(data) >= 14 and data[12:14] == b"\xff\xff" and data[6] == 2:
                    ext.errors[(row, col)] = ERRORS.get(data[8], "#VALUE!")
            elif typ == 0x0205 and len(data) >= 8 and data[7] == 1:
                ext.errors[(row, col)] = ERRORS.get(data[6], "#VALUE!")
        elif typ == 0x00BD and len(data) >= 6:  # MulRk: row, first column ... last column
            row, first = struct.unpack_from("<HH", data, 0)
            last = struct.unpack_from("<H", data, len(data) - 2)[0]
            where.append((row, max(first, last)))
            if percent:  # (XF, RK) pairs of 6 bytes
                for i in range((len(data) - 6) // 6):
                    if struct.unpack_from("<H", data, 4 + 6 * i)[0] in percent:
                        cells.add(row, first + i)
        elif typ == 0x0207:
            where.append(formula_at)
        for row, col in where:
            ext.cells += 1
            max_row, max_col = max(max_row, row), max(max_col, col)
    ext.rows, ext.cols = max_row + 1, max_col + 1
    ext.exact = True
    return ext, reserved


def _reserved(data: bytes) -> int:
    """rows x columns as calamine's parse_dimensions and its reserve compute them (u32)."""
    if len(data) == 10:
        rf, rl, cf, cl = struct.unpack_from("<HHHH", data, 0)
    elif len(data) == 14:
        rf, rl, cf, cl = struct.unpack_from("<IIHH", data, 0)
    else:
        return 0  # calamine refuses the record (an error, not an allocation)
    if cf > 0xFF or cl < cf:
        cf = 0
    if rl >= 1 and cl >= 1:
        start, end = (rf, cf), (rl - 1, cl - 1)
    else:
        start = end = (rf, cf)
    rows = (end[0] - start[0] + 1) & 0xFFFFFFFF
    cols = (end[1] - start[1] + 1) & 0xFFFFFFFF
    return rows * cols
