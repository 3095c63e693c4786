"""The lazy table models: Qt's model checks, paging, sorting, filters and the search box."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.text import vi_sort_key
from desktop.services import demo_data
from desktop.services.records import Filters, RecordService
from desktop.ui import table_models
from desktop.ui.inspections_tab import ESTABLISHMENT_COLUMNS, INSPECTION_COLUMNS
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.outreach_tab import MEDIA_COLUMNS, SESSION_COLUMNS
from desktop.ui.support_tab import SUPPORT_COLUMNS
from desktop.ui.table_models import RecordTableModel
from desktop.ui.training_tab import ATTENDANCE_COLUMNS, CLASS_COLUMNS, OFFICER_COLUMNS
from tests.ui_helpers import isolate_qsettings

LISTS = [
    ("outreach", SESSION_COLUMNS), ("media", MEDIA_COLUMNS), ("training", CLASS_COLUMNS),
    ("officers", OFFICER_COLUMNS), ("attendance", ATTENDANCE_COLUMNS),
    ("establishments", ESTABLISHMENT_COLUMNS), ("inspections", INSPECTION_COLUMNS),
    ("support", SUPPORT_COLUMNS),
]


@pytest.fixture
def filled(ctx):
    demo_data.generate(ctx, 1500, seed=3, home=ctx.home_unit(), today=date(2024, 6, 1))
    return ctx


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")


@pytest.mark.parametrize(("kind", "columns"), LISTS, ids=[k for k, _ in LISTS])
def test_every_model_passes_qt_model_checks(qtmodeltester, filled, kind, columns) -> None:
    model = RecordTableModel(filled, kind, columns)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.sort(len(columns) - 1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_empty_and_parentless_models_pass_checks(qtmodeltester, ctx) -> None:
    model = RecordTableModel(ctx, "outreach", SESSION_COLUMNS)
    qtmodeltester.check(model, force_py=True)
    model.set_fixed(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_by_id_a_block_at_a_time(filled, monkeypatch) -> None:
    monkeypatch.setattr(table_models, "PAGE", 50)
    model = RecordTableModel(filled, "outreach", SESSION_COLUMNS)
    total = RecordService(filled).count("outreach")
    assert model.rowCount() == total > 120
    first_block = set(model.ids()[:50])
    assert set(model._rows) == first_block  # the ids, and the rows shown first
    assert model.record_id(total - 1) is not None and set(model._rows) == first_block
    last = model.record(total - 1)
    assert last is not None
    assert len(model._rows) == 50 + total - (total - 1) // 50 * 50
    first_dates = [model.record(i)["date"] for i in range(total)]
    assert first_dates == sorted(first_dates, reverse=True)  # newest first by default


def test_commune_column_sorts_in_vietnamese_order(filled) -> None:
    model = RecordTableModel(filled, "support", SUPPORT_COLUMNS)
    col = SUPPORT_COLUMNS.index("unit_id")
    model.sort(col, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, col)) for r in range(model.rowCount())]
    assert len(set(names)) > 2
    assert names == sorted(names, key=vi_sort_key)


def test_catalogue_column_sorts_by_label(filled) -> None:
    model = RecordTableModel(filled, "outreach", SESSION_COLUMNS)
    col = SESSION_COLUMNS.index("form")
    model.sort(col, Qt.SortOrder.DescendingOrder)
    labels = [model.data(model.index(r, col)) for r in range(model.rowCount())]
    assert labels == sorted(labels, key=vi_sort_key, reverse=True)


def test_search_ignores_accents_and_case(qtbot, filled) -> None:
    service = RecordService(filled)
    service.create("outreach", {"date": date(2024, 3, 1), "unit_id": "Hải Sơn",
                                "form": "hoi_nghi", "participants": 30,
                                "title": "Hội nghị tại Đồ Sơn", "location": "Nhà văn hóa"})
    panel = RecordListPanel(filled, "outreach", SESSION_COLUMNS, catalogue_field="form")
    qtbot.addWidget(panel)
    all_rows = panel.model.rowCount()
    panel.filter_bar.search.setText("do son")
    with qtbot.waitSignal(panel.model.modelReset, timeout=2000):
        pass
    found = panel.model.rowCount()
    assert 0 < found < all_rows
    titles = [panel.model.record(r)["title"] for r in range(found)]
    assert "Hội nghị tại Đồ Sơn" in titles
    panel.filter_bar.search.setText("DO SON hoi nghi tai")
    panel.filter_bar._search_now()
    assert panel.model.rowCount() == 1


def test_period_unit_and_catalogue_filters(qtbot, filled) -> None:
    panel = RecordListPanel(filled, "outreach", SESSION_COLUMNS, catalogue_field="form")
    qtbot.addWidget(panel)
    bar = panel.filter_bar
    bar.date_from.set_value(date(2023, 1, 1))
    bar.date_to.set_value(date(2023, 12, 31))
    dates = [panel.model.record(r)["date"] for r in range(panel.model.rowCount())]
    assert dates and all(date(2023, 1, 1) <= d <= date(2023, 12, 31) for d in dates)
    hai_son = filled.units.code_on("11458", date(2023, 6, 1))
    bar.unit_combo.setCurrentIndex(bar.unit_combo.findData(hai_son.id))
    units = {panel.model.record(r)["unit_id"] for r in range(panel.model.rowCount())}
    assert units == {hai_son.id}
    bar.cat_combo.set_value("loa")
    expected = RecordService(filled).count("outreach", Filters(
        date_from=date(2023, 1, 1), date_to=date(2023, 12, 31), unit_ids={hai_son.id},
        equals={"form": "loa"}))
    assert panel.model.rowCount() == expected


def test_inspections_follow_the_selected_establishment(qtbot, filled) -> None:
    from desktop.ui.inspections_tab import InspectionsTab

    tab = InspectionsTab(filled)
    qtbot.addWidget(tab)
    assert tab.establishments.current_id() is not None  # the first one is chosen at start
    tab.inspections.set_parent(None)
    assert tab.inspections.model.rowCount() == 0
    assert not tab.inspections.new_button.isEnabled()
    tab.establishments.view.selectRow(1)
    est_id = tab.establishments.current_id()
    expected = RecordService(filled).count("inspections", Filters(
        equals={"establishment_id": est_id}))
    assert tab.inspections.model.rowCount() == expected
    assert tab.inspections.new_button.isEnabled()
