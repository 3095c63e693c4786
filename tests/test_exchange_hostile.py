"""Hostile and damaged workbooks: each is refused with its own sentence, and none can abort the
process (the checks that guard python-calamine run in a child process, so a check that
failed to stop an abort fails the test instead of killing the test run)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.errors import UsageError
from desktop.exchange import safety
from desktop.exchange.ole import Ole, single_stream
from desktop.exchange.reader import read_workbook
from desktop.i18n import set_language
from tests.workbook_builders import minimal_xlsx, rows_xml, sheet_xml

HEADER = [["Ngày", "Loại", "Số lượng"], ["1/3/2024", "Tin", 3]]
CHILD = """
import json, sys
from pathlib import Path
from desktop.errors import UsageError
from desktop.exchange.reader import read_workbook
from desktop.i18n import set_language
set_language(sys.argv[2])
try:
    book = read_workbook(Path(sys.argv[1]))
    print(json.dumps({"ok": [len(s.rows) for s in book.sheets]}))
except UsageError as exc:
    print(json.dumps({"refused": exc.message}))
"""


def read_in_child(path: Path, lang: str = "en") -> dict:
    """Read the workbook in a fresh process: an abort shows as a failed test."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), lang], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, f"the reader died ({out.returncode}): {out.stderr[-800:]}"
    return json.loads(out.stdout.strip().splitlines()[-1])


def book(tmp_path: Path, name: str, body: str, **kw) -> Path:
    return minimal_xlsx(tmp_path / name, {"Truyền thông": sheet_xml(rows_xml(HEADER) + body)},
                        **kw)


FAR = {
    "far cell": '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    "second reference": '<row r="3"><c r="A3" r="XFD1048576"><v>1</v></c></row>',
    "spaced second reference": '<row r="3"><c r="A3"\tr = "XFD1048576"><v>1</v></c></row>',
    "prefixed cell": '<row r="3"><x:c xmlns:x="urn:x" r="XFD1048576"><v>1</v></x:c></row>',
    "reference not first": '<row r="3"><c s="0" r="XFD1048576"><v>1</v></c></row>',
    "cells without reference": '<row r="1048576">' + "<c><v>1</v></c>" * 16384 + "</row>",
    "false end of the sheet": '<row r="3"><c r="A3" s="</sheetData>"><v>1</v></c>'
                              '<c r="XFD1048576"><v>1</v></c></row>',
    "far cell after a comment": '<!-- x --><row r="1048576"><c r="XFD1048576"><v>1</v></c>'
                                "</row>",
}


@pytest.mark.parametrize("case", list(FAR))
def test_a_far_cell_is_refused_not_an_abort(tmp_path: Path, case: str) -> None:
    path = book(tmp_path, "xa.xlsx", FAR[case])
    assert path.stat().st_size < 100_000  # a tiny file
    result = read_in_child(path)
    assert "refused" in result, result
    assert "Truyền thông" in result["refused"] and "XFD1048576" in result["refused"]
    assert "stray cells" in result["refused"] or "GB of memory" in result["refused"]


def test_figures_are_written_the_vietnamese_way(tmp_path: Path) -> None:
    many = rows_xml([["1/3/2024", "Tin", n] for n in range(700)], 3)
    result = read_in_child(book(tmp_path, "xa.xlsx", many + FAR["far cell"]), "vi")
    assert "có 2.107 ô" in result["refused"]  # not 2,107
    set_language("vi")
    try:
        assert safety.number(1152.04, 1) == "1.152,0"
    finally:
        set_language("en")


def test_an_empty_far_cell_is_not_refused(tmp_path: Path) -> None:
    # a formatted empty cell far away: calamine skips empty cells, so must we
    result = read_in_child(book(tmp_path, "fmt.xlsx", '<row r="5000"><c r="Z5000" s="1"/>'
                                                        '</row>'))
    assert result == {"ok": [1]}


