"""Help: F1 and Help → User guide open the guide shipped with the program, offline, in the
UI language, at the section of the window in front of the user."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui import help as help_ui
from desktop.ui.main_window import MainWindow
from desktop.ui.record_form import RecordForm
from tests.ui_helpers import isolate_qsettings

REPO = Path(__file__).resolve().parents[1]
GUIDES = [REPO / "resources" / "help" / lang / "index.html" for lang in ("vi", "en")]


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_qsettings(tmp_path / "qsettings")


def _sections_named_in_the_code() -> set[str]:
    names = set(help_ui.TAB_SECTIONS.values()) | set(help_ui.DIALOG_SECTIONS.values())
    for path in (REPO / "desktop" / "ui").glob("*.py"):
        names |= set(re.findall(r'HELP_SECTION = "([a-z]+)"', path.read_text()))
    return names


@pytest.mark.parametrize("guide", GUIDES, ids=["vi", "en"])
def test_each_guide_has_every_section_and_its_pictures(guide: Path) -> None:
    html = guide.read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a name="([a-z]+)">', html))
    assert _sections_named_in_the_code() <= anchors
    assert {"keys", "dates", "undo"} <= anchors
    for src in re.findall(r'<img src="([^"]+)"', html):
        assert (guide.parent / src).resolve().is_file(), src
    for href in re.findall(r'<a href="#([a-z]+)"', html):
        assert href in anchors, href


def test_f1_opens_the_guide_at_the_section_in_front(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.set_tab("reports")
    qtbot.keyClick(window.tabs, Qt.Key.Key_F1)
    guide = help_ui._window
    assert guide is not None and guide.isVisible()
    assert guide.section == "reports"
    assert guide.browser.source().fileName() == "index.html"
    assert "/help/en/" in guide.browser.source().path()  # the UI language (tests: English)
    assert "PCMD user guide" in guide.browser.toPlainText()
    guide.close()
    form = RecordForm(ctx, "outreach", parent=window)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.editor("title"), Qt.Key.Key_F1)
    assert help_ui._window.section == "form"
    assert "Entering one record" in help_ui._window.browser.toPlainText()
    assert help_ui._window.find_next() is False  # nothing typed to find
    help_ui._window.find.setText("Ctrl+Enter")
    assert help_ui._window.find_next()
    help_ui._window.close()
    form.dirty = False
    form.close()


def test_the_help_menu_opens_the_contents(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.menu_help.actions()[0] is window.act_help
    assert window.act_help.text() == "&User guide"
    window.act_help.trigger()
    assert help_ui._window is not None and help_ui._window.section == ""
    help_ui._window.close()
    QApplication.processEvents()
