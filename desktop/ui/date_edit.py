"""The one date field of the program (forms, filters, the grid, dialogs).

A line edit that takes a date as people type it (``15/03/2024``, ``15/3/24``, ``15032024``,
``15-03-2024``: see desktop.domain.typed_dates), shows it as dd/MM/yyyy once the field is
left, and a button (or Alt+Down / F4) that opens a calendar on the field's date or today.
A blank optional date stays blank. A text that cannot be read is never turned into another
date: the field turns red and says why (``error_text()``, signal ``problem``); ``value()``
then returns the text as typed, so saving is refused with the validator's message too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.typed_dates import TypedDateError, parse_typed_date, parse_typed_month

ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fff3f3; }"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class CalendarPopup(QWidget):
    """A calendar in a popup window; `picked` gives the chosen day."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def _pick(self, q: QDate) -> None:
        self.hide()
        self.picked.emit(date(q.year(), q.month(), q.day()))

    def open_on(self, day: date, below: QWidget) -> None:
        self.calendar.setSelectedDate(_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        pos = below.mapToGlobal(QPoint(0, below.height()))
        screen = below.screen().availableGeometry()
        x = min(pos.x(), screen.right() - self.width())
        y = pos.y() if pos.y() + self.height() <= screen.bottom() else \
            below.mapToGlobal(QPoint(0, 0)).y() - self.height()
        self.move(max(x, screen.left()), max(y, screen.top()))
        self.show()
        self.calendar.setFocus()


class DateEdit(QWidget):
    """dd/MM/yyyy (or MM/yyyy with month=True) typed freely, with a calendar button."""

    changed = Signal()  # the text was edited, or a date set or picked
    committed = Signal()  # the field was left (or a date picked): value() is final
    problem = Signal(str)  # "" when the text reads as a date, else why not

    def __init__(self, optional: bool = False, month: bool = False,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.month = month
        self._today = today
        self._error = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setObjectName("date_text")
        probe = "00/0000" if month else "00/00/00000"
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(probe) + 18)
        self.line.setMaximumWidth(self.line.minimumWidth() + 40)
        row.addWidget(self.line)
        self.button = QToolButton(self)
        self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAutoRaise(True)
        row.addWidget(self.button)
        row.addStretch(0)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line)
        self.popup: CalendarPopup | None = None
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._commit)
        self.line.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)
        self.retranslateUi()

    # ---- language ------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # Qt naming
        hint = self.tr("mm/yyyy, e.g. 03/2024") if self.month else \
            self.tr("dd/mm/yyyy, e.g. 15/03/2024 or 15032024")
        self.line.setPlaceholderText(self.tr("blank") if self.optional else "")
        self.line.setToolTip(hint)
        self.button.setToolTip(self.tr("Calendar (Alt+Down)"))
        if self._error:
            self._check(self.line.text())

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # ---- reading -------------------------------------------------------------------------
    def today(self) -> date:
        return self._today or date.today()

    def _parse(self, text: str) -> date | None:
        if self.month:
            return parse_typed_month(text, self.today())
        return parse_typed_date(text, self.today())

    def message(self, exc: TypedDateError) -> str:
        text = exc.text
        if exc.reason == "day":
            return self.tr("“{text}”: that month has no such day.").format(text=text)
        if exc.reason == "month":
            return self.tr("“{text}”: the month must be from 1 to 12.").format(text=text)
        if exc.reason == "year":
            return self.tr("“{text}”: the year must be from 1900 to 2100.").format(text=text)
        if self.month:
            return self.tr("“{text}” is not a month: type it as mm/yyyy, e.g. 03/2024.").format(
                text=text)
        return self.tr("“{text}” is not a date: type it as dd/mm/yyyy, e.g. 15/03/2024.").format(
            text=text)

    def _check(self, text: str) -> date | None:
        try:
            value = self._parse(text)
        except TypedDateError as exc:
            self._set_error(self.message(exc))
            return None
        self._set_error("")
        return value

    def _set_error(self, message: str) -> None:
        if message == self._error:
            return
        self._error = message
        self.line.setStyleSheet(ERROR_STYLE if message else "")
        self.problem.emit(message)

    def _edited(self, _text: str) -> None:
        if self._error:  # say at once when a correction makes the text readable
            self._check(self.line.text())
        self.changed.emit()

    def _commit(self) -> None:
        value = self._check(self.line.text())
        if not self._error:
            self.line.setText(self.format(value))
        self.committed.emit()

    def format(self, value: date | None) -> str:
        if value is None:
            return ""
        return f"{value.month:02d}/{value.year}" if self.month else \
            f"{value.day:02d}/{value.month:02d}/{value.year}"

    def error_text(self) -> str:
        return self._error

    def text(self) -> str:
        return self.line.text()

    def value(self) -> date | str | None:
        """The date (first of the month for a month field), None when blank, or the text as
        typed when it is not a date (the validator then refuses it, naming the field)."""
        text = self.line.text()
        try:
            value = self._parse(text)
        except TypedDateError:
            return " ".join(text.split())
        return value

    def set_value(self, value: date | None) -> None:
        if value is not None and self.month:
            value = value.replace(day=1)
        self.line.setText(self.format(value))
        self._set_error("")
        self.changed.emit()
        self.committed.emit()

    def clear(self) -> None:
        self.set_value(None)

    def setReadOnly(self, on: bool) -> None:  # Qt naming
        self.line.setReadOnly(on)
        self.button.setEnabled(not on)

    def isReadOnly(self) -> bool:  # Qt naming
        return self.line.isReadOnly()

    # ---- calendar ------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.line.isReadOnly():
            return
        current = self.value()
        start = current if isinstance(current, date) else self.today()
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.open_on(start, self.line)

    def _picked(self, day: date) -> None:
        self.set_value(day)
        self.line.setFocus()
        self.line.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.FocusIn:
            reason = event.reason()  # type: ignore[attr-defined]
            if reason not in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason):
                # typed over as a sheet's cell, also when a form opens on it (Qt itself
                # selects only on Tab, and keeps a selection made before its focus-in)
                self.line.selectAll()
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and \
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)
