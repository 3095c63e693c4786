"""Lock or unlock a month of an office (managers). Unlocking needs a reason; both are audited."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PcmdError
from desktop.services import auth, locks
from desktop.services.context import AppContext
from desktop.services.units import UnitInfo


def offices(ctx: AppContext) -> list[UnitInfo]:
    """The offices whose months this user may lock: the home unit and districts under it."""
    home = ctx.home_unit()
    if home is None:
        return []
    today = ctx.today()
    out = [home]
    out += [u for u in ctx.units.children(home, today) if u.level in ("province", "district")]
    visible = auth.visible_unit_ids(ctx)
    return [u for u in out if visible is None or u.id in visible]


class MonthLockDialog(QDialog):
    """unlock=False: lock a month (reason optional); unlock=True: unlock (reason required)."""

    def __init__(self, ctx: AppContext, unlock: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unlock = unlock
        self.setWindowTitle(self.tr("Unlock a month") if unlock else self.tr("Lock a month"))
        self.office = QComboBox()
        for unit in offices(ctx):
            self.office.addItem(f"{unit.code} {unit.name}", unit.id)
        self.month = QDateEdit()
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(False)
        prev = QDate.currentDate().addMonths(-1)
        self.month.setDate(QDate(prev.year(), prev.month(), 1))
        self.reason = QLineEdit()
        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Office:"), self.office)
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Reason:") if unlock else self.tr("Note:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Unlock") if unlock else self.tr("Lock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.locked)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.office.currentIndexChanged.connect(self.show_locked)
        self.show_locked()
        self.setMinimumWidth(420)

    def chosen_month(self) -> date:
        q = self.month.date()
        return date(q.year(), q.month(), 1)

    def show_locked(self) -> None:
        owner = self.office.currentData()
        if owner is None:
            self.locked.setText("")
            return
        with self.ctx.db.read_session() as session:
            months = sorted(locks.locked_months(session, owner), reverse=True)
        text = ", ".join(locks.month_label(m) for m in months[:24]) or self.tr("none")
        self.locked.setText(self.tr("Locked months: {months}").format(months=text))

    def apply(self) -> bool:
        owner = self.office.currentData()
        if owner is None:
            self.message.setText(self.tr("Choose the home unit first."))
            return False
        month = self.chosen_month()
        try:
            if self.unlock:
                done = locks.unlock_month(self.ctx, owner, month, self.reason.text())
                if not done:
                    self.message.setText(self.tr("{month} is not locked.").format(
                        month=locks.month_label(month)))
                    return False
            elif not locks.lock_month(self.ctx, owner, month, self.reason.text()):
                self.message.setText(self.tr("{month} is already locked.").format(
                    month=locks.month_label(month)))
                return False
        except PcmdError as exc:
            self.message.setText(exc.message)
            return False
        self.accept()
        return True
