"""The main window: the tabs of desktop/ui/tabs.py, menus File / Edit / View / Tools / Help,
toolbar, status bar.

Start-up comes in two steps so the window appears at once: ``MainWindow.shell()`` builds the
menus, toolbar, tabs and their (empty) lists without touching the database or importing
SQLAlchemy, the services or the reports; ``attach(ctx)`` then loads the visible tab, and every
other tab loads the first time it is shown. ``MainWindow(ctx)`` does both at once.
"""

from __future__ import annotations

import importlib
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__, preferences
from desktop.i18n import current_language
from desktop.ui.edit_actions import EditActions
from desktop.ui.errors import show_unexpected_error
from desktop.ui.help import install_help
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.tabs import TAB_KEYS, TABS
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.context import AppContext

__all__ = ["TAB_KEYS", "MainWindow"]
_log = logging.getLogger("pcmd.ui")


def _widget_class(path: str) -> Any:
    """The class a tab declares as "module:Class"."""
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    #: emitted once the database is attached and the visible tab holds its data
    attached = Signal()

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.runner = TaskRunner(self)
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("MainTabs")
        # the Reports tab is made when first shown (it imports the report engine and charts)
        self.reports_page = QWidget(self)
        self.reports_layout = QVBoxLayout(self.reports_page)
        self.reports_layout.setContentsMargins(0, 0, 0, 0)
        self.reports_tab: QWidget = QLabel(self.reports_page)
        self.reports_layout.addWidget(self.reports_tab)
        self._reports_state = "pending"  # pending | ready | failed
        self.record_tabs: list[QWidget] = []  # the tabs listing records, in tab order
        for t in TABS:
            if not t.widget:
                self.tabs.addTab(self.reports_page, "")
                continue
            tab = _widget_class(t.widget)(None, self)
            setattr(self, t.attribute, tab)
            self.record_tabs.append(tab)
            self.tabs.addTab(tab, "")
        self.setCentralWidget(self.tabs)
        self.exchange: Any = None
        self._build_actions()
        self._build_menus()
        self.edit_actions = EditActions(self)  # Undo, copy and paste rows, the grid
        self.act_help = install_help(self)  # F1 and Help → User guide
        self.last_dialog: QWidget | None = None
        self.home_label = QLabel(self)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.home_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.tabs.currentChanged.connect(self._load_tab)
        self.retranslateUi()
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    @classmethod
    def shell(cls) -> MainWindow:
        """The window without data (no database access): show it, then call attach()."""
        return cls(None)

    @property
    def is_attached(self) -> bool:
        return self.ctx is not None

    def attach(self, ctx: AppContext, *, menus_later: bool = False) -> None:
        """Open the data: the visible tab's lists, then the Excel exchange and Administration
        menus (from the event loop right after when `menus_later`, so the lists are painted
        first); the other tabs load when first shown."""
        if self.ctx is not None:
            return
        self.ctx = ctx
        for act in self._data_actions:
            act.setEnabled(True)
        self._load_tab(self.tabs.currentIndex())
        self.retranslateUi()
        if menus_later:  # once the visible list shows its first rows (or at once)
            panel = self.current_panel()
            model = panel.model if panel is not None else None
            if model is not None and model.loading:
                model.loaded.connect(self._menus_after_first_rows)
            else:
                QTimer.singleShot(0, self._install_menus)
        else:
            self._install_menus()
        self.attached.emit()

    def _menus_after_first_rows(self) -> None:
        panel = self.current_panel()
        if panel is not None and panel.model is not None:
            panel.model.loaded.disconnect(self._menus_after_first_rows)
        QTimer.singleShot(0, self._install_menus)

    def _install_menus(self) -> None:
        """The Excel exchange and Administration menus; they need the database."""
        from desktop.ui.exchange_actions import ExchangeActions

        self.exchange = ExchangeActions(self)
        for act in (self.act_import, self.act_export, self.act_template,
                    self.act_completeness):
            act.setEnabled(True)
        self._install_trust_menu()

    def _load_tab(self, index: int) -> None:
        """Attach the data to a tab the first time it is shown (after attach())."""
        if self.ctx is None:
            return
        if index == TAB_KEYS.index("reports"):
            self._load_reports_tab()
            return
        tab = self.tabs.widget(index)
        attach = getattr(tab, "attach", None)
        if callable(attach):
            attach(self.ctx)

    def _load_reports_tab(self) -> None:
        if self._reports_state != "pending" or self.ctx is None:
            return
        from desktop.ui.reports_tab import ReportsTab

        self._reports_state = "failed"
        try:
            tab = ReportsTab(self.ctx, self.runner, self.reports_page)
        except Exception as exc:  # a broken tab must not stop the program
            _log.exception("reports tab failed to open")
            show_unexpected_error(self, exc)
        else:
            placeholder = self.reports_tab
            self.reports_layout.replaceWidget(placeholder, tab)
            placeholder.hide()
            placeholder.deleteLater()
            self.reports_tab = tab
            self._reports_state = "ready"
        self.retranslateUi()

    def _install_trust_menu(self) -> None:
        """The Administration menu (trust engineer), placed before Help."""
        from desktop.ui.trust_menu import install_trust_menu

        bar = self.menuBar()
        before = set(bar.actions())
        try:
            install_trust_menu(self)
        except Exception as exc:  # the window still opens
            _log.exception("administration menu failed")
            show_unexpected_error(self, exc)
        for action in [a for a in bar.actions() if a not in before]:
            bar.removeAction(action)
            bar.insertAction(self.menu_help.menuAction(), action)

    # ---- actions and menus ---------------------------------------------------------------
    def _action(self, slot: Any, shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new = self._action(self.new_record, QKeySequence.StandardKey.New,
                                    sp.SP_FileIcon)
        self.act_edit = self._action(self.edit_record, "F2", sp.SP_FileDialogDetailedView)
        self.act_delete = self._action(self.delete_record, None, sp.SP_TrashIcon)
        self.act_find = self._action(self.find, QKeySequence.StandardKey.Find)
        self.act_refresh = self._action(self.refresh_all, QKeySequence.StandardKey.Refresh,
                                        sp.SP_BrowserReload)
        self.act_import = self._action(self.import_files, "Ctrl+I", sp.SP_ArrowDown)
        self.act_export = self._action(self._exchange("export_workbook"), "Ctrl+E",
                                       sp.SP_ArrowUp)
        self.act_template = self._action(self._exchange("blank_template"))
        self.act_completeness = self._action(self._exchange("completeness_view"))
        for act in (self.act_import, self.act_export, self.act_template,
                    self.act_completeness):
            act.setEnabled(False)  # until attach(): the exchange needs the database
        self.act_backup = self._action(self.backup_now)
        self.act_settings = self._action(self.open_settings, "Ctrl+,")
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_catalogues = self._action(self.open_catalogues)
        self.act_units = self._action(self.open_units)
        self.act_indicators = self._action(self.open_indicators)
        self.act_about = self._action(self.about)
        self._data_actions = (self.act_backup, self.act_settings, self.act_catalogues,
                              self.act_units, self.act_indicators, self.act_refresh)
        for act in self._data_actions:
            act.setEnabled(False)  # until attach()
        self.lang_group = QActionGroup(self)
        self.act_vi = QAction(self, checkable=True)
        self.act_en = QAction(self, checkable=True)
        for act, lang in ((self.act_vi, "vi"), (self.act_en, "en")):
            self.lang_group.addAction(act)
            act.triggered.connect(lambda _c=False, lang=lang: self.switch_language(lang))
        self.act_vi.setText("Tiếng Việt")  # language names are shown in their own language
        self.act_en.setText("English")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (self.act_import, self.act_export, self.act_template,
                    self.act_completeness):
            self.menu_file.addAction(act)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        for act in (self.act_new, self.act_edit, self.act_delete):
            self.menu_edit.addAction(act)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_refresh)
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.addAction(self.act_vi)
        self.menu_language.addAction(self.act_en)
        self.menu_tools = bar.addMenu("")
        self.menu_tools.addAction(self.act_catalogues)
        self.menu_tools.addAction(self.act_units)
        self.menu_tools.addAction(self.act_indicators)
        self.menu_tools.addSeparator()
        self.menu_tools.addAction(self.act_settings)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.act_new, self.act_edit, self.act_delete, None, self.act_refresh,
                    None, self.act_import, self.act_export):
            if act is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)

    def retranslateUi(self) -> None:  # Qt naming
        self.setWindowTitle(self.tr("PCMD — Prostitution prevention records"))
        for i, t in enumerate(TABS):
            self.tabs.setTabText(i, QCoreApplication.translate("MainWindow", t.label))
        if isinstance(self.reports_tab, QLabel):
            self.reports_tab.setText(
                self.tr("The reports could not be opened; the log holds the details.")
                if self._reports_state == "failed" else self.tr("Loading…"))
            self.reports_tab.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_language.setTitle(self.tr("&Language"))
        if hasattr(self, "edit_actions"):
            self.edit_actions.retranslate()
            self.act_help.setText(self.tr("&User guide"))
        texts = {
            self.act_new: self.tr("&New record"), self.act_edit: self.tr("&Edit record"),
            self.act_delete: self.tr("&Delete record"), self.act_find: self.tr("&Find"),
            self.act_refresh: self.tr("&Refresh"),
            self.act_import: self.tr("&Import workbooks…"),
            self.act_export: self.tr("E&xport workbook…"),
            self.act_template: self.tr("Blank &template…"),
            self.act_completeness: self.tr("&Completeness of reporting"),
            self.act_backup: self.tr("&Back up now"), self.act_settings: self.tr("&Settings…"),
            self.act_quit: self.tr("&Quit"), self.act_catalogues: self.tr("&Catalogues…"),
            self.act_units: self.tr("&Administrative units…"),
            self.act_indicators: self.tr("&Indicators…"),
            self.act_about: self.tr("&About PCMD"),
        }
        for act, text in texts.items():
            act.setText(text)
            act.setIconText(text.replace("&", "").rstrip("…"))
        self.act_vi.setChecked(current_language() == "vi")
        self.act_en.setChecked(current_language() == "en")
        if self.ctx is None:
            self.home_label.setText(self.tr("Opening the database…"))
            self.db_label.setText("")
            return
        home = self.ctx.home_unit()
        self.home_label.setText(self.tr("Home unit: {unit}").format(
            unit=f"{home.code} {home.name}" if home else self.tr("not chosen")))
        self.db_label.setText(self.tr("Database: {name}").format(name=self.ctx.db.display_name))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # ---- tabs and panels -----------------------------------------------------------------
    def set_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def panels(self) -> list[RecordListPanel]:
        return [p for tab in self.record_tabs for p in tab.panels()]  # type: ignore[attr-defined]

    def current_panel(self) -> RecordListPanel | None:
        tab = self.tabs.currentWidget()
        return tab.current_panel() if hasattr(tab, "current_panel") else None

    def new_record(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            panel.new_record()

    def edit_record(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            panel.edit_current()

    def delete_record(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            panel.delete_current()

    def find(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            panel.focus_search()

    def refresh_all(self) -> None:
        """Reload everything shown (after an import, a restore or a settings change)."""
        if self.ctx is None:
            return
        self.ctx.reload_units()
        for panel in self.panels():
            panel.refresh()
        refresh = getattr(self.reports_tab, "refresh", None)
        if callable(refresh):
            refresh()
        self.retranslateUi()

    # ---- language, settings, tools -------------------------------------------------------
    def switch_language(self, lang: str) -> None:
        """Save the choice and re-translate every open window."""
        from desktop.ui.translation import install_translators

        preferences.save({"language": lang})
        install_translators(QApplication.instance(), lang)

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.runner, self)
        if dialog.exec():
            if dialog.home_changed:
                self.refresh_all()
            self.retranslateUi()

    def open_catalogues(self) -> None:
        from desktop.ui.catalogue_editor import CatalogueEditor

        CatalogueEditor(self.ctx, self).exec()
        for panel in self.panels():
            panel.refresh()

    def open_indicators(self) -> None:
        from desktop.ui.indicator_editor import IndicatorEditor

        IndicatorEditor(self.ctx, self).exec()

    def open_units(self) -> None:
        from desktop.ui.unit_browser import UnitBrowser

        UnitBrowser(self.ctx, self).exec()

    def backup_now(self) -> None:
        from desktop.paths import backup_dir
        from desktop.services import maintenance

        target = backup_dir() / f"pcmd-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
        ctx = self.ctx
        self.runner.run(self.tr("Backing up…"),
                        lambda _p: maintenance.backup(ctx.db, target, ctx=ctx),
                        lambda path: self.statusBar().showMessage(
                            self.tr("Backup written: {path}").format(path=path), 10_000))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About PCMD"), self.tr(
            "PCMD {version}\nRecords of the prostitution-prevention programme: outreach, "
            "training, inspections, cases and hotspots, support and models, with reports and "
            "Excel exchange."
        ).format(version=__version__))

    # ---- exchange ------------------------------------------------------------------------
    def _exchange(self, method: str) -> Any:
        def call() -> None:
            if self.exchange is not None:
                getattr(self.exchange, method)()
        return call

    def import_files(self, paths: list[str] | None = None) -> None:
        if self.exchange is None:
            return
        if paths is None:
            from desktop.exchange import formats

            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import workbooks"), "", formats.open_filter())
        if paths:
            self.exchange.import_files(list(paths))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        from desktop.exchange import formats  # not at start-up: the shell stays light

        urls = event.mimeData().urls()
        if self.exchange is not None and urls and all(
                formats.accepted(u.toLocalFile()) or Path(u.toLocalFile()).is_dir()
                for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        paths = [u.toLocalFile() for u in event.mimeData().urls()]
        event.acceptProposedAction()
        self.import_files(paths)

    # ---- window state --------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings("PCMD", "PCMD")
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return  # as last left (maximised or not), kept on a screen that exists now
        # first start: the whole screen (an office PC has 1366x768 or 1280x720); a normal
        # size to come back to that fits the screen too
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(720, screen.height()))
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_state(self) -> None:
        settings = QSettings("PCMD", "PCMD")
        settings.setValue("main/geometry", self.saveGeometry())
        for panel in self.panels():
            panel.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.save_state()
        self.runner.cancel_all()
        self.runner.wait(5000)
        super().closeEvent(event)
