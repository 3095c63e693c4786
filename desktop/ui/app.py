"""Start the GUI: application, translations, error hook, main window, then the database.

The window is shown first (``show_shell``), without data; the database is opened right after
from the event loop (``open_data``: sign-in, first start, data), so the user sees the window
at once even with a large database.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

BACKUP_DELAY_MS = 2000
FONT_FAMILIES = ["Segoe UI", "Arial", "Liberation Sans", "DejaVu Sans"]


def make_application(lang: str | None = None) -> QApplication:
    """The QApplication (created once), with a font that carries Vietnamese and the language."""
    from desktop import preferences
    from desktop.ui.translation import install_translators

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("PCMD")
    app.setApplicationName("PCMD")
    app.setApplicationDisplayName("PCMD")
    from PySide6.QtGui import QIcon

    from desktop.paths import resources_dir

    icon = resources_dir() / "icons" / "pcmd.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    if font.pointSizeF() < 9:
        font.setPointSizeF(9)
    app.setFont(font)
    install_translators(app, preferences.language(lang))
    return app


def show_shell(lang: str | None = None) -> tuple[QApplication, MainWindow]:
    """The application and the main window without data, shown: the first frame comes
    before the database is opened (and before SQLAlchemy is imported)."""
    from desktop.ui.main_window import MainWindow

    app = make_application(lang)
    window = MainWindow.shell()
    window.show()
    app.processEvents()  # the first frame, before any database work
    return app, window


def open_data(window: MainWindow, db: str | None) -> int | None:
    """Open the database behind the shown shell: sign-in, first start, then the data.

    Returns None when the window is filled, else the exit code to quit with (the database
    cannot be opened, or the user cancelled the sign-in or the first start).
    """
    from desktop.errors import PcmdError
    from desktop.services import setup
    from desktop.services.context import AppContext
    from desktop.ui.first_start import FirstStartDialog
    from desktop.ui.trust_signin import sign_in_if_required

    try:
        database = setup.open_prepared(db)
    except PcmdError as exc:
        QMessageBox.critical(window, "PCMD", exc.message)
        return exc.exit_code
    ctx = AppContext(database)
    if not sign_in_if_required(ctx, window):
        database.close()
        return 0
    if ctx.home_unit() is None and not FirstStartDialog(ctx, window).exec():
        database.close()
        return 0
    window.attach(ctx, menus_later=True)
    return None


def start_daily_backup(window: MainWindow) -> None:
    """Today's automatic backup, in the background (at most one a day)."""
    from desktop.services.auto_backup import daily_backup

    ctx = window.ctx
    if ctx is None:
        return
    window.runner.run(QCoreApplication.translate("app", "Daily backup…"),
                      lambda _p: daily_backup(ctx.db), lambda _made: None)


def start_gui(db: str | None, lang: str | None) -> tuple[QApplication, MainWindow]:
    """Show the shell now and open the data from the event loop; quits the application
    with the exit code when the data cannot be opened or the user cancels."""
    from desktop.ui.errors import install_exception_hook

    install_exception_hook()  # log_unexpected() sets the log file up if it is not yet
    app, window = show_shell(lang)

    def load() -> None:
        from desktop.logging_setup import setup_logging

        setup_logging()
        code = open_data(window, db)
        if code is not None:
            window.hide()
            app.exit(code)
            return
        # after the first filled frame, so the copy does not slow the start
        QTimer.singleShot(BACKUP_DELAY_MS, lambda: start_daily_backup(window))

    QTimer.singleShot(0, load)
    return app, window


def run_gui(db: str | None, lang: str | None) -> int:
    """`pcmd` without a subcommand: show the main window at once, then open the data."""
    app, window = start_gui(db, lang)
    try:
        return app.exec()
    finally:
        if window.ctx is not None:
            window.runner.cancel_all()
            window.runner.wait(5000)
            window.ctx.db.close()
