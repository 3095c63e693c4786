"""Hand-typed workbooks in every messy form of the contract: exact counts, exact error places."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.exchange.batch import import_files
from desktop.exchange.importer import NeedUnit, plan_import
from tests.exchange_helpers import counts, dump, write_book
from tests.test_legacy_text import read_as_cp1252, to_tcvn3_bytes, to_vni


def tcvn3(text: str) -> str:
    return read_as_cp1252(to_tcvn3_bytes(text))


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


OUTREACH = [
    ["BÁO CÁO CÔNG TÁC TUYÊN TRUYỀN NĂM 2024"],
    [],
    ["STT", "ngay", "So nguoi  tham du", "Xã, phường", "Hình thức", "Cột lạ", "Trong đó nữ",
     "Tiêu đề"],
    [1, date(2024, 3, 15), 120, "Phường Vạn Hương", "Hội nghị, tọa đàm", "x", 60,
     nfd("Tuyên truyền  tại  tổ dân phố")],
    [2, "15/03/2024", "34.805", "p. van huong", "doi thoai", None, "1 200", "Chợ"],
    [],
    [3, "15-03-2024", " 45 ", "11461", tcvn3("Hội nghị, tọa đàm"), None, None,
     tcvn3("Tuyên truyền phòng, chống mại dâm")],
    [4, "2024-03-15", "50", to_vni("Phường Vạn Hương"), "Đối thoại", None, 0, "Đêm"],
    [5, 45366, 70, "VẠN HƯƠNG", "Loa truyền thanh", None, None, "Serial date"],
    [6, "31/02/2024", 10, "Vạn Hương", "Đối thoại", None, None, "bad date"],
    [7, "16/03/2024", 10, "Phường Không Có", "Đối thoại", None, None, "bad commune"],
    [8, "16/03/2026", 10, "Vạn Hương", "Đối thoại", None, None, "commune gone by then"],
    [None, "Tổng cộng", 35110, None, None, None, None, None],
    ["Cộng", None, 35110],
]

ESTABLISHMENTS = [
    ["Mã cơ sở", "Tên cơ sở", "Loại hình", "Xã/phường", "Chủ cơ sở", "Ngày hoạt động"],
    ["0212345678", "Karaoke Hoa Hồng", "karaoke", "Ngọc Xuyên", "Lê Văn B", "1/1/2020"],
    [212345679, "Nhà nghỉ Biển Xanh", "Nhà nghỉ, khách sạn", "Hải Sơn", None, "2/1/2020"],
]

INSPECTIONS = [
    ["Ngày", "Mã cơ sở", "Tên cơ sở", "Xã/phường", "Theo kế hoạch", "Có vi phạm",
     "Số tiền phạt", "Hình thức xử lý"],
    ["1/4/2024", "0212345678", None, None, "x", "Không", None, None],
    ["2/4/2024", None, "nhà nghỉ biển xanh", "P. Hải Sơn", "C", "K", None, None],
    ["3/4/2024", None, "Nhà nghỉ Biển Xanh", "Hải Sơn", 1, 1, "5.000.000",
     "Phạt tiền; Cảnh cáo"],
    ["4/4/2024", None, "Nhà nghỉ Biển Xanh", "Hải Sơn", "Yes", "No", None, None],
    ["5/4/2024", None, None, None, "", "có", None, None],  # no establishment, planned blank
]

SUPPORT = [
    ["Tháng", "Xã/phường", "Hoạt động", "Số người được hỗ trợ", "Trong đó tái hòa nhập"],
    ["3/2024", "Minh Đức", "Tư vấn", 5, 2],
    ["03/2024", "Minh Đức", "Học nghề", 4, 0],
    ["2024-03", "Bàng La", "Học nghề", "3", "1"],
    ["13/2024", "Bàng La", "Học nghề", 1, 0],
]


def messy(tmp_path: Path) -> Path:
    return write_book(tmp_path / "tay.xlsx", {
        "TUYEN TRUYEN": OUTREACH, "Cơ sở": ESTABLISHMENTS, "kiểm tra": INSPECTIONS,
        "Hỗ trợ": SUPPORT, "Ghi chép": [["ghi chú riêng"]],
    }, merge={"TUYEN TRUYEN": "A1:H1"})


def test_every_messy_form_counts_and_places(ctx, tmp_path: Path):
    plan = plan_import(ctx, messy(tmp_path), unit_code="308")
    c = plan.counts()
    assert c["outreach"] == {"rows": 8, "new": 5, "updated": 0, "unchanged": 0, "conflicts": 0,
                             "rejected": 3, "deleted": 0}
    assert c["establishments"]["new"] == 2
    assert c["inspections"] == {"rows": 5, "new": 4, "updated": 0, "unchanged": 0,
                                "conflicts": 0, "rejected": 1, "deleted": 0}
    assert c["support"] == {"rows": 4, "new": 3, "updated": 0, "unchanged": 0, "conflicts": 0,
                            "rejected": 1, "deleted": 0}
    places = sorted((e.sheet, e.row, e.column) for e in plan.errors)
    assert places == sorted([
        ("TUYEN TRUYEN", 10, "ngay"), ("TUYEN TRUYEN", 11, "Xã, phường"),
        ("TUYEN TRUYEN", 12, "Xã, phường"), ("kiểm tra", 6, "Tên cơ sở"),
        ("kiểm tra", 6, "Theo kế hoạch"), ("Hỗ trợ", 5, "Tháng"),
    ])
    bad = next(e for e in plan.errors if e.row == 10)
    assert bad.value == "31/02/2024" and "not a date" in bad.message
    warned = {(w.sheet, w.column) for w in plan.warnings}
    assert ("TUYEN TRUYEN", "Cột lạ") in warned
    assert any(w.sheet == "Ghi chép" for w in plan.warnings)


def test_values_are_normalised(ctx, tmp_path: Path):
    summary = import_files(ctx, [messy(tmp_path)], unit_code="308", accept_valid=True)
    assert summary.exit_code == 1 and summary.files[0].ok is False
    rows = sorted(dump(ctx, "outreach").values(), key=lambda r: r["participants"])
    assert [r["participants"] for r in rows] == [45, 50, 70, 120, 34805]
    assert {r["date"] for r in rows} == {date(2024, 3, 15)}
    assert {ctx.units.get(r["unit_id"]).name for r in rows} == {"Phường Vạn Hương"}
    by_n = {r["participants"]: r for r in rows}
    assert by_n[45]["form"] == "hoi_nghi" and by_n[45]["title"] == (
        "Tuyên truyền phòng, chống mại dâm")
    assert by_n[120]["title"] == "Tuyên truyền tại tổ dân phố"  # NFC, spaces collapsed
    assert by_n[34805]["women"] == 1200
    insp = sorted(dump(ctx, "inspections").values(), key=lambda r: r["date"])
    assert [(r["planned"], r["violation"]) for r in insp] == [
        (True, False), (True, False), (True, True), (True, False)]
    assert insp[2]["fine_vnd"] == 5_000_000 and insp[2]["sanctions"] == "phat_tien;canh_cao"
    ests = {r["est_code"] for r in dump(ctx, "establishments").values()}
    assert ests == {"0212345678", "212345679"}


def test_hand_typed_reimport_is_harmless(ctx, tmp_path: Path):
    path = messy(tmp_path)
    import_files(ctx, [path], unit_code="308", accept_valid=True)
    before = counts(ctx)
    again = import_files(ctx, [path], unit_code="308", accept_valid=True).files[0]
    assert again.sheets["outreach"]["new"] == 0 and again.sheets["outreach"]["unchanged"] == 5
    assert again.sheets["support"]["unchanged"] == 3
    assert {k: v for k, v in counts(ctx).items() if k != "audit"} == {
        k: v for k, v in before.items() if k != "audit"}


def test_plain_import_with_errors_changes_nothing(ctx, tmp_path: Path):
    before = counts(ctx)
    summary = import_files(ctx, [messy(tmp_path)], unit_code="308")
    assert summary.exit_code == 1
    assert counts(ctx) == before


def test_rejects_workbook_has_error_column(ctx, tmp_path: Path):
    rejects = tmp_path / "loi.xlsx"
    import_files(ctx, [messy(tmp_path)], unit_code="308", accept_valid=True, rejects=rejects)
    wb = openpyxl.load_workbook(rejects)
    ws = wb["Tuyên truyền"]
    header = [c.value for c in ws[1]]
    assert header[-1] == "Lỗi"
    assert ws.max_row == 4
    assert ws.cell(2, header.index("Ngày") + 1).value == "31/02/2024"
    assert "ngay" in ws.cell(2, len(header)).value
    assert wb["Hỗ trợ"].max_row == 2


def test_no_manifest_needs_the_unit(ctx, tmp_path: Path):
    path = messy(tmp_path)
    with pytest.raises(NeedUnit):
        plan_import(ctx, path)
    assert main(["import", str(path), "--db", ctx.db.url]) == 2


def test_a_template_with_an_empty_unit_code_says_which_cell_to_fill(ctx, tmp_path: Path):
    """The message said "no Thông tin sheet" although the sheet was there with its code empty."""
    from desktop.exchange.template import write_template

    path = write_template(ctx, tmp_path / "mau.xlsx")
    with pytest.raises(NeedUnit) as raised:
        plan_import(ctx, path)
    assert "“Mã đơn vị” on the “Thông tin” sheet is empty" in raised.value.message
    guide = [c.value for c in openpyxl.load_workbook(path)["Hướng dẫn"]["A"]]
    assert any(line and line.startswith("2. Trang Thông tin: ghi Mã đơn vị") for line in guide)
    book = openpyxl.load_workbook(path)
    book["Thông tin"]["B1"] = "308"
    book.save(path)
    assert not plan_import(ctx, path).errors


def test_legacy_font_hint(ctx, tmp_path: Path):
    rows = [["Ngày", "Loại", "Tiêu đề", "Số lượng"],
            ["1/3/2024", "Tin", tcvn3("Tin"), 1],
            ["2/3/2024", "Tin", tcvn3("Tuyên truyền"), 1]]
    path = write_book(tmp_path / "vn.xlsx", {"Truyền thông": rows}, font=".VnTime")
    import_files(ctx, [path], unit_code="308")
    titles = {r["title"] for r in dump(ctx, "media").values()}
    assert titles == {"Tin", "Tuyên truyền"}


def test_rows_in_a_locked_month_are_rejected(ctx, tmp_path: Path):
    from datetime import datetime

    from desktop.db.models import MonthLock

    home = ctx.home_unit()
    with ctx.db.session() as s:
        s.add(MonthLock(owner_id=home.id, month=date(2024, 3, 1), locked_at=datetime(2024, 4, 1),
                        locked_by="chief", reason=""))
    rows = [["Ngày", "Loại", "Số lượng"], ["5/3/2024", "Tin", 1], ["5/4/2024", "Tin", 1]]
    path = write_book(tmp_path / "l.xlsx", {"Truyền thông": rows})
    plan = plan_import(ctx, path, unit_code="308")
    assert plan.counts()["media"]["rejected"] == 1
    assert [(e.row, "03/2024" in e.message) for e in plan.errors] == [(2, True)]


def test_a_month_locked_between_preview_and_import_stops_the_whole_import(ctx, tmp_path: Path):
    from desktop.errors import InputError
    from desktop.exchange.importer import apply_plan
    from desktop.services import locks

    rows = [["Ngày", "Loại", "Số lượng"], ["5/3/2024", "Tin", 1], ["5/4/2024", "Tin", 1]]
    path = write_book(tmp_path / "race.xlsx", {"Truyền thông": rows})
    plan = plan_import(ctx, path, unit_code="308")
    assert plan.counts()["media"]["new"] == 2
    locks.lock_month(ctx, ctx.home_unit().id, date(2024, 4, 1), "signed off")
    with pytest.raises(InputError, match="04/2024 was locked"):
        apply_plan(ctx, plan)
    assert counts(ctx)["media"] == 0
