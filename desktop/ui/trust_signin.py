"""The sign-in dialog (shown at start when an administrator has created users).

Hook for app.py, after the database is open and before the main window is built::

    from desktop.ui.trust_signin import sign_in_if_required
    if not sign_in_if_required(ctx, None):
        return 0  # the user cancelled: quit
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PcmdError
from desktop.services import auth
from desktop.services.context import AppContext
from desktop.services.session_user import SignedInUser, set_user

if TYPE_CHECKING:  # a type only: the handle the window passes on to the services
    from desktop.services.context import Database


class SignInDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user: SignedInUser | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def try_sign_in(self) -> bool:
        """Check the name and password; stay open with a clear message when they are wrong."""
        try:
            self.user = auth.authenticate(self.db, self.username.text(), self.password.text())
        except PcmdError as exc:
            self.message.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return False
        self.accept()
        return True


def ask_sign_in(db: Database, parent: QWidget | None = None) -> SignedInUser | None:
    """The signed-in user, or None when the user cancelled."""
    dialog = SignInDialog(db, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.user
    return None


def sign_in_if_required(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Ask for a sign-in when users exist; attach the user to ctx. False: cancelled."""
    if not auth.sign_in_required(ctx.db):
        return True
    user = ask_sign_in(ctx.db, parent)
    if user is None:
        return False
    set_user(ctx, user)
    return True
