"""Export -> import round trips, re-import, newer-wins, deletions, manifest, CLI JSON."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.exchange import workbook_format as wf
from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.exchange.importer import apply_plan, plan_import
from desktop.exchange.reader import read_workbook
from desktop.exchange.template import write_template
from desktop.services import demo_data
from desktop.services.records import RecordService
from tests.exchange_helpers import counts, dump, empty_context

START, END = date(2016, 1, 1), date(2030, 12, 31)


@pytest.fixture
def demo(ctx):
    demo_data.generate(ctx, 600, seed=3, today=date(2026, 11, 1))
    return ctx


def test_round_trip_every_record_equal(demo, tmp_path: Path):
    svc = RecordService(demo)
    gone = next(iter(dump(demo, "outreach")))
    svc.delete("outreach", gone)
    out = tmp_path / "export.xlsx"
    result = export_workbook(demo, out, START, END)
    assert result.counts["deletions"] == 1
    target = empty_context(tmp_path / "b.sqlite")
    summary = import_files(target, [out])
    assert summary.exit_code == 0, summary.as_json()
    for kind in wf.RECORD_KEYS:
        want, got = dump(demo, kind), dump(target, kind)
        assert set(got) == set(want), kind
        for rid, row in want.items():
            assert got[rid] == row, (kind, rid)
    again = import_files(target, [out]).files[0]
    assert all(c["new"] == 0 and c["updated"] == 0 for c in again.sheets.values())
    assert again.sheets["outreach"]["unchanged"] == len(dump(demo, "outreach"))
    target.db.close()


def test_manifest_checksum_and_styles(demo, tmp_path: Path):
    out = tmp_path / "e.xlsx"
    export_workbook(demo, out, date(2023, 1, 1), date(2023, 12, 31))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [wf.MANIFEST_SHEET, *[s.name for s in wf.SHEETS]]
    keys = [r[0].value for r in wb[wf.MANIFEST_SHEET].iter_rows()]
    assert keys == wf.manifest_keys()
    ws = wb["Tuyên truyền"]
    assert [c.value for c in ws[1]] == wf.SHEET_BY_KEY["outreach"].headers
    assert ws.freeze_panes == "A2"
    assert ws["A2"].number_format == "dd/mm/yyyy" and isinstance(ws["A2"].value, datetime)
    book = read_workbook(out)
    info = {r[0].value: r[1].value for r in wb[wf.MANIFEST_SHEET].iter_rows()}
    assert info[wf.M_CHECKSUM] == book.checksum
    assert info[wf.M_UNIT_CODE] == "308"


def test_updated_at_round_trips_to_the_millisecond(ctx, tmp_path: Path):
    svc = RecordService(ctx)
    rid = svc.create("media", {"date": "5/3/2024", "kind": "Tin", "quantity": 1})
    stamp = dump(ctx, "media")[rid]["updated_at"]
    assert stamp.microsecond % 1000 == 0
    out = tmp_path / "m.xlsx"
    export_workbook(ctx, out, date(2024, 1, 1), date(2024, 12, 31))
    wb = openpyxl.load_workbook(out)
    ws = wb["Truyền thông"]
    col = wf.SHEET_BY_KEY["media"].headers.index("Cập nhật lúc") + 1
    assert ws.cell(2, col).number_format == wf.DATETIME_FORMAT
    plan = plan_import(ctx, out)
    assert plan.rows["media"][0].updated == stamp
    target = empty_context(tmp_path / "b.sqlite")
    import_files(target, [out])
    assert dump(target, "media")[rid]["updated_at"] == stamp
    target.db.close()


def test_newer_wins_older_is_a_conflict_and_deletions_travel(ctx, tmp_path: Path):
    svc = RecordService(ctx)
    a = svc.create("media", {"date": "5/3/2024", "kind": "Tin", "quantity": 1})
    b = svc.create("media", {"date": "6/3/2024", "kind": "Tin", "quantity": 2})
    c = svc.create("media", {"date": "7/3/2024", "kind": "Tin", "quantity": 3})
    target = empty_context(tmp_path / "b.sqlite")
    first = tmp_path / "1.xlsx"
    export_workbook(ctx, first, date(2024, 1, 1), date(2024, 12, 31))
    import_files(target, [first])
    svc.update("media", a, {"quantity": 10})  # newer at the sender
    RecordService(target).update("media", b, {"quantity": 20})  # newer at the receiver
    svc.delete("media", c)
    second = tmp_path / "2.xlsx"
    export_workbook(ctx, second, date(2024, 1, 1), date(2030, 12, 31))
    report = import_files(target, [second]).files[0]
    assert report.sheets["media"] == {"rows": 2, "new": 0, "updated": 1, "unchanged": 0,
                                      "conflicts": 1, "rejected": 0, "deleted": 0}
    assert report.sheets["deletions"]["deleted"] == 1
    assert report.ok
    rows = dump(target, "media")
    assert rows[a]["quantity"] == 10 and rows[b]["quantity"] == 20 and c not in rows
    assert any(w.column == "Cập nhật lúc" and w.row == 3 for w in report.warnings)
    target.db.close()


def test_redact_and_formula_text(ctx, tmp_path: Path):
    svc = RecordService(ctx)
    svc.create("establishments", {"est_code": "E1", "name": "=HYPERLINK(\"x\")",
                                  "type": "Karaoke", "unit_id": "Vạn Hương",
                                  "owner_name": "Nguyễn Văn A", "phone": "0912345678",
                                  "opened_on": "1/1/2020"})
    out = tmp_path / "r.xlsx"
    export_workbook(ctx, out, START, END, redact=True)
    ws = openpyxl.load_workbook(out)["Cơ sở"]
    cells = [c.value for c in ws[2]]
    assert "Nguyễn Văn A" not in cells and "0912345678" not in cells
    assert ws["B2"].data_type == "s" and ws["B2"].value == "=HYPERLINK(\"x\")"


def test_template_has_lists_and_instructions(ctx, tmp_path: Path):
    out = write_template(ctx, tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb[wf.LISTS_SHEET].sheet_state == "hidden"
    assert "HƯỚNG DẪN" in wb[wf.INSTRUCTIONS_SHEET]["A1"].value
    ws = wb["Tuyên truyền"]
    assert [c.value for c in ws[1]] == wf.SHEET_BY_KEY["outreach"].headers
    assert len(ws.data_validations.dataValidation) >= 5
    communes = [c.value for c in wb[wf.LISTS_SHEET]["A"] if c.value][1:]
    assert communes == [u.name for u in ctx.units.scope(ctx.home_unit(), ctx.today())]
    assert len(communes) >= 2
    plan = plan_import(ctx, out, unit_code="308")  # the blank template imports as nothing
    assert not plan.errors and all(len(r) == 0 for r in plan.rows.values())


def test_cli_json_shape_and_dry_run(demo, tmp_path: Path, capsys):
    out = tmp_path / "e.xlsx"
    assert main(["export", "--from", "2024-01-01", "--to", "2024-12-31", "--out", str(out),
                 "--db", demo.db.url]) == 0
    target = empty_context(tmp_path / "b.sqlite")
    target.db.close()
    capsys.readouterr()
    code = main(["import", str(out), "--dry-run", "--json", "--db", str(tmp_path / "b.sqlite")])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    f = data["files"][0]
    assert set(f) == {"file", "ok", "unit", "sheets", "errors", "warnings"}
    assert f["unit"] == "308" and f["ok"] is True
    assert set(f["sheets"]["outreach"]) == {"rows", "new", "updated", "unchanged", "conflicts",
                                            "rejected", "deleted"}
    assert f["sheets"]["outreach"]["new"] == f["sheets"]["outreach"]["rows"] > 0
    again = empty_context(tmp_path / "b.sqlite")
    assert counts(again)["outreach"] == 0  # dry run changed nothing
    plan = plan_import(again, out)
    assert apply_plan(again, plan) == "ok"
    again.db.close()


def test_folder_import_one_summary(demo, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    export_workbook(demo, folder / "a.xlsx", date(2020, 1, 1), date(2020, 12, 31))
    export_workbook(demo, folder / "b.xlsx", date(2021, 1, 1), date(2021, 12, 31))
    (folder / "c.xlsx").write_bytes(b"not a workbook")
    target = empty_context(tmp_path / "t.sqlite")
    code = main(["import", str(folder), "--json", "--db", str(tmp_path / "t.sqlite")])
    assert code == 2  # c.xlsx refused, the others imported
    assert counts(target)["outreach"] > 0
    target.db.close()


def test_check_order_keeps_references_first_and_warnings_in_import_order(ctx, tmp_path: Path):
    assert sorted(wf.CHECK_ORDER) == sorted(wf.DATA_KEYS)
    pos = wf.CHECK_ORDER.index
    assert pos("training") < pos("attendance") and pos("officers") < pos("attendance")
    assert pos("establishments") < pos("inspections") and wf.CHECK_ORDER[-1] == "deletions"
    # media is checked before outreach, but its conflicts are listed after outreach's
    svc = RecordService(ctx)
    session = svc.create("outreach", {"date": "15/03/2024", "unit_id": "Ngọc Xuyên",
                                      "form": "Hội nghị, tọa đàm", "title": "Tuyên truyền",
                                      "participants": "12"})
    item = svc.create("media", {"date": "5/3/2024", "kind": "Tin", "quantity": 1})
    target = empty_context(tmp_path / "b.sqlite")
    book = tmp_path / "1.xlsx"
    export_workbook(ctx, book, date(2024, 1, 1), date(2024, 12, 31))
    import_files(target, [book])
    RecordService(target).update("media", item, {"quantity": 2})
    RecordService(target).update("outreach", session, {"participants": "13"})
    report = import_files(target, [book]).files[0]
    assert report.sheets["media"]["conflicts"] == 1 == report.sheets["outreach"]["conflicts"]
    sheets = [w.sheet for w in report.warnings if w.column == "Cập nhật lúc"]
    assert sheets == ["Tuyên truyền", "Truyền thông"]
    target.db.close()
