"""The Administration menu: users, month locks, the audit trail, backups and restore.

The main window calls `install_trust_menu(main_window)` once; actions a role may not use are
disabled (and refused again if triggered), see desktop.services.auth.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import PcmdError
from desktop.services import auth, maintenance
from desktop.services.context import AppContext
from desktop.services.session_user import current_user
from desktop.ui.errors import show_error_message


class TrustMenu(QObject):
    """Holds the menu's actions (kept on the main window as `trust_menu`)."""

    # action name -> permission needed (desktop.services.auth.can)
    NEEDS = {"users": "admin", "lock": "lock", "unlock": "unlock", "audit": "lock",
             "backup": "lock", "restore": "admin"}

    def __init__(self, main_window: Any) -> None:
        super().__init__(main_window)
        self.window = main_window
        self.menu = main_window.menuBar().addMenu(self.tr("&Administration"))
        self.actions: dict[str, QAction] = {}
        for name, text, slot in (
            ("users", self.tr("Users…"), self.users),
            ("lock", self.tr("Lock month…"), self.lock_month),
            ("unlock", self.tr("Unlock month…"), self.unlock_month),
            ("audit", self.tr("Audit trail…"), self.audit_trail),
            ("backup", self.tr("Back up now…"), self.backup_now),
            ("restore", self.tr("Restore…"), self.restore),
        ):
            if name in ("audit", "backup"):
                self.menu.addSeparator()
            action = QAction(text, self.menu)
            action.triggered.connect(slot)
            self.menu.addAction(action)
            self.actions[name] = action
        self.menu.aboutToShow.connect(self.update_enabled)
        self.update_enabled()

    @property
    def ctx(self) -> AppContext:
        return self.window.ctx

    @property
    def parent_widget(self) -> QWidget:
        return self.window

    def allowed(self, name: str) -> bool:
        return auth.can(current_user(self.ctx), self.NEEDS[name])

    def update_enabled(self) -> None:
        for name, action in self.actions.items():
            action.setEnabled(self.allowed(name))

    def _refuse(self, name: str) -> bool:
        """True (and a message) when the signed-in user may not use this action."""
        if self.allowed(name):
            return False
        user = current_user(self.ctx)
        assert user is not None
        show_error_message(self.parent_widget, self.tr(
            "Your role ({role}) does not allow this; ask a manager or an administrator."
        ).format(role=auth.role_label(user.role)))
        return True

    # ---- actions -------------------------------------------------------------------------
    def users(self) -> None:
        if self._refuse("users"):
            return
        from desktop.ui.trust_users import UsersDialog

        UsersDialog(self.ctx, self.parent_widget).exec()

    def lock_month(self) -> None:
        self._month_dialog(unlock=False)

    def unlock_month(self) -> None:
        self._month_dialog(unlock=True)

    def _month_dialog(self, unlock: bool) -> None:
        if self._refuse("unlock" if unlock else "lock"):
            return
        from desktop.ui.trust_locks import MonthLockDialog

        if MonthLockDialog(self.ctx, unlock, self.parent_widget).exec():
            self._refresh()

    def audit_trail(self) -> None:
        if self._refuse("audit"):
            return
        from desktop.ui.audit_viewer import AuditViewer

        AuditViewer(self.ctx.db, self.parent_widget).exec()

    def backup_now(self) -> None:
        if self._refuse("backup"):
            return
        from desktop.paths import backup_dir

        name = f"pcmd-{datetime.now():%Y%m%d-%H%M}.sqlite"
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Back up the data"),
                                              str(backup_dir() / name),
                                              self.tr("PCMD backup (*.sqlite)"))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> None:
        db = self.ctx.db

        def work(_progress: object) -> Path:
            return maintenance.backup(db, path)

        def done(result: Path) -> None:
            QMessageBox.information(self.parent_widget, self.tr("Back up"),
                                    self.tr("Backup saved: {path}").format(path=result))

        runner = getattr(self.window, "runner", None)
        if runner is not None:
            runner.run(self.tr("Backing up…"), work, done)
            return
        try:
            done(work(None))
        except PcmdError as exc:
            show_error_message(self.parent_widget, exc.message)

    def restore(self) -> None:
        if self._refuse("restore"):
            return
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Restore a backup"),
                                              "", self.tr("PCMD backup (*.sqlite)"))
        if not path:
            return
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Restore"),
            self.tr("Replace ALL current data with the backup {path}? A safety copy of the "
                    "current data is kept in the backups folder.").format(path=path))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> bool:
        """Close our connections, restore, then have the main window reload everything."""
        db = self.ctx.db
        db.close()  # the engine reconnects to the restored file on next use
        try:
            safety = maintenance.restore(db.url, path)
        except PcmdError as exc:
            show_error_message(self.parent_widget, exc.message)
            return False
        self.ctx.reload_units()
        self._refresh()
        text = self.tr("The backup was restored.")
        if safety is not None:
            text += " " + self.tr("The previous data were kept in {path}.").format(path=safety)
        QMessageBox.information(self.parent_widget, self.tr("Restore"), text)
        return True

    def _refresh(self) -> None:
        refresh = getattr(self.window, "refresh_all", None)
        if callable(refresh):
            refresh()


def install_trust_menu(main_window: Any) -> None:
    main_window.trust_menu = TrustMenu(main_window)
