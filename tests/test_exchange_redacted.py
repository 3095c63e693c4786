"""Redacted workbooks (`pcmd export --redact`): the personal data left out is not required on
import, and never blanks out what the receiving database already holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.exchange.importer import plan_import
from desktop.services import demo_data
from desktop.services.records import RecordService
from tests.exchange_helpers import dump, empty_context, write_book

PERIOD = (date(2016, 1, 1), date(2030, 12, 31))


def test_a_redacted_export_imports_and_keeps_the_names_here(tmp_path: Path) -> None:
    office = empty_context(tmp_path / "office.sqlite")
    demo_data.generate(office, 300, seed=3, today=date(2026, 11, 1))
    full = export_workbook(office, tmp_path / "full.xlsx", *PERIOD).path
    redacted = export_workbook(office, tmp_path / "redacted.xlsx", *PERIOD, redact=True).path

    fresh = empty_context(tmp_path / "fresh.sqlite")  # the city, receiving only the redacted
    plan = plan_import(fresh, redacted)
    assert plan.errors == []
    assert import_files(fresh, [redacted]).exit_code == 0
    officers = dump(fresh, "officers")
    assert officers and {o["full_name"] for o in officers.values()} == {""}
    assert len(dump(fresh, "establishments")) == len(dump(office, "establishments"))

    city = empty_context(tmp_path / "city.sqlite")  # the city, with the full file first
    assert import_files(city, [full]).exit_code == 0
    names = {k: o["full_name"] for k, o in dump(city, "officers").items()}
    owners = {k: (e["owner_name"], e["phone"]) for k, e in dump(city, "establishments").items()}
    one = next(iter(dump(office, "officers")))
    RecordService(office).update("officers", one, {"position": "Phó Chủ tịch"})
    again = export_workbook(office, tmp_path / "again.xlsx", *PERIOD, redact=True).path
    summary = import_files(city, [again])
    assert summary.exit_code == 0 and summary.files[0].sheets["officers"]["updated"] == 1
    after = dump(city, "officers")
    assert after[one]["position"] == "Phó Chủ tịch"
    assert {k: o["full_name"] for k, o in after.items()} == names  # never blanked out
    assert {k: (e["owner_name"], e["phone"]) for k, e in dump(city, "establishments").items()} \
        == owners
    assert import_files(city, [again]).files[0].sheets["officers"]["unchanged"] == len(names)
    for ctx in (office, fresh, city):
        ctx.db.close()


def test_a_hand_typed_roster_still_needs_the_names(tmp_path: Path) -> None:
    rows = [["Mã cán bộ", "Họ và tên", "Xã/phường"], ["CB01", None, "Vạn Hương"]]
    path = write_book(tmp_path / "cb.xlsx", {"Cán bộ": rows})
    ctx = empty_context(tmp_path / "t.sqlite")
    plan = plan_import(ctx, path, unit_code="308")
    assert [(e.row, e.column) for e in plan.errors] == [(2, "Họ và tên")]
    ctx.db.close()
