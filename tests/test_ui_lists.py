"""Lists read like Anki's browser: ordered ids, rows by id, selection kept, orders that read
right, the window painting while the ids are computed, the officers of the user's units."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.domain.text import person_sort_key, vi_sort_key
from desktop.services import auth, demo_data
from desktop.services.record_list import Order
from desktop.services.records import Filters, RecordService
from desktop.services.session_user import set_user
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.outreach_tab import SESSION_COLUMNS
from desktop.ui.table_models import RecordTableModel
from desktop.ui.tasks import TaskRunner
from desktop.ui.training_tab import OFFICER_COLUMNS, TrainingTab
from tests.ui_helpers import isolate_qsettings

UI = Path(__file__).resolve().parents[1] / "desktop" / "ui"


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")


@pytest.fixture
def filled(ctx):
    demo_data.generate(ctx, 1500, seed=5, home=ctx.home_unit(), today=date(2024, 6, 1))
    return ctx


class Window(QWidget):
    """A window with a task runner, as the main window has: lists load off the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.runner = TaskRunner(self)


def _panel_in_window(qtbot, ctx, kind: str, columns: tuple[str, ...], **options):
    window = Window()
    qtbot.addWidget(window)
    panel = RecordListPanel(None, kind, columns, parent=window, **options)
    panel.attach(ctx)
    assert panel.wait_loaded()
    return window, panel


def _runtime_imports(node: ast.AST) -> list[str]:
    """Modules imported when the module runs (imports under `if TYPE_CHECKING:` are types)."""
    if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
        return [m for child in node.orelse for m in _runtime_imports(child)]
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom):
        return [node.module or ""]
    return [m for child in ast.iter_child_nodes(node) for m in _runtime_imports(child)]


def test_the_ui_does_no_sql() -> None:
    offenders = {p.name: m for p in UI.glob("*.py")
                 for m in _runtime_imports(ast.parse(p.read_text()))
                 if re.match(r"(sqlalchemy|desktop\.db)(\.|$)", m)}
    assert offenders == {}


