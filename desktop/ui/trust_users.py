"""Users (administrators): add a user, change role, unit or password, deactivate."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PcmdError
from desktop.services import auth, locks
from desktop.services.context import AppContext
from desktop.ui.errors import show_error_message


def unit_choices(ctx: AppContext) -> list[tuple[int, str]]:
    """Units a user can belong to: the administrator's own unit and the units under it (today's
    first, then earlier ones that hold records)."""
    return [(u.id, f"{u.code} {u.name}") for u in locks.lockable_units(ctx)]


class UserForm(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New user"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in auth.ROLES:
            self.role.addItem(auth.role_label(role), role)
        self.unit = QComboBox()
        for unit_id, label in unit_choices(ctx):
            self.unit.addItem(label, unit_id)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.display_name)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Unit:"), self.unit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            auth.create_user(self.ctx, self.username.text(), self.password.text(),
                             self.role.currentData(), self.unit.currentData(),
                             self.display_name.text())
        except PcmdError as exc:
            self.message.setText(exc.message)
            return False
        self.accept()
        return True


class UsersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Users"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Unit"),
            self.tr("Active")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        hint = QLabel(self.tr("Sign-in is required once a user exists. "
                              "The first user must be an administrator."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add), (self.tr("Set password…"),
                           self.set_password), (self.tr("Change role…"), self.change_role),
                           (self.tr("Activate / deactivate"), self.toggle_active)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 400)
        self.reload()

    def reload(self) -> None:
        self.users = auth.list_users(self.ctx.db)
        self.table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            unit = self.ctx.units.by_id.get(u.unit_id)
            cells = [u.username, u.display_name, auth.role_label(u.role),
                     f"{unit.code} {unit.name}" if unit else "",
                     self.tr("yes") if u.active else self.tr("no")]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        return self.users[row].id if 0 <= row < len(self.users) else None

    def _run(self, **changes: object) -> None:
        user_id = self.selected_id()
        if user_id is None:
            return
        try:
            auth.update_user(self.ctx, user_id, **changes)  # type: ignore[arg-type]
        except PcmdError as exc:
            show_error_message(self, exc.message)
        self.reload()

    def add(self) -> None:
        if UserForm(self.ctx, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def set_password(self) -> None:
        if self.selected_id() is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Set password"), self.tr("New password:"),
                                        QLineEdit.EchoMode.Password)
        if ok:
            self._run(password=text)

    def change_role(self) -> None:
        if self.selected_id() is None:
            return
        labels = [auth.role_label(r) for r in auth.ROLES]
        label, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr("Role:"),
                                         labels, 0, False)
        if ok:
            self._run(role=auth.ROLES[labels.index(label)])

    def toggle_active(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.users):
            self._run(active=not self.users[row].active)