def test_wide_and_long_sheets_are_measured_exactly(tmp_path: Path) -> None:
    path = book(tmp_path, "w.xlsx", '<row r="7"><c r="AD7"><v>1</v></c></row>')
    checked = safety.check_file(path)
    extent = checked.extents["Truyền thông"]
    assert (extent.rows, extent.cols) == (999_999, 30)


def test_a_shared_string_count_the_part_cannot_hold_is_refused(tmp_path: Path) -> None:
    sst = (b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
           b'2006/main" count="99999999999" uniqueCount="99999999999"><si><t>a</t></si></sst>')
    path = book(tmp_path, "s.xlsx", "", parts={"xl/sharedStrings.xml": sst})
    result = read_in_child(path)
    assert "damaged" in result["refused"]


MACROS = {
    "vba by content type": dict(
        parts={"xl/code.bin": b"\0" * 600},
        types=[("/xl/code.bin", "application/vnd.ms-office.vbaProject")]),
    "vba renamed, found by its signature": dict(parts={}),  # filled in below
    "excel 4 macro sheet": dict(
        parts={"xl/macrosheets/sheet1.xml": b"<xm:macrosheet xmlns:xm='urn:x'/>"},
        types=[("/xl/macrosheets/sheet1.xml", "application/vnd.ms-excel.macrosheet+xml")]),
    "activex": dict(
        parts={"xl/activeX/activeX1.xml": b"<ax:ocx xmlns:ax='urn:x'/>"},
        types=[("/xl/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml")]),
    "connections": dict(
        parts={"xl/connections.xml": b"<connections xmlns='urn:x'/>"},
        types=[("/xl/connections.xml", "application/vnd.openxmlformats-officedocument."
                                        "spreadsheetml.connections+xml")]),
    "query table": dict(
        parts={"xl/queryTables/queryTable1.xml": b"<queryTable xmlns='urn:x'/>"},
        types=[("/xl/queryTables/queryTable1.xml", "application/vnd.openxmlformats-"
                "officedocument.spreadsheetml.queryTable+xml")]),
    "external link": dict(
        parts={"xl/externalLinks/externalLink1.xml": b"<externalLink xmlns='urn:x'/>"}),
}
EXPECTED = {"vba by content type": "VBA", "vba renamed, found by its signature": "VBA",
            "excel 4 macro sheet": "Excel 4.0", "activex": "ActiveX",
            "connections": "data connections", "query table": "query tables",
            "external link": "links to other workbooks"}


def vba_ole() -> bytes:
    """A compound file holding a stream named like a VBA project's."""
    data = bytearray(single_stream("Workbook", b"\0" * 100))
    entry = 512 + 512 + 128  # header, FAT sector, then the second directory entry
    name = "_VBA_PROJECT\0".encode("utf-16-le")
    data[entry:entry + 64] = name.ljust(64, b"\0")
    struct.pack_into("<H", data, entry + 64, len(name))
    return bytes(data)


@pytest.mark.parametrize("case", list(MACROS))
def test_macros_and_connections_are_refused_by_what_they_are(tmp_path: Path, case: str) -> None:
    kw = MACROS[case]
    if case.startswith("vba renamed"):
        kw = {"parts": {"xl/media/image7.png": vba_ole()}}
    path = book(tmp_path, "m.xlsx", "", **kw)
    with pytest.raises(UsageError) as exc:
        safety.check_file(path)
    assert EXPECTED[case] in exc.value.message and "m.xlsx" in exc.value.message


def test_a_sheet_whose_relationship_is_a_macro_sheet_is_refused(tmp_path: Path) -> None:
    path = minimal_xlsx(tmp_path / "x4.xlsx", {"Macro1": sheet_xml("")},
                        sheet_type="xlMacrosheet")
    with pytest.raises(UsageError) as exc:
        safety.check_file(path)
    assert "Excel 4.0 macro sheet (“Macro1”)" in exc.value.message


