"""Dates as people type them: the parser, and real date fields in real forms and filters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.typed_dates import TypedDateError, parse_typed_date, parse_typed_month
from desktop.services.records import RecordService
from desktop.ui import record_form
from desktop.ui.date_edit import DateEdit
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.record_form import RecordForm
from tests.ui_helpers import isolate_qsettings

TODAY = date(2026, 3, 20)
TYPED = ["15/03/2024", "15/3/2024", "15/3/24", "15032024", "15-03-2024"]


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")
    record_form.forget_carry_over()


@pytest.mark.parametrize("text", [*TYPED, "15.03.2024", "15 3 2024", "150324", "2024-03-15",
                                  " 15 / 03 / 2024 "])
def test_every_usual_way_of_typing_a_date_reads_the_same(text: str) -> None:
    assert parse_typed_date(text, TODAY) == date(2024, 3, 15)


def test_day_and_month_alone_mean_this_year_and_blank_is_no_date() -> None:
    assert parse_typed_date("15/3", TODAY) == date(2026, 3, 15)
    assert parse_typed_date("1503", TODAY) == date(2026, 3, 15)
    assert parse_typed_date("   ", TODAY) is None
    assert parse_typed_date("1/1/85", TODAY) == date(1985, 1, 1)  # 2085 is too far ahead


@pytest.mark.parametrize(("text", "reason"), [
    ("31/02/2024", "day"), ("15/13/2024", "month"), ("15/03/20245", "format"),
    ("hôm qua", "format"), ("1532024", "format"), ("15/03/1850", "year"), ("2024/3", "format"),
])
def test_unreadable_dates_are_refused_with_their_reason(text: str, reason: str) -> None:
    with pytest.raises(TypedDateError) as caught:
        parse_typed_date(text, TODAY)
    assert caught.value.reason == reason


@pytest.mark.parametrize("text", ["3/2024", "03/24", "032024", "0324", "Tháng 3/2024",
                                  "T3/2024", "tháng 3 năm 2024", "2024-03", "15/03/2024"])
def test_months_typed_in_every_usual_way(text: str) -> None:
    assert parse_typed_month(text, TODAY) == date(2024, 3, 1)


def test_a_month_number_alone_is_this_year() -> None:
    assert parse_typed_month("3", TODAY) == date(2026, 3, 1)
    with pytest.raises(TypedDateError):
        parse_typed_month("13/2024", TODAY)


def _show(qtbot, widget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _type_into(qtbot, edit: DateEdit, text: str) -> None:
    edit.line.setFocus()
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, text)


@pytest.mark.parametrize("typed", TYPED)
def test_a_typed_date_is_the_saved_date(qtbot, ctx, typed: str) -> None:
    form = RecordForm(ctx, "outreach")
    qtbot.addWidget(form)
    _show(qtbot, form)
    _type_into(qtbot, form.editor("date"), typed)
    qtbot.keyClick(form.editor("date").line, Qt.Key.Key_Tab)
    assert form.editor("date").text() == "15/03/2024"  # shown whole once the field is left
    assert form.editor("unit_id").hasFocus()
    qtbot.keyClicks(form.editor("unit_id"), "hai son")
    form.editor("form").set_value("hoi_nghi")
    form.editor("participants").setText("30")
    assert form.save() is True
    saved = RecordService(ctx).get("outreach", form.record_id)
    assert saved["date"] == date(2024, 3, 15)


def test_a_date_typed_as_the_form_opens_replaces_todays(qtbot, ctx) -> None:
    """Found counting keystrokes: the form opened with the cursor after today's date, so
    15032024 typed at once read 02/12/202615032024."""
    form = RecordForm(ctx, "outreach")
    qtbot.addWidget(form)
    _show(qtbot, form)
    line = form.editor("date").line
    assert line.hasFocus() and line.selectedText() == line.text() != ""
    qtbot.keyClicks(line, "15032024")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert form.editor("date").value() == date(2024, 3, 15)


def test_an_unreadable_date_is_said_beside_the_field_and_nothing_is_saved(qtbot, ctx) -> None:
    form = RecordForm(ctx, "outreach")
    qtbot.addWidget(form)
    _show(qtbot, form)
    edit = form.editor("date")
    _type_into(qtbot, edit, "31/02/2024")
    qtbot.keyClick(edit.line, Qt.Key.Key_Tab)
    assert "no such day" in form.error_text("date")
    assert edit.text() == "31/02/2024"  # kept as typed, never another date
    form.editor("unit_id").setText("Phường Hải Sơn")
    form.editor("form").set_value("hoi_nghi")
    form.editor("participants").setText("30")
    assert form.save() is False
    assert "31/02/2024" in form.error_text("date")
    assert RecordService(ctx).count("outreach") == 0
    _type_into(qtbot, edit, "28/02/2024")
    assert form.error_text("date") == ""  # corrected: the message goes at once
    assert form.save() is True


def test_an_empty_optional_date_can_be_typed_and_left_blank(qtbot, ctx) -> None:
    form = RecordForm(ctx, "training")
    qtbot.addWidget(form)
    _show(qtbot, form)
    to = form.editor("date_to")
    assert to.text() == "" and to.value() is None
    _type_into(qtbot, form.editor("date_from"), "2/5/24")
    _type_into(qtbot, to, "3/5/24")
    qtbot.keyClick(to.line, Qt.Key.Key_Tab)
    form.editor("name").setText("Lớp tập huấn")
    form.editor("trainees").setText("25")
    assert form.save() is True
    saved = RecordService(ctx).get("training", form.record_id)
    assert (saved["date_from"], saved["date_to"]) == (date(2024, 5, 2), date(2024, 5, 3))
    edit = RecordForm(ctx, "training", form.record_id)
    qtbot.addWidget(edit)
    edit.editor("date_to").line.clear()
    assert edit.save() is True
    assert RecordService(ctx).get("training", form.record_id)["date_to"] is None


def test_filter_dates_are_typed_and_filter_the_list(qtbot, ctx) -> None:
    service = RecordService(ctx)
    for day in (date(2024, 1, 5), date(2024, 3, 15), date(2024, 5, 1)):
        service.create("media", {"date": day, "kind": "tin", "quantity": 1})
    panel = RecordListPanel(ctx, "media", ("date", "kind", "quantity"), unit=False)
    qtbot.addWidget(panel)
    _show(qtbot, panel)
    assert panel.model.rowCount() == 3
    bar = panel.filter_bar
    _type_into(qtbot, bar.date_from, "1/3/24")
    qtbot.keyClick(bar.date_from.line, Qt.Key.Key_Tab)
    _type_into(qtbot, bar.date_to, "31032024")
    qtbot.keyClick(bar.date_to.line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.record(0)["date"] == date(2024, 3, 15)
    _type_into(qtbot, bar.date_to, "32/3/2024")
    qtbot.keyClick(bar.date_to.line, Qt.Key.Key_Tab)
    assert "no such day" in bar.date_problem.text() and bar.date_problem.isVisible()


def test_month_field_takes_typed_months(qtbot, ctx) -> None:
    form = RecordForm(ctx, "support")
    qtbot.addWidget(form)
    _show(qtbot, form)
    _type_into(qtbot, form.editor("month"), "3/24")
    qtbot.keyClick(form.editor("month").line, Qt.Key.Key_Tab)
    assert form.editor("month").text() == "03/2024"
    form.editor("unit_id").setText("Phường Hải Sơn")
    form.editor("activity").set_value("tu_van")
    form.editor("people").setText("4")
    assert form.save() is True
    assert RecordService(ctx).get("support", form.record_id)["month"] == date(2024, 3, 1)


def test_calendar_opens_on_the_fields_date_or_today(qtbot) -> None:
    edit = DateEdit(optional=True, today=TODAY)
    qtbot.addWidget(edit)
    edit.show()
    edit.line.setFocus()
    qtbot.keyClick(edit.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit.popup is not None and edit.popup.isVisible()
    assert edit.popup.calendar.selectedDate().toPython() == TODAY
    edit.popup.hide()
    edit.set_value(date(2023, 7, 9))
    edit.open_calendar()
    cal = edit.popup.calendar
    assert (cal.yearShown(), cal.monthShown()) == (2023, 7)
    cal.setSelectedDate(cal.selectedDate().addDays(2))
    cal.activated.emit(cal.selectedDate())
    assert edit.value() == date(2023, 7, 11) and not edit.popup.isVisible()
    QApplication.processEvents()
