"""Copy rows out as a table for Excel; paste a block from Excel through the import preview."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import audit_view
from desktop.services.records import RecordService
from desktop.ui.clipboard import layout_of, parse_tsv, to_tsv
from desktop.ui.exchange_preview import ExchangePreviewDialog
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.outreach_tab import SESSION_COLUMNS
from desktop.ui.undo import undo_stack
from tests.ui_helpers import answer_message_box, isolate_qsettings, table_cells

HEADER = "Ngày\tXã/phường\tHình thức\tTiêu đề\tSố người tham dự\tTrong đó nữ"
ROWS = [
    "15/03/2024\tHải Sơn\tHội nghị\tHội nghị tuyên truyền\t1.250\t600",
    "16/3/2024\tngoc xuyen\tdoi thoai\tĐối thoại với chủ cơ sở\t45\t",
    "17-03-2024\tPhường Minh Đức\tLoa truyền thanh\t\t300\t120",
]


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")
    undo_stack().clear()


def _panel(qtbot, ctx) -> RecordListPanel:
    panel = RecordListPanel(ctx, "outreach", SESSION_COLUMNS, catalogue_field="form")
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _on_preview(act: Callable[[ExchangePreviewDialog], None], seen: list) -> None:
    """Act on the paste's preview as soon as it is shown (it is modal)."""

    def poll(left: int = 100) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, ExchangePreviewDialog) and w.isVisible():
                seen.append(w)
                act(w)
                if w.isVisible():  # the button was disabled: do not wait for ever
                    w.reject()
                return
        if left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def test_pasted_rows_with_headers_are_previewed_saved_audited_and_undone(qtbot, ctx) -> None:
    panel = _panel(qtbot, ctx)
    seen: list[ExchangePreviewDialog] = []
    _on_preview(lambda d: d.import_button.click(), seen)
    assert panel.paste("\r\n".join([HEADER, *ROWS]) + "\r\n")
    preview = seen[0]
    assert "header row" in preview.summary_label.text()
    assert "3 pasted rows" in preview.summary_label.text()  # not "1 workbook(s)"
    assert "workbook" not in preview.summary_label.text()
    assert preview.counts.item(0, 3 + 1).text() == "3"  # three new rows
    assert panel.wait_loaded()
    service = RecordService(ctx)
    saved = {r["title"]: r for r in service.list("outreach")}
    assert len(saved) == 3
    first = saved["Hội nghị tuyên truyền"]
    assert first["date"] == date(2024, 3, 15) and first["participants"] == 1250
    assert first["form"] == "hoi_nghi" and first["women"] == 600
    assert saved["Đối thoại với chủ cơ sở"]["form"] == "doi_thoai"
    assert saved[""]["date"] == date(2024, 3, 17)
    assert len(panel.selected_ids()) == 3  # the pasted rows are selected
    entries = audit_view.query_audit(ctx.db, record_type="outreach")
    assert len(entries) == 3
    assert all(json.loads(json.dumps(e.changes))["file"][1] == audit_view.PASTED_FILE
               for e in entries)
    assert undo_stack().last().label().startswith("Undo the paste")
    assert panel.undo_last()
    assert service.count("outreach") == 0
    assert panel.wait_loaded() and panel.model.rowCount() == 0


def test_rows_without_a_header_follow_the_lists_columns(qtbot, ctx) -> None:
    panel = _panel(qtbot, ctx)
    block = "02/05/2024\tHải Sơn\tHội nghị\tBuổi 1\tNhà văn hóa\t\t\t30\n"
    layout = layout_of("outreach", parse_tsv(block)[0], panel.model.fields)
    assert not layout.has_header
    assert layout.headers[:4] == ["Ngày", "Xã/phường", "Hình thức", "Tiêu đề"]
    seen: list = []
    _on_preview(lambda d: d.import_button.click(), seen)
    assert panel.paste(block)
    assert "without a header row" in seen[0].summary_label.text()
    row = RecordService(ctx).list("outreach")[0]
    assert (row["title"], row["location"], row["participants"]) == ("Buổi 1", "Nhà văn hóa", 30)


