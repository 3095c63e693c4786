"""The window fits the office PC: maximised at first start and remembered; every entry form
and the grid on a 1280x720 screen, no more than one scroll, nothing off screen.

Only the smaller of the two office screens is tested (1366x768 is wider and taller, so what fits
1280x720 fits it too; docs/screenshots/take.py shows both): the screen is set per process, and a
second process would double the test's time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QScrollArea
from desktop.services import setup
from desktop.services.context import AppContext
from desktop.ui.app import make_application
from desktop.ui.main_window import MainWindow
from desktop.services.record_specs import SPECS
from desktop.ui.record_form import RecordForm

folder = sys.argv[2]
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
app = make_application("vi")
ctx = AppContext(setup.open_prepared(sys.argv[1]))
screen = app.primaryScreen().availableGeometry()
out = {"screen": [screen.width(), screen.height()]}
window = MainWindow(ctx)
window.show()
app.processEvents()
out["maximised"] = window.isMaximized()
out["window"] = [window.frameGeometry().width(), window.frameGeometry().height()]
out["minimum"] = [window.minimumSizeHint().width(), window.minimumSizeHint().height()]
forms = {}
for kind in SPECS:
    if kind in ("plans",):
        continue
    form = RecordForm(ctx, kind, parent=window)
    form.show()
    app.processEvents()
    g = form.frameGeometry()
    bar = form.scroll.verticalScrollBar()
    inner = [s for s in form.findChildren(QScrollArea) if s is not form.scroll and s.isVisible()
             and s.verticalScrollBar().isVisible()]
    forms[kind] = {"inside": screen.contains(g), "size": [g.width(), g.height()],
                   "scrolls": bar.isVisible(), "inner_scrolls": len(inner)}
    form.dirty = False
    form.close()
out["forms"] = forms
grid = window.outreach_tab.sessions
grid.attach(ctx)
dialog = grid.open_grid()
app.processEvents()
out["grid_inside"] = screen.contains(dialog.frameGeometry())
dialog.close()
window.showNormal()
window.resize(1000, 600)
app.processEvents()
window.close()
app.processEvents()
again = MainWindow(ctx)
again.show()
app.processEvents()
out["remembered"] = [again.isMaximized(), again.width(), again.height()]
print("RESULT " + json.dumps(out))
"""


def test_window_and_forms_fit_a_1280x720_screen(tmp_path: Path, db) -> None:
    width, height = 1280, 720
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "office", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_LOGGING_RULES="qt.qpa.*=false", PYTHONPATH=str(REPO),
               PCMD_DATA_DIR=str(tmp_path / "data"))
    path = str(db.path)
    db.close()
    run = subprocess.run([sys.executable, "-c", CHILD, path, str(tmp_path / "settings")],
                         capture_output=True, text=True, env=env, timeout=240,
                         encoding="utf-8")
    assert run.returncode == 0, run.stderr[-3000:]
    line = next(x for x in run.stdout.splitlines() if x.startswith("RESULT "))
    out = json.loads(line[len("RESULT "):])
    assert out["screen"] == [width, height]
    assert out["maximised"], "the first start fills the screen"
    assert out["minimum"][0] <= width and out["minimum"][1] <= height
    for kind, form in out["forms"].items():
        assert form["inside"], (kind, form)
        assert form["inner_scrolls"] == 0, (kind, form)  # one scroll at most
    assert out["grid_inside"]
    assert out["remembered"] == [False, 1000, 600]
