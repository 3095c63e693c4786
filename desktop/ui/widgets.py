"""Entry widgets shared by forms and filter bars: dates, months, numbers, communes, catalogues.

Every widget offers ``value()`` / ``set_value()`` and a ``changed`` signal, so the generic
record form (record_form.py) can treat them alike.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.domain.text import fold, format_vi_number
from desktop.i18n import current_language
from desktop.i18n import format_number as format_number  # the one, also from here
from desktop.ui.date_edit import DateEdit as DateEdit  # the one date field, also from here

if TYPE_CHECKING:  # the services import SQLAlchemy: kept out of the window's first frame
    from desktop.services.catalogue import Value
    from desktop.services.units import UnitDirectory, UnitInfo

MULTI_ROWS = 12  # values a list of several catalogue values shows without scrolling
FOLD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class FoldCompleter(QCompleter):
    """Completion that ignores accents and case: "do son" offers "Đồ Sơn".

    The model carries the folded text in FOLD_ROLE; what the user typed is folded the same way.
    """

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:  # Qt override
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def fold_item(text: str, item_id: object) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(fold(text), FOLD_ROLE)
    item.setData(item_id, ID_ROLE)
    item.setEditable(False)
    return item


class NumberEdit(QLineEdit):
    """A number shown with the UI language's separators; typed separators of either language
    are accepted. Whole numbers (counts, money) read "1.250" and "1,250" alike as 1250, but
    "1,5" is not a count; with `decimals` (a target's value) "95,5", "95.5", "1.234,5" and
    "1,234.5" are decimals. Text that is not a number is passed on as typed, so validation
    names it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, decimals: bool = False) -> None:
        super().__init__(parent)
        self.decimals = decimals
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(180)
        self.textEdited.connect(lambda _t: self.changed.emit())
        self.editingFinished.connect(self._reformat)

    def _parse(self) -> int | float | None | str:
        text = self.text().strip()
        if not text:
            return None
        value = read_number(text, decimals=self.decimals)
        return text if value is None else value

    def _reformat(self) -> None:
        value = self._parse()
        if isinstance(value, int | float):
            self.set_value(value)

    def value(self) -> int | float | None | str:
        return self._parse()

    def set_value(self, value: int | float | None) -> None:
        if value is None:
            self.setText("")
        elif self.decimals or not float(value).is_integer():
            text = format_vi_number(value)  # exact (no rounding): saved again as it was
            self.setText(text if current_language() == "vi" else
                         text.translate(str.maketrans(".,", ",.")))
        else:
            self.setText(format_number(int(value)))


def read_number(text: str, *, decimals: bool = False) -> int | float | None:
    """A number as typed, in either language's way; None when it is not one (see NumberEdit:
    a count's separators are thousands, unless one is followed by one or two digits)."""
    raw = text.replace(" ", "").replace("\u00a0", "")
    sign = -1 if raw.startswith("-") else 1
    raw = raw.lstrip("-+")
    if not raw or not raw.replace(".", "").replace(",", "").isdigit() or raw[0] in ".," \
            or raw[-1] in ".,":
        return None
    seps = [c for c in raw if c in ".,"]
    point: str | None = None  # the decimal separator, if any
    if "." in seps and "," in seps:
        point = seps[-1]
        if seps.count(point) > 1:
            return None
    elif len(seps) == 1:
        after = len(raw) - raw.index(seps[0]) - 1
        language_point = "," if current_language() == "vi" else "."
        if after != 3 or (decimals and seps[0] == language_point):
            point = seps[0]
    if point is None:
        return sign * int(raw.replace(".", "").replace(",", "")) if _grouped(raw) else None
    whole, _, frac = raw.rpartition(point)
    if not _grouped(whole):
        return None
    number = float(whole.replace(".", "").replace(",", "") + "." + frac)
    if not decimals:
        return None  # "1,5" people: not a count (the validator says so)
    return sign * number


