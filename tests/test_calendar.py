"""The reporting calendar of the city office: received / late / missing against the deadlines
in Settings, from the exchange log; the matrix, the missing list with contacts, the export."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from desktop.db import models as m
from desktop.exchange.completeness import (
    LATE,
    MISSING,
    PENDING,
    RECEIVED,
    YEAR_END,
    completeness,
    export_completeness,
    parse_deadlines,
)
from desktop.services import settings, setup
from desktop.ui.exchange_completeness import CompletenessDialog
from tests.report_helpers import NOW, unit


class _Today:
    def __init__(self, ctx, today: date) -> None:
        self.ctx, self._today = ctx, today

    def __getattr__(self, name: str):
        return getattr(self.ctx, name)

    def today(self) -> date:
        return self._today


def _imported(db, code: str, start: date, end: date, at: datetime) -> None:
    with db.session() as s:
        s.add(m.ExchangeEntry(at=at, direction="import", file_name=f"{code}.xlsx", sha256="0",
                              unit_code=code, period_from=start, period_to=end, outcome="ok"))


def _city(db, ctx):
    setup.choose_home_unit(db, "31", today=date(2026, 1, 5))
    ctx.reload_units()
    return _Today(ctx, date(2026, 12, 18))


def test_statuses_against_the_deadlines(db, ctx) -> None:
    c_ctx = _city(db, ctx)
    _imported(db, "11455", date(2026, 1, 1), date(2026, 1, 31), datetime(2026, 2, 3, 9))
    _imported(db, "11455", date(2026, 2, 1), date(2026, 2, 28), datetime(2026, 3, 9, 9))
    _imported(db, "11455", date(2026, 1, 1), date(2026, 11, 30), datetime(2026, 12, 10, 9))
    ward = unit(ctx.units, "11455", date(2026, 6, 1))
    with db.session() as s:
        s.add(m.Officer(officer_code="CB1", full_name="Phạm Thị Hoa", unit_id=ward.id,
                        position="Công chức văn hóa - xã hội", owner_id=ward.id,
                        created_at=NOW, updated_at=NOW))
    c = completeness(c_ctx, 2026)
    assert ("11455", "Phường Đồ Sơn") in c.units and len(c.units) > 100  # today's communes
    jan, feb, dec = date(2026, 1, 1), date(2026, 2, 1), date(2026, 12, 1)
    assert c.status("11455", jan) == RECEIVED
    assert c.status("11455", feb) == LATE  # 9 March: after the 5th
    assert c.status("11455", dec) == PENDING  # due 5 January 2027
    assert c.status("11455", YEAR_END) == RECEIVED  # 10 December, before the 15th
    other = next(code for code, _ in c.units if code != "11455")
    assert c.status(other, jan) == MISSING and c.status(other, YEAR_END) == MISSING
    missing = {code: (months, ye) for code, _n, months, ye in c.missing()}
    assert "11455" not in missing or not missing["11455"][1]
    assert other in missing and missing[other][1]
    assert "Phạm Thị Hoa" in c.contacts["11455"]
    # deadlines from Settings: the 10th of the next month, year-end by 1 December
    settings.put(db, {"deadline_month_day": "10", "deadline_year_end": "01/12"})
    c = completeness(c_ctx, 2026)
    assert c.status("11455", feb) == RECEIVED and c.status("11455", YEAR_END) == LATE


def test_parse_deadlines_falls_back() -> None:
    assert parse_deadlines("", "") == parse_deadlines("5", "15/12")
    assert parse_deadlines("40", "31/02").month_day == 5
    assert parse_deadlines("7", "1/12").year_end == (1, 12)


def test_calendar_dialog_and_export(db, ctx, qtbot, qtmodeltester, tmp_path: Path) -> None:
    c_ctx = _city(db, ctx)
    _imported(db, "11455", date(2026, 1, 1), date(2026, 1, 31), datetime(2026, 2, 3, 9))
    dialog = CompletenessDialog(c_ctx)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.columnCount() == 13
    assert model.headerData(12, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
    row = [code for code, _ in model.c.units].index("11455")
    assert model.index(row, 0).data() == "03/02"
    assert dialog.missing.rowCount() == len(model.c.missing()) > 100
    out = tmp_path / "lich.xlsx"
    export_completeness(model.c, out)
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[1] == "01/2026" and header[-1]
    names = [r[0].value for r in ws.iter_rows(min_row=2)]
    i = next(n for n, v in enumerate(names) if v and "11455" in v) + 2
    assert ws.cell(i, 2).value == "03/02"
    assert ws.cell(i, 2).fill.fgColor.rgb.endswith("C6EFCE")  # green: on time
    assert ws.cell(i, 3).fill.fgColor.rgb.endswith("F8CBAD")  # red: missing
    assert len(wb.worksheets) == 2 and wb.worksheets[1].max_row > 100
