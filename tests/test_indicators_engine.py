"""The engine on every kind of definition: the national reports' new figures (hotspots, cases,
denunciations, people on record, models, workers and students reached, establishments by
type) and office definitions using each kind of condition. Expected figures worked out by
hand; March 2024, Quận Đồ Sơn (308), whose communes include Hải Sơn and Vạn Hương."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.db import models as m
from desktop.domain.indicator_defs import parse_text
from desktop.domain.indicators import builtin_definitions
from desktop.domain.periods import parse_period
from desktop.reports.engine import build_report
from desktop.reports.sources import SourceSchema, source_for
from desktop.services import catalogue
from tests.report_helpers import add, unit

MARCH = parse_period("2024-03")


@pytest.fixture
def place(ctx):
    units = ctx.units
    return (unit(units, "308", date(2024, 3, 1)), unit(units, "11458", date(2024, 3, 1)),
            unit(units, "11461", date(2024, 3, 1)))


def code_of(db, sheet: str, column: str, label: str) -> str:
    """The stored code of a catalogue label, as the record type declares the column."""
    col = source_for(sheet).column(column)
    code = SourceSchema(catalogue.load(db)).code(col.catalogue, label)
    assert code is not None, (sheet, column, label)
    return code


def by_code(report):
    return {r.code or r.key: r for r in report.rows}


def test_hotspots_cases_and_denunciations(ctx, place) -> None:
    db, (d308, hai_son, van_huong) = ctx.db, place
    h = dict(owner_id=d308.id, location="Bãi tắm")
    add(db, m.Hotspot, unit_id=hai_son.id, detected_on=date(2023, 5, 1), **h)
    add(db, m.Hotspot, unit_id=hai_son.id, detected_on=date(2024, 3, 10),
        cleared_on=date(2024, 3, 25), **h)
    add(db, m.Hotspot, unit_id=van_huong.id, detected_on=date(2024, 2, 1),
        cleared_on=date(2024, 4, 15), **h)
    add(db, m.Hotspot, unit_id=van_huong.id, detected_on=date(2024, 3, 1),
        deleted_at=datetime(2024, 3, 2), **h)
    ring = code_of(db, "Vụ việc", "Loại", "Đường dây, ổ nhóm")
    other = code_of(db, "Vụ việc", "Loại", "Chứa mại dâm")
    c = dict(owner_id=d308.id)
    add(db, m.Case, date=date(2024, 3, 5), unit_id=hai_son.id, kind=ring, brokers=2,
        suspects=3, trial_date=date(2024, 3, 28), **c)
    add(db, m.Case, date=date(2024, 3, 15), unit_id=van_huong.id, kind=other, brokers=1,
        trial_date=date(2024, 5, 1), **c)
    add(db, m.Case, date=date(2023, 12, 1), unit_id=hai_son.id, kind=other, suspects=1,
        trial_date=date(2024, 3, 2), **c)
    for received, handled, where in (
            (date(2024, 3, 2), date(2024, 3, 10), hai_son.id),
            (date(2024, 3, 20), date(2024, 4, 5), hai_son.id),  # handled after the period
            (date(2024, 3, 25), None, None),
            (date(2024, 3, 3), None, van_huong.id),
            (date(2024, 2, 1), date(2024, 2, 10), hai_son.id)):
        add(db, m.Denunciation, received_on=received, handled_on=handled, unit_id=where,
            owner_id=d308.id)

    report = build_report(db, ctx.units, d308, MARCH)
    t = report.total.values
    assert t["hotspots_active"] == {"period": 2, "ytd": 2, "last_year": 0}
    assert t["hotspots_detected"] == {"period": 1, "ytd": 2, "last_year": 0}
    assert t["hotspots_cleared"] == {"period": 1, "ytd": 1, "last_year": 0}
    assert t["rings_dismantled"]["period"] == 1 and t["cases_detected"]["period"] == 2
    assert t["suspects_prosecuted"]["period"] == 3 and t["brokers_sanctioned"]["period"] == 3
    assert t["cases_tried"]["period"] == 2  # dated by the trial
    assert t["denunciations_received"] == {"period": 4, "ytd": 5, "last_year": 0}
    assert t["denunciations_handled"] == {"period": 1, "ytd": 2, "last_year": 0}
    assert t["denunciations_handled_pct"] == {"period": 25.0, "ytd": 40.0, "last_year": None}
    assert report.total.unreached["denunciations_handled_pct"] == ["Phường Vạn Hương"]
    rows = by_code(report)
    assert rows["11458"].values["hotspots_active"]["period"] == 1
    assert rows["11461"].values["hotspots_active"]["period"] == 1
    assert rows["308"].values["denunciations_received"]["period"] == 1  # no commune: own row


def test_people_on_record_take_each_communes_latest_month(ctx, place) -> None:
    db, (d308, hai_son, van_huong) = ctx.db, place
    for month, where, recorded, women, minors, estimated in (
            (date(2024, 1, 1), hai_son, 10, 9, 1, 20),
            (date(2024, 3, 1), hai_son, 12, 10, 2, 25),
            (date(2024, 2, 1), van_huong, 5, 5, 0, 8),
            (date(2023, 3, 1), hai_son, 7, None, None, None)):
        add(db, m.PeopleFigure, month=month, unit_id=where.id, owner_id=d308.id,
            recorded=recorded, women=women, minors=minors, estimated=estimated)
    t = build_report(db, ctx.units, d308, MARCH).total.values
    assert t["sex_workers_recorded"] == {"period": 12, "ytd": 17, "last_year": 7}
    assert t["sex_workers_recorded_women"] == {"period": 10, "ytd": 15, "last_year": 0}
    assert t["sex_workers_recorded_minors"]["period"] == 2
    assert t["sex_workers_estimated"] == {"period": 25, "ytd": 33, "last_year": 0}


def test_workers_and_students_reached_against_the_plans_population(ctx, place) -> None:
    db, (d308, hai_son, van_huong) = ctx.db, place
    add(db, m.OutreachSession, date=date(2024, 3, 5), unit_id=hai_son.id, owner_id=d308.id,
        form="hoi_nghi", participants=100, workers=40, students=30)
    add(db, m.OutreachSession, date=date(2024, 3, 6), unit_id=van_huong.id, owner_id=d308.id,
        form="hoi_nghi", participants=50, workers=10)
    add(db, m.PlanTarget, year=2024, indicator="workers_population", value=200,
        owner_id=d308.id)
    add(db, m.PlanTarget, year=2024, indicator="students_population", value=100,
        unit_id=hai_son.id, owner_id=d308.id)
    add(db, m.PlanTarget, year=2024, indicator="workers_reached_pct", value=60,
        owner_id=d308.id)
    report = build_report(db, ctx.units, d308, MARCH)
    t = report.total
    assert t.values["workers_reached"]["period"] == 50
    assert t.values["workers_population"] == {"period": 200, "ytd": 200, "last_year": 0}
    assert t.values["workers_reached_pct"]["period"] == 25.0
    assert t.targets["workers_reached_pct"] == 60 and "workers_reached_pct" in t.below_target
    hai = by_code(report)["11458"]
    assert hai.values["workers_reached_pct"]["period"] is None  # the plan is the district's
    assert hai.values["students_reached_pct"]["period"] == 30.0
    assert t.values["students_reached_pct"]["period"] == 30.0  # rows' plans add up


def test_models_and_establishments_by_type(ctx, place) -> None:
    db, (d308, hai_son, van_huong) = ctx.db, place
    kind = code_of(db, "Mô hình", "Loại", "Can thiệp, giảm hại")
    for where, start, end in ((hai_son, date(2023, 1, 1), None),
                              (hai_son, date(2024, 2, 1), date(2024, 2, 28)),
                              (van_huong, date(2024, 4, 1), None)):
        add(db, m.PreventionModel, name="Mô hình", unit_id=where.id, kind=kind,
            date_from=start, date_to=end, owner_id=d308.id)
    e = dict(owner_id=d308.id, name="Cơ sở")
    add(db, m.Establishment, est_code="E1", type="karaoke", unit_id=hai_son.id, workers=10, **e)
    add(db, m.Establishment, est_code="E2", type="karaoke", unit_id=van_huong.id, workers=5,
        **e)
    add(db, m.Establishment, est_code="E3", type="xoa_bop", unit_id=hai_son.id, **e)
    add(db, m.Establishment, est_code="E4", type="nha_nghi", unit_id=hai_son.id,
        status="dong_cua", closed_on=date(2023, 6, 30), **e)
    report = build_report(db, ctx.units, d308, MARCH)
    t = report.total
    assert t.values["models_active"] == {"period": 1, "ytd": 2, "last_year": 1}
    assert t.values["communes_with_model"]["period"] == 1
    assert t.values["communes_with_model_pct"]["period"] == 16.7  # 1 of 6 communes
    assert len(t.unreached["communes_with_model_pct"]) == 5
    assert "Phường Hải Sơn" not in t.unreached["communes_with_model_pct"]
    kinds = t.values["establishments_by_kind"]
    assert kinds["period"]["Karaoke"] == 2 and kinds["period"]["Xoa bóp"] == 1
    assert kinds["period"]["Nhà nghỉ, khách sạn"] == 0
    assert kinds["last_year"]["Nhà nghỉ, khách sạn"] == 1
    assert sum(kinds["period"].values()) == t.values["establishments_total"]["period"]
    assert by_code(report)["11458"].values["establishments_by_kind"]["period"]["Karaoke"] == 1
    assert t.values["establishment_workers"]["period"] == 15
    info = report.indicator("establishments_by_kind")
    assert info.breakdown and ("Karaoke", "Karaoke") in info.parts
    assert t.change_pct("establishments_by_kind") is None


OFFICE = """
format = 1