def test_other_files_named_as_workbooks_say_what_they_are(tmp_path: Path) -> None:
    cases = {"trang.xls": (b"<html><body><table><tr><td>1</td></tr></table></body></html>",
                           "web page"),
             "so.csv.xlsx": ("Ngày;Loại\n1/3/2024;Tin\n".encode(), "text (CSV)"),
             "x.xls": (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:'
                       b'office:spreadsheet"/>', "XML spreadsheet"),
             "rac.xlsx": (bytes(range(256)) * 4, "not a workbook PCMD can read")}
    for name, (data, words) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(UsageError) as exc:
            safety.check_file(tmp_path / name)
        assert words in exc.value.message and name in exc.value.message


def test_an_encrypted_ooxml_is_a_password_protected_workbook_not_an_xls(tmp_path: Path) -> None:
    import io

    import msoffcrypto

    plain = book(tmp_path, "p.xlsx", rows_xml([["15/3/2024", "Tin", n] for n in range(300)], 3))
    out = io.BytesIO()
    with plain.open("rb") as fh:
        msoffcrypto.OfficeFile(fh).encrypt("bí mật", out)
    path = tmp_path / "bao-cao.xls"  # named .xls, as offices often do
    path.write_bytes(out.getvalue())
    with pytest.raises(safety.NeedPassword) as exc:
        safety.check_file(path)
    assert exc.value.message == "bao-cao.xls is protected by a password."
    data = read_workbook(path, password="bí mật")
    assert [s.title for s in data.sheets] == ["Truyền thông"]


def test_damaged_compound_files_are_named(tmp_path: Path) -> None:
    good = single_stream("Workbook", b"\x09\x08\x10\x00" + b"\0" * 16)
    loop = bytearray(good)
    struct.pack_into("<I", loop, 512 + 4 * 2, 2)  # the stream's sector points to itself
    huge = bytearray(good)
    struct.pack_into("<I", huge, 44, 0xFFFFFFF0)  # a FAT of four billion sectors
    for name, data in (("loop.xls", loop), ("huge.xls", huge),
                       ("short.xls", good[:700])):
        (tmp_path / name).write_bytes(bytes(data))
        result = read_in_child(tmp_path / name)
        assert name in result.get("refused", ""), result


