"""A grid for many new records, typed like a sheet (Edit → Enter many rows, Ctrl+G).

Type row after row: typing starts a cell, Tab moves to the next cell and on to the next row,
Enter goes to the start of the next row, Shift+Tab goes back; the cells are the entry
form's own fields (the date as typed, drop-downs found without accents, the commune
completed as typed). Ctrl+D fills the selected cells down from the cell above, Ctrl+V pastes
a block copied from Excel at the current cell (by its headers when it has them), Delete
empties the selected cells, Ctrl+Del removes the selected rows, Ctrl+Z takes the last change
of cells back. Each cell is checked as it is left, its problem beside it (the
cell turns red; the line under the grid says what is wrong). Save rows (Ctrl+Enter) saves
them all in one transaction through the same service and change policy as the form: all
saved, or none, with each refused row named. Ctrl+Z in the window undoes the rows saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.grid_model import GridModel
from desktop.ui.labels import field_text, record_type_text
from desktop.ui.tasks import BACKGROUND_ROWS
from desktop.ui.widgets import (
    CataloguePicker,
    DateEdit,
    NumberEdit,
    RefPicker,
    UnitPicker,
    format_number,
)

if TYPE_CHECKING:
    from desktop.services.context import AppContext
    from desktop.services.record_specs import FieldSpec

CHECK_CHUNK = 100  # rows checked between two looks at Cancel
EDIT_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter,
             Qt.Key.Key_Escape)


class GridDelegate(QStyledItemDelegate):
    """The form's editors in the cells; Tab/Enter/Esc work whichever child has the focus."""

    def __init__(self, grid: GridDialog) -> None:
        super().__init__(grid)
        self.grid = grid
        self._editors: dict[QObject, QWidget] = {}  # focus child -> editor

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        f = self.grid.model.fields[index.column()]
        editor = self.grid.editor_for(f, index.row(), parent)
        editor.setAutoFillBackground(True)
        for child in [editor, *editor.findChildren(QWidget)]:
            child.installEventFilter(self)
            self._editors[child] = editor
        editor.destroyed.connect(lambda *_a, e=editor: self._forget(e))
        return editor

    def _forget(self, editor: QWidget) -> None:
        for child in [k for k, v in self._editors.items() if v is editor]:
            self._editors.pop(child, None)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, NumberEdit | UnitPicker) and isinstance(value, str):
            editor.setText(value)  # text a validator refused: shown as typed
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        elif isinstance(editor, CataloguePicker) and isinstance(value, str) and \
                editor.findData(value) < 0:
            editor.setEditText(value)
        elif isinstance(editor, DateEdit) and isinstance(value, str):
            editor.line.setText(value)
        else:
            editor.set_value(value)  # type: ignore[attr-defined]
        if isinstance(editor, DateEdit):
            editor.line.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        value = editor.text() if isinstance(editor, QLineEdit) and not hasattr(
            editor, "value") else editor.value()  # type: ignore[attr-defined]
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = self._editors.get(watched)
        if editor is not None and editor.property("pcmd_closed"):
            return False  # its focus-out as it is hidden: already saved and closed
        if editor is not None and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            popup = getattr(getattr(editor, "completer", lambda: None)(), "popup", None)
            if popup is not None and popup().isVisible():
                return super().eventFilter(watched, event)  # the completion list's keys
            if key in EDIT_KEYS:
                if key != Qt.Key.Key_Escape:
                    self.commitData.emit(editor)
                hint = {Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
                        Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
                        Qt.Key.Key_Escape: QAbstractItemDelegate.EndEditHint.RevertModelCache,
                        }.get(key, QAbstractItemDelegate.EndEditHint.NoHint)
                editor.setProperty("pcmd_closed", True)
                self.closeEditor.emit(editor, hint)
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.grid.next_row()
                return True
        if editor is not None:  # a child's focus-out is its editor's (not an editor of its own)
            return super().eventFilter(editor, event)
        return super().eventFilter(watched, event)


