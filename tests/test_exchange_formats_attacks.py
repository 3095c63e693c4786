"""Percent-formatted cells, .ods merged cells and two-digit years attacked with odd and hostile
real files: a sheet whose XML is read in 1 MB blocks (a cell cut in two), cells without `r` or
with a prefixed name, styles on text, booleans and errors, an .ods of repeated percentage or
error cells that asked for billions of entries, a merged date reaching into a blank row or the
signature block, and the years "5", "99" and "45" as a field and a workbook read them."""

from __future__ import annotations

import struct
import time
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from desktop.domain.text import parse_vi_date, parse_vi_month
from desktop.domain.typed_dates import TypedDateError, parse_typed_date, parse_typed_month
from desktop.exchange import ods_scan, xls_scan
from desktop.exchange.importer import plan_import
from desktop.exchange.number_formats import xlsx_percent_cells
from desktop.exchange.reader import CellError, read_workbook
from tests.exchange_helpers import empty_context
from tests.workbook_builders import soffice_convert

HEADER = ["Ngày", "Xã/phường", "Hình thức", "Tiêu đề", "Số người tham dự", "Trong đó nữ"]
TODAY = date(2026, 12, 2)


# ---- .xlsx: percent cells wherever the XML is cut ----------------------------------------------
def test_percent_cells_across_the_1_mb_blocks_of_a_large_sheet(tmp_path: Path) -> None:
    """Found: the sheet XML is kept in 1 MB blocks cut anywhere, and a cell cut in two kept its
    stored 0.21 (5 cells of 100,000 in a 13 MB sheet)."""
    path = tmp_path / "big.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Kế hoạch")
    pct = book.add_format({"num_format": "0%"})
    ws.write_row(0, 0, ["Năm", "Chỉ tiêu", "Giá trị", "Xã/phường"])
    n = 20_000  # about 2.6 MB of XML: two block ends
    for i in range(n):
        ws.write_number(i + 1, 0, 2024)
        ws.write_string(i + 1, 1, "Tỷ lệ cơ sở được kiểm tra (%)")
        ws.write_number(i + 1, 2, (i % 100) / 100, pct)
    book.close()
    sheet = read_workbook(path).sheets[0]
    values = {number: row[2] for number, row in sheet.rows}
    assert len(values) == n
    assert [number for number, v in values.items() if v != (number - 2) % 100] == []


CELLS = (b'<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>1'
         b'</v></c><c r="C1" s="12" t="s"><v>0</v></c></row></sheetData></worksheet>')


def test_the_percent_scan_reads_a_cell_cut_at_any_byte() -> None:
    for cut in range(1, len(CELLS)):
        got = xlsx_percent_cells([CELLS[:cut], CELLS[cut:]], frozenset({1, 12}))
        assert sorted(got) == [(0, 0), (0, 2)], cut


@pytest.mark.parametrize("xml, cells", [
    # a row's own style, attributes in another order, spacing or quotes
    (b'<sheetData><row r="3" s="1" customFormat="1"><c r="B3" s="12"/><c s = "1" r="D3"/>'
     b"<c\tr='E3'\ns='1'/><c r=\"F3\" s=\"2\"/></row></sheetData>", [(2, 1), (2, 3), (2, 4)]),
    # cells without r: placed after the cell before, in the row after the last
    (b'<sheetData><row><c s="1"><v>1</v></c><c s="12"/></row><row r="5"><c r="B5" s="1"/>'
     b'<c s="1"/></row></sheetData>', [(0, 0), (0, 1), (4, 1), (4, 2)]),
    # a prefixed namespace, as some generators write the main one
    (b'<x:sheetData><x:row r="2"><x:c s="1"><x:v>1</x:v></x:c><x:c r="C2"/><x:c s="12"/>'
     b"</x:row><x:row><x:c s=\"1\"/></x:row></x:sheetData>", [(1, 0), (1, 3), (2, 0)]),
])
def test_percent_cells_written_otherwise_are_found_where_calamine_puts_them(
        xml: bytes, cells: list[tuple[int, int]]) -> None:
    assert sorted(xlsx_percent_cells([xml], frozenset({1, 12}))) == cells


