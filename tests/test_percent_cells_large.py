"""Every cell formatted as a percentage is read as the number it shows, however many there
are: a clerk who selects a whole 200,000-row, 13-column sheet and applies Percent gives the
file 2.6 million percent cells (the import kept its stored 0.95 beyond 2,097,152 of them, and
beyond 1,000,000 in an .xls), and an .xls number format whose text goes on in a CONTINUE
record is read whole."""

from __future__ import annotations

import random
import re
import struct
from pathlib import Path

import openpyxl
import pytest

from desktop.exchange import safety, xls_scan
from desktop.exchange.number_formats import PercentCells, apply, xlsx_percent_cells
from desktop.exchange.ole import Ole, single_stream
from desktop.exchange.reader import read_workbook
from tests.workbook_builders import minimal_xlsx, sheet_xml, soffice_convert

HEADER = ["Ngày", "Xã/phường", "Hình thức", "Tiêu đề", "Số người tham dự", "Trong đó nữ"]
PERCENT_STYLES = (b'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.'
                  b'openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><name '
                  b'val="Calibri"/></font></fonts><fills count="1"><fill/></fills><borders '
                  b'count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
                  b'<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/>'
                  b"</cellXfs></styleSheet>")
STYLES_TYPE = ("/xl/styles.xml",
               "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
STYLES_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
              "styles.xml")


# ---- .xlsx: a whole selection formatted as Percent ---------------------------------------------
def _record(r: int, values: list[object], width: int = 13) -> str:
    cells = []
    for c in range(width):
        ref = f"{chr(65 + c)}{r}"
        v = values[c] if c < len(values) else None
        if v is None:
            cells.append(f'<c r="{ref}" s="1"/>')  # a formatted blank cell, as Excel keeps it
        elif isinstance(v, float):
            cells.append(f'<c r="{ref}" s="1"><v>{v}</v></c>')
        else:
            cells.append(f'<c r="{ref}" s="1" t="inlineStr"><is><t>{v}</t></is></c>')
    return f'<row r="{r}">{"".join(cells)}</row>'


def test_every_percent_cell_of_a_200000_row_13_column_selection_is_read(tmp_path: Path) -> None:
    """Found: A1:M200000 formatted as Percent is 2.6 million percent cells; beyond the first
    2,097,152 (row 161,320 on) a 40% kept its stored 0.4."""
    rows = 200_000
    data = {2: ["15/3/2024", "Vạn Hương", "Đối thoại", "A", 0.4, 0.12],
            150_000: ["16/3/2024", "Vạn Hương", "Đối thoại", "B", 0.25, 0.1],
            rows: ["17/3/2024", "Vạn Hương", "Đối thoại", "C", 0.4, 0.12]}
    body = [_record(1, list(HEADER))]
    body += [_record(r, data.get(r, [])) for r in range(2, rows + 1)]
    path = minimal_xlsx(tmp_path / "pct.xlsx", {"Tuyên truyền": sheet_xml("".join(body))},
                        parts={"xl/styles.xml": PERCENT_STYLES}, types=[STYLES_TYPE],
                        rels=[STYLES_REL])
    checked = safety.check_file(path)
    assert len(checked.extents["Tuyên truyền"].percent) == rows * 13
    checked.close()
    sheet = read_workbook(path).sheets[0]
    got = {number: (row[4], row[5]) for number, row in sheet.rows}
    assert got == {2: (40.0, 12.0), 150_000: (25.0, 10.0), rows: (40.0, 12.0)}


# ---- the scan against a plain reading of the XML ----------------------------------------------
_PLAIN = re.compile(r'<c r="([A-Z]+)([0-9]+)" s="([0-9]+)"')


def _plain(xml: str, marks: set[str]) -> set[tuple[int, int]]:
    from desktop.exchange.xlsx_scan import column_number

    return {(int(d) - 1, column_number(c) - 1) for c, d, s in _PLAIN.findall(xml) if s in marks}


