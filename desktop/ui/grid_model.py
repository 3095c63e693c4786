"""The rows of a grid of new records, as typed, with each cell's problem.

A row is a dict field -> value (what the cell editor gave: a date, a unit id, a code, a
number, or text the validator will name). There is always one empty row at the bottom, so
typing goes on row after row. A cell's problem appears once the cell has been left (or after
a save was refused); the row is checked by RecordService.check_row, the same validation and
change policy as the form.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.ui.labels import field_text
from desktop.ui.widgets import format_number

if TYPE_CHECKING:
    from desktop.services.catalogue import Catalogues
    from desktop.services.context import AppContext
    from desktop.services.record_specs import FieldSpec

AnyIndex = QModelIndex | QPersistentModelIndex
ERROR_BRUSH = QBrush(QColor("#fde0e0"))
BLANKS = (None, "", [])
MAX_EDITS = 100  # changes of cells Ctrl+Z takes back in a grid


class GridModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, kind: str, fields: list[FieldSpec],
                 catalogues: Catalogues, *, fixed: dict[str, object] | None = None,
                 ref_labels: dict[str, dict[str, str]] | None = None,
                 parent: Any = None) -> None:
        from desktop.services.records import RecordService

        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.fields = fields
        self.catalogues = catalogues
        self.fixed = dict(fixed or {})
        self.ref_labels = ref_labels or {}
        self.service = RecordService(ctx)
        self.rows: list[dict[str, object]] = [{}]
        self.errors: list[dict[str, str]] = [{}]
        self.shown: list[set[str]] = [set()]  # the cells whose problems are shown
        self.history: list[list[tuple[int, int, Any]]] = []  # (row, column, value before)

    # ---- rows ----------------------------------------------------------------------------
    @staticmethod
    def is_blank(row: dict[str, object]) -> bool:
        return all(v in BLANKS for v in row.values())

    def filled_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.rows) if not self.is_blank(r)]

    def values(self, row: int) -> dict[str, object]:
        """The row as a record's values (blank cells left out, fixed fields added)."""
        out = {k: v for k, v in self.rows[row].items() if v not in BLANKS}
        out.update(self.fixed)
        return out

    def _keep_a_blank_row(self) -> None:
        if not self.is_blank(self.rows[-1]):
            n = len(self.rows)
            self.beginInsertRows(QModelIndex(), n, n)
            self.rows.append({})
            self.errors.append({})
            self.shown.append(set())
            self.endInsertRows()

    def ensure_row(self, row: int) -> None:
        """Rows down to `row` exist (a block pasted past the end)."""
        if row >= len(self.rows):
            n = len(self.rows)
            self.beginInsertRows(QModelIndex(), n, row)
            for _ in range(n, row + 1):
                self.rows.append({})
                self.errors.append({})
                self.shown.append(set())
            self.endInsertRows()

    def clear_rows(self) -> None:
        self.history.clear()
        self.beginResetModel()
        self.rows, self.errors, self.shown = [{}], [{}], [set()]
        self.endResetModel()

    def remove_rows(self, rows: list[int]) -> None:
        self.history.clear()  # the rows below moved up: what the changes held is elsewhere
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self.rows) - 1 or (r == len(self.rows) - 1 and len(self.rows) > 1):
                self.beginRemoveRows(QModelIndex(), r, r)
                del self.rows[r], self.errors[r], self.shown[r]
                self.endRemoveRows()
        if not self.rows:
            self.clear_rows()
        self._keep_a_blank_row()

    # ---- checking ------------------------------------------------------------------------
    def check(self, row: int, show: str | None = None) -> None:
        """Check the row now; `show`: a cell just left, whose problem is shown from now."""
        if show is not None:
            self.shown[row].add(show)
        if self.is_blank(self.rows[row]):
            self.errors[row] = {}
        else:
            self.errors[row] = self._by_column(self.service.check_row(self.kind,
                                                                      self.values(row)))
        self._changed_row(row)

    def _by_column(self, errors: list[Any]) -> dict[str, str]:
        """Problems by the column that shows them (the first column for a row's own)."""
        found: dict[str, str] = {}
        for e in errors:
            name = e.field if any(f.name == e.field for f in self.fields) else \
                self.fields[0].name
            found[name] = (found[name] + "\n" if name in found else "") + e.message
        return found

    def show_all(self, row: int, errors: dict[str, str]) -> None:
        """A refused save: every problem of the row shown."""
        self.errors[row] = errors
        self.shown[row] = set(errors) | {f.name for f in self.fields}
        self._changed_row(row)

    def problem(self, row: int, name: str) -> str:
        if not 0 <= row < len(self.rows) or name not in self.shown[row]:
            return ""
        return self.errors[row].get(name, "")

    def problems(self) -> list[tuple[int, str, str]]:
        """(row, field, message) of every shown problem."""
        return [(r, n, m) for r in range(len(self.rows)) for n, m in self.errors[r].items()
                if n in self.shown[r]]

    def _changed_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.fields) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)

    # ---- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the root (the model tester insists)
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.fields[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.fields):
            f = self.fields[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return field_text(f) + (" *" if f.required else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return field_text(f)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            if role == Qt.ItemDataRole.ForegroundRole and any(
                    n in self.shown[section] for n in self.errors[section]):
                return QBrush(QColor("#c62828"))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        f = self.fields[index.column()]
        value = self.rows[index.row()].get(f.name)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if f.kind == "bool" else self.display(f, value)
        if role == Qt.ItemDataRole.CheckStateRole and f.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        problem = self.problem(index.row(), f.name)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or None
        if role == Qt.ItemDataRole.TextAlignmentRole and f.kind in ("int", "money", "float"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, f: FieldSpec, value: object) -> str:
        if value in BLANKS:
            return ""
        if isinstance(value, date):
            return value.strftime("%m/%Y" if f.kind == "month" else "%d/%m/%Y")
        if f.kind in ("int", "money", "float") and isinstance(value, int | float):
            return format_number(value)
        if f.kind == "unit" and isinstance(value, int):
            unit = self.ctx.units.by_id.get(value)
            return unit.name if unit else str(value)
        if f.kind == "catalogue" and isinstance(value, str):
            return self.catalogues.label(f.catalogue or "", value)
        if f.kind == "multi":
            codes = value if isinstance(value, list) else str(value).split(";")
            return "; ".join(self.catalogues.label(f.catalogue or "", c) for c in codes if c)
        if f.kind == "ref":
            return self.ref_labels.get(f.name, {}).get(str(value), str(value))
        return str(value)

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self.rows):
            return False
        f = self.fields[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and f.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        before = self.rows[index.row()].get(f.name)
        self._put(index.row(), f, value)
        if self.rows[index.row()].get(f.name) != before:
            self._remember([(index.row(), index.column(), before)])
        self._keep_a_blank_row()
        self.check(index.row(), show=f.name)
        return True

    def _remember(self, cells: list[tuple[int, int, Any]]) -> None:
        """What a change overwrote, for the grid's Ctrl+Z (the last MAX_EDITS changes)."""
        self.history.append(cells)
        del self.history[:-MAX_EDITS]

    def _put(self, row: int, f: FieldSpec, value: Any) -> None:
        if isinstance(value, str) and f.kind not in ("text",):
            value = " ".join(value.split())
        if isinstance(value, str) and f.kind in ("date", "month"):
            value = self._typed_date(f, value)
        if value in BLANKS:
            self.rows[row].pop(f.name, None)
        else:
            self.rows[row][f.name] = value

    def _typed_date(self, f: FieldSpec, text: str) -> date | str:
        """A pasted date read as the cell's editor reads one typed ("16/3/24", "15032024");
        a text it cannot read stays, for the validator to name."""
        from desktop.domain.typed_dates import TypedDateError, parse_typed_date, parse_typed_month

        parse = parse_typed_month if f.kind == "month" else parse_typed_date
        try:
            return parse(text, self.ctx.today()) or text
        except TypedDateError:
            return text

    def set_block(self, cells: list[tuple[int, int, Any]]) -> None:
        """Many cells at once (a pasted block): set, then each row touched checked once, all
        in one read of the database, each cell's problem shown as if it had been left."""
        touched = self.put_block(cells)
        rows = self.rows_to_check(touched)
        self.show_checks(touched, rows, self.service.check_rows(
            self.kind, [(self.values(r), None) for r in rows]))

    def put_block(self, cells: list[tuple[int, int, Any]], *,
                  remember: bool = True) -> dict[int, set[str]]:
        """Set the cells (not checked yet; what they held kept for Ctrl+Z unless
        `remember` is off); returns the fields set in each row."""
        if remember and cells:
            self._remember([(r, c, self.rows[r].get(self.fields[c].name)
                             if r < len(self.rows) else None) for r, c, _v in cells])
        touched: dict[int, set[str]] = {}
        if cells:  # the rows a block needs, inserted at once (one by one: the view and the
            self.ensure_row(max(row for row, _c, _v in cells))  # counts redone each time)
        for row, col, value in cells:
            f = self.fields[col]
            self._put(row, f, value)
            touched.setdefault(row, set()).add(f.name)
        self._keep_a_blank_row()
        self._changed_rows(touched)
        return touched

    def rows_to_check(self, touched: dict[int, set[str]]) -> list[int]:
        return [r for r in sorted(touched) if not self.is_blank(self.rows[r])]

    def show_checks(self, touched: dict[int, set[str]], rows: list[int],
                    found: list[list[Any]]) -> None:
        """The problems check_rows found for `rows`, shown in the cells set (`touched`)."""
        for row, errors in zip(rows, found, strict=True):
            if row < len(self.rows):
                self.shown[row] |= touched[row]
                self.errors[row] = self._by_column(errors)
        for row in touched:
            if row < len(self.rows) and self.is_blank(self.rows[row]):
                self.errors[row] = {}
        self._changed_rows(touched)

    def _changed_rows(self, touched: dict[int, set[str]]) -> None:
        if touched:
            top, bottom = min(touched), min(max(touched), len(self.rows) - 1)
            self.dataChanged.emit(self.index(top, 0),
                                  self.index(bottom, self.columnCount() - 1))
