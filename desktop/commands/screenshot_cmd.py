"""`pcmd screenshot`: render the main window offscreen on one tab, to a PNG."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from desktop.i18n import translate
from desktop.ui.tabs import TAB_KEYS as TABS


def tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshot", help=tr("render the main window on one tab to a PNG"))
    p.add_argument("--tab", required=True, metavar="NAME", help=", ".join(TABS))
    p.add_argument("--out", required=True, metavar="FILE.png")
    p.add_argument("--size", default="1366x768", metavar="WxH")
    p.set_defaults(func=cmd_screenshot)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from desktop.errors import InputError, UsageError

    if args.tab not in TABS:
        raise UsageError(tr("Unknown tab {tab}; choose one of: {tabs}.").format(
            tab=args.tab, tabs=", ".join(TABS)))
    match = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", args.size.strip())
    if not match:
        raise UsageError(tr("--size must look like 1366x768.").format())
    width, height = int(match.group(1)), int(match.group(2))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import Qt

    from desktop.commands.database_cmds import open_context
    from desktop.ui.app import make_application
    from desktop.ui.main_window import MainWindow

    ctx = open_context(args)
    try:
        if ctx.home_unit() is None:
            raise InputError(tr("Choose the home unit first: pcmd init --unit CODE"))
        app = make_application(getattr(args, "lang", None))
        window = MainWindow(ctx)
        window.setWindowState(Qt.WindowState.WindowNoState)  # the size asked, not maximised
        window.resize(width, height)
        window.set_tab(args.tab)
        window.show()
        for _ in range(5):
            app.processEvents()
        panel = window.current_panel()
        if panel is not None and hasattr(panel, "wait_loaded"):
            panel.wait_loaded(60_000)  # the lists are read off the GUI thread
            for _ in range(5):
                app.processEvents()
        if args.tab == "reports":
            _run_last_month_report(window, app)
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise UsageError(tr("Cannot write {path}.").format(path=out))
        window.close()
    finally:
        ctx.db.close()
    print(tr("Screenshot written: {path}").format(path=out))
    return 0


def _run_last_month_report(window, app) -> None:
    """Show the Reports tab as a manager sees it: last month's table, not an empty frame."""
    import time
    from datetime import date, timedelta

    tab = window.reports_tab
    if not hasattr(tab, "run_report"):
        return
    last_month = date.today().replace(day=1) - timedelta(days=1)
    home = window.ctx.home_unit() if window.ctx is not None else None
    if home is not None and home.valid_to is not None and home.valid_to < last_month:
        last_month = home.valid_to  # a unit abolished since (a district, 1 July 2025): its
        # last month, as the tab refuses a later one (with a message box, which waited here)
    tab.period.setText(f"{last_month.year}-{last_month.month:02d}")
    tab.run_report()
    deadline = time.monotonic() + 120
    while getattr(tab, "report", None) is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()