def _random_sheet(rnd: random.Random) -> str:
    """Stretches of rows: a table's (row after row, the same columns and styles) or odd ones
    (rows left out, a cell missing, styles mixed)."""
    row, out = 0, []
    for _ in range(rnd.randint(4, 12)):
        cols = sorted(rnd.sample(range(30), rnd.randint(1, 8)))
        styles = {c: rnd.choice(("1", "1", "12", "0")) for c in cols}
        table = rnd.random() < 0.6
        for _ in range(rnd.randint(3, 60)):
            row += 1 if table else rnd.choice((1, 1, 2, 7))
            cells = []
            for c in cols:
                if not table and rnd.random() < 0.2:
                    continue
                s = styles[c] if table else rnd.choice("0112")
                cells.append(f'<c r="{chr(65 + c)}{row}" s="{s}"><v>0.5</v></c>')
            out.append(f'<row r="{row}">{"".join(cells)}</row>')
    if rnd.random() < 0.3:  # rows out of order, one twice
        out[3:9] = reversed(out[3:9])
        out.append(out[5])
    return "<worksheet><sheetData>" + "".join(out) + "</sheetData></worksheet>"


@pytest.mark.parametrize("seed", range(40))
def test_the_percent_scan_finds_what_a_plain_reading_finds(seed: int) -> None:
    """Whole rows of the same percent columns are taken a run at a time; rows left out,
    cells missing, mixed styles, rows out of order and cuts anywhere are not."""
    rnd = random.Random(seed)
    xml = _random_sheet(rnd)
    data = xml.encode()
    cuts = sorted(rnd.sample(range(1, len(data)), rnd.randint(0, 40)))
    pieces = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]
    got = xlsx_percent_cells(pieces, frozenset({1, 12}))
    expected = _plain(xml, {"1", "12"})
    assert set(got) == expected and len(got) == len(expected)
    assert all(cell in got for cell in expected)
    assert (10**6, 0) not in got and ("x", 1) not in got


def test_percent_cells_keep_runs_in_any_order() -> None:
    cells = PercentCells([(5, 0), (6, 0), (3, 0), (4, 0), (4, 0), (9, 2), (7, 0), (1, 2)])
    assert len(cells) == 7 and list(cells.runs()) == [(0, 3, 8), (2, 1, 2), (2, 9, 10)]
    assert {(3, 0), (9, 2)} <= cells and not {(2, 0), (8, 0)} & cells
    everything = PercentCells()  # a whole sheet of 16 columns: a row, then all the others
    for c in range(16):
        everything.add(0, c)
        everything.add_run(c, 1, 1_048_576)
    assert len(everything) == 16 * 1_048_576 and everything.nbytes < 2048
    rows = [[0.5, "x", True, 0.25] for _ in range(4)]
    apply(PercentCells([(0, 0), (1, 1), (2, 2), (3, 3), (9, 0), (0, 9)]), rows)
    assert rows == [[50.0, "x", True, 0.25], [0.5, "x", True, 0.25],
                    [0.5, "x", True, 0.25], [0.5, "x", True, 25.0]]


# ---- .xls: BIFF8 records rewritten in a file LibreOffice wrote --------------------------------
def _records(stream: bytes) -> list[tuple[int, bytes]]:
    out, pos = [], 0
    while pos + 4 <= len(stream):
        typ, n = struct.unpack_from("<HH", stream, pos)
        out.append((typ, stream[pos + 4:pos + 4 + n]))
        pos += 4 + n
    return out


def _stream(records: list[tuple[int, bytes]]) -> bytes:
    """The records again, each sheet's BOUNDSHEET pointing at its BOF where it now is."""
    def join() -> bytes:
        return b"".join(struct.pack("<HH", t, len(d)) + d for t, d in records)

    at, starts, globals_done = 0, [], False
    for typ, data in records:
        if typ == 0x0809 and globals_done:
            starts.append(at)
        globals_done = globals_done or typ == 0x000A
        at += 4 + len(data)
    sheets = iter(starts)
    records[:] = [(t, struct.pack("<I", next(sheets)) + d[4:] if t == 0x0085 else d)
                  for t, d in records]
    return join()


def _xls(tmp_path: Path, cells: dict[str, tuple[float, str]]) -> list[tuple[int, bytes]]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền"
    ws.append(HEADER)
    ws.append(["15/3/2024", "Vạn Hương", "Đối thoại", "A", None, None])
    ws.append(["16/3/2024", "Vạn Hương", "Đối thoại", "B", None, None])
    for ref, (value, code) in cells.items():
        ws[ref] = value
        ws[ref].number_format = code
    wb.save(tmp_path / "s.xlsx")
    xls = soffice_convert(tmp_path / "s.xlsx", "xls", tmp_path / "xls")
    return _records(Ole(xls.read_bytes()).stream("Workbook"))


def _write(path: Path, records: list[tuple[int, bytes]]) -> Path:
    path.write_bytes(single_stream("Workbook", _stream(records)))
    return path


