"""The audit trail read as a person reads it: record types, field and catalogue labels,
unit names, local dd/mm/yyyy HH:mm, the record's title instead of its id."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.i18n import set_language
from desktop.services import audit_view, locks
from desktop.services.audit_text import AuditText
from desktop.services.records import RecordService
from desktop.ui.audit_viewer import AuditTableModel, AuditViewer
from tests.ui_helpers import isolate_qsettings


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")


def _rows(model: AuditTableModel) -> list[list[str]]:
    return [model.cells(r) for r in range(model.rowCount())]


def test_entries_read_in_the_ui_language_with_titles(qtbot, qtmodeltester, ctx) -> None:
    service = RecordService(ctx)
    rid = service.create("outreach", {"date": date(2024, 3, 15), "unit_id": "Hải Sơn",
                                      "form": "hoi_nghi", "participants": 1250,
                                      "title": "Hội nghị"})
    service.update("outreach", rid, {"form": "doi_thoai", "unit_id": "Ngọc Xuyên",
                                     "participants": 1300})
    service.delete("outreach", rid)
    officer = service.create("officers", {"officer_code": "CB07", "full_name": "Lê Thị Mai"})
    cls = service.create("training", {"date_from": date(2024, 4, 2), "name": "Lớp A",
                                      "trainees": 20})
    service.create("attendance", {"class_id": cls, "officer_id": officer})
    locks.lock(ctx, ctx.home_unit().id, date(2024, 5, 1), "Đã ký báo cáo")
    model = AuditTableModel(ctx, None)
    qtmodeltester.check(model)
    rows = _rows(model)
    by_action = {(r[2], r[3]): r for r in rows}
    update = by_action[("changed", "Outreach session")]
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", update[0])
    assert update[4] == "15/03/2024 — Phường Ngọc Xuyên — Dialogue"  # the title, not the id
    assert "Form: Conference, seminar → Dialogue" in update[6]
    assert "Commune/ward: Phường Hải Sơn → Phường Ngọc Xuyên" in update[6]
    assert "Participants: 1,250 → 1,300" in update[6]
    assert update[5] == "Quận Đồ Sơn"
    created = by_action[("created", "Outreach session")]
    assert "Date: 15/03/2024" in created[6] and "unit_id" not in created[6]
    assert by_action[("deleted", "Outreach session")][6] == ""
    attendance = by_action[("created", "Attendance")]
    assert "CB07 — Lê Thị Mai" in attendance[4]  # the declared title: the officer
    lock = by_action[("locked", "Month lock")]
    assert lock[4] == "05/2024 — Quận Đồ Sơn" and "Reason: Đã ký báo cáo" in lock[6]
    assert not any(re.search(r"\b[0-9a-f]{8}-[0-9a-f]{4}-", c) for r in rows for c in r[4:])


def test_the_viewer_filters_by_labels_and_speaks_vietnamese(qtbot, ctx) -> None:
    service = RecordService(ctx)
    service.create("media", {"date": date(2024, 2, 1), "kind": "tin", "quantity": 3})
    set_language("vi")
    viewer = AuditViewer(ctx)
    qtbot.addWidget(viewer)
    labels = [viewer.record_type.itemText(i) for i in range(viewer.record_type.count())]
    assert "Tin, bài truyền thông" in labels and "media" not in labels
    viewer.record_type.setCurrentIndex(viewer.record_type.findData("media"))
    assert viewer.model.rowCount() == 1
    row = viewer.model.cells(0)
    assert (row[2], row[3]) == ("thêm mới", "Tin, bài truyền thông")
    assert "Số lượng: 3" in row[6]
    assert viewer.count_label.text().startswith("1 ")


def test_a_paste_is_named_as_such(ctx) -> None:
    text = AuditText(ctx)
    row = audit_view.AuditRow(1, datetime(2024, 1, 1), "u", "import", "media", "x", "308",
                              {"file": [None, audit_view.PASTED_FILE]})
    assert text.changes(row) == "pasted from the clipboard"
