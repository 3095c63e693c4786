""".xls and .ods workbooks (saved by LibreOffice Calc from a hand-typed .xlsx) import as the
.xlsx does, with the same checks: error cells, the TCVN3 font hint, the same rows and values;
and ONE list of accepted formats serves folders, drag and drop and the file dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.exchange import formats
from desktop.exchange.batch import expand_paths, import_files
from desktop.exchange.importer import plan_import
from tests.exchange_helpers import dump, empty_context, write_book
from tests.test_exchange_messy import tcvn3
from tests.workbook_builders import soffice_convert

ROWS = [
    ["BÁO CÁO TUYÊN TRUYỀN THÁNG 3/2024"],
    [],
    ["Ngày", "Xã/phường", "Hình thức", "Số người tham dự", "Trong đó nữ", "Tiêu đề"],
    [date(2024, 3, 15), "Vạn Hương", "Đối thoại", 40, 12, tcvn3("Tuyên truyền tại chợ")],
    ["16/03/2024", "Ngọc Xuyên", "Hội nghị, tọa đàm", 55, "=1/0", tcvn3("Hội nghị")],
    [date(2024, 3, 17), "11461", "Loa truyền thanh", 30, 0, "Phát thanh"],
]


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    src = write_book(folder / "tay.xlsx", {"Tuyên truyền": ROWS}, font=".VnTime")
    # LibreOffice computes the formula (an .xlsx from openpyxl holds none) and saves both
    return {"xlsx": soffice_convert(src, "xlsx", folder / "xlsx"),
            "xls": soffice_convert(src, "xls", folder), "ods": soffice_convert(src, "ods", folder)}


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_each_format_imports_alike(books: dict[str, Path], tmp_path: Path, kind: str) -> None:
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, books[kind], unit_code="308")
    assert plan.counts()["outreach"]["new"] == 2 and plan.counts()["outreach"]["rejected"] == 1
    (error,) = plan.errors
    assert (error.row, error.column, error.value) == (5, "Trong đó nữ", "#DIV/0!")
    assert "error value #DIV/0!" in error.message
    summary = import_files(ctx, [books[kind]], unit_code="308", accept_valid=True)
    assert summary.exit_code == 1
    rows = sorted(dump(ctx, "outreach").values(), key=lambda r: r["date"])
    assert [(r["date"], r["participants"], r["women"], r["title"]) for r in rows] == [
        (date(2024, 3, 15), 40, 12, "Tuyên truyền tại chợ"),  # TCVN3 text repaired
        (date(2024, 3, 17), 30, 0, "Phát thanh")]
    ctx.db.close()


def test_a_folder_takes_every_accepted_format_and_skips_lock_files(tmp_path: Path) -> None:
    names = ["a.xlsx", "b.XLS", "c.ods", "~$a.xlsx", ".~lock.c.ods#", "ghi-chu.txt",
             "d.xlsm"]
    for n in names:
        (tmp_path / n).write_bytes(b"x")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.xlsx", "b.XLS", "c.ods"]
    assert formats.open_filter() == "Workbooks (*.xlsx *.xls *.ods)"
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(Exception, match=r"holds no workbook \(.xlsx, .xls or .ods\)"):
        expand_paths([empty])


def takes(window, paths: list[Path]) -> bool:
    """Whether the window accepts `paths` dragged over it (nothing is dropped)."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(window.rect().center()).toPoint(),
                            Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    return enter.isAccepted()


def test_drag_and_drop_takes_the_same_formats(qtbot, ctx, tmp_path: Path) -> None:
    from tests.test_exchange_gui_flow import open_window
    from tests.ui_helpers import isolate_qsettings

    isolate_qsettings(tmp_path / "qsettings")
    window = open_window(qtbot, ctx)
    for name, taken in (("a.xls", True), ("b.ods", True), ("c.XLSX", True), ("d.csv", False)):
        (tmp_path / name).write_bytes(b"x")
        assert takes(window, [tmp_path / name]) is taken, name
    folder = tmp_path / "tu-cac-xa"
    folder.mkdir()
    assert takes(window, [folder, tmp_path / "a.xls"])
