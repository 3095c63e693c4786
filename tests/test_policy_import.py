"""The import as an attacker and a careless office use it: a workbook that claims to come from
Đồ Sơn (308) but carries Hải An's (306) record ids with newer time stamps, its `Đã xóa` sheet
deleting 306's records; the owner's locked month; a user importing for a unit not theirs; an
edit on another PC between the preview and the import; a month locked meanwhile; attendance
in a locked class month judged as the form judges it. SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.errors import InputError
from desktop.exchange import workbook_format as wf
from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.exchange.importer import apply_plan, plan_import
from desktop.services import auth, demo_data, locks, setup
from desktop.services.context import AppContext
from desktop.services.records import RecordService
from desktop.services.session_user import set_user
from tests.exchange_helpers import dump, empty_context

START, END = date(2016, 1, 1), date(2030, 12, 31)
MARCH = date(2024, 3, 1)


@pytest.fixture
def city(ctx: AppContext) -> AppContext:
    setup.choose_home_unit(ctx, "31", today=date(2024, 6, 1))
    ctx.reload_units()
    return ctx


def _office(tmp_path: Path, code: str, records: int = 150, seed: int = 4) -> tuple[
        AppContext, Path]:
    """A sending office with demo records, and its export."""
    office = empty_context(tmp_path / f"{code}.sqlite", code)
    demo_data.generate(office, records, seed=seed, today=date(2024, 12, 1))
    book = tmp_path / f"{code}.xlsx"
    export_workbook(office, book, START, END)
    return office, book


def _headers(ws) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[1] if c.value}


def _forge(book: Path, out: Path, *, sender: str, deletions: list[str]) -> Path:
    """Claim another sender, make every row newer and bigger, and delete records."""
    wb = openpyxl.load_workbook(book)
    info = wb[wf.MANIFEST_SHEET]
    for row in info.iter_rows():
        if row[0].value == wf.M_UNIT_CODE:
            row[1].value = sender
    ws = wb["Tuyên truyền"]
    cols = _headers(ws)
    for r in range(2, ws.max_row + 1):
        ws.cell(r, cols["Cập nhật lúc"]).value = datetime(2026, 1, 1, 8, 0)
        ws.cell(r, cols["Số người tham dự"]).value = 999
        ws.cell(r, cols["Trong đó nữ"]).value = 1
    gone = wb["Đã xóa"]
    cols = _headers(gone)
    for i, rid in enumerate(deletions, start=2):
        gone.cell(i, cols["Mã bản ghi"]).value = rid
        gone.cell(i, cols["Loại"]).value = "Truyền thông"
        gone.cell(i, cols["Ngày xóa"]).value = datetime(2026, 1, 1, 9, 0)
    wb.save(out)
    return out


def test_a_workbook_changes_only_its_senders_records(city: AppContext, tmp_path: Path) -> None:
    hai_an, book = _office(tmp_path, "306")
    assert import_files(city, [book]).exit_code == 0
    d306 = city.units.latest("306")
    assert d306 is not None
    locks.lock_month(city, d306.id, MARCH)
    before = {k: dump(city, k) for k in ("outreach", "media")}
    media = list(before["media"])[:3]
    forged = _forge(book, tmp_path / "forged.xlsx", sender="308", deletions=media)
    report = import_files(city, [forged])
    f = report.files[0]
    assert not f.ok and report.exit_code == 1
    outreach = [e for e in f.errors if e.sheet == "Tuyên truyền" and e.column == "Mã bản ghi"]
    assert len(outreach) == len(before["outreach"])  # every row named, none applied
    e = outreach[0]
    assert e.column == "Mã bản ghi" and e.value in before["outreach"] and e.row == 2
    assert "belongs to Quận Hải An, not to Quận Đồ Sơn" in e.message
    assert sum(1 for e in f.errors if e.sheet == "Đã xóa") == 3
    with_valid = import_files(city, [forged], accept_valid=True)
    assert with_valid.files[0].sheets["outreach"]["updated"] == 0
    assert {k: dump(city, k) for k in ("outreach", "media")} == before
    hai_an.db.close()


def test_the_owners_lock_decides_not_the_senders(city: AppContext, tmp_path: Path) -> None:
    d308 = city.units.latest("308")
    assert d308 is not None
    commune = next(u for u in city.units.communes_under(d308, MARCH))
    office, book = _office(tmp_path, commune.code, records=200)
    assert import_files(city, [book]).exit_code == 0  # the commune's own records
    months = Counter(r["date"].replace(day=1) for r in dump(city, "outreach").values())
    month = months.most_common(1)[0][0]
    locks.lock_month(city, commune.id, month)  # the commune's month, not the district's
    ids = [rid for rid, row in dump(city, "outreach").items()
           if row["date"].replace(day=1) == month]
    assert ids
    # the district (308, above the commune) re-sends the commune's rows, newer
    forged = _forge(book, tmp_path / "from-308.xlsx", sender="308", deletions=[])
    report = import_files(city, [forged], accept_valid=True)
    f = report.files[0]
    locked = [e for e in f.errors if "was locked" in e.message]
    assert {e.value for e in locked} == set(ids)
    label = month.strftime("%m/%Y")
    assert all(f"{label} of {commune.name} was locked by" in e.message for e in locked)
    assert f.sheets["outreach"]["updated"] == f.sheets["outreach"]["rows"] - len(ids)
    after = dump(city, "outreach")
    assert all(after[i]["participants"] != 999 for i in ids)
    assert sum(1 for r in after.values() if r["participants"] == 999) == \
        f.sheets["outreach"]["updated"]
    office.db.close()


def test_the_importing_user_needs_the_right_to_change_the_senders_records(
        city: AppContext, tmp_path: Path) -> None:
    d303 = city.units.latest("303")
    assert d303 is not None
    office, book = _office(tmp_path, "308", records=60)
    auth.create_user(city, "admin", "quan-tri-2024", "admin", city.home_unit().id)  # type: ignore[union-attr]
    set_user(city, auth.authenticate(city.db, "admin", "quan-tri-2024"))
    auth.create_user(city, "cuong", "can-bo-303x", "staff", d303.id)
    set_user(city, auth.authenticate(city.db, "cuong", "can-bo-303x"))
    report = import_files(city, [book])
    assert report.exit_code == 1
    assert report.files[0].errors[0].message.startswith(
        "You may not import records of Quận Đồ Sơn: it is outside your units.")
    set_user(city, auth.authenticate(city.db, "admin", "quan-tri-2024"))
    assert RecordService(city).count("outreach") == 0
    office.db.close()


def test_an_edit_made_after_the_preview_is_never_overwritten(city: AppContext,
                                                             tmp_path: Path) -> None:
    office, book = _office(tmp_path, "308", records=80)
    assert import_files(city, [book]).exit_code == 0
    rid, row = next(iter(dump(city, "outreach").items()))
    RecordService(office).update("outreach", rid, {"participants": 555})
    newer = tmp_path / "newer.xlsx"
    export_workbook(office, newer, START, END)
    plan = plan_import(city, newer)
    assert plan.counts()["outreach"]["updated"] == 1
    RecordService(city).update("outreach", rid, {"participants": 777})  # another PC, meanwhile
    stamp = RecordService(city).get("outreach", rid)["updated_at"]
    assert apply_plan(city, plan) == "ok"
    kept = RecordService(city).get("outreach", rid)
    assert kept["participants"] == 777 and kept["updated_at"] == stamp
    assert plan.counts()["outreach"]["conflicts"] == 1
    assert any(w.value == rid and "changed here after the preview" in w.message
               for w in plan.warnings)
    office.db.close()


def test_a_month_locked_between_preview_and_import_stops_it(city: AppContext,
                                                            tmp_path: Path) -> None:
    office, book = _office(tmp_path, "308", records=80)
    plan = plan_import(city, book)
    d308 = city.units.latest("308")
    assert d308 is not None
    month = next(r.values["date"] for r in plan.rows["outreach"]).replace(day=1)
    locks.lock_month(city, d308.id, month)
    with pytest.raises(InputError, match="was locked while this file was being imported"):
        apply_plan(city, plan)
    assert RecordService(city).count("outreach") == 0
    office.db.close()


def test_attendance_in_a_locked_class_month_is_refused_by_form_and_import(
        ctx: AppContext, tmp_path: Path) -> None:
    office, book = _office(tmp_path, "308", records=300)
    assert import_files(ctx, [book]).exit_code == 0
    attending = {(a["class_id"], a["officer_id"]) for a in dump(ctx, "attendance").values()}
    officers = list(dump(ctx, "officers"))
    cls_id, cls = next(iter(dump(ctx, "training").items()))
    officer = next(o for o in officers if (cls_id, o) not in attending)
    home = ctx.home_unit()
    assert home is not None
    locks.lock_month(ctx, home.id, cls["date_from"])
    month = cls["date_from"].strftime("%m/%Y")
    with pytest.raises(InputError, match=f"The month {month} was locked"):
        RecordService(ctx).create("attendance", {"class_id": cls_id, "officer_id": officer})
    RecordService(office).create("attendance", {"class_id": cls_id, "officer_id": officer})
    again = tmp_path / "again.xlsx"
    export_workbook(office, again, START, END)
    f = import_files(ctx, [again], accept_valid=True).files[0]
    refused = [e for e in f.errors if e.sheet == "Học viên"]
    assert refused and all(f"{month} of Quận Đồ Sơn was locked" in e.message for e in refused)
    office.db.close()
