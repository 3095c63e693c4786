"""Report engine on hand-built data; expected figures worked out by hand."""

from __future__ import annotations

from datetime import date

from desktop.db import models as m
from desktop.domain.indicators import INDICATORS
from desktop.domain.periods import parse_period
from desktop.reports.engine import build_report
from desktop.reports.model import OWN, UNKNOWN
from desktop.reports.summary import summary_text
from tests.report_helpers import add, outreach, unit


def rows_by_code(report):
    return {r.code or r.key: r for r in report.rows}


def test_month_ytd_last_year_and_coverage(ctx) -> None:
    units = ctx.units
    d308 = unit(units, "308", date(2024, 3, 1))
    hai_son = unit(units, "11458", date(2024, 3, 1))
    van_huong = unit(units, "11461", date(2024, 3, 1))
    outreach(ctx.db, date(2024, 3, 5), hai_son.id, d308.id, 100, women=60, documents=10,
             leaflets=20)
    outreach(ctx.db, date(2024, 3, 31), hai_son.id, d308.id, 50, women=20)
    outreach(ctx.db, date(2024, 2, 10), van_huong.id, d308.id, 30)
    outreach(ctx.db, date(2023, 3, 15), van_huong.id, d308.id, 40)
    outreach(ctx.db, date(2024, 4, 1), van_huong.id, d308.id, 999)  # after the period
    deleted = outreach(ctx.db, date(2024, 3, 6), hai_son.id, d308.id, 777)
    with ctx.db.session() as s:
        s.get(m.OutreachSession, deleted).deleted_at = date(2024, 3, 7)
    add(ctx.db, m.MediaItem, date=date(2024, 3, 2), kind="tin", quantity=3, owner_id=d308.id)
    add(ctx.db, m.MediaItem, date=date(2024, 3, 2), kind="luot_truy_cap", quantity=1500,
        owner_id=d308.id)

    report = build_report(ctx.db, units, d308, parse_period("2024-03"))
    t = report.total.values
    assert t["outreach_sessions"] == {"period": 2, "ytd": 3, "last_year": 1}
    assert t["outreach_participants"] == {"period": 150, "ytd": 180, "last_year": 40}
    assert t["outreach_women"]["period"] == 80
    assert t["documents_distributed"]["period"] == 10
    assert t["leaflets_distributed"]["period"] == 20
    assert t["media_news"]["period"] == 3 and t["website_visits"]["period"] == 1500
    # Đồ Sơn had 6 communes in 2024; Hải Sơn reached in March, Vạn Hương in Feb too
    assert t["communes_total"] == {"period": 6, "ytd": 6, "last_year": 6}
    assert t["communes_reached"] == {"period": 1, "ytd": 2, "last_year": 1}
    assert t["communes_reached_pct"] == {"period": 16.7, "ytd": 33.3, "last_year": 16.7}
    assert t["officers_trained_pct"]["period"] is None  # no officers: no denominator
    rows = rows_by_code(report)
    assert [r.kind for r in report.rows][:6] == ["unit"] * 6
    assert rows["11458"].values["outreach_sessions"]["period"] == 2
    assert rows["308"].kind == "own" and rows["308"].values["media_news"]["period"] == 3
    assert "Phường Vạn Hương" in report.total.unreached["communes_reached_pct"]
    assert "Phường Hải Sơn" not in report.total.unreached["communes_reached_pct"]
    assert set(t) == {i.key for i in report.indicators} >= {i.key for i in INDICATORS}
    assert "Held 2 outreach sessions with 150 participants" in summary_text(report)


def test_regrouping_across_1_july_2025_and_reused_code(ctx) -> None:
    units = ctx.units
    d308 = unit(units, "308", date(2025, 3, 1))
    ngoc_xuyen = unit(units, "11455", date(2025, 3, 1))  # split; code reused on 1 July
    hai_son = unit(units, "11458", date(2025, 3, 1))  # whole into Phường Đồ Sơn
    outreach(ctx.db, date(2025, 3, 10), hai_son.id, d308.id, 100)
    outreach(ctx.db, date(2025, 2, 10), ngoc_xuyen.id, d308.id, 10)
    new_do_son = unit(units, "11455", date(2025, 8, 1))
    assert new_do_son.id != ngoc_xuyen.id and new_do_son.name == "Phường Đồ Sơn"
    outreach(ctx.db, date(2025, 8, 2), new_do_son.id, new_do_son.id, 7)

    year = build_report(ctx.db, units, new_do_son, parse_period("2025"))
    assert [r.code for r in year.rows] == ["11455"]
    assert year.total.values["outreach_participants"]["period"] == 117
    assert "Phường Ngọc Xuyên" in year.approx_units
    assert "Phường Hải Sơn" not in year.approx_units

    q3 = build_report(ctx.db, units, new_do_son, parse_period("2025-Q3"))
    assert q3.total.values["outreach_participants"] == {"period": 7, "ytd": 117, "last_year": 0}

    # the abolished district: rows are the communes that took over its area
    district = build_report(ctx.db, units, d308, parse_period("2025"))
    rows = rows_by_code(district)
    assert set(rows) == {"11455", "11737"}
    # its rows' own records after 1 July count too: they are the district's area now
    assert rows["11455"].values["outreach_participants"]["period"] == 117
    assert district.total.values["outreach_participants"]["period"] == 117
    assert district.total.values["communes_total"]["period"] == 2
    # March 2025 report, before the change: the old 11455 is its own row
    march = build_report(ctx.db, units, d308, parse_period("2025-03"))
    assert rows_by_code(march)["11458"].values["outreach_participants"]["period"] == 100
    assert rows_by_code(march)["11455"].name == "Phường Ngọc Xuyên"