def _styled_book(path: Path, rows: list[list[object]], styles: dict[str, str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền"
    for row in rows:
        ws.append(row)
    for ref, code in styles.items():
        ws[ref].number_format = code
    wb.save(path)
    return path


def test_a_percent_style_on_text_booleans_errors_and_dates_changes_nothing(
        tmp_path: Path) -> None:
    rows = [HEADER, ["15/3/2024", "Vạn Hương", "Đối thoại", "95%", 0.4, True],
            [date(2024, 3, 16), "Vạn Hương", "Đối thoại", "B", "#DIV/0!", 0.1]]
    path = _styled_book(tmp_path / "s.xlsx", rows, {
        "A2": "0%", "D2": "0%", "F2": "0%", "A3": "0%", "E3": "0.0%", "F3": "0%"})
    wb = openpyxl.load_workbook(path)
    wb.active["E3"].data_type = "e"  # an error value, not a text
    wb.save(path)
    sheet = read_workbook(path).sheets[0]
    (_, first), (_, second) = sheet.rows
    assert first[0] == "15/3/2024" and first[3] == "95%" and first[4] == 0.4
    assert first[5] is True
    assert isinstance(second[4], CellError) and second[5] == 10.0
    # a date serial shown as a percentage is a number, named as not a date
    ctx = empty_context(tmp_path / "t.sqlite")
    errors = [(e.row, e.column) for e in plan_import(ctx, path, unit_code="308").errors]
    ctx.db.close()
    assert (3, "Ngày") in errors and (3, "Số người tham dự") in errors


# ---- .ods: a few bytes of repeated cells --------------------------------------------------------
def _ods_rows(cell: str, rows: int) -> bytes:
    row = f'<table:table-row table:number-rows-repeated="1000">{cell * 16}</table:table-row>'
    return (b"<office:document-content><office:body><office:spreadsheet>"
            b'<table:table table:name="T">' + row.encode() * rows
            + b"</table:table></office:spreadsheet></office:body></office:document-content>")


@pytest.mark.parametrize("cell", [
    '<table:table-cell office:value-type="percentage" office:value="0.5" '
    'table:number-columns-repeated="1000"/>',
    '<table:table-cell calcext:value-type="error" office:value-type="string" '
    'table:number-columns-repeated="1000"><text:p>#N/A</text:p></table:table-cell>'])
def test_repeated_percent_or_error_cells_in_an_ods_cost_a_block_not_each_cell(cell: str) -> None:
    """Found: three such rows (7 KB of .ods) made the scan build 48 million cells (2 minutes,
    5.6 GB) before the memory check refused the file; one row took 74 s and 3.3 GB."""
    started = time.perf_counter()
    table = ods_scan.scan(_ods_rows(cell, 3)).tables[0]
    assert time.perf_counter() - started < 1
    ext = table.extent
    assert len(ext.percent.blocks) + len(ext.errors.blocks) == 3
    assert ext.cells == 48_000_000  # still measured whole: safety refuses it for its size


def test_every_copy_of_a_repeated_percent_row_is_read(tmp_path: Path) -> None:
    """Rows repeated beyond 1,000 copies: each copy calamine gives is converted (was: 1,000)."""
    cell = ('<table:table-cell office:value-type="percentage" office:value="0.25">'
            "<text:p>25%</text:p></table:table-cell>")
    content = (b"<office:document-content><office:body><office:spreadsheet>"
               b'<table:table table:name="T"><table:table-row table:number-rows-repeated="1500">'
               + cell.encode() + b"</table:table-row></table:table>"
               b"</office:spreadsheet></office:body></office:document-content>")
    ext = ods_scan.scan(content).tables[0].extent
    assert sum(1 for _ in ext.percent) == 1500 and (1499, 0) in set(ext.percent)


# ---- merged cells: a blank row and the signature block stay what they are -----------------------
MERGED_FORM = [
    ["BÁO CÁO"], HEADER,
    ["15/3/2024", "Vạn Hương", "Đối thoại", "A", 40, 12],
    [None, "Vạn Hương", "Đối thoại", "B", 25, 10],
    [None, None, None, None, None, None],
    [None, None, "Thủ trưởng đơn vị"],  # the date's merge reaches the signature block
    [None, None, "Trần Thị Bình"],
]


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_merged_date_over_a_blank_row_and_the_signature_block(tmp_path: Path,
                                                                 kind: str) -> None:
    """Found: the merged A3:A7 gave its date to the blank row 5 and the signature rows 6-7,
    which were then named as records without a commune, a form and a count."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền"
    for row in MERGED_FORM:
        ws.append(row)
    ws.merge_cells("A3:A7")
    ws.merge_cells("B4:B5")  # a commune merged over the blank row too
    path = tmp_path / "m.xlsx"
    wb.save(path)
    if kind != "xlsx":
        path = soffice_convert(path, kind, tmp_path / kind)
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    ctx.db.close()
    assert plan.errors == []
    assert [(w.row, w.message) for w in plan.warnings] == [
        (6, "Rows 6 to 7 are the signature block under the table; they were skipped.")]


# ---- two-digit years: the window's field and the workbook agree ---------------------------------
@pytest.mark.parametrize("typed, expected", [
    ("1/1/99", date(1999, 1, 1)), ("31/12/45", date(2045, 12, 31)),
    ("31/12/46", date(2046, 12, 31)), ("1/1/47", date(1947, 1, 1)), ("29/2/23", None),
    ("29/2/24", date(2024, 2, 29)), ("15/3/00", date(2000, 3, 15)), ("15/3/5", None),
    ("15/3/0", None), ("15/3/024", None), ("24-03-15", date(2015, 3, 24)),
    ("ngày 2 tháng 4 năm 25", date(2025, 4, 2)), ("ngày 29 tháng 2 năm 23", None),
    ("16/3/24 8:30", date(2024, 3, 16)), ("ngày 15/3/24", date(2024, 3, 15)),
])
def test_a_typed_date_is_the_same_in_a_field_and_a_workbook(typed: str,
                                                            expected: date | None) -> None:
    """Found: "15/3/5" was 15/03/2005 in a field and not a date in a workbook; "ngày 2 tháng 4
    năm 25" and "16/3/24 8:30" were dates in a workbook and refused in a field."""
    try:
        in_field = parse_typed_date(typed, TODAY)
    except TypedDateError:
        in_field = None
    try:
        in_book = parse_vi_date(typed, TODAY)
    except ValueError:
        in_book = None
    assert in_field == in_book == expected


@pytest.mark.parametrize("typed, expected", [
    ("3/22", date(2022, 3, 1)), ("3/99", date(1999, 3, 1)), ("3/46", date(2046, 3, 1)),
    ("3/47", date(1947, 3, 1)), ("3/5", None), ("Tháng 3/24", date(2024, 3, 1)),
    ("tháng 3 năm 24", date(2024, 3, 1)), ("13/24", None), ("3/024", None)])
def test_a_typed_month_is_the_same_in_a_field_and_a_workbook(typed: str,
                                                             expected: date | None) -> None:
    try:
        in_field = parse_typed_month(typed, TODAY)
    except TypedDateError:
        in_field = None
    try:
        in_book = parse_vi_month(typed, TODAY)
    except ValueError:
        in_book = None
    assert in_field == in_book == expected


def test_a_year_in_words_out_of_range_is_refused_in_a_field() -> None:
    with pytest.raises(TypedDateError) as exc:
        parse_typed_date("ngày 1 tháng 1 năm 2999", TODAY)
    assert exc.value.reason == "year"


def test_two_digit_years_before_2000_or_ahead_are_named_on_import(tmp_path: Path) -> None:
    rows = [HEADER] + [[t, "Vạn Hương", "Đối thoại", f"T{i}", 40, 12] for i, t in enumerate(
        ["1/1/99", "31/12/45", "29/2/23", "15/3/5", "1/1/16"])]
    path = _styled_book(tmp_path / "y.xlsx", rows, {})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    ctx.db.close()
    assert [(e.row, e.column, e.message) for e in plan.errors] == [
        (2, "Ngày", "Date: 01/01/1999 is before 2000."),
        (3, "Ngày", "Date: 31/12/2045 is in the future."),
        (4, "Ngày", "Date: “29/2/23” is not a date (dd/mm/yyyy)."),
        (5, "Ngày", "Date: “15/3/5” is not a date (dd/mm/yyyy).")]


# ---- .xls: odd records -------------------------------------------------------------------------
def _biff(records: list[tuple[int, bytes]]) -> bytes:
    sheet = [(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0)), *records,
             (0x000A, b"")]
    name = b"T"
    head = [(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0)),
            (0x041E, struct.pack("<H", 200) + b"\x05"),  # a FORMAT cut inside its string
            (0x041E, struct.pack("<HHB", 201, 40, 0) + b"0.0%"),  # cch beyond the record
            (0x00E0, struct.pack("<HH", 0, 0)), (0x00E0, struct.pack("<HH", 0, 9)),
            (0x00E0, b"\x00\x00"),  # an XF too short to name a format: still XF 2
            (0x00E0, struct.pack("<HH", 0, 201))]
    out = bytearray()
    at = 0
    for _typ, data in head:
        at += 4 + len(data)
    at += 4 + 6 + 2 + len(name) + 4  # the BOUNDSHEET, then EOF
    for typ, data in head:
        out += struct.pack("<HH", typ, len(data)) + data
    bs = struct.pack("<IBB", at, 0, 0) + bytes([len(name), 0]) + name
    out += struct.pack("<HH", 0x0085, len(bs)) + bs + struct.pack("<HH", 0x000A, 0)
    for typ, data in sheet:
        out += struct.pack("<HH", typ, len(data)) + data
    return bytes(out)


