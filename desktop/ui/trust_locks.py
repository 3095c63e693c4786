"""Lock or unlock a month of an office (managers). Unlocking needs a reason; both are audited.

The offices offered are those the signed-in manager may lock (their unit and every unit under
it today, today's communes included, then earlier units of theirs that hold records). Locking
asks for confirmation and then says what was locked.
"""

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
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PcmdError
from desktop.services import locks
from desktop.services.context import AppContext
from desktop.services.units import UnitInfo


def offices(ctx: AppContext) -> list[UnitInfo]:
    """The offices whose months this user may lock (desktop.services.locks.lockable_units)."""
    return locks.lockable_units(ctx)


class MonthLockDialog(QDialog):
    """unlock=False: lock a month (reason optional); unlock=True: unlock (reason required)."""

    def __init__(self, ctx: AppContext, unlock: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unlock = unlock
        self.done_text = ""
        self.setWindowTitle(self.tr("Unlock a month") if unlock else self.tr("Lock a month"))
        self.office = QComboBox()
        today = ctx.today()
        for unit in offices(ctx):
            label = f"{unit.code} {unit.name}"
            if unit.valid_to is not None and unit.valid_to < today:
                label += " " + self.tr("(until {date})").format(
                    date=unit.valid_to.strftime("%d/%m/%Y"))
            self.office.addItem(label, unit.id)
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
        ok.setEnabled(self.office.count() > 0)
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
        if self.office.count() == 0:
            self.message.setText(self.tr("There is no office whose months you may lock."))
        self.setMinimumWidth(460)

    def chosen_month(self) -> date:
        q = self.month.date()
        return date(q.year(), q.month(), 1)

    def show_locked(self) -> None:
        owner = self.office.currentData()
        if owner is None:
            self.locked.setText("")
            return
        months = [lock.month for lock in locks.list_locks(self.ctx, owner)]  # newest first
        text = ", ".join(locks.month_label(m) for m in months[:24]) or self.tr("none")
        self.locked.setText(self.tr("Locked months: {months}").format(months=text))

    def confirm(self, question: str) -> bool:
        """Ask before locking (tests answer through QMessageBox.question)."""
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes

    def apply(self) -> bool:
        owner = self.office.currentData()
        if owner is None:
            self.message.setText(self.tr("There is no office whose months you may lock."))
            return False
        month = self.chosen_month()
        label = locks.month_label(month)
        unit = self.ctx.units.by_id.get(owner)
        office = f"{unit.code} {unit.name}" if unit else self.office.currentText()
        try:
            if self.unlock:
                result = locks.unlock(self.ctx, owner, month, self.reason.text())
                if not result.done:
                    self.message.setText(self.tr("{month} is not locked.").format(month=label))
                    return False
                self.done_text = self.tr(
                    "{month} of {office} is unlocked: its {n} records can be changed again."
                ).format(month=label, office=office, n=f"{result.records:,}".replace(",", "."))
            else:
                if not self.confirm(self.tr(
                        "Lock {month} of {office}? Nobody can then change, add or delete its "
                        "records (in the forms or by import) until a manager unlocks it."
                ).format(month=label, office=office)):
                    return False
                result = locks.lock(self.ctx, owner, month, self.reason.text())
                if not result.done:
                    self.message.setText(self.tr("{month} is already locked.").format(
                        month=label))
                    return False
                self.done_text = self.tr(
                    "{month} of {office} is locked: {n} records can no longer be changed."
                ).format(month=label, office=office, n=f"{result.records:,}".replace(",", "."))
        except PcmdError as exc:
            self.message.setText(exc.message)
            return False
        QMessageBox.information(self, self.windowTitle(), self.done_text)
        self.accept()
        return True
