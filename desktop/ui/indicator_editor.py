"""Tools > Indicators: the administrator's screen to see, add, change and retire indicator
definitions, checked exactly as `pcmd indicators import` checks them.

The list shows every definition (built-in, changed by the office, the office's own) and
whether it is in force; a definition is written in a form (the five aggregates of the format)
or, for what the form cannot say (built-in aggregates, `date`, `by`, several sheets), as its
TOML text. Nothing is saved until the whole definition passes the checks.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import indicator_defs as defs
from desktop.domain.indicator_defs import Definition, DefinitionsRefused
from desktop.errors import PcmdError
from desktop.i18n import QT_TRANSLATE_NOOP, current_language
from desktop.reports.sources import Source, SourceSchema, schema_for, sources
from desktop.services import indicators, policy
from desktop.services.context import AppContext
from desktop.ui.errors import show_error_message

Index = QModelIndex | QPersistentModelIndex
FORM_AGGREGATES = ("count", "sum", "distinct", "latest", "ratio")
AGGREGATE_NAMES = {
    "count": QT_TRANSLATE_NOOP("IndicatorEditor", "Count of records"),
    "sum": QT_TRANSLATE_NOOP("IndicatorEditor", "Sum of a column"),
    "distinct": QT_TRANSLATE_NOOP("IndicatorEditor", "Number of different values"),
    "latest": QT_TRANSLATE_NOOP("IndicatorEditor", "Latest value, added over communes"),
    "ratio": QT_TRANSLATE_NOOP("IndicatorEditor", "Ratio of two indicators"),
    "units": QT_TRANSLATE_NOOP("IndicatorEditor", "Communes valid in the period"),
    "trained": QT_TRANSLATE_NOOP("IndicatorEditor", "Officers trained in the programme period"),
    "plan": QT_TRANSLATE_NOOP("IndicatorEditor", "Figure of the plan"),
}
ORIGINS = {"builtin": QT_TRANSLATE_NOOP("IndicatorEditor", "Built-in"),
           "changed": QT_TRANSLATE_NOOP("IndicatorEditor", "Built-in, changed"),
           "own": QT_TRANSLATE_NOOP("IndicatorEditor", "Office's own")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorEditor", text)


def describe(d: Definition) -> str:
    """What a definition computes, in a few words of the interface language."""
    how = _tr(AGGREGATE_NAMES[d.aggregate])
    parts = [how]
    if d.field:
        parts.append(d.field)
    if d.is_ratio:
        parts.append(f"{d.numerator} / {d.denominator}" + (" × 100" if d.percent else ""))
    if d.aggregate == "plan":
        parts.append(d.plan or d.key)
    if d.sheets:
        parts.append(", ".join(d.sheets))
    for column, values in d.where:
        parts.append(f"{column} = {' | '.join(str(v) for v in values)}")
    if d.by:
        parts.append(_tr("by {column}").format(column=d.by))
    return " · ".join(parts)


class IndicatorListModel(QAbstractTableModel):
    """Every known definition: key, label, group, what it computes, origin, in force."""

    toggle_requested = Signal(str, bool)  # key, in force
    HEADERS = (QT_TRANSLATE_NOOP("IndicatorEditor", "Key"), QT_TRANSLATE_NOOP("IndicatorEditor", "Indicator"),
               QT_TRANSLATE_NOOP("IndicatorEditor", "Group"), QT_TRANSLATE_NOOP("IndicatorEditor", "How it is computed"),
               QT_TRANSLATE_NOOP("IndicatorEditor", "Origin"), QT_TRANSLATE_NOOP("IndicatorEditor", "In force"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[indicators.Entry] = []
        self.editable = False

    def set_entries(self, entries: list[indicators.Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return _tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 5 and self.editable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        d, col = e.definition, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return d.key
            if col == 1:
                return d.label(current_language())
            if col == 2:
                return d.group
            if col == 3:
                return describe(d)
            if col == 4:
                return _tr(ORIGINS[e.origin])
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == 5:
            return Qt.CheckState.Unchecked if e.retired else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 3):
            return f"{d.label_vi}\n{d.label_en}\n{describe(d)}"
        if role == Qt.ItemDataRole.ForegroundRole and e.retired:
            return Qt.GlobalColor.gray
        return None

    def setData(self, index: Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 5 or \
                role != Qt.ItemDataRole.CheckStateRole or not self.editable:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.toggle_requested.emit(self.entries[index.row()].definition.key, checked)
        return False  # the list changes when the service has agreed (refresh)


class IndicatorEditor(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = IndicatorListModel(self)
        self.model.editable = policy.can(policy.refresh_user(ctx), "admin")
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.new_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.import_button, self.export_button = QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.import_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        buttons.addWidget(self.close_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_definition)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.model.toggle_requested.connect(self.set_in_force)
        for b in (self.new_button, self.edit_button, self.import_button):
            b.setEnabled(self.model.editable)
        self.resize(1100, 600)
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.setWindowTitle(_tr("Indicators"))
        self.new_button.setText(_tr("&New indicator…"))
        self.edit_button.setText(_tr("&Change…"))
        self.import_button.setText(_tr("&Import from file…"))
        self.export_button.setText(_tr("E&xport to file…"))
        self.notice.setText(_tr(
            "Every report counts the indicators in force; untick one to retire it. A saved "
            "report names the definitions it used.") if self.model.editable else _tr(
            "Only an administrator can add, change or retire indicators."))

    def refresh(self) -> None:
        self.model.set_entries(indicators.load_entries(self.ctx.db))
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def selected(self) -> indicators.Entry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def _save(self, changes: list[Definition]) -> list[str]:
        """Problems (sentences), or [] when saved."""
        try:
            indicators.put(self.ctx, changes, schema_for(self.ctx.db))
        except DefinitionsRefused as exc:
            return [p.sentence() for p in exc.problems]
        except PcmdError as exc:
            return [exc.message]
        self.refresh()
        return []

    def new_definition(self) -> None:
        DefinitionDialog(self, None).exec()

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is not None and self.model.editable:
            DefinitionDialog(self, entry.definition).exec()

    def set_in_force(self, key: str, in_force: bool) -> None:
        try:
            indicators.set_retired(self.ctx, [key], not in_force)
        except DefinitionsRefused as exc:
            show_error_message(self, "\n".join(p.sentence() for p in exc.problems))
        except PcmdError as exc:
            show_error_message(self, exc.message)
        self.refresh()

    def import_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, _tr("Import indicator definitions"), "",
                _tr("Indicator definitions (*.toml)"))
        if not path:
            return
        try:
            text = indicators.read_file(path)
            indicators.import_text(self.ctx, text, schema_for(self.ctx.db))
        except DefinitionsRefused as exc:
            show_error_message(self, _tr("Nothing was imported:") + "\n"
                               + "\n".join(p.sentence() for p in exc.problems))
            return
        except PcmdError as exc:
            show_error_message(self, exc.message)
            return
        self.refresh()

    def export_file(self, path: str | None = None) -> None:
        from desktop.output_file import check_writable, write_whole

        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, _tr("Export indicator definitions"), "indicators.toml",
                _tr("Indicator definitions (*.toml)"))
        if not path:
            return
        try:
            target = check_writable(path)
            text = indicators.export_text(self.ctx.db)
            with write_whole(target) as partial:
                partial.write_text(text, encoding="utf-8")
        except PcmdError as exc:
            show_error_message(self, exc.message)


def _fits_form(d: Definition | None) -> bool:
    return d is None or (d.aggregate in FORM_AGGREGATES and len(d.sheets) <= 1
                         and d.date is None and d.by is None)


class DefinitionDialog(QDialog):
    """One definition: in a form, or as TOML text (the form writes the text it stands for)."""

    def __init__(self, editor: IndicatorEditor, definition: Definition | None) -> None:
        super().__init__(editor)
        self.editor = editor
        self.original = definition
        self.schema: SourceSchema = schema_for(editor.ctx.db)
        self.sources = sorted(sources().values(), key=lambda s: s.name)
        self.tabs = QTabWidget(self)
        self.form_page = QWidget(self)
        self.text = QPlainTextEdit(self)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs.addTab(self.form_page, "")
        self.tabs.addTab(self.text, "")
        self._build_form()
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.resize(760, 620)
        self.retranslateUi()
        self._fill(definition)

    # ---- the form ------------------------------------------------------------------------
    def _build_form(self) -> None:
        form = QFormLayout(self.form_page)
        self.key = QLineEdit(self)
        self.label_vi, self.label_en = QLineEdit(self), QLineEdit(self)
        self.group = QComboBox(self, editable=True)
        groups = dict.fromkeys(e.definition.group for e in self.editor.model.entries)
        self.group.addItems([g for g in groups if g])
        self.aggregate = QComboBox(self)
        for a in FORM_AGGREGATES:
            self.aggregate.addItem("", a)
        self.sheet = QComboBox(self)
        for s in self.sources:
            self.sheet.addItem(s.name, s.key)
        self.field = QComboBox(self)
        self.conditions = QTableWidget(0, 2, self)
        self.conditions.horizontalHeader().setStretchLastSection(True)
        self.conditions.verticalHeader().setVisible(False)
        self.conditions.setMinimumHeight(110)
        self.conditions.setColumnWidth(0, 220)
        self.add_condition = QPushButton(self)
        self.remove_condition = QPushButton(self)
        cond_buttons = QHBoxLayout()
        cond_buttons.addWidget(self.add_condition)
        cond_buttons.addWidget(self.remove_condition)
        cond_buttons.addStretch(1)
        keys = [e.definition.key for e in self.editor.model.entries
                if e.definition.by is None and not e.retired]
        self.numerator, self.denominator = QComboBox(self), QComboBox(self)
        for box in (self.numerator, self.denominator):
            box.addItems(keys)
        self.percent = QCheckBox(self)
        self.target = QLineEdit(self)
        self.labels: dict[str, QLabel] = {}
        rows = (("key", self.key), ("label_vi", self.label_vi), ("label_en", self.label_en),
                ("group", self.group), ("aggregate", self.aggregate), ("sheet", self.sheet),
                ("field", self.field), ("where", self.conditions), ("", cond_buttons),
                ("numerator", self.numerator), ("denominator", self.denominator),
                ("scale", self.percent), ("target", self.target))
        for name, widget in rows:
            label = QLabel(self)
            self.labels[name] = label
            form.addRow(label, widget)
        self.sheet.currentIndexChanged.connect(lambda _i: self._sheet_changed())
        self.aggregate.currentIndexChanged.connect(lambda _i: self._aggregate_changed())
        self.add_condition.clicked.connect(lambda: self._add_condition())
        self.remove_condition.clicked.connect(self._remove_condition)
        self._sheet_changed()
        self._aggregate_changed()

    def retranslateUi(self) -> None:
        self.setWindowTitle(_tr("New indicator") if self.original is None else
                            _tr("Indicator {key}").format(key=self.original.key))
        self.tabs.setTabText(0, _tr("Form"))
        self.tabs.setTabText(1, _tr("TOML text"))
        texts = {"key": _tr("Key (a-z, 0-9, _)"), "label_vi": _tr("Vietnamese label"),
                 "label_en": _tr("English label"), "group": _tr("Table section"),
                 "aggregate": _tr("Computed as"), "sheet": _tr("Sheet"),
                 "field": _tr("Column"), "where": _tr("Conditions"), "": "",
                 "numerator": _tr("Numerator"), "denominator": _tr("Denominator"),
                 "scale": _tr("Percentage"), "target": _tr("Target")}
        for name, label in self.labels.items():
            label.setText(texts[name])
        for i, a in enumerate(FORM_AGGREGATES):
            self.aggregate.setItemText(i, _tr(AGGREGATE_NAMES[a]))
        self.conditions.setHorizontalHeaderLabels([_tr("Column"),
                                                   _tr("Value (several: separate with ;)")])
        self.add_condition.setText(_tr("Add a condition"))
        self.remove_condition.setText(_tr("Remove the condition"))
        self.percent.setText(_tr("× 100, one decimal"))
        self.target.setPlaceholderText(_tr("a number for a ratio, or a plan key"))

    def _source(self) -> Source | None:
        return sources().get(self.sheet.currentData())

    def _sheet_changed(self) -> None:
        src = self._source()
        current = self.field.currentText()
        self.field.clear()
        if src is not None:
            self.field.addItems(list(dict.fromkeys(c.header for c in src.columns)))
        if current:
            self.field.setCurrentText(current)
        for row in range(self.conditions.rowCount()):
            box = self.conditions.cellWidget(row, 0)
            if isinstance(box, QComboBox):
                text = box.currentText()
                box.clear()
                box.addItems(self._condition_columns())
                box.setCurrentText(text)

    def _condition_columns(self) -> list[str]:
        src = self._source()
        if src is None:
            return []
        kinds = ("catalogue", "multi", "bool", "date", "month", *defs.NUMERIC)
        return list(dict.fromkeys(c.header for c in src.columns if c.kind in kinds))

    def _aggregate_changed(self) -> None:
        a = self.aggregate.currentData()
        ratio = a == "ratio"
        for name in ("sheet", "field", "where", ""):
            self._show(name, not ratio)
        self._show("field", a in ("sum", "distinct", "latest"))
        for name in ("numerator", "denominator", "scale"):
            self._show(name, ratio)

    def _show(self, name: str, visible: bool) -> None:
        form = self.form_page.layout()
        assert isinstance(form, QFormLayout)
        form.setRowVisible(self.labels[name], visible)

    def _add_condition(self, column: str = "", values: str = "") -> None:
        row = self.conditions.rowCount()
        self.conditions.insertRow(row)
        box = QComboBox(self.conditions)
        box.addItems(self._condition_columns())
        if column:
            box.setCurrentText(column)
        value = QComboBox(self.conditions, editable=True)
        value.setCurrentText(values)

        def offer() -> None:
            src = self._source()
            col = src.column(box.currentText()) if src else None
            text = value.currentText()
            value.clear()
            if col is not None and col.catalogue:
                value.addItems(self.schema.values(col.catalogue))
            elif col is not None and col.kind in ("bool", "date", "month"):
                value.addItems(["Có", "Không"])
            value.setCurrentText(text)

        box.currentIndexChanged.connect(lambda _i: offer())
        offer()
        self.conditions.setCellWidget(row, 0, box)
        self.conditions.setCellWidget(row, 1, value)

    def _remove_condition(self) -> None:
        row = self.conditions.currentRow()
        self.conditions.removeRow(row if row >= 0 else self.conditions.rowCount() - 1)

    def _fill(self, d: Definition | None) -> None:
        self.key.setEnabled(d is None)
        if d is None:
            self.tabs.setTabEnabled(0, True)
            return
        self.text.setPlainText(defs.to_toml([d]))
        if not _fits_form(d):
            self.tabs.setTabEnabled(0, False)
            self.tabs.setCurrentIndex(1)
            return
        self.key.setText(d.key)
        self.label_vi.setText(d.label_vi)
        self.label_en.setText(d.label_en)
        self.group.setCurrentText(d.group)
        self.aggregate.setCurrentIndex(FORM_AGGREGATES.index(d.aggregate))
        if d.sheets and (key := _source_key(d.sheets[0])) is not None:
            self.sheet.setCurrentIndex(self.sheet.findData(key))
        if d.field:
            self.field.setCurrentText(d.field)
        self.conditions.setRowCount(0)
        for column, values in d.where:
            self._add_condition(column, "; ".join(str(v) for v in values))
        if d.is_ratio:
            self.numerator.setCurrentText(d.numerator or "")
            self.denominator.setCurrentText(d.denominator or "")
            self.percent.setChecked(d.percent)
        self.target.setText("" if d.target is None else str(d.target))

    def form_table(self) -> dict[str, object]:
        """The TOML table the form stands for."""
        a = self.aggregate.currentData()
        out: dict[str, object] = {"key": self.key.text().strip(),
                                  "label_vi": self.label_vi.text(),
                                  "label_en": self.label_en.text(),
                                  "group": self.group.currentText(), "aggregate": a}
        if a == "ratio":
            out["numerator"] = self.numerator.currentText()
            out["denominator"] = self.denominator.currentText()
            if self.percent.isChecked():
                out["scale"] = 100
        else:
            out["sheet"] = self.sheet.currentText()
            if a in ("sum", "distinct", "latest"):
                out["field"] = self.field.currentText()
            where: dict[str, object] = {}
            for row in range(self.conditions.rowCount()):
                col, val = self.conditions.cellWidget(row, 0), self.conditions.cellWidget(row, 1)
                assert isinstance(col, QComboBox) and isinstance(val, QComboBox)
                items = [_plain(v) for v in val.currentText().split(";") if v.strip()]
                if col.currentText() and items:
                    where[col.currentText()] = items[0] if len(items) == 1 else items
            if where:
                out["where"] = where
        target = self.target.text().strip()
        if target:
            out["target"] = _plain(target)
        return out

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.tabs.isTabEnabled(0):
            import tomli_w

            self.text.setPlainText(tomli_w.dumps({"format": defs.FORMAT,
                                                  "indicator": [self.form_table()]}))

    def definitions(self) -> tuple[list[Definition], list[str]]:
        """What the dialog says, and the problems of its structure."""
        if self.tabs.currentIndex() == 1:
            found, problems = defs.read_text(self.text.toPlainText())
        else:
            one, problems = defs.parse_table(self.form_table(), 1)
            found = [one] if isinstance(one, Definition) else []
            problems = [*problems, *([] if isinstance(one, Definition) else one)]
        if self.original is not None and any(d.key != self.original.key for d in found):
            return [], [_tr("The key of an indicator cannot be changed; make a new indicator "
                            "instead.")]
        return found, [p.sentence() for p in problems]

    def save(self) -> None:
        found, problems = self.definitions()
        if not problems and not found:
            problems = [_tr("Nothing to save.")]
        if not problems:
            problems = self.editor._save(found)
        if problems:
            self.problems.setText("\n".join(problems))
            return
        self.accept()


def _plain(text: str) -> object:
    """A number typed in a text box is a number in the definition."""
    text = text.strip()
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return text
    return int(number) if number.is_integer() and "." not in text and "," not in text \
        else number


def _source_key(name: str) -> str | None:
    from desktop.reports.sources import source_for

    src = source_for(name)
    return src.key if src is not None else None
