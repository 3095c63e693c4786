"""Workbooks in the shapes Vietnamese report forms take (docs/exchange-workbook.md): a header
over two rows (a merged group over its parts), a row of column numbers, section rows, a
totals row and a signature block; x and blank for yes and no; catalogue values with other
spacing and punctuation; dates typed with a time. Each shape imports as a plain import (exit
0) with the right values; the same form saved as .xls and .ods by LibreOffice too."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.exchange.batch import import_files
from desktop.exchange.importer import plan_import
from tests.exchange_helpers import dump, empty_context, write_book
from tests.workbook_builders import soffice_convert

FORM = [
    ["UBND QUẬN ĐỒ SƠN"],
    ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN PHÒNG, CHỐNG MẠI DÂM QUÝ I NĂM 2024"],
    [],
    ["STT", "Ngày", "Xã/phường", "Hình thức", "Số người tham dự", None, "Tiêu đề"],
    [None, None, None, None, "Tổng số", "Trong đó nữ", None],
    [1, 2, 3, 4, 5, 6, 7],
    ["I.", "Khu vực phường Vạn Hương"],
    [1, date(2024, 3, 15), "Vạn Hương", "Đối thoại", 40, 12, "Tuyên truyền tại chợ"],
    [2, "16/03/2024 08:30", "P. Vạn Hương", "phat to roi,to gap", 25, 10, "Phát tờ rơi"],
    ["II", "Khu vực phường Ngọc Xuyên"],
    [3, datetime(2024, 3, 17, 14, 0), "Ngọc Xuyên", "Hội nghị - tọa đàm", 35, 20, "Hội nghị"],
    [None, "Tổng cộng", None, None, 100, 42],
    [],
    [None, None, None, None, "Đồ Sơn, ngày 31 tháng 3 năm 2024"],
    [None, "Người lập biểu", None, None, "Thủ trưởng đơn vị"],
    [None, "(Ký, ghi rõ họ tên)", None, None, "(Ký tên, đóng dấu)"],
    [],
    [None, "Nguyễn Văn An", None, None, "Trần Thị Bình"],
]
MERGES = ["A1:G1", "A2:G2", "E4:F4", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "G4:G5", "B7:G7",
          "B10:G10"]
INSPECTIONS = [
    ["Ngày", "Tên cơ sở", "Xã/phường", "Theo kế hoạch", "Có vi phạm", "Số tiền phạt"],
    ["1/4/2024", "Karaoke Hoa Hồng", "Vạn Hương", "x", None, None],
    ["2/4/2024", "Karaoke Hoa Hồng", "Vạn Hương", None, "X", 2_000_000],
    ["3/4/2024", "Karaoke Hoa Hồng", "Vạn Hương", "✓", "x", 1_000_000],
]
ESTABLISHMENTS = [
    ["Mã cơ sở", "Tên cơ sở", "Loại hình", "Xã/phường"],
    ["KR-01", "Karaoke Hoa Hồng", "karaoke", "Vạn Hương"],
]


def form_book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền"
    for row in FORM:
        ws.append(row)
    for rng in MERGES:
        ws.merge_cells(rng)
    for name, rows in (("Cơ sở", ESTABLISHMENTS), ("Kiểm tra", INSPECTIONS)):
        sheet = wb.create_sheet(name)
        for row in rows:
            sheet.append(row)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("forms")
    xlsx = form_book(folder / "bao-cao-quy-1.xlsx")
    return {"xlsx": xlsx, "xls": soffice_convert(xlsx, "xls", folder),
            "ods": soffice_convert(xlsx, "ods", folder)}


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_a_report_form_imports_plainly(forms: dict[str, Path], tmp_path: Path,
                                       kind: str) -> None:
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, forms[kind], unit_code="308")
    assert plan.errors == []
    c = plan.counts()
    assert c["outreach"]["new"] == 3 and c["inspections"]["new"] == 3
    said = [(w.sheet, w.row, w.message) for w in plan.warnings]
    assert ("Tuyên truyền", 7, "Row 7 is a section heading (“I. Khu vực phường Vạn Hương”); "
                               "it was skipped.") in said
    assert ("Tuyên truyền", 10, "Row 10 is a section heading (“II Khu vực phường Ngọc Xuyên”);"
                                " it was skipped.") in said
    assert ("Tuyên truyền", 14, "Rows 14 to 18 are the signature block under the table; they "
                                "were skipped.") in said
    summary = import_files(ctx, [forms[kind]], unit_code="308")
    assert summary.exit_code == 0
    rows = sorted(dump(ctx, "outreach").values(), key=lambda r: r["date"])
    assert [(r["date"], r["participants"], r["women"], r["form"]) for r in rows] == [
        (date(2024, 3, 15), 40, 12, "doi_thoai"),
        (date(2024, 3, 16), 25, 10, "to_roi"),  # "phat to roi,to gap", typed at 08:30
        (date(2024, 3, 17), 35, 20, "hoi_nghi")]  # "Hội nghị - tọa đàm"
    insp = sorted(dump(ctx, "inspections").values(), key=lambda r: r["date"])
    assert [(r["planned"], r["violation"]) for r in insp] == [
        (True, False), (False, True), (True, True)]  # x or ✓ is yes, blank is no
    ctx.db.close()


def test_a_group_header_without_merged_cells_still_splits(tmp_path: Path) -> None:
    rows = [["Ngày", "Xã/phường", "Hình thức", "Số người", None],
            [None, None, None, "Tổng", "Nữ"],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            ["15/3/2024", "Vạn Hương", "Đối thoại", 30, 9]]
    path = write_book(tmp_path / "k.xlsx", {"Tuyên truyền": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    import_files(ctx, [path], unit_code="308")
    (row,) = dump(ctx, "outreach").values()
    assert (row["participants"], row["women"]) == (30, 9)
    ctx.db.close()


def test_a_blank_in_a_column_of_words_is_still_missing(tmp_path: Path) -> None:
    # x and blank are a pair; "Có" and blank are not: the blank stays "is required"
    rows = [["Ngày", "Tên cơ sở", "Xã/phường", "Theo kế hoạch", "Có vi phạm"],
            ["1/4/2024", "Karaoke Hoa Hồng", "Vạn Hương", "Có", "Không"],
            ["2/4/2024", "Karaoke Hoa Hồng", "Vạn Hương", None, "Không"]]
    path = write_book(tmp_path / "w.xlsx", {"Cơ sở": ESTABLISHMENTS, "Kiểm tra": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert [(e.row, e.column) for e in plan.errors] == [(3, "Theo kế hoạch")]
    ctx.db.close()


def test_data_rows_that_look_like_headings_are_kept(tmp_path: Path) -> None:
    rows = [["Ngày", "Xã/phường", "Hình thức", "Số người tham dự", "Tiêu đề"],
            ["15/3/2024", "Vạn Hương", "Đối thoại", 30, "A. Phòng chống mại dâm"],
            ["16/3/2024", "Vạn Hương", "Đối thoại", 30, "Xác nhận của tổ dân phố"]]
    path = write_book(tmp_path / "d.xlsx", {"Tuyên truyền": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert plan.counts()["outreach"]["new"] == 2 and not plan.warnings
    ctx.db.close()


def test_registers_typed_with_the_communes_of_their_time(tmp_path: Path) -> None:
    est = [["Mã cơ sở", "Tên cơ sở", "Loại hình", "Xã/phường"],
           ["A1", "Karaoke A", "Karaoke", "11455"],  # reused: Ngọc Xuyên until 2025, Đồ Sơn
           ["B2", "Karaoke B", "Karaoke", "11455"],  # ... and no row says when
           ["C3", "Nhà nghỉ C", "Nhà nghỉ, khách sạn", "Vạn Hương"],  # a ward until 2025
           ["D4", "Nhà nghỉ D", "Nhà nghỉ, khách sạn", "Phường Đồ Sơn"],  # a ward of today
           ["F6", "Quán F", "Khác", "11455"]]  # inspected under both: undecidable
    insp = [["Ngày", "Mã cơ sở", "Theo kế hoạch", "Có vi phạm"],
            ["1/4/2024", "A1", "Có", "Không"], ["1/5/2024", "A1", "Có", "Không"],
            ["1/5/2024", "C3", "Có", "Không"], ["2/5/2024", "F6", "Có", "Không"],
            ["2/8/2025", "F6", "Có", "Không"]]
    path = write_book(tmp_path / "reg.xlsx", {"Cơ sở": est, "Kiểm tra": insp})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    units = {r.excel_row: ctx.units.get(r.values["unit_id"]).name
             for r in plan.rows["establishments"] if not r.errors}
    assert units == {2: "Phường Ngọc Xuyên", 4: "Phường Vạn Hương", 5: "Phường Đồ Sơn"}
    errors = sorted((e.sheet, e.row, e.message) for e in plan.errors)
    assert [e[:2] for e in errors] == [("Cơ sở", 3), ("Cơ sở", 6), ("Kiểm tra", 5),
                                       ("Kiểm tra", 6)]
    assert "Phường Ngọc Xuyên (11455, 01/01/2016–30/06/2025); Phường Đồ Sơn (11455, " \
           "01/07/2025–)" in errors[0][2]
    assert errors[2][2] == "The record this row refers to (row 6 of sheet Cơ sở) was rejected."
    said = {(w.row, w.message.split(";")[0]) for w in plan.warnings}
    assert (4, "“Vạn Hương” names no commune of today") in said
    assert (2, "“11455” named several communes over time") in said
    c = plan.counts()
    assert c["establishments"]["new"] == 3 and c["inspections"]["new"] == 3
    assert c["establishments"]["rejected"] == 2 and c["inspections"]["rejected"] == 2
    assert import_files(ctx, [path], unit_code="308", accept_valid=True).exit_code == 1
    ctx.db.close()


def test_a_date_before_2016_takes_the_earliest_commune(tmp_path: Path) -> None:
    est = [["Mã cơ sở", "Tên cơ sở", "Loại hình", "Xã/phường", "Ngày bắt đầu hoạt động"],
           ["E5", "Karaoke E", "Karaoke", "Ngọc Xuyên", "1/6/2012"]]
    path = write_book(tmp_path / "old.xlsx", {"Cơ sở": est})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert plan.errors == []
    (row,) = plan.rows["establishments"]
    assert ctx.units.get(row.values["unit_id"]).name == "Phường Ngọc Xuyên"
    ctx.db.close()
