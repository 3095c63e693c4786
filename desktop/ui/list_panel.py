"""A list of records with its filter bar and New / Edit / Delete: the building block of tabs.

A panel is built in two steps so the main window can show its first frame before the
database is opened (and before SQLAlchemy is imported): the widgets first, without data
(``RecordListPanel(None, ...)``), then ``attach(ctx)`` adds the model, the unit and catalogue
filters and the column layout. ``RecordListPanel(ctx, ...)`` does both at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import NotFound
from desktop.ui.list_filters import FilterBar
from desktop.ui.tasks import BACKGROUND_ROWS
from desktop.ui.widgets import format_number

if TYPE_CHECKING:  # these import SQLAlchemy; the panel imports them when it is attached
    from desktop.services.context import AppContext
    from desktop.ui.record_form import RecordForm
    from desktop.ui.table_models import RecordTableModel

WIDTHS = {"date": 92, "month": 80, "int": 96, "money": 120, "float": 90, "bool": 84,
          "unit": 170, "catalogue": 170, "multi": 200, "text": 200, "ref": 240, "year": 60}
MAX_DELETE = 10_000  # records deleted at once (a slip of Ctrl+A should not empty the list)
BACKGROUND_DELETE = BACKGROUND_ROWS  # this many are deleted by a worker thread


class RecordTable(QTableView):
    """Enter opens the current record, Delete deletes the selection, Ctrl+C copies it as a
    table, Ctrl+V pastes rows copied from Excel."""

    open_requested = Signal()
    delete_requested = Signal()
    copy_requested = Signal()
    paste_requested = Signal()

    def setModel(self, model) -> None:  # Qt override: the header's selection stays cheap
        from desktop.ui.widgets import quiet_header_selection

        super().setModel(model)
        quiet_header_selection(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
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

    def __init__(self, ctx: AppContext | None, kind: str, columns: tuple[str, ...], *,
                 period: bool = True, unit: bool = True, catalogue_field: str | None = None,
                 fixed_field: str | None = None,
                 form_options: Callable[[], dict[str, Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.model: RecordTableModel | None = None
        self.kind = kind
        self.columns = columns
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
        self.new_button, self.grid_button, self.edit_button, self.delete_button = (
            QPushButton(self), QPushButton(self), QPushButton(self), QPushButton(self))
        for b in (self.new_button, self.grid_button, self.edit_button, self.delete_button):
            b.setAutoDefault(False)
            top.addWidget(b)
        layout.addLayout(top)
        self.filter_bar = FilterBar(None, kind, period=period, unit=unit,
                                    catalogue_field=catalogue_field, parent=self)
        layout.addWidget(self.filter_bar)
        self.view = RecordTable(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl+click and Ctrl+A select many rows (copied, deleted together)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self._select_next: list[str] | None = None  # ids to select once the list is in
        self.select_first = False  # select the first row when nothing else is selected
        self._pending: list[str] | None = None  # the selection while a new list loads
        self._auto_selected: set[str] = set()  # what a first block's reselection chose
        layout.addWidget(self.view, 1)
        self.new_button.clicked.connect(self.new_record)
        self.grid_button.clicked.connect(self.open_grid)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.view.open_requested.connect(self.edit_current)
        self.view.delete_requested.connect(self.delete_current)
        self.view.copy_requested.connect(self.copy_selection)
        self.view.paste_requested.connect(self.paste)
        self.last_paste_dialog: QWidget | None = None
        self.pasting: object | None = None  # a large paste being checked or saved
        self.filter_bar.changed.connect(self.apply_filters)
        if ctx is not None:
            self.attach(ctx)
        else:
            self.retranslateUi()
            self._update_buttons()

    @property
    def attached(self) -> bool:
        return self.model is not None

    def attach(self, ctx: AppContext) -> None:
        """Load the data: filters, the lazy model (counts the rows), columns as last left."""
        from desktop.ui.table_models import RecordTableModel

        if self.model is not None:
            return
        from desktop.ui.tasks import TaskRunner

        self.ctx = ctx
        self.filter_bar.attach(ctx)
        runner = getattr(self.window(), "runner", None)
        model = RecordTableModel(ctx, self.kind, self.columns, self,
                                 runner=runner if isinstance(runner, TaskRunner) else None,
                                 linked=bool(self.fixed_field))
        model.keep = self._ids_to_keep
        self.model = model
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = header.fontMetrics()
        for i, f in enumerate(model.fields):
            title = str(model.headerData(i, Qt.Orientation.Horizontal))
            header.resizeSection(i, max(WIDTHS.get(f.kind, 150),
                                        metrics.horizontalAdvance(title) + 28))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(model.sort_column, model.sort_order)
        state = QSettings("PCMD", "PCMD").value(self.settings_key)
        if state is not None:
            header.restoreState(state)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        model.modelReset.connect(self._after_reset)
        model.loaded.connect(self._after_load)
        self.retranslateUi()
        self._update_buttons()
        if not model.loading:  # loaded at once (no runner): it signalled before connected
            self._after_load()

    # ---- language ------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # Qt naming
        self.new_button.setText(self.tr("&New"))
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        if self.kind == "attendance":
            self.grid_button.setText(self.tr("Add &officers…"))
            self.grid_button.setToolTip(self.tr("Tick many officers for the class (Ctrl+G)"))
        else:
            self.grid_button.setText(self.tr("&Many rows…"))
            self.grid_button.setToolTip(self.tr("Type many new records in a grid, as in a "
                                                "sheet (Ctrl+G)"))
        self.edit_button.setText(self.tr("&Edit"))
        self.delete_button.setText(self.tr("&Delete"))
        if self.model is not None:
            self.model.retranslate()
            self._fit_headers()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fit_headers(self) -> None:
        """Widen columns whose title (in the current language) would be cut off."""
        if self.model is None:
            return
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for i in range(self.model.columnCount()):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal))
            header.resizeSection(i, max(header.sectionSize(i),
                                        metrics.horizontalAdvance(title) + 28))

    def _update_title(self) -> None:
        if self.model is None:
            self.title.setText(self.tr("Loading…"))
            return
        from desktop.ui.labels import record_type_text

        what = record_type_text(self.kind)
        if self.fixed_field and self.parent_id is None:
            self.title.setText(self.tr("{what}: choose a record above").format(what=what))
            return
        if self.model.loading and (self.model.partial or not self.model.total()):
            text = self.tr("{what}: loading…").format(what=what)
        else:
            count = self.model.total()
            text = self.tr("{what}: {count} records").format(what=what,
                                                             count=format_number(count))
            if self.model.loading:
                text += " " + self.tr("(updating…)")
        selected = self.selected_count()
        if selected > 1:
            text += " — " + self.tr("{n} selected").format(n=format_number(selected))
        if self.parent_label:
            text += " — " + self.parent_label
        self.title.setText(text)

    # ---- data ----------------------------------------------------------------------------
    def apply_filters(self) -> None:
        if self.model is not None:
            self.model.set_filters(self.filter_bar.filters())

    def refresh(self) -> None:
        if self.model is None:
            return  # not shown yet: loads fresh data when it is attached
        self.model.reload_catalogues()
        self.model.refresh()

    def set_parent(self, record_id: str | None, label: str = "") -> None:
        """Show the records linked to this parent record (None: show nothing)."""
        self.parent_id = record_id
        self.parent_label = label
        assert self.model is not None, "attach() the panel first"
        self.model.set_fixed(None if record_id is None else {self.fixed_field or "": record_id})
        self._update_buttons()

    def _after_reset(self) -> None:
        self._update_title()
        self._update_buttons()

    def _after_load(self) -> None:
        """A new id list is in: select again what was selected (or what was just saved)."""
        assert self.model is not None
        wanted = self._select_next
        if wanted is not None and not self.model.partial:
            self._select_next = None
        rows = sorted(self.model.rows_of(wanted or []))
        if not rows:
            rows = sorted(self.model.positions.values())
        if not rows and self.select_first and self.model.total() and \
                not self.view.currentIndex().isValid():
            rows = [0]
        if rows:
            self._select_rows(rows)
        if self.model.partial:
            self._auto_selected = set(self.selected_ids(limit=1000))
        else:
            self._pending, self._auto_selected = None, set()
        self._update_title()
        self._update_buttons()
        self.selection_changed.emit(self.current_id())

    def _select_rows(self, rows: list[int]) -> None:
        assert self.model is not None
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        last_col = max(self.model.columnCount() - 1, 0)
        first = prev = rows[0]
        for row in [*rows[1:], None]:  # runs of rows as one range each (10,000 ranges: 1 s)
            if row is not None and row == prev + 1:
                prev = row
                continue
            selection.select(self.model.index(first, 0), self.model.index(prev, last_col))
            if row is not None:
                first = prev = row
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | \
            QItemSelectionModel.SelectionFlag.Rows
        sm = self.view.selectionModel()
        sm.select(selection, flags)
        sm.setCurrentIndex(self.model.index(rows[0], 0),
                           QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.scrollTo(self.model.index(rows[0], 0))

    def _ids_to_keep(self) -> list[str]:
        """What the next list selects again: what was just saved, else the selection (the
        one before a first block was shown, unless the user chose rows in it since)."""
        if self._select_next is not None:
            return list(self._select_next)
        current = self.selected_ids(limit=1000)
        if self._pending is not None and set(current) == self._auto_selected:
            return list(self._pending)
        self._pending = current
        return current

    def selected_rows(self, limit: int | None = None) -> list[int]:
        """The selected rows, in list order (ranges: Ctrl+A of a million rows stays cheap)."""
        out: list[int] = []
        for r in sorted(self.view.selectionModel().selection(), key=lambda r: r.top()):
            out.extend(range(r.top(), r.bottom() + 1))
            if limit is not None and len(out) >= limit:
                return sorted(set(out))[:limit]
        return sorted(set(out))

    def selected_count(self) -> int:
        if self.model is None:
            return 0
        return sum(r.bottom() - r.top() + 1 for r in self.view.selectionModel().selection())

    def selected_ids(self, limit: int | None = None) -> list[str]:
        if self.model is None:
            return []
        ids = self.model.ids()
        return [ids[r] for r in self.selected_rows(limit) if r < len(ids)]

    def _current_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit(self.current_id())

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has or self.selected_count() > 0)
        self.new_button.setEnabled(self.model is not None and (
            not self.fixed_field or self.parent_id is not None))
        self.grid_button.setEnabled(self.new_button.isEnabled())
        if self.model is not None:
            self._update_title()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        if self.model is None or not index.isValid():
            return None
        return self.model.record_id(index.row())

    def select_record(self, record_id: str) -> None:
        if self.model is None:
            return
        row = self.model.row_of(record_id)
        if row is not None:
            self._select_rows([row])

    def select_after_refresh(self, ids: list[str]) -> None:
        """Refresh the list and select these records in it (after a paste or a grid)."""
        self._select_next = list(ids)
        if self.model is not None:
            self.model.refresh()

    def copy_selection(self) -> int:
        """Ctrl+C: the selected rows, with the list's headers, as a table for Excel."""
        from desktop.ui.clipboard import copy_rows

        return copy_rows(self)

    def paste(self, text: str | None = None) -> bool:
        """Ctrl+V: rows copied from Excel, through the import's preview (see clipboard.py)."""
        from desktop.ui.clipboard import paste_into

        return paste_into(self, text)

    def wait_loaded(self, timeout_ms: int = 10_000) -> bool:
        """Until the list's ids are in (tests, benchmarks)."""
        return self.model is not None and self.model.wait(timeout_ms)

    # ---- actions -------------------------------------------------------------------------
    def make_form(self, record_id: str | None) -> RecordForm:
        from desktop.ui.record_form import RecordForm

        assert self.ctx is not None, "attach() the panel first"
        options = dict(self.form_options() if self.form_options else {})
        if self.fixed_field and self.parent_id is not None:
            options.setdefault("fixed", {})[self.fixed_field] = self.parent_id
            options.setdefault("fixed_labels", {})[self.fixed_field] = self.parent_label
        form = RecordForm(self.ctx, self.kind, record_id, parent=self.window(), **options)
        form.saved.connect(self._saved)
        return form

    def new_record(self) -> RecordForm | None:
        if self.model is None or (self.fixed_field and self.parent_id is None):
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
            from desktop.ui.labels import record_type_text

            QMessageBox.warning(self, record_type_text(self.kind), exc.message)
            if self.model is not None:
                self.model.refresh()
            return None
        form.open()
        return form

    def _saved(self, record_id: str) -> None:
        if self.model is None:
            return
        self._select_next = [record_id]  # the saved record is selected in the new list
        self.model.refresh()
        self.records_changed.emit()

    def delete_current(self) -> bool:
        """Delete the selected records (after asking), all in one transaction; Ctrl+Z
        brings them back."""
        from desktop.errors import PcmdError
        from desktop.services.records import Batch, RecordService
        from desktop.ui.labels import record_type_text
        from desktop.ui.undo import UndoStep, undo_stack

        if self.model is None or self.ctx is None:
            return False
        rows = self.selected_rows(limit=MAX_DELETE + 1)
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = [current.row()]
        if not rows:
            return False
        what = record_type_text(self.kind)
        if len(rows) > MAX_DELETE:
            QMessageBox.information(self, what, self.tr(
                "Select at most {n} records to delete at once.").format(
                n=format_number(MAX_DELETE)))
            return False
        if len(rows) == 1:
            question = self.tr("Delete this record?\n{summary}").format(
                summary=self._row_summary(rows[0]))
        else:
            question = self.tr("Delete these {n} records?").format(n=format_number(len(rows)))
        answer = QMessageBox.question(
            self, what, question + "\n" + self.tr("(Ctrl+Z undoes it.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from desktop.ui.tasks import TaskRunner

        runner = getattr(self.window(), "runner", None)
        background = len(rows) >= BACKGROUND_DELETE and isinstance(runner, TaskRunner)
        items = []
        ids = self.model.ids()
        for row in rows:
            # the stamp as the list showed it (a change since is refused as stale); rows of a
            # large selection that were never shown are not read here, on the window's thread
            rec = (self.model.cached_record(row) if background else self.model.record(row))
            items.append((ids[row], (rec or {}).get("updated_at")))
        service, batch = RecordService(self.ctx), Batch(delete=items)  # type: ignore[arg-type]

        def deleted(_created: object = None) -> None:
            undo_stack().push(UndoStep(self.kind, "delete", deleted=[i for i, _ in items]))
            if self.model is not None:
                self.model.refresh()
            self.records_changed.emit()

        def refused(exc: BaseException) -> None:
            from desktop.services.progress import Cancelled

            if isinstance(exc, PcmdError):
                QMessageBox.warning(self, what, self._delete_refused(rows, exc))
            elif not isinstance(exc, Cancelled):  # a cancel saves nothing and says nothing
                from desktop.ui.errors import show_unexpected_error

                show_unexpected_error(self, exc)
            if self.model is not None:
                self.model.refresh()

        if background:  # off the window's thread, with progress and Cancel (all or nothing)
            assert isinstance(runner, TaskRunner)
            runner.run(self.tr("Deleting {n} records…").format(n=format_number(len(items))),
                       lambda progress: service.save_batch(self.kind, batch, progress),
                       deleted, refused)
            return True
        try:
            service.save_batch(self.kind, batch)
        except PcmdError as exc:
            refused(exc)
            return False
        deleted()
        return True

    def _row_summary(self, row: int) -> str:
        """The row's first three filled cells, as the list shows them."""
        assert self.model is not None
        cells = (self.model.data(self.model.index(row, c))
                 for c in range(self.model.columnCount()))
        return " — ".join([str(c) for c in cells if c not in (None, "")][:3])

    def _delete_refused(self, rows: list[int], exc: Exception) -> str:
        """One record: the reason. Several: that none was deleted, how many may not be, and
        the first of them by its cells (a month locked, a record deleted on another PC)."""
        from desktop.services.records import BatchRejected

        message = getattr(exc, "message", "")
        if len(rows) == 1 or not isinstance(exc, BatchRejected) or not exc.problems:
            return message
        first = exc.problems[0]
        return self.tr("Nothing was deleted: {n} of the {total} records may not be deleted. "
                       "{record}: {reason}").format(
            n=format_number(len(exc.problems)), total=format_number(len(rows)),
            record=self._row_summary(rows[first.index]), reason=message)

    def open_grid(self) -> QWidget | None:
        """Many new records at once: a grid (attendance: officers ticked in a list); the
        saved ones are selected in the list afterwards."""
        if self.model is None or self.ctx is None or (self.fixed_field and
                                                       self.parent_id is None):
            return None
        if self.kind == "attendance":
            from desktop.ui.grid_attendance import AttendancePicker

            dialog: Any = AttendancePicker(self.ctx, str(self.parent_id), self.parent_label,
                                           self.window())
        else:
            from desktop.ui.grid import GridDialog

            options = dict(self.form_options() if self.form_options else {})
            fixed, labels = {}, {}
            if self.fixed_field and self.parent_id is not None:
                fixed[self.fixed_field] = self.parent_id
                labels[self.fixed_field] = self.parent_label
            dialog = GridDialog(self.ctx, self.kind, self.window(), fixed=fixed,
                                fixed_labels=labels,
                                ref_choices=options.get("ref_choices"))
        self.last_grid = dialog
        dialog.finished.connect(lambda _r: self._grid_closed(dialog))
        dialog.open()
        return dialog

    def _grid_closed(self, dialog: Any) -> None:
        if dialog.created:
            self.select_after_refresh(dialog.created)
            self.records_changed.emit()

    def undo_last(self) -> bool:
        """Ctrl+Z: take the user's last change back (see undo.py; a large one in the
        background); True when it is undone or being undone."""
        from desktop.ui.undo import undo_last

        if self.ctx is None:
            return False
        return undo_last(self.ctx, self, lambda _step: self._undone())

    def _undone(self) -> None:
        if self.model is not None:
            self.model.refresh()
        self.records_changed.emit()

    def save_state(self) -> None:
        if self.model is None:
            return  # never shown: keep the column layout saved earlier
        QSettings("PCMD", "PCMD").setValue(self.settings_key,
                                           self.view.horizontalHeader().saveState())

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()
