"""Take the screenshots of docs/screenshots/ (README and user guide): every tab and every
entry form, the grid, the audit trail and the help, on a screen of 1366x768 and of 1280x720,
the window maximised as at a first start, in Vietnamese (tabs also in English).

    python docs/screenshots/take.py [--out docs/screenshots] [--records 3000]

Each screen size runs in its own process (the offscreen platform's screen is set by a config
file); the data are demo data of Phường Đồ Sơn (11455, a ward of today) in a scratch folder.
Names: NAME.png at 1366x768, NAME_1280x720.png; NAME_en.png for the English tabs. The guide's pictures
(resources/help/images) are copied from them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZES = ((1366, 768), (1280, 720))
HELP_IMAGES = ("outreach", "form_outreach", "grid", "reports", "audit")  # in the user guide
FORMS = ("outreach", "media", "training", "officers", "establishments", "inspections",
         "cases", "hotspots", "denunciations", "support", "people", "models")


def suffix(width: int, height: int, lang: str = "vi") -> str:
    size = "" if (width, height) == SIZES[0] else f"_{width}x{height}"
    return size + ("" if lang == "vi" else f"_{lang}")


def child(out: Path, db: str, width: int, height: int, lang: str) -> None:
    """In the child process: the window on this screen, each tab and form grabbed."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.services import setup
    from desktop.services.context import AppContext
    from desktop.ui.app import make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tabs import TAB_KEYS

    settings = tempfile.mkdtemp(prefix="pcmd-shot-settings-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings)
    app = make_application(lang)
    ctx = AppContext(setup.open_prepared(db))
    window = MainWindow(ctx)
    window.show()  # maximised: no saved geometry, as at a first start

    def settle(panel: object = None) -> None:
        for _ in range(10):
            app.processEvents()
        if panel is not None and hasattr(panel, "wait_loaded"):
            panel.wait_loaded(60_000)
        for _ in range(5):
            app.processEvents()

    end = suffix(width, height, lang)
    for key in TAB_KEYS:
        window.set_tab(key)
        tab = getattr(window, f"{key}_tab", None)
        for panel in (tab.panels() if hasattr(tab, "panels") else [None]):
            settle(panel)
        if key == "reports":
            from desktop.commands.screenshot_cmd import _run_last_month_report

            _run_last_month_report(window, app)
        window.grab().save(str(out / f"{key}{end}.png"))
    if lang != "vi":
        return
    panels = {p.kind: p for p in window.panels()}
    for kind in FORMS:
        panel = panels.get(kind)
        if panel is None:
            continue
        tab = next(t for t in TAB_KEYS if panel in getattr(
            getattr(window, f"{t}_tab", None), "panels", list)())
        window.set_tab(tab)
        settle(panel)
        form = panel.make_form(None)
        form.show()
        settle()
        _over(window, form).save(str(out / f"form_{kind}{end}.png"))
        form.dirty = False
        form.close()
    window.set_tab("outreach")
    settle(window.outreach_tab.sessions)
    grid = window.outreach_tab.sessions.open_grid()
    settle()
    grid.paste_block("15/03/2024\tHải Sơn\tHội nghị\tHội nghị tuyên truyền tổ 1\tNhà văn hóa\t"
                     "Mại dâm\tHội Liên hiệp Phụ nữ\tNgười dân\t45\t20\n"
                     "16/03/2024\tNgọc Xuyên\tĐối thoại\tĐối thoại với chủ cơ sở\t\t\t\t\t31\t40\n")
    settle()
    _over(window, grid).save(str(out / f"grid{end}.png"))
    grid.model.clear_rows()
    grid.close()
    from desktop.ui.audit_viewer import AuditViewer

    viewer = AuditViewer(ctx, window)
    viewer.show()
    settle()
    _over(window, viewer).save(str(out / f"audit{end}.png"))
    viewer.close()
    from desktop.ui.help import open_help

    browser = open_help(window, "")
    settle()
    _over(window, browser).save(str(out / f"help{end}.png"))
    browser.close()
    window.close()
    QApplication.processEvents()
    ctx.db.close()


def _over(window: object, dialog: object) -> object:
    """The window with the dialog drawn where it stands on it (as the user sees them)."""
    from PySide6.QtGui import QPainter

    shot = window.grab()  # type: ignore[attr-defined]
    painter = QPainter(shot)
    pos = window.mapFromGlobal(dialog.frameGeometry().topLeft())  # type: ignore[attr-defined]
    painter.drawPixmap(max(pos.x(), 0), max(pos.y(), 0), dialog.grab())  # type: ignore[attr-defined]
    painter.end()
    return shot


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--child", nargs=5, metavar=("OUT", "DB", "W", "H", "LANG"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        out, db, w, h, lang = args.child
        child(Path(out), db, int(w), int(h), lang)
        return
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pcmd-shots-") as tmp:
        env = dict(os.environ, PCMD_DATA_DIR=str(Path(tmp) / "data"),
                   XDG_CONFIG_HOME=str(Path(tmp) / "config"), PYTHONPATH=str(ROOT))
        db = str(Path(tmp) / "shots.sqlite")
        pcmd = [sys.executable, "-m", "desktop"]
        subprocess.run([*pcmd, "init", "--unit", "11455", "--db", db], check=True, env=env)
        subprocess.run([*pcmd, "demo-data", "--records", str(args.records), "--db", db],
                       check=True, env=env)
        for (w, h), lang in [(s, "vi") for s in SIZES] + [(SIZES[0], "en")]:
            config = Path(tmp) / f"screen-{w}x{h}.json"
            config.write_text(json.dumps({"screens": [{
                "name": "office", "x": 0, "y": 0, "width": w, "height": h,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
            run_env = dict(env, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                           QT_LOGGING_RULES="qt.qpa.*=false")
            subprocess.run([sys.executable, __file__, "--child", str(args.out), db, str(w),
                            str(h), lang], check=True, env=run_env)
            print(f"screenshots at {w}x{h} ({lang}) written to {args.out}")
    images = ROOT / "resources" / "help" / "images"  # shipped with the program (offline)
    images.mkdir(parents=True, exist_ok=True)
    for name in HELP_IMAGES:
        shutil.copyfile(args.out / f"{name}.png", images / f"{name}.png")
    print(f"the user guide's images copied to {images}")


if __name__ == "__main__":
    main()
