"""Start-up of the GUI: the window is shown before the database is opened, then filled."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.paths import backup_dir
from desktop.services.records import RecordService
from desktop.ui.app import start_gui
from desktop.ui.translation import remove_translators
from tests.ui_helpers import isolate_qsettings


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, qapp) -> None:
    isolate_qsettings(tmp_path / "qsettings")
    yield
    remove_translators(qapp)


def test_shell_is_shown_first_then_the_data_is_attached(qtbot, qtmodeltester, ctx,
                                                         db_path: Path) -> None:
    service = RecordService(ctx)
    for day in range(1, 4):
        service.create("outreach", {"date": f"{day}/3/2024", "unit_id": "Phường Ngọc Xuyên",
                                    "form": "Hội nghị", "title": f"Buổi {day}",
                                    "participants": 30})
    ctx.db.close()  # run_gui opens the file itself

    _app, window = start_gui(str(db_path), "en")
    qtbot.addWidget(window)
    panel = window.outreach_tab.sessions
    # the first frame: the window, its menus and tabs, no data and no database yet
    assert window.isVisible() and not window.is_attached
    assert panel.model is None and panel.view.model() is None
    assert window.home_label.text() == "Opening the database…"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Outreach", "Training", "Inspections", "Cases and hotspots", "Support", "Reports"]

    qtbot.waitUntil(lambda: window.is_attached, timeout=10_000)
    assert panel.model is not None and panel.wait_loaded()  # read off the GUI thread
    assert panel.model.rowCount() == 3
    qtmodeltester.check(panel.model)
    assert panel.title.text() == "Outreach session: 3 records"
    assert "308 Quận Đồ Sơn" in window.home_label.text()
    # the other tabs load the first time they are shown
    assert window.support_tab.figures.model is None
    window.set_tab("support")
    assert window.support_tab.figures.model is not None
    window.set_tab("reports")
    assert type(window.reports_tab).__name__ == "ReportsTab"
    # the Excel exchange and Administration menus follow, Administration before Help
    qtbot.waitUntil(lambda: window.exchange is not None, timeout=5_000)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Administration") == titles.index("&Help") - 1
    # and today's automatic backup is written in the background
    qtbot.waitUntil(lambda: any(backup_dir().glob("*-daily-*.sqlite")), timeout=15_000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=15_000)
    window.close()
    assert window.ctx is not None
    window.ctx.db.close()
    remove_translators(QApplication.instance())


def test_the_shell_does_not_import_the_database_layer(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from desktop.ui.app import show_shell\n"
        "app, window = show_shell('vi')\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'\n"
        "               or m.startswith(('desktop.db', 'desktop.reports', 'desktop.exchange')))\n"
        "print(window.tabs.tabText(0), heavy)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PCMD_DATA_DIR=str(tmp_path / "d"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Tuyên truyền []"