def test_unknown_destination_gets_its_own_row(ctx) -> None:
    units = ctx.units
    d307 = unit(units, "307", date(2024, 2, 1))
    quan_tru = unit(units, "11428", date(2024, 2, 1))  # no confirmed destination in 2025
    outreach(ctx.db, date(2024, 2, 10), quan_tru.id, d307.id, 25)
    report = build_report(ctx.db, units, d307, parse_period("2025-Q1"))
    rows = {r.key: r for r in report.rows}
    assert UNKNOWN in rows
    assert rows[UNKNOWN].name == "Chưa xác định đơn vị mới" and rows[UNKNOWN].code == ""
    assert rows[UNKNOWN].values["outreach_participants"]["last_year"] == 25
    assert report.total.values["outreach_participants"]["last_year"] == 25
    assert "Phường Quán Trữ" in report.unknown_units


def test_officers_establishments_and_targets(ctx) -> None:
    units = ctx.units
    d308 = unit(units, "308", date(2024, 3, 1))
    hai_son = unit(units, "11458", date(2024, 3, 1))
    officer = m.Officer
    a = add(ctx.db, officer, officer_code="A", full_name="A", unit_id=hai_son.id,
            owner_id=d308.id, active=True, started_on=date(2020, 1, 1))
    add(ctx.db, officer, officer_code="B", full_name="B", unit_id=hai_son.id, owner_id=d308.id,
        active=False, started_on=date(2020, 1, 1), ended_on=date(2024, 2, 15))
    add(ctx.db, officer, officer_code="C", full_name="C", unit_id=hai_son.id, owner_id=d308.id,
        active=True, started_on=date(2024, 5, 1))
    add(ctx.db, officer, officer_code="D", full_name="D", unit_id=None, owner_id=d308.id,
        active=False)  # inactive, no end date: left out
    cls = add(ctx.db, m.TrainingClass, date_from=date(2022, 5, 1), name="Lớp", trainees=30,
              owner_id=d308.id)
    add(ctx.db, m.Attendance, class_id=cls, officer_id=a, owner_id=d308.id)
    est = add(ctx.db, m.Establishment, est_code="E1", name="Karaoke", type="karaoke",
              unit_id=hai_son.id, owner_id=d308.id, opened_on=date(2019, 1, 1))
    add(ctx.db, m.Establishment, est_code="E2", name="Nhà nghỉ", type="nha_nghi",
        unit_id=hai_son.id, owner_id=d308.id, opened_on=date(2019, 1, 1),
        closed_on=date(2023, 12, 31), status="dong_cua")
    add(ctx.db, m.Inspection, date=date(2024, 3, 3), establishment_id=est, planned=True,
        violation=True, fine_vnd=5_000_000, buyers=1, sellers=2, owner_id=d308.id)
    add(ctx.db, m.Inspection, date=date(2024, 3, 20), establishment_id=est, planned=False,
        violation=False, owner_id=d308.id)
    add(ctx.db, m.PlanTarget, year=2024, indicator="inspections_plan_target", value=24,
        owner_id=d308.id)
    add(ctx.db, m.PlanTarget, year=2024, indicator="communes_reached_pct", value=70,
        owner_id=d308.id)

    t = build_report(ctx.db, units, d308, parse_period("2024-03")).total
    v = t.values
    assert v["officers_total"] == {"period": 1, "ytd": 2, "last_year": 2}
    assert v["officers_trained"]["period"] == 1 and v["officers_trained_pct"]["period"] == 100.0
    assert v["establishments_total"] == {"period": 1, "ytd": 1, "last_year": 2}
    assert v["inspections"]["period"] == 2 and v["inspections_planned"]["period"] == 1
    assert v["inspections_unannounced"]["period"] == 1
    assert v["establishments_inspected"]["period"] == 1
    assert v["establishments_inspected_pct"]["period"] == 100.0
    assert v["establishments_violating"]["period"] == 1 and v["fines_vnd"]["period"] == 5_000_000
    assert v["buyers_sanctioned"]["period"] == 1 and v["sellers_sanctioned"]["period"] == 2
    # 24 a year: 2 for one month, 6 since January; 1 planned of 2 = 50 %
    assert v["inspections_plan_target"] == {"period": 2, "ytd": 6, "last_year": 0}
    assert v["inspections_plan_pct"]["period"] == 50.0
    assert t.targets["communes_reached_pct"] == 70
    assert "communes_reached_pct" in t.below_target
    assert "Phường Hải Sơn" not in t.unreached["establishments_inspected_pct"]
    assert t.key == "total" and t.key != OWN
