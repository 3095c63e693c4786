"""Entry forms driven with the keyboard: real widgets, real SQLite."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.records import Filters, RecordService
from desktop.ui import record_form
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.outreach_tab import SESSION_COLUMNS
from desktop.ui.record_form import RecordForm
from tests.ui_helpers import answer_message_box, isolate_qsettings, type_text


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")
    record_form.forget_carry_over()


def _type_date(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, text)  # typed as in a spreadsheet cell


def test_outreach_typed_with_keyboard_is_listed_and_saved(qtbot, ctx) -> None:
    panel = RecordListPanel(ctx, "outreach", SESSION_COLUMNS, catalogue_field="form")
    qtbot.addWidget(panel)
    panel.show()
    assert panel.model.rowCount() == 0
    form = panel.new_record()
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    date_edit = form.editor("date")
    _type_date(qtbot, date_edit, "15032024")
    assert date_edit.value() == date(2024, 3, 15)
    qtbot.keyClick(date_edit.line, Qt.Key.Key_Tab)
    unit = form.editor("unit_id")
    assert unit.hasFocus()
    qtbot.keyClicks(unit, "ngoc xuyen")  # no accents: the picker still knows the commune
    assert unit.value() == ctx.units.code_on("11455", date(2024, 3, 15)).id
    qtbot.keyClick(unit, Qt.Key.Key_Tab)
    form_combo = form.editor("form")
    assert form_combo.hasFocus()
    qtbot.keyClick(form_combo, Qt.Key.Key_Down)  # the second value of the drop-down
    assert form_combo.value() == "doi_thoai"
    qtbot.keyClick(form_combo, Qt.Key.Key_Tab)
    type_text(form.editor("title"), "Đối thoại với chủ cơ sở")
    form.editor("participants").setFocus()
    qtbot.keyClicks(form.editor("participants"), "1.250")
    qtbot.keyClick(form.editor("participants"), Qt.Key.Key_Tab)
    qtbot.keyClicks(form.editor("women"), "600")
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.editor("women"), Qt.Key.Key_Return)  # Enter saves
    assert not form.isVisible()
    rows = RecordService(ctx).list("outreach", Filters())
    assert len(rows) == 1
    saved = rows[0]
    assert saved["date"] == date(2024, 3, 15)
    assert saved["form"] == "doi_thoai"
    assert saved["participants"] == 1250 and saved["women"] == 600
    assert saved["title"] == "Đối thoại với chủ cơ sở"
    assert panel.model.rowCount() == 1
    index = panel.model.index(0, SESSION_COLUMNS.index("unit_id"))
    assert panel.model.data(index) == "Phường Ngọc Xuyên"
    participants = panel.model.index(0, SESSION_COLUMNS.index("participants"))
    assert panel.model.data(participants) == "1,250"  # English UI in tests


def test_invalid_entry_shows_message_beside_field_and_saves_nothing(qtbot, ctx) -> None:
    form = RecordForm(ctx, "outreach")
    qtbot.addWidget(form)
    form.show()
    form.editor("date").set_value(date(2024, 3, 15))
    form.editor("form").set_value("hoi_nghi")
    qtbot.keyClicks(form.editor("participants"), "20")
    qtbot.keyClicks(form.editor("women"), "25")
    type_text(form.editor("title"), "Hội nghị")
    assert form.save() is False
    assert form.isVisible()
    assert "required" in form.error_text("unit_id")
    assert form.error_text("women") == ""  # cross-field rules wait for the single fields
    assert RecordService(ctx).count("outreach") == 0
    type_text(form.editor("unit_id"), "Hải Sơn")
    assert form.save() is False
    assert "Women (25) cannot be more than participants (20)" in form.error_text("women")
    assert form.error_text("unit_id") == ""
    assert form.editor("title").value() == "Hội nghị"  # everything typed is kept
    assert form.editor("women").value() == 25
    assert RecordService(ctx).count("outreach") == 0
    form.editor("women").set_value(5)
    assert form.save() is True
    assert RecordService(ctx).count("outreach") == 1


def test_save_and_new_carries_date_commune_and_organiser(qtbot, ctx) -> None:
    form = RecordForm(ctx, "outreach")
    qtbot.addWidget(form)
    form.editor("date").set_value(date(2024, 5, 2))
    form.editor("unit_id").setText("Phường Minh Đức")
    form.editor("form").set_value("loa")
    form.editor("organiser").set_value("phu_nu")
    form.editor("participants").setText("40")
    form.editor("topics").set_value("mai_dam;hiv")
    assert form.save_and_new() is True
    assert form.record_id is None
    assert form.editor("participants").value() is None
    assert form.editor("topics").value() == []
    assert form.editor("date").value() == date(2024, 5, 2)
    assert form.editor("organiser").value() == "phu_nu"
    assert form.editor("unit_id").value() == ctx.units.code_on("11465", date(2024, 5, 2)).id
    saved = RecordService(ctx).list("outreach", Filters())[0]
    assert saved["topics"] == "mai_dam;hiv"
    second = RecordForm(ctx, "outreach")  # a new form later in the session too
    qtbot.addWidget(second)
    assert second.editor("date").value() == date(2024, 5, 2)


def test_edit_keeps_values_and_detects_stale_record(qtbot, ctx) -> None:
    service = RecordService(ctx)
    record_id = service.create("support", {"month": "03/2024", "unit_id": "Hải Sơn",
                                           "activity": "tu_van", "people": 12})
    form = RecordForm(ctx, "support", record_id)
    qtbot.addWidget(form)
    assert form.editor("people").value() == 12
    assert form.editor("unit_id").text() == "Phường Hải Sơn"
    service.update("support", record_id, {"people": 13})  # someone else saves meanwhile
    form.editor("people").set_value(14)
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Ok, seen)
    assert form.save() is False
    assert seen and "changed this record" in seen[0]
    assert service.get("support", record_id)["people"] == 13


def test_closing_a_dirty_form_asks_first(qtbot, ctx) -> None:
    form = RecordForm(ctx, "media")
    qtbot.addWidget(form)
    form.show()
    type_text(form.editor("title"), "Bài viết")
    assert form.dirty
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert seen == ["Save the changes to this record?"]
    assert form.isVisible()  # Cancel: back to the form, nothing lost
    assert form.editor("title").value() == "Bài viết"
    answer_message_box(QMessageBox.StandardButton.Discard)
    form.close()
    assert not form.isVisible()
    assert RecordService(ctx).count("media") == 0


def test_clean_form_closes_without_question(qtbot, ctx) -> None:
    form = RecordForm(ctx, "media")
    qtbot.addWidget(form)
    form.show()
    assert not form.dirty
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_delete_asks_and_tombstones(qtbot, ctx) -> None:
    service = RecordService(ctx)
    service.create("media", {"date": "01/02/2024", "kind": "tin", "quantity": 3})
    panel = RecordListPanel(ctx, "media", ("date", "kind", "quantity"), unit=False)
    qtbot.addWidget(panel)
    panel.view.selectRow(0)
    answer_message_box(QMessageBox.StandardButton.No)
    assert panel.delete_current() is False
    assert service.count("media") == 1
    answer_message_box(QMessageBox.StandardButton.Yes)
    assert panel.delete_current() is True
    assert service.count("media") == 0
    assert panel.model.rowCount() == 0


def test_a_decimal_target_survives_being_opened_and_saved(qtbot, ctx) -> None:
    """A plan's value is a decimal (95,5 %), but its field read every separator as a
    thousands one: 95,5 typed saved 955, and opening a target of 95.5 and saving it after
    changing only its note turned it into 955."""
    from desktop.domain.indicators import INDICATORS

    service = RecordService(ctx)
    plan = service.create("plans", {"year": 2024, "indicator": INDICATORS[0].key,
                                    "value": 95.5})
    form = RecordForm(ctx, "plans", plan)
    qtbot.addWidget(form)
    assert form.editor("value").text() == "95.5"  # English UI: a decimal point
    form.editor("note").setText("Kế hoạch điều chỉnh")
    assert form.save()
    assert service.get("plans", plan)["value"] == 95.5
    new = RecordForm(ctx, "plans")
    qtbot.addWidget(new)
    new.editor("year").setText("2025")
    new.editor("indicator").set_value(INDICATORS[0].key)
    value = new.editor("value")
    value.setText("1.234,5")  # as typed in the Vietnamese way, or "1,234.5", "12,5"
    assert value.value() == 1234.5
    value.setText("1,234.5")
    assert value.value() == 1234.5
    value.setText("12,5")
    assert value.value() == 12.5
    assert new.save()
    assert sorted(r["value"] for r in service.list("plans")) == [12.5, 95.5]


@pytest.mark.parametrize(("lang", "typed", "count", "decimal"), [
    ("vi", "1.250", 1250, 1250), ("vi", "1,250", 1250, 1.25), ("vi", "12,5", "12,5", 12.5),
    ("vi", "1.234,5", "1.234,5", 1234.5), ("vi", "1.250.000", 1250000, 1250000),
    ("en", "1,250", 1250, 1250), ("en", "1.250", 1250, 1.25), ("en", "12.5", "12.5", 12.5),
    ("en", "1,234.5", "1,234.5", 1234.5), ("vi", "1 250", 1250, 1250),
    ("vi", "12..5", "12..5", "12..5"), ("vi", "abc", "abc", "abc"), ("vi", "-5", -5, -5),
])
def test_numbers_read_as_typed_in_either_language(qtbot, lang, typed, count, decimal) -> None:
    """A count typed "12,5" saved 125 (every separator was a thousands one): a count's
    separator followed by one or two digits is a decimal, which a count refuses by name."""
    from desktop.i18n import set_language
    from desktop.ui.widgets import NumberEdit

    set_language(lang)
    try:
        for decimals, expected in ((False, count), (True, decimal)):
            edit = NumberEdit(decimals=decimals)
            qtbot.addWidget(edit)
            edit.setText(typed)
            assert edit.value() == expected, (decimals, typed)
    finally:
        set_language("en")