[[indicator]]
key = "drug_topic_sessions"
label_vi = "Buổi tuyên truyền có chủ đề ma túy"
sheet = "Tuyên truyền"
aggregate = "count"
where = { "Chủ đề" = "Ma túy" }

[[indicator]]
key = "dialogue_or_loudspeaker"
label_vi = "Đối thoại hoặc loa"
sheet = "Tuyên truyền"
aggregate = "sum"
field = "Số người tham dự"
where = { "Hình thức" = ["Đối thoại", "Loa truyền thanh"] }

[[indicator]]
key = "hundred_sessions"
label_vi = "Buổi đúng 100 người"
sheet = "Tuyên truyền"
aggregate = "count"
where = { "Số người tham dự" = 100 }

[[indicator]]
key = "forms_used"
label_vi = "Số hình thức đã dùng"
sheet = "Tuyên truyền"
aggregate = "distinct"
field = "Hình thức"

[[indicator]]
key = "participants_by_form"
label_vi = "Người tham dự theo hình thức"
sheet = "Tuyên truyền"
aggregate = "sum"
field = "Số người tham dự"
by = "Hình thức"

[[indicator]]
key = "per_session"
label_vi = "Bình quân người mỗi buổi"
aggregate = "ratio"
numerator = "outreach_participants"
denominator = "outreach_sessions"

