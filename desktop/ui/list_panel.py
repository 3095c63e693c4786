"""A list of records with its filter bar and New / Edit / Delete: the building block of tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import vi_sort_key
from desktop.errors import NotFound, StaleRecord
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS
from desktop.services.records import Filters, RecordService
from desktop.ui.labels import field_text, record_type_text
from desktop.ui.record_form import RecordForm
from desktop.ui.table_models import RecordTableModel, shared_catalogues
from desktop.ui.widgets import CataloguePicker, DateEdit, format_number

WIDTHS = {"date": 92, "month": 80, "int": 96, "money": 120, "float": 90, "bool": 84,
          "unit": 170, "catalogue": 170, "multi": 200, "text": 200, "ref": 240, "year": 60}
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

    def __init__(self, ctx: AppContext, kind: str, *, period: bool, unit: bool,
                 catalogue_field: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = SPECS[kind]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.date_from = DateEdit(optional=True, parent=self)
        self.date_to = DateEdit(optional=True, parent=self)
        for w in (self.from_label, self.date_from, self.to_label, self.date_to):
            w.setVisible(period)
            row.addWidget(w)
        self.unit_label = QLabel(self)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setMinimumContentsLength(18)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._unit_sets: list[set[int] | None] = [None]
        self.unit_combo.addItem("", None)
        if unit:
            for label, unit_id, ids in unit_filter_choices(ctx):
                self.unit_combo.addItem(label, unit_id)
                self._unit_sets.append(ids)
        for w in (self.unit_label, self.unit_combo):
            w.setVisible(unit)
            row.addWidget(w)
        self.catalogue_field = catalogue_field
        self.cat_label = QLabel(self)
        self.cat_combo: CataloguePicker | None = None
        if catalogue_field:
            f = self.spec.field(catalogue_field)
            cats = shared_catalogues(ctx)
            self.cat_combo = CataloguePicker(cats.of(f.catalogue or "", active_only=False),
                                             blank=True, parent=self)
            row.addWidget(self.cat_label)
            row.addWidget(self.cat_combo)
            self.cat_combo.changed.connect(self.changed)
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
        self.date_from.changed.connect(self.changed)
        self.date_to.changed.connect(self.changed)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.retranslateUi()

    def _search_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.unit_label.setText(self.tr("Unit"))
        self.unit_combo.setItemText(0, self.tr("All units"))
        self.search.setPlaceholderText(self.tr("Search (accents optional)…"))
        if self.cat_combo is not None and self.catalogue_field:
            self.cat_label.setText(field_text(self.spec.field(self.catalogue_field)))
            self.cat_combo.relabel(self.tr("All"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def filters(self) -> Filters:
        equals: dict[str, object] = {}
        if self.cat_combo is not None and self.cat_combo.value() and self.catalogue_field:
            equals[self.catalogue_field] = self.cat_combo.value()
        index = self.unit_combo.currentIndex()
        units = self._unit_sets[index] if 0 <= index < len(self._unit_sets) else None
        return Filters(date_from=self.date_from.value(), date_to=self.date_to.value(),
                       unit_ids=units, search=self.search.text(), equals=equals)


class RecordTable(QTableView):
    """Enter opens the current record, Delete deletes it."""

    open_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class RecordListPanel(QWidget):
    """Filter bar + lazy table + New/Edit/Delete for one record type.

    fixed_field: the list shows the records linked to a parent record chosen elsewhere
    (``set_parent``), e.g. the inspections of the selected establishment.
    """

    selection_changed = Signal(object)
    records_changed = Signal()

    def __init__(self, ctx: AppContext, kind: str, columns: tuple[str, ...], *,
                 period: bool = True, unit: bool = True, catalogue_field: str | None = None,
                 fixed_field: str | None = None,
                 form_options: Callable[[], dict[str, Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.fixed_field = fixed_field
        self.form_options = form_options
        self.parent_id: str | None = None
        self.parent_label = ""
        self.settings_key = f"columns/{kind}"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title)
        top.addStretch(1)
        self.new_button, self.edit_button, self.delete_button = (
            QPushButton(self), QPushButton(self), QPushButton(self))
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setAutoDefault(False)
            top.addWidget(b)
        layout.addLayout(top)
        self.filter_bar = FilterBar(ctx, kind, period=period, unit=unit,
                                    catalogue_field=catalogue_field, parent=self)
        layout.addWidget(self.filter_bar)
        self.model = RecordTableModel(ctx, kind, columns, self)
        if fixed_field:
            self.model.set_fixed(None)
        self.view = RecordTable(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = header.fontMetrics()
        for i, f in enumerate(self.model.fields):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal))
            header.resizeSection(i, max(WIDTHS.get(f.kind, 150),
                                        metrics.horizontalAdvance(title) + 28))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        state = QSettings("PCMD", "PCMD").value(self.settings_key)
        if state is not None:
            header.restoreState(state)
        self.view.setSortingEnabled(True)
        layout.addWidget(self.view, 1)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.view.open_requested.connect(self.edit_current)
        self.view.delete_requested.connect(self.delete_current)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.filter_bar.changed.connect(self.apply_filters)
        self.retranslateUi()
        self._update_buttons()

    # ---- language ------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.new_button.setText(self.tr("&New"))
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit"))
        self.delete_button.setText(self.tr("&Delete"))
        self.model.retranslate()
        self._fit_headers()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fit_headers(self) -> None:
        """Widen columns whose title (in the current language) would be cut off."""
        if not hasattr(self, "view"):
            return
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for i in range(self.model.columnCount()):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal))
            header.resizeSection(i, max(header.sectionSize(i),
                                        metrics.horizontalAdvance(title) + 28))

    def _update_title(self) -> None:
        what = record_type_text(self.kind)
        if self.fixed_field and self.parent_id is None:
            self.title.setText(self.tr("{what}: choose a record above").format(what=what))
            return
        count = self.model.total()
        text = self.tr("{what}: {count} records").format(what=what, count=format_number(count))
        if self.parent_label:
            text += " — " + self.parent_label
        self.title.setText(text)

    # ---- data ----------------------------------------------------------------------------
    def apply_filters(self) -> None:
        self.model.set_filters(self.filter_bar.filters())

    def refresh(self) -> None:
        self.model.reload_catalogues()
        self.model.refresh()

    def set_parent(self, record_id: str | None, label: str = "") -> None:
        """Show the records linked to this parent record (None: show nothing)."""
        self.parent_id = record_id
        self.parent_label = label
        self.model.set_fixed(None if record_id is None else {self.fixed_field or "": record_id})
        self._update_buttons()

    def _after_reset(self) -> None:
        self._update_title()
        self._update_buttons()
        self.selection_changed.emit(None)

    def _current_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit(self.current_id())

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.new_button.setEnabled(not self.fixed_field or self.parent_id is not None)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def select_record(self, record_id: str) -> None:
        self.model.record(0)  # load the first page
        row = self.model.row_of(record_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    # ---- actions -------------------------------------------------------------------------
    def make_form(self, record_id: str | None) -> RecordForm:
        options = dict(self.form_options() if self.form_options else {})
        if self.fixed_field and self.parent_id is not None:
            options.setdefault("fixed", {})[self.fixed_field] = self.parent_id
            options.setdefault("fixed_labels", {})[self.fixed_field] = self.parent_label
        form = RecordForm(self.ctx, self.kind, record_id, parent=self.window(), **options)
        form.saved.connect(self._saved)
        return form

    def new_record(self) -> RecordForm | None:
        if self.fixed_field and self.parent_id is None:
            return None
        form = self.make_form(None)
        form.open()
        return form

    def edit_current(self) -> RecordForm | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        try:
            form = self.make_form(record_id)
        except NotFound as exc:
            QMessageBox.warning(self, record_type_text(self.kind), exc.message)
            self.model.refresh()
            return None
        form.open()
        return form

    def _saved(self, record_id: str) -> None:
        self.model.refresh()
        self.select_record(record_id)
        self.records_changed.emit()

    def delete_current(self) -> bool:
        index = self.view.currentIndex()
        rec = self.model.record(index.row()) if index.isValid() else None
        if rec is None:
            return False
        summary = " — ".join(self.model.data(self.model.index(index.row(), c)) or ""
                             for c in range(min(3, self.model.columnCount())))
        answer = QMessageBox.question(
            self, record_type_text(self.kind),
            self.tr("Delete this record?\n{summary}").format(summary=summary),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            RecordService(self.ctx).delete(self.kind, str(rec["id"]),
                                           expected_updated_at=rec["updated_at"])  # type: ignore[arg-type]
        except (StaleRecord, NotFound) as exc:
            QMessageBox.warning(self, record_type_text(self.kind), exc.message)
        self.model.refresh()
        self.records_changed.emit()
        return True

    def save_state(self) -> None:
        QSettings("PCMD", "PCMD").setValue(self.settings_key,
                                           self.view.horizontalHeader().saveState())

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()