def test_odd_xls_format_xf_and_mulrk_records_are_read_without_failing() -> None:
    """Found: an XF record too short to read was not counted, so every later XF index named
    the next record's format."""
    rk = struct.pack("<I", (50 << 2) | 1)  # 0.5 as an RK (integer / 100)
    mulrk = struct.pack("<HH", 1, 0) + struct.pack("<H", 0) + rk + struct.pack("<H", 3) + rk
    stream = _biff([
        (0x027E, struct.pack("<HHH", 0, 0, 3) + rk),  # RK with XF 3 (the workbook's 0.0%)
        (0x027E, struct.pack("<HHH", 0, 1, 60000) + rk),  # an XF the workbook lacks
        (0x027E, struct.pack("<HHH", 0, 2, 2) + rk),  # the short XF: not a percentage
        (0x0203, struct.pack("<HHH", 0, 3, 1)),  # a NUMBER cut before its value
        (0x00BD, mulrk + b"\x00\x00\x07" + struct.pack("<H", 1)),  # a length that doesn't divide
        (0x00BD, b"\x01\x00"),  # a MULRK too short for its row and columns
    ])
    book = xls_scan.scan(stream)
    ext = book.sheets["T"]
    assert {(0, 0), (1, 1)} <= ext.percent
    assert not {(0, 1), (0, 2), (1, 0)} & ext.percent


def test_an_ods_span_on_covered_or_repeated_cells_is_bounded() -> None:
    content = (
        b"<office:document-content><office:body><office:spreadsheet>"
        b'<table:table table:name="T"><table:table-row table:number-rows-repeated="3">'
        b'<table:covered-table-cell table:number-rows-spanned="-4" '
        b'table:number-columns-repeated="2"/><table:table-cell table:number-rows-spanned="'
        + b"9" * 40 + b'" table:number-columns-spanned="1e3" office:value-type="string">'
        b"<text:p>x</text:p></table:table-cell></table:table-row></table:table>"
        b"</office:spreadsheet></office:body></office:document-content>")
    ext = ods_scan.scan(content).tables[0].extent
    assert ext.merged == [((0, 2), (ods_scan.MAX_ROWS - 1, 2))]
    with zipfile.ZipFile(Path(__file__).parent / "data" / "fuzz" / "formats.ods") as z:
        assert ods_scan.scan(z.read("content.xml")).tables  # the seed still reads
