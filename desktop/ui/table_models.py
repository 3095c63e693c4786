"""Lazy table models over the record tables.

The model counts the matching rows first and fetches rows in pages of PAGE by row index
(like Anki's browser), so 100,000 records open at once. Sorting happens in SQL:

* dates, months, numbers, yes/no: the column itself;
* communes: a join on units ordered by ``Unit.sort_key`` (a vi_sort_key string, so binary
  order is Vietnamese order);
* catalogue values: a CASE ranking the codes by the Vietnamese-order key of their label in
  the UI language (catalogues are small);
* linked records (an attendance's officer): the linked record's name;
* free text (titles, names): the raw column (binary order of NFC text). A Python collation
  over 100,000 rows would cost seconds, and these lists are normally read by date.
"""

from __future__ import annotations

import weakref
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import case, select
from sqlalchemy.orm import aliased

from desktop.db import models as m
from desktop.domain.text import vi_sort_key
from desktop.services import catalogue as catalogue_service
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS, FieldSpec
from desktop.services.records import Filters, RecordService
from desktop.ui.labels import field_text
from desktop.ui.widgets import format_number

PAGE = 200
MAX_PAGES = 60  # pages kept in memory; older ones are dropped and fetched again if needed

# Linked record types: the columns that name a record in a list.
REF_NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "officers": ("officer_code", "full_name"),
    "establishments": ("est_code", "name"),
    "training": ("name",),
}

AnyIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 10


_catalogue_cache: weakref.WeakKeyDictionary[Any, catalogue_service.Catalogues] = (
    weakref.WeakKeyDictionary())


def shared_catalogues(ctx: AppContext, *, reload: bool = False) -> catalogue_service.Catalogues:
    """The catalogues, loaded once per database for all lists (reload after an edit)."""
    key = ctx.db
    if reload or key not in _catalogue_cache:
        _catalogue_cache[key] = catalogue_service.load(ctx.db)
    return _catalogue_cache[key]