def test_a_bad_row_is_named_and_the_valid_ones_may_be_saved(qtbot, ctx) -> None:
    panel = _panel(qtbot, ctx)
    bad = "31/02/2024\tHải Sơn\tHội nghị\tNgày sai\t20\t"
    worse = "15/03/2024\tHải Sơn\tHội nghị\tNữ nhiều hơn\t20\t30"
    seen: list = []
    _on_preview(lambda d: d.valid_button.click(), seen)
    answer_message_box(QMessageBox.StandardButton.Ok, attempts=400)  # "2 rows not saved"
    assert panel.paste("\n".join([HEADER, ROWS[0], bad, worse]))
    preview = seen[0]
    problems = [preview.model.data(preview.model.index(r, 5))
                for r in range(preview.model.rowCount())]
    rows = [preview.model.data(preview.model.index(r, 2)) for r in range(preview.model.rowCount())]
    assert "3" in rows and "4" in rows  # the pasted lines, the header being line 1
    assert any("31/02/2024" in p for p in problems)
    assert any("cannot be more than participants" in p for p in problems)
    assert not preview.import_button.isEnabled()
    assert RecordService(ctx).count("outreach") == 1
    back = parse_tsv(QApplication.clipboard().text())
    assert back[0][-1] == "Lỗi" and len(back) == 3
    assert "31/02/2024" in back[1] and "Ngày: Ngày" not in back[1][-1]


def test_copy_puts_a_table_with_headers_on_the_clipboard(qtbot, ctx) -> None:
    service = RecordService(ctx)
    for day, people in ((1, 1250), (2, 40), (3, 7)):
        service.create("outreach", {"date": date(2024, 3, day), "unit_id": "Hải Sơn",
                                    "form": "hoi_nghi", "participants": people,
                                    "title": f"Buổi <{day}>"})
    panel = _panel(qtbot, ctx)
    panel._select_rows([0, 2])
    assert panel.copy_selection() == 2
    mime = QApplication.clipboard().mimeData()
    lines = parse_tsv(mime.text())
    assert lines[0][:3] == ["Date", "Commune/ward", "Form"]
    assert lines[1][0] == "03/03/2024" and lines[2][0] == "01/03/2024"
    participants = lines[0].index("Participants")
    assert lines[2][participants] == "1250"  # a number Excel reads in any locale
    html = mime.html()
    assert "<table" in html and "x:num=\"1250\"" in html and "Buổi &lt;3&gt;" in html
    seen: list = []
    _on_preview(lambda d: d.import_button.click(), seen)
    assert panel.paste(mime.text())  # our own copy pastes back: English headers match too
    assert service.count("outreach") == 5


def test_tsv_round_trip_keeps_tabs_quotes_and_line_breaks() -> None:
    cells = [["a\tb", 'say "hi"', "two\nlines", ""]]
    assert parse_tsv(to_tsv(["h1", "h2", "h3", "h4"], cells))[1] == cells[0]
    assert parse_tsv("\n\n") == []


def test_rows_pasted_into_a_locked_month_are_refused_by_name_and_the_others_saved(
        qtbot, ctx) -> None:
    """The preview named the scratch workbook ("clipboard.xlsx") as the file, and put a
    locked month's refusal under the column "Mã bản ghi" with an id the paste had made up."""
    from desktop.services import locks

    locks.lock_month(ctx, RecordService(ctx)._home_id(), date(2024, 5, 1), "May signed off")
    panel = _panel(qtbot, ctx)
    seen: list[ExchangePreviewDialog] = []
    shown: list[list[str]] = []

    def act(d: ExchangePreviewDialog) -> None:
        shown.extend(table_cells(d.model))
        assert not d.import_button.isEnabled()
        d.valid_button.click()

    _on_preview(act, seen)
    answer_message_box(QMessageBox.StandardButton.Ok, attempts=400)  # "1 row not saved"
    assert panel.paste("\n".join([HEADER, "05/05/2024\tHải Sơn\tHội nghị\tTháng đã khóa\t20\t",
                                  ROWS[0]]))
    assert seen[0].counts.item(0, 0).text() == "Pasted rows"
    assert len(shown) == 1
    file, _sheet, row, column, value, problem = shown[0]
    assert (file, row, column, value) == ("Pasted rows", "2", "", "")
    assert "05/2024" in problem and "locked" in problem
    assert [r["title"] for r in RecordService(ctx).list("outreach")] == [
        "Hội nghị tuyên truyền"]


def test_pasted_dates_read_as_the_date_field_reads_them_typed(qtbot, ctx) -> None:
    """"16/3/24" and "17032024" are dates in every date field, but pasted into a list the
    importer refused them as "not a date"."""
    panel = _panel(qtbot, ctx)
    seen: list = []
    _on_preview(lambda d: d.import_button.click(), seen)
    assert panel.paste("\n".join([HEADER, "16/3/24\tHải Sơn\tHội nghị\tHai số năm\t20\t",
                                  "17032024\tHải Sơn\tHội nghị\tLiền\t20\t",
                                  "18-03-2024\tHải Sơn\tHội nghị\tGạch\t20\t"]))
    dates = {r["title"]: r["date"] for r in RecordService(ctx).list("outreach")}
    assert dates == {"Hai số năm": date(2024, 3, 16), "Liền": date(2024, 3, 17),
                     "Gạch": date(2024, 3, 18)}
