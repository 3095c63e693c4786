"""The Reports tab's pickers: the period (presets, a month/year picker, or typed in any form
the parser reads: `03/2024`, `Quý 1/2024`, `6 tháng đầu năm 2024`…) and the unit, chosen by
name from the tree of units the office sees: today's units first, then those closed since,
marked with their end date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from desktop.domain import periods
from desktop.domain.periods import Period
from desktop.domain.text import vi_sort_key
from desktop.errors import UsageError
from desktop.i18n import current_language
from desktop.reports.ui_texts import ui_text
from desktop.services.units import UnitDirectory, UnitInfo
from desktop.ui.widgets import ID_ROLE, FoldCompleter, fold_item

PRESET_TEXTS = {
    "this_month": "This month", "last_month": "Last month", "quarter": "This quarter",
    "half": "6 months", "nine_months": "9 months", "year": "This year",
    "programme": "Programme period", "pick": "Month / year", "typed": "As typed",
}


class PeriodPicker(QWidget):
    """Preset, month, year and the typed period, kept in step. `period()` reads the text."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.preset = QComboBox(self)
        for key in PRESET_TEXTS:
            self.preset.addItem("", key)
        self.month = QComboBox(self)
        for m in range(1, 13):
            self.month.addItem("", m)
        for combo in (self.preset, self.month):  # "Tháng 12" becomes "September" on a
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # switch
        self.year = QSpinBox(self)
        self.year.setRange(2016, 2100)
        self.edit = QLineEdit(self)
        self.edit.setMinimumWidth(170)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (self.preset, self.month, self.year, self.edit):
            box.addWidget(w)
        self._busy = False
        self.preset.activated.connect(self._preset_chosen)
        self.month.activated.connect(self._month_chosen)
        self.year.valueChanged.connect(self._year_chosen)
        self.edit.textEdited.connect(self._typed)
        self.retranslate()
        self.set_preset("last_month")

    def retranslate(self) -> None:
        for i in range(self.preset.count()):
            self.preset.setItemText(i, ui_text(PRESET_TEXTS[self.preset.itemData(i)]))
        english = QLocale(QLocale.Language.English)
        for i in range(12):
            self.month.setItemText(i, english.standaloneMonthName(i + 1)
                                   if current_language() == "en"
                                   else ui_text("Month {m}").format(m=i + 1))
        self.edit.setToolTip(ui_text(
            "03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 or 2016-2020"))
        self.edit.setPlaceholderText(ui_text("e.g. 03/2024 or Quý 1/2024"))

    def set_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))
        self._preset_chosen()

    def set_period(self, period: Period) -> None:
        self._show(period)

    def _matching_preset(self, period: Period) -> str:
        """The preset that gives `period` today ("This year" for this year), else "Month /
        year" for a month, else "As typed"."""
        for key in periods.PRESETS:
            if periods.preset(key, self.today) == period:
                return key
        return "pick" if period.kind == "month" else "typed"

    def _show(self, period: Period, preset: str | None = None) -> None:
        self._busy = True
        try:
            if preset is None:
                preset = self._matching_preset(period)
            self.preset.setCurrentIndex(self.preset.findData(preset))
            self.edit.setText(periods.typed_form(period))
            self.month.setCurrentIndex(period.end.month - 1 if period.kind == "month" else
                                       self.month.currentIndex())
            self.year.setValue(period.end.year)
        finally:
            self._busy = False
        self.changed.emit()

    def _preset_chosen(self, *_: object) -> None:
        key = self.preset.currentData()
        if key in ("pick", "typed"):
            if key == "pick":
                self._month_chosen()
            return
        self._show(periods.preset(key, self.today), key)

    def _month_chosen(self, *_: object) -> None:
        if self._busy:
            return
        self._show(periods.month(self.year.value(), int(self.month.currentData())), "pick")

    def _year_chosen(self, *_: object) -> None:
        """The year box moves the period shown to that year, keeping its kind: "2025" then
        2024 is the year 2024, not a month of it (a year-end report was refused so)."""
        if self._busy:
            return
        y = self.year.value()
        try:
            current = self.period()
        except UsageError:
            current = None
        if current is None or current.kind == "month":
            self._month_chosen()
        elif current.kind == "programme":
            self._show(periods.programme_of(date(y, 1, 1)))
        else:
            self._show(current.shifted_years(y - current.end.year))

    def _typed(self, _text: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData("typed"))
        try:
            period = self.period()
        except UsageError:
            period = None  # still being typed
        if period is not None:  # the month and year boxes follow what is typed
            self._busy = True
            try:
                if period.kind == "month":
                    self.month.setCurrentIndex(period.end.month - 1)
                self.year.setValue(period.end.year)
            finally:
                self._busy = False
        self.changed.emit()

    def setText(self, text: str) -> None:  # like QLineEdit's
        """Type a period (as a user would)."""
        self.edit.setText(text)
        self._typed(text)

    def text(self) -> str:
        return self.edit.text()

    def period(self) -> Period:
        from desktop.reports.cli_support import period_arg

        return period_arg(self.edit.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def unit_choices(units: UnitDirectory, home: UnitInfo | None, today: date
                 ) -> list[tuple[str, UnitInfo, bool]]:
    """(label, unit, historical) for the office's units: the home unit and today's units
    under it as an indented tree, then every unit under it that has closed since, marked
    with its end date (the latest version of each code)."""
    if home is None:
        roots = [u for u in units.by_id.values() if u.parent_id is None and u.level == "city"]
        if not roots:
            return []
        home = max(roots, key=lambda u: u.valid_from)
    out: list[tuple[str, UnitInfo, bool]] = []
    seen: set[int] = set()

    def add(unit: UnitInfo, depth: int) -> None:
        seen.add(unit.id)
        out.append(("    " * depth + unit.name, unit, False))
        for child in units.children(unit, today):
            add(child, depth + 1)

    if home.valid_on(today):
        add(home, 0)
    else:  # an office of a closed unit: itself first (its own records), then today's units
        seen.add(home.id)
        end = home.valid_to.strftime("%d/%m/%Y") if home.valid_to else ""
        out.append((ui_text("{name} (until {date})").format(name=home.name, date=end), home,
                    True))
        for commune in units.scope(home, today):
            add(commune, 1)
    old = [u for u in [home, *units.descendants(home, date(1900, 1, 1), today)]
           if u.id not in seen and not u.valid_on(today)]
    latest: dict[str, UnitInfo] = {}
    for u in old:
        if u.code not in latest or u.valid_from > latest[u.code].valid_from:
            latest[u.code] = u
    order = {"city": 0, "district": 1, "commune": 2}
    for u in sorted(latest.values(), key=lambda u: (order.get(u.level, 3), vi_sort_key(u.name))):
        end = u.valid_to.strftime("%d/%m/%Y") if u.valid_to else ""
        indent = "    " if u.level == "commune" else ""
        out.append((indent + ui_text("{name} (until {date})").format(name=u.name, date=end),
                    u, True))
    return out


class UnitPicker(QComboBox):
    """Units by name; typing filters without accents ("do son" finds "Đồ Sơn")."""

    def __init__(self, units: UnitDirectory, home: UnitInfo | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = units
        model = QStandardItemModel(self)
        self.choices = unit_choices(units, home, today)
        for label, unit, historical in self.choices:
            item: QStandardItem = fold_item(label, str(unit.id))
            item.setData(f"{unit.name} ({unit.code})", 3)  # tooltip role: name and code
            if historical:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            model.appendRow(item)
        self.setModel(model)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(FoldCompleter(model, self))
        self.setMinimumWidth(260)

    def unit(self) -> UnitInfo:
        """The chosen unit; a name typed in full (accents optional) is found too."""
        from desktop.domain.text import fold

        text = fold(self.currentText().strip())
        current = self.currentIndex()
        if current >= 0 and fold(self.itemText(current).strip()) == text:
            return self.units.get(int(self.itemData(current, ID_ROLE)))
        for i in range(self.count()):
            label = fold(self.itemText(i).strip())
            if text and (label == text or label.split(" (")[0] == text):
                self.setCurrentIndex(i)
                return self.units.get(int(self.itemData(i, ID_ROLE)))
        raise UsageError(ui_text("Choose the unit from the list."))

    def select(self, unit: UnitInfo) -> None:
        self.setCurrentIndex(max(0, self.findData(str(unit.id), ID_ROLE)))
