"""The Administration menu (users, month locks, the audit trail, backups and restore), and the
policy's say over the main window's own Settings, Catalogues and Back up entries.

The main window calls `install_trust_menu(main_window)` once. An entry the signed-in user's
role may not use is hidden (staff see no Settings, Catalogues, Users, Backup or Restore) and
refused again if reached another way. The role is read from the database each time a menu
opens, so a role changed on another PC shows at the user's next action.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import PcmdError
from desktop.services import maintenance, policy
from desktop.services.context import AppContext
from desktop.services.session_user import current_user
from desktop.ui.errors import show_error_message


class TrustMenu(QObject):
    """Holds the menu's actions (kept on the main window as `trust_menu`)."""

    # action name -> permission needed (desktop.services.policy.can)
    NEEDS = {"users": "admin", "lock": "lock", "unlock": "unlock", "audit": "audit",
             "backup": "backup", "restore": "admin"}
    # the main window's own actions -> permission needed
    WINDOW_NEEDS = {"act_settings": "office_settings", "act_catalogues": "admin",
                    "act_backup": "backup"}

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
        for menu_name in ("menu_file", "menu_tools"):
            other = getattr(main_window, menu_name, None)
            if other is not None:
                other.aboutToShow.connect(self.update_enabled)
        self._guard_window_actions()
        self.update_enabled()

    def _guard_window_actions(self) -> None:
        """The main window's Settings, Catalogues and Back up go through the policy too."""
        for attr, need in self.WINDOW_NEEDS.items():
            action = getattr(self.window, attr, None)
            if action is None:
                continue
            action.triggered.disconnect()
            slot = {"act_settings": "open_settings", "act_catalogues": "open_catalogues",
                    "act_backup": "backup_now"}[attr]
            action.triggered.connect(
                lambda _c=False, s=slot, n=need: self._window_action(s, n))

    def _window_action(self, slot: str, need: str) -> None:
        if self._refuse_need(need):
            return
        getattr(self.window, slot)()

    @property
    def ctx(self) -> AppContext:
        return self.window.ctx

    @property
    def parent_widget(self) -> QWidget:
        return self.window

    def allowed(self, name: str) -> bool:
        return policy.can(current_user(self.ctx), self.NEEDS[name])

    def update_enabled(self) -> None:
        """Show what the user's role (as the database has it now) allows; hide the rest."""
        if self.window.ctx is None:
            return
        policy.refresh_user(self.ctx)
        user = current_user(self.ctx)
        for name, action in self.actions.items():
            ok = self.allowed(name)
            action.setEnabled(ok)
            action.setVisible(ok)
        self.menu.menuAction().setVisible(any(self.allowed(n) for n in self.actions))
        for attr, need in self.WINDOW_NEEDS.items():
            action = getattr(self.window, attr, None)
            if action is not None:
                ok = policy.can(user, need)
                action.setVisible(ok)
                action.setEnabled(ok)

    def _refuse(self, name: str) -> bool:
        """True (and a message) when the signed-in user may not use this action."""
        return self._refuse_need(self.NEEDS[name])

    def _refuse_need(self, need: str) -> bool:
        policy.refresh_user(self.ctx)
        user = current_user(self.ctx)
        if policy.can(user, need):
            return False
        assert user is not None
        show_error_message(self.parent_widget, self.tr(
            "Your role ({role}) does not allow this; ask a manager or an administrator."
        ).format(role=policy.role_label(user.role)))
        self.update_enabled()
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

        ctx = self.ctx

        def work(_progress: object) -> Path:
            return maintenance.backup(db, path, ctx=ctx)

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
        try:
            with db.read_session() as session:
                who = policy.check_admin(self.ctx, session).name
        except PcmdError as exc:
            show_error_message(self.parent_widget, exc.message)
            return False
        db.close()  # the engine reconnects to the restored file on next use
        try:
            safety = maintenance.restore(db.url, path, user=who)
        except PcmdError as exc:
            show_error_message(self.parent_widget, exc.message)
            return False
        finally:
            db.refresh_identity()
        from desktop.ui.undo import undo_stack

        undo_stack().clear()  # the changes it holds were made to the data replaced now
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