def _grouped(digits: str) -> bool:
    """Thousands groups of three after the first ("1.250.000"), or no separator at all."""
    groups = digits.replace(",", ".").split(".")
    return len(groups) == 1 or (1 <= len(groups[0]) <= 3
                                and all(len(g) == 3 for g in groups[1:]))


class UnitPicker(QLineEdit):
    """Commune/ward with type-ahead over the units valid on the entered date (accents ignored).

    value() is the unit id when the text names a listed unit, else the typed text, which the
    validator resolves (or rejects with a message naming the date)."""

    changed = Signal()

    def __init__(self, units: UnitDirectory, home: UnitInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = units
        self.home = home
        self._model = QStandardItemModel(self)
        self._by_fold: dict[str, int] = {}
        self._completer = FoldCompleter(self._model, self)
        self.setCompleter(self._completer)
        self._day: date | None = None
        self.textEdited.connect(lambda _t: self.changed.emit())
        self.editingFinished.connect(self._complete)
        self.set_date(date.today())

    def _match(self, text: str) -> int | None:
        """The listed unit named by `text`: exactly, else the only one containing it."""
        key = fold(text)
        if not key:
            return None
        if key in self._by_fold:
            return self._by_fold[key]
        hits = {uid for label, uid in self._by_fold.items() if key in label}
        return hits.pop() if len(hits) == 1 else None

    def _complete(self) -> None:
        """Leaving the field with a unique partial name writes the full name."""
        unit_id = self._match(self.text())
        if unit_id is not None and fold(self.text()) not in self._by_fold:
            self.set_value(unit_id)

    def set_date(self, d: object) -> None:
        """List the communes the home office sees on `d` (refreshed when the date changes;
        a date still being typed, or unreadable, changes nothing)."""
        if not isinstance(d, date) or d == self._day:
            return
        self._day = d
        if self.home is None:
            units = [u for u in self.units.by_id.values() if u.level == "commune" and
                     u.valid_on(d)]
        else:
            units = list(self.units.scope(self.home, d))
            if self.home.valid_on(d) and self.home.level != "commune":
                units.insert(0, self.home)
        names = [u.name for u in units]
        self._model.clear()
        self._by_fold.clear()
        for u in units:
            label = u.name
            if names.count(u.name) > 1:
                parent = self.units.parent(u)
                label = f"{u.name} ({parent.name if parent else u.code})"
            self._model.appendRow(fold_item(label, u.id))
            self._by_fold[fold(label)] = u.id

    def value(self) -> int | str | None:
        text = self.text().strip()
        if not text:
            return None
        unit_id = self._match(text)
        return unit_id if unit_id is not None else text

    def set_value(self, unit_id: int | None) -> None:
        if unit_id is None:
            self.clear()
            return
        unit = self.units.by_id.get(int(unit_id))
        if unit is None:
            self.clear()
            return
        label = unit.name
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item.data(ID_ROLE) == unit.id:
                label = item.text()
                break
        self.setText(label)


class CataloguePicker(QComboBox):
    """Drop-down of catalogue values: labels in the UI language, data = codes. One can type
    to find a value, accents left out ("doi" finds "Đối thoại"), as in every drop-down."""

    changed = Signal()

    def __init__(self, values: list[Value], *, blank: bool, parent: QWidget | None = None,
                 blank_text: str = "") -> None:
        super().__init__(parent)
        self.blank = blank
        self.blank_text = blank_text
        self.values = values
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill()
        completer = FoldCompleter(self.model(), self)  # type: ignore[arg-type]
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(
            lambda index: self.setCurrentIndex(index.row()))
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.lineEdit().editingFinished.connect(self._settle)

    def _fill(self) -> None:
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        self._names: list[tuple[str, ...]] = []  # per item: its labels, folded
        if self.blank:
            self.addItem(self.blank_text, None)
            self._names.append(("",))
        for v in self.values:
            self.addItem(v.label(), v.code)
            self._names.append(tuple(dict.fromkeys(fold(t) for t in (v.label(), v.label_vi,
                                                                     v.label_en))))
        for i, names in enumerate(self._names):  # found by either language's label
            self.setItemData(i, " / ".join(names), FOLD_ROLE)
        self.set_value(current)
        self.blockSignals(False)

    def relabel(self, blank_text: str | None = None) -> None:
        """Show the labels in the current UI language (after a language switch)."""
        if blank_text is not None:
            self.blank_text = blank_text
        self._fill()

    def _match(self, text: str) -> int:
        """The item meant by typed text: the same label, else the only one containing it
        (accents and case ignored); -1 when none or several."""
        key = fold(text)
        if not key:
            return 0 if self.blank else -1
        names = self._names + [(fold(self.itemText(i)),)
                               for i in range(len(self._names), self.count())]
        exact = [i for i, n in enumerate(names) if key in n]
        if exact:
            return exact[0]
        hits = [i for i, n in enumerate(names) if any(key in name for name in n)]
        return hits[0] if len(hits) == 1 else -1

    def _settle(self) -> None:
        """Leaving the field with a part of one label shows that label whole."""
        index = self._match(self.currentText())
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        elif index >= 0:
            self.setEditText(self.itemText(index))

    def value(self) -> str | None:
        text = self.currentText()
        index = self.currentIndex() if text == self.itemText(self.currentIndex()) else \
            self._match(text)
        if index < 0:
            return " ".join(text.split()) or None  # as typed: the validator names it
        data = self.itemData(index)
        return str(data) if data else None

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else (0 if self.blank else -1)
        if index < 0 and code:
            # an inactive value still in use: keep it selectable for this record
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        if index < 0:
            self.setEditText("")

    def setReadOnly(self, on: bool) -> None:  # Qt naming
        self.setEnabled(not on)


class MultiPicker(QListWidget):
    """Several catalogue values: a checkable list (Space ticks the current line)."""

    changed = Signal()

    def __init__(self, values: list[Value], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values
        self.setAlternatingRowColors(True)
        for v in values:
            item = QListWidgetItem(v.label())
            item.setData(Qt.ItemDataRole.UserRole, v.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _i: self.changed.emit())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit()

    def _fit(self) -> None:
        """Every value shown (no scrolling inside a form), the longest label whole."""
        rows = min(max(self.count(), 2), MULTI_ROWS)
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 2)
        self.setFixedHeight(rows * row + 2 * self.frameWidth() + 2)
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)

    def showEvent(self, event) -> None:  # Qt override
        self._fit()  # the rows' real height is known once the list is styled
        super().showEvent(event)

    def keyPressEvent(self, event) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() ==
                               Qt.CheckState.Checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def relabel(self) -> None:
        for i, v in enumerate(self.values):
            self.item(i).setText(v.label())

    def value(self) -> list[str]:
        return [str(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, codes: str | list[str] | None) -> None:
        wanted = set(codes.split(";") if isinstance(codes, str) else codes or [])
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)