[[indicator]]
key = "violations_found"
label_vi = "Lượt kiểm tra có vi phạm"
sheet = "Kiểm tra"
aggregate = "count"
where = { "Có vi phạm" = "Có", "Hình thức xử lý" = "Phạt tiền" }

[[indicator]]
key = "communes_inspected"
label_vi = "Số xã có cơ sở được kiểm tra"
sheet = "Kiểm tra"
aggregate = "distinct"
field = "Xã/phường"

[[indicator]]
key = "establishments_closed"
label_vi = "Số cơ sở đóng cửa"
sheet = "Cơ sở"
aggregate = "count"
date = "Ngày đóng cửa"

[[indicator]]
key = "team_trained"
label_vi = "Thành viên Đội 178 đã tập huấn"
aggregate = "trained"
where = { "Thành viên Đội 178" = "Có" }
"""


def test_office_definitions_with_every_kind_of_condition(ctx, place) -> None:
    db, (d308, hai_son, van_huong) = ctx.db, place
    o = dict(owner_id=d308.id)
    add(db, m.OutreachSession, date=date(2024, 3, 5), unit_id=hai_son.id, form="doi_thoai",
        topics="mai_dam;ma_tuy", participants=100, **o)
    add(db, m.OutreachSession, date=date(2024, 3, 6), unit_id=van_huong.id, form="loa",
        topics="ma_tuy_x", participants=40, **o)  # not the code ma_tuy
    add(db, m.OutreachSession, date=date(2024, 3, 7), unit_id=van_huong.id, form="hoi_nghi",
        topics="ma_tuy", participants=100, **o)
    e1 = add(db, m.Establishment, est_code="E1", name="A", type="karaoke", unit_id=hai_son.id,
             **o)
    add(db, m.Establishment, est_code="E2", name="B", type="karaoke", unit_id=van_huong.id,
        status="dong_cua", closed_on=date(2024, 3, 12), **o)
    add(db, m.Inspection, date=date(2024, 3, 8), establishment_id=e1, planned=True,
        violation=True, sanctions="nhac_nho;phat_tien", **o)
    add(db, m.Inspection, date=date(2024, 3, 9), establishment_id=e1, planned=True,
        violation=True, sanctions="nhac_nho", **o)
    a = add(db, m.Officer, officer_code="A", full_name="A", unit_id=hai_son.id, team_178=True,
            **o)
    b = add(db, m.Officer, officer_code="B", full_name="B", unit_id=hai_son.id, **o)
    cls = add(db, m.TrainingClass, date_from=date(2022, 5, 1), name="Lớp", trainees=2, **o)
    for officer in (a, b):
        add(db, m.Attendance, class_id=cls, officer_id=officer, **o)

    mine = parse_text(OFFICE)
    report = build_report(db, ctx.units, d308, MARCH,
                          definitions=[*builtin_definitions(), *mine])
    v = report.total.values
    assert report.problems == []
    assert v["drug_topic_sessions"]["period"] == 2
    assert v["dialogue_or_loudspeaker"]["period"] == 140
    assert v["hundred_sessions"]["period"] == 2
    assert v["forms_used"]["period"] == 3
    assert v["participants_by_form"]["period"]["Đối thoại"] == 100
    assert v["participants_by_form"]["period"]["Hội nghị, tọa đàm"] == 100
    assert v["per_session"]["period"] == 80.0  # 240 / 3, one decimal
    assert v["violations_found"]["period"] == 1
    assert v["communes_inspected"]["period"] == 1
    assert v["establishments_closed"] == {"period": 1, "ytd": 1, "last_year": 0}
    assert v["team_trained"]["period"] == 1 and v["officers_trained"]["period"] == 2
    keys = [i.key for i in report.indicators]
    assert keys[-len(mine):] == [d.key for d in mine]


def test_a_definition_that_cannot_be_computed_is_named_not_fatal(ctx, place) -> None:
    d308 = place[0]
    broken = parse_text(OFFICE.replace('sheet = "Cơ sở"', 'sheet = "Cơ sở cũ"'))
    report = build_report(ctx.db, ctx.units, d308, MARCH,
                          definitions=[*builtin_definitions(), *broken])
    assert report.total.values["establishments_closed"]["period"] is None
    assert any("establishments_closed" in p for p in report.problems)
    assert report.total.values["outreach_sessions"]["period"] == 0


def test_columns_labels_and_groups_for_the_documents(ctx, place) -> None:
    from desktop.reports import labels

    d308 = place[0]
    mine = parse_text(OFFICE)
    report = build_report(ctx.db, ctx.units, d308, MARCH,
                          definitions=[*builtin_definitions(), *mine])
    cols = report.columns()
    kinds = [c for c in cols if c.key == "establishments_by_kind"]
    assert [c.part for c in kinds][:2] == ["Karaoke", "Xoa bóp"]
    assert kinds[1].label("vi") == "Số cơ sở theo loại hình: Xoa bóp"
    assert kinds[1].label("en") == "Establishments by type: Massage"
    assert kinds[0].value(report.total) == 0
    plain = next(c for c in cols if c.key == "outreach_sessions")
    assert plain.value(report.total, "ytd") == 0 and plain.label("en") == "Outreach sessions"
    assert len(cols) == len(report.indicators) - 2 + sum(
        len(i.parts) for i in report.indicators if i.breakdown)
    assert labels.indicator_label("drug_topic_sessions", "vi", report) == \
        "Buổi tuyên truyền có chủ đề ma túy"
    assert labels.indicator_label("no_such_key", "en") == "no_such_key"
    assert labels.group_label("Kiểm tra, xử lý", "en") == "Inspections and sanctions"
    assert labels.group_label("Nhóm riêng", "en") == "Nhóm riêng"
    assert {i.group for i in report.indicators if i.key in {
        d.key for d in builtin_definitions()}} <= set(labels.GROUPS_EN)