def test_an_xls_that_reserves_too_much_is_refused(tmp_path: Path) -> None:
    stream = bytearray()

    def record(typ: int, data: bytes) -> None:
        stream.extend(struct.pack("<HH", typ, len(data)) + data)

    record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
    name = "Tuyên truyền".encode("utf-16-le")
    sheet_at = len(stream)
    record(0x0085, struct.pack("<IBB", 0, 0, 0) + bytes([len(name) // 2, 1]) + name)
    record(0x000A, b"")
    start = len(stream)
    struct.pack_into("<I", stream, sheet_at + 4, start)
    record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0))
    record(0x0200, struct.pack("<IIHHH", 5, 3, 0, 200, 0))  # rows 5..2: wraps to 4 billion
    record(0x0203, struct.pack("<HHHd", 0, 0, 0, 1.0))
    record(0x000A, b"")
    path = tmp_path / "dim.xls"
    path.write_bytes(single_stream("Workbook", bytes(stream)))
    result = read_in_child(path)
    assert "GB of memory" in result.get("refused", ""), result
    assert Ole(path.read_bytes()).stream("Workbook")[:2] == b"\x09\x08"


def ods(path: Path, table: str) -> Path:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               f'<office:body><office:spreadsheet>{table}</office:spreadsheet></office:body>'
               '</office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    return path


def test_repeated_cells_in_an_ods_cannot_take_all_memory(tmp_path: Path) -> None:
    long_text = "x" * 5000
    row = (f'<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
           f'office:value-type="string" table:number-columns-repeated="16384"><text:p>'
           f"{long_text}</text:p></table:table-cell></table:table-row>")
    spaces = ('<table:table-row><table:table-cell office:value-type="string"><text:p>a'
              '<text:s text:c="99999999999"/></text:p></table:table-cell></table:table-row>')
    for name, body in (("rep.ods", row), ("spaces.ods", spaces)):
        path = ods(tmp_path / name, f'<table:table table:name="Tuyên truyền">{body}'
                                    "</table:table>")
        result = read_in_child(path)
        assert "GB of memory" in result.get("refused", ""), result


def test_an_ods_with_macros_or_links_is_refused(tmp_path: Path) -> None:
    path = ods(tmp_path / "mac.ods", '<table:table table:name="A"></table:table>')
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("Basic/Standard/Module1.xml", "<script/>")
    with pytest.raises(UsageError) as exc:
        safety.check_file(path)
    assert "LibreOffice Basic" in exc.value.message
    link = ods(tmp_path / "link.ods", '<table:table table:name="A"><table:table-source '
                                      'xlink:href="other.ods"/></table:table>')
    with pytest.raises(UsageError) as exc:
        safety.check_file(link)
    assert "links to other workbooks" in exc.value.message


def test_messages_are_in_the_interface_language(tmp_path: Path) -> None:
    path = book(tmp_path, "m.xlsx", "", **MACROS["connections"])
    set_language("vi")
    try:
        with pytest.raises(UsageError) as exc:
            safety.check_file(path)
    finally:
        set_language("en")
    assert exc.value.message.startswith("Tệp m.xlsx có kết nối dữ liệu")


def test_a_few_cells_spread_over_a_huge_grid_are_refused_quickly(tmp_path: Path) -> None:
    """Found by fuzzing: 50 cells and one at ZZ99999 took 15 s and 5 GB (a grid of 70 million
    cells), within the memory limit; and a far row of cells without references."""
    import time

    for name, body in (("zz.xlsx", '<row r="99999"><c r="ZZ99999"><v>1</v></c></row>'),
                       ("row.xlsx", '<row r="1048576">' + "<c><v>1</v></c>" * 8 + "</row>")):
        started = time.perf_counter()
        with pytest.raises(UsageError) as exc:
            safety.check_file(book(tmp_path, name, body))
        assert time.perf_counter() - started < 5
        assert "cells, yet they reach cell" in exc.value.message
        assert "Ctrl+End" in exc.value.message


def test_a_column_number_row_holding_nan_is_not_an_error(tmp_path: Path) -> None:
    """Found by fuzzing: a NaN under the header raised ValueError (an unexpected error)."""
    body = sheet_xml(rows_xml([HEADER[0]]) + '<row r="2"><c r="A2"><v>NaN</v></c>'
                     '<c r="B2"><v>inf</v></c></row>')
    path = minimal_xlsx(tmp_path / "nan2.xlsx", {"Truyền thông": body})
    data = read_workbook(path)
    assert [s.title for s in data.sheets] == ["Truyền thông"]


def test_a_compression_method_zip_lacks_for_workbooks_is_named(tmp_path: Path) -> None:
    """A part packed with bzip2 (zip can hold it, Excel never writes it) is one sentence."""
    plain = minimal_xlsx(tmp_path / "plain.xlsx", {"Sheet1": sheet_xml(rows_xml([["a"]]))})
    packed = tmp_path / "bzip.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(packed, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info), compress_type=zipfile.ZIP_BZIP2)
    with pytest.raises(UsageError, match="uses a compression method PCMD cannot read"):
        safety.check_file(packed)


def test_a_file_the_disk_cannot_read_is_named_in_the_interface_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing USB stick: the system's English ("Input/output error") stays out of the
    Vietnamese sentence."""
    path = minimal_xlsx(tmp_path / "usb.xlsx", {"Sheet1": sheet_xml(rows_xml([["a"]]))})

    def failing(self: Path) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", failing)
    set_language("vi")
    try:
        with pytest.raises(UsageError) as err:
            safety.check_file(path)
    finally:
        set_language("en")
    assert "usb.xlsx" in err.value.message and "Input/output" not in err.value.message
    assert "ổ đĩa" in err.value.message or "không đọc được" in err.value.message.lower()