def _split_format(records: list[tuple[int, bytes]], code: str, keep: int, wide: bool) -> None:
    """Cut FORMAT `code` after `keep` characters; the rest goes in a CONTINUE record with its
    own option byte (UTF-16 when `wide`)."""
    for i, (typ, data) in enumerate(records):
        if typ == 0x041E and data[5:].decode("latin-1") == code and data[4] == 0:
            rest = code[keep:]
            more = b"\x01" + rest.encode("utf-16-le") if wide else b"\x00" + rest.encode()
            records[i:i + 1] = [(typ, data[:5 + keep]), (0x003C, more)]
            return
    raise AssertionError(f"no FORMAT {code!r}")


def test_an_xls_format_that_goes_on_in_a_continue_record_is_read_whole(tmp_path: Path) -> None:
    """Found: the part of a FORMAT's text in its CONTINUE record was not read: "0.0" + "%"
    was no percentage, and '0" %' + '"' (a literal per cent sign) was one."""
    records = _xls(tmp_path, {"E2": (0.95, "0.0%"), "F2": (0.4, '0" %"'),
                              "E3": (0.25, "0%"), "F3": (0.5, "0.000")})
    _split_format(records, "0.0%", 3, wide=True)
    _split_format(records, '0" %"', 4, wide=False)
    path = _write(tmp_path / "continued.xls", records)
    book = xls_scan.scan(Ole(path.read_bytes()).stream("Workbook"))
    assert set(book.sheets["Tuyên truyền"].percent) == {(1, 4), (2, 4)}
    sheet = read_workbook(path).sheets[0]
    assert [(n, row[4], row[5]) for n, row in sheet.rows] == [(2, 95.0, 0.4), (3, 25.0, 0.5)]


def test_xls_format_strings_cut_short_or_continued_oddly() -> None:
    fmt = struct.pack("<HHB", 200, 6, 0) + b"0."
    cont = [b"\x01" + "0".encode("utf-16-le"), b"", b"\x00%"]
    assert xls_scan._unicode_string(fmt, 2, cont) == "0.0"  # an empty CONTINUE ends it
    odd = b"\x01" + "0%".encode("utf-16-le") + b"z"  # an odd byte: whole characters only
    assert xls_scan._unicode_string(fmt, 2, [odd]) == "0.0%"
    assert xls_scan._unicode_string(fmt, 2, [b"\x00" + b"0%zzzz"]) == "0.0%zz"
    assert xls_scan._unicode_string(fmt[:4], 2, cont) == ""


def test_more_than_a_million_percent_cells_of_an_xls_are_all_read(tmp_path: Path) -> None:
    """Found: past 1,000,000 percent cells of an .xls sheet the rest kept their stored value;
    65,536 rows of 16 percent columns (Excel 97's whole width of a table) are more."""
    records = _xls(tmp_path, {"E2": (0.95, "0%"), "E3": (0.25, "0%")})
    e3 = next(i for i, (t, d) in enumerate(records)
              if t in (0x0203, 0x027E) and struct.unpack_from("<HH", d, 0) == (2, 4))
    xf = struct.unpack_from("<H", records[e3][1], 4)[0]  # E3's XF: the 0% format
    rk = struct.pack("<HI", xf, (40 << 2) | 3)  # 0.4 (40 / 100) as an RK
    rows = [(0x00BD, struct.pack("<HH", r, 4) + rk * 16 + struct.pack("<H", 19))
            for r in range(3, 65_536)]
    records[e3 + 1:e3 + 1] = rows
    dims = next(i for i, (t, _) in enumerate(records) if t == 0x0200)
    records[dims] = (0x0200, struct.pack("<IIHHH", 0, 65_536, 0, 20, 0))
    path = _write(tmp_path / "wide.xls", records)
    checked = safety.check_file(path)
    assert len(checked.extents["Tuyên truyền"].percent) == 65_533 * 16 + 1 + 1
    checked.close()
    sheet = read_workbook(path).sheets[0]
    last = dict(sheet.rows)[65_536]
    assert last[4:6] == [40.0, 40.0]


def test_a_style_number_written_with_a_leading_zero_is_that_style() -> None:
    """Found: `s="01"` (style 1 to calamine) was no percent style on the quick path."""
    xml = (b'<sheetData><row r="1"><c r="A1" s="01"><v>0.5</v></c><c r="B1" s="0"><v>1</v>'
           b'</c><c r="C1" s="1"><v>1</v></c></row></sheetData>')
    assert sorted(xlsx_percent_cells([xml], frozenset({1}))) == [(0, 0), (0, 2)]