class GridView(QTableView):
    """Ctrl+D fills down, Ctrl+V pastes a block, Ctrl+Z undoes, Delete empties cells, Enter
    goes down."""

    def __init__(self, grid: GridDialog) -> None:
        super().__init__(grid)
        self.grid = grid

    def setModel(self, model) -> None:  # Qt override: the header's selection stays cheap
        from desktop.ui.widgets import quiet_header_selection

        super().setModel(model)
        quiet_header_selection(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        grid = self.grid
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() == Qt.Key.Key_D:
            grid.fill_down()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            grid.undo_edit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            grid.paste_block(QApplication.clipboard().text())
            return
        if ctrl and event.key() == Qt.Key.Key_Delete:
            grid.remove_selected_rows()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            grid.clear_selected()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
            grid.next_row()
            return
        super().keyPressEvent(event)

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # Qt override
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab past the last cell of a row goes on to the first cell of the next one."""
        current = self.currentIndex()
        last = self.model().columnCount() - 1
        if action == QAbstractItemView.CursorAction.MoveNext and current.column() == last:
            return self.model().index(min(current.row() + 1, self.model().rowCount() - 1), 0)
        if action == QAbstractItemView.CursorAction.MovePrevious and current.column() == 0 \
                and current.row() > 0:
            return self.model().index(current.row() - 1, last)
        return super().moveCursor(action, modifiers)


class GridDialog(QDialog):
    """New records of `kind` typed in a grid; `fixed`: values set for every row (the class of
    attendance, the establishment of inspections), not shown as columns."""

    HELP_SECTION = "grid"  # F1: the user guide's section

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None, *,
                 fixed: dict[str, object] | None = None,
                 fixed_labels: dict[str, str] | None = None,
                 ref_choices: dict[str, list[tuple[str, str]]] | None = None) -> None:
        from desktop.services.record_specs import SPECS
        from desktop.ui.table_models import shared_catalogues

        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.spec = SPECS[kind]
        self.fixed = dict(fixed or {})
        self.fixed_labels = fixed_labels or {}
        self.ref_choices = ref_choices or {}
        self.catalogues = shared_catalogues(ctx)
        self.created: list[str] = []
        self.checking = False  # a large block's rows being checked by a worker
        fields = [f for f in self.spec.fields if f.name not in self.fixed]
        labels = {name: dict((rid, label) for label, rid in choices)
                  for name, choices in self.ref_choices.items()}
        self.model = GridModel(ctx, kind, fields, self.catalogues, fixed=self.fixed,
                               ref_labels=labels, parent=self)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.view = GridView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(GridDelegate(self))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setTabKeyNavigation(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self._size_columns(fields)
        layout.addWidget(self.view, 1)
        self.problem = QLabel(self)
        self.problem.setObjectName("grid_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = QPushButton(self)
        self.save_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._show_problem())
        self.model.dataChanged.connect(lambda *_a: self._show_problem())
        self.model.rowsInserted.connect(lambda *_a: self._update_counts())
        self.retranslateUi()
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus()

    def showEvent(self, event) -> None:  # Qt override
        if not getattr(self, "_sized", False):  # wide enough for the columns, on screen
            self._sized = True
            screen = (self.parentWidget() or self).screen().availableGeometry()
            columns = sum(self.view.columnWidth(i) for i in range(self.model.columnCount()))
            width = min(columns + self.view.verticalHeader().width() + 60,
                        int(screen.width() * 0.96))
            self.resize(max(width, 640), int(screen.height() * 0.8))
        super().showEvent(event)

    def _size_columns(self, fields: list[FieldSpec]) -> None:
        widths = {"date": 96, "month": 84, "int": 84, "money": 110, "float": 84, "bool": 60,
                  "unit": 170, "catalogue": 160, "multi": 200, "text": 180, "ref": 220,
                  "year": 60}
        metrics = self.view.horizontalHeader().fontMetrics()
        for i, f in enumerate(fields):
            title = field_text(f) + " *"
            self.view.setColumnWidth(i, max(widths.get(f.kind, 150),
                                            metrics.horizontalAdvance(title) + 24))

    def retranslateUi(self) -> None:  # Qt naming
        what = record_type_text(self.kind)
        self.setWindowTitle(self.tr("Enter rows: {what}").format(what=what))
        fixed = "; ".join(f"{field_text(self.spec.field(k))}: {v}"
                          for k, v in self.fixed_labels.items())
        self.intro.setText(self.tr(
            "Type row after row as in a sheet: Tab moves to the next cell, Enter to the next "
            "row; Ctrl+D fills down, Ctrl+V pastes rows copied from Excel, Ctrl+Z undoes. Each "
            "cell is checked as you leave it. Save rows (Ctrl+Enter) saves them all, or none.")
            + (f"\n{fixed}" if fixed else ""))
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_counts(self) -> None:
        n = len(self.model.filled_rows())
        self.save_button.setText(self.tr("&Save {n} rows").format(n=format_number(n)))
        self.save_button.setEnabled(n > 0)

    # ---- editors -------------------------------------------------------------------------
    def editor_for(self, f: FieldSpec, row: int, parent: QWidget) -> QWidget:
        if f.kind in ("date", "month"):
            return DateEdit(optional=not f.required, month=f.kind == "month", parent=parent,
                            today=self.ctx.today())
        if f.kind in ("int", "money", "float", "year"):
            edit = NumberEdit(parent, decimals=f.kind == "float")
            edit.setMaximumWidth(16_777_215)
            return edit
        if f.kind == "unit":
            picker = UnitPicker(self.ctx.units, self.ctx.home_unit(), parent)
            day = self.model.rows[row].get(self.spec.date_field or "")
            picker.set_date(day)
            return picker
        if f.kind == "catalogue":
            return CataloguePicker(self.catalogues.of(f.catalogue or ""), blank=True,
                                   parent=parent)
        if f.kind == "ref":
            return RefPicker(self.ref_choices.get(f.name, []), parent)
        edit = QLineEdit(parent)  # text, and several catalogue values as "a; b"
        if f.kind == "multi":
            edit.setPlaceholderText("; ".join(v.label() for v in
                                              self.catalogues.of(f.catalogue or "")[:3]))
        return edit

    # ---- moving and editing --------------------------------------------------------------
    def next_row(self) -> None:
        """Enter: the first cell of the next row (a new row is always there)."""
        row = min(self.view.currentIndex().row() + 1, self.model.rowCount() - 1)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _selected(self) -> list[QModelIndex]:
        indexes = self.view.selectionModel().selectedIndexes()
        return indexes or ([self.view.currentIndex()] if self.view.currentIndex().isValid()
                           else [])

    def fill_down(self) -> None:
        """Ctrl+D: each selected cell takes the value of the cell above the selection (one
        cell selected: the cell above it), as in Excel."""
        cells = self._selected()
        by_col: dict[int, list[int]] = {}
        for i in cells:
            by_col.setdefault(i.column(), []).append(i.row())
        block: list[tuple[int, int, Any]] = []
        for col, rows in by_col.items():
            top = min(rows)
            source_row = top - 1 if len(rows) == 1 or top == max(rows) else top
            if source_row < 0:
                continue
            value = self.model.index(source_row, col).data(Qt.ItemDataRole.EditRole)
            block.extend((r, col, value) for r in sorted(rows) if r != source_row)
        self.set_cells(block)  # the rows checked together (a cell at a time: 14 s for a
        # column of 1,000 rows)

    def clear_selected(self) -> None:
        self.set_cells([(i.row(), i.column(), None) for i in self._selected()])

    def remove_selected_rows(self) -> None:
        self.model.remove_rows([i.row() for i in self._selected()])
        self._update_counts()

    def paste_block(self, text: str) -> int:
        """Ctrl+V: a block copied from Excel, from the current cell on (cells as typed). A
        block copied with its header row goes by its headers (matched as the list's paste
        matches them), from the current row on, into the columns they name; returns the
        number of rows pasted (the header row not counted)."""
        from desktop.ui.clipboard import parse_tsv

        rows = parse_tsv(text)
        start = self.view.currentIndex()
        r0, c0 = max(start.row(), 0), max(start.column(), 0)
        columns = self._header_columns(rows[0]) if rows else None
        if columns is not None:
            rows = rows[1:]
        else:
            columns = list(range(c0, self.model.columnCount()))
        self.set_cells([(r0 + dr, columns[dc], text_ or None)
                        for dr, cells in enumerate(rows)
                        for dc, text_ in enumerate(cells[:len(columns)])
                        if columns[dc] is not None])
        return len(rows)

    def undo_edit(self) -> bool:
        """Ctrl+Z in the grid: the last change of cells (a cell typed, a paste, a fill down,
        Delete) taken back, as in a sheet; the rows are checked again."""
        if self.checking or not self.model.history:
            return False
        self.set_cells(self.model.history.pop(), remember=False)
        return True

    def set_cells(self, cells: list[tuple[int, int, Any]], *, remember: bool = True) -> None:
        """Set many cells (a paste, a fill down, Delete) and check their rows together. The
        rows of a large block are checked by a worker while the grid waits, disabled
        (progress after a moment; Cancel leaves them to be checked when saved)."""
        from desktop.ui.tasks import TaskRunner

        if self.checking:
            return
        touched = self.model.put_block(cells, remember=remember)
        rows = self.model.rows_to_check(touched)
        values = [(self.model.values(r), None) for r in rows]
        service, kind = self.model.service, self.kind
        if len(rows) < BACKGROUND_ROWS:
            self.model.show_checks(touched, rows, service.check_rows(kind, values))
            self._update_counts()
            return

        step_text = self.tr("Checking {done} of {n} rows…")  # here: the worker has no tr

        def work(progress: Any) -> list[list[Any]]:
            found: list[list[Any]] = []
            for start in range(0, len(values), CHECK_CHUNK):
                progress.update(start, len(values), step_text.format(
                    done=format_number(start), n=format_number(len(rows))))
                found += service.check_rows(kind, values[start:start + CHECK_CHUNK])
            return found

        def done(found: list[list[Any]]) -> None:
            self.model.show_checks(touched, rows, found)
            self._checked()

        def failed(exc: BaseException) -> None:
            from desktop.services.progress import Cancelled

            self._checked()
            if isinstance(exc, Cancelled):
                self.problem.setText(self.tr("Not checked yet: the rows are checked when "
                                             "they are saved."))
            else:
                from desktop.ui.errors import show_unexpected_error

                show_unexpected_error(self, exc)

        self.checking = True
        self.setEnabled(False)
        if getattr(self, "runner", None) is None:
            self.runner = TaskRunner(self)
        self.runner.run(self.tr("Checking {n} rows…").format(n=format_number(len(rows))),
                        work, done, failed)

    def _checked(self) -> None:
        self.checking = False
        self.setEnabled(True)
        self.activateWindow()  # disabled while checking, the grid had lost the keyboard
        self.view.setFocus()
        self._update_counts()
        self._show_problem()

    def _header_columns(self, first: list[str]) -> list[int | None] | None:
        """The grid column of each pasted column when `first` is a header row, else None."""
        from desktop.exchange import workbook_format as wf
        from desktop.ui.clipboard import layout_of

        layout = layout_of(self.kind, first, [])
        if not layout.has_header:
            return None
        sheet = wf.SHEET_BY_KEY[self.kind]
        by_header = {}
        for i, f in enumerate(self.model.fields):
            col = sheet.column(f.name)
            if col is not None:
                by_header[col.header] = i
        found = [by_header.get(h) if h else None for h in layout.headers]
        return found if any(c is not None for c in found) else None

    def _show_problem(self) -> None:
        index = self.view.currentIndex()
        text = ""
        if index.isValid():
            f = self.model.fields[index.column()]
            text = self.model.problem(index.row(), f.name)
        if not text:
            count = len(self.model.problems())
            text = self.tr("{n} cells have problems (red).").format(
                n=format_number(count)) if count else ""
        self.problem.setText(text)
        self._update_counts()

    # ---- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """All the typed rows in one transaction, or none (each refused row marked). A large
        block is saved off the window's thread (progress, Cancel); True when it is saved or
        being saved."""
        from desktop.errors import PcmdError
        from desktop.services.records import Batch, RecordService

        if self.checking:
            return False  # the grid is disabled until its rows are checked
        runner = getattr(self, "runner", None)
        if runner is not None and runner.busy():
            return True  # being saved already (a second Ctrl+S): once is enough
        if self.view.state() == QAbstractItemView.State.EditingState:
            self.view.setFocus()  # commit the cell being typed
        rows = self.model.filled_rows()
        if not rows:
            return False
        service = RecordService(self.ctx)
        batch = Batch(create=[self.model.values(r) for r in rows])
        if len(rows) < BACKGROUND_ROWS:
            try:
                created = service.save_batch(self.kind, batch)
            except PcmdError as exc:  # BatchRejected or a refusal: said by _save_failed
                return self._save_failed(rows, exc)
            self._saved(service, created)
            return True
        from desktop.ui.tasks import TaskRunner

        self.setEnabled(False)  # no typing into rows that are being saved
        if getattr(self, "runner", None) is None:
            self.runner = TaskRunner(self)
        self.runner.run(self.tr("Saving {n} rows…").format(n=format_number(len(rows))),
                        lambda progress: service.save_batch(self.kind, batch, progress),
                        lambda created: self._saved(service, created),
                        lambda exc: self._save_failed(rows, exc))
        return True

    def _saved(self, service: object, created: list[str]) -> None:
        from desktop.ui.undo import UndoStep, undo_stack

        self.setEnabled(True)
        self.created = created
        stamps = service.rows_by_id(self.kind, self.created)  # type: ignore[attr-defined]
        undo_stack().push(UndoStep(self.kind, "grid", created={
            i: stamps.get(i, {}).get("updated_at") for i in self.created}))  # type: ignore[misc]
        self.accept()

    def _save_failed(self, rows: list[int], exc: BaseException) -> bool:
        """Each refused row marked and named; a refusal or a cancel said; nothing saved."""
        from desktop.errors import PcmdError
        from desktop.services.progress import Cancelled
        from desktop.services.records import BatchRejected

        self.setEnabled(True)
        self.activateWindow()  # disabled while saving, the grid had lost the keyboard
        self.view.setFocus()
        if isinstance(exc, BatchRejected):
            for problem in exc.problems:
                row = rows[problem.index]
                errors: dict[str, str] = {}
                for e in problem.errors:
                    name = e.field if any(f.name == e.field for f in self.model.fields) \
                        else self.model.fields[0].name
                    errors[name] = (errors[name] + "\n" if name in errors else "") + e.message
                self.model.show_all(row, errors)
            first = rows[exc.problems[0].index]
            self.view.setCurrentIndex(self.model.index(first, 0))
            self.problem.setText(self.tr(
                "Nothing was saved: {n} of {total} rows have problems (rows {rows}). Correct "
                "them, or remove them (Ctrl+Del), and save again.").format(
                n=format_number(len(exc.problems)), total=format_number(len(rows)),
                rows=", ".join(str(rows[p.index] + 1) for p in exc.problems[:12])))
        elif isinstance(exc, Cancelled):
            self.problem.setText(self.tr("Cancelled: nothing was saved."))
        elif isinstance(exc, PcmdError):
            QMessageBox.warning(self, self.windowTitle(), exc.message)
        else:
            from desktop.ui.errors import show_unexpected_error

            show_unexpected_error(self, exc)
        return False

    def reject(self) -> None:
        runner = getattr(self, "runner", None)
        if runner is not None and runner.busy():
            return  # the rows are being saved: the progress dialog's Cancel stops that
        if self.model.filled_rows() and self.isVisible():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Close without saving the rows typed?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
