"""The exchange attacked as a careless or hostile office would: a signature block typed over
the fullest columns, a commune cell merged down over its sessions, formulas saved without
their value, a column typed twice, dates typed with spaces or a "ngày" in front, several
sanctions separated by commas, a yes/no column left empty beside one ticked with x, and a
folder or file the user may not read. Each on real .xlsx files (and .xls/.ods saved by
LibreOffice where the reader differs)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.exchange.batch import import_files
from desktop.exchange.importer import plan_import
from desktop.services.storage import explain
from tests.exchange_helpers import counts, dump, empty_context, write_book
from tests.workbook_builders import soffice_convert

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["Ngày", "Xã/phường", "Hình thức", "Tiêu đề", "Số người tham dự", "Trong đó nữ"]
FORM = [
    ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN"],
    HEADER,
    ["15/3/2024", "Vạn Hương", "Đối thoại", "Tại chợ", 40, 12],
    ["16/3/2024", None, "Đối thoại", "Tại bến xe", 25, 10],  # B3:B4 merged: Vạn Hương
    ["17/3/2024", "Ngọc Xuyên", "Hội nghị, tọa đàm", "Hội nghị", 35, 20],
    [],
    # the signature fills the two fullest columns (Ngày, Hình thức): no suspect of its own
    ["Người lập biểu", None, "Thủ trưởng đơn vị"],
    ["Nguyễn Văn An", None, "Trần Thị Bình"],
]


def form_book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền"
    for row in FORM:
        ws.append(row)
    ws.merge_cells("A1:F1")
    ws.merge_cells("B3:B4")
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("attack-forms")
    xlsx = form_book(folder / "bao-cao.xlsx")
    return {"xlsx": xlsx, "xls": soffice_convert(xlsx, "xls", folder),
            "ods": soffice_convert(xlsx, "ods", folder)}


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_a_signature_over_the_fullest_columns_and_a_merged_commune(
        forms: dict[str, Path], tmp_path: Path, kind: str) -> None:
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, forms[kind], unit_code="308")
    # row 7 was "Người lập biểu is not a date", row 4 "a commune is required"
    assert ("Tuyên truyền", 7, "Rows 7 to 8 are the signature block under the table; they "
            "were skipped.") in [(w.sheet, w.row, w.message) for w in plan.warnings]
    assert plan.errors == []  # B3:B4 gives row 4 its commune in each format (.ods: the scan's)
    assert import_files(ctx, [forms[kind]], unit_code="308").exit_code == 0
    rows = sorted(dump(ctx, "outreach").values(), key=lambda r: r["date"])
    assert [(r["date"], r["participants"]) for r in rows] == [
        (date(2024, 3, 15), 40), (date(2024, 3, 16), 25), (date(2024, 3, 17), 35)]
    assert rows[0]["unit_id"] == rows[1]["unit_id"] != rows[2]["unit_id"]
    ctx.db.close()


def test_a_count_merged_down_is_not_counted_twice(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền"
    for row in (HEADER, ["15/3/2024", "Vạn Hương", "Đối thoại", "A", 40, 12],
                ["16/3/2024", "Vạn Hương", "Đối thoại", "B", None, None]):
        ws.append(row)
    ws.merge_cells("E2:E3")
    wb.save(path)
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert [(e.row, e.column) for e in plan.errors] == [(3, "Số người tham dự")]
    ctx.db.close()


def test_a_signature_row_alone_is_named_as_one_row(tmp_path: Path) -> None:
    rows = [HEADER, ["15/3/2024", "Vạn Hương", "Đối thoại", "A", 40, 12],
            ["Người lập biểu", None, "Thủ trưởng đơn vị"]]
    path = write_book(tmp_path / "s.xlsx", {"Tuyên truyền": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert plan.errors == []
    assert [w.message for w in plan.warnings] == [
        "Row 3 is the signature block under the table; it was skipped."]
    ctx.db.close()


def test_a_roster_whose_last_officer_is_a_chairman_keeps_him(tmp_path: Path) -> None:
    # words only, and "Chủ tịch" is a signature word: but every required column is filled
    rows = [["Mã cán bộ", "Họ và tên", "Xã/phường", "Chức vụ"],
            ["CB1", "Lê Văn Một", "Vạn Hương", "Cán bộ"],
            ["CB2", "Trần Văn Hai", None, "Chủ tịch UBND phường"]]
    path = write_book(tmp_path / "r.xlsx", {"Cán bộ": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert plan.errors == [] and plan.counts()["officers"]["new"] == 2
    ctx.db.close()


def _with_formulas(path: Path) -> Path:
    """openpyxl writes formulas and never calculates them: no cached value in the file."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền"
    ws.append(HEADER)
    ws.append(["=DATE(2024,3,15)", "Vạn Hương", "Đối thoại", "A", "=20+20", 12])
    ws.append(["16/3/2024", "Vạn Hương", "Đối thoại", '="B"&"C"', 30, 10])
    wb.save(path)
    return path


