"""The table model of a record list, read like Anki's browser.

The model holds the ordered ids of the list's query (filters, search, sort, the user's
units: RecordService.ids) and fetches the rows the view shows by id, a block of PAGE ids at a
time (RecordService.rows_by_id). With a TaskRunner the ids are computed off the GUI thread:
the window keeps painting while a million rows are sorted or searched, the old rows stay on
screen until the new ids arrive, and a quick first block (the query with a LIMIT) is shown
first when it comes back sooner. After every new list the rows that were selected are
selected again (signal `loaded`), so a selection survives a refresh, a sort and a save.
The order itself (Vietnamese order of names, the second key) is the service's.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.services import catalogue as catalogue_service
from desktop.services.context import AppContext
from desktop.services.record_list import Order, default_order
from desktop.services.record_specs import SPECS, FieldSpec
from desktop.services.records import Filters, RecordService
from desktop.ui.labels import field_text
from desktop.ui.widgets import format_number

if TYPE_CHECKING:
    from desktop.ui.tasks import TaskRunner

PAGE = 200  # ids fetched together when the view needs one of their rows
MAX_CACHED = 60 * PAGE  # rows kept in memory; beyond it the cache starts again
QUICK_FIRST = True  # show the first block of a new list before the whole id list is in

AnyIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = int(Qt.ItemDataRole.UserRole) + 10
_DISPLAY, _EDIT, _TOOLTIP = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole),
                             int(Qt.ItemDataRole.ToolTipRole))
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_HANDLED_ROLES = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _ALIGN, RECORD_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_MISSING: dict[str, object] = {}  # an id whose row is gone (deleted meanwhile)

_catalogue_cache: weakref.WeakKeyDictionary[Any, catalogue_service.Catalogues] = (
    weakref.WeakKeyDictionary())


def shared_catalogues(ctx: AppContext, *, reload: bool = False) -> catalogue_service.Catalogues:
    """The catalogues, loaded once per database for all lists (reload after an edit)."""
    key = ctx.db
    if reload or key not in _catalogue_cache:
        _catalogue_cache[key] = catalogue_service.load(ctx.db)
    return _catalogue_cache[key]


def _positions(ids: list[str], wanted: Iterable[str]) -> dict[str, int]:
    """Where the wanted ids are in `ids` (a few: list.index, at C speed; many: one pass)."""
    wanted = list(wanted)
    if not wanted:
        return {}
    if len(wanted) <= 20:
        out: dict[str, int] = {}
        for w in wanted:
            try:
                out[w] = ids.index(w)
            except ValueError:
                continue
        return out
    keep = set(wanted)
    return {i: n for n, i in enumerate(ids) if i in keep}


class RecordTableModel(QAbstractTableModel):
    """One list of records of `kind`, filtered by `Filters` and a fixed `equals` part."""

    #: a new id list is in (``positions``: where the ids that were kept are now)
    loaded = Signal()

    def __init__(self, ctx: AppContext, kind: str, columns: tuple[str, ...],
                 parent: Any = None, *, runner: TaskRunner | None = None,
                 fixed: dict[str, object] | None = None, linked: bool = False,
                 filters: Filters | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.spec = SPECS[kind]
        self.fields: list[FieldSpec] = [self.spec.field(c) for c in columns]
        self._alignments = [_RIGHT if f.kind in ("int", "money", "float", "year") else
                            _CENTER if f.kind in ("bool", "date", "month") else None
                            for f in self.fields]
        self.service = RecordService(ctx)
        self.runner = runner
        self.filters = filters or Filters()
        # linked: the list shows the records of a parent chosen elsewhere (none at first)
        self.fixed: dict[str, object] | None = None if linked else dict(fixed or {})
        self.catalogues = shared_catalogues(ctx)
        self.order: Order = default_order(kind)
        #: the ids to select again after a refresh (the panel's selection)
        self.keep: Callable[[], list[str]] = list
        self.positions: dict[str, int] = {}
        self.loading = False
        self.partial = False  # only the first block is in; the whole list is coming
        self._ids: list[str] = []
        self._rows: dict[str, dict[str, object]] = {}
        self._generation = 0
        self.refresh(quick=True)

    # ---- sorting state (for the header) --------------------------------------------------
    @property
    def sort_column(self) -> int:
        names = [f.name for f in self.fields]
        return names.index(self.order.field) if self.order.field in names else -1

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.order.descending else \
            Qt.SortOrder.AscendingOrder

    # ---- loading -------------------------------------------------------------------------
    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.refresh(quick=True)

    def set_fixed(self, equals: dict[str, object] | None) -> None:
        """Restrict to records with these values; None shows nothing (no parent selected)."""
        self.fixed = equals
        self.refresh(quick=True)

    def _effective_filters(self) -> Filters:
        f = self.filters
        return replace(f, equals={**f.equals, **(self.fixed or {})})

    def refresh(self, *, quick: bool = False) -> None:
        """Ask for the ids again (after a change, a new filter or order); the rows are read
        again as they are shown. Without a runner this happens at once. `quick`: show the
        first block as soon as it is in (a new search or order), else the old list stays
        until the whole new one is in (after a save: no flicker)."""
        self._generation += 1
        generation = self._generation
        if self.fixed is None:
            self._set_ids(generation, [], {}, {}, final=True)
            return
        service, kind = self.service, self.kind
        filters, order = self._effective_filters(), self.order
        keep = self.keep()[:1000]

        def rows_for(ids: list[str], found: dict[str, int]) -> dict[str, dict[str, object]]:
            """The rows the view will show first, read in the worker too: the first block
            and the blocks of the rows kept selected."""
            starts = {0} | {n // PAGE * PAGE for n in found.values()}
            wanted = [i for start in sorted(starts)[:4] for i in ids[start:start + PAGE]]
            return service.rows_by_id(kind, wanted) if wanted else {}

        def whole(_progress: object = None) -> tuple[list[str], dict[str, int], dict]:
            ids = service.ids(kind, filters, order)
            found = _positions(ids, keep) if keep else {}
            return ids, found, rows_for(ids, found)

        def first(_progress: object = None) -> tuple[list[str], dict[str, int], dict]:
            ids = service.ids(kind, filters, order, limit=PAGE)
            return ids, {}, rows_for(ids, {})

        if self.runner is None:
            self._set_ids(generation, *whole(), final=True)
            return
        self.loading = True
        title = QCoreApplication.translate("RecordTableModel", "Loading the list…")
        if quick and QUICK_FIRST:
            self.runner.run(title, first,
                            lambda result: self._set_ids(generation, *result, final=False),
                            quiet=True)
        self.runner.run(title, whole,
                        lambda result: self._set_ids(generation, *result, final=True),
                        on_error=lambda exc: self._failed(generation, exc), quiet=True)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.loaded.emit()
        from desktop.errors import PcmdError
        from desktop.ui.errors import show_error_message, show_unexpected_error

        parent = self.runner.parent_widget if self.runner is not None else None
        if isinstance(exc, PcmdError):
            show_error_message(parent, exc.message)
        else:
            show_unexpected_error(parent, exc)

    def _set_ids(self, generation: int, ids: list[str], found: dict[str, int],
                 rows: dict[str, dict[str, object]], *, final: bool) -> None:
        if generation != self._generation or (not final and not self.loading):
            return  # an older query, or the whole list came back before the first block
        keep = self.keep()[:1000]
        self.beginResetModel()
        self._ids = ids
        self._rows = dict(rows)
        self.endResetModel()
        self.partial = not final
        if final:
            self.loading = False
        if len(keep) <= 20:  # the selection as it is now (a few: cheap to find)
            found = _positions(ids, keep)
        self.positions = found
        self.loaded.emit()

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Until the whole id list is in (tests, benchmarks and the window's first frame)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self.loading and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self.loading

    def reload_catalogues(self) -> None:
        self.catalogues = shared_catalogues(self.ctx, reload=True)
        self._forget_texts()

    def _forget_texts(self) -> None:
        for rec in self._rows.values():
            rec.pop("_texts", None)

    def _fetch(self, row: int) -> None:
        """Read the rows of the block around `row` that are not in memory yet."""
        start = row // PAGE * PAGE
        block = self._ids[start:start + PAGE]
        missing = [i for i in block if i not in self._rows]
        if not missing:
            return
        if len(self._rows) + len(missing) > MAX_CACHED:
            self._rows.clear()
            missing = block
        found = self.service.rows_by_id(self.kind, missing)
        for record_id in missing:
            self._rows[record_id] = found.get(record_id, _MISSING)

    def record(self, row: int) -> dict[str, object] | None:
        if not 0 <= row < len(self._ids):
            return None
        record_id = self._ids[row]
        rec = self._rows.get(record_id)
        if rec is None:
            self._fetch(row)
            rec = self._rows.get(record_id)
        return rec or None

    def cached_record(self, row: int) -> dict[str, object] | None:
        """The row's record if it is in memory (shown lately), else None: never a read."""
        if not 0 <= row < len(self._ids):
            return None
        return self._rows.get(self._ids[row]) or None

    def record_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids(self) -> list[str]:
        return self._ids

    def row_of(self, record_id: str) -> int | None:
        row = self.positions.get(record_id)
        if row is not None and row < len(self._ids) and self._ids[row] == record_id:
            return row
        found = _positions(self._ids, [record_id])
        return found.get(record_id)

    def rows_of(self, record_ids: Iterable[str]) -> list[int]:
        """The rows of those ids that are in the list (one pass over the list for those the
        last load did not place: row_of for each of 10,000 pasted ids took a second)."""
        rows, missing = [], []
        for i in record_ids:
            row = self.positions.get(i)
            if row is not None and row < len(self._ids) and self._ids[row] == i:
                rows.append(row)
            else:
                missing.append(i)
        rows.extend(_positions(self._ids, missing).values())
        return rows

    def total(self) -> int:
        return len(self._ids)

    def forget_rows(self, ids: Iterable[str]) -> None:
        """Read these rows again when next shown (after they were changed)."""
        for record_id in ids:
            self._rows.pop(record_id, None)
        if self._ids and self.fields:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.fields) - 1))

    # ---- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(self.fields) and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return field_text(self.fields[section])  # read at call time: follows language
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if role not in _HANDLED_ROLES:  # most roles a paint asks for: nothing, at once
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._ids) or not 0 <= col < len(self.fields):
            return None
        if role == _ALIGN:
            return self._alignments[col]
        if role == RECORD_ROLE:
            return self._ids[row]
        rec = self.record(row)
        if rec is None:
            return None
        texts = rec.get("_texts")
        if texts is None:  # each row's texts are made once, when first shown
            texts = rec["_texts"] = [self.display(f, rec.get(f.name), rec) for f in self.fields]
        text = texts[col]  # type: ignore[index]
        if role == _TOOLTIP and len(text) < 30:
            return None
        return text

    def display(self, f: FieldSpec, value: object, rec: dict[str, object] | None = None) -> str:
        """A field value as shown in the list, in the UI language."""
        if value is None or value == "":
            return ""
        if f.kind == "date" and isinstance(value, date):
            return value.strftime("%d/%m/%Y")
        if f.kind == "month" and isinstance(value, date):
            return value.strftime("%m/%Y")
        if f.kind in ("int", "money", "float"):
            return format_number(value)  # type: ignore[arg-type]
        if f.kind == "bool":
            return self.tr("Yes") if value else self.tr("No")
        if f.kind == "unit":
            unit = self.ctx.units.by_id.get(int(value))  # type: ignore[arg-type]
            return unit.name if unit else str(value)
        if f.kind == "catalogue":
            return self.catalogues.label(f.catalogue or "", str(value))
        if f.kind == "multi":
            return self.catalogues.labels(f.catalogue or "", str(value))
        if f.kind == "ref":
            labels = rec.get("labels") if rec else None
            return str(labels.get(f.name, value)) if isinstance(labels, dict) else str(value)
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.fields):
            return
        wanted = Order(self.fields[column].name, order == Qt.SortOrder.DescendingOrder)
        if wanted == self.order:
            return  # already in this order (the view asks again when sorting is enabled)
        self.order = wanted
        self.refresh(quick=True)

    def retranslate(self) -> None:
        """After a language switch: headers and catalogue labels are read again."""
        self._forget_texts()
        if self.fields:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)
        if self._ids and self.fields:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.fields) - 1))