def test_asynchronous_model_passes_qt_model_checks(qtbot, qtmodeltester, filled) -> None:
    window = Window()
    qtbot.addWidget(window)
    model = RecordTableModel(filled, "outreach", SESSION_COLUMNS, runner=window.runner)
    assert model.loading
    assert model.wait()
    assert model.rowCount() == RecordService(filled).count("outreach")
    qtmodeltester.check(model, force_py=True)
    model.sort(SESSION_COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert model.wait()
    qtmodeltester.check(model, force_py=True)


def test_ids_in_order_then_rows_by_id(filled) -> None:
    service = RecordService(filled)
    ids = service.ids("outreach")
    assert len(ids) == service.count("outreach") == len(set(ids))
    rows = service.rows_by_id("outreach", ids[:5])
    dates = [rows[i]["date"] for i in ids[:5]]
    assert dates == sorted(dates, reverse=True)
    assert service.ids("outreach", order=Order("participants"), limit=10) == \
        service.ids("outreach", order=Order("participants"))[:10]


def test_sorting_by_commune_keeps_dates_newest_first_within_it(filled) -> None:
    service = RecordService(filled)
    ids = service.ids("outreach", order=Order("unit_id"))
    rows = service.rows_by_id("outreach", ids)
    names = [filled.units.get(int(rows[i]["unit_id"])).name for i in ids]
    assert names == sorted(names, key=vi_sort_key)
    for name in set(names):
        dates = [rows[i]["date"] for i, n in zip(ids, names, strict=True) if n == name]
        assert dates == sorted(dates, reverse=True), name
    backwards = service.ids("outreach", order=Order("unit_id", descending=True))
    rows_back = [filled.units.get(int(rows[i]["unit_id"])).name for i in backwards]
    assert rows_back == sorted(names, key=vi_sort_key, reverse=True)


def test_text_sorts_in_vietnamese_order_and_blanks_last(ctx) -> None:
    service = RecordService(ctx)
    titles = ["Đối thoại", "Ánh sáng", "Zê-rô", "an toàn", "", "Bảo vệ", "Ân tình", "Dân cư"]
    for i, title in enumerate(titles):
        service.create("media", {"date": date(2024, 1, 1 + i), "kind": "tin", "quantity": 1,
                                 "title": title})
    ids = service.ids("media", order=Order("title"))
    rows = service.rows_by_id("media", ids)
    shown = [rows[i]["title"] for i in ids]
    assert shown == ["an toàn", "Ánh sáng", "Ân tình", "Bảo vệ", "Dân cư", "Đối thoại", "Zê-rô",
                     ""]
    down = [rows[i]["title"] for i in service.ids("media", order=Order("title", True))]
    assert down == [*reversed(shown[:-1]), ""]


def test_people_sort_by_given_name_then_the_rest(ctx) -> None:
    service = RecordService(ctx)
    names = ["Nguyễn Văn Cường", "Trần Thị Bình", "Lê An", "Nguyễn An", "Đỗ Thị Ánh",
             "Phạm Đức Anh"]
    for i, name in enumerate(names):
        service.create("officers", {"officer_code": f"CB{i:02d}", "full_name": name,
                                    "active": i != 1})
    ids = service.ids("officers")  # the register's usual order: by name
    rows = service.rows_by_id("officers", ids)
    assert [rows[i]["full_name"] for i in ids] == \
        ["Lê An", "Nguyễn An", "Phạm Đức Anh", "Đỗ Thị Ánh", "Trần Thị Bình", "Nguyễn Văn Cường"]
    assert [rows[i]["full_name"] for i in ids] == sorted(names, key=person_sort_key)
    choices = [label for label, _ in service.ref_choices("officers")]
    assert choices[-1] == "CB01 — Trần Thị Bình"  # out of service: last
    assert choices[0] == "CB02 — Lê An"


def test_a_selection_survives_a_refresh_a_sort_and_a_save(qtbot, filled) -> None:
    _window, panel = _panel_in_window(qtbot, filled, "outreach", SESSION_COLUMNS,
                                      catalogue_field="form")
    model = panel.model
    panel._select_rows([3, 7, 8])
    chosen = panel.selected_ids()
    assert len(chosen) == 3 and "3 selected" in panel.title.text()
    panel.refresh()
    assert panel.wait_loaded()
    assert panel.selected_ids() == chosen
    model.sort(SESSION_COLUMNS.index("participants"), Qt.SortOrder.AscendingOrder)
    assert panel.wait_loaded()
    assert sorted(panel.selected_ids()) == sorted(chosen)
    participants = [model.record(r)["participants"] for r in range(50)]
    assert participants == sorted(participants)
    form = panel.make_form(chosen[0])
    qtbot.addWidget(form)
    form.editor("title").setText("Đổi tiêu đề")
    assert form.save()
    assert panel.wait_loaded()
    assert panel.selected_ids() == [chosen[0]]
    assert panel.current_id() == chosen[0]
    row = model.row_of(chosen[0])
    assert model.data(model.index(row, SESSION_COLUMNS.index("title"))) == "Đổi tiêu đề"


def test_a_search_is_computed_off_the_gui_thread(qtbot, filled) -> None:
    _window, panel = _panel_in_window(qtbot, filled, "outreach", SESSION_COLUMNS)
    before = panel.model.rowCount()
    panel.filter_bar.search.setText("hai son")
    panel.filter_bar._search_now()
    assert panel.model.loading  # the call returned at once; the old rows are still shown
    assert panel.wait_loaded()
    expected = RecordService(filled).count("outreach", Filters(search="hai son"))
    assert 0 < panel.model.rowCount() == expected < before
    assert "records" in panel.title.text()


def test_officer_choices_are_those_of_the_users_units(qtbot, ctx) -> None:
    service = RecordService(ctx)
    city = ctx.units.latest("31")
    other = ctx.units.latest("303")
    service.create("officers", {"officer_code": "DS1", "full_name": "Vũ Thị Hoa"})
    service.create("officers", {"officer_code": "HB1", "full_name": "Lê Văn Nam"},
                   owner_id=other.id)
    auth.create_user(ctx, "Admin", "admin-secret-1", "admin", city.id, "Quản trị")
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret-1"))
    auth.create_user(ctx, "binh", "binh-secret-1", "staff", ctx.home_unit().id, "Bình")
    set_user(ctx, auth.authenticate(ctx.db, "binh", "binh-secret-1"))
    tab = TrainingTab(ctx)
    qtbot.addWidget(tab)
    labels = [label for label, _ in tab._attendance_options()["ref_choices"]["officer_id"]]
    assert labels == ["DS1 — Vũ Thị Hoa"]
    assert tab.officers.model.rowCount() == 1
    assert OFFICER_COLUMNS[1] == "full_name"
