"""Words and numbers: one spelling of tone marks (the respell tool and its check), counts
with thousands dots, the Lỗi column naming a column once, whole sentences for duplicates,
and "Người lập" from the signed-in user or Settings."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.exchange import workbook_format as wf
from desktop.exchange.reader import Issue
from desktop.exchange.rejects import _error_text
from desktop.i18n import set_language
from desktop.services import auth, demo_data, settings
from desktop.services.records import RecordService
from desktop.services.session_user import set_user
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.outreach_tab import SESSION_COLUMNS
from tests.ui_helpers import isolate_qsettings

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_tool_words", REPO / "i18n" / "i18n_tool.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool_words"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module.tone_style()


def test_respell_fixes_translations_code_strings_and_the_guide(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "desktop" / "domain").mkdir(parents=True)
    (root / "desktop" / "exchange").mkdir()
    (root / "i18n").mkdir()
    (root / "resources" / "help").mkdir(parents=True)
    shutil.copy(REPO / "desktop" / "domain" / "text.py", root / "desktop" / "domain")
    (root / "i18n" / "ui_vi.ts").write_text(
        "<TS><context><name>A</name><message><source>Lock</source>\n"
        "<translation>Khoá tháng</translation></message>\n"
        "<message><source>Cancel</source><translation>Huỷ</translation></message>"
        "</context></TS>\n", encoding="utf-8")
    (root / "desktop" / "labels.py").write_text(
        '# a comment saying "hoà" stays as written\n'
        'TEXT = "Xoá bản ghi ở Thuỷ Nguyên"  # quý, Quỳnh and hoàng are right already\n'
        'OTHER = f"{1} lần hoà giải"\n', encoding="utf-8")
    (root / "desktop" / "exchange" / "legacy_text.py").write_text('X = "Ñoà"\n',
                                                                   encoding="utf-8")
    (root / "resources" / "help" / "vi.html").write_text("<p>Khoá tháng, quý 1</p>\n",
                                                         encoding="utf-8")
    style = _tool()
    found = {(p.path, p.line): p.words for p in style.find_old_style(root)}
    assert found[("i18n/ui_vi.ts", 2)] == (("Khoá", "Khóa"),)
    assert found[("desktop/labels.py", 2)] == (("Xoá", "Xóa"), ("Thuỷ", "Thủy"))
    assert ("desktop/labels.py", 1) not in found  # comments are not the interface
    assert ("desktop/exchange/legacy_text.py", 1) not in found  # a legacy font, kept
    assert "old-style tone marks: 'Khoá' → 'Khóa'" in str(style.find_old_style(root)[0])
    changed = {p.relative_to(root).as_posix() for p in style.respell(root)}
    assert changed == {"i18n/ui_vi.ts", "desktop/labels.py", "resources/help/vi.html"}
    assert style.find_old_style(root) == []
    code = (root / "desktop" / "labels.py").read_text(encoding="utf-8")
    assert '"Xóa bản ghi ở Thủy Nguyên"' in code and '"hoà" stays' in code
    assert 'f"{1} lần hòa giải"' in code
    assert "<translation>Hủy</translation>" in (root / "i18n" / "ui_vi.ts").read_text(
        encoding="utf-8")
    assert style.respell(root) == []  # once is enough


def test_the_lỗi_column_names_the_column_once() -> None:
    errors = [Issue("Tuyên truyền", 3, "Ngày", "x", "Ngày: “x” is not a date (dd/mm/yyyy)."),
              Issue("Tuyên truyền", 3, "Số tờ gấp, tờ rơi", "-1",
                    "Số tờ rơi phát cannot be negative."),
              Issue("Kiểm tra", 4, "Số tiền phạt", "a", "Tiền phạt (đồng): “a” is not a number."),
              Issue("Tuyên truyền", 3, None, None, "The same record appears twice.")]
    text = _error_text(errors)
    assert "Ngày: Ngày" not in text and text.startswith("Ngày: “x”")
    assert "Số tờ gấp, tờ rơi: Số tờ rơi phát cannot be negative." in text
    assert "Số tiền phạt: Tiền phạt" not in text
    assert text.endswith("The same record appears twice.")


def test_a_duplicate_names_every_field_of_the_key_in_a_sentence(ctx) -> None:
    service = RecordService(ctx)
    values = {"month": "03/2024", "unit_id": "Hải Sơn", "activity": "tu_van", "people": 3}
    service.create("support", values)
    set_language("vi")
    with pytest.raises(Exception) as caught:
        service.create("support", values)
    assert caught.value.message == "Đã có bản ghi trùng tháng, xã/phường và hoạt động."


def test_counts_show_thousands_dots_in_vietnamese(qtbot, qapp, ctx) -> None:
    from desktop.ui.translation import install_translators, remove_translators

    demo_data.generate(ctx, 4500, seed=2, home=ctx.home_unit(), today=date(2024, 6, 1))
    total = RecordService(ctx).count("outreach")
    assert total >= 1000
    install_translators(qapp, "vi")
    try:
        panel = RecordListPanel(ctx, "outreach", SESSION_COLUMNS)
        qtbot.addWidget(panel)
        shown = f"{total:,}".replace(",", ".")
        assert f": {shown} bản ghi" in panel.title.text()
    finally:
        remove_translators(qapp)


def test_the_preparer_is_the_signed_in_user_or_the_setting(ctx, tmp_path: Path) -> None:
    from desktop.exchange.exporter import export_workbook

    assert settings.preparer_name(ctx) == "tester"  # the computer's login
    settings.put(ctx, {"preparer": "Phạm Thu Hà"})
    assert settings.preparer_name(ctx) == "Phạm Thu Hà"
    city = ctx.units.latest("31")
    auth.create_user(ctx, "Admin", "admin-secret-1", "admin", city.id, "Nguyễn Quản Trị")
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret-1"))
    assert settings.preparer_name(ctx) == "Nguyễn Quản Trị"
    out = tmp_path / "x.xlsx"
    export_workbook(ctx, out, date(2024, 1, 1), date(2024, 12, 31))
    sheet = openpyxl.load_workbook(out)[wf.MANIFEST_SHEET]
    values = {r[0].value: r[1].value for r in sheet.iter_rows()}
    assert values[wf.M_AUTHOR] == "Nguyễn Quản Trị"
