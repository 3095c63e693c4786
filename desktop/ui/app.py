"""Start the GUI: application, translations, error hook, database, first start, main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

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
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    if font.pointSizeF() < 9:
        font.setPointSizeF(9)
    app.setFont(font)
    install_translators(app, preferences.language(lang))
    return app


def run_gui(db: str | None, lang: str | None) -> int:
    """`pcmd` without a subcommand: open the main window."""
    from desktop.db.database import open_database
    from desktop.errors import PcmdError
    from desktop.logging_setup import setup_logging
    from desktop.services import setup
    from desktop.services.context import AppContext
    from desktop.ui.errors import install_exception_hook
    from desktop.ui.first_start import FirstStartDialog
    from desktop.ui.main_window import MainWindow

    setup_logging()
    app = make_application(lang)
    install_exception_hook()
    try:
        database = open_database(db, create=True)
        setup.prepare(database)
    except PcmdError as exc:
        QMessageBox.critical(None, "PCMD", exc.message)
        return exc.exit_code
    ctx = AppContext(database)
    try:
        if ctx.home_unit() is None and not FirstStartDialog(ctx).exec():
            return 0
        window = MainWindow(ctx)
        window.show()
        return app.exec()
    finally:
        database.close()