def test_a_formula_saved_without_its_value_is_named_not_taken_as_blank(tmp_path: Path) -> None:
    path = _with_formulas(tmp_path / "f.xlsx")
    ctx = empty_context(tmp_path / "t.sqlite")
    before = counts(ctx)
    plan = plan_import(ctx, path, unit_code="308")
    said = {(e.row, e.column, e.value) for e in plan.errors}
    assert said == {(2, "Ngày", "=DATE(2024,3,15)"), (2, "Số người tham dự", "=20+20"),
                    (3, "Tiêu đề", '="B"&"C"')}  # and no "no such commune today" for row 2
    assert all("saved without its calculated value" in e.message for e in plan.errors)
    assert import_files(ctx, [path], unit_code="308").exit_code == 1
    assert counts(ctx) == before  # nothing half-done
    ctx.db.close()


def test_the_same_formulas_saved_by_libreoffice_import_their_values(tmp_path: Path) -> None:
    calc = soffice_convert(_with_formulas(tmp_path / "f.xlsx"), "xlsx", tmp_path / "calc")
    ctx = empty_context(tmp_path / "t.sqlite")
    assert import_files(ctx, [calc], unit_code="308").exit_code == 0
    rows = sorted(dump(ctx, "outreach").values(), key=lambda r: r["date"])
    assert [(r["date"], r["participants"], r["title"]) for r in rows] == [
        (date(2024, 3, 15), 40, "A"), (date(2024, 3, 16), 30, "BC")]
    ctx.db.close()


