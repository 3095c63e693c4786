"""One entry form for every record type, built from the record specs.

Keyboard first: fields in spec order (Tab moves on), Enter saves, Esc cancels, Ctrl+Enter
saves and starts a new record. The date, commune and organiser of the last saved record are
carried over to the next new one. A failed save keeps everything typed and shows each message
in red under its field. Saving goes through RecordService (optimistic check on update).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import FieldError, NotFound, PcmdError, StaleRecord, ValidationFailed
from desktop.services import catalogue as catalogue_service
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS, FieldSpec
from desktop.services.records import RecordService
from desktop.ui.labels import field_text, record_type_text
from desktop.ui.undo import UndoStep, undo_stack
from desktop.ui.widgets import (
    CataloguePicker,
    DateEdit,
    MultiPicker,
    NumberEdit,
    RefPicker,
    UnitPicker,
)

CARRY_OVER = ("date", "date_from", "month", "unit_id", "organiser")
#: values of the last saved new record, per record type (this session only)
_last_values: dict[str, dict[str, object]] = {}

ERROR_STYLE = "color: #c62828;"
ONE_COLUMN_ROWS = 10  # forms taller than this many rows are laid out in two columns
BANNER_STYLE = ("background: #fff4d6; border: 1px solid #e0b64a; border-radius: 3px;"
                " padding: 6px; color: #5c4400;")


def forget_carry_over() -> None:
    _last_values.clear()


class BoolEdit(QCheckBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: object) -> None:
        self.setChecked(bool(value))


class TextEdit(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.text()

    def set_value(self, value: object) -> None:
        self.setText("" if value is None else str(value))


class RecordForm(QDialog):
    """Create or edit one record of `kind`.

    fixed: field values set by the caller and not shown as editable (e.g. the establishment of
    an inspection); ref_choices: (label, id) lists for linked-record fields.
    """

    HELP_SECTION = "form"  # F1: the user guide's section

    saved = Signal(str)

    def __init__(self, ctx: AppContext, kind: str, record_id: str | None = None, *,
                 fixed: dict[str, object] | None = None,
                 ref_choices: dict[str, list[tuple[str, str]]] | None = None,
                 fixed_labels: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.spec = SPECS[kind]
        self.service = RecordService(ctx)
        self.record_id = record_id
        self.fixed = dict(fixed or {})
        self.fixed_labels = fixed_labels or {}
        self.ref_choices = ref_choices or {}
        self.catalogues = catalogue_service.load(ctx.db)
        self.expected_updated_at = None
        self.loaded_values: dict[str, object] = {}  # as stored when opened (for undo)
        self.dirty = False
        self._loading = True
        self.editors: dict[str, Any] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.setModal(True)
        self.setMinimumWidth(520)
        self.blocker: str | None = None  # why this record cannot be changed (read-only)
        self._build()
        if record_id is not None:
            self._load(record_id)
            self.blocker = self.service.change_blocker(kind, record_id)
        else:
            self._fill_defaults()
        self._loading = False
        if self.blocker:
            self._make_read_only(self.blocker)
        self.retranslateUi()

    # ---- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("read_only_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        home = self.ctx.home_unit()
        forms = self._columns(columns)
        split = self._split_at()
        for i, f in enumerate(self.spec.fields):
            form = forms[1] if len(forms) > 1 and i >= split else forms[0]
            label = QLabel(self)
            self.labels[f.name] = label
            if f.name in self.fixed:
                shown = QLabel(self.fixed_labels.get(f.name, str(self.fixed[f.name])), self)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, shown)
                continue
            editor = self._editor(f, home)
            self.editors[f.name] = editor
            editor.setObjectName(f.name)
            editor.changed.connect(self._mark_dirty)
            if isinstance(editor, DateEdit):
                editor.problem.connect(lambda text, name=f.name: self._field_problem(name, text))
            label.setBuddy(editor)
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(editor)
            error = QLabel(cell)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[f.name] = error
            form.addRow(label, cell)
        self.body = body
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.scroll = scroll
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_new_button = QPushButton(self)
        self.save_new_button.setAutoDefault(False)
        buttons.addButton(self.save_new_button, QDialogButtonBox.ButtonRole.ActionRole)
        # only on a new record ("save and add another"); set after addButton, which shows it
        self.save_new_button.setVisible(self.record_id is None)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_new_button.clicked.connect(self.save_and_new)
        self.buttons = buttons
        outer.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._shortcut_save_new)
        date_name = self.spec.date_field
        picker = self.editors.get(self.spec.unit_field or "")
        if date_name in self.editors and isinstance(picker, UnitPicker):
            edit = self.editors[date_name]
            edit.committed.connect(lambda: picker.set_date(edit.value()))

    def _weight(self, f: FieldSpec) -> int:
        """Rows of the form a field takes (a list of catalogue values takes several)."""
        if f.kind == "multi":
            return 1 + len(self.catalogues.of(f.catalogue or "")) // 2
        return 1

    def _split_at(self) -> int:
        """The first field of the right column: the fields split in two halves of about the
        same height (one column for short forms)."""
        weights = [self._weight(f) for f in self.spec.fields]
        total = sum(weights)
        if total <= ONE_COLUMN_ROWS:
            return len(weights)
        done = 0
        for i, w in enumerate(weights):
            if done + w / 2 > total / 2:
                return max(i, 1)
            done += w
        return len(weights)

    def _columns(self, row: QHBoxLayout) -> list[QFormLayout]:
        count = 2 if self._split_at() < len(self.spec.fields) else 1
        forms = []
        for _ in range(count):
            column = QVBoxLayout()
            column.setSpacing(0)
            form = QFormLayout()
            form.setVerticalSpacing(8)  # not the 24 between the columns (inherited)
            form.setHorizontalSpacing(10)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            column.addLayout(form)
            column.addStretch(1)  # the rows stay together at the top
            row.addLayout(column, 1)
            forms.append(form)
        return forms

    def fit_to_screen(self) -> None:
        """As large as its fields (one scroll at most, never off screen)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        body = self.body.sizeHint()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        chrome = self.sizeHint().height() - self.scroll.sizeHint().height()
        height = min(body.height(), screen.height() - chrome - 60)
        self.scroll.setMinimumSize(min(body.width() + bar, screen.width() - 60), max(height, 120))
        self.adjustSize()

    def showEvent(self, event) -> None:  # Qt override
        if not getattr(self, "_fitted", False):
            self._fitted = True
            self.fit_to_screen()
        super().showEvent(event)

    def _make_read_only(self, reason: str) -> None:
        """A record the user may not change (a locked month, another unit's): shown whole,
        nothing editable, the reason on top, only Close."""
        self.banner.setText(reason)
        self.banner.show()
        for editor in self.editors.values():
            if hasattr(editor, "setReadOnly"):
                editor.setReadOnly(True)
            else:
                editor.setEnabled(False)
        self.save_button.hide()
        self.save_new_button.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setDefault(True)
        close.setFocus()

    @property
    def read_only(self) -> bool:
        return bool(self.blocker)

    def _editor(self, f: FieldSpec, home: Any) -> Any:
        if f.kind in ("date", "month"):
            return DateEdit(optional=not f.required, month=f.kind == "month", parent=self,
                            today=self.ctx.today())
        if f.kind in ("int", "money", "float", "year"):
            return NumberEdit(self, decimals=f.kind == "float")
        if f.kind == "bool":
            return BoolEdit(self)
        if f.kind == "unit":
            return UnitPicker(self.ctx.units, home, self)
        if f.kind == "catalogue":
            return CataloguePicker(self.catalogues.of(f.catalogue or ""), blank=not f.required,
                                   parent=self)
        if f.kind == "multi":
            return MultiPicker(self.catalogues.of(f.catalogue or ""), self)
        if f.kind == "ref":
            return RefPicker(self.ref_choices.get(f.name, []), self)
        return TextEdit(self)

    def retranslateUi(self) -> None:  # Qt naming
        what = record_type_text(self.kind)
        if self.read_only:
            self.setWindowTitle(self.tr("View: {what}").format(what=what))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                self.tr("Close"))
        else:
            self.setWindowTitle(self.tr("New: {what}").format(what=what)
                                if self.record_id is None
                                else self.tr("Edit: {what}").format(what=what))
        for f in self.spec.fields:
            mark = " *" if f.required else ""
            self.labels[f.name].setText(field_text(f) + mark)
            editor = self.editors.get(f.name)
            if isinstance(editor, CataloguePicker | MultiPicker):
                editor.relabel()
        self.save_new_button.setText(self.tr("Save and &new"))
        self.save_new_button.setToolTip(self.tr("Save, then start the next record (Ctrl+Enter)"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # ---- values --------------------------------------------------------------------------
    def _fill_defaults(self) -> None:
        today = self.ctx.today()
        last = _last_values.get(self.kind, {})
        for f in self.spec.fields:
            editor = self.editors.get(f.name)
            if editor is None:
                continue
            if f.name in last:
                editor.set_value(last[f.name])
            elif f.kind in ("date", "month") and f.required:
                editor.set_value(today.replace(day=1) if f.kind == "month" else today)
            elif f.default is not None:
                editor.set_value(f.default)
        self._sync_unit_date()

    def _sync_unit_date(self) -> None:
        picker = self.editors.get(self.spec.unit_field or "")
        date_edit = self.editors.get(self.spec.date_field or "")
        if isinstance(picker, UnitPicker) and date_edit is not None:
            current = picker.value()
            picker.set_date(date_edit.value())
            if isinstance(current, int):
                picker.set_value(current)

    def _load(self, record_id: str) -> None:
        values = self.service.get(self.kind, record_id)
        self.expected_updated_at = values.get("updated_at")
        self.loaded_values = {f.name: values.get(f.name) for f in self.spec.fields}
        date_edit = self.editors.get(self.spec.date_field or "")
        if date_edit is not None:
            date_edit.set_value(values.get(self.spec.date_field or ""))
        self._sync_unit_date()
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {name: editor.value() for name, editor in self.editors.items()}
        out.update(self.fixed)
        return out

    def set_values(self, values: dict[str, object]) -> None:
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_value(value)

    def editor(self, name: str) -> Any:
        return self.editors[name]

    def _mark_dirty(self) -> None:
        if not self._loading:
            self.dirty = True

    # ---- saving --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general_error.hide()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        self.clear_errors()
        general: list[str] = []
        first: Any = None
        for e in errors:
            label = self.errors.get(e.field)
            if label is None:
                general.append(e.message)
                continue
            label.setText((label.text() + "\n" if label.text() else "") + e.message)
            label.show()
            first = first or self.editors[e.field]
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first is not None:
            first.setFocus()

    def _field_problem(self, name: str, text: str) -> None:
        """A date that cannot be read: said beside its field as soon as it is left."""
        label = self.errors.get(name)
        if label is None:
            return
        label.setText(text)
        label.setVisible(bool(text))

    def error_text(self, name: str) -> str:
        """The message shown beside field `name` ("" when none)."""
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def _save(self) -> bool:
        if self.read_only:
            return False
        values = self.values()
        try:
            if self.record_id is None:
                record_id = self.service.create(self.kind, values)
                step = UndoStep(self.kind, "save", created={record_id: self._stamp(record_id)})
                self.record_id = record_id
                _last_values[self.kind] = {k: v for k, v in values.items()
                                           if k in CARRY_OVER and k in self.editors}
            else:
                self.service.update(self.kind, self.record_id, values,
                                    expected_updated_at=self.expected_updated_at)
                stamp = self._stamp(self.record_id)
                step = UndoStep(self.kind, "save",
                                changed={self.record_id: (self.loaded_values, stamp)})
                if stamp == self.expected_updated_at:
                    step.changed.clear()  # nothing changed: nothing to undo
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return False
        except (StaleRecord, NotFound) as exc:
            self.clear_errors()
            QMessageBox.warning(self, record_type_text(self.kind), exc.message)
            return False
        except PcmdError as exc:
            self.show_errors([FieldError("", exc.message)])
            return False
        undo_stack().push(step)
        self.dirty = False
        self.saved.emit(self.record_id)
        return True

    def _stamp(self, record_id: str) -> Any:
        """The record's updated_at as saved (an undo refuses if it changed since)."""
        return self.service.get(self.kind, record_id).get("updated_at")

    def save(self) -> bool:
        """Save and close; on a problem the form stays open with everything typed."""
        if self._save():
            self.accept()
            return True
        return False

    def save_and_new(self) -> bool:
        """Save, then empty the form for the next record (carrying over date/commune/...)."""
        if not self._save():
            return False
        self.record_id = None
        self._loading = True
        for f in self.spec.fields:
            editor = self.editors.get(f.name)
            if editor is not None:
                editor.set_value(None if f.kind != "multi" else [])
        self._fill_defaults()
        self._loading = False
        self.clear_errors()
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.setFocus()
        return True

    def _shortcut_save_new(self) -> None:
        if self.save_new_button.isVisible():
            self.save_and_new()
        else:
            self.save()

    def reject(self) -> None:
        """Esc / Cancel / close: ask before throwing typed changes away."""
        if self.dirty:
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                              self.tr("Save the changes to this record?"),
                              QMessageBox.StandardButton.Save
                              | QMessageBox.StandardButton.Discard
                              | QMessageBox.StandardButton.Cancel, self)
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