class RefPicker(QComboBox):
    """A record chosen from a list (an officer for attendance), with accent-free type-ahead."""

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        model = QStandardItemModel(self)
        for label, record_id in choices:
            model.appendRow(fold_item(label, record_id))
        self.setModel(model)
        self.setCompleter(FoldCompleter(model, self))
        self.setCurrentIndex(-1)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> str | None:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return self.currentText().strip() or None
        return str(self.itemData(index, ID_ROLE))

    def set_value(self, record_id: str | None) -> None:
        self.setCurrentIndex(self.findData(record_id, ID_ROLE) if record_id else -1)


class LanguageAware:
    """Mixin: call retranslateUi() when the UI language changes."""

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


def quiet_header_selection(view: QAbstractItemView) -> None:
    """Give the view's column header a selection of its own (always empty). Qt's header asks,
    at each paint, whether each column is wholly selected, checking every row of the model
    through Python: with 40,000 rows selected (Ctrl+A) any dialog opened over the list held the
    window 2 s. The header then never shows columns as selected; clicking a column's title
    still sorts, and the rows show their selection as before. Call after every setModel."""
    header = getattr(view, "horizontalHeader", None)
    model = view.model()
    if header is not None and model is not None:
        header().setSelectionModel(QItemSelectionModel(model, view))
