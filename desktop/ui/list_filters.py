"""The filter bar of a record list: period, unit, one catalogue field and a search box that
ignores accents (dates typed as in a sheet, a date that cannot be read said beside them)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.domain.text import vi_sort_key
from desktop.ui.widgets import CataloguePicker, DateEdit

if TYPE_CHECKING:
    from desktop.services.context import AppContext
    from desktop.services.records import Filters

SEARCH_DELAY_MS = 250


def unit_filter_choices(ctx: AppContext) -> list[tuple[str, int, set[int]]]:
    """(label, unit id, ids counted under it) for the unit filter: the home unit, the units
    under it (indented, also those since abolished) and the communes that took them over."""
    units = ctx.units
    home = ctx.home_unit()
    start, end = date(2000, 1, 1), date(2100, 12, 31)
    out: list[tuple[str, int, set[int]]] = []
    if home is None:
        return out
    key = (home.id, ctx.today())
    cache: dict = units.__dict__.setdefault("_ui_unit_filter_choices", {})
    if key in cache:
        return cache[key]
    cache[key] = out
    seen: set[int] = set()

    def add(unit: Any, depth: int) -> None:
        ids = {unit.id} | {u.id for u in units.descendants(unit, start, end)}
        name = unit.name
        if unit.valid_to is not None:
            name = f"{name} (–{unit.valid_to:%d/%m/%Y})"
        out.append(("    " * depth + name, unit.id, ids))
        seen.add(unit.id)
        kids = [c for c in units.descendants(unit, start, end) if c.parent_id == unit.id]
        for kid in sorted(kids, key=lambda u: vi_sort_key(u.name)):
            add(kid, depth + 1)

    add(home, 0)
    for unit in units.scope(home, ctx.today()):
        if unit.id not in seen:
            add(unit, 1)
    return out


class FilterBar(QWidget):
    """Period, unit, one catalogue field and an accent-insensitive search box."""

    changed = Signal()

    def __init__(self, ctx: AppContext | None, kind: str, *, period: bool, unit: bool,
                 catalogue_field: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.kind = kind
        self.has_unit = unit
        row = QHBoxLayout(self)
        self.row = row
        row.setContentsMargins(0, 0, 0, 0)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.date_from = DateEdit(optional=True, parent=self)
        self.date_to = DateEdit(optional=True, parent=self)
        self.date_problem = QLabel(self)
        self.date_problem.setStyleSheet("color: #c62828;")
        self.date_problem.hide()
        for w in (self.from_label, self.date_from, self.to_label, self.date_to):
            w.setVisible(period)
            row.addWidget(w)
        row.addWidget(self.date_problem)
        self.unit_label = QLabel(self)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setMinimumContentsLength(18)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._unit_sets: list[set[int] | None] = [None]
        self.unit_combo.addItem("", None)
        for w in (self.unit_label, self.unit_combo):
            w.setVisible(unit)
            row.addWidget(w)
        self.catalogue_field = catalogue_field
        self.cat_label = QLabel(self)
        self.cat_combo: CataloguePicker | None = None
        if catalogue_field:
            row.addWidget(self.cat_label)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        row.addWidget(self.search, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        for edit in (self.date_from, self.date_to):
            edit.committed.connect(self._date_committed)
            edit.problem.connect(self._show_date_problem)
        self._dates: tuple[object, object] = (None, None)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        if ctx is not None:
            self.attach(ctx)
        self.retranslateUi()

    def attach(self, ctx: AppContext) -> None:
        """Fill the unit and catalogue choices from the database."""
        from desktop.services.record_specs import SPECS
        from desktop.ui.table_models import shared_catalogues

        self.ctx = ctx
        if self.has_unit:
            self.unit_combo.blockSignals(True)
            for label, unit_id, ids in unit_filter_choices(ctx):
                self.unit_combo.addItem(label, unit_id)
                self._unit_sets.append(ids)
            self.unit_combo.blockSignals(False)
        if self.catalogue_field:
            f = SPECS[self.kind].field(self.catalogue_field)
            cats = shared_catalogues(ctx)
            self.cat_combo = CataloguePicker(cats.of(f.catalogue or "", active_only=False),
                                             blank=True, parent=self)
            self.row.insertWidget(self.row.indexOf(self.search), self.cat_combo)
            self.cat_combo.changed.connect(self.changed)
        self.retranslateUi()

    def _date_committed(self) -> None:
        dates = (self.date_from.value(), self.date_to.value())
        if dates != self._dates:  # leaving the field unchanged does not search again
            self._dates = dates
            self.changed.emit()

    def _show_date_problem(self, _text: str = "") -> None:
        text = self.date_from.error_text() or self.date_to.error_text()
        self.date_problem.setText(text)
        self.date_problem.setVisible(bool(text))

    def _search_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def retranslateUi(self) -> None:  # Qt naming
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.unit_label.setText(self.tr("Unit"))
        self.unit_combo.setItemText(0, self.tr("All units"))
        self.search.setPlaceholderText(self.tr("Search (accents optional)…"))
        if self.cat_combo is not None and self.catalogue_field:
            from desktop.services.record_specs import SPECS
            from desktop.ui.labels import field_text

            self.cat_label.setText(field_text(SPECS[self.kind].field(self.catalogue_field)))
            self.cat_combo.relabel(self.tr("All"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def filters(self) -> Filters:
        from desktop.services.records import Filters

        equals: dict[str, object] = {}
        if self.cat_combo is not None and self.cat_combo.value() and self.catalogue_field:
            equals[self.catalogue_field] = self.cat_combo.value()
        index = self.unit_combo.currentIndex()
        units = self._unit_sets[index] if 0 <= index < len(self._unit_sets) else None
        date_from, date_to = self.date_from.value(), self.date_to.value()
        return Filters(date_from=date_from if isinstance(date_from, date) else None,
                       date_to=date_to if isinstance(date_to, date) else None,
                       unit_ids=units, search=self.search.text(), equals=equals)
