"""Help: the user guide shipped with the program (resources/help/<lang>/index.html, with the
README's screenshots), offline, in the UI language.

F1 opens the guide at the section of what is in front of the user: the active dialog's
HELP_SECTION (a form, the grid, the paste preview, the audit trail…), else the section of the
main window's tab. Help → "Hướng dẫn sử dụng" opens it at its contents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language

#: the section of each main window tab (anchors of the guide, the same in every language)
TAB_SECTIONS = {"outreach": "lists", "training": "training", "inspections": "inspections",
                "cases": "lists", "support": "lists", "reports": "reports"}
#: dialogs of other modules and their sections (dialogs of this program's own modules say
#: theirs with a HELP_SECTION class attribute)
DIALOG_SECTIONS = {"ExchangePreviewDialog": "paste", "ExportDialog": "exchange",
                   "CompletenessDialog": "exchange", "SettingsDialog": "administration",
                   "MonthLockDialog": "locked", "ReportDetailsDialog": "reports",
                   "UsersDialog": "administration", "UserForm": "administration",
                   "CatalogueEditor": "administration", "UnitBrowser": "administration",
                   "IndicatorEditor": "administration", "DefinitionDialog": "administration",
                   "SignInDialog": "start", "FirstStartDialog": "start"}


def guide_path(lang: str | None = None) -> Path:
    """The guide's file in this language (Vietnamese when there is none in it)."""
    from desktop.paths import resources_dir

    folder = resources_dir() / "help"
    path = folder / (lang or current_language()) / "index.html"
    return path if path.exists() else folder / "vi" / "index.html"


class HelpWindow(QDialog):
    """The guide in a browser of its own (not modal: it stays open beside the work)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("HelpWindow")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back = QPushButton(self)
        self.forward = QPushButton(self)
        self.home = QPushButton(self)
        self.find = QLineEdit(self)
        self.find.setClearButtonEnabled(True)
        for b in (self.back, self.forward, self.home):
            b.setAutoDefault(False)
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.find)
        layout.addLayout(bar)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.home.clicked.connect(lambda: self.show_section(""))
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.find.returnPressed.connect(self.find_next)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self.resize(980, 700)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # Qt naming
        self.setWindowTitle(self.tr("User guide — PCMD"))
        self.back.setText(self.tr("◀ Back"))
        self.forward.setText(self.tr("Forward ▶"))
        self.home.setText(self.tr("Contents"))
        self.find.setPlaceholderText(self.tr("Find in the guide (Enter)…"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.show_section(self.section)
        super().changeEvent(event)

    def show_section(self, section: str) -> None:
        self.section = section
        url = QUrl.fromLocalFile(str(guide_path()))
        if section:
            url.setFragment(section)
        self.browser.setSource(url)
        if section:
            self.browser.scrollToAnchor(section)

    def find_next(self) -> bool:
        text = self.find.text().strip()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()  # from the top again
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text)


_window: HelpWindow | None = None


def open_help(parent: QWidget | None, section: str = "") -> HelpWindow:
    """Show the guide at `section` (its contents when empty); one help window at a time."""
    global _window
    if _window is None:
        top = parent.window() if parent is not None else None
        _window = HelpWindow(top)
        _window.destroyed.connect(_forget)
        screen = (top or _window).screen().availableGeometry()
        _window.resize(min(_window.width(), screen.width() - 40),
                       min(_window.height(), screen.height() - 40))
    _window.show_section(section)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window


def _forget(*_args: object) -> None:
    global _window
    _window = None


def section_for(widget: QWidget | None) -> str:
    """The section of the guide about `widget`: its dialog's, else the main window tab's."""
    while widget is not None:
        own = getattr(widget, "HELP_SECTION", None)
        if isinstance(own, str):
            return own
        name = type(widget).__name__
        if name in DIALOG_SECTIONS:
            return DIALOG_SECTIONS[name]
        if name == "MainWindow":
            from desktop.ui.tabs import TAB_KEYS

            index = widget.tabs.currentIndex()  # type: ignore[attr-defined]
            key = TAB_KEYS[index] if 0 <= index < len(TAB_KEYS) else ""
            return TAB_SECTIONS.get(key, "")
        widget = widget.parentWidget()
    return ""


class HelpKey(QObject):
    """F1 anywhere: the guide at the section of the active window (dialogs included)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() == Qt.Key.Key_F1 and not event.modifiers():
            active = QApplication.activeWindow()
            if isinstance(active, HelpWindow):
                return False
            open_help(active, section_for(QApplication.focusWidget() or active))
            return True
        return False


def install_help(window: QWidget) -> QAction:
    """F1 for the whole program, and Help → User guide (before About) in the main window."""
    app = QApplication.instance()
    if app is not None and not getattr(app, "_pcmd_help_key", None):
        key = HelpKey(app)
        app.installEventFilter(key)
        app._pcmd_help_key = key  # type: ignore[attr-defined]
    action = QAction(window)
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the key is HelpKey's
    action.triggered.connect(lambda _c=False: open_help(window, ""))
    menu = window.menu_help  # type: ignore[attr-defined]
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    menu.insertSeparator(first)
    return action
