"""The record types of the national reports (hotspots, cases, denunciations, people figures,
models) and outreach's new counts: typed by hand, entered in a form, exported and imported
back, checked, and never month-locked when they are registers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.errors import ValidationFailed
from desktop.exchange import workbook_format as wf
from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.exchange.importer import plan_import
from desktop.exchange.template import write_template
from desktop.services import locks, maintenance
from desktop.services.records import RecordService
from tests.exchange_helpers import dump, empty_context, write_book

NEW_SHEETS = ("Tụ điểm", "Vụ việc", "Tin báo", "Đối tượng", "Mô hình")


def national_book(tmp_path: Path) -> Path:
    """Every new sheet as an office would type it, with a few mistakes."""
    return write_book(tmp_path / "quoc_gia.xlsx", {
        "Tụ điểm": [
            ["DANH SÁCH TỤ ĐIỂM"],
            ["Xã/phường", "Địa điểm", "Loại", "Ngày phát hiện", "Ngày xóa bỏ", "Số đối tượng"],
            ["Vạn Hương", "Khu vực bến xe Đồ Sơn", "Bến xe, nhà ga", "5/1/2024", None, 6],
            ["P. Ngọc Xuyên", "Vỉa hè đường Lý Thánh Tông", "duong pho", "10/02/2024",
             "20/05/2024", "3"],
            ["Vạn Hương", "Công viên Hải Âu", "Công viên, vườn hoa", "10/03/2024",
             "1/3/2024", 2],  # cleared before it was found
        ],
        "Vụ việc": [
            ["Ngày", "Xã/phường", "Loại", "Cơ quan phát hiện", "Số đối tượng",
             "Số chủ chứa, môi giới", "Số bị can", "Chuyển Viện kiểm sát", "Ngày xét xử"],
            ["12/3/2024", "Vạn Hương", "Đường dây, ổ nhóm", "Công an thành phố", 8, 2, 3, "x",
             "20/5/2024"],
            ["14/3/2024", "Ngọc Xuyên", "Vụ việc mua bán dâm", "Công an phường", 2, None,
             None, None, None],
            ["15/3/2024", "Ngọc Xuyên", "Cờ bạc", None, 2, None, None, None, None],
        ],
        "Tin báo": [
            ["Ngày tiếp nhận", "Xã/phường", "Nguồn", "Nội dung", "Ngày xử lý", "Kết quả"],
            ["2/4/2024", "Vạn Hương", "Đường dây nóng", "Phản ánh nhà nghỉ có mua bán dâm",
             "10/4/2024", "Đã xác minh, xử lý"],
            ["3/4/2024", None, "Người dân", "Phản ánh đứng đường", None, None],
            ["5/4/2024", None, "Người dân", "Tin báo", "1/4/2024", None],  # handled before
        ],
        "Đối tượng": [
            ["Tháng", "Xã/phường", "Số người bán dâm có hồ sơ", "Trong đó nữ",
             "Trong đó dưới 18 tuổi", "Số người bán dâm ước tính"],
            ["3/2024", "Vạn Hương", 12, 11, 1, 30],
            ["03/2024", "Ngọc Xuyên", "7", "7", None, None],
            ["4/2024", "Ngọc Xuyên", 5, 6, None, None],  # more women than on record
        ],
        "Mô hình": [
            ["Tên mô hình", "Xã/phường", "Loại", "Từ ngày", "Đến ngày", "Số người được hỗ trợ"],
            ["Câu lạc bộ phụ nữ phòng, chống mại dâm", "Vạn Hương", "Phòng ngừa cấp xã",
             "1/6/2023", None, 40],
            ["Điểm tư vấn giảm hại", "Ngọc Xuyên", "Can thiệp, giảm hại", "1/1/2024",
             "31/12/2024", "25"],
        ],
        "Tuyên truyền": [
            ["Ngày", "Xã/phường", "Hình thức", "Số người tham dự", "Trong đó nữ",
             "Trong đó công nhân KCN", "Trong đó học sinh, sinh viên"],
            ["20/3/2024", "Vạn Hương", "Hội nghị, tọa đàm", 200, 90, 120, 30],
            ["21/3/2024", "Vạn Hương", "Đối thoại", 50, 20, 60, None],  # more workers
        ],
        "Kế hoạch": [
            ["Năm", "Chỉ tiêu", "Giá trị"],
            [2024, "workers_population", 5000],
            [2024, "Số học sinh, sinh viên", "1.200"],
        ],
    })


def test_a_workbook_with_every_new_sheet_imports_with_its_errors_named(ctx, tmp_path: Path):
    plan = plan_import(ctx, national_book(tmp_path), unit_code="308")
    c = plan.counts()
    assert {k: (c[k]["new"], c[k]["rejected"]) for k in (
        "hotspots", "cases", "denunciations", "people", "models", "outreach", "plans")} == {
        "hotspots": (2, 1), "cases": (2, 1), "denunciations": (2, 1), "people": (2, 1),
        "models": (2, 0), "outreach": (1, 1), "plans": (2, 0)}
    errors = {(e.sheet, e.row, e.column): e.message for e in plan.errors}
    assert errors[("Tụ điểm", 5, "Ngày xóa bỏ")] == \
        "The date cleared is before the date detected."
    assert "Cờ bạc" in errors[("Vụ việc", 4, "Loại")]
    assert "Ring, network" in errors[("Vụ việc", 4, "Loại")]  # the allowed values listed
    assert errors[("Tin báo", 4, "Ngày xử lý")] == "The date handled is before the date received."
    assert errors[("Đối tượng", 4, "Trong đó nữ")] == \
        "Women (6) cannot be more than people on record (5)."
    assert errors[("Tuyên truyền", 3, "Trong đó công nhân KCN")] == \
        "Industrial-zone workers (60) cannot be more than participants (50)."


def test_values_of_the_new_sheets_are_stored_as_declared(ctx, tmp_path: Path):
    summary = import_files(ctx, [national_book(tmp_path)], unit_code="308", accept_valid=True)
    assert summary.files[0].sheets["hotspots"]["new"] == 2
    spots = sorted(dump(ctx, "hotspots").values(), key=lambda r: r["detected_on"])
    assert [(s["kind"], s["detected_on"], s["cleared_on"], s["people"]) for s in spots] == [
        ("ben_xe", date(2024, 1, 5), None, 6),
        ("duong_pho", date(2024, 2, 10), date(2024, 5, 20), 3)]
    ring = next(r for r in dump(ctx, "cases").values() if r["kind"] == "duong_day")
    assert (ring["people"], ring["brokers"], ring["suspects"], ring["to_procuracy"],
            ring["trial_date"]) == (8, 2, 3, True, date(2024, 5, 20))
    other = next(r for r in dump(ctx, "cases").values() if r["kind"] == "mua_ban_dam")
    assert (other["brokers"], other["suspects"], other["to_procuracy"]) == (0, 0, False)
    tips = sorted(dump(ctx, "denunciations").values(), key=lambda r: r["received_on"])
    assert [(t["source"], t["unit_id"] is None, t["handled_on"]) for t in tips] == [
        ("duong_day_nong", False, date(2024, 4, 10)), ("nguoi_dan", True, None)]
    people = {ctx.units.get(r["unit_id"]).name: r for r in dump(ctx, "people").values()}
    assert people["Phường Vạn Hương"]["month"] == date(2024, 3, 1)
    assert (people["Phường Vạn Hương"]["recorded"], people["Phường Vạn Hương"]["minors"],
            people["Phường Vạn Hương"]["estimated"]) == (12, 1, 30)
    models = {r["kind"]: r for r in dump(ctx, "models").values()}
    assert models["phong_ngua_xa"]["date_to"] is None and models["can_thiep"]["people"] == 25
    session = next(iter(dump(ctx, "outreach").values()))
    assert (session["workers"], session["students"]) == (120, 30)
    plans = {r["indicator"]: r["value"] for r in dump(ctx, "plans").values()}
    assert plans == {"workers_population": 5000.0, "students_population": 1200.0}


def test_round_trip_of_the_new_types_gives_equal_records(ctx, tmp_path: Path):
    import_files(ctx, [national_book(tmp_path)], unit_code="308", accept_valid=True)
    out = tmp_path / "export.xlsx"
    result = export_workbook(ctx, out, date(2024, 1, 1), date(2024, 12, 31))
    assert {k: result.counts[k] for k in ("hotspots", "cases", "denunciations", "people",
                                           "models")} == {
        "hotspots": 2, "cases": 2, "denunciations": 2, "people": 2, "models": 2}
    book = openpyxl.load_workbook(out, read_only=True)
    for name in NEW_SHEETS:
        header = [c.value for c in next(book[name].iter_rows(max_row=1))]
        assert header == wf.SHEET_BY_KEY[wf.sheet_for_name(name).key].headers  # type: ignore[union-attr]
    book.close()
    target = empty_context(tmp_path / "b.sqlite")
    summary = import_files(target, [out])
    assert summary.exit_code == 0, summary.as_json()
    for kind in ("hotspots", "cases", "denunciations", "people", "models", "outreach", "plans"):
        assert dump(target, kind) == dump(ctx, kind), kind
    target.db.close()


def test_redacted_export_leaves_out_a_denunciations_content(ctx, tmp_path: Path):
    import_files(ctx, [national_book(tmp_path)], unit_code="308", accept_valid=True)
    out = tmp_path / "redacted.xlsx"
    export_workbook(ctx, out, date(2024, 1, 1), date(2024, 12, 31), redact=True)
    ws = openpyxl.load_workbook(out, read_only=True)["Tin báo"]
    rows = list(ws.iter_rows(values_only=True))
    col = rows[0].index("Nội dung")
    assert [r[col] for r in rows[1:]] == [None, None]


def test_registers_are_never_month_locked_but_dated_records_are(ctx, tmp_path: Path):
    owner = ctx.home_unit().id  # type: ignore[union-attr]
    locks.lock_month(ctx, owner, date(2024, 1, 1))
    locks.lock_month(ctx, owner, date(2024, 3, 1))
    plan = plan_import(ctx, national_book(tmp_path), unit_code="308")
    c = plan.counts()
    assert c["hotspots"]["new"] == 2  # detected in January (locked): a register, not locked
    assert c["models"]["new"] == 2
    assert c["cases"]["new"] == 0 and c["cases"]["rejected"] == 3  # March is locked
    locked = [e for e in plan.errors if e.sheet == "Vụ việc" and "locked" in e.message]
    assert len(locked) == 2
    svc = RecordService(ctx)
    svc.create("hotspots", {"unit_id": "Vạn Hương", "location": "Bãi tắm khu 2",
                            "detected_on": "15/1/2024"})
    with pytest.raises(Exception, match="locked"):
        svc.create("cases", {"date": "15/3/2024", "unit_id": "Vạn Hương",
                             "kind": "Chứa mại dâm"})


def test_forms_validate_the_new_types_by_their_declared_rules(ctx) -> None:
    svc = RecordService(ctx)
    rid = svc.create("people", {"month": "5/2024", "unit_id": "Vạn Hương", "recorded": "9",
                                "women": 8, "minors": 0, "estimated": "20"})
    assert svc.get("people", rid)["month"] == date(2024, 5, 1)
    with pytest.raises(ValidationFailed) as failed:  # one figure per commune and month
        svc.create("people", {"month": "05/2024", "unit_id": "Vạn Hương", "recorded": 3})
    assert failed.value.errors[0].field == "month"
    with pytest.raises(ValidationFailed) as failed:
        svc.create("cases", {"date": "1/4/2024", "unit_id": "Vạn Hương",
                             "kind": "Môi giới mại dâm", "people": 2, "suspects": 3,
                             "trial_date": "1/3/2024"})
    assert {e.field for e in failed.value.errors} == {"suspects", "trial_date"}
    with pytest.raises(ValidationFailed) as failed:
        svc.create("hotspots", {"unit_id": "Vạn Hương", "location": "x",
                                "detected_on": "1/1/2099"})
    assert "in the future" in failed.value.errors[0].message
    model = svc.create("models", {"name": "Mô hình tự quản", "unit_id": "Ngọc Xuyên",
                                  "kind": "Khác", "date_from": "1/1/2020"})
    assert svc.list("models")[0]["id"] == model
    assert svc.count("hotspots") == 0


def test_template_has_every_new_sheet_with_its_lists(ctx, tmp_path: Path):
    out = write_template(ctx, tmp_path / "mau.xlsx")
    book = openpyxl.load_workbook(out)
    for name in NEW_SHEETS:
        assert name in book.sheetnames
    ws = book["Tụ điểm"]
    kind_col = wf.SHEET_BY_KEY["hotspots"].headers.index("Loại")
    sources = {next(iter(dv.sqref.ranges)).min_col - 1: dv.formula1
               for dv in ws.data_validations.dataValidation}
    lists = book[wf.LISTS_SHEET]
    column = sources[kind_col].split("!")[1].split(":")[0].replace("$", "")[0]
    values = [c.value for c in lists[column]][1:]
    assert [v for v in values if v] == ["Đường phố", "Công viên, vườn hoa", "Bến xe, nhà ga",
                                        "Quanh cơ sở kinh doanh", "Mạng xã hội", "Khác"]
    guide = " ".join(str(c.value) for c in book[wf.INSTRUCTIONS_SHEET]["A"] if c.value)
    assert all(name in guide for name in NEW_SHEETS)
    assert "Trong đó công nhân KCN" in guide


def test_check_covers_the_new_types(ctx, tmp_path: Path) -> None:
    import_files(ctx, [national_book(tmp_path)], unit_code="308", accept_valid=True)
    result = maintenance.check(ctx.db)
    assert result.ok, result.problems
    assert result.counts["hotspots"] == 2 and result.counts["people"] == 2
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE people_figures SET minors = recorded + 1")
        conn.exec_driver_sql("UPDATE hotspots SET kind = 'bogus'")
    problems = maintenance.check(ctx.db).problems
    assert sum("Under 18" in p for p in problems) == 2
    assert sum("unknown Kind value “bogus”" in p for p in problems) == 2


def test_titles_and_choices_name_records_by_their_declared_title_fields(ctx) -> None:
    from desktop.services import record_titles

    svc = RecordService(ctx)
    a = svc.create("officers", {"officer_code": "CB2", "full_name": "Trần Văn Bình",
                                "active": False})
    b = svc.create("officers", {"officer_code": "CB1", "full_name": "Lê Thị Hoa"})
    model = svc.create("models", {"name": "Câu lạc bộ phụ nữ", "unit_id": "Vạn Hương",
                                  "kind": "Khác", "date_from": "1/1/2024"})
    assert record_titles.titles(ctx, "officers", [a, b, "nope"]) == {
        a: "CB2 — Trần Văn Bình", b: "CB1 — Lê Thị Hoa"}
    assert record_titles.titles(ctx, "models", [model]) == {model: "Câu lạc bộ phụ nữ"}
    assert record_titles.choices(ctx, "officers") == [("CB1 — Lê Thị Hoa", b),
                                                      ("CB2 — Trần Văn Bình", a)]