def test_a_column_typed_twice_is_named_as_such(tmp_path: Path) -> None:
    rows = [[*HEADER, "Ngày"], ["15/3/2024", "Vạn Hương", "Đối thoại", "A", 40, 12, "1/1/2020"]]
    path = write_book(tmp_path / "d.xlsx", {"Tuyên truyền": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert [(w.row, w.column, w.message) for w in plan.warnings] == [
        (1, "Ngày", "Column “Ngày” appears twice (columns A and G); only column A was read.")]
    ctx.db.close()


@pytest.mark.parametrize("typed", ["15 / 3 / 2024", "ngày 15/3/2024", "Ngày 15-03-2024",
                                   "2024 - 03 - 15", "15 tháng 3 năm 2024"])
def test_dates_typed_with_spaces_or_a_word_in_front(tmp_path: Path, typed: str) -> None:
    rows = [HEADER, [typed, "Vạn Hương", "Đối thoại", "A", 40, 12]]
    path = write_book(tmp_path / "d.xlsx", {"Tuyên truyền": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    assert import_files(ctx, [path], unit_code="308").exit_code == 0
    assert [r["date"] for r in dump(ctx, "outreach").values()] == [date(2024, 3, 15)]
    ctx.db.close()


INSPECTIONS = ["Ngày", "Tên cơ sở", "Xã/phường", "Theo kế hoạch", "Có vi phạm",
               "Hình thức xử lý", "Số tiền phạt"]
ESTABLISHMENTS = [["Mã cơ sở", "Tên cơ sở", "Loại hình", "Xã/phường"],
                  ["KR-01", "Karaoke Hoa Hồng", "karaoke", "Vạn Hương"]]


def test_sanctions_separated_by_commas_and_an_empty_column_beside_x(tmp_path: Path) -> None:
    rows = [INSPECTIONS,
            ["1/4/2024", "Karaoke Hoa Hồng", "Vạn Hương", None, "x", "Nhắc nhở, phat tien",
             "1.500.000"],
            ["2/4/2024", "Karaoke Hoa Hồng", "Vạn Hương", None, None, None, None]]
    path = write_book(tmp_path / "k.xlsx", {"Cơ sở": ESTABLISHMENTS, "Kiểm tra": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    assert import_files(ctx, [path], unit_code="308").exit_code == 0
    insp = sorted(dump(ctx, "inspections").values(), key=lambda r: r["date"])
    assert [(r["planned"], r["violation"], r["fine_vnd"]) for r in insp] == [
        (False, True, 1_500_000), (False, False, 0)]
    assert set(insp[0]["sanctions"].split(";")) == {"nhac_nho", "phat_tien"}
    ctx.db.close()


def test_a_comma_inside_a_value_still_names_the_value(tmp_path: Path) -> None:
    rows = [INSPECTIONS, ["1/4/2024", "Karaoke Hoa Hồng", "Vạn Hương", "Có", "Có",
                          "Nhắc nhở, Khen thưởng", None]]
    path = write_book(tmp_path / "k.xlsx", {"Cơ sở": ESTABLISHMENTS, "Kiểm tra": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert [(e.row, e.column, e.value) for e in plan.errors] == [
        (2, "Hình thức xử lý", "Nhắc nhở, Khen thưởng")]
    ctx.db.close()


# ---- what the user may not read ---------------------------------------------------------------
def _unprivileged(args: list[str]) -> list[str]:
    """The command run without the power to read what its permissions refuse (root ignores
    them; dropping its capabilities makes it obey them, as a user would)."""
    if os.geteuid() != 0:
        return args
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("needs setpriv to drop root's right to read anything")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", *args]


def _pcmd(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path / "home"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run(_unprivileged([sys.executable, "-m", "desktop", *args]), env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_folder_the_user_may_not_read_is_named_as_a_read_exit_2(tmp_path: Path) -> None:
    ctx = empty_context(tmp_path / "t.sqlite")
    ctx.db.close()
    folder = tmp_path / "nhan"
    folder.mkdir()
    write_book(folder / "a.xlsx", {"Tuyên truyền": [HEADER]})
    folder.chmod(0o000)
    try:
        done = _pcmd(tmp_path, "--db", str(tmp_path / "t.sqlite"), "import", "--unit", "308",
                     str(folder))
    finally:
        folder.chmod(0o755)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (f"Không đọc được thư mục {folder}: không được phép truy cập "
                                   "(không có quyền, hoặc tệp đang bị chương trình khác giữ).")
    assert "ghi" not in done.stderr.split(":")[0]


def test_explain_names_a_refused_read_as_a_read_and_a_refused_write_as_a_write(
        tmp_path: Path) -> None:
    secret = tmp_path / "bao-cao.xlsx"
    secret.write_bytes(b"x")
    secret.chmod(0o000)
    code = ("import errno, sys\n"
            "from desktop.i18n import set_language\n"
            "from desktop.services.storage import explain\n"
            "set_language('vi')\n"
            "e = explain(PermissionError(errno.EACCES, 'Permission denied', sys.argv[1]))\n"
            "print(type(e).__name__, e.exit_code, e.message)\n")
    try:
        done = _pcmd_code(tmp_path, code, str(secret))
    finally:
        secret.chmod(0o644)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"UsageError 2 Không đọc được {secret}: không được phép truy cập (không có quyền, hoặc "
        "tệp đang bị chương trình khác giữ); chưa có gì thay đổi. Hãy đề nghị cấp quyền đọc "
        "hoặc chọn tệp, thư mục khác.")
    # a file to be created in a folder that refuses it: a write, as before
    made = explain(PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "new.xlsx")))
    assert made is not None and made.exit_code == 1 and "written" in made.message
    assert explain(PermissionError(errno.EACCES, "Permission denied")) is not None


def _pcmd_code(tmp_path: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path / "home"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run(_unprivileged([sys.executable, "-c", code, *args]), env=env,
                          capture_output=True, text=True, timeout=120)


# ---- what PCMD writes -------------------------------------------------------------------------
def test_a_workbook_is_never_written_under_a_false_extension(tmp_path: Path) -> None:
    from desktop.cli import main
    from desktop.i18n import set_language

    ctx = empty_context(tmp_path / "t.sqlite")
    ctx.db.close()
    db = ["--db", str(tmp_path / "t.sqlite")]
    set_language("vi")
    for args in (["export", "--from", "2024-01-01", "--to", "2024-12-31", "--out"],
                 ["template", "--out"]):
        for name in ("bao-cao.xls", "bao-cao.ods", "bao-cao.csv"):
            assert main([*db, *args, str(tmp_path / name)]) == 2
            assert not (tmp_path / name).exists()
        assert main([*db, *args, str(tmp_path / args[0])]) == 0  # no extension: .xlsx added
        assert openpyxl.load_workbook(tmp_path / f"{args[0]}.xlsx").sheetnames
    book = write_book(tmp_path / "in.xlsx", {"Tuyên truyền": [
        HEADER, ["15/3/2024", "Vạn Hương", "Đối thoại", "A", -1, 0]]})
    assert main([*db, "import", "--unit", "308", "--accept-valid", "--rejects",
                 str(tmp_path / "loi.csv"), str(book)]) == 2
    assert not (tmp_path / "loi.csv").exists()


def test_the_false_extension_sentence_is_vietnamese(tmp_path: Path, capsys) -> None:
    from desktop.cli import main

    ctx = empty_context(tmp_path / "t.sqlite")
    ctx.db.close()
    assert main(["--db", str(tmp_path / "t.sqlite"), "--lang", "vi", "template", "--out",
                 str(tmp_path / "mau.xls")]) == 2
    assert capsys.readouterr().err.strip() == (
        "mau.xls: PCMD ghi tệp bảng tính dạng .xlsx, nên tên tệp có đuôi .xls là không đúng; hãy "
        "đặt tên có đuôi .xlsx.")


@pytest.mark.parametrize("command", ["indicators", "restore"])
def test_an_unreadable_definitions_file_or_backup_is_named_unreadable(
        tmp_path: Path, command: str) -> None:
    ctx = empty_context(tmp_path / "t.sqlite")
    ctx.db.close()
    db = ["--db", str(tmp_path / "t.sqlite"), "--lang", "vi"]
    if command == "indicators":
        source = tmp_path / "chi-tieu.toml"
        assert _pcmd(tmp_path, *db, "indicators", "export", "--out", str(source)).returncode == 0
        args = ["indicators", "import", str(source)]
        said = f"Không đọc được {source}: "
    else:
        source = tmp_path / "sao-luu.sqlite"
        assert _pcmd(tmp_path, *db, "backup", "--out", str(source)).returncode == 0
        args = ["restore", str(source)]
        said = f"Không đọc được bản sao lưu {source}: "
    source.chmod(0o000)
    try:
        done = _pcmd(tmp_path, *db, *args)
    finally:
        source.chmod(0o644)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().startswith(
        said + "không được phép truy cập (không có quyền, hoặc tệp đang bị chương trình khác giữ)")
    assert "Permission denied" not in done.stderr and "hỏng" not in done.stderr


def test_a_plan_typed_as_forms_write_it(tmp_path: Path) -> None:
    rows = [["Năm", "Chỉ tiêu", "Giá trị", "Xã/phường"],
            ["Năm 2024", "ty le co so duoc kiem tra", "20,5%", None],
            ["năm 2025", "Số công nhân khu công nghiệp", "1.200", None]]
    path = write_book(tmp_path / "p.xlsx", {"Kế hoạch": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    assert import_files(ctx, [path], unit_code="308").exit_code == 0
    got = sorted((r["year"], r["indicator"], r["value"]) for r in dump(ctx, "plans").values())
    assert got == [(2024, "establishments_inspected_pct", 20.5), (2025, "workers_population", 1200.0)]
    ctx.db.close()


def test_a_year_or_rate_that_is_not_one_is_still_refused(tmp_path: Path) -> None:
    rows = [["Năm", "Chỉ tiêu", "Giá trị"],
            ["Năm hai không", "Số công nhân khu công nghiệp", 1],
            [2024, "ty le", "20%%"]]
    path = write_book(tmp_path / "p.xlsx", {"Kế hoạch": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert [(e.row, e.column) for e in plan.errors] == [
        (2, "Năm"), (3, "Chỉ tiêu"), (3, "Giá trị")]
    ctx.db.close()


def test_the_rejected_rows_corrected_import_without_a_word_about_their_error_column(
        tmp_path: Path, capsys) -> None:
    from desktop.cli import main

    book = write_book(tmp_path / "in.xlsx", {"Tuyên truyền": [
        HEADER, ["15/3/2024", "Vạn Hương", "Đối thoại", "A", -10, 0],
        ["16/3/2024", "Vạn Hương", "Đối thoại", "B", 20, 5]]})
    ctx = empty_context(tmp_path / "t.sqlite")
    ctx.db.close()
    db = ["--db", str(tmp_path / "t.sqlite"), "--lang", "vi"]
    rejects = tmp_path / "loi.xlsx"
    assert main([*db, "import", "--unit", "308", "--accept-valid", "--rejects", str(rejects),
                 str(book)]) == 1
    said = capsys.readouterr().err
    assert "Tuyên truyền, dòng 2, Số người tham dự “-10”: " in said  # not “-10.0”
    wb = openpyxl.load_workbook(rejects)
    ws = wb["Tuyên truyền"]
    header = [c.value for c in ws[1]]
    error = ws.cell(2, header.index("Lỗi") + 1)
    assert error.value == "Số người tham dự không được là số âm."  # the column named once
    ws.cell(2, header.index("Số người tham dự") + 1).value = 10
    wb.save(rejects)
    ctx = empty_context(tmp_path / "t2.sqlite")
    plan = plan_import(ctx, rejects, unit_code="308")
    assert plan.errors == [] and plan.warnings == []
    ctx.db.close()


def test_values_are_shown_as_the_sender_typed_them() -> None:
    from datetime import datetime

    from desktop.exchange.reader import Issue
    from desktop.i18n import set_language

    set_language("vi")
    shown = [Issue("S", 2, "C", v, "").shown_value for v in (
        -10.0, 12.5, 11455, datetime(2024, 3, 15), datetime(2024, 3, 15, 8, 30), "x", None)]
    assert shown == ["-10", "12,5", "11455", "15/03/2024", "15/03/2024 08:30", "x", ""]


def test_a_password_typed_in_the_other_unicode_form_opens_the_workbook(tmp_path: Path) -> None:
    import unicodedata

    from desktop.cli import main
    from tests.db_templates import prepared_sqlite

    db = ["--db", str(tmp_path / "t.sqlite")]
    prepared_sqlite(tmp_path / "t.sqlite").close()
    book = write_book(tmp_path / "in.xlsx", {"Tuyên truyền": [
        HEADER, ["15/3/2024", "Vạn Hương", "Đối thoại", "A", 10, 5]]})
    assert main([*db, "import", "--unit", "308", str(book)]) == 0
    composed = tmp_path / "nfc.txt"
    composed.write_text(unicodedata.normalize("NFC", "Mật khẩu Đồ Sơn") + "\n", "utf-8")
    out = tmp_path / "kin.xlsx"
    assert main([*db, "export", "--from", "2024-01-01", "--to", "2024-12-31",
                 "--password-file", str(composed), "--out", str(out)]) == 0
    decomposed = tmp_path / "nfd.txt"  # Unikey's "Unicode tổ hợp": the same letters
    decomposed.write_text(unicodedata.normalize("NFD", "Mật khẩu Đồ Sơn"), "utf-8")
    assert main([*db, "import", "--dry-run", "--password-file", str(decomposed), str(out)]) == 0
    wrong = tmp_path / "sai.txt"
    wrong.write_text("Mat khau Do Son", "utf-8")  # without the marks: another password
    assert main([*db, "import", "--dry-run", "--password-file", str(wrong), str(out)]) == 2


def test_an_empty_file_name_imports_nothing_not_the_current_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from desktop.cli import main

    ctx = empty_context(tmp_path / "t.sqlite")
    before = counts(ctx)
    ctx.db.close()
    write_book(tmp_path / "a.xlsx", {"Tuyên truyền": [
        HEADER, ["15/3/2024", "Vạn Hương", "Đối thoại", "A", 10, 5]]})
    monkeypatch.chdir(tmp_path)  # a script whose variable was empty: pcmd import ""
    assert main(["--db", str(tmp_path / "t.sqlite"), "--lang", "vi", "import", "--unit", "308",
                 ""]) == 2
    assert capsys.readouterr().err.strip() == (
        "Chưa cho tên tệp (tên trống); hãy cho biết các tệp bảng tính hoặc thư mục cần nhập.")
    ctx = empty_context(tmp_path / "t.sqlite")
    assert counts(ctx) == before
    ctx.db.close()


def test_numbers_in_sentences_are_written_as_typed(tmp_path: Path) -> None:
    from desktop.i18n import set_language

    set_language("vi")
    rows = [HEADER, ["15/3/2024", "Vạn Hương", "Đối thoại", "A", 12.5, 0],
            [1e12, "Vạn Hương", "Đối thoại", "B", 10, 0]]
    path = write_book(tmp_path / "n.xlsx", {"Tuyên truyền": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert [e.message for e in plan.errors] == [
        "Số người tham dự: 12,5 phải là số nguyên.",
        "Ngày: “1000000000000” không phải là ngày (dd/mm/yyyy)."]
    ctx.db.close()


def test_hidden_rows_are_imported_and_said(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền"
    ws.append(HEADER)
    for day in range(1, 6):
        ws.append([f"{day}/3/2024", "Vạn Hương", "Đối thoại", f"T{day}", 10, 5])
    for row in (3, 5, 9):  # row 9 holds nothing: not said
        ws.row_dimensions[row].hidden = True
    wb.save(path)
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert plan.errors == [] and plan.counts()["outreach"]["new"] == 5
    assert [(w.row, w.message) for w in plan.warnings] == [
        (3, "Rows 3, 5 are hidden in the file; they were imported like the others (delete them "
            "from the sheet if they must not be sent).")]
    ctx.db.close()


def test_the_ods_scan_gives_merged_ranges_where_calamine_gives_none() -> None:
    from desktop.exchange import ods_scan

    content = (
        b'<office:document-content><office:body><office:spreadsheet>'
        b'<table:table table:name="T">'
        b'<table:table-row><table:table-cell table:number-columns-spanned="3" '
        b'office:value-type="string"><text:p>Title</text:p></table:table-cell>'
        b'<table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>'
        b'<table:table-row><table:table-cell/><table:table-cell table:number-rows-spanned="2" '
        b'office:value-type="string"><text:p>X</text:p></table:table-cell></table:table-row>'
        b'<table:table-row><table:table-cell table:number-rows-spanned="99999999999" '
        b'table:number-columns-spanned="abc"/><table:covered-table-cell/></table:table-row>'
        b'</table:table></office:spreadsheet></office:body></office:document-content>')
    table = ods_scan.scan(content).tables[0]
    assert table.extent.merged == [((0, 0), (0, 2)), ((1, 1), (2, 1)),
                                   ((2, 0), (ods_scan.MAX_ROWS + 1, 0))]


def test_dates_typed_as_text_with_two_digit_years_import(tmp_path: Path) -> None:
    """A text cell "16/3/24" is the date a date field reads from the same keys."""
    rows = [HEADER, ["16/3/24", "Vạn Hương", "Đối thoại", "A", 40, 12],
            ["ngày 2 tháng 4 năm 25", "Vạn Hương", "Đối thoại", "B", 30, 10]]
    path = write_book(tmp_path / "yy.xlsx", {"Tuyên truyền": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    assert import_files(ctx, [path], unit_code="308").exit_code == 0
    assert sorted(r["date"] for r in dump(ctx, "outreach").values()) == [
        date(2024, 3, 16), date(2025, 4, 2)]
    ctx.db.close()


def _percent_book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Năm", "Chỉ tiêu", "Giá trị", "Xã/phường"])
    ws.append([2024, "Tỷ lệ cơ sở được kiểm tra (%)", 0.95, None])
    ws.append([2025, "Tỷ lệ cơ sở được kiểm tra (%)", 0.905, None])
    ws.append([2025, "Số công nhân khu công nghiệp", 1200, None])
    ws["C2"].number_format = "0%"  # built in (9)
    ws["C3"].number_format = '0.0%;[Red]"âm "0.0%'  # the workbook's own
    ws["C4"].number_format = '#,##0" người"'  # not a percentage
    wb.save(path)
    return path


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_a_cell_formatted_as_a_percentage_is_the_number_it_shows(tmp_path: Path,
                                                                  kind: str) -> None:
    """95 typed into a percent cell shows 95% and is stored 0.95: the target is 95."""
    book = _percent_book(tmp_path / "p.xlsx")
    if kind != "xlsx":
        book = soffice_convert(book, kind, tmp_path)
    ctx = empty_context(tmp_path / "t.sqlite")
    assert import_files(ctx, [book], unit_code="308").exit_code == 0
    got = sorted((r["year"], r["value"]) for r in dump(ctx, "plans").values())
    assert got == [(2024, 95.0), (2025, 90.5), (2025, 1200.0)]
    ctx.db.close()


def test_percent_format_codes() -> None:
    from desktop.exchange.number_formats import is_percent_code, shown

    assert is_percent_code("0%") and is_percent_code("#,##0.00%;[Red]-0%")
    assert not is_percent_code('0" %"') and not is_percent_code("0\\%")
    assert not is_percent_code("[Color10]0") and not is_percent_code("General")
    assert shown(0.955) == 95.5 and shown("x") == "x" and shown(True) is True