class RecordTableModel(QAbstractTableModel):
    """One list of records of `kind`, filtered by `Filters` and a fixed `equals` part."""

    def __init__(self, ctx: AppContext, kind: str, columns: tuple[str, ...],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.spec = SPECS[kind]
        self.fields: list[FieldSpec] = [self.spec.field(c) for c in columns]
        self.service = RecordService(ctx)
        self.filters = Filters()
        self.fixed: dict[str, object] | None = {}
        self.catalogues = shared_catalogues(ctx)
        self._count = 0
        self._pages: dict[int, list[dict[str, object]]] = {}
        self._ref_labels: dict[str, str] = {}
        date_col = self.spec.date_field
        self.sort_column = next((i for i, f in enumerate(self.fields) if f.name == date_col), 0)
        self.sort_order = Qt.SortOrder.DescendingOrder if date_col else \
            Qt.SortOrder.AscendingOrder
        self.refresh()

    # ---- loading -------------------------------------------------------------------------
    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.refresh()

    def set_fixed(self, equals: dict[str, object] | None) -> None:
        """Restrict to records with these values; None shows nothing (no parent selected)."""
        self.fixed = equals
        self.refresh()

    def _effective_filters(self) -> Filters:
        f = self.filters
        return Filters(f.date_from, f.date_to, f.unit_ids, f.owner_ids, f.search,
                       {**f.equals, **(self.fixed or {})}, f.include_deleted)

    def refresh(self) -> None:
        """Count again and drop the cached pages (after a change or a new filter)."""
        self.beginResetModel()
        self._pages.clear()
        self._ref_labels.clear()
        if self.fixed is None:
            self._count = 0
        else:
            self._count = self.service.count(self.kind, self._effective_filters())
        self.endResetModel()

    def reload_catalogues(self) -> None:
        self.catalogues = shared_catalogues(self.ctx, reload=True)

    def _order_by(self) -> list[Any]:
        model = self.spec.model
        f = self.fields[self.sort_column] if self.fields else None
        desc = self.sort_order == Qt.SortOrder.DescendingOrder
        if f is None:
            return [model.id]
        col = getattr(model, f.name)
        if f.kind == "unit":
            key: Any = select(m.Unit.sort_key).where(m.Unit.id == col).scalar_subquery()
        elif f.kind == "catalogue":
            ranked = sorted(self.catalogues.of(f.catalogue or "", active_only=False),
                            key=lambda v: vi_sort_key(v.label()))
            whens = {v.code: i for i, v in enumerate(ranked)}
            key = case(whens, value=col, else_=len(whens)) if whens else col
        elif f.kind == "ref" and f.ref in REF_NAME_COLUMNS:
            target = aliased(SPECS[f.ref].model)
            name = getattr(target, REF_NAME_COLUMNS[f.ref][-1])
            key = select(name).where(target.id == col).scalar_subquery()
        else:
            key = col
        return [key.desc() if desc else key.asc(), model.id]

    def _load_page(self, page: int) -> list[dict[str, object]]:
        rows = self._pages.get(page)
        if rows is not None:
            return rows
        if len(self._pages) >= MAX_PAGES:
            self._pages.clear()
        stmt = self.service.query(self.kind, self._effective_filters())
        stmt = stmt.order_by(*self._order_by()).limit(PAGE).offset(page * PAGE)
        names = [f.name for f in self.spec.fields]
        with self.ctx.db.read_session() as session:
            rows = [
                {**{n: getattr(r, n) for n in names}, "id": r.id, "updated_at": r.updated_at}
                for r in session.scalars(stmt)
            ]
            self._load_ref_labels(session, rows)
        self._pages[page] = rows
        return rows

    def _load_ref_labels(self, session: Any, rows: list[dict[str, object]]) -> None:
        for f in self.fields:
            if f.kind != "ref" or f.ref not in REF_NAME_COLUMNS:
                continue
            ids = {str(r[f.name]) for r in rows if r.get(f.name)} - set(self._ref_labels)
            if not ids:
                continue
            target = SPECS[f.ref].model
            cols = [getattr(target, c) for c in REF_NAME_COLUMNS[f.ref]]
            for rid, *parts in session.execute(select(target.id, *cols).where(
                    target.id.in_(ids))):
                self._ref_labels[rid] = " — ".join(str(p) for p in parts if p)

    def record(self, row: int) -> dict[str, object] | None:
        if not 0 <= row < self._count:
            return None
        rows = self._load_page(row // PAGE)
        offset = row % PAGE
        return rows[offset] if offset < len(rows) else None

    def record_id(self, row: int) -> str | None:
        rec = self.record(row)
        return str(rec["id"]) if rec else None

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among the pages already loaded (None if not loaded)."""
        for page, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r["id"] == record_id:
                    return page * PAGE + i
        return None

    def total(self) -> int:
        return self._count

    # ---- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(self.fields) and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return field_text(self.fields[section])  # read at call time: follows language
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count or \
                index.column() >= len(self.fields):
            return None
        f = self.fields[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if f.kind in ("int", "money", "float", "year"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if f.kind in ("bool", "date", "month"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.EditRole, RECORD_ROLE):
            return None
        rec = self.record(index.row())
        if rec is None:
            return None
        if role == RECORD_ROLE:
            return rec["id"]
        text = self.display(f, rec.get(f.name))
        if role == Qt.ItemDataRole.ToolTipRole and len(text) < 30:
            return None
        return text

    def display(self, f: FieldSpec, value: object) -> str:
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
            return self._ref_labels.get(str(value), str(value))
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.fields):
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return  # already in this order (the view asks again when sorting is enabled)
        self.sort_column, self.sort_order = column, order
        self.refresh()

    def retranslate(self) -> None:
        """After a language switch: headers and catalogue labels are read again."""
        if self.fields:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)
        if self._count and self.fields:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self.fields) - 1))

