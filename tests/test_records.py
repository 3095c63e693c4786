"""Record services: validation naming the field, audit in the same transaction, tombstones."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.db.models import AuditEntry, OutreachSession
from desktop.errors import NotFound, StaleRecord, ValidationFailed
from desktop.i18n import set_language
from desktop.services.records import Filters, RecordService

GOOD = {"date": "15/03/2024", "unit_id": "Ngọc Xuyên", "form": "Hội nghị, tọa đàm",
        "title": "Tuyên truyền tại cộng đồng", "topics": "Mại dâm; Ma túy",
        "participants": "1.250", "women": "600"}


def _count(db, model) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_create_cleans_typed_values_and_audits(ctx) -> None:
    service = RecordService(ctx)
    record_id = service.create("outreach", GOOD)
    row = service.get("outreach", record_id)
    assert row["date"] == date(2024, 3, 15)
    assert ctx.units.get(row["unit_id"]).name == "Phường Ngọc Xuyên"
    assert row["form"] == "hoi_nghi" and row["topics"] == "mai_dam;ma_tuy"
    assert row["participants"] == 1250 and row["women"] == 600
    with ctx.db.read_session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.record_id == record_id)).one()
    assert entry.action == "create" and entry.user_name == "tester"
    assert json.loads(entry.changes)["participants"] == [None, 1250]


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"women": "2000"}, "women", "cannot be more than participants"),
    ({"unit_id": ""}, "unit_id", "Commune/ward is required"),
    ({"date": "31/02/2024"}, "date", "is not a date"),
    ({"date": "01/01/2099"}, "date", "in the future"),
    ({"participants": "-5"}, "participants", "cannot be negative"),
    ({"participants": "nhiều"}, "participants", "is not a number"),
    ({"form": "Hát"}, "form", "is not an allowed value"),
    ({"unit_id": "Cát Bi"}, "unit_id", "is not under Quận Đồ Sơn"),
    ({"unit_id": "Đồ Sơn"}, "unit_id", "is not a commune, ward or township"),
    ({"unit_id": "Lê Lợi"}, "unit_id", "is ambiguous"),
    ({"unit_id": "Hoa Hồng"}, "unit_id", "no commune or ward named"),
])
def test_bad_input_names_the_field_and_saves_nothing(ctx, change, field, words) -> None:
    service = RecordService(ctx)
    audited = _count(ctx.db, AuditEntry)  # the set-up's own entry (the home unit)
    with pytest.raises(ValidationFailed) as err:
        service.create("outreach", {**GOOD, **change})
    assert [e.field for e in err.value.errors] == [field]
    assert words in err.value.errors[0].message
    assert _count(ctx.db, OutreachSession) == 0
    assert _count(ctx.db, AuditEntry) == audited


def test_messages_follow_the_interface_language(ctx) -> None:
    set_language("vi")
    with pytest.raises(ValidationFailed) as err:
        RecordService(ctx).create("outreach", {**GOOD, "unit_id": ""})
    assert err.value.errors[0].message == "Phải nhập Xã/phường."


def test_unit_must_exist_on_the_record_date(ctx) -> None:
    service = RecordService(ctx)
    unit_2024 = ctx.units.code_on("11455", date(2024, 1, 1))
    with pytest.raises(ValidationFailed) as err:
        service.create("outreach", {**GOOD, "date": "02/08/2025", "unit_id": unit_2024.id})
    assert "did not exist on 02/08/2025" in err.value.errors[0].message
    # After 1 July 2025 the same code is Phường Đồ Sơn, still under the office's scope.
    record_id = service.create("outreach", {**GOOD, "date": "02/08/2025", "unit_id": "11455"})
    assert ctx.units.get(service.get("outreach", record_id)["unit_id"]).name == "Phường Đồ Sơn"


def test_update_audits_old_and_new_and_detects_a_stale_copy(ctx) -> None:
    service = RecordService(ctx)
    record_id = service.create("outreach", GOOD)
    first = service.get("outreach", record_id)
    service.update("outreach", record_id, {"participants": 1300},
                   expected_updated_at=first["updated_at"])
    with pytest.raises(StaleRecord):
        service.update("outreach", record_id, {"participants": 1400},
                       expected_updated_at=first["updated_at"])
    assert service.get("outreach", record_id)["participants"] == 1300
    with ctx.db.read_session() as s:
        upd = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert json.loads(upd.changes) == {"participants": [1250, 1300]}


def test_delete_leaves_a_tombstone_and_hides_the_record(ctx) -> None:
    service = RecordService(ctx)
    record_id = service.create("outreach", GOOD)
    service.delete("outreach", record_id)
    assert service.count("outreach") == 0
    assert service.count("outreach", Filters(include_deleted=True)) == 1
    assert service.get("outreach", record_id)["deleted_at"] is not None
    with pytest.raises(NotFound):
        service.update("outreach", record_id, {"participants": 5})


def test_search_ignores_accents_and_case(ctx) -> None:
    service = RecordService(ctx)
    service.create("outreach", GOOD)
    service.create("outreach", {**GOOD, "unit_id": "Hải Sơn", "title": "Đối thoại"})
    assert service.count("outreach", Filters(search="ngoc xuyen")) == 1
    assert service.count("outreach", Filters(search="DOI THOAI")) == 1
    assert service.count("outreach", Filters(search="tuyên")) == 1


def test_unique_fields_and_cross_field_rules(ctx) -> None:
    service = RecordService(ctx)
    est = {"est_code": "0200001", "name": "Karaoke Hoa Hồng", "type": "Karaoke",
           "unit_id": "Hải Sơn", "opened_on": "01/01/2020"}
    est_id = service.create("establishments", est)
    with pytest.raises(ValidationFailed) as err:
        service.create("establishments", est)
    assert err.value.errors[0].field == "est_code"
    with pytest.raises(ValidationFailed) as err:
        service.create("inspections", {"date": "05/05/2024", "establishment_id": est_id,
                                       "planned": "Có", "violation": "Không",
                                       "fine_vnd": "5.000.000"})
    assert err.value.errors[0].field == "fine_vnd"
    service.create("inspections", {"date": "05/05/2024", "establishment_id": est_id,
                                   "planned": "x", "violation": "C", "sanctions": "Phạt tiền",
                                   "fine_vnd": "5.000.000"})
    with pytest.raises(ValidationFailed) as err:
        service.create("inspections", {"date": "05/05/2024", "establishment_id": "nope",
                                       "planned": "Có", "violation": "Không"})
    assert err.value.errors[0].field == "establishment_id"


def test_support_month_and_plans(ctx) -> None:
    service = RecordService(ctx)
    service.create("support", {"month": "3/2024", "unit_id": "Vạn Hương", "activity": "Tư vấn",
                               "people": 10, "reintegrated": 4})
    with pytest.raises(ValidationFailed) as err:
        service.create("support", {"month": "03/2024", "unit_id": "Vạn Hương",
                                   "activity": "tu van", "people": 3, "reintegrated": 5})
    assert err.value.errors[0].field == "reintegrated"
    service.create("plans", {"year": 2024, "indicator": "Tỷ lệ xã, phường được tuyên truyền (%)",
                             "value": "70"})
    assert service.list("plans")[0]["indicator"] == "communes_reached_pct"
